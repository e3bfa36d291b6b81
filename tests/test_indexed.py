"""Alternations searched only where they can start (kommunlint/detect/indexed.py): every
pattern the detectors index finds exactly the matches of the plain ``finditer`` (and
``search``), on every benchmark text, fixture and example and on random mixes of the
patterns' own beginnings with case variants, hyphens, digits and line breaks."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from kommunlint.detect import accusation, advertising, credit, indexed, officialese, opinion, person_name, placeholder, roles, rumour
from kommunlint.yamlio import load_yaml_text

ROOT = Path(__file__).resolve().parent.parent


def _detector_patterns() -> dict[str, indexed.Indexed]:
    """Every pattern a detector builds with :func:`indexed.compile`, by where it is used."""
    reuse, unknown, credits, _ = credit._patterns()
    cue, _, _ = advertising._patterns()
    _, invite, _, _, _, _ = advertising._more()
    topic, view, disclaimer = opinion._patterns()
    found = {
        "credit reuse": reuse,
        "credit unknown maker": unknown,
        "credit labels and names": credits,
        "rumour markers": rumour._patterns()[0],
        "accusation terms": accusation._patterns()["terms"],
        "advertising cues": cue,
        "advertising invitations": invite,
        "placeholder phrases": placeholder._data()[3],
        "officialese": officialese._any_entry(),
        "opinion topics": topic,
        "opinion views": view,
        "opinion disclaimer": disclaimer,
        "role titles": roles._title_indexed(),
        "person-name relations": person_name._context_patterns()["relation"],
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
    words, prefixes, finds, _, exact, pairs = pattern.starts
    # a word and the beginning of the next, across the gaps a text may put between them
    gapped = [f"{w}{gap}{n}" for w, n in pairs for gap in (" ", "  ", "\n", " \t", ", ", "-", " – ")]
    return list(words) + list(prefixes) + [f[0] for f in finds] + [e[0] for e in exact] + gapped


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
    # case-sensitive first characters are looked up as written
    (r"(?P<who>[A-ZÅÄÖ]\w+)n\s+(?i:ottama)|(?i:foto):\s*(?P<w2>\w+)", 0, "Anna Bergin OTTAMA, annan ottama; FOTO: Berg",
     ["Bergin OTTAMA", "FOTO: Berg"]),
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


# -- the special-category terms (kommunlint/detect/sensitive.py) use the same word index --
def _phrase_starts_plain(text: str, firsts: frozenset[str]) -> list[int]:
    # A first word as listed or with an ending of up to three letters ("psykiska" for "psykisk").
    def listed(word: str) -> bool:
        return any(word[: len(word) - k] in firsts for k in range(min(3, len(word) - 1) + 1))

    return [m.start() for m in re.finditer(r"(?<!\w)\w+", text) if listed(m.group().lower())]


def test_sensitive_phrase_starts_are_those_of_a_pass_over_every_word():
    from kommunlint.detect import sensitive

    firsts = sensitive._index().phrase_starts
    rng = random.Random(12)
    texts = _texts()
    words = [w for t in rng.sample(texts, 200) for w in t.split()]
    mixes = [_mix(rng, sorted(firsts), words) for _ in range(2000)]
    seen = 0
    for text in texts + mixes + ["ſom KOMMIT UT ſom gay", "İstanbul: kommit ut som"]:
        expected = _phrase_starts_plain(text, firsts)
        assert sensitive._phrase_starts(text, firsts) == expected
        seen += bool(expected)
    assert seen > 100


def _word_category_by_substrings(lowered: str) -> str | None:
    """The compound search as it was written first: every substring of the word after
    its first letter looked up, the smallest term number wins."""
    from kommunlint.detect import sensitive

    index = sensitive._index()
    category = next((c for term, c in index.prefixes.get(lowered[:3], ()) if lowered.startswith(term)), None)
    if category is not None:
        return category
    if "-" in lowered:
        for part in lowered.split("-")[1:]:
            category = next((c for term, c in index.prefixes.get(part[:3], ()) if part.startswith(term)), None) if part else None
            if category is not None:
                return category
    inner: dict[str, int] = {}
    for n, (term, _) in enumerate(index.inner):
        inner.setdefault(term, n)
    longest = max(len(t) for t in inner)
    rest, first = lowered[1:], None
    for a in range(len(rest)):
        for b in range(a + 1, min(len(rest), a + longest) + 1):
            n = inner.get(rest[a:b])
            if n is not None and (first is None or n < first):
                first = n
    return index.inner[first][1] if first is not None else None


def test_sensitive_compound_terms_found_as_by_every_substring():
    from kommunlint.detect import sensitive

    rng = random.Random(3)
    terms = [term for term, _ in sensitive._index().inner]
    words = sorted({w.lower() for t in rng.sample(_texts(), 1500) for w in re.findall(r"\w[\w-]*", t)})
    for _ in range(5000):
        word = "".join(rng.choice(words)[: rng.randint(1, 8)] for _ in range(rng.randint(1, 3)))
        at = rng.randint(0, len(word))
        words.append(word[:at] + rng.choice(terms) + word[at:] if rng.random() < 0.6 else word)
    found = 0
    for word in words:
        expected = _word_category_by_substrings(word)
        assert sensitive._word_category.__wrapped__(word) == expected, word
        found += expected is not None
    assert found > 1000


def test_a_very_long_text_is_searched_the_plain_way(monkeypatch):
    # The word index holds a tuple per word: a hostile multi-megabyte post is searched
    # by the plain pattern instead (here the bound is lowered to a short text).
    monkeypatch.setattr(indexed, "_LARGEST", 40)
    monkeypatch.setattr(indexed, "_TEXTS", [])
    pattern = PATTERNS["rumour markers"]
    text = "Det sägs att kommunen säljer hamnen, och jag har hört att skolan stänger."
    assert pattern.candidates(text) is None
    assert _spans(pattern.finditer(text)) == _spans(pattern.compiled.finditer(text))
    assert len(list(pattern.finditer(text))) == 2


def test_a_word_and_the_beginning_of_the_next_are_looked_up_together():
    # "har\s+lånat": only "har" followed (across any run of non-word characters) by a
    # word beginning "lånat" is a candidate, not every "har"
    pattern = indexed.compile(r"(?<!\w)(?:har\s+lånat|din\s+son[ \t]\w+|vi\s+(?:\w+\s+)?vet)", re.I)
    words, _, _, _, _, pairs = pattern.starts
    assert ("har", "lånat") in pairs and ("din", "son ") in pairs  # after the second word, as written
    assert "vi" in words  # "vi" then any word: the whole word only
    text = "Vi har ett. Har\t\tLÅNAT bilden, har lånade? din son Oscar, din  son\nOscar; vi vet"
    assert pattern.candidates(text) == sorted({text.index("Vi"), text.index("Har\t"), text.index("din son"),
                                               text.rindex("vi")})  # "son\n" is not "son[ \t]"
    _same(pattern, text)
    assert _spans(pattern.finditer(text)) == _spans(pattern.compiled.finditer(text))


def test_case_sensitive_beginnings_are_read_two_characters_long():
    pattern = indexed.compile(r"(?i:(?<!\w)(?-i:(?:DD|PP)[./-]MM))")
    assert {e[0] for e in pattern.starts[4]} == {"DD", "PP"}
    text = "dd.mm Dagen då DD.MM stod kvar, PP-MM"
    assert pattern.candidates(text) == [text.index("DD."), text.index("PP-")]
    _same(pattern, text)
