"""Detector of Swedish and Finnish registration plates in a sentence about a vehicle."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import vocabulary
from .context import line_at, overlaps, sentence_at

if TYPE_CHECKING:
    from . import Analysis

# Swedish plates: three letters (no I, Q, V, Å, Ä, Ö), two digits, a digit or letter (not O).
_SE = recache.compile(r"(?<![\w-])[A-HJ-PR-UW-Z]{3} ?\d{2}[0-9A-HJ-NP-UW-Z](?![\w-])")
# Finnish plates: two or three letters, dash, one to three digits.
_FI = recache.compile(r"(?<![\w-])[A-ZÅÄÖ]{2,3}-\d{1,3}(?![\w-])")


@dataclass(frozen=True)
class VehiclePlate:
    """A registration plate: 0-based ``start``/``end`` in ``Post.text``, end exclusive."""

    start: int
    end: int


@lru_cache(maxsize=1)
def _vehicle_words() -> re.Pattern[str]:
    return recache.compile(r"(?<!\w)(?:" + "|".join(vocabulary.words("context_words", "vehicle")) + ")")


def detect(analysis: "Analysis") -> list[VehiclePlate]:
    """Plates (``ABC 123``, ``ABC 12A``, ``ABC-123``, ``AB-1``) whose sentence speaks of a
    vehicle (bil, parkerad, auto, pysäköity ...): codes of the same shape are common
    elsewhere (COVID-19, SFS 123, KS-145). Not when the sentence says an organisation
    owns the vehicle ("kommunens bil", "kaupungin auto")."""
    text = analysis.post.text
    urls = analysis.urls
    found = []
    owned: set[str] = set()  # plates that a line gives to an organisation, as written without spaces
    for pattern in (_SE, _FI):
        for match in pattern.finditer(text):
            start, end = match.span()
            if overlaps(start, end, urls):
                continue
            # The owner on the plate's line: an abbreviation ("reg. ABC-123") may cut the sentence.
            l_start, l_end = line_at(text, start)
            if _owned_by_organisation().search(text[max(l_start, start - 200) : min(l_end, end + 200)].lower()):
                owned.add(match.group().replace(" ", ""))
                continue
            s_start, s_end = sentence_at(analysis.post, start)
            if _vehicle_words().search(text[s_start:s_end].lower()):
                found.append(VehiclePlate(start, end))
    # The same plate again (in the other language's version) is the same organisation's car.
    return [p for p in found if text[p.start : p.end].replace(" ", "") not in owned]


@lru_cache(maxsize=1)
def _owned_by_organisation() -> re.Pattern[str]:
    """An organisation's genitive, at most two words before a word for the vehicle
    ("kommunens bil", "Kommunens nya bil för hemvården", "kaupungin uusi auto"): the
    organisation's car, whose plate is no one's personal data."""
    owners = vocabulary.alternation(vocabulary.words("context_words", "account_owner"))
    return recache.compile(
        rf"(?<!\w)(?:{owners})[ \t]+(?:[\w-]+[ \t]+){{0,2}}?(?:\w*bil(?:en|ar|arna)?|\w*auto(?:t|n|a)?|fordon\w*|ajoneuvo\w*)(?!\w)"
    )
