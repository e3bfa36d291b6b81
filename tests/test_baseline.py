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


def test_fingerprint_depends_on_rule_path_and_masked_text_not_whitespace():
    base = fingerprint("personal-data/phone", "a.md", "Ring [phone number]", "Ring [phone number]  nu")
    assert base == fingerprint("personal-data/phone", "a.md", "Ring  [phone number]", "Ring [phone number] nu")
    assert base != fingerprint("personal-data/phone", "b.md", "Ring [phone number]", "Ring [phone number] nu")
    assert base != fingerprint("personal-data/email", "a.md", "Ring [phone number]", "Ring [phone number] nu")
    assert base != fingerprint("personal-data/phone", "a.md", "Ring [phone number]", "Ring [phone number] i dag")
    assert len(base) == 32


# The resident's own number and id (an invitation to call the office's number would be
# the office's line, no personal data: phone detector, "Ring ... till oss").
PII_POST = "---\nprofile: hango\nkind: reply\n---\nHej! Vi ringer dig på {phone} och behöver ditt pnr {pnr}.\n"


def _baseline_of(tmp_path, monkeypatch, phone, pnr, *extra):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "post.md").write_text(PII_POST.format(phone=phone, pnr=pnr), encoding="utf-8")
    result = runner.invoke(app, ["check", "--write-baseline", "b.json", "post.md", *extra])
    assert result.exit_code == 0, result.output
    return (tmp_path / "b.json").read_bytes()


def test_baseline_cannot_be_enumerated(tmp_path, monkeypatch):
    """Posts differing only in the personnummer and the phone number give identical
    baselines: the file holds nothing that depends on them, so no enumeration of ids or
    numbers can find them (version 1 was reversed in minutes)."""
    first = _baseline_of(tmp_path, monkeypatch, "040 123 4567", "811218-9876")
    data = json.loads(first)
    assert {e["rule"] for e in data["findings"]} >= {"personal-data/national-id", "personal-data/phone"}
    assert "salt" not in data and data["kommunlint-baseline"] == 2
    other = _baseline_of(tmp_path, monkeypatch, "050 987 6543", "131052-308T")
    assert other == first
    # Neither --show-pii nor --lang changes it.
    assert _baseline_of(tmp_path, monkeypatch, "040 123 4567", "811218-9876", "--show-pii", "--lang", "fi") == first


def test_version_1_baseline_is_refused_with_advice(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "b.json").write_text('{"kommunlint-baseline": 1, "salt": "00", "findings": []}', encoding="utf-8")
    (tmp_path / "sv.md").write_text(OLD_SV, encoding="utf-8")
    result = runner.invoke(app, ["check", "--lang", "en", "--baseline", "b.json", "sv.md"])
    assert result.exit_code == 2
    assert "b.json: is a version 1 baseline, whose fingerprints can be reversed to personal data" in result.stderr
