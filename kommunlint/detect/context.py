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


def overlaps(start: int, end: int, spans: list[tuple[int, int]] | list[tuple[int, int, Any]]) -> bool:
    """True when ``[start, end)`` overlaps any ``(start, end, ...)`` span."""
    return any(s[0] < end and start < s[1] for s in spans)


def before(text: str, start: int, chars: int = 40) -> str:
    """Lower-cased text of the same line before ``start`` (at most ``chars`` characters)."""
    line_start = text.rfind("\n", max(0, start - chars), start) + 1
    return text[max(line_start, start - chars) : start].lower()


def after(text: str, end: int, chars: int = 40) -> str:
    """Lower-cased text of the same line after ``end`` (at most ``chars`` characters)."""
    line_end = text.find("\n", end, end + chars)
    line_end = end + chars if line_end < 0 else line_end
    return text[end : min(line_end, len(text))].lower()


def line_at(text: str, offset: int) -> tuple[int, int]:
    """``(start, end)`` of the line holding ``offset``, without its newline."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


@lru_cache(maxsize=None)
def _word_start_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return recache.compile(r"(?<!\w)(?:" + vocabulary.alternation(words) + ")")


def has_word(window: str, words: tuple[str, ...]) -> bool:
    """True when ``window`` (lower case) contains one of ``words`` at a word start."""
    return bool(_word_start_pattern(words).search(window))


def marked_as_other_number(text: str, start: int, end: int) -> bool:
    """True when the words just before the number (same line) call it an invoice/OCR
    reference, an organisation id, a Y-tunnus or a case number."""
    return has_word(before(text, start, 45), vocabulary.words("context_words", "other_number"))


def marked_as_id(text: str, start: int) -> bool:
    """True when the words just before ``start`` call the number a personal id."""
    return has_word(before(text, start, 45), vocabulary.words("context_words", "id"))


def sentence_at(post: "Post", offset: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence holding ``offset`` (the whole line when none does).

    Binary search over the post's sentences: O(log n) per call.
    """
    sentences = post.sentences
    starts = post.sentence_starts
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i].start, sentences[i].end
    return line_at(post.text, offset)


def paragraph_at(post: "Post", offset: int) -> tuple[int, int]:
    """``(start, end)`` of the paragraph holding ``offset`` (its sentence, or line, when
    none does). Binary search over the post's paragraphs: O(log n) per call."""
    paragraphs = post.paragraphs
    i = bisect.bisect_right(post.paragraph_starts, offset) - 1
    if i >= 0 and paragraphs[i].start <= offset < paragraphs[i].end:
        return paragraphs[i].start, paragraphs[i].end
    return sentence_at(post, offset)
