"""``copyright/missing-credit``: someone else's photo, poem or text reused without naming its maker.

Detector: :mod:`kommunlint.detect.credit` (``ctx.analysis.credits``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("copyright/missing-credit", severity="warning")
def missing_credit(post, ctx) -> Iterator[Problem]:
    """A statement that the post reuses someone else's photo, picture, poem, lyrics or text
    ("hittade den här bilden", "lånad bild från", "bild från Facebook-gruppen", "kuva
    Instagramista") when the post has no credit ("Foto: X", "Bild: X", "Kuva: X", "© X",
    "(Astrid Lindgren)", "text: X") - key ``no-credit``; and a statement that the maker is
    unknown ("okänd författare", "tekijä tuntematon"), or a credit naming no one ("Bild:
    Facebook") - key ``unknown-maker``, reported even when the post credits something else.
    One finding per post.

    Source: Kimitoön and Hangö punkt 4 "Beakta upphovsrättslagen"; Hangö punkt 4 "Ladda
    inte upp bilder utan lov"; Norsjö 4.10 e "olovligt bruk av upphovsrättsligt skyddat
    material"; Vimmerby "upphovsrättsintrång ... 5 kap. upphovsrättslagen";
    upphovsrättslagen (1960:729) 3 §; tekijänoikeuslaki (404/1961) 3 §.
    """
    found = ctx.analysis.credits
    credits = found.credits
    signature = ctx.analysis.signature
    if post.account == "personal" and signature is not None:
        # A writer on their own account signs ("– Robert Olsson"): that line names the
        # poster, not the maker of what they say they borrowed.
        credits = [c for c in credits if not signature.start <= c[0] < signature.end]
    unknown = [r for r in found.reuses if r.unknown]
    if unknown:
        first = unknown[0]
        yield Problem(first.start, first.end, "unknown-maker", {"phrase": first.phrase}, suggestion_key="ask-permission")
    elif found.reuses and not credits:
        first = found.reuses[0]
        yield Problem(first.start, first.end, "no-credit", {"phrase": first.phrase}, suggestion_key="add-credit")
