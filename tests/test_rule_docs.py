"""Rule documentation lives once, in kommunlint/messages/<group>.yaml (``docs:``).

Every rule has what/why in sv, fi and en and an example that fails and one that
passes; each example is linted with its own front matter and must do what it says;
``kommunlint explain`` prints the docs in ruff's layout; the README's rule table is
generated from the catalogue and the profiles and must be current.
"""

from __future__ import annotations

import importlib.util

import pytest
from typer.testing import CliRunner

from kommunlint import messages
from kommunlint.cli import app
from kommunlint.finding import severity_rank
from kommunlint.linter import Options, lint
from kommunlint.post import parse_post
from kommunlint.profile import BASE, builtin_names, load_profile
from kommunlint.registry import RULE_IDS, expand, get_rule

from conftest import ROOT

runner = CliRunner()
EXAMPLE_LANGS = ("sv", "fi")
HEADINGS = ("explain-what", "explain-why", "explain-profile", "explain-fails", "explain-passes")


def explain(*args):
    result = runner.invoke(app, ["explain", *args])
    return result.exit_code, result.stdout


def raw_docs(rule_id):
    return messages._entry(rule_id)["docs"]


def findings_of(post_text: str, rule_id: str, where: str):
    """Lint an example post the way `kommunlint check` would: its front matter names the profile."""
    post = parse_post(post_text, where)
    profile = load_profile(str(post.meta.get("profile") or BASE))
    return [f for f in lint(post, profile, Options(lang="en")).findings if f.rule == rule_id]


def examples():
    for rule_id in RULE_IDS:
        data = raw_docs(rule_id)
        for kind in ("fails", "passes"):
            for lang, text in data[kind].items():
                yield pytest.param(rule_id, kind, lang, text, id=f"{rule_id}-{kind}-{lang}")


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_every_rule_has_what_and_why_in_three_languages_and_examples(rule_id):
    data = raw_docs(rule_id)
    assert set(data) == {"what", "why", "fails", "passes"}
    for part in ("what", "why"):
        for lang in messages.LANGUAGES:
            assert len(data[part].get(lang) or "") > 40, f"{rule_id} {part} {lang}"
    langs = set(data["fails"])
    assert langs and langs <= set(EXAMPLE_LANGS)
    assert set(data["passes"]) == langs, "fails and passes in the same languages"
    for lang in messages.LANGUAGES:
        found = messages.docs(rule_id, lang)
        assert found.fails.startswith("---\n") and found.passes.startswith("---\n"), "front matter first"
        assert found.example_lang in langs


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_examples_in_one_language_only_for_a_rule_only_on_in_that_language(rule_id):
    langs = set(raw_docs(rule_id)["fails"])
    if langs == set(EXAMPLE_LANGS):
        return
    (only,) = langs
    for name in builtin_names():
        profile = load_profile(name)
        if profile.settings(rule_id).enabled:
            assert set(profile.languages) <= {only}, f"{rule_id} is on in {name}: give a {profile.languages} example"


@pytest.mark.parametrize(("rule_id", "kind", "lang", "text"), list(examples()))
def test_example_does_what_it_says(rule_id, kind, lang, text):
    found = findings_of(text, rule_id, f"<{rule_id} {kind} {lang}>")
    if kind == "fails":
        assert found, f"the failing {lang} example of {rule_id} gives no finding"
        # A rule whose default severity is info (issue 12's hints) fails its example with info.
        floor = max(severity_rank("warning"), severity_rank(get_rule(rule_id).severity))
        assert any(severity_rank(f.severity) <= floor for f in found), "an info finding only"
    else:
        assert not found, [f.message for f in found]


def test_docs_fall_back_sensibly():
    sv, en = messages.docs("confidential/marker", "sv"), messages.docs("confidential/marker", "en")
    assert en.what != sv.what and en.example_lang == "sv" and en.fails == sv.fails
    assert messages.docs("confidential/marker", "fi").example_lang == "fi"
    title = messages.docs("signature/missing-title", "fi")
    assert title.example_lang == "sv" and "profile: vimmerby" in title.fails
    assert messages.explanation("confidential/marker", "fi") == f"{messages.docs('confidential/marker', 'fi').what}\n\n{messages.docs('confidential/marker', 'fi').why}"
    with pytest.raises(KeyError):
        messages.docs("no/such-rule", "sv")


@pytest.mark.parametrize(("lang", "profile"), [("sv", "norsjo"), ("fi", "karleby"), ("en", "hango")])
def test_explain_prints_docs_severity_clauses_and_examples(lang, profile):
    rule_id = "personal-data/phone"
    code, out = explain(rule_id, "--profile", profile, "--lang", lang)
    assert code == 0, out
    assert out.startswith(f"# {rule_id}\n")
    assert messages.description(rule_id, lang) in out
    positions = [out.index(f"## {messages.cli_text(key, lang)}\n") for key in HEADINGS]
    assert positions == sorted(positions), "ruff's order: what, why, profile, failing, passing example"
    prof = load_profile(profile)
    severity = messages.cli_text("severity-warning", lang)
    assert messages.cli_text("explain-severity", lang, profile=prof.id, severity=severity) in out
    clauses = prof.cited(rule_id)
    assert clauses
    for clause in clauses:
        assert f"  {clause.locator}: ”{clause.text}”" in out, "clauses verbatim with their locator"
    docs = messages.docs(rule_id, lang)
    assert docs.fails.rstrip("\n") in out and docs.passes.rstrip("\n") in out
    assert " ".join(docs.what.split())[:60] in " ".join(out.split())
    if lang == "en":
        assert messages.cli_text("explain-example-sv", "en") in out


def test_explain_shows_the_profile_severity_not_the_default():
    code, out = explain("bilingual/missing-language", "--profile", "hango", "--lang", "en")
    assert code == 0
    assert "Severity in profile hango: error (" in out and "punkt 6" in out


@pytest.mark.parametrize("lang", ["sv", "fi", "en"])
def test_explain_of_a_rule_that_is_off_says_so_and_gives_no_severity(lang):
    code, out = explain("bilingual/unbalanced", "--profile", "norsjo", "--lang", lang)
    assert code == 0
    assert messages.cli_text("explain-disabled", lang, profile="norsjo") in out
    assert messages.cli_text("explain-severity", lang, profile="norsjo", severity="{}").split("{}")[0] not in out
    for severity in ("error", "warning", "info"):
        assert f": {messages.cli_text(f'severity-{severity}', lang)} (" not in out
    assert messages.cli_text("explain-clauses", lang, municipality="X", document="Y").split("X")[0] not in out
    assert messages.cli_text("explain-fails", lang) in out, "the rest of the docs is still shown"


def test_explain_without_profile_uses_base_and_says_no_clause_is_cited():
    code, out = explain("confidential/marker", "--lang", "en")
    assert code == 0
    assert "Severity in profile base: error (" in out
    assert messages.cli_text("explain-no-clauses", "en", profile="base") in out


def test_explain_a_group_prints_each_rule():
    code, out = explain("personal-data", "--profile", "kimitoon")
    assert code == 0
    heads = [line[2:] for line in out.splitlines() if line.startswith("# ")]
    assert heads == expand("personal-data")
    assert out.count(f"## {messages.cli_text('explain-passes', 'sv')}\n") == len(heads)


def test_explain_unknown_rule_or_group_is_exit_2():
    assert explain("no/such-rule")[0] == 2
    assert explain("personal")[0] == 2


def _rule_docs_script():
    spec = importlib.util.spec_from_file_location("rule_docs", ROOT / "scripts" / "rule_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_rule_table_is_current():
    script = _rule_docs_script()
    assert script.is_current(), "README.md's rule table is stale: run python scripts/rule_docs.py"
    assert script.main(["--check"]) == 0


def test_rule_table_has_every_rule_and_its_profiles(tmp_path):
    script = _rule_docs_script()
    table = script.render_table()
    for rule_id in RULE_IDS:
        assert f"| `{rule_id}` |" in table
    assert "| `signature/missing-title` | warning | The signature must give both name and title. | `vimmerby` |" in table
    assert "`hango` (error)" in table  # a profile's severity where it differs from the default
    stale = tmp_path / "README.md"
    stale.write_text(f"# x\n\n{script.START}\n| old |\n{script.END}\nrest\n", encoding="utf-8")
    assert script.main(["--check", "--readme", str(stale)]) == 1
    assert script.main(["--readme", str(stale)]) == 0
    assert script.main(["--check", "--readme", str(stale)]) == 0
    assert stale.read_text(encoding="utf-8").endswith(f"{script.END}\nrest\n")
    with pytest.raises(ValueError):
        script.update("no markers here")
