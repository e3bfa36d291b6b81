"""The command line: exit codes, JSON shape, stdin, directories and bad input."""

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kommunlint import __version__
from kommunlint.cli import app

runner = CliRunner()

CONFIDENTIAL_SV = "---\nprofile: norsjo\n---\nÄrendet är sekretessbelagt.\n"
CLEAN_FI = "---\nprofile: karleby\naccount: official\n---\nTervetuloa kirjastoon lauantaina klo 11!\n\nVälkommen till biblioteket på lördag kl. 11!\n"


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding) if isinstance(text, str) else text)
    return str(path)


def test_json_shape(tmp_path):
    path = write(tmp_path, "p.txt", CONFIDENTIAL_SV)
    result = run("check", "--format", "json", path)
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert set(doc) == {"kommunlint", "files", "errors", "summary"} and doc["errors"] == []
    assert doc["kommunlint"] == __version__
    assert doc["summary"] == {"files": 1, "errors": 1, "warnings": 0, "infos": 0}
    (entry,) = doc["files"]
    assert (entry["path"], entry["profile"]) == (path, "norsjo")
    (finding,) = entry["findings"]
    assert set(finding) == {
        "rule", "severity", "line", "column", "end_line", "end_column", "start", "end",
        "excerpt", "message", "clause", "suggestion",
    }
    assert finding["rule"] == "confidential/marker"
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (4, 12, 4, 27)
    body = CONFIDENTIAL_SV
    assert body[finding["start"] : finding["end"]] == "sekretessbelagt"
    assert finding["clause"] == {
        "id": "norsjo-4.9",
        "municipality": "Norsjö kommun",
        "locator": "4.9",
        "text": "Sekretessbelagda uppgifter får inte publiceras på sociala medier.",
    }


def test_text_report_cites_clause_and_underlines(tmp_path):
    path = write(tmp_path, "p.txt", CONFIDENTIAL_SV)
    result = run("check", path)
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{path}:4:12: fel confidential/marker")
    assert "    4 | Ärendet är sekretessbelagt." in lines
    caret = next(line for line in lines if "^" in line)
    assert caret.index("^") == lines[lines.index("    4 | Ärendet är sekretessbelagt.")].index("sekretess")
    assert any("Norsjö kommun, 4.9: ”Sekretessbelagda uppgifter får inte publiceras på sociala medier.”" in line for line in lines)


def test_finnish_messages(tmp_path):
    path = write(tmp_path, "p.txt", CONFIDENTIAL_SV)
    result = run("check", "--lang", "fi", path)
    assert "virhe confidential/marker  Merkintä" in result.stdout
    assert "1 tiedosto(a): 1 virhettä" in result.stdout


def test_clean_post_exits_zero(tmp_path):
    result = run("check", write(tmp_path, "ok.txt", CLEAN_FI))
    assert result.exit_code == 0, result.stdout
    assert "inga anmärkningar" in result.stdout


@pytest.mark.parametrize("fail_on, code", [("error", 0), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on(tmp_path, fail_on, code):
    unsigned = "---\nprofile: norsjo\naccount: personal\n---\nFin dag i Norsjö!\n"
    result = run("check", "--fail-on", fail_on, write(tmp_path, "p.txt", unsigned))
    assert result.exit_code == code


def test_stdin_is_read_without_path_and_with_dash():
    for args in (["check", "--profile", "norsjo"], ["check", "--profile", "norsjo", "-"]):
        result = run(*args, input="Ärendet är sekretessbelagt.\n")
        assert result.exit_code == 1
        assert result.stdout.startswith("<stdin>:1:12:")


def test_directory_recurses_into_txt_and_md(tmp_path):
    (tmp_path / "sub").mkdir()
    write(tmp_path, "a.txt", "Ärendet är sekretessbelagt.\n")
    write(tmp_path / "sub", "b.md", "Asia on salassa pidettävä.\n")
    write(tmp_path, "c.json", "{}")
    result = run("check", "--format", "json", str(tmp_path))
    paths = [f["path"] for f in json.loads(result.stdout)["files"]]
    assert paths == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.md")]


def test_select_and_ignore(tmp_path):
    text = "---\naccount: personal\n---\nÄrendet är sekretessbelagt.\n"
    path = write(tmp_path, "p.txt", text)
    rules = lambda *a: {f["rule"] for f in json.loads(run("check", "-f", "json", *a, path).stdout)["files"][0]["findings"]}
    assert rules() == {"confidential/marker", "signature/missing"}
    assert rules("--select", "signature") == {"signature/missing"}
    assert rules("--ignore", "signature/missing,confidential") == set()


def test_front_matter_account_is_overridden_by_cli(tmp_path):
    path = write(tmp_path, "p.txt", "---\naccount: personal\n---\nFin dag!\n")
    result = run("check", "-f", "json", "--account", "official", path)
    assert json.loads(result.stdout)["files"][0]["findings"] == []


def test_empty_file_has_no_findings(tmp_path):
    result = run("check", write(tmp_path, "tom.txt", ""))
    assert result.exit_code == 0


@pytest.mark.parametrize(
    "name, data, expected",
    [
        ("bild.png", b"\x89PNG\r\n\x1a\n\x00\x00", "bild.png: binär fil, inte text"),
        ("trasig.txt", b"Hej\n\x81\x8d\n", "trasig.txt:2: texten går inte att avkoda"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, name, data, expected):
    path = write(tmp_path, name, data)
    result = run("check", path)
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [f"kommunlint: {str(tmp_path)}/{expected}" + result.stderr.strip().split(expected, 1)[1]]
    assert "Traceback" not in result.stderr + result.stdout


def test_missing_file_exit_2_but_other_files_still_checked(tmp_path):
    good = write(tmp_path, "p.txt", "Ärendet är sekretessbelagt.\n")
    result = run("check", str(tmp_path / "saknas.txt"), good)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"kommunlint: {tmp_path}/saknas.txt: filen finns inte"
    assert "sekretessbelagt" in result.stdout


def test_cp1252_file_is_read_with_warning(tmp_path):
    path = write(tmp_path, "win.txt", "Ärendet är sekretessbelagt.\n", encoding="cp1252")
    result = run("check", path)
    assert result.exit_code == 1
    assert "lästes som Windows-1252" in result.stdout
    assert f"{path}:1:12:" in result.stdout


def test_crlf_file_same_columns(tmp_path):
    path = write(tmp_path, "crlf.txt", "Hej!\r\nÄrendet är sekretessbelagt.\r\n")
    doc = json.loads(run("check", "-f", "json", path).stdout)
    finding = doc["files"][0]["findings"][0]
    assert (finding["line"], finding["column"]) == (2, 12)


def test_bad_profile_and_bad_option_values_exit_2(tmp_path):
    path = write(tmp_path, "p.txt", "Hej")
    result = run("check", "--profile", "stockholm", path)
    assert result.exit_code == 2 and "okänd profil en annan text (visas inte, den kan vara en personuppgift)" in result.stderr
    result = run("check", "--fail-on", "sometimes", path)
    assert result.exit_code == 2 and "--fail-on ska vara" in result.stderr


def test_user_file_is_never_written(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text(CONFIDENTIAL_SV, encoding="utf-8")
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    run("check", str(path))
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_profiles_rules_and_explain():
    listing = run("profiles").stdout
    for name in ("hango", "karleby", "kimitoon", "norsjo", "vimmerby", "Hangon kaupunki"):
        assert name in listing
    rules = run("rules", "--lang", "fi").stdout
    assert "confidential/marker" in rules and "Salassapito" in rules
    explained = run("explain", "signature/missing-title", "--profile", "vimmerby")
    assert explained.exit_code == 0
    assert "uppge ditt namn och din titel" in explained.stdout
    assert run("explain", "no/such-rule").exit_code == 2


def test_python_dash_m(tmp_path):
    path = write(tmp_path, "p.txt", CONFIDENTIAL_SV)
    proc = subprocess.run([sys.executable, "-m", "kommunlint", "check", path], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "confidential/marker" in proc.stdout


def test_folder_without_posts_says_so_and_exits_zero(tmp_path):
    (tmp_path / "bild.png").write_bytes(b"\x89PNG")
    result = run("check", str(tmp_path))
    assert result.exit_code == 0
    assert result.stderr.strip() == f"kommunlint: {tmp_path}: inga .txt- eller .md-filer hittades"
