"""The word lookup's cheap gate (``matcher._may_match``, issue 15): it may refuse a word
only when the lookups themselves find nothing for it. Checked on every token of every
benchmark set, fixture and example, on every form, stem-bearing form, compound part and
exception of the lexicons (also capitalised and with Finnish clitics and possessive
suffixes, which the lookups strip), in every lexicon and both lookup modes."""

from __future__ import annotations

import pytest

from kommunlint.detect.offensive import lexicon as lx
from kommunlint.detect.offensive import matcher

from test_indexed import _texts


def _vocabulary() -> list[str]:
    words: set[str] = set()
    for text in _texts():
        words.update(m.group() for m in matcher._TOKEN.finditer(text))
    for lang in lx.LANGUAGES:
        lex = lx.load(lang)
        listed = set(lex.by_form) | set(lex.heads) | set(lex.modifiers) | set(lex.exceptions) | set(lex.by_stem)
        for word in listed:
            words.update((word, word.capitalize(), word.upper()))
            # Compounds of a listed first or last part with an everyday word, and the
            # endings lx's Finnish bases strip ("-kin", "-nsa", "-kseni").
            words.update((word + "kin", word + "nsa", word + "si", word + "kseni", "kommun" + word, word + "huset"))
    return sorted(words)


VOCABULARY = _vocabulary()


@pytest.mark.parametrize("lang", sorted(lx.LANGUAGES))
@pytest.mark.parametrize("exact_only", [False, True])
def test_gate_refuses_no_word_that_matches(lang, exact_only):
    lex = lx.load(lang)
    lookup = matcher.lookup_form if exact_only else matcher.lookup_all
    wrong = [w for w in VOCABULARY if not matcher._may_match(w, lex, exact_only) and lookup(w, lex) is not None]
    assert wrong == []


def test_gate_refuses_everyday_words():
    en = lx.load("en")
    # Swedish and Finnish words looked up in the English lexicon: refused at once.
    for word in ("kommunen", "Kommunstyrelsen", "kaupunginhallitus", "sammanträde", "tiedote"):
        assert not matcher._may_match(word, en, False)
    assert matcher._may_match("idiot", en, False)


@pytest.mark.parametrize("token", ["p4sk4", "j*vla", "vitttuuu", "kärring-jävel", "İdiot", "f#n", "sh!t"])
def test_gate_leaves_other_tokens_to_the_lookups(token):
    # Digits, masks, hyphens, stretched letters and a lower case of another length are
    # spelled out by the lookups themselves: the gate never judges them.
    for lang in lx.LANGUAGES:
        assert matcher._may_match(token, lx.load(lang), False)
        assert matcher._may_match(token, lx.load(lang), True)



def test_anchor_beginnings_answer_as_every_beginning_does():
    """phrases._anchor_beginnings (only the beginnings an anchor of the lexicon names,
    found once per word) gives phrases._may_match the same answer as every beginning of
    every word (phrases._beginnings), for every phrase of every lexicon and every
    sentence of the benchmark sets, fixtures and examples, and for sentences made of a
    phrase's own anchor words (so that every phrase passes now and then)."""
    import re

    from kommunlint.detect.offensive.phrases import _anchor_beginnings, _beginnings, _may_match

    sentences = [s for text in _texts() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()]
    passed = 0
    for lang in lx.LANGUAGES:
        lex = lx.load(lang)
        anchored = [p for p in lex.phrases if p.anchors is not None]
        own = [" ".join(sorted(w for whole, starts in alt for w in (*whole, *starts))) for p in anchored for alt in p.anchors]
        for sentence in sentences[::5] + own:
            words = frozenset(re.findall(r"\w+", sentence.lower()))
            every, cut = _beginnings(words), _anchor_beginnings(words, lex)
            assert cut <= every
            for phrase in anchored:
                expected = _may_match(phrase.anchors, words, every)
                assert _may_match(phrase.anchors, words, cut) is expected, (lang, phrase.source, sentence)
                passed += expected
    assert passed > 100
