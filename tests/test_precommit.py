"""The pre-commit hook, run by the pre-commit framework itself (needs PyPI to build the hook env)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kommunlint.yamlio import load_yaml_text

ROOT = Path(__file__).resolve().parent.parent


def _pre_commit() -> str | None:
    beside = Path(sys.executable).parent / "pre-commit"
    return str(beside) if beside.exists() else shutil.which("pre-commit")


def test_hook_definition():
    (hook,) = load_yaml_text((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"), "hooks")
    assert (hook["id"], hook["entry"], hook["language"]) == ("kommunlint", "kommunlint check", "python")
    assert hook["types_or"] == ["plain-text", "markdown"]
    # Warnings are shown on a passing commit (issue 11: personal data never passes silently).
    assert hook["verbose"] is True


@pytest.mark.network
def test_hook_runs_through_pre_commit(tmp_path):
    pre_commit = _pre_commit()
    if pre_commit is None:
        pytest.skip("pre-commit is not installed")
    repo = tmp_path / "drafts"
    repo.mkdir()
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    env.pop("GITHUB_ACTIONS", None)
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    (repo / ".kommunlint.yaml").write_text("profile: hango\nlang: fi\n", encoding="utf-8")
    (repo / "svar.md").write_text("Ärendet är sekretessbelagt.\n", encoding="utf-8")
    (repo / "tiedote.txt").write_text(
        "Tervetuloa kirjastoon lauantaina klo 11!\n\nVälkommen till biblioteket på lördag kl. 11!\n", encoding="utf-8"
    )
    (repo / "data.csv").write_text("a,b\nsekretess,1\n", encoding="utf-8")
    (repo / "loytotavara.txt").write_text(
        "Löytötavara kirjastossa: soita omistajalle 040 123 4567.\n\nHittegods på biblioteket: ring ägaren på 040 123 4567.\n",
        encoding="utf-8",
    )
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)

    # The hook is installed from a clone of the committed HEAD, as a user's pre-commit
    # would install it from a tag (others' uncommitted work is not part of it).
    source = tmp_path / "kommunlint"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(source)], check=True, env=env)

    def try_repo(*files, verbose=True):
        args = [pre_commit, "try-repo", str(source), "kommunlint", *(["--verbose"] if verbose else []), "--files", *files]
        return subprocess.run(args, cwd=repo, env=env, capture_output=True, text=True, timeout=900)

    failing = try_repo("svar.md", "tiedote.txt", "data.csv")
    if "Could not" in failing.stdout + failing.stderr and "pypi" in (failing.stdout + failing.stderr).lower():
        pytest.skip("PyPI not reachable to build the hook environment")
    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "svar.md:1:12" in failing.stdout and "confidential/marker" in failing.stdout
    assert "Merkintä" in failing.stdout  # lang: fi from the discovered .kommunlint.yaml
    assert "data.csv" not in failing.stdout  # not a post type

    passing = try_repo("tiedote.txt")
    assert passing.returncode == 0, passing.stdout + passing.stderr

    # Without --verbose on the command line, a commit whose only findings are warnings
    # passes but still shows them (verbose: true in the hook definition), masked.
    warned = try_repo("loytotavara.txt", verbose=False)
    assert warned.returncode == 0, warned.stdout + warned.stderr
    assert "loytotavara.txt:1:" in warned.stdout and "personal-data/phone" in warned.stdout
    assert "123 4567" not in warned.stdout
