"""Report formats: SARIF (validated against the OASIS schema), GitHub, JUnit, parsable."""

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from kommunlint.cli import app
from kommunlint.finding import Problem
from kommunlint.linter import Options, Result, _finding
from kommunlint.post import parse_post
from kommunlint.profile import load_profile
from kommunlint.report import ReportContext, render
from kommunlint.report.github import escape_data, escape_property

runner = CliRunner()
SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
SV = "---\nprofile: norsjo\n---\nHej!\nÄrendet är sekretessbelagt.\n"
FI = "---\nprofile: karleby\n---\nLiite on luottamuksellinen.\n"
PHONE = "070-123 45 67"


def check(tmp_path, fmt, *extra, env=None):
    (tmp_path / "sv.md").write_text(SV, encoding="utf-8")
    (tmp_path / "fi.md").write_text(FI, encoding="utf-8")
    return runner.invoke(app, ["check", "--format", fmt, "--select", "confidential", *extra, "sv.md", "fi.md"], env=env)


def pii_result():
    """A result holding a personal-data finding (built directly: independent of the personal-data rules)."""
    post = parse_post(f"Ring Eva på {PHONE} i kväll.\n", "pii.md")
    profile = load_profile("hango")
    start = post.text.index(PHONE)
    problem = Problem(start, start + len(PHONE), "marker", {"term": "{match}"}, pii="phone")
    finding = _finding(post, profile, "confidential/marker", problem, "error", Options())
    return Result(post, profile, [finding], [(problem.start, problem.end, "phone")])


def test_sarif_validates_and_has_what_github_needs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = check(tmp_path, "sarif")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(doc)
    (run,) = doc["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    (rule,) = run["tool"]["driver"]["rules"]
    assert rule["id"] == "confidential/marker" and rule["defaultConfiguration"]["level"] == "error"
    assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
    assert "Norsjö kommun" in rule["help"]["text"] and "Karleby stad" in rule["help"]["text"]
    sv, fi = run["results"]
    loc = sv["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "sv.md"
    assert loc["region"] == {"startLine": 5, "startColumn": 12, "endLine": 5, "endColumn": 27}
    assert (sv["ruleId"], sv["level"], sv["ruleIndex"]) == ("confidential/marker", "error", 0)
    assert fi["locations"][0]["physicalLocation"]["region"]["startLine"] == 4
    # Stable fingerprints: same across runs, and after a line move.
    again = json.loads(check(tmp_path, "sarif").stdout)["runs"][0]["results"][0]["partialFingerprints"]
    assert again == sv["partialFingerprints"]
    (tmp_path / "sv.md").write_text(SV.replace("Hej!\n", "Hej!\n\nMer text.\n"), encoding="utf-8")
    moved = json.loads(runner.invoke(app, ["check", "--format", "sarif", "--select", "confidential", "sv.md"]).stdout)["runs"][0]["results"][0]
    assert moved["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    assert moved["partialFingerprints"] == sv["partialFingerprints"]


def test_no_personal_data_in_any_machine_format():
    result = pii_result()
    for fmt in ("sarif", "github", "junit", "parsable", "json"):
        out = render(fmt, [result], ReportContext())
        assert PHONE not in out and "45 67" not in out, fmt
    assert json.loads(render("json", [result], ReportContext()))["files"][0]["findings"][0]["excerpt"] == "[telefonnummer]"
    jsonschema.Draft4Validator(SCHEMA).validate(json.loads(render("sarif", [result], ReportContext())))


def test_github_format_and_escaping(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = check(tmp_path, "github", "--lang", "fi").stdout.splitlines()
    assert out[0].startswith("::error file=sv.md,line=5,col=12,endLine=5,endColumn=27,title=kommunlint confidential/marker::Merkintä")
    assert "%0ANorsjö kommun" in out[0] and "\r" not in out[0]
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"
    assert escape_data("50% klar: ja, nej\r\n") == "50%25 klar: ja, nej%0D%0A"


def test_github_chosen_automatically_in_actions(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert check(tmp_path, "github").stdout == runner.invoke(app, ["check", "--select", "confidential", "sv.md", "fi.md"], env={"GITHUB_ACTIONS": "true"}).stdout
    assert runner.invoke(app, ["check", "--format", "text", "--select", "confidential", "sv.md"], env={"GITHUB_ACTIONS": "true"}).stdout.startswith("sv.md:5:12")


def test_parsable(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    lines = check(tmp_path, "parsable", "--lang", "sv").stdout.splitlines()
    assert lines == [
        'sv.md:5:12: [error] Markeringen "sekretessbelagt" tyder på sekretessbelagda eller interna uppgifter. (confidential/marker)',
        'fi.md:4:10: [error] Markeringen "luottamuksellinen" tyder på sekretessbelagda eller interna uppgifter. (confidential/marker)',
    ]


def test_junit(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sv.md").write_text(SV, encoding="utf-8")
    (tmp_path / "clean.md").write_text("Välkommen till biblioteket!\n", encoding="utf-8")
    (tmp_path / "two.md").write_text("Ärendet är sekretessbelagt.\nAsia on salassa pidettävä.\n", encoding="utf-8")
    result = runner.invoke(app, ["check", "--format", "junit", "--select", "confidential", "--lang", "fi", "sv.md", "clean.md", "two.md"])
    root = ET.fromstring(result.stdout.split("\n", 1)[1])
    suite = root.find("testsuite")
    # one test case per finding (GitLab and Azure list each), one passing case per clean file
    assert (suite.get("tests"), suite.get("failures")) == ("4", "3")
    assert (root.get("tests"), root.get("failures")) == ("4", "3")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [
        "confidential/marker at sv.md:5:12", "clean.md",
        "confidential/marker at two.md:1:12", "confidential/marker at two.md:2:9",
    ]
    assert [c.get("line") for c in cases] == ["5", None, "1", "2"]
    assert all(c.get("classname") == c.get("file") for c in cases)
    (failure,) = cases[0].findall("failure")
    assert failure.get("type") == "confidential/marker" and failure.get("message").startswith("5:12 Merkintä")
    assert "Norsjö kommun" in failure.text and cases[1].findall("failure") == []
    assert all(len(c.findall("failure")) == 1 for c in cases[2:])


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit", "parsable", "json"])
def test_machine_formats_write_nothing_to_stderr(tmp_path, monkeypatch, fmt):
    monkeypatch.chdir(tmp_path)
    assert check(tmp_path, fmt).stderr == ""


# -- input errors in every machine format ------------------------------------------------
SHARED_SCHEMA = Path(__file__).resolve().parent.parent.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"
BAD = "---\naccount: 19400527-3356\n---\nHej\n"


def _with_bad_file(tmp_path, fmt):
    (tmp_path / "bad.md").write_text(BAD, encoding="utf-8")
    (tmp_path / "ok.md").write_text(SV, encoding="utf-8")
    return runner.invoke(app, ["check", "--format", fmt, "--lang", "en", "--select", "confidential", "bad.md", "ok.md"])


EXPECTED_MESSAGE = "'account' must be one of personal, official, not another text (not shown, it may be personal data)"


def test_input_error_in_json(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _with_bad_file(tmp_path, "json")
    assert result.exit_code == 2 and "3356" not in result.output
    doc = json.loads(result.stdout)
    assert doc["errors"] == [{"path": "bad.md", "line": 2, "message": EXPECTED_MESSAGE, "key": "front-matter-value", "level": "error"}]
    assert [f["path"] for f in doc["files"]] == ["ok.md"]


@pytest.mark.skipif(not SHARED_SCHEMA.exists(), reason="../shared/schemas is not there")
def test_input_error_in_sarif_validates_against_the_shared_schema(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _with_bad_file(tmp_path, "sarif")
    assert result.exit_code == 2 and "3356" not in result.stdout
    doc = json.loads(result.stdout)
    schema = json.loads(SHARED_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(doc)
    (invocation,) = doc["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and note["message"]["text"] == EXPECTED_MESSAGE
    assert note["locations"][0]["physicalLocation"] == {"artifactLocation": {"uri": "bad.md", "uriBaseId": "%SRCROOT%"}, "region": {"startLine": 2}}


def test_clean_sarif_run_is_successful(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    doc = json.loads(check(tmp_path, "sarif").stdout)
    assert doc["runs"][0]["invocations"] == [{"executionSuccessful": True}]


def test_input_error_in_junit_and_github(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = _with_bad_file(tmp_path, "junit")
    assert "3356" not in result.stdout
    root = ET.fromstring(result.stdout)
    assert root.get("errors") == "1" and root.get("tests") == "2"
    (error,) = root.iter("error")
    assert error.get("type") == "front-matter-value" and error.get("message") == EXPECTED_MESSAGE
    assert error.text == f"bad.md:2: {EXPECTED_MESSAGE}"
    result = _with_bad_file(tmp_path, "github")
    assert f"::error file=bad.md,line=2,title=kommunlint::{EXPECTED_MESSAGE}\n" in result.stdout
