"""``accessibility/emoji``: emoji that make a screen reader's reading long or confusing.

Detector: :mod:`kommunlint.detect.emoji` (``ctx.analysis.emoji``).
"""

from __future__ import annotations

import re
from typing import Iterator

from ... import recache
from ...finding import Problem
from .. import Option, rule


#: Swedish prepositions that need a word after them: an emoji there stands for the word
#: ("stängt pga 🎄", "vi ses på 🏖️").
_PREPOSITIONS = frozenset("på i till med för pga p.g.a. om av vid efter före under hos från mot".split())
_WORD_BEFORE = re.compile(r"([\w.]+)[ \t]*$")
_LOWER_AFTER = re.compile(r"[ \t]*[a-zåäöü]")
#: A conjunction after the emoji opens the next clause: the emoji closes a clause as
#: decoration ("öppet kl. 9–17 🗺️ och guidade turer ..."), it does not stand for a word.
_CONJUNCTION_AFTER = recache.compile(r"[ \t]{0,10}(?:och|men|eller|samt|utan|så|ja|mutta|tai|sekä|vaan|joten)\b")
_END_AFTER = re.compile(r"[ \t]*(?:[.!?,;:]|$)", re.M)


def _as_word(text: str, item) -> bool:
    """Whether the emoji ``item`` stands in the middle of a sentence: a word before
    it on its line and a small-letter word after it ("Sophämtningen ➡️ onsdag"; not a
    conjunction opening the next clause, "kl. 9–17 🗺️ och guidade turer"), or a
    preposition before it and the sentence's end after ("stängt pga 🎄.")."""
    line_start = text.rfind("\n", 0, item.start) + 1
    before = _WORD_BEFORE.search(text, line_start, item.start)
    if before is None:
        return False
    if _LOWER_AFTER.match(text, item.end):
        return not _CONJUNCTION_AFTER.match(text, item.end)
    return before.group(1).lower() in _PREPOSITIONS and bool(_END_AFTER.match(text, item.end))


def _repeated_flag(text: str, found: list, flag) -> bool:
    """Whether ``flag`` (a flag opening its line) opens one of three or more lines in a row
    that open with the same flag: a language label opens its version once, the same
    flag before every item of a programme is a bullet ("🇫🇮 klo 10 jumalanpalvelus /
    gudstjänst", "🇫🇮 klo 12 ...")."""
    same = [text.count("\n", 0, e.start) for e in found if e.starts_line and e.flag and e.char == flag.char]
    line = text.count("\n", 0, flag.start)
    i = same.index(line)
    run_start = i
    while run_start > 0 and same[run_start - 1] == same[run_start] - 1:
        run_start -= 1
    run_end = i
    while run_end + 1 < len(same) and same[run_end + 1] == same[run_end] + 1:
        run_end += 1
    return run_end - run_start + 1 >= 3


@rule("accessibility/emoji", severity="info", options={
    "max_emoji": Option(int, 3, minimum=0, maximum=50, help="emoji allowed in one post"),
    "max_run": Option(int, 2, minimum=1, maximum=20, help="emoji allowed next to each other"),
})
def emoji(post, ctx) -> Iterator[Problem]:
    """A run of more than ``max_run`` emoji next to each other (only spaces between; key
    ``run``), emoji used as list bullets (two or more lines in a row starting with an
    emoji; flags as language labels excepted, but not the same flag opening three
    lines in a row; key ``bullets``), and more than
    ``max_emoji`` emoji in the post (key ``too-many``, at the first one over; not reported
    when a run or the bullets already cover the excess), and an emoji in the middle of a
    sentence, where it is read like a word and often stands for one (key
    ``mid-sentence``: a word before it and a small-letter word after it, "Sophämtningen ➡️
    onsdag", or a preposition before it and the sentence end after, "stängt pga 🎄.";
    once per post, not when a run or bullets are reported).

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
    bullets = [e for e in found if e.starts_line and (not e.flag or _repeated_flag(text, found, e))]
    lines = [text.count("\n", 0, e.start) for e in bullets]
    if any(b - a == 1 for a, b in zip(lines, lines[1:])):
        yield Problem(bullets[0].start, bullets[0].end, "bullets", {"emoji": bullets[0].char}, suggestion_key="plain-bullets")
        reported = True
    as_word = next((e for e in found if not e.flag and _as_word(text, e)), None)
    if as_word is not None and not reported:
        yield Problem(as_word.start, as_word.end, "mid-sentence", {"emoji": as_word.char}, suggestion_key="words-not-emoji")
    if len(found) > ctx.options["max_emoji"] and not reported:
        extra = found[ctx.options["max_emoji"]]
        yield Problem(extra.start, found[-1].end, "too-many", {"count": len(found), "max": ctx.options["max_emoji"]})
