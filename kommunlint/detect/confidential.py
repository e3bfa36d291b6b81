"""Detector of secrecy and classification markers, and how each marker's sentence reads.

Markers, refusals and meta questions are data: ``detect/data/confidential.yaml``. A
marker's sentence reads as ``refusal`` when it gives secrecy as the reason the writer
cannot discuss a case ("Vi kan inte kommentera enskilda ärenden på grund av
sekretess"), as ``meta`` when it asks about the word ("Vad betyder sekretess?"), and
otherwise as ``marker``: confidential material may be about to be published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from . import vocabulary

if TYPE_CHECKING:
    from . import Analysis


@dataclass(frozen=True)
class Marker:
    """A marker: 0-based ``start``/``end`` (end exclusive, within its sentence), the
    matched ``term``, and its sentence's ``reading`` (``marker``, ``refusal`` or ``meta``)."""

    start: int
    end: int
    term: str
    reading: str


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    def join(key: str) -> str:
        return "|".join(f"(?:{p})" for p in vocabulary.words("confidential", key))

    markers = re.compile(r"(?<!\w)(?:" + join("markers") + r")(?!\w)", re.I)
    return markers, re.compile("(?i)" + join("refusal")), re.compile("(?i)" + join("meta"))


def detect(analysis: "Analysis") -> list[Marker]:
    """Every marker in the post with its sentence's reading, in order."""
    post = analysis.post
    markers, refusal, meta = _patterns()
    # One scan of the whole text; most posts have no marker and cost nothing more.
    matches = list(markers.finditer(post.text))
    if not matches:
        return []
    found = []
    for sentence in post.sentences:
        inside = [m for m in matches if sentence.start <= m.start() < sentence.end]
        if not inside:
            continue
        if refusal.search(sentence.text):
            reading = "refusal"
        elif meta.search(sentence.text) and sentence.text.rstrip().endswith("?"):
            reading = "meta"
        else:
            reading = "marker"
        for match in inside:
            end = min(match.end(), sentence.end)
            found.append(Marker(match.start(), end, post.text[match.start() : end], reading))
    return found
