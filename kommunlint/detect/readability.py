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

**Where the measure means something.** LIX is a property of running text. A post's
headings, lists, contact blocks, addresses, times and bilingual "sv / fi" lines are no
running text (a heading has no sentence end, so every line counts as one short
"sentence" and its compound nouns as long words), so only *prose lines* are measured: a
line that ends a sentence (``. ! ? … : ;``) or has at least ``PROSE_WORDS`` (12) words,
and is not a list item (``•``, ``-``, ``1.``), not a parallel "Svenska / Suomi" line and
not a line of links, e-mail addresses or phone numbers. A label before a colon at the
start of a line ("Biblioteken: Från och med ...") is left out, and so are URLs and e-mail
addresses inside a sentence. Each measured part also carries its ``spread``: the sampling
error of its long-word share, ``100 × sqrt(p(1 − p) / words)`` LIX points (a binomial
proportion's standard error). On a 20-word paragraph it is about 11 points, more than a
band, so a short paragraph is reported only when it is clearly hard (the rule's
``margin`` option).

Source: Hangö's memory list "Använd ett gott allmänspråk – glöm högtravande och tungt
tjänstemannaspråk"; Vimmerby "lätt och ledigt språk"; språklagen (2009:600) 11 §;
hallintolaki (434/2003) 9 §.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import recache

if TYPE_CHECKING:
    from . import Analysis

_WORD = recache.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
#: A line without a sentence end is prose only with at least this many words.
PROSE_WORDS = 12
_LIST_ITEM = recache.compile(r"^\s*(?:[•·▪‣◦*+\-–—→►✓✔☐]|\d{1,2}[.)]\s)")
_PARALLEL = recache.compile(r"\S\s+/\s+\S|\S/\S{1,40}:")
_LABEL = recache.compile(r"^\s*[^\s:.!?]+(?:\s+[^\s:.!?]+){0,2}:\s+(?=[A-ZÅÄÖ0-9])")
_PHONE = recache.compile(r"(?:\+\d{2,3}|\b0)\d{1,3}(?:[ -]?\d{2,4}){2,4}\b")
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
    ``value`` (LIX, or its Finnish counterpart), its ``band`` and its ``spread`` (the
    sampling error of the long-word share, in LIX points)."""

    start: int
    end: int
    lang: str
    words: int
    sentences: int
    long_words: int
    value: float
    band: str
    spread: float = 0.0


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
    # the letters without hyphens and apostrophes: their count taken off (no regex per word)
    return len(words), sum(1 for w in words if len(w) - w.count("-") - w.count("'") - w.count("’") > long_after)


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


def spread(words: int, long_words: int) -> float:
    """The standard error of the long-word share in LIX points: ``100 * sqrt(p * (1 - p)
    / words)`` with ``p = long_words / words`` (0 for no words)."""
    if not words:
        return 0.0
    share = long_words / words
    return 100 * (share * (1 - share) / words) ** 0.5


def blank_links(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` with each ``(start, end)`` span (URLs and e-mail addresses, as
    :func:`kommunlint.detect.context.find_urls` finds them) and each phone number replaced
    by spaces: offsets stay, and no word of them is counted."""
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return _PHONE.sub(lambda m: " " * len(m.group()), "".join(chars))


def prose_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` (0-based, end exclusive) of the lines of ``text`` that are running
    prose, each without a leading "Label:" (see the module docstring). Pass the text with
    its links blanked (:func:`blank_links`): a line of links is then no prose."""
    found = []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        stripped = line.strip()
        if not stripped or _LIST_ITEM.match(line) or _PARALLEL.search(line):
            continue
        words = word_list(stripped)
        if len(words) < 3 or (stripped[-1] not in ".!?…:;" and len(words) < PROSE_WORDS):
            continue
        label = _LABEL.match(line)
        found.append((start + (label.end() if label else 0), end))
    return found


def detect(analysis: "Analysis") -> list[Readability]:
    """The measure of every Swedish or Finnish paragraph's prose, in order.

    A paragraph's language is the language most of its words are in (the sentences'
    languages from :mod:`.language`); a bilingual paragraph is measured per language
    part. Only prose lines are measured (:func:`prose_lines`); paragraphs in other
    languages are left out.
    """
    post = analysis.post
    text = blank_links(post.text, analysis.urls)
    candidates = tuple(lang for lang in ("sv", "fi") if lang in (analysis.profile.languages or ("sv", "fi"))) or ("sv", "fi")
    prose = prose_lines(text)
    prose_ends = [end for _, end in prose]  # sorted: lines in order, disjoint
    found = []
    starts = post.sentence_starts
    for paragraph in post.paragraphs:
        parts: dict[str, list[tuple[int, int]]] = {}
        # The paragraph's sentences by binary search (a scan of all was quadratic).
        lo, hi = bisect.bisect_left(starts, paragraph.start), bisect.bisect_left(starts, paragraph.end)
        for sentence in post.sentences[lo:hi]:
            # The first prose line ending after the sentence starts, by binary search.
            i = bisect.bisect_right(prose_ends, sentence.start)
            if i == len(prose) or prose[i][0] > sentence.end:
                continue
            line = prose[i]
            start, end = max(sentence.start, line[0]), min(sentence.end, line[1])
            if not word_list(text[start:end]):
                continue
            # A Swedish-only profile needs no language identification per sentence.
            lang = "sv" if candidates == ("sv",) else analysis.language_at(sentence.start, candidates + ("en",))
            if lang in ("sv", "fi"):
                parts.setdefault(lang, []).append((start, end))
        for lang, spans in parts.items():
            measured = "\n".join(text[s:e] for s, e in spans)
            words, long_words = counts(measured, len(spans), SV_LONG if lang == "sv" else FI_LONG)
            value = lix_value(words, len(spans), long_words)
            found.append(Readability(spans[0][0], spans[-1][1], lang, words, len(spans), long_words, round(value, 1),
                                     band(value), round(spread(words, long_words), 1)))
    return found
