"""``plain-language/officialese``: bureaucratic words with a plainer suggestion.

Detector: :mod:`kommunlint.detect.officialese` (``ctx.analysis.officialese``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("plain-language/officialese", severity="info")
def officialese(post, ctx) -> Iterator[Problem]:
    """Each bureaucratic word or phrase of the list (Swedish: erhålla → få, tillhandahålla
    → ge, i enlighet med → enligt, vederbörande, densamma, äga rum → vara ...; Finnish:
    toimesta, suorittaa maksu → maksaa, johdosta, osalta, kyseinen, mikäli → jos ...), with
    the plainer word (in the post's language) in the message.

    Source: Hangö's memory list "glöm högtravande och tungt tjänstemannaspråk"; Vimmerby
    "lätt och ledigt språk"; språklagen (2009:600) 11 §; hallintolaki (434/2003) 9 §.
    """
    for found in ctx.analysis.officialese:
        yield Problem(found.start, found.end, "officialese", {"term": found.term, "plain": found.plain})
