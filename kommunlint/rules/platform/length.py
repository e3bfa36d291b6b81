"""``platform/length``: the post is longer than its platform allows.

Detector: :mod:`kommunlint.detect.platform` (``ctx.analysis.platform_fit``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("platform/length", severity="warning")
def length(post, ctx) -> Iterator[Problem]:
    """When front matter names ``platform:``, a post over its limit (key ``too-long``, from
    the first character past the limit to the end): X 280 with each link as 23, Bluesky
    300, Threads 500, Instagram 2,200, LinkedIn 3,000, Facebook 63,206; on Instagram also
    a first line over the 125 characters shown before "more" (key ``first-line``, info).
    A thread on X, Bluesky or Threads ("1/3" ... "3/3" opening or closing its parts, or
    the thread sign 🧵 before paragraphs) is measured part by part; the first part over
    the limit is reported.
    No ``platform:`` or an unknown one: nothing.

    Source: the platforms' documented limits, recorded with their date in
    ``detect/data/platforms.yaml``.
    """
    fit = ctx.analysis.platform_fit
    if fit is None:
        return
    names = {"x": "X", "bluesky": "Bluesky", "threads": "Threads", "instagram": "Instagram", "linkedin": "LinkedIn", "facebook": "Facebook"}
    args = {"platform": names.get(fit.platform, fit.platform), "length": fit.length, "limit": fit.limit, "over": fit.length - fit.limit}
    if fit.over_at is not None:
        yield Problem(fit.over_at, fit.text_end, "too-long", args, suggestion_key="shorten")
    if fit.first_line is not None:
        start, end, chars = fit.first_line
        yield Problem(start, end, "first-line", {**args, "chars": chars}, severity="info", suggestion_key="front-load")
