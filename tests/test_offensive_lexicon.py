"""Lexicon data files and the word matcher of offensive/*."""

from __future__ import annotations

import re

import pytest

from kommunlint.detect.offensive import lexicon as lx
from kommunlint.detect.offensive.matcher import lookup
from kommunlint.detect.offensive.normalize import candidates, mask_pattern, skeleton
from kommunlint.detect.offensive.phrases import check_patterns


@pytest.mark.parametrize("lang", lx.LANGUAGES)
def test_lexicon_entries_are_valid(lang):
    lex = lx.load(lang)
    assert lex.terms and lex.phrases
    for term in lex.terms:
        assert term.category in lx.CATEGORIES and term.sureness in (0, 1, 2)
        assert term.compound in ("none", "prefix", "suffix", "both")
        assert all(form == form.lower() for form in term.forms)
    check_patterns(lex.phrases)


def test_every_category_has_swedish_and_finnish_entries():
    for lang in ("sv", "fi"):
        lex = lx.load(lang)
        categories = {t.category for t in lex.terms} | {p.category for p in lex.phrases}
        assert categories == set(lx.CATEGORIES), lang


def test_exceptions_come_from_data_files():
    assert {"fittja", "kukkola", "kukka"} <= lx.exceptions()
    assert {"fanny", "kukkonen"} & lx.names() == {"fanny"}  # Kukkonen is caught by "kuk" being suffix-only


@pytest.mark.parametrize(
    "lang, word, lemma, how",
    [
        ("sv", "idioterna", "idiot", "form"),
        ("sv", "idioternas", "idiot", "form"),
        ("fi", "vitulla", "vittu", "form"),
        ("fi", "idiooteille", "idiootti", "form"),
        ("fi", "idiootiltaan", "idiootti", "form"),  # generated paradigm, possessive stripped
        ("sv", "skitsnacket", "skit", "form"),
        ("sv", "skitdålig", "skit", "compound"),
        ("fi", "paskapuheita", "paska", "compound"),
        ("fi", "vitttuuu", "vittu", "stem"),  # stretch undone, then stemmed
        ("sv", "j*vla", "jävla", "obfuscated"),
    ],
)
def test_lookup(lang, word, lemma, how):
    term, found_how = lookup(word, lx.load(lang))
    assert (term.term, found_how) == (lemma, how)


@pytest.mark.parametrize(
    "lang, word",
    [("sv", "fittja"), ("sv", "kukkola"), ("sv", "fanny"), ("sv", "fanns"), ("fi", "kukka"), ("fi", "kuka"),
     ("fi", "saatan"), ("fi", "kusiainen"), ("fi", "hinta"), ("fi", "päänsäryssä"), ("fi", "vaikutusta"),
     ("fi", "perheet"), ("sv", "hyrorna"), ("sv", "idiotsäker"), ("sv", "pissoar"), ("en", "shiitake")],
)
def test_innocent_words(lang, word):
    assert lookup(word, lx.load(lang)) is None


def test_normalisation_helpers():
    assert candidates("Jäääävla") == ["jäääävla", "jävla", "jäävla"]
    assert "paska" in candidates("p4sk4")
    assert skeleton("vittu") == "vitu"
    assert mask_pattern("j*vla").fullmatch("jävla")
    assert mask_pattern("****") is None


def test_fuzzy_matching_only_for_long_words():
    from kommunlint.detect.offensive.matcher import FUZZY_MIN, _fuzzy

    fi = lx.load("fi")
    assert FUZZY_MIN == 9
    assert _fuzzy("idioottimaisessti", fi)[0].term == "idiootti"  # one typo in a long word (a listed form)
    for innocent in ("vaikutusta", "perheet", "paikassa", "äärimmäinen", "jumalat"):
        assert _fuzzy(innocent, fi) is None, innocent
    assert _fuzzy("hyrorna", lx.load("sv")) is None


def test_matcher_modules_import_no_heavy_dependency_at_top():
    import importlib

    for name in ("matcher", "lexicon", "normalize", "phrases", "patterns", "scorer", "morph", "hit"):
        source = open(importlib.import_module("kommunlint.detect.offensive." + name).__file__, encoding="utf-8").read()
        top = source.split('"""', 2)[-1].split("\ndef ", 1)[0]
        assert not re.search(r"^(?:import|from) (?:rapidfuzz|Stemmer|simplemma)", top, re.M), name


# -- the precomputed lexicons (issue 15) -------------------------------------------------
def test_lexicon_cache_is_current():
    # Regenerate with: PYTHONPATH=. python scripts/offensive_cache.py
    found = lx.cached()
    assert found is not None, "kommunlint/detect/offensive/data/lexicons.pickle is out of date: run scripts/offensive_cache.py"
    from kommunlint.detect.offensive.patterns import build_index, word_sets_of

    for lang in lx.LANGUAGES:
        fresh, kept = lx.build(lang), found["lexicons"][lang]
        assert kept.terms == fresh.terms and kept.phrases == fresh.phrases
        assert [p.anchors for p in kept.phrases] == [p.anchors for p in fresh.phrases]
        assert kept.by_form == fresh.by_form and kept.by_stem == fresh.by_stem and kept.heads == fresh.heads
        assert kept.modifiers == fresh.modifiers and kept.exception_stems == fresh.exception_stems
        assert kept.report_pattern == fresh.report_pattern and kept.fuzzy_index == fresh.fuzzy_index
        assert found["index"][lang] == build_index(fresh)
        assert found["word_sets"][lang] == word_sets_of(fresh)


def test_stale_cache_is_ignored(monkeypatch):
    monkeypatch.setattr(lx, "CACHE_FORMAT", lx.CACHE_FORMAT + 1)
    lx.cached.cache_clear()
    try:
        assert lx.cached() is None
    finally:
        monkeypatch.undo()
        lx.cached.cache_clear()
    assert lx.cached() is not None


@pytest.mark.parametrize(
    "pattern, sentence, may",
    [
        ("(?:jag|vi) vet var du bor", "vi vet var du bor", True),
        ("(?:jag|vi) vet var du bor", "jag vet inte var hon bor", False),  # "du" is missing
        ("(?:jag|vi) vet var du bor", "vi vet var du bodde", False),  # "bor" starts no word
        ("tapan (?:sut|sinut)", "tapan sinutkin", True),  # a word beginning, not a whole word
        ("akta dig,", "akta dig, sa hon", True),
        ("akta dig,", "akta digitalt", False),  # "dig," ends the word
        ("(?:du|ni) (?:nog )?få se", "ni få se", True),
        ("(?:du|ni) (?:nog )?få se", "ni nog se", False),
        ("(?:kill|shoot) (?:\\w+ )?you", "kill all you", True),
        ("(?:kill|shoot) (?:\\w+ )?you", "shoot them all", False),
        ("(?:ha){1,3} nej", "haha nej", True),  # a repeated beginning: "ha", not "ha nej"
        ("(?:ha ){1,3}nej", "ha ha nej", True),
    ],
)
def test_phrase_anchors(pattern, sentence, may):
    from kommunlint.detect.offensive.patterns import anchors
    from kommunlint.detect.offensive.phrases import _beginnings, _may_match

    words = frozenset(re.findall(r"\w+", sentence.lower()))
    assert _may_match(anchors(pattern), words, _beginnings(words)) is may
    if may is False:  # the filter only ever drops what the pattern could not match
        assert not re.search(r"(?<!\w)(?:" + pattern.replace(" ", r"\s+") + r")(?!\w)", sentence, re.I)


def test_phrase_anchors_never_drop_a_match():
    """Every phrase of every lexicon against sentences built from its own anchors'
    words, from the fixtures and the labelled offensive sets: a sentence the pattern matches always passes the filter."""
    from pathlib import Path

    from kommunlint.detect.offensive.phrases import _beginnings, _compiled, _may_match

    texts = [p.read_text(encoding="utf-8") for p in Path(__file__).parent.joinpath("fixtures").rglob("*.md")]
    texts += [p.read_text(encoding="utf-8") for p in Path(__file__).parent.joinpath("fixtures").rglob("*.txt")]
    import yaml

    data = Path(__file__).parent.parent / "benchmarks" / "data"
    for name in ("offensive_labelled.yaml", "offensive_blind_fi.yaml", "offensive_blind_sv.yaml"):  # never *_heldout
        rows = yaml.safe_load(data.joinpath(name).read_text(encoding="utf-8"))
        texts += [str(row.get("text", "")) for row in (rows.get("comments", []) if isinstance(rows, dict) else rows)]
    sentences = [s for text in texts for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    checked = 0
    for lang in lx.LANGUAGES:
        for phrase in lx.load(lang).phrases:
            if phrase.anchors is None:
                continue
            pattern = _compiled(phrase.pattern)
            for sentence in sentences:
                if pattern.search(sentence):
                    words = frozenset(re.findall(r"\w+", sentence.lower()))
                    assert _may_match(phrase.anchors, words, _beginnings(words)), (phrase.source, sentence)
                    checked += 1
    assert checked > 50
