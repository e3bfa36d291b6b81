"""Profiles: a municipality's guideline as data (clauses) plus per-rule settings.

Built-in profiles are ``profiles/*.yaml`` (shipped in the wheel as
``kommunlint.profiles``); a profile may also be a path to a user's YAML file. A
profile may ``extends`` another (by name or path); ``base`` holds shared defaults.
Profiles are validated on load: an unknown key, an unknown rule id, a bad
severity or a clause id that does not exist is a :class:`ProfileError` naming the
file and line.

Shape (see ``profiles/hango.yaml`` for a full one)::

    extends: base
    aliases: [hanko]
    municipality: {sv: Hangö stad, fi: Hangon kaupunki}
    country: FI
    languages: [sv, fi]
    domains: [hanko.fi]
    document: {title: ..., adopted: ..., source: hango.txt}
    clauses:
      - {id: hango-5, locator: punkt 5, text: "verbatim Swedish text"}
    rules:
      confidential/marker: {severity: error, clauses: [hango-2], options: {...}}
      offensive/sexual: off
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
import copy
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from .errors import ProfileError
from .finding import SEVERITIES, Clause
from .registry import RULE_IDS, expand
from . import profile_values
from .yamlio import load_yaml_with_lines

BASE = "base"

#: Top-level profile keys and their expected type.
PROFILE_KEYS: dict[str, type | tuple[type, ...]] = {
    "extends": str,
    "aliases": list,
    "municipality": dict,
    "country": str,
    "languages": list,
    "domains": list,
    "public_phone_numbers": list,
    "public_officials": list,
    "document": dict,
    "clauses": list,
    "rules": dict,
}
DOCUMENT_KEYS = ("title", "adopted", "source", "url")
CLAUSE_KEYS = ("id", "locator", "text")
RULE_KEYS = ("enabled", "severity", "options", "clauses")


@dataclass
class RuleSettings:
    """A rule's effective settings in a profile (after ``extends`` and config)."""

    enabled: bool = True
    severity: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    clauses: list[str] = field(default_factory=list)
    #: where each option was set, for errors: option → (file, line)
    option_sources: dict[str, tuple[str, int | None]] = field(default_factory=dict)


@dataclass
class Profile:
    """An effective profile.

    ``id`` is the built-in name (``hango``) or the user's file path. ``clauses`` maps
    clause id → :class:`Clause`. ``rules`` maps every known rule id → :class:`RuleSettings`.
    """

    id: str
    source: str
    municipality: dict[str, str] = field(default_factory=dict)
    country: str = ""
    languages: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    public_phone_numbers: list[str] = field(default_factory=list)
    public_officials: list[str] = field(default_factory=list)
    document: dict[str, str] = field(default_factory=dict)
    aliases: list[str] = field(default_factory=list)
    clauses: dict[str, Clause] = field(default_factory=dict)
    rules: dict[str, RuleSettings] = field(default_factory=dict)

    def municipality_name(self, lang: str = "sv") -> str:
        """The municipality's name in ``lang`` (falls back to Swedish, then the id)."""
        return self.municipality.get(lang) or self.municipality.get("sv") or self.id

    def settings(self, rule_id: str) -> RuleSettings:
        """The settings of ``rule_id`` (defaults when the profile says nothing of it).

        Reading never changes the profile: an unset rule gets a fresh default object.
        """
        found = self.rules.get(rule_id)
        return found if found is not None else RuleSettings()

    def settings_to_change(self, rule_id: str) -> RuleSettings:
        """The settings of ``rule_id``, created in the profile if absent (for loading)."""
        return self.rules.setdefault(rule_id, RuleSettings())

    def cited(self, rule_id: str) -> list[Clause]:
        """The clauses ``rule_id`` cites in this profile, in order."""
        return [self.clauses[c] for c in self.settings(rule_id).clauses]


# -- locating ------------------------------------------------------------------
def _builtin_dir():
    try:
        return resources.files("kommunlint.profiles")
    except ModuleNotFoundError:
        # Running from a source tree that was not installed: profiles/ is the package.
        return Path(__file__).resolve().parent.parent / "profiles"


def builtin_names() -> list[str]:
    """Names of the built-in profiles (file stems), ``base`` included, sorted."""
    return sorted(p.name[:-5] for p in _builtin_dir().iterdir() if p.name.endswith(".yaml"))


def _resolve(name: str, relative_to: str | None = None) -> tuple[str, str, str]:
    """Return ``(id, source, text)`` for a built-in name, alias or file path."""
    looks_like_path = name.endswith((".yaml", ".yml")) or os.sep in name or "/" in name
    if looks_like_path:
        path = Path(name)
        if relative_to and not path.is_absolute():
            path = Path(relative_to).parent / path
        try:
            from .safeio import MAX_CONFIG_BYTES, read_text  # regular files only, bounded

            return str(path), str(path), read_text(str(path), MAX_CONFIG_BYTES, ProfileError)
        except OSError as exc:
            raise ProfileError("cannot-read", str(path), reason=exc.strerror) from None
    key = name.lower()
    builtin = _builtin_dir()
    candidate = builtin.joinpath(f"{key}.yaml")
    if candidate.is_file():
        return key, f"profiles/{key}.yaml", candidate.read_text(encoding="utf-8")
    for other in builtin_names():
        text = builtin.joinpath(f"{other}.yaml").read_text(encoding="utf-8")
        data, _ = _load_text(text, f"profiles/{other}.yaml")
        if key in [str(a).lower() for a in (data or {}).get("aliases", [])]:
            return other, f"profiles/{other}.yaml", text
    known = ", ".join(n for n in builtin_names() if n != BASE)
    raise ProfileError("unknown-profile", name=name, known=known)


@lru_cache(maxsize=64)
def _load_text(text: str, source: str):
    """``(data, lines)`` of a profile's YAML ``text`` (:func:`load_yaml_with_lines`).
    A built-in profile's is kept between runs for its exact text (``recache.data``):
    parsing two profiles, with importing PyYAML for it, was a tenth of a cold check of
    one post (issue 15). Raises :class:`ProfileError` as the loader does."""
    if source.startswith("profiles/"):
        from . import recache

        return recache.data(f"profile:{source}", text, lambda text: load_yaml_with_lines(text, source))
    return load_yaml_with_lines(text, source)


# -- loading -------------------------------------------------------------------
def load_profile(name: str) -> Profile:
    """Load and validate a profile by built-in name, alias or path (with ``extends``).

    Raises :class:`ProfileError` naming the file and line of the first problem.
    """
    return _load(name, None, ())


def _load(name: str, relative_to: str | None, chain: tuple[str, ...]) -> Profile:
    pid, source, text = _resolve(name, relative_to)
    if source in chain:
        raise ProfileError("extends-loop", source, chain=" → ".join(chain + (source,)))
    data, lines = _load_text(text, source)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ProfileError("profile-mapping", source, 1)
    _check_keys(data, lines, source)
    parent_name = data.get("extends")
    if parent_name is None and pid != BASE:
        parent_name = BASE
    profile = _load(parent_name, source, chain + (source,)) if parent_name else Profile(pid, source)
    profile.id, profile.source = pid, source
    _apply(profile, data, lines, source)
    return profile


def _check_keys(data: dict, lines: dict, source: str) -> None:
    profile_values.check(data, lines, source)  # countries, languages, string lists, clause ids
    for key, value in data.items():
        line = lines.get((key,))
        if key not in PROFILE_KEYS:
            raise ProfileError("unknown-key", source, line, key=key, known=", ".join(PROFILE_KEYS))
        if not isinstance(value, PROFILE_KEYS[key]):
            kind = PROFILE_KEYS[key].__name__  # type: ignore[union-attr]
            raise ProfileError("wrong-type", source, line, key=key, kind=kind)
    for key in data.get("document", {}):
        if key not in DOCUMENT_KEYS:
            raise ProfileError("unknown-key", source, lines.get(("document", key)), key=key, known=", ".join(DOCUMENT_KEYS))
    for i, clause in enumerate(data.get("clauses", [])):
        where = lines.get(("clauses", i))
        if not isinstance(clause, dict):
            raise ProfileError("clause-mapping", source, where)
        for key in clause:
            if key not in CLAUSE_KEYS:
                raise ProfileError("unknown-key", source, lines.get(("clauses", i, key)), key=key, known=", ".join(CLAUSE_KEYS))
        for key in CLAUSE_KEYS:
            if not isinstance(clause.get(key), str) or not clause[key].strip():
                raise ProfileError("clause-field", source, where, key=key)


def _apply(profile: Profile, data: dict, lines: dict, source: str) -> None:
    for key in ("municipality", "document"):
        if key in data:
            getattr(profile, key).update({k: str(v) for k, v in data[key].items()})
    for key in ("country",):
        if key in data:
            setattr(profile, key, data[key])
    for key in ("languages", "domains", "public_phone_numbers", "public_officials", "aliases"):
        if key in data:
            setattr(profile, key, [str(v) for v in data[key]])
    municipality = profile.municipality_name("sv")
    for clause in data.get("clauses", []):
        text = " ".join(clause["text"].split())
        profile.clauses[clause["id"]] = Clause(clause["id"], municipality, clause["locator"], text)
    apply_rule_settings(profile, data.get("rules", {}), lines, source, ("rules",))


def apply_rule_settings(profile: Profile, rules: dict, lines: dict, source: str, path: tuple = ()) -> None:
    """Layer a ``rules:`` mapping (from a profile or a config file) onto ``profile``.

    Keys are rule ids or group names; values are ``off``/``false``, ``on``/``true``,
    a severity, or a mapping with ``enabled``, ``severity``, ``options``, ``clauses``.
    Raises :class:`ProfileError` for unknown rules, keys, severities or clause ids.
    """
    for selector, value in rules.items():
        line = lines.get(path + (selector,))
        try:
            ids = expand(str(selector))
        except KeyError:
            raise ProfileError("unknown-rule", source, line, rule=selector) from None
        for rule_id in ids:
            _apply_one(profile, rule_id, profile.settings_to_change(rule_id), value, lines, source, path + (selector,), line)


def check_option(rule: Any, option: str, value: Any, source: str | None, line: int | None) -> None:
    """Validate one option ``value`` of ``rule`` (a :class:`~kommunlint.rules.Rule`) against its schema.

    Raises :class:`ProfileError` naming ``source`` and ``line`` for an option the rule
    does not have (``unknown-option``) or a value of the wrong type or out of range
    (``bad-option``, with what is expected).
    """
    schema = rule.options.get(option)
    if schema is None:
        known = ", ".join(rule.options) or "-"
        raise ProfileError("unknown-option", source, line, rule=rule.id, option=option, known=known)
    if not schema.valid(value):
        raise ProfileError("bad-option", source, line, rule=rule.id, option=option, expected=schema.expected(), value=value)


def _apply_one(profile: Profile, rule_id: str, settings: RuleSettings, value: Any, lines, source, path, line) -> None:
    if value is False or value == "off":
        settings.enabled = False
        return
    if value is True or value == "on":
        settings.enabled = True
        return
    if isinstance(value, str):
        value = {"severity": value}
    if not isinstance(value, dict):
        raise ProfileError("rule-setting", source, line)
    for key, item in value.items():
        where = lines.get(path + (key,), line)
        if key not in RULE_KEYS:
            raise ProfileError("unknown-key", source, where, key=key, known=", ".join(RULE_KEYS))
        if key == "enabled":
            if not isinstance(item, bool):
                raise ProfileError("wrong-type", source, where, key="enabled", kind="bool")
            settings.enabled = item
        elif key == "severity":
            if item not in SEVERITIES:
                raise ProfileError("bad-severity", source, where, value=item, allowed=", ".join(SEVERITIES))
            settings.severity = item
            settings.enabled = True
        elif key == "options":
            if not isinstance(item, dict):
                raise ProfileError("wrong-type", source, where, key="options", kind="dict")
            from .registry import get_rule

            rule = get_rule(rule_id)
            for option, option_value in item.items():
                option_line = lines.get(path + (key, option), where)
                check_option(rule, str(option), option_value, source, option_line)
                # A copy: the parsed file is cached (_load_text) and shared by every load.
                settings.options[str(option)] = copy.deepcopy(option_value)
                settings.option_sources[str(option)] = (source, option_line)
        elif key == "clauses":
            if not isinstance(item, list):
                raise ProfileError("wrong-type", source, where, key="clauses", kind="list")
            for i, clause_id in enumerate(item):
                if clause_id not in profile.clauses:
                    raise ProfileError("unknown-clause", source, lines.get(path + (key, i), where), clause=clause_id)
            settings.clauses = [str(c) for c in item]


def describe_profiles() -> list[Profile]:
    """Every built-in profile except ``base``, loaded (for ``kommunlint profiles``)."""
    return [load_profile(name) for name in builtin_names() if name != BASE]


__all__ = ["Profile", "RuleSettings", "load_profile", "apply_rule_settings", "builtin_names", "RULE_IDS"]
