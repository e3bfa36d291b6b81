"""``accuracy/placeholder``: template text that was never filled in.

Detector: :mod:`kommunlint.detect.placeholder` (``ctx.analysis.placeholders``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("accuracy/placeholder", severity="error")
def placeholder(post, ctx) -> Iterator[Problem]:
    """Each placeholder: "[TITEL]", "[NAMN]", "[PVM]", "[ruotsinkielinen teksti tähän]",
    "XX.XX", "XX:XX", "0XXX-XX XX XX", "NN", "TODO", "FIXME", "TBA", "Lorem ipsum", "text kommer",
    a template field ("{{datum}}", "%NAMN%") and a single X as an amount ("X €").
    Not reported: Markdown links, editorial insertions ("[red. anm.]"), a word inserted in
    a quotation, language labels ("[SV]").

    Source: Hangö's memory list "Försäkra dig om att alla uppgifter är korrekta innan du
    publicerar"; Karleby "Saklig och riktig information!".
    """
    for found in ctx.analysis.placeholders:
        yield Problem(found.start, found.end, "placeholder", {"text": found.text}, suggestion_key="fill-in")
