"""User-facing text in Swedish, Finnish and English, kept as data.

Each rule group has ``<group>.yaml`` beside this file (``personal-data`` →
``personal_data.yaml``) shaped as::

    confidential/marker:          # rule id
      description: {sv: ..., fi: ..., en: ...}   # one line, for `kommunlint rules`
      explain: {sv: ..., fi: ..., en: ...}       # what and why, for `kommunlint explain`
      messages:
        marker: {sv: "... {term} ...", fi: ..., en: ...}

``cli.yaml`` holds the CLI's own texts under the pseudo-rule ``cli``.
Templates use ``str.format`` placeholders.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

LANGUAGES: tuple[str, ...] = ("sv", "fi", "en")


@lru_cache(maxsize=None)
def _catalogue(group: str) -> dict[str, Any]:
    import yaml

    # Plain PyYAML, not yamlio: yamlio's errors are rendered through this catalogue, and
    # a catalogue that does not parse is a packaging bug that the tests catch.
    name = group.replace("-", "_") + ".yaml"
    text = resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
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


def explanation(rule_id: str, lang: str = "sv") -> str:
    """Longer what-and-why text of ``rule_id`` (falls back to the description)."""
    entry = _entry(rule_id)
    return _pick(entry.get("explain") or entry["description"], lang)


def cli_text(key: str, lang: str = "sv", /, **args: Any) -> str:
    """A CLI message (``messages/cli.yaml``)."""
    return message("cli", key, lang, **args)
