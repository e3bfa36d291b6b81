"""``platform/length``: the post is longer than its platform allows.

Detector: :mod:`kommunlint.detect.platform` (``ctx.analysis.platform_fit``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


def _both_languages(post, ctx) -> bool:
    """Whether the post has three or more words of language in each of two of its
    languages (front matter ``languages``, else the profile's: a bilingual
    municipality's two versions)."""
    wanted = post.meta.get("languages") or ctx.profile.languages or []
    languages = tuple(dict.fromkeys(str(lang).lower() for lang in wanted))
    if len(languages) < 2:
        return False
    found = ctx.analysis.versions(languages)
    return sum(found.words(lang) >= 3 for lang in languages) >= 2


@rule("platform/length", severity="warning")
def length(post, ctx) -> Iterator[Problem]:
    """When front matter names ``platform:``, a post over its limit (key ``too-long``, from
    the first character past the limit to the end): X 280 with each link as 23, Bluesky
    300, Threads 500, Instagram 2,200, LinkedIn 3,000, Facebook 63,206; on Instagram also
    a first line over the 125 characters shown before "more" (key ``first-line``, info).
    A thread on X, Bluesky or Threads ("1/3" ... "3/3" opening or closing its parts, or
    the thread sign 🧵 before paragraphs) is measured part by part; the first part over
    the limit is reported. A bilingual draft without thread marks is one post, and both
    versions count (X shows it as one); over the limit, the suggestion is to publish the
    versions as a numbered thread ("1/2", "2/2").
    No ``platform:`` or an unknown one: nothing.

    Source: the platforms' documented limits, recorded with their date in
    ``detect/data/platforms.yaml``.
    """
    fit = ctx.analysis.platform_fit
    if fit is None:
        return
    # A bilingual draft with no thread marks is one post, both versions in it (what X,
    # Bluesky or Threads publishes as one): its fix is often the two versions as a
    # numbered thread ("1/2" closing the Swedish part, "2/2" the Finnish one).
    split = "shorten"
    if fit.over_at is not None and _both_languages(post, ctx):
        split = "split-languages"
    names = {"x": "X", "bluesky": "Bluesky", "threads": "Threads", "instagram": "Instagram", "linkedin": "LinkedIn", "facebook": "Facebook"}
    args = {"platform": names.get(fit.platform, fit.platform), "length": fit.length, "limit": fit.limit, "over": fit.length - fit.limit}
    if fit.over_at is not None:
        yield Problem(fit.over_at, fit.text_end, "too-long", args, suggestion_key=split)
    if fit.first_line is not None:
        start, end, chars = fit.first_line
        yield Problem(start, end, "first-line", {**args, "chars": chars}, severity="info", suggestion_key="front-load")
