"""``tone/shouting``: four or more words in capitals in a row, or four or more exclamation marks.

Detector: :mod:`kommunlint.detect.shouting` (``ctx.analysis.shouting``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import Option, rule


@rule("tone/shouting", severity="warning", options={
    "min_words": Option(int, 4, minimum=2, maximum=20, help="words in capitals in a row that count as shouting"),
})
def shouting(post, ctx) -> Iterator[Problem]:
    """Each run of at least ``min_words`` words in capitals (key ``caps``) and each run of
    four or more ``!`` (key ``exclamation``). Not shouting: a single marker (OBS, EMBARGO,
    LUOTTAMUKSELLINEN), acronyms (SFP, HSL, EU), names of events or companies of up to three
    words in capitals, hashtags, and a heading line written wholly in capitals above a
    text of several lines or set off by a blank line (see :mod:`kommunlint.detect.shouting`
    for what reads as a heading, and why: Karleby leaves a post's look to its brand guide).

    Source: Kimitoön "Bete dig vänligt samt visa respekt och hänsyn", "Undvik att provocera";
    Karleby "välj en ton som passar situationen och din roll"; Hangö's memory list "uppför
    dig väl".
    """
    min_words = ctx.options["min_words"]
    if min_words == 4:
        found = ctx.analysis.shouting
    else:
        from ...detect.shouting import body_end, find_shouting

        found = find_shouting(post.text, min_words, body_end(ctx.analysis))
    for shout in found:
        if shout.kind == "caps":
            yield Problem(shout.start, shout.end, "caps", {"words": shout.words}, suggestion_key="write-normally")
        else:
            yield Problem(shout.start, shout.end, "exclamation", {"count": len(shout.text)}, suggestion_key="one-exclamation")
