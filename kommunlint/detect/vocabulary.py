"""Reading the detectors' vocabularies (``detect/data/*.yaml``), once per process.

Each data file starts with a comment saying where its words come from (proselint's
habit: the word list and its source side by side). Word lists are lower case unless
the file says otherwise.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The mapping in ``detect/data/<name>.yaml``.

    Read with PyYAML's safe C loader, as the message catalogues are: these files are
    ours, and :func:`load_strict` (the checking loader for profiles and configurations:
    no aliases, no duplicate keys, line numbers) costs three times as long, a fifth of
    a cold single-post check. ``tests/test_vocabulary.py`` checks that both read every
    data file alike. Raises ``yaml.YAMLError`` for invalid YAML (a packaging bug, caught
    by the tests) and ``FileNotFoundError`` for an unknown ``name``. The result is
    kept between runs for the file's exact text (:func:`kommunlint.recache.data`).
    """
    from .. import recache

    text = resources.files(__package__).joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    # What the file was read to, kept between runs for this exact text (recache.data).
    return recache.data(f"detect/data/{name}.yaml", text, _parse)


def _parse(text: str) -> dict[str, Any]:
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}  # noqa: S506 - safe loaders only


def load_strict(name: str) -> dict[str, Any]:
    """:func:`load` with the checking loader (:func:`kommunlint.yamlio.load_yaml_text`);
    raises :class:`~kommunlint.errors.ProfileError` naming the file and line for an
    alias, a duplicate key or invalid YAML."""
    from ..yamlio import load_yaml_text

    text = resources.files(__package__).joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    return load_yaml_text(text, f"kommunlint/detect/data/{name}.yaml") or {}


@lru_cache(maxsize=None)
def words(name: str, key: str) -> tuple[str, ...]:
    """The word list ``key`` of data file ``name``; several languages' lists are joined.

    ``key`` may name a list, or a mapping of language → list (``{sv: [...], fi: [...]}``).
    """
    value = load(name)[key]
    if isinstance(value, dict):
        return tuple(w for lang_words in value.values() for w in lang_words)
    return tuple(value)


def alternation(items: tuple[str, ...], *, escape: bool = True) -> str:
    """A regex alternation of ``items``, longest first (so "vice ordförande" beats "ordförande")."""
    parts = sorted(items, key=len, reverse=True)
    return "|".join(re.escape(p) if escape else p for p in parts)


@lru_cache(maxsize=None)
def patterns(name: str, key: str) -> str:
    """The regular expressions of list ``key`` in data file ``name`` as one alternation,
    each in its own group: ``(?:a)|(?:b)`` (the lists of confidential markers, hearsay,
    accusations and the like are patterns, not words)."""
    return "|".join(f"(?:{p})" for p in words(name, key))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-case names of the villages, districts and municipalities of ``sv_fi_names.yaml``
    (``places`` and ``municipalities``, both languages: "dalsbruk", "taalintehdas",
    "kemiönsaari"; and ``places_sweden``: "vimmerby", "bastuträsk")."""
    data = load("sv_fi_names")
    pairs = [*data.get("places", []), *data.get("municipalities", [])]
    return frozenset([*(str(name).lower() for pair in pairs for name in pair),
                      *(str(name).lower() for name in data.get("places_sweden", []))])
