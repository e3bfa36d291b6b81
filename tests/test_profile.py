"""Profiles: built-ins, aliases, extends, strict validation with file and line."""

import re
import textwrap

import pytest

from kommunlint.errors import ProfileError
from kommunlint.profile import builtin_names, load_profile
from kommunlint.registry import RULE_IDS

from conftest import SHARED

MUNICIPAL = ["hango", "karleby", "kimitoon", "norsjo", "vimmerby"]


def test_builtin_profiles_are_shipped():
    assert set(MUNICIPAL) | {"base"} <= set(builtin_names())


@pytest.mark.parametrize("alias, expected", [("hanko", "hango"), ("kokkola", "karleby"), ("kemionsaari", "kimitoon"), ("HANKO", "hango")])
def test_aliases(alias, expected):
    assert load_profile(alias).id == expected


@pytest.mark.parametrize("name", MUNICIPAL)
def test_every_rule_cites_existing_clauses_and_profile_is_complete(name):
    profile = load_profile(name)
    assert profile.municipality["sv"] and profile.municipality["fi"]
    assert profile.country in ("FI", "SE")
    assert profile.domains and profile.document["title"]
    for rule_id in RULE_IDS:
        for clause in profile.cited(rule_id):
            assert clause.text and clause.locator and clause.municipality == profile.municipality["sv"]


def test_bilingual_profiles_enable_bilingual_rules_and_swedish_ones_do_not():
    assert load_profile("hango").settings("bilingual/missing-language").severity == "error"
    assert load_profile("karleby").settings("bilingual/missing-language").severity == "warning"
    assert load_profile("kimitoon").settings("bilingual/missing-language").enabled
    assert not load_profile("vimmerby").settings("bilingual/missing-language").enabled
    assert not load_profile("norsjo").settings("bilingual/unbalanced").enabled


def test_only_vimmerby_requires_a_title():
    assert load_profile("vimmerby").settings("signature/missing-title").enabled
    assert not load_profile("hango").settings("signature/missing-title").enabled


@pytest.mark.parametrize("name", MUNICIPAL)
def test_clause_texts_are_verbatim_from_the_guidelines(name):
    """Every clause is the guideline's own words (whitespace folded, as PDF line breaks are artefacts)."""
    profile = load_profile(name)
    source = SHARED / "guidelines" / profile.document["source"]
    if not source.exists():
        pytest.skip(f"{source} not present")
    guideline = " ".join(source.read_text(encoding="utf-8").split())
    for clause in profile.clauses.values():
        assert clause.text in guideline, clause.id


def _write(tmp_path, text, name="min.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return str(path)


def test_user_profile_extends_a_builtin(tmp_path):
    path = _write(tmp_path, """\
        extends: hango
        public_officials: [Anna Berg]
        rules:
          offensive: warning
          signature/missing: off
        """)
    profile = load_profile(path)
    assert profile.id == path
    assert profile.languages == ["sv", "fi"]
    assert profile.public_officials == ["Anna Berg"]
    assert profile.settings("offensive/threat").severity == "warning"
    assert not profile.settings("signature/missing").enabled
    assert [c.id for c in profile.cited("confidential/marker")] == ["hango-2", "hango-8"]


@pytest.mark.parametrize(
    "body, key, line",
    [
        ("extends: hango\nmunicipalty: {sv: X}\n", "unknown-key", 2),
        ("extends: hango\nrules:\n  offensive/swearing: error\n", "unknown-rule", 3),
        ("extends: hango\nrules:\n  offensive/threat:\n    clauses: [hango-99]\n", "unknown-clause", 4),
        ("extends: hango\nrules:\n  offensive/threat:\n    severity: fatal\n", "bad-severity", 4),
        ("extends: hango\nrules:\n  offensive/threat:\n    level: error\n", "unknown-key", 4),
        ("clauses:\n  - id: x\n    locator: punkt 1\n", "clause-field", 2),
        ("extends: hango\nlanguages: sv\n", "wrong-type", 2),
        ("extends: [hango\n", "yaml-invalid", 2),
    ],
)
def test_invalid_profiles_name_file_and_line(tmp_path, body, key, line):
    path = _write(tmp_path, body)
    with pytest.raises(ProfileError) as info:
        load_profile(path)
    assert info.value.key == key
    assert (info.value.path, info.value.line) == (path, line)
    assert re.match(rf"{re.escape(path)}:{line}: \S", str(info.value))


def test_unknown_profile_lists_builtins():
    with pytest.raises(ProfileError) as info:
        load_profile("stockholm")
    assert "hango" in str(info.value) and info.value.key == "unknown-profile"


def test_extends_loop_is_an_error(tmp_path):
    a = _write(tmp_path, "extends: b.yaml\n", "a.yaml")
    _write(tmp_path, "extends: a.yaml\n", "b.yaml")
    with pytest.raises(ProfileError) as info:
        load_profile(a)
    assert info.value.key == "extends-loop"


def test_unknown_rule_option_is_reported_with_its_line(tmp_path):
    from kommunlint.linter import lint
    from kommunlint.post import parse_post

    path = _write(tmp_path, "extends: hango\nrules:\n  confidential/marker:\n    options:\n      meta_severity: warning\n      strictness: 3\n")
    with pytest.raises(ProfileError) as info:
        lint(parse_post("Hej"), load_profile(path))
    assert (info.value.key, info.value.line) == ("unknown-option", 6)
