"""``accuracy/rumour``: hearsay passed on without a source.

Detector: :mod:`kommunlint.detect.rumour` (``ctx.analysis.hearsay``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("accuracy/rumour", severity="warning")
def rumour(post, ctx) -> Iterator[Problem]:
    """Each hearsay marker ("jag har hört att", "det sägs att", "ryktet säger", "enligt
    uppgift från bekanta", "kuulemma", "huhujen mukaan", "sanotaan että", "olen kuullut,
    että"). Not reported: a marker in a sentence that denies the rumour (a correction),
    quoted words with their source; "hört av sig", "kuulemistilaisuus" are no markers.

    Source: Hangö's memory list "Försäkra dig om att alla uppgifter är korrekta"; Karleby
    "Riktig information, inte rykten eller skvaller"; Kimitoön "Spridande av grundlösa
    påståenden eller rykten".
    """
    for found in ctx.analysis.hearsay:
        if found.reading == "hearsay":
            yield Problem(found.start, found.end, "hearsay", {"marker": found.marker}, suggestion_key="check-source")
