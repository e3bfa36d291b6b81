"""Masking of personal data in every report, whichever rules run (issue 11)."""

import json

from typer.testing import CliRunner

from kommunlint.cli import app
from kommunlint.linter import Options, lint
from kommunlint.masking import Masker, mask, mask_spans, placeholder
from kommunlint.post import parse_post
from kommunlint.profile import load_profile

POST = "---\nprofile: hango\naccount: personal\n---\nHej! Ring 040 123 4567 eller mejla anna.berg@gmail.com, pnr 811218-9876.\n"
#: Every run of 4 characters of the values, and the date of birth and the domain alone.
SECRETS = ("123 45", "4567", "040 1", "anna", "berg", "gmail", "811218", "9876")


def run(path, *args):
    return CliRunner().invoke(app, ["check", str(path), *args])


def test_one_placeholder_per_kind_in_the_message_language():
    assert mask("811218-9876", "national-id") == "[personnummer]"
    assert mask("131052-308T", "national-id", "fi") == "[henkilötunnus]"
    assert mask("anna.berg@gmail.com", "email", "en") == "[e-mail address]"
    assert mask("070-123 45 67", "phone", "fi") == "[puhelinnumero]"
    assert mask("Anna Berg", "person-name") == "[namn]"
    assert mask("A", "person-name") == mask("Annabella Bergström-Lindqvist", "person-name")  # no length
    assert placeholder("a-new-kind", "sv") == "[…]"
    assert mask("text", None) == "text"


def test_mask_spans_masks_a_cut_span_whole():
    assert mask_spans("x 811218-9876 y", 10, [(12, 23, "national-id")]) == "x [personnummer] y"
    assert mask_spans("218-9876 y", 15, [(12, 23, "national-id")]) == "[personnummer] y"


def test_masker_finds_every_occurrence_of_a_value():
    text = "Hej Matti! Mattin ansökan, ring 0701234567 eller 070-123 45 67. Matti."
    masker = Masker(text, [(4, 9, "person-name"), (32, 42, "phone")], "sv")
    assert masker.masked(0, len(text)) == "Hej [namn]! [namn] ansökan, ring [telefonnummer] eller [telefonnummer]. [namn]."
    assert masker.scrub("Matti och 070 123 45 67") == "[namn] och [telefonnummer]"


def test_masker_region_maps_offsets():
    text = "Ring 070-123 45 67 nu"
    masker = Masker(text, [(5, 18, "phone")], "en")
    shown, where = masker.region(0, len(text))
    assert shown == "Ring [phone number] nu"
    assert (where(5), where(18, end=True), where(19)) == (5, 19, 20)
    assert (where(8), where(8, end=True)) == (5, 19)  # inside the number: the placeholder's edges


def test_text_report_masks_the_message_and_the_printed_line(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    out = run(path, "--select", "personal-data").stdout
    assert "personal-data/phone" in out and "personal-data/email" in out and "personal-data/national-id" in out
    for secret in SECRETS:
        assert secret not in out, secret
    assert "Hej! Ring [telefonnummer] eller mejla [e-postadress], pnr [personnummer]." in out
    assert "Personnummer eller samordningsnummer [personnummer] får inte publiceras." in out


def test_caret_under_the_placeholder(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    lines = run(path, "--select", "personal-data/national-id").stdout.splitlines()
    source = next(i for i, line in enumerate(lines) if line.strip().startswith("5 |"))
    shown, carets = lines[source], lines[source + 1]
    start = carets.index("^")
    assert shown[start : start + carets.count("^")] == "[personnummer]"


def test_json_report_masks_excerpt_and_message(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    out = run(path, "--format", "json").stdout
    for secret in SECRETS:
        assert secret not in out, secret
    excerpts = {f["rule"]: f["excerpt"] for f in json.loads(out)["files"][0]["findings"]}
    assert excerpts["personal-data/national-id"] == "[personnummer]"
    assert excerpts["signature/missing"].startswith("Hej! Ring [telefonnummer] eller mejla [e-postadress]")


def test_masking_does_not_depend_on_the_rules_that_run(tmp_path):
    post = "---\nprofile: hango\naccount: personal\n---\n<!-- kommunlint-disable personal-data -- test -->\nHej! Ring 040 123 4567, pnr 811218-9876.\n"
    path = tmp_path / "post.md"
    path.write_text(post, encoding="utf-8")
    config = tmp_path / "off.yaml"
    config.write_text("profile: hango\nrules:\n  personal-data: off\n", encoding="utf-8")
    for args in (["--ignore", "personal-data"], ["--select", "signature"], [], ["--config", str(config)]):
        for fmt in ("text", "json", "parsable", "sarif", "junit", "github"):
            out = run(path, "--format", fmt, *args).stdout
            assert "signature/missing" in out, (args, fmt)
            assert "personal-data/phone" not in out
            for secret in ("4567", "811218", "9876"):
                assert secret not in out, (args, fmt, secret)


def test_repeated_first_name_and_offensive_quote_masked():
    profile = load_profile("hango")
    post = parse_post("Hej Matti! Din ansökan om bidrag är klar, Matti.\n", "a.md", {"kind": "reply", "account": "official"})
    result = lint(post, profile, Options(lang="sv"))
    assert any(f.rule == "personal-data/person-name" for f in result.findings)
    printed = json.dumps([f.as_dict() for f in result.findings], ensure_ascii=False)
    assert "Matti" not in printed and "[namn]" in printed


def test_error_message_hides_an_echoed_value(tmp_path):
    path = tmp_path / "post.md"
    path.write_text("---\naccount: 19400527-3356\n---\nHej\n", encoding="utf-8")
    result = run(path, "--lang", "en", "--format", "json")
    assert result.exit_code == 2
    assert "3356" not in result.output and "19400527" not in result.output
    assert "'account' must be one of personal, official, not another text (not shown, it may be personal data)" in result.stderr
    path.write_text("---\naccount: offical\n---\nHej\n", encoding="utf-8")
    result = run(path, "--lang", "en")
    assert "not 'offical'" in result.stderr  # a typo of an allowed value is shown


def test_show_pii_prints_in_clear(tmp_path):
    path = tmp_path / "post.txt"
    path.write_text(POST, encoding="utf-8")
    out = run(path, "--show-pii").stdout
    assert "811218-9876" in out and "anna.berg@gmail.com" in out


def test_name_quoted_in_an_offensive_message_is_masked(tmp_path):
    path = tmp_path / "o.md"
    path.write_text("---\nprofile: vimmerby\nkind: reply\n---\nDin jävla Erik Johansson, skäms!\n", encoding="utf-8")
    out = run(path, "--format", "parsable", "--select", "offensive").stdout
    assert f'{path}:5:1: [error] Förolämpning: "Din jävla [namn]". (offensive/insult)' in out
    assert "Erik" not in out and "Johansson" not in out
    assert 'Förolämpning: "Din jävla Erik".' in run(path, "--format", "parsable", "--select", "offensive", "--show-pii").stdout


def test_name_forms_masked_without_masking_a_pronoun():
    text = "Hans Lindgrens bil. Lindgren ringde. Han sa: Hans:s katt. Anna Berg:s hund, Annas katt, Bergs."
    start = text.index("Anna Berg:s")
    masker = Masker(text, [(0, 14, "person-name"), (start, start + 11, "person-name")])
    assert masker.masked(0, len(text)) == "[namn] bil. [namn] ringde. Han sa: [namn] katt. [namn] hund, [namn] katt, [namn]."


def test_bilingual_finding_excerpt_masked_with_only_bilingual_rules(tmp_path):
    path = tmp_path / "b.md"
    path.write_text(
        # (a neighbour's name and number: a private person's, whatever rules are selected;
        # "ring Lisa Andersson 040 ..." alone reads as the library's staff contact)
        "---\nprofile: hango\n---\nKirjasto on suljettu maanantaina koko päivän remontin takia. Kysy naapuriltasi Lisa "
        "Anderssonilta numerosta 040 123 4567, jos sinulla on kysyttävää lainoista tai varauksista.\n\n"
        "Biblioteket är stängt, fråga din granne Lisa Andersson 040 123 4567.\n", encoding="utf-8")
    doc = json.loads(run(path, "--format", "json", "--select", "bilingual").stdout)
    excerpts = {f["excerpt"] for f in doc["files"][0]["findings"] if f["rule"] == "bilingual/unbalanced"}
    assert excerpts == {"Biblioteket är stängt, fråga din granne [namn] [telefonnummer]."}
