"""Texts of the command line that live outside ``kommunlint/messages``:
``kommunlint/data/cli_texts.yaml`` (help, ``serve``, ``.docx``, "did you mean").

:func:`text` returns one in sv, fi or en; :func:`detect_lang` picks the language
of the help from ``--lang`` on the command line, ``KOMMUNLINT_LANG`` or the locale.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

LANGS = ("sv", "fi", "en")


@lru_cache(maxsize=1)
def _texts() -> dict[str, dict[str, str]]:
    import yaml

    from .yamlio import safe_loader

    data = resources.files("kommunlint").joinpath("data/cli_texts.yaml").read_text(encoding="utf-8")
    return yaml.load(data, Loader=safe_loader())  # noqa: S506 - a safe loader (libyaml's when present)


def text(key: str, lang: str = "sv", /, **args: Any) -> str:
    """The text ``key`` in ``lang`` (sv, fi, en), formatted with ``args``.

    Raises ``KeyError`` for an unknown key.
    """
    entry = _texts()[key]
    template = entry.get(lang) or entry["en"]
    return template.format(**args) if args else template
