"""Baseline: fingerprints without text, only new findings reported, line moves tolerated."""

import json
import os

from typer.testing import CliRunner

from kommunlint.baseline import Baseline, fingerprint
from kommunlint.cli import app

runner = CliRunner()
OLD_SV = "Ärendet är sekretessbelagt.\n"
OLD_FI = "Liite on luottamuksellinen.\n"


def check(*args):
    result = runner.invoke(app, ["check", "--format", "json", "--profile", "hango", "--select", "confidential", *map(str, args)])
    return result, json.loads(result.stdout)


def test_write_then_only_new_findings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sv.md").write_text(OLD_SV, encoding="utf-8")
    (tmp_path / "fi.md").write_text(OLD_FI, encoding="utf-8")
    result, doc = check("--write-baseline", "baseline.json", "sv.md", "fi.md")
    assert result.exit_code == 0 and "2" in result.stderr
    data = json.loads((tmp_path / "baseline.json").read_text(encoding="utf-8"))
    assert {(e["rule"], e["path"], e["count"]) for e in data["findings"]} == {("confidential/marker", "sv.md", 1), ("confidential/marker", "fi.md", 1)}
    # The matched text is never stored.
    raw = (tmp_path / "baseline.json").read_text(encoding="utf-8")
    assert "sekretessbelagt" not in raw and "luottamuksellinen" not in raw

    # Lines added above the old finding (it moves to line 3) and a new finding below.
    (tmp_path / "sv.md").write_text("Hej!\n\n" + OLD_SV + "Protokollet är konfidentiellt.\n", encoding="utf-8")
    result, doc = check("--baseline", "baseline.json", "sv.md", "fi.md")
    assert result.exit_code == 1
    got = {f["path"]: [(x["rule"], x["line"], x["column"], x["excerpt"]) for x in f["findings"]] for f in doc["files"]}
    assert got == {"sv.md": [("confidential/marker", 4, 16, "konfidentiellt")], "fi.md": []}


def test_second_copy_of_known_text_is_new(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fi.md").write_text(OLD_FI, encoding="utf-8")
    check("--write-baseline", "b.json", "fi.md")
    (tmp_path / "fi.md").write_text(OLD_FI + OLD_FI, encoding="utf-8")
    result, doc = check("--baseline", "b.json", "fi.md")
    assert [(x["line"], x["column"]) for x in doc["files"][0]["findings"]] == [(2, 10)]


def test_baseline_all_known_exits_zero(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sv.md").write_text(OLD_SV, encoding="utf-8")
    check("--write-baseline", "b.json", "sv.md")
    result, doc = check("--baseline", "b.json", "sv.md")
    assert result.exit_code == 0 and doc["files"][0]["findings"] == []


def test_bad_baseline_is_one_line_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "b.json").write_text("{}", encoding="utf-8")
    (tmp_path / "sv.md").write_text(OLD_SV, encoding="utf-8")
    result = runner.invoke(app, ["check", "--lang", "fi", "--select", "confidential", "--baseline", "b.json", "sv.md"])
    assert result.exit_code == 2 and result.stderr.strip() == "kommunlint: b.json: ei ole kommunlintin perustaso (luo se valitsimella --write-baseline)"


def test_write_is_atomic_and_leaves_no_temp_files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sv.md").write_text(OLD_SV, encoding="utf-8")
    (tmp_path / "b.json").write_text("old", encoding="utf-8")
    check("--write-baseline", "b.json", "sv.md")
    assert sorted(os.listdir(tmp_path)) == ["b.json", "sv.md"]
    assert Baseline.load("b.json").counts.total() == 1


def test_fingerprint_depends_on_salt_rule_path_and_text_not_whitespace():
    salt = bytes(16)
    base = fingerprint(salt, "personal-data/phone", "a.md", "040 123  4567")
    assert base == fingerprint(salt, "personal-data/phone", "a.md", "040 123 4567")
    assert base != fingerprint(bytes([1] * 16), "personal-data/phone", "a.md", "040 123 4567")
    assert base != fingerprint(salt, "personal-data/phone", "b.md", "040 123 4567")
    assert base != fingerprint(salt, "personal-data/email", "a.md", "040 123 4567")
    assert len(base) == 32 and "4567" not in base
