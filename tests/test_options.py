"""Typed rule options: a wrong type or value in a config or profile is one line with
file, line, rule, option and what is expected (exit code 2); defaults and valid values run."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from kommunlint.cli import app
from kommunlint.errors import ProfileError
from kommunlint.linter import Options, lint
from kommunlint.post import parse_post
from kommunlint.profile import load_profile
from kommunlint.registry import all_rules
from kommunlint.rules import Option


def _run(tmp_path, config: str, *args: str):
    (tmp_path / ".kommunlint.yaml").write_text(config, encoding="utf-8")
    (tmp_path / "post.txt").write_text("Välkommen till biblioteket på lördag!\n", encoding="utf-8")
    return CliRunner().invoke(app, ["check", str(tmp_path / "post.txt"), *args])


@pytest.mark.parametrize(
    ("rule", "option", "value", "line", "expected_en"),
    [
        ("bilingual/missing-language", "min_words", "three", 5, "must be int 1.., not another text (not shown, it may be personal data)"),
        ("bilingual/missing-language", "min_words", "0", 5, "must be int 1.., not 0"),
        ("bilingual/unbalanced", "stub_ratio", "1.5", 5, "must be float 0..1, not 1.5"),
        ("bilingual/unbalanced", "min_length", "yes", 5, "must be int 0.., not True"),
        ("personal-data/email", "extra_domains", "kust.fi", 5, "must be list of str, not another text (not shown, it may be personal data)"),
        ("personal-data/email", "extra_domains", "[1, 2]", 5, "must be list of str, not a list"),
        ("offensive/insult", "quoted", "drop", 5, "must be info | off, not another text (not shown, it may be personal data)"),
        ("offensive/insult", "min_sureness", "3", 5, "must be 0 | 1 | 2, not 3"),
    ],
)
def test_wrong_option_value_is_one_line_with_file_and_line(tmp_path, rule, option, value, line, expected_en):
    config = f"profile: hango\nrules:\n  {rule}:\n    options:\n      {option}: {value}\n"
    result = _run(tmp_path, config, "--lang", "en")
    assert result.exit_code == 2
    # One line for the error; the run's summary may follow (the file it governs was not checked).
    lines = [entry for entry in result.output.splitlines() if entry.startswith("kommunlint:")]
    assert len(lines) == 1, result.output
    assert lines[0].startswith(f"kommunlint: {tmp_path / '.kommunlint.yaml'}:{line}: rule {rule}: option '{option}' ")
    assert lines[0].endswith(expected_en)


def test_message_is_in_the_chosen_language(tmp_path):
    config = "profile: hango\nrules:\n  bilingual/missing-language:\n    options:\n      min_words: three\n"
    result = _run(tmp_path, config, "--lang", "fi")
    assert result.exit_code == 2
    assert "sääntö bilingual/missing-language: asetuksen 'min_words' on oltava int 1.., ei muu teksti (ei näytetä, se voi olla henkilötieto)" in result.output


def test_unknown_option_names_the_known_ones(tmp_path):
    config = "profile: hango\nrules:\n  personal-data/phone:\n    options:\n      extra_numbers: []\n"
    result = _run(tmp_path, config, "--lang", "en")
    assert result.exit_code == 2
    assert ":5: rule personal-data/phone has no option 'extra_numbers' (known: extra_public_numbers)" in result.output


def test_valid_value_changes_behaviour(tmp_path):
    # A three-word Finnish version counts by default (min_words 3); with min_words 5 it does not.
    text = "Biblioteket har öppet hela lördagen med sagostund för barnen.\n\nKirjasto avoinna lauantaina.\n"
    default = lint(parse_post(text, "p.txt"), load_profile("hango"), Options(select=["bilingual"]))
    assert default.findings == []
    (tmp_path / "p.yaml").write_text(
        "extends: hango\nrules:\n  bilingual/missing-language:\n    options:\n      min_words: 5\n", encoding="utf-8")
    strict = lint(parse_post(text, "p.txt"), load_profile(str(tmp_path / "p.yaml")), Options(select=["bilingual/missing-language"]))
    assert [(f.rule, f.line) for f in strict.findings] == [("bilingual/missing-language", 1)]


def test_profile_file_is_validated_too(tmp_path):
    path = tmp_path / "mine.yaml"
    path.write_text("extends: norsjo\nrules:\n  confidential/marker:\n    options:\n      meta_severity: loud\n", encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(str(path))
    assert caught.value.line == 5
    assert caught.value.render("en").endswith("option 'meta_severity' must be error | warning | info, not another text (not shown, it may be personal data)")


def test_every_declared_option_default_is_valid():
    for rule in all_rules():
        for name, option in rule.options.items():
            assert isinstance(option, Option), f"{rule.id}.{name}"
            assert option.valid(option.default), f"{rule.id}.{name} default {option.default!r}"


def test_bool_is_not_an_int_and_int_is_a_float():
    assert not Option(int, 3).valid(True)
    assert Option(float, 0.4).valid(1)
    assert not Option(list, [], item=str).valid(["a", 2])
