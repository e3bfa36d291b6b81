"""Alternations searched only where they can start (kommunlint/detect/indexed.py): every
pattern the detectors index finds exactly the matches of the plain ``finditer`` (and
``search``), on every benchmark text, fixture and example and on random mixes of the
patterns' own beginnings with case variants, hyphens, digits and line breaks."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kommunlint.detect import accusation, advertising, credit, indexed, officialese, opinion, placeholder, rumour
from kommunlint.yamlio import load_yaml_text

ROOT = Path(__file__).resolve().parent.parent


def _detector_patterns() -> dict[str, indexed.Indexed]:
    """Every pattern a detector builds with :func:`indexed.compile`, by where it is used."""
    reuse, unknown, _, _ = credit._patterns()
    cue, _, _ = advertising._patterns()
    _, invite, _, _, _, _ = advertising._more()
    topic, view, disclaimer = opinion._patterns()
    found = {
        "credit reuse": reuse,
        "credit unknown maker": unknown,
        "rumour markers": rumour._patterns()[0],
        "accusation terms": accusation._patterns()["terms"],
        "advertising cues": cue,
        "advertising invitations": invite,
        "placeholder phrases": placeholder._data()[3],
        "officialese": officialese._any_entry(),
        "opinion topics": topic,
        "opinion views": view,
        "opinion disclaimer": disclaimer,
    }
    assert all(isinstance(p, indexed.Indexed) for p in found.values())
    return found


PATTERNS = _detector_patterns()


def _texts() -> list[str]:
    """The texts of every benchmark set, fixture and example."""
    texts = []
    for path in sorted((ROOT / "benchmarks" / "data").glob("*.yaml")):
        data = load_yaml_text(path.read_text(encoding="utf-8"), str(path)) or {}
        listed = data if isinstance(data, list) else [x for key in ("posts", "snippets", "comments") for x in data.get(key) or []]
        texts += [str(item.get("text") or item.get("t") or "") for item in listed]
    for folder in ("tests/fixtures", "examples"):
        texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / folder).rglob("*")) if p.suffix in (".txt", ".md")]
    return texts


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groups()) for m in matches]


def _same(pattern: indexed.Indexed, text: str) -> None:
    plain = pattern.compiled
    assert _spans(pattern.finditer(text)) == _spans(plain.finditer(text)), text[:200]
    first = pattern.search(text)
    expected = plain.search(text)
    assert (first and first.span()) == (expected and expected.span())


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_detector_patterns_are_indexed(name):
    # A vocabulary pattern that opens with an unbounded class ("\w+ ...") cannot be
    # indexed and would be searched the plain way: same matches, but the speed is lost.
    assert PATTERNS[name].starts is not None


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_same_matches_on_every_benchmark_text_fixture_and_example(name):
    pattern = PATTERNS[name]
    texts = _texts()
    assert len(texts) > 5000
    hits = 0
    for text in texts:
        _same(pattern, text)
        hits += bool(pattern.compiled.search(text))
    assert hits > 0  # the comparison saw the pattern match


def _beginnings(pattern: indexed.Indexed) -> list[str]:
    words, prefixes, finds, _ = pattern.starts
    return list(words) + list(prefixes) + [f[0] for f in finds]


#: Characters that case-insensitive matching treats specially or that lower-case to two
#: characters, and separators the patterns' guards look at.
ODD = ["ſ", "ı", "İ", "K", "Σ", "ς", "ß", "ẞ", "µ", "ͅ", "-", "–", "'", "’", "#", "%", "_", "\n", "\t", " ", ".", ",", ":", "/", "”", "©"]


def _mix(rng: random.Random, pieces: list[str], words: list[str]) -> str:
    out = []
    for _ in range(rng.randint(1, 40)):
        roll = rng.random()
        if roll < 0.35:
            piece = rng.choice(pieces)
        elif roll < 0.7:
            piece = rng.choice(words)
        elif roll < 0.85:
            piece = rng.choice(ODD)
        else:
            piece = str(rng.randint(0, 999))
        variant = rng.random()
        if variant < 0.15:
            piece = piece.upper()
        elif variant < 0.3:
            piece = piece.title()
        elif variant < 0.35:
            piece = piece.replace("s", "ſ").replace("i", "ı")
        out.append(piece)
        out.append(rng.choice([" ", " ", " ", "", "-", "\n", ". ", ", "]))
    return "".join(out)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_same_matches_on_random_mixes(name):
    pattern = PATTERNS[name]
    rng = random.Random(15)
    texts = _texts()
    words = [w for t in rng.sample(texts, 200) for w in t.split()]
    pieces = _beginnings(pattern)
    for _ in range(1500):
        text = _mix(rng, pieces, words)
        _same(pattern, text)
        pos = rng.randint(0, len(text))
        end = rng.randint(pos, len(text))
        assert _spans(pattern.finditer(text, pos, end)) == _spans(pattern.compiled.finditer(text, pos, end))
        assert _spans(pattern.finditer(text, pos)) == _spans(pattern.compiled.finditer(text, pos))


def test_a_text_whose_lower_case_is_longer_is_searched_the_plain_way():
    pattern = PATTERNS["rumour markers"]
    text = "İstanbul: det sägs att kommunen säljer hamnen. Jag har hört att skolan stänger."
    assert pattern.candidates(text) is None
    assert _spans(pattern.finditer(text)) == _spans(pattern.compiled.finditer(text))
    assert len(list(pattern.finditer(text))) == 2


SMALL = [
    # (pattern, flags, text, expected match texts)
    (r"(?<!\w)(?:\w*rabatt\w*|köp\s+nu)", re.I, "Storrabatten! KÖP NU, superRABATT-dag", ["Storrabatten", "KÖP NU", "superRABATT"]),
    (r"(?<!\w)(?:\d{1,2}\s?%|[-–]\s?\d{1,2}\s?%)", 0, "Nu -20 % och 15% på allt, 2015%", ["-20 %", "15%"]),
    (r"(?m:^[ \t]*[–—][ \t]*(?P<who>\w+)[ \t]*$)|©\s*(?P<who2>\w+)", 0, "Text\n – Anna\n© Berg", [" – Anna", "© Berg"]),
    (r"\b(?:lorem\s+ipsum|kl\.?\s+xx)\b", re.I, "Lorem ipsum, kl. XX och klxx", ["Lorem ipsum", "kl. XX"]),
    (r"(?<![\w-])[\w-]{1,20}(?:bild|kuva)(?:en|n)?\b", re.I, "flygbilden, ilma-kuvan och bild", ["flygbilden", "ilma-kuvan"]),
    (r"(?<!\w)(?:sa|said)\b", re.I, "ſA ſaid SAID", ["ſA", "ſaid", "SAID"]),
]


@pytest.mark.parametrize("source, flags, text, expected", SMALL)
def test_small_patterns(source, flags, text, expected):
    pattern = indexed.compile(source, flags)
    assert pattern.starts is not None
    assert [m.group() for m in pattern.finditer(text)] == expected == [m.group() for m in re.finditer(source, text, flags)]


def test_patterns_that_can_start_anywhere_are_searched_the_plain_way():
    # a class too large to list, unbounded, before the first literal ("[^x]*", ".+"); no
    # literal at all; an empty match
    for source in (r".+rabatt", r"rabatt|[^x]*y", r"\w+", r"a*"):
        pattern = indexed.compile(source, re.I)
        assert pattern.starts is None
        assert _spans(pattern.finditer("en rabatt, a rabatt")) == _spans(re.finditer(source, "en rabatt, a rabatt", re.I))
