"""User-facing text in Swedish, Finnish and English, kept as data.

Each rule group has ``<group>.yaml`` beside this file (``personal-data`` →
``personal_data.yaml``) shaped as::

    confidential/marker:          # rule id
      description: {sv: ..., fi: ..., en: ...}   # one line, for `kommunlint rules`
      docs:                                      # the rule's documentation (see `docs`)
        what: {sv: ..., fi: ..., en: ...}        # what it checks
        why: {sv: ..., fi: ..., en: ...}         # the guideline clauses and laws behind it
        fails: {sv: "<post>", fi: "<post>"}      # an example post that fails
        passes: {sv: "<post>", fi: "<post>"}     # one that passes
      messages:
        marker: {sv: "... {term} ...", fi: ..., en: ...}

An example post is the whole file: front matter naming ``profile``, ``account`` or
``kind`` where the rule needs them, then the text. A rule that applies in one
language only (``signature/missing-title``, Vimmerby) has examples in that language
only. This catalogue is the only copy of a rule's documentation: ``kommunlint
explain`` prints it, SARIF's rule help quotes it, ``scripts/rule_docs.py`` builds the
README's rule table from it, and ``tests/test_rule_docs.py`` runs every example.

``cli.yaml`` holds the CLI's own texts under the pseudo-rule ``cli``.
Templates use ``str.format`` placeholders.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

LANGUAGES: tuple[str, ...] = ("sv", "fi", "en")


@lru_cache(maxsize=None)
def _catalogue(group: str) -> dict[str, Any]:
    from .. import recache

    # Plain PyYAML, not yamlio: yamlio's errors are rendered through this catalogue, and
    # a catalogue that does not parse is a packaging bug that the tests catch. Kept
    # between runs for its exact text (recache.data): a cold check need not import PyYAML.
    name = group.replace("-", "_") + ".yaml"
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
    return recache.data(f"messages/{name}", text, _parse)


def _parse(text: str) -> dict[str, Any]:
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}  # noqa: S506 - safe loaders only


def _entry(rule_id: str) -> dict[str, Any]:
    group = rule_id.split("/", 1)[0]
    try:
        return _catalogue(group)[rule_id]
    except (FileNotFoundError, KeyError):
        raise KeyError(f"no messages for {rule_id}") from None


def _pick(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts.get("en") or texts["sv"]


def message(rule_id: str, key: str, lang: str = "sv", /, **args: Any) -> str:
    """The text of message ``key`` of ``rule_id`` in ``lang``, formatted with ``args``.

    Raises ``KeyError`` when the rule or key has no entry in the catalogue.
    """
    template = _pick(_entry(rule_id)["messages"][key], lang)
    return template.format(**args) if args else template


def description(rule_id: str, lang: str = "sv") -> str:
    """One-line description of ``rule_id`` in ``lang``."""
    return _pick(_entry(rule_id)["description"], lang)


@dataclass(frozen=True)
class RuleDocs:
    """A rule's documentation in one language (from ``docs:`` in its catalogue).

    Attributes:
        what: what the rule checks and what it leaves alone.
        why: the guideline clauses (municipality and locator) and laws behind it.
        fails: an example post (front matter and text) that gives a finding of the rule.
        passes: an example post that gives none.
        example_lang: the language the examples are written in (``sv`` or ``fi``); it
            differs from the requested language for ``en`` and for a rule whose
            examples exist in one language only.
    """

    what: str
    why: str
    fails: str
    passes: str
    example_lang: str


def _pick_example(texts: dict[str, str], lang: str) -> tuple[str, str]:
    for choice in (lang, "sv", "fi"):
        if texts.get(choice):
            return texts[choice], choice
    raise KeyError("no example")


def docs(rule_id: str, lang: str = "sv") -> RuleDocs:
    """The documentation of ``rule_id`` in ``lang`` (``sv``, ``fi`` or ``en``).

    ``what`` and ``why`` fall back to English, then Swedish, when ``lang`` has no text.
    The examples are posts in Swedish or Finnish: ``lang`` picks its own example when
    there is one, else the Swedish one (so English shows the Swedish example), else the
    Finnish one; :attr:`RuleDocs.example_lang` says which was picked.

    Raises ``KeyError`` when the rule has no ``docs`` entry.
    """
    entry = _entry(rule_id)
    try:
        data = entry["docs"]
        fails, example_lang = _pick_example(data["fails"], lang)
        passes, _ = _pick_example({example_lang: data["passes"][example_lang]}, example_lang)
        return RuleDocs(_pick(data["what"], lang), _pick(data["why"], lang), fails, passes, example_lang)
    except (KeyError, TypeError):
        raise KeyError(f"no docs for {rule_id}") from None


def explanation(rule_id: str, lang: str = "sv") -> str:
    """What the rule checks and why, as one text (derived from :func:`docs`; for SARIF)."""
    found = docs(rule_id, lang)
    return f"{found.what}\n\n{found.why}"


def cli_text(key: str, lang: str = "sv", /, **args: Any) -> str:
    """A CLI message (``messages/cli.yaml``)."""
    return message("cli", key, lang, **args)
