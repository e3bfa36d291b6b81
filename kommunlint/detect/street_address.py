"""Detector of street addresses, and whether each is a public place or the writer's own.

A street name with a Swedish or Finnish street word (-gatan, -vägen, -stigen, -gränd,
-backen, -katu, -tie, -kuja, -polku, inflected forms such as -kadulla) followed by a
house number, optionally a staircase/flat and a postcode and town. An address is a
public place when the words around it (same sentence, 45 characters before, 30 after)
name a venue or event, label it a visiting or postal address, or invite people there.
Vocabulary: ``detect/data/places.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from . import vocabulary
from .context import sentence_at

if TYPE_CHECKING:
    from . import Analysis


@dataclass(frozen=True)
class StreetAddress:
    """A street address: 0-based ``start``/``end`` (end exclusive); ``public`` when its
    context makes it a venue or service point, ``in_signature`` when it is part of the
    writer's signature."""

    start: int
    end: int
    public: bool
    in_signature: bool


@lru_cache(maxsize=1)
def _address() -> re.Pattern[str]:
    streets = vocabulary.alternation(vocabulary.words("places", "street_words"))
    return re.compile(
        r"(?<![\w-])(?:[A-ZÅÄÖ][a-zåäöé]+\s)?[A-ZÅÄÖ][a-zåäöé-]*(?:" + streets + r")"
        r"\s+\d{1,4}(?:\s?[-–]\s?\d{1,4})?(?:\s?[A-Za-z](?!\w)(?:\s?\d{1,3}(?!\d))?)?"
        r"(?:,?\s+(?:\d{3}\s?\d{2}|\d{5})\s+[A-ZÅÄÖ][a-zåäö]+)?"
    )


@lru_cache(maxsize=1)
def _public_place() -> re.Pattern[str]:
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(vocabulary.words("places", "public_place")) + ")")


def detect(analysis: "Analysis") -> list[StreetAddress]:
    """Every street address in the post, in order (see the module docstring)."""
    text = analysis.post.text
    sig = analysis.signature
    found = []
    for match in _address().finditer(text):
        start, end = match.span()
        s_start, s_end = sentence_at(analysis.post, start)
        # Only nearby words count: "vid skolan" at the far end of a long sentence says
        # nothing about the address.
        lo, hi = max(s_start, start - 45), min(s_end, end + 30)
        hi += len(re.match(r"\w*", text[hi:s_end]).group())  # do not cut a word in two
        found.append(StreetAddress(
            start, end,
            public=bool(_public_place().search(text[lo:hi])),
            in_signature=bool(sig and sig.start <= start < sig.end),
        ))
    return found
