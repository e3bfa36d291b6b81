"""``plain-language/readability``: paragraphs that are hard to read (LIX; its Finnish counterpart).

Detector: :mod:`kommunlint.detect.readability` (``ctx.analysis.readability``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import Option, rule


@rule("plain-language/readability", severity="info", options={
    "max_lix": Option(int, 50, minimum=20, maximum=100, help="report a paragraph whose LIX is above this (50: svår and harder)"),
    "min_words": Option(int, 15, minimum=1, maximum=500, help="paragraphs with fewer words are not measured"),
    "margin": Option(float, 1.0, minimum=0.0, maximum=3.0,
                     help="report only when the value minus this many sampling errors of the long-word share is above max_lix"),
})
def readability(post, ctx) -> Iterator[Problem]:
    """A Swedish paragraph (key ``lix-sv``) or a Finnish one (key ``lix-fi``, the
    comparable measure) of at least ``min_words`` words of prose whose value is above
    ``max_lix`` by more than ``margin`` sampling errors of its long-word share; the
    message gives the value and its band (over 50 "svår", official documents; 60 and
    over "mycket svår"). Only prose lines are measured: headings, lists, contact lines,
    addresses and parallel "sv / fi" lines are no running text (see
    :mod:`kommunlint.detect.readability`).

    Source: Hangö's memory list "Använd ett gott allmänspråk – glöm högtravande och tungt
    tjänstemannaspråk"; Vimmerby "lätt och ledigt språk"; språklagen (2009:600) 11 §;
    hallintolaki (434/2003) 9 §; LIX: C.-H. Björnsson, Läsbarhet (1968).
    """
    for part in ctx.analysis.readability:
        if part.words < ctx.options["min_words"] or part.value - ctx.options["margin"] * part.spread <= ctx.options["max_lix"]:
            continue
        yield Problem(part.start, part.end, f"lix-{part.lang}", {
            "value": f"{part.value:.0f}", "band": part.band, "words": part.words, "sentences": part.sentences,
            "max": ctx.options["max_lix"],
        }, suggestion_key=f"band-{part.band}")
