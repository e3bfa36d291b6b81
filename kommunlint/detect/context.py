"""Small text helpers the detectors share: URL spans, windows before and after a span,
word lookups, the sentence holding an offset.

Offsets are 0-based code points into ``Post.text``, end exclusive. The word lists are
data (``detect/data/context_words.yaml``).
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from .. import recache
from . import vocabulary

#: Weekday abbreviations, Swedish and Finnish, and the weekday (1 = Monday) each names.
#: Not "on": Finnish for "is" ("Kokous on 12.5."), see TIMETABLE_ONLY.
WEEKDAY_ABBREVIATIONS = {
    **dict.fromkeys(("må", "mån", "ma"), 1), **dict.fromkeys(("ti", "tis"), 2),
    **dict.fromkeys(("ons", "ke"), 3), **dict.fromkeys(("to", "tor", "tors"), 4),
    **dict.fromkeys(("fr", "fre", "pe"), 5), **dict.fromkeys(("lö", "lör", "la"), 6),
    **dict.fromkeys(("sö", "sön", "su"), 7),
}
#: "On" is the Swedish abbreviation of onsdag only as a timetable row: capitalised at
#: the start of a line, before a time range ("On 15–20"); anywhere else it is the
#: Finnish "on", never a weekday.
TIMETABLE_ONLY = {"on": 3}
#: Every weekday abbreviation, "on" included, as a case-insensitive alternation (longest
#: first): what may lead a programme or timetable line ("ke/on 3.2.", "la/lö 6.2.").
WEEKDAY_ABBREVIATION = "(?i:" + "|".join(sorted([*WEEKDAY_ABBREVIATIONS, *TIMETABLE_ONLY], key=len, reverse=True)) + ")"

if TYPE_CHECKING:
    from ..post import Post

# Left-anchored at a word start so that a long token is not rescanned from every offset.
_URL = recache.compile(r"(?<![\w.-])(?:(?:https?://|www\.)\S+|[\w-]+(?:\.[\w-]+)*\.(?:se|fi|com|net|org|nu|eu)/\S*)", re.I)
_EMAIL = recache.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def find_urls(text: str) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses in ``text`` (digits there are no ids or phones), sorted."""
    spans = [m.span() for m in _URL.finditer(text)]
    spans.extend(m.span() for m in _EMAIL.finditer(text))
    return sorted(spans)


class _SpanIndex:
    """Starts and running maximum of ends of the sorted beginning of a list of spans,
    grown as the list is appended to in order (``sorted`` turns False, for good, at
    the first span out of order: it and the spans after it are not indexed)."""

    __slots__ = ("spans", "last", "starts", "max_ends", "sorted")

    def __init__(self, spans: list) -> None:
        self.spans, self.last = spans, None
        self.starts: list[int] = []
        self.max_ends: list[int] = []
        self.sorted = True
        self.extend()

    def extend(self) -> None:
        for span in self.spans[len(self.starts) :]:
            if self.starts and span[0] < self.starts[-1]:
                self.sorted = False
                break
            self.starts.append(span[0])
            self.max_ends.append(max(span[1], self.max_ends[-1]) if self.max_ends else span[1])
        self.last = self.spans[len(self.starts) - 1] if self.starts else None

    def current(self, spans: list) -> bool:
        """True when ``spans`` is the indexed list, at most appended to since."""
        n = len(self.starts)
        return spans is self.spans and len(spans) >= n and (n == 0 or spans[n - 1] is self.last)


#: A few span lists asked about last (``id -> index``): the post's URLs, a detector's
#: spans taken so far.
_SPAN_INDEXES: dict[int, _SpanIndex] = {}
#: Lists asked about once (``id -> list``): the second question indexes them.
_SEEN_ONCE: dict[int, list] = {}
#: Below this many spans a plain scan is as fast as the index.
_INDEX_FROM = 32


def overlaps(start: int, end: int, spans: list[tuple[int, int]] | list[tuple[int, int, Any]]) -> bool:
    """True when ``[start, end)`` overlaps any ``(start, end, ...)`` span.

    Logarithmic for a long list sorted by start (the post's URLs, spans collected in
    order): a binary search for the spans starting before ``end`` and the largest end
    among them, indexed once per list and extended as the list grows. Spans appended
    out of order after the sorted part, and a short list, are scanned. A list must
    only be appended to while it is being asked about (build a new one otherwise).
    """
    if len(spans) < _INDEX_FROM or not isinstance(spans, list):
        return any(s[0] < end and start < s[1] for s in spans)
    index = _SPAN_INDEXES.get(id(spans))
    if index is None or not index.current(spans):
        # Indexed when asked about a second time: a list built for one question is scanned.
        if _SEEN_ONCE.get(id(spans)) is not spans:
            if len(_SEEN_ONCE) >= 8:
                _SEEN_ONCE.pop(next(iter(_SEEN_ONCE)))
            _SEEN_ONCE[id(spans)] = spans
            return any(s[0] < end and start < s[1] for s in spans)
        del _SEEN_ONCE[id(spans)]
        if len(_SPAN_INDEXES) >= 8:
            _SPAN_INDEXES.pop(next(iter(_SPAN_INDEXES)))
        index = _SPAN_INDEXES[id(spans)] = _SpanIndex(spans)
    elif len(spans) > len(index.starts) and index.sorted:
        index.extend()
    before = bisect.bisect_left(index.starts, end)  # of the indexed spans, these start before ``end``
    if before > 0 and index.max_ends[before - 1] > start:
        return True
    # Spans appended out of order (a second pass over the text) are scanned.
    return any(s[0] < end and start < s[1] for s in spans[len(index.starts) :])


def before(text: str, start: int, chars: int = 40) -> str:
    """Lower-cased text of the same line before ``start`` (at most ``chars`` characters)."""
    line_start = text.rfind("\n", max(0, start - chars), start) + 1
    return text[max(line_start, start - chars) : start].lower()


def after(text: str, end: int, chars: int = 40) -> str:
    """Lower-cased text of the same line after ``end`` (at most ``chars`` characters)."""
    line_end = text.find("\n", end, end + chars)
    line_end = end + chars if line_end < 0 else line_end
    return text[end : min(line_end, len(text))].lower()


#: Characters of context a detector looks at before and after a name or number on its
#: line (about 60 words): a cue further away is not its context, and a bounded window
#: keeps a line of thousands of names or numbers linear (issue 14).
LOOK = 400


def window_before(text: str, line_start: int, start: int) -> str:
    """``text[line_start:start]``, or when longer than :data:`LOOK` its last ``LOOK``
    characters from a space, led by ``"x"``: a pattern anchored at the line or clause
    start (``^``) does not match at the cut, and the first whole word still follows a space."""
    if start - line_start <= LOOK:
        return text[line_start:start]
    cut = text.find(" ", start - LOOK, start)
    return "x" + text[start - LOOK if cut < 0 else cut : start]


def window_after(text: str, end: int, line_end: int) -> str:
    """``text[end:line_end]``, at most :data:`LOOK` characters of it."""
    return text[end : min(line_end, end + LOOK)]


#: Texts at least this long get an index of their line breaks (:func:`line_at`).
_INDEXED_FROM = 4096
#: ``id(text) -> (text, newline offsets)`` for the few long texts asked about last.
_NEWLINES: dict[int, tuple[str, list[int]]] = {}


def _newlines(text: str) -> list[int]:
    entry = _NEWLINES.get(id(text))
    if entry is None or entry[0] is not text:
        if len(_NEWLINES) >= 4:
            _NEWLINES.pop(next(iter(_NEWLINES)))
        breaks: list[int] = []
        i = text.find("\n")
        while i >= 0:
            breaks.append(i)
            i = text.find("\n", i + 1)
        entry = _NEWLINES[id(text)] = (text, breaks)
    return entry[1]


def line_at(text: str, offset: int) -> tuple[int, int]:
    """``(start, end)`` of the line holding ``offset``, without its newline.

    Constant time in the line's length for a long text (a binary search over its line
    breaks, indexed once), so that a detector asking for every number's line of a
    single huge line stays linear.
    """
    if len(text) < _INDEXED_FROM:
        start = text.rfind("\n", 0, offset) + 1
        end = text.find("\n", offset)
        return start, len(text) if end < 0 else end
    breaks = _newlines(text)
    i = bisect.bisect_left(breaks, offset)
    return (breaks[i - 1] + 1 if i else 0), (breaks[i] if i < len(breaks) else len(text))


@lru_cache(maxsize=None)
def _word_start_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return recache.compile(r"(?<!\w)(?:" + vocabulary.alternation(words) + ")")


def has_word(window: str, words: tuple[str, ...]) -> bool:
    """True when ``window`` (lower case) contains one of ``words`` at a word start."""
    return bool(_word_start_pattern(words).search(window))


def _last_word_end(window: str, words: tuple[str, ...]) -> int:
    """End of the last of ``words`` in ``window`` (at a word start), or -1."""
    found = -1
    for match in _word_start_pattern(words).finditer(window):
        found = match.end()
    return found


def marked_as_other_number(text: str, start: int, end: int) -> bool:
    """True when the words just before the number (same line) call it an invoice/OCR
    reference, an organisation id, a Y-tunnus or a case number, and no word for a
    personal id stands between them and the number ("Ditt kundnummer är kopplat till
    personnummer 19770128-2381": the nearer word says what the number is)."""
    window = before(text, start, 45)
    other = _last_word_end(window, vocabulary.words("context_words", "other_number"))
    return other >= 0 and _last_word_end(window, vocabulary.words("context_words", "id")) < other


def marked_as_id(text: str, start: int) -> bool:
    """True when the words just before ``start`` call the number a personal id."""
    return has_word(before(text, start, 45), vocabulary.words("context_words", "id"))


def sentence_index(post: "Post", offset: int) -> int | None:
    """Index in ``post.sentences`` of the sentence holding ``offset``, or ``None``.

    Binary search over the post's sentences: O(log n) per call (for a caller that also
    needs the sentence before or after).
    """
    i = bisect.bisect_right(post.sentence_starts, offset) - 1
    if i >= 0 and post.sentences[i].start <= offset < post.sentences[i].end:
        return i
    return None


def sentence_at(post: "Post", offset: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence holding ``offset`` (the whole line when none does).

    Binary search over the post's sentences: O(log n) per call.
    """
    i = sentence_index(post, offset)
    if i is not None:
        return post.sentences[i].start, post.sentences[i].end
    return line_at(post.text, offset)


def paragraph_at(post: "Post", offset: int) -> tuple[int, int]:
    """``(start, end)`` of the paragraph holding ``offset`` (its sentence, or line, when
    none does). Binary search over the post's paragraphs: O(log n) per call."""
    paragraphs = post.paragraphs
    i = bisect.bisect_right(post.paragraph_starts, offset) - 1
    if i >= 0 and paragraphs[i].start <= offset < paragraphs[i].end:
        return paragraphs[i].start, paragraphs[i].end
    return sentence_at(post, offset)


@lru_cache(maxsize=None)
def contact_words(key: str) -> re.Pattern[str]:
    """The word list ``key`` of ``contact.yaml`` as one compiled, case-insensitive pattern
    (longest first, from a word start; ``service`` stems inside compounds;
    ``further_info_labels`` as a clause's opening label). Shared by the phone and
    special-category detectors ("ditt nummer", "hemnumret" from ``private``)."""
    words = vocabulary.words("contact", key)
    if key == "further_info_labels":
        alternation = vocabulary.alternation(words)
        label = rf"(?:{alternation})"
        # At the start of the clause, possibly in both languages ("Lisätietoja / Mer
        # information:"), then a colon or a verb of giving ("Närmare uppgifter ger").
        return recache.compile(
            rf"(?i)^[\W\d]*{label}(?:\s*/\s*{label})*(?:\s*:|\s+(?:ger|ges av|lämnar|lämnas av|antaa|antavat|besvaras av|av)(?!\w))"
        )
    alternation = "|".join(sorted(words, key=len, reverse=True))
    if key == "service":  # stems inside compounds: "idrottsbyrån", "Satamakonttori"
        return recache.compile(rf"(?i)(?:{alternation})")
    return recache.compile(rf"(?i)(?<!\w)(?:{alternation})")
