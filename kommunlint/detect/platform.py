"""Detector of a post's length as the platform named in front matter counts it.

``platform:`` in front matter (``x``, ``bluesky``, ``threads``, ``instagram``,
``linkedin``, ``facebook``, with aliases such as ``twitter``) selects the limit; the
limits and their source date are data (``detect/data/platforms.yaml``). The published
text is the post without front matter and directive comments, trimmed. Counting:

- ``x``: weighted like X's twitter-text: every link 23, every emoji 2, a character in
  U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F or U+2032–U+2037 1, any other 2;
- ``bluesky``: graphemes (an emoji sequence is one);
- the others: characters (code points).

Instagram also reports the first line when it is longer than the part shown before
"more" (125 characters).

On X, Bluesky and Threads a draft may be a thread: numbered parts "1/N", "2/N", ...
"N/N", each number opening a line, the first opening the text (or closing its first
line: "Så plogar vi – en tråd (1/4)"); or each counter "N/M" closing its part ("...
asukkaille. 1/2", then "... valmistelusta. 2/2"); or, without numbers, the thread sign 🧵
opening the text or closing its first line, the parts being its paragraphs (separated
by a blank line). Each part is published as a post of its own, so each is measured on
its own, and the first part over the limit is the fit reported (the first part when all
fit). A bilingual draft without such marks is one post: both versions count.

Source: issue 12; the platforms' documented limits (see the data file).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import vocabulary

if TYPE_CHECKING:
    from . import Analysis

_X_LIGHT = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))


@dataclass(frozen=True)
class Fit:
    """How the post fits its platform: the ``platform`` (canonical name), the ``length``
    as that platform counts it and its ``limit``; ``over_at`` is the offset (0-based, in
    ``Post.text``) of the first character past the limit, or ``None`` when it fits;
    ``text_end`` the end of the published text; ``first_line`` ``(start, end, length)`` of
    a first line longer than the platform shows before "more", or ``None``."""

    platform: str
    length: int
    limit: int
    over_at: int | None
    text_end: int
    first_line: tuple[int, int, int] | None = None


@lru_cache(maxsize=1)
def _data() -> dict:
    return vocabulary.load("platforms")


def canonical(name: str) -> str | None:
    """The platform's canonical name (``x`` for ``Twitter``), or ``None`` when unknown."""
    key = str(name).strip().lower()
    data = _data()
    key = data["aliases"].get(key, key)
    return key if key in data["limits"] else None


def _weights(text: str, start: int, end: int, platform: str) -> list[tuple[int, int]]:
    """``(offset, weight)`` of each counted unit of ``text[start:end]``."""
    from .emoji import find_emoji
    from .links import find_links

    segment = text[start:end]
    units: list[tuple[int, int]] = []
    spans: dict[int, tuple[int, int]] = {}
    if platform == "x":
        for link in find_links(segment):
            spans[link.start] = (link.end, _data()["x_url_length"])
    for item in find_emoji(segment):
        if item.start not in spans:
            spans[item.start] = (item.end, 2 if platform == "x" else 1)
    i = 0
    while i < len(segment):
        if i in spans:
            stop, weight = spans[i]
            units.append((start + i, weight))
            i = stop
            continue
        char = segment[i]
        if platform == "x":
            code = ord(char)
            weight = 1 if any(lo <= code <= hi for lo, hi in _X_LIGHT) else 2
        elif platform == "bluesky":
            weight = 0 if unicodedata.combining(char) or char in "\u200d\ufe0f" else 1
        else:
            weight = 1
        units.append((start + i, weight))
        i += 1
    return units


def measure(text: str, start: int, end: int, platform: str) -> Fit:
    """How ``text[start:end]`` (the published text) fits ``platform`` (canonical)."""
    limit = _data()["limits"][platform]
    total = 0
    over_at = None
    for offset, weight in _weights(text, start, end, platform):
        total += weight
        if over_at is None and total > limit:
            over_at = offset
    first_line = None
    shown = _data().get("first_line", {}).get(platform)
    if shown:
        line_end = text.find("\n", start, end)
        line_end = end if line_end < 0 else line_end
        length = len(text[start:line_end].rstrip())
        if length > shown:
            first_line = (start, line_end, length)
    return Fit(platform, total, limit, over_at, end, first_line)


#: A thread counter opening a line: "1/3", "(2/3)", "3/3:", or without the total "1/", "2/".
_COUNTER = recache.compile(r"(?m)^[ \t]*\(?(\d{1,2})[ \t]*/(?:[ \t]*(\d{1,2}))?\)?(?=[\s:.)])")


#: The first part's counter closing the first line: "(1/4)", "1/4", "🧵 1/".
_FIRST_COUNTER_CLOSING = recache.compile(r"(?<![\d/])\(?1[ \t]*/(?:[ \t]*(\d{1,2}))?\)?[ \t]*$")


#: A counter "N/M" closing a line ("... asukkaille. 1/2"), the total required: without it a
#: Swedish date at a line's end ("senast 1/2") would read as a counter.
_CLOSING_COUNTER = recache.compile(r"(?m)(?<![\d/])\(?(\d{1,2})[ \t]*/[ \t]*(\d{1,2})\)?[ \t]*$")

#: The thread sign opening the text or closing its first line ("🧵 Valtuusto kokoontuu ...",
#: "KS i dag i korthet 🧵"), optionally with a pointing emoji after it.
_THREAD_SIGN = "\U0001f9f5"


def _closing_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Parts of a thread whose counters close their parts ("... 1/2", then "... 2/2"):
    each part runs from the end of the line holding the previous counter to the end of
    the line holding its own; text after the last counter (a signature) belongs to the
    last part. A counter repeated for the other language continues the same part."""
    counters: list[tuple[int, int, int]] = []  # (number, total, end of its line)
    for match in _CLOSING_COUNTER.finditer(text, start, end):
        number, total = int(match.group(1)), int(match.group(2))
        if counters and counters[-1][0] == number:
            counters[-1] = (number, total, match.end())
            continue
        counters.append((number, total, match.end()))
    if len(counters) < 2 or any(n != i for i, (n, _, _) in enumerate(counters, 1)):
        return []
    if {t for _, t, _ in counters} != {len(counters)}:
        return []
    bounds = [start] + [_next_text(text, e, end) for _, _, e in counters[:-1]]
    ends = [e for _, _, e in counters[:-1]] + [end]
    return [(a, a + len(text[a:b].rstrip())) for a, b in zip(bounds, ends)]


def _next_text(text: str, offset: int, end: int) -> int:
    """The offset of the first non-space character at or after ``offset`` (``end`` if none)."""
    while offset < end and text[offset].isspace():
        offset += 1
    return offset


def _sign_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Parts of a thread announced by the thread sign 🧵 opening the text or closing its
    first line: each paragraph (blocks separated by a blank line) is one post, as a
    thread is drafted. Fewer than two paragraphs: not split (an empty list)."""
    first_line_end = text.find("\n", start, end)
    first_line = text[start : first_line_end if first_line_end >= 0 else end].rstrip()
    if not (first_line.startswith(_THREAD_SIGN) or first_line.rstrip("\U0001f447\u2b07\ufe0f ").endswith(_THREAD_SIGN)):
        return []
    parts: list[tuple[int, int]] = []
    part_start = part_end = None
    offset = start
    for line in text[start:end].split("\n"):  # a blank line closes a paragraph
        stripped = line.strip()
        if stripped:
            line_start = offset + len(line) - len(line.lstrip())
            part_start = line_start if part_start is None else part_start
            part_end = line_start + len(stripped)
        elif part_start is not None:
            parts.append((part_start, part_end))
            part_start = None
        offset += len(line) + 1
    if part_start is not None:
        parts.append((part_start, part_end))
    return parts if len(parts) >= 2 else []


def thread_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The parts ``(start, end)`` of a numbered thread in ``text[start:end]`` (0-based,
    end exclusive, trimmed): counters "1/N" ... "N/N" (or "1/", "2/", ... without the
    total) opening lines, in order, the first at ``start``, 2 to 99 parts. A counter
    repeated on the next line opens the same part's other language ("1/3 Skärgårdsbåten
    ..." then "1/3 Saaristovene ..."): one part holds both. Without such counters, the
    counters closing their parts (:func:`_closing_parts`) or the thread sign 🧵 with
    paragraphs (:func:`_sign_parts`). An empty list when the text is no such thread."""
    counters = []
    # The first part's counter may close its line instead ("Så plogar vi – en tråd (1/4)"
    # then "2/4 ..."): the text's start opens part 1.
    first_line_end = text.find("\n", start, end)
    closing = _FIRST_COUNTER_CLOSING.search(text, start, first_line_end if first_line_end >= 0 else end)
    if closing is not None:
        counters.append(((1, closing.group(1) and int(closing.group(1))), None))
    for match in _COUNTER.finditer(text, start, end):
        number = (int(match.group(1)), match.group(2) and int(match.group(2)))
        if counters and number == counters[-1][0]:
            continue  # the same part in the other language
        counters.append((number, match))
    if len(counters) < 2:
        return _closing_parts(text, start, end) or _sign_parts(text, start, end)
    totals = {total for (_, total), _ in counters}
    if len(totals) != 1 or any(number != i for i, ((number, _), _) in enumerate(counters, 1)):
        return []
    (total,) = totals
    if total is not None and total != len(counters):
        return []
    bounds = [start if m is None else m.start() + len(m.group()) - len(m.group().lstrip()) for _, m in counters]
    if bounds[0] != start:
        return []
    return [(a, a + len(text[a:b].rstrip())) for a, b in zip(bounds, [*bounds[1:], end])]


def detect(analysis: "Analysis") -> Fit | None:
    """The post's fit to the platform in its front matter, or ``None`` (no or unknown platform)."""
    post = analysis.post
    name = post.meta.get("platform")
    platform = canonical(name) if name else None
    if platform is None:
        return None
    text = post.text
    body = re.search(r"\S", text[post.body_start :])
    if body is None:
        return None
    start = post.body_start + body.start()
    end = len(text.rstrip())
    if platform in _data().get("threads", ()):
        parts = thread_parts(text, start, end)
        if parts:
            fits = [measure(text, a, b, platform) for a, b in parts]
            return next((fit for fit in fits if fit.over_at is not None), fits[0])
    return measure(text, start, end, platform)
