"""``kommunlint redact --in-place``: safe writes (issue 14).

Never through a link, hard links refused, owner/group/mode kept, a file changed
during the run is not overwritten, line endings kept, fsync before the rename, and
no backup unless asked for (``--backup``).
"""

from __future__ import annotations

import os
import stat

import pytest
from hostile_helpers import NOBODY, as_nobody
from typer.testing import CliRunner

from kommunlint import redact as redact_module
from kommunlint.cli import app
from kommunlint.errors import KommunlintError

POST = "Hej! Mitt personnummer är 811218-9876, ring mig.\nMvh Lisa\n"


def invoke(*args):
    result = CliRunner().invoke(app, ["redact", *args])
    assert "Traceback" not in result.stdout + result.stderr
    return result


def make(folder, name="svar.txt", data: bytes | None = None):
    path = folder / name
    path.write_bytes(data if data is not None else POST.encode("utf-8"))
    return path


def test_default_keeps_no_backup_and_leaves_no_temp(tmp_path):
    path = make(tmp_path)
    result = invoke(str(path), "--in-place")
    assert result.exit_code == 0 and result.stdout == "" and result.stderr == ""
    assert path.read_text(encoding="utf-8") == "Hej! Mitt personnummer är [personnummer], ring mig.\nMvh Lisa\n"
    assert [p.name for p in tmp_path.iterdir()] == ["svar.txt"]


def test_backup_is_opt_in_and_never_written_through_a_link(tmp_path):
    path = make(tmp_path)
    victim = tmp_path / "bashrc"
    victim.write_text("export PATH=...\n")
    (tmp_path / "svar.txt.bak").symlink_to(victim)
    result = invoke(str(path), "--in-place", "--backup")
    assert result.exit_code == 0
    assert result.stderr == f"kommunlint: {path}: originalet sparades som {path}.bak\n"
    assert victim.read_text() == "export PATH=...\n"  # the link's target is untouched
    backup = tmp_path / "svar.txt.bak"
    assert not backup.is_symlink() and backup.read_bytes() == POST.encode("utf-8")
    assert "[personnummer]" in path.read_text(encoding="utf-8")


def test_symlinked_post_is_refused(tmp_path):
    real = make(tmp_path, "real.txt")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    result = invoke(str(link), "--in-place")
    assert result.exit_code == 2
    assert result.stderr == f"kommunlint: {link}: är en symbolisk länk till {real}; skrivs inte över (ange den verkliga filen)\n"
    assert link.is_symlink() and real.read_bytes() == POST.encode("utf-8")


def test_hard_linked_post_is_refused(tmp_path):
    path = make(tmp_path)
    other = tmp_path / "copy.txt"
    os.link(path, other)
    result = invoke(str(path), "--in-place", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == f"kommunlint: {path}: has 2 hard links; the others would keep the personal data, so the file is not overwritten\n"
    assert path.read_bytes() == other.read_bytes() == POST.encode("utf-8")
    assert os.stat(path).st_ino == os.stat(other).st_ino


def test_fifo_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "p.txt"
    os.mkfifo(fifo)
    result = invoke(str(fifo), "--in-place")
    assert result.exit_code == 2 and "ingen vanlig fil" in result.stderr


@pytest.mark.parametrize(
    "original, expected",
    [
        (b"Pnr 811218-9876.\nRad 2\n", b"Pnr [personnummer].\nRad 2\n"),
        (b"Pnr 811218-9876.\r\nRad 2\r\n", b"Pnr [personnummer].\r\nRad 2\r\n"),
        (b"Rad 1\r\nPnr 811218-9876.\nRad 3\rRad 4\r\n", b"Rad 1\r\nPnr [personnummer].\nRad 3\rRad 4\r\n"),
        (b"\xef\xbb\xbfRad 1\r\nPnr 811218-9876.\n", b"\xef\xbb\xbfRad 1\r\nPnr [personnummer].\n"),
    ],
    ids=["lf", "crlf", "mixed", "bom"],
)
def test_line_endings_are_kept(tmp_path, original, expected):
    path = make(tmp_path, data=original)
    assert invoke(str(path), "--in-place").exit_code == 0
    assert path.read_bytes() == expected


def test_mode_owner_and_group_are_kept_when_root(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("only root can give a file to another user")
    path = make(tmp_path)
    os.chown(path, NOBODY, NOBODY)
    os.chmod(path, 0o640)
    assert invoke(str(path), "--in-place").exit_code == 0
    info = os.stat(path)
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (NOBODY, NOBODY, 0o640)
    assert "[personnummer]" in path.read_text(encoding="utf-8")


@pytest.fixture
def shared_folder():
    """A folder everyone may write to, outside pytest's private temporary root."""
    import shutil
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp(prefix="kommunlint-redact-"))
    os.chmod(folder, 0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _redact_as_user(path: str):
    try:
        return ("ok", redact_module.redact_in_place(path))
    except KommunlintError as exc:
        return ("error", exc.render("en"))


def _warm_up(folder):
    """Load the rules and data in this process, so the unprivileged child needs no imports."""
    warm = make(folder, "warm.txt")
    redact_module.redact_in_place(str(warm))
    warm.unlink()


def test_unprivileged_user_cannot_take_over_another_users_file(shared_folder):
    _warm_up(shared_folder)
    path = make(shared_folder)
    os.chmod(path, 0o666)  # writable by everyone, owned by root
    if os.geteuid() != 0:
        pytest.skip("needs root to create another user's file")
    outcome = as_nobody(_redact_as_user, str(path))
    assert outcome == ("error", f"{path}: owner and group (0:0) cannot be kept (Operation not permitted); nothing was written")
    assert path.read_bytes() == POST.encode("utf-8")
    assert os.stat(path).st_uid == 0
    assert sorted(p.name for p in shared_folder.iterdir()) == ["svar.txt"]  # no temp file left


def test_unprivileged_user_redacts_own_file(shared_folder):
    _warm_up(shared_folder)
    path = make(shared_folder)
    if os.geteuid() != 0:
        pytest.skip("needs root to switch users")
    os.chown(path, NOBODY, NOBODY)
    os.chmod(path, 0o600)
    assert as_nobody(_redact_as_user, str(path)) == ("ok", None)
    info = os.stat(path)
    assert (info.st_uid, info.st_gid, stat.S_IMODE(info.st_mode)) == (NOBODY, NOBODY, 0o600)
    assert "[personnummer]" in path.read_text(encoding="utf-8")


def test_a_file_changed_during_the_run_is_not_overwritten(tmp_path, monkeypatch):
    path = make(tmp_path)
    real_redact = redact_module.redact

    def redact_while_someone_edits(post, profile, source=None, lang=None):
        out = real_redact(post, profile, source, lang)
        with open(path, "a", encoding="utf-8") as handle:  # an editor saves meanwhile
            handle.write("Ny rad från redaktören.\n")
        return out

    monkeypatch.setattr(redact_module, "redact", redact_while_someone_edits)
    result = invoke(str(path), "--in-place")
    assert result.exit_code == 2
    assert result.stderr == f"kommunlint: {path}: ändrades medan den redigerades; inget skrevs, kör kommandot igen\n"
    assert path.read_text(encoding="utf-8") == POST + "Ny rad från redaktören.\n"  # the edit is kept
    assert [p.name for p in tmp_path.iterdir()] == ["svar.txt"]


def test_fsync_before_rename(tmp_path, monkeypatch):
    path = make(tmp_path)
    calls = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(redact_module.os, "fsync", lambda fd: (calls.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(redact_module.os, "replace", lambda a, b: (calls.append("replace"), real_replace(a, b))[1])
    assert invoke(str(path), "--in-place").exit_code == 0
    assert calls[:2] == ["fsync", "replace"] and calls[-1] == "fsync"  # file, rename, folder


def test_unwritable_folder_is_one_line(tmp_path):
    path = make(tmp_path)
    os.chmod(tmp_path, 0o555)
    try:
        if os.geteuid() == 0:
            pytest.skip("root writes to any folder")
        result = invoke(str(path), "--in-place")
        assert result.exit_code == 2 and result.stderr.count("\n") == 1 and "kan inte skrivas" in result.stderr
    finally:
        os.chmod(tmp_path, 0o755)
