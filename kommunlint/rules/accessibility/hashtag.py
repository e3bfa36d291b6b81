"""``accessibility/hashtag``: hashtags a screen reader cannot read well.

Detector: :mod:`kommunlint.detect.hashtags` (``ctx.analysis.hashtags``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import Option, rule


@rule("accessibility/hashtag", severity="info", options={
    "max_hashtags": Option(int, 3, minimum=0, maximum=30, help="hashtags allowed in one post"),
})
def hashtag(post, ctx) -> Iterator[Problem]:
    """Each several-word hashtag in small letters only (key ``camel-case``, with the
    CamelCase spelling suggested when the words are known), each hashtag with words of
    its sentence after it (key ``in-sentence``), and the first hashtag over
    ``max_hashtags`` (key ``too-many``, at that hashtag).

    Source: DIGG (webbriktlinjer.se) and saavutettavasti.fi on accessible social media;
    Karleby "Vi kommunicerar ... inkluderande och tillgängligt".
    """
    tags = ctx.analysis.hashtags
    for tag in tags:
        if tag.run_together:
            yield Problem(tag.start, tag.end, "camel-case", {"tag": "#" + tag.tag}, suggestion_key="camel-case-how")
        if tag.in_sentence:
            yield Problem(tag.start, tag.end, "in-sentence", {"tag": "#" + tag.tag}, suggestion_key="hashtags-last")
    limit = ctx.options["max_hashtags"]
    if len(tags) > limit:
        extra = tags[limit]
        yield Problem(extra.start, tags[-1].end, "too-many", {"count": len(tags), "max": limit})
