"""The registry, rule declarations and message catalogues stay in step."""

import pytest

from kommunlint import messages
from kommunlint.finding import SEVERITIES
from kommunlint.registry import RULE_IDS, RULE_MODULES, all_rules, expand, get_rule


def test_every_listed_rule_is_declared_once_in_its_group_module():
    rules = all_rules()
    assert [r.id for r in rules] == list(RULE_IDS)
    for rule in rules:
        assert rule.group in RULE_MODULES
        assert rule.severity in SEVERITIES


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_rule_is_documented_in_three_languages(rule_id):
    rule = get_rule(rule_id)
    # The docstring is for developers and names what the rule enforces; users' docs are
    # in the message catalogue (what, why, examples), checked by test_rule_docs.py.
    assert "Source" in (rule.check.__doc__ or "") or "Source" in (__import__(rule.check.__module__, fromlist=["x"]).__doc__ or "")
    for lang in messages.LANGUAGES:
        assert messages.description(rule_id, lang)


@pytest.mark.parametrize("group", sorted(RULE_MODULES))
def test_every_message_has_sv_fi_en(group):
    catalogue = messages._catalogue(group)
    for rule_id, entry in catalogue.items():
        for key, texts in entry.get("messages", {}).items():
            assert set(texts) >= {"sv", "fi", "en"}, f"{rule_id}:{key}"


def test_cli_messages_have_sv_fi_en():
    for key, texts in messages._catalogue("cli")["cli"]["messages"].items():
        assert set(texts) >= {"sv", "fi", "en"}, key


def test_expand_group_and_unknown():
    assert expand("signature") == ["signature/missing", "signature/missing-title", "signature/personal-opinion"]
    assert expand("offensive/threat") == ["offensive/threat"]
    with pytest.raises(KeyError):
        expand("offensive/swearing")
