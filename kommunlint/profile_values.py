"""Values of a profile's top-level keys, checked before the profile is built.

Called from :func:`kommunlint.profile._check_keys` on the data of every profile file
(built-in or the user's), after YAML loading (:mod:`kommunlint.yamlio`) and before
anything is applied. Each problem is a :class:`~kommunlint.errors.ProfileError`
naming the file and the 1-based line of the offending value.
"""

from __future__ import annotations

from typing import Any

from .errors import ProfileError

#: Countries whose numbers and ids the rules know (ISO 3166-1 alpha-2).
COUNTRIES = ("SE", "FI")
#: Languages of posts and messages (ISO 639-1).
LANGUAGES = ("sv", "fi", "en")
#: Keys whose value is a list of strings.
STRING_LISTS = ("languages", "domains", "public_phone_numbers", "public_officials", "aliases")


def _shown(value: Any) -> str:
    from .errors import safe_name

    text = safe_name(repr(value) if not isinstance(value, str) else value)
    return text if len(text) <= 60 else text[:57] + "..."


def check(data: dict, lines: dict, source: str) -> None:
    """Raise :class:`ProfileError` for an unknown ``country`` or language, a list item
    that is not a string (``domains: [42]``), or a clause id given twice.

    ``lines`` maps key paths to 1-based lines (:func:`kommunlint.yamlio.load_yaml_with_lines`).
    """
    if not isinstance(data, dict):
        return
    if "country" in data and data["country"] not in COUNTRIES:
        raise ProfileError("unknown-country", source, lines.get(("country",)), value=_shown(data["country"]), known=", ".join(COUNTRIES))
    for key in STRING_LISTS:
        items = data.get(key)
        if not isinstance(items, list):
            continue  # the type check of the key itself reports it
        for i, item in enumerate(items):
            line = lines.get((key, i), lines.get((key,)))
            if not isinstance(item, str):
                raise ProfileError("not-string", source, line, key=key, value=_shown(item))
            if key == "languages" and item not in LANGUAGES:
                raise ProfileError("unknown-language", source, line, value=_shown(item), known=", ".join(LANGUAGES))
    seen: dict[str, int | None] = {}
    clauses = data.get("clauses")
    for i, clause in enumerate(clauses if isinstance(clauses, list) else []):
        if not isinstance(clause, dict) or not isinstance(clause.get("id"), str):
            continue  # reported by the clause checks
        line = lines.get(("clauses", i, "id"), lines.get(("clauses", i)))
        if clause["id"] in seen:
            raise ProfileError("duplicate-clause", source, line, clause=_shown(clause["id"]), first=seen[clause["id"]] or "?")
        seen[clause["id"]] = line
