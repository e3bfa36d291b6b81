"""Detector of readability: LIX per paragraph for Swedish, and a comparable measure for Finnish.

**LIX** (läsbarhetsindex, C.-H. Björnsson, *Läsbarhet*, 1968) is the average number of
words per sentence plus the percentage of long words (more than six letters)::

    LIX = words / sentences + 100 × long_words / words

Words are runs of letters and digits (a hyphen or an apostrophe inside a word keeps it
one word; its letters are counted without the hyphen, as textstat does). Sentences are
the post's sentences (:mod:`kommunlint.segment`): ``. ! ? …`` before a capital, or a line
break; "kl." and the like do not end one. The usual bands (Björnsson; lix.se): under 30
*mycket lätt*, 30–40 *lätt*, 40–50 *medelsvår* (newspaper text), 50–60 *svår* (official
documents), 60 and over *mycket svår* (bureaucratic Swedish).

**Finnish** words are longer (case endings and compounds), so a Finnish text gets a far
higher LIX than the same content in Swedish. The comparable measure (``lix-fi``) keeps
LIX's two parts, sentence length and long-word share, and counts a Finnish word as long
when it has more than ``FI_LONG`` (= 8) letters; the same bands apply. The threshold
was calibrated on the parallel Swedish and Finnish versions of the bilingual posts in
``benchmarks/data/`` (``benchmarks/readability_calibration.py``: 50 posts; with 8 the Finnish
values lie closest to the Swedish LIX, mean absolute difference 10.3, mean -2.0). This follows the Finnish
readability tradition of measuring sentence length in words and word length in letters
(Kotus, "Ymmärrettävyyttä etsimässä", Hyvää virkakieltä); the threshold itself is ours.

Source: Hangö's memory list "Använd ett gott allmänspråk – glöm högtravande och tungt
tjänstemannaspråk"; Vimmerby "lätt och ledigt språk"; språklagen (2009:600) 11 §;
hallintolaki (434/2003) 9 §.
"""

from __future__ import annotations

import bisect

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Analysis

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
#: A Swedish word is long with more than this many letters (Björnsson).
SV_LONG = 6
#: A Finnish word is long with more than this many letters (calibrated, see above).
FI_LONG = 8
#: (upper bound exclusive, band) from easiest to hardest.
BANDS: tuple[tuple[float, str], ...] = (
    (30, "very-easy"), (40, "easy"), (50, "medium"), (60, "difficult"), (float("inf"), "very-difficult"))


@dataclass(frozen=True)
class Readability:
    """One paragraph's measure: 0-based ``start``/``end`` (end exclusive), ``lang``
    (``sv`` or ``fi``), counts of ``words``, ``sentences`` and ``long_words``, the
    ``value`` (LIX, or its Finnish counterpart) and its ``band``."""

    start: int
    end: int
    lang: str
    words: int
    sentences: int
    long_words: int
    value: float
    band: str


def band(value: float) -> str:
    """The band of a LIX value: ``very-easy`` (< 30) ... ``very-difficult`` (≥ 60)."""
    return next(name for upper, name in BANDS if value < upper)


def word_list(text: str) -> list[str]:
    """The words of ``text`` (runs of letters and digits; inner hyphens kept)."""
    return _WORD.findall(text)


def counts(text: str, sentences: int, long_after: int = SV_LONG) -> tuple[int, int]:
    """``(words, long_words)`` of ``text``; a word is long with more than ``long_after``
    letters or digits (hyphens and apostrophes not counted)."""
    words = word_list(text)
    return len(words), sum(1 for w in words if len(re.sub(r"[-'’]", "", w)) > long_after)


def lix_value(words: int, sentences: int, long_words: int) -> float:
    """LIX from counts: ``words / sentences + 100 * long_words / words`` (0 for no words)."""
    if not words or not sentences:
        return 0.0
    return words / sentences + 100 * long_words / words


def lix(text: str, long_after: int = SV_LONG) -> float:
    """LIX of ``text``, sentences split as kommunlint splits a post."""
    from ..segment import sentences

    n_sentences = sum(1 for s in sentences(text) if word_list(s.text))
    words, long_words = counts(text, n_sentences, long_after)
    return lix_value(words, n_sentences, long_words)


def detect(analysis: "Analysis") -> list[Readability]:
    """The measure of every Swedish or Finnish paragraph, in order.

    A paragraph's language is the language most of its words are in (the sentences'
    languages from :mod:`.language`); a bilingual paragraph is measured per language
    part. Paragraphs in other languages are left out.
    """
    post = analysis.post
    candidates = tuple(lang for lang in ("sv", "fi") if lang in (analysis.profile.languages or ("sv", "fi"))) or ("sv", "fi")
    found = []
    starts = post.sentence_starts
    for paragraph in post.paragraphs:
        parts: dict[str, list] = {}
        # The paragraph's sentences by binary search (a scan of all was quadratic).
        lo, hi = bisect.bisect_left(starts, paragraph.start), bisect.bisect_left(starts, paragraph.end)
        for sentence in post.sentences[lo:hi]:
            if paragraph.start <= sentence.start < paragraph.end and word_list(sentence.text):
                # A Swedish-only profile needs no language identification per sentence.
                lang = "sv" if candidates == ("sv",) else analysis.language_at(sentence.start, candidates + ("en",))
                if lang in ("sv", "fi"):
                    parts.setdefault(lang, []).append(sentence)
        for lang, sentences in parts.items():
            text = "\n".join(s.text for s in sentences)
            words, long_words = counts(text, len(sentences), SV_LONG if lang == "sv" else FI_LONG)
            value = lix_value(words, len(sentences), long_words)
            found.append(Readability(sentences[0].start, sentences[-1].end, lang, words, len(sentences), long_words, round(value, 1), band(value)))
    return found
