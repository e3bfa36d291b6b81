"""``accessibility/emoji``: emoji that make a screen reader's reading long or confusing.

Detector: :mod:`kommunlint.detect.emoji` (``ctx.analysis.emoji``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import Option, rule


@rule("accessibility/emoji", severity="info", options={
    "max_emoji": Option(int, 3, minimum=0, maximum=50, help="emoji allowed in one post"),
    "max_run": Option(int, 2, minimum=1, maximum=20, help="emoji allowed next to each other"),
})
def emoji(post, ctx) -> Iterator[Problem]:
    """A run of more than ``max_run`` emoji next to each other (only spaces between; key
    ``run``), emoji used as list bullets (two or more lines in a row starting with an
    emoji; flags as language labels excepted; key ``bullets``), and more than
    ``max_emoji`` emoji in the post (key ``too-many``, at the first one over; not reported
    when a run or the bullets already cover the excess).

    Source: DIGG (webbriktlinjer.se) and saavutettavasti.fi on accessible social media
    (a screen reader reads every emoji's name); Karleby "tillgängligt".
    """
    found = ctx.analysis.emoji
    if not found:
        return
    text = post.text
    reported = False
    run: list = [found[0]]
    for item in [*found[1:], None]:
        if item is not None and not text[run[-1].end : item.start].strip(" \t\ufe0f"):
            run.append(item)
            continue
        if len(run) > ctx.options["max_run"]:
            yield Problem(run[0].start, run[-1].end, "run", {"count": len(run)}, suggestion_key="one-emoji")
            reported = True
        run = [item] if item is not None else []
    bullets = [e for e in found if e.starts_line and not e.flag]
    lines = [text.count("\n", 0, e.start) for e in bullets]
    if any(b - a == 1 for a, b in zip(lines, lines[1:])):
        yield Problem(bullets[0].start, bullets[0].end, "bullets", {"emoji": bullets[0].char}, suggestion_key="plain-bullets")
        reported = True
    if len(found) > ctx.options["max_emoji"] and not reported:
        extra = found[ctx.options["max_emoji"]]
        yield Problem(extra.start, found[-1].end, "too-many", {"count": len(found), "max": ctx.options["max_emoji"]})
