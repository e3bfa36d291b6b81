"""Detector of Swedish and Finnish registration plates in a sentence about a vehicle."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import vocabulary
from .context import overlaps, sentence_at

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
    elsewhere (COVID-19, SFS 123, KS-145)."""
    text = analysis.post.text
    urls = analysis.urls
    found = []
    for pattern in (_SE, _FI):
        for match in pattern.finditer(text):
            start, end = match.span()
            if overlaps(start, end, urls):
                continue
            s_start, s_end = sentence_at(analysis.post, start)
            if _vehicle_words().search(text[s_start:s_end].lower()):
                found.append(VehiclePlate(start, end))
    return found
