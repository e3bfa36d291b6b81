"""The post's words found once (kommunlint/detect/tokens.py): every slice answers what
the detectors' own regular expressions find in that slice, on every benchmark text,
fixture and example and on hand-made edge cases (a word cut by a slice, hyphens and
apostrophes, the Turkish dotted capital, a capital sigma)."""

from __future__ import annotations

import random
import re

import pytest

from kommunlint.detect import Analysis, tokens
from kommunlint.post import parse_post
from kommunlint.profile import load_profile
from kommunlint.segment import sentences

from test_indexed import _texts

LETTERS = re.compile(r"[^\W\d_]+")
JOINED = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
HYPHENED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
TEXTS = _texts()


def _within(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(lo + m.start(), lo + m.end(), m.group().lower()) for m in LETTERS.finditer(text[lo:hi])]


def _joined(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(lo + m.start(), lo + m.end()) for m in pattern.finditer(text[lo:hi])]


def _check(text: str, rng: random.Random) -> None:
    words = tokens.Words(text)
    slices = [(0, len(text))] + [(s.start, s.end) for s in sentences(text)]
    slices += [tuple(sorted((rng.randrange(len(text) + 1), rng.randrange(len(text) + 1)))) for _ in range(3)]
    for lo, hi in slices:
        assert words.within(lo, hi) == _within(text, lo, hi), (text[:120], lo, hi)
        assert words.joined(lo, hi) == _joined(JOINED, text, lo, hi), (text[:120], lo, hi)
        assert words.joined(lo, hi, "-") == _joined(HYPHENED, text, lo, hi), (text[:120], lo, hi)


def test_every_benchmark_text_fixture_and_example():
    rng = random.Random(15)
    checked = 0
    for text in TEXTS:
        if text:
            _check(text, rng)
            checked += 1
    assert checked > 1000


@pytest.mark.parametrize("text", [
    "Jakobstad-Pietarsaari och ITS'-projektet",
    "ord--ord ord-'ord -ord ord- 'ord'",
    "İSTANBUL och KARAİSKAKİS",  # lower-casing lengthens "İ": each word lower-cased alone
    "ΟΔΟΣ ΟΔΟΣΑ",  # a capital sigma lower-cases by what follows it
    "tfn 040-123 4567, kl. 8.30–16, e-post: x_y@z.fi",
    "",
])
def test_edge_cases(text):
    rng = random.Random(1)
    _check(text, rng)
    words = tokens.Words(text)
    assert words.lower == [m.group().lower() for m in LETTERS.finditer(text)]


def test_a_slice_cuts_a_word_where_the_slice_does():
    words = tokens.Words("Jakobstad-Pietarsaari")
    assert words.within(3, 12) == [(3, 9, "obstad"), (10, 12, "pi")]
    assert words.joined(3, 12) == [(3, 12)]
    assert words.joined(0, 10) == [(0, 9)]  # the hyphen is the slice's last character


def test_before_after_and_index():
    words = tokens.Words("Du är en idiot, sa han.")
    assert words.before(9, 2) == ["är", "en"]
    assert words.after(15) == "sa"
    assert words.after(100) is None
    assert words.index_at(10) == 3 and words.word(3) == "idiot"
    assert words.index_at(14) is None  # the comma


def test_sentences_and_lines_of_a_post():
    post = parse_post("Hej alla. Välkomna!\n\nTervetuloa kaikki.\n", "p.md", {})
    analysis = Analysis(post, load_profile("base"))
    words = analysis.words
    assert analysis.words is words  # found once per post
    assert [words.word(i) for i in range(len(words))] == ["Hej", "alla", "Välkomna", "Tervetuloa", "kaikki"]
    first = words.lower.index("hej")
    assert words.line_of(first) == 1 and words.line_of(len(words) - 1) == 3
    assert [words.lower[i] for i in words.in_sentence(words.sentence_of(first))] == ["hej", "alla"]
    assert words.sentence_of(len(words) - 1) == len(post.sentences) - 1
    with pytest.raises(ValueError):
        tokens.Words("x").sentence_of(0)
