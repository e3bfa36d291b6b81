"""Detector of officialese: bureaucratic words that have a plainer everyday word.

The list is data (``detect/data/officialese.yaml``): Swedish ("erhålla" → "få",
"tillhandahålla" → "ge", "i enlighet med" → "enligt", "vederbörande", "densamma",
"äga rum" → "vara, hållas") and Finnish ("toimesta", "suorittaa maksu" → "maksaa",
"johdosta", "osalta", "kyseinen", "mikäli" → "jos"), each with its plainer suggestion.
Swedish entries are matched as whole words anywhere, Finnish ones likewise (the word
forms do not overlap).

Source: Hangö's memory list "Använd ett gott allmänspråk – glöm högtravande och tungt
tjänstemannaspråk"; Vimmerby "lätt och ledigt språk"; språklagen (2009:600) 11 §;
hallintolaki (434/2003) 9 §.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import indexed, vocabulary

if TYPE_CHECKING:
    from . import Analysis


@dataclass(frozen=True)
class Officialese:
    """A bureaucratic word: 0-based ``start``/``end`` (end exclusive), the ``term`` as
    written, its language ``lang`` (``sv``/``fi``) and the ``plain`` suggestion."""

    start: int
    end: int
    term: str
    lang: str
    plain: str


@lru_cache(maxsize=1)
def _entries() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    data = vocabulary.load("officialese")
    return tuple(
        (recache.compile(r"(?<![\w-])(?:" + entry["pattern"] + r")(?!\w)", re.I), lang, entry["plain"])
        for lang in ("sv", "fi")
        for entry in data[lang]
    )


@lru_cache(maxsize=1)
def _any_entry() -> indexed.Indexed:
    """One pass over the text finds where an entry may start (most posts have none)."""
    data = vocabulary.load("officialese")
    parts = [entry["pattern"] for lang in ("sv", "fi") for entry in data[lang]]
    return indexed.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?!\w)", re.I)


def find_officialese(text: str) -> list[Officialese]:
    """Every bureaucratic word in ``text``, in order (overlaps: the earliest, longest)."""
    found: list[Officialese] = []
    for candidate in _any_entry().finditer(text):
        if found and candidate.start() < found[-1].end:
            continue
        best = None
        for pattern, lang, plain in _entries():
            match = pattern.match(text, candidate.start())
            if match and (best is None or match.end() > best[0].end()):
                best = (match, lang, plain)
        if best is not None:
            match, lang, plain = best
            found.append(Officialese(match.start(), match.end(), match.group(), lang, plain))
    return found


def detect(analysis: "Analysis") -> list[Officialese]:
    """The post's bureaucratic words."""
    return find_officialese(analysis.post.text)
