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
    import sys

    for name in ("matcher", "lexicon", "normalize", "phrases", "report"):
        source = open(sys.modules["kommunlint.detect.offensive." + name].__file__, encoding="utf-8").read() \
            if "kommunlint.detect.offensive." + name in sys.modules else ""
        top = source.split('"""', 2)[-1].split("\ndef ", 1)[0]
        assert not re.search(r"^(?:import|from) (?:rapidfuzz|Stemmer|simplemma)", top, re.M), name
