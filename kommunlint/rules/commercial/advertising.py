"""``commercial/advertising``: the municipality's own channel advertising a private business.

Detector: :mod:`kommunlint.detect.advertising` (``ctx.analysis.promotions``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("commercial/advertising", severity="warning")
def advertising(post, ctx) -> Iterator[Problem]:
    """On ``account: official``, a discount, offer or buy-now cue ("rabatt", "-20 %",
    "erbjudande", "kampanj", "köp nu", "tarjous", "alennuskoodi") in the same paragraph as a
    private business (a company form, a shop's or restaurant's name, a web shop). One
    finding per post, at the first cue. Not reported: the municipality's own services and
    prices, a contractor in a road-work notice, an event where businesses take part, a
    personal account. The message names the principle of equal treatment of businesses:
    kommunallagen 2 kap. 3 § and 8 § in Sweden, hallintolaki 6 § in Finland.

    Source: Norsjö 4.10 g "kommersiella budskap eller reklam"; kommunallagen (2017:725)
    2 kap. 3 § and 8 §; hallintolaki (434/2003) 6 §.
    """
    if post.account != "official":
        return
    for found in ctx.analysis.promotions:
        key = {"SE": "promotion-se", "FI": "promotion-fi"}.get(ctx.profile.country, "promotion")
        yield Problem(found.start, found.end, key, {"business": found.business}, suggestion_key="no-advertising")
        return
