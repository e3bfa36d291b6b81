"""The list of all rules.

Rule ids and their group modules are listed here rather than discovered, so that
``kommunlint check`` imports only the groups it runs and a reader finds the module
of any rule id in one step.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import import_module

from .rules import Rule

#: Rule group → module under ``kommunlint.rules`` that declares its rules.
RULE_MODULES: dict[str, str] = {
    "confidential": "confidential",
    "signature": "signature",
    "personal-data": "personal_data",
    "offensive": "offensive",
    "bilingual": "bilingual",
    "suppression": "suppression",
    "tone": "tone",
    "accuracy": "accuracy",
    "commercial": "commercial",
    "copyright": "copyright",
    "links": "links",
    "accessibility": "accessibility",
    "plain-language": "plain_language",
    "platform": "platform",
}

#: Every rule id, grouped; kept in step with the modules (a test checks it).
RULE_IDS: tuple[str, ...] = (
    "confidential/marker",
    "signature/missing",
    "signature/missing-title",
    "signature/personal-opinion",
    "personal-data/national-id",
    "personal-data/phone",
    "personal-data/email",
    "personal-data/bank-account",
    "personal-data/vehicle-plate",
    "personal-data/street-address",
    "personal-data/person-name",
    "personal-data/sensitive",
    "offensive/profanity",
    "offensive/insult",
    "offensive/threat",
    "offensive/hate-speech",
    "offensive/sexual",
    "offensive/incitement",
    "bilingual/missing-language",
    "bilingual/unbalanced",
    "suppression/missing-reason",
    "tone/shouting",
    "tone/accusation",
    "accuracy/rumour",
    "accuracy/placeholder",
    "commercial/advertising",
    "copyright/missing-credit",
    "links/insecure",
    "accessibility/hashtag",
    "accessibility/emoji",
    "plain-language/readability",
    "plain-language/officialese",
    "platform/length",
)


def group_of(rule_id: str) -> str:
    """The group of a rule id: ``"personal-data"`` for ``"personal-data/phone"``."""
    return rule_id.split("/", 1)[0]


@lru_cache(maxsize=None)
def _group_rules(group: str) -> dict[str, Rule]:
    module = import_module(f"kommunlint.rules.{RULE_MODULES[group]}")
    return {r.id: r for r in module.RULES}


#: Rules already looked up, by id: every rule of every post asks (31,000 times for
#: 1,000 posts), and the group's lookup costs a string split and a cache call each.
_BY_ID: dict[str, Rule] = {}


def get_rule(rule_id: str) -> Rule:
    """The :class:`Rule` with ``rule_id``; ``KeyError`` when there is none."""
    rule = _BY_ID.get(rule_id)
    if rule is None:
        if rule_id not in RULE_IDS:
            raise KeyError(rule_id)
        rule = _BY_ID[rule_id] = _group_rules(group_of(rule_id))[rule_id]
    return rule


def all_rules() -> list[Rule]:
    """Every rule, in :data:`RULE_IDS` order (imports every group module)."""
    return [get_rule(rule_id) for rule_id in RULE_IDS]


def expand(selector: str) -> list[str]:
    """Rule ids named by ``selector``: a rule id or a group name. ``KeyError`` if neither."""
    if selector in RULE_IDS:
        return [selector]
    ids = [r for r in RULE_IDS if group_of(r) == selector.rstrip("/")]
    if not ids:
        raise KeyError(selector)
    return ids
