"""One pass over the words of a post, shared by the detectors (issue 15).

The offensive matcher, language identification, the facts of the bilingual comparison
and the special-category terms each found the words of a sentence with their own
regular expression and lower-cased each word again: four passes over the same text per
post, and the same lower-casing four times. :class:`Words` finds the words of a whole
text once -- runs of letters (``[^\\W\\d_]+``), the unit every one of those detectors
builds on -- with their offsets, lower-cased forms, the sentence and the line each
stands in, and answers the questions they ask of a slice (a sentence, a paragraph, a
language piece) by binary search instead of a new scan:

- :meth:`Words.within`: the words of ``text[lo:hi]`` as a regular expression finds
  them in that slice (a word crossing the slice's edge is cut there, as it is in the
  slice);
- :meth:`Words.joined`: the same words joined over one hyphen or apostrophe
  (``[^\\W\\d_]+(?:[-'’][^\\W\\d_]+)*``, "Jakobstad-Pietarsaari", "ITS'"), the
  language-identification and facts tokens;
- :meth:`Words.before` / :meth:`Words.after`: the words just before an offset or
  the first at or after one (the offensive matcher's context look-ups).

:attr:`kommunlint.detect.Analysis.words` holds the post's :class:`Words` (no detector
reads it yet: round 10 measured all their own word scans at 4.4 % of a run, see the
README's speed section; a detector given only a piece of text builds ``Words(text)``).

Offsets are 0-based code points into the text, end exclusive; lines and sentences are
counted as :class:`~kommunlint.post.Post` counts them (lines 1-based, sentences
0-based indexes into ``Post.sentences``).
"""

from __future__ import annotations

import bisect
from array import array
from typing import TYPE_CHECKING, Iterator, Sequence

from .. import recache

if TYPE_CHECKING:
    from ..post import Post

_LETTERS = recache.compile(r"[^\W\d_]+")
#: Characters that join two letter runs into one token for :meth:`Words.joined`.
JOINERS = "-'’"


class Words:
    """The letter runs of ``text`` found once, with their lower-cased forms.

    Attributes:
        text: the text the offsets refer to.
        starts, ends: ``array('l')`` of each word's 0-based start and exclusive end, in
            text order.
        lower: each word lower-cased (``str.lower`` of the word alone, so the same
            string a detector got from ``match.group().lower()``).

    Args:
        text: any text (a post's published text, a sentence).
        sentence_starts: start offsets of the text's sentences, sorted (``Post.sentence_starts``);
            without them :meth:`sentence_of` raises ``ValueError``.
        line_starts: start offsets of the text's lines, sorted, the first 0
            (``Post._line_starts``); without them the lines are found in ``text``.
    """

    __slots__ = ("text", "starts", "ends", "lower", "_sentence_starts", "_line_starts", "_sentence", "_line", "_joined")

    def __init__(self, text: str, sentence_starts: Sequence[int] | None = None, line_starts: Sequence[int] | None = None) -> None:
        self.text = text
        starts, ends, words = array("l"), array("l"), []
        for match in _LETTERS.finditer(text):
            start, end = match.span()
            starts.append(start)
            ends.append(end)
            words.append(match.group())
        # One lower() of the whole text, sliced per word, when that gives each word's own
        # lower(): not when lower-casing changes a length ("İ") or depends on what
        # surrounds the word (a capital sigma lower-cases by whether a letter follows).
        low = text.lower()
        if len(low) == len(text) and "Σ" not in text:
            self.lower = [low[s:e] for s, e in zip(starts, ends)]
        else:
            self.lower = [w.lower() for w in words]
        self.starts, self.ends = starts, ends
        self._sentence_starts = sentence_starts
        self._line_starts = line_starts
        self._sentence: array | None = None
        self._line: array | None = None
        self._joined: tuple[array, array] | None = None

    def __len__(self) -> int:
        return len(self.starts)

    def word(self, i: int) -> str:
        """The ``i``-th word as written."""
        return self.text[self.starts[i] : self.ends[i]]

    # -- slices ---------------------------------------------------------------------------
    def span(self, lo: int, hi: int) -> tuple[int, int]:
        """``(i, j)``: the words ``i`` to ``j - 1`` are those that overlap ``[lo, hi)``."""
        if hi <= lo:
            return 0, 0
        return bisect.bisect_right(self.ends, lo), bisect.bisect_left(self.starts, hi)

    def within(self, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
        """``(start, end, lower)`` of the words of ``text[lo:hi]`` (offsets into the whole
        text): exactly the runs ``[^\\W\\d_]+`` finds in the slice, so a word crossing an
        edge is cut there."""
        if hi is None:
            hi = len(self.text)
        i, j = self.span(lo, hi)
        out = []
        for k in range(i, j):
            start, end = self.starts[k], self.ends[k]
            if start < lo or end > hi:  # cut by the slice, as the slice's own scan cuts it
                start, end = max(start, lo), min(end, hi)
                out.append((start, end, self.text[start:end].lower()))
            else:
                out.append((start, end, self.lower[k]))
        return out

    def joined(self, lo: int = 0, hi: int | None = None, joiners: str = JOINERS) -> list[tuple[int, int]]:
        """``(start, end)`` of the tokens ``[^\\W\\d_]+(?:[J][^\\W\\d_]+)*`` of
        ``text[lo:hi]`` (``J`` any of ``joiners``: one joining character between two
        letter runs), offsets into the whole text; as the pattern finds them in the slice."""
        if hi is None:
            hi = len(self.text)
        text = self.text
        out: list[tuple[int, int]] = []
        i, j = self.span(lo, hi)
        k = i
        while k < j:
            start, end = max(self.starts[k], lo), min(self.ends[k], hi)
            while k + 1 < j and self.starts[k + 1] == end + 1 and text[end] in joiners and self.ends[k] <= hi:
                k += 1
                end = min(self.ends[k], hi)
            out.append((start, end))
            k += 1
        return out

    def before(self, offset: int, n: int) -> list[str]:
        """The lower-cased forms of the last ``n`` words starting before ``offset``."""
        i = bisect.bisect_left(self.starts, offset)
        return self.lower[max(0, i - n) : i]

    def after(self, offset: int) -> str | None:
        """The lower-cased form of the first word starting at or after ``offset``, or ``None``."""
        i = bisect.bisect_left(self.starts, offset)
        return self.lower[i] if i < len(self.starts) else None

    def index_at(self, offset: int) -> int | None:
        """The index of the word holding ``offset`` (``start <= offset < end``), or ``None``."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.ends[i] else None

    # -- sentences and lines --------------------------------------------------------------
    def sentence_of(self, i: int) -> int:
        """The 0-based index of the sentence word ``i`` starts in (the last sentence
        starting at or before it; -1 before the first). Raises ``ValueError`` without
        sentence starts."""
        if self._sentence is None:
            if self._sentence_starts is None:
                raise ValueError("Words built without sentence starts")
            self._sentence = _positions(self.starts, self._sentence_starts)
        return self._sentence[i]

    def line_of(self, i: int) -> int:
        """The 1-based line word ``i`` starts on."""
        if self._line is None:
            if self._line_starts is None:
                text, starts, at = self.text, [0], self.text.find("\n")
                while at >= 0:
                    starts.append(at + 1)
                    at = text.find("\n", at + 1)
                self._line_starts = starts
            self._line = _positions(self.starts, self._line_starts)
            for k in range(len(self._line)):
                self._line[k] += 1
        return self._line[i]

    def in_sentence(self, index: int) -> Iterator[int]:
        """Indexes of the words starting in the 0-based sentence ``index``."""
        if self._sentence_starts is None:
            raise ValueError("Words built without sentence starts")
        lo = self._sentence_starts[index]
        hi = self._sentence_starts[index + 1] if index + 1 < len(self._sentence_starts) else len(self.text) + 1
        return iter(range(bisect.bisect_left(self.starts, lo), bisect.bisect_left(self.starts, hi)))


def _positions(word_starts: array, block_starts: Sequence[int]) -> array:
    """For each word start, the index of the last block starting at or before it (-1
    before the first): one merge of two sorted lists."""
    out = array("l", [0]) * len(word_starts)
    b, last = -1, len(block_starts) - 1
    for k, start in enumerate(word_starts):
        while b < last and block_starts[b + 1] <= start:
            b += 1
        out[k] = b
    return out


def for_post(post: "Post") -> Words:
    """The :class:`Words` of ``post.text`` with its sentences and lines."""
    return Words(post.text, post.sentence_starts, post._line_starts)
