"""kommunlint redact: placeholders, front matter kept, --in-place with backup, errors."""

from typer.testing import CliRunner

from kommunlint.cli import app

POST_SV = (
    "---\nprofile: vimmerby\nkind: reply\n---\n"
    "Hej! Lisa Andersson på Ringvägen 12 har ringt från 070-123 45 67. Hennes personnummer är 811218-9876.\n"
    "\nHälsningar Anna Berg, kommunikatör\n"
)
POST_FI = "---\nprofile: hango\n---\nMatti Virtasen henkilötunnus on 131052-308T ja sähköposti matti@gmail.com.\n"


def invoke(*args):
    return CliRunner().invoke(app, ["redact", *args])


def test_redact_to_stdout_swedish_placeholders(tmp_path):
    path = tmp_path / "svar.txt"
    path.write_text(POST_SV, encoding="utf-8")
    result = invoke(str(path))
    assert result.exit_code == 0
    assert result.stdout == (
        "---\nprofile: vimmerby\nkind: reply\n---\n"
        "Hej! [namn] på [adress] har ringt från [telefonnummer]. Hennes personnummer är [personnummer].\n"
        "\nHälsningar Anna Berg, kommunikatör\n"
    )
    assert path.read_text(encoding="utf-8") == POST_SV  # untouched without --in-place


def test_redact_finnish_placeholders(tmp_path):
    path = tmp_path / "viesti.txt"
    path.write_text(POST_FI, encoding="utf-8")
    out = invoke(str(path)).stdout
    assert out == "---\nprofile: hango\n---\n[nimi] henkilötunnus on [henkilötunnus] ja sähköposti [sähköpostiosoite].\n"


def test_in_place_writes_atomically_and_keeps_a_backup(tmp_path):
    path = tmp_path / "svar.txt"
    path.write_bytes(POST_SV.replace("\n", "\r\n").encode("utf-8"))
    result = invoke(str(path), "--in-place", "--backup")
    assert result.exit_code == 0 and result.stdout == ""
    assert (tmp_path / "svar.txt.bak").read_bytes() == POST_SV.replace("\n", "\r\n").encode("utf-8")
    new = path.read_bytes().decode("utf-8")
    assert "[personnummer]" in new and "811218" not in new and "\r\n" in new
    assert sorted(p.name for p in tmp_path.iterdir()) == ["svar.txt", "svar.txt.bak"]  # no temp file left


def test_profile_option_overrides_front_matter_default(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("Nina Näsänen och Lisa Andersson kommer.\n", encoding="utf-8")
    assert invoke(str(path), "--profile", "hango").stdout == "Nina Näsänen och [namn] kommer.\n"


def test_bad_input_exits_2_with_one_line(tmp_path):
    result = invoke(str(tmp_path / "saknas.txt"))
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "filen finns inte" in result.stderr
    stdin = CliRunner().invoke(app, ["redact", "-", "--in-place"], input="hej")
    assert stdin.exit_code == 2 and "--in-place" in stdin.stderr
    bad = tmp_path / "bad.txt"
    bad.write_text("---\nprofile: [\n---\nx\n")
    assert invoke(str(bad)).exit_code == 2


# -- redact reads the configuration as check does, and redacts what check reports ----------
def _check_spans(path, *args):
    import json

    doc = json.loads(CliRunner().invoke(app, ["check", "--format", "json", "--fail-on", "never", "--show-pii", *args, str(path)]).stdout)
    findings = [f for entry in doc["files"] for f in entry["findings"] if f["rule"].startswith("personal-data/")]
    return sorted((f["start"], f["end"]) for f in findings)


def _merged(spans):
    out = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def test_redacted_spans_equal_checks_personal_data_findings_for_examples_and_fixtures():
    """For every example and fixture post: the spans redact replaces are check's personal-data findings."""
    from pathlib import Path

    from kommunlint.linter import Options, lint
    from kommunlint.redact import redaction_spans
    from kommunlint.runner import Job

    root = Path(__file__).resolve().parent.parent
    paths = sorted([*root.glob("examples/*/*.txt"), *root.glob("examples/*/*.md"), *root.glob("tests/fixtures/*/*/*.txt")])
    assert len(paths) > 250
    job = Job({"account": None, "kind": None, "profile": None}, Options())
    compared = 0
    for path in paths:
        post, profile = job.load(str(path))
        reported = [(f.start, f.end) for f in lint(post, profile, Options()).findings if f.rule.startswith("personal-data/")]
        redacted = [(s, e) for s, e, _ in redaction_spans(post, profile)]
        assert redacted == _merged(reported), path
        compared += bool(reported)
    assert compared > 40


def test_redact_follows_the_discovered_config_and_its_overrides(tmp_path):
    (tmp_path / ".git").mkdir()  # the configuration search stops at the repository root
    (tmp_path / ".kommunlint.yaml").write_text(
        "profile: vimmerby\nrules:\n  personal-data/phone: off\n"
        "overrides:\n  - files: ['svar/**']\n    kind: reply\n    rules: {personal-data/phone: on}\n", encoding="utf-8")
    (tmp_path / "svar").mkdir()
    text = "Hej Lisa! Ring 070-123 45 67, pnr 811218-9876.\n"
    post, reply = tmp_path / "inlagg.txt", tmp_path / "svar" / "a.txt"
    post.write_text(text, encoding="utf-8")
    reply.write_text(text, encoding="utf-8")
    assert invoke(str(post)).stdout == "Hej Lisa! Ring 070-123 45 67, pnr [personnummer].\n"
    assert invoke(str(reply)).stdout == "Hej [namn]! Ring [telefonnummer], pnr [personnummer].\n"
    for path in (post, reply):  # the same spans check reports
        out = invoke(str(path)).stdout
        assert len(_check_spans(path)) == out.count("[")


def test_redact_with_explicit_config_and_lang(tmp_path):
    config = tmp_path / "other.yaml"
    config.write_text("profile: hango\nrules:\n  personal-data/national-id: off\n", encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text("Ring 040 123 4567, pnr 811218-9876.\n", encoding="utf-8")
    assert invoke(str(path), "--config", str(config)).stdout == "Ring [telefonnummer], pnr 811218-9876.\n"
    assert invoke(str(path), "--config", str(config), "--lang", "fi").stdout == "Ring [puhelinnumero], pnr 811218-9876.\n"
    assert invoke(str(path), "--config", str(config), "--lang", "en").stdout == "Ring [phone number], pnr 811218-9876.\n"


def test_redact_respects_a_suppression_as_check_does(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\nprofile: vimmerby\n---\n<!-- kommunlint-disable-next-line personal-data/phone -- kommunens jour -->\nRing 070-123 45 67, pnr 811218-9876.\n", encoding="utf-8")
    out = invoke(str(path)).stdout
    assert "070-123 45 67" in out and "[personnummer]" in out
    assert len(_check_spans(path)) == 1  # check reports the id only
