"""Names as people write them: built-in profile names and "did you mean ...?".

The command line and the web page accept a municipality the way a person writes it
(``Hangö``, ``hanko``, ``Kemiönsaari``, ``KOKKOLA``): :func:`resolve_profile` maps it to
a built-in profile id through the table ``kommunlint/data/profile_names.yaml``
before :func:`kommunlint.profile.load_profile` sees it. :func:`did_you_mean` offers
the closest known name for a misspelling (rapidfuzz).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources
from typing import Iterable

_PLAIN = re.compile(r"[a-z0-9_]+(?:-[a-z0-9_]+)*")
#: Lowest rapidfuzz ``fuzz.ratio`` similarity (0-100) that still gives a suggestion.
SUGGEST_CUTOFF = 70.0


def _key(name: str) -> str:
    """Lower-case, NFC, runs of spaces, hyphens and underscores as one space."""
    name = unicodedata.normalize("NFC", name).strip().casefold()
    return re.sub(r"[\s_-]+", " ", name)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    import yaml

    text = resources.files("kommunlint").joinpath("data/profile_names.yaml").read_text(encoding="utf-8")
    return {_key(str(k)): str(v) for k, v in (yaml.safe_load(text) or {}).items()}


def looks_like_path(name: str) -> bool:
    """True for a profile given as a YAML file rather than a name."""
    return name.endswith((".yaml", ".yml")) or "/" in name or "\\" in name


def resolve_profile(name: str) -> str:
    """The built-in profile id for ``name`` as a person writes it, else ``name`` unchanged.

    ``"Hangö"``, ``"hanko"``, ``"Hangon kaupunki"`` → ``"hango"``; a path (see
    :func:`looks_like_path`) and unknown names are returned as given, so that
    :func:`kommunlint.profile.load_profile` reports them.
    """
    if looks_like_path(name) or _PLAIN.fullmatch(name):
        # a built-in id or one of a profile's own aliases (profile.py knows those):
        # no need to read the table, which keeps `kommunlint check` start-up as it was
        return name
    return _table().get(_key(name), name)


def known_profile_names() -> list[str]:
    """Every spelling :func:`resolve_profile` knows, plus the built-in ids (sorted)."""
    from .profile import BASE, builtin_names

    return sorted({*(n for n in builtin_names() if n != BASE), *_table()})


def did_you_mean(word: str, choices: Iterable[str], cutoff: float = SUGGEST_CUTOFF) -> str | None:
    """The choice closest to ``word`` (rapidfuzz normalised Indel similarity, 0-100),
    or ``None`` when none reaches ``cutoff`` or ``word`` is itself a choice."""
    from rapidfuzz import fuzz, process

    choices = list(choices)
    if not word or word in choices:
        return None
    best = process.extractOne(_key(word), choices, scorer=fuzz.ratio, processor=_key, score_cutoff=cutoff)
    return best[0] if best else None


def profile_suggestion(name: str) -> str | None:
    """``did_you_mean`` for a profile name: the closest known spelling (``kokola`` →
    ``kokkola``, ``hagno`` → ``hango``), which :func:`resolve_profile` accepts."""
    if looks_like_path(name):
        return None
    return did_you_mean(name, known_profile_names())
