"""Threats, incitement and multi-word insults: phrases, not words.

"jag vet var du bor", "du ska få se", "tapan sut", "ansaitset kuolla", "någon borde
skjuta", "bränn ner", "polttakaa" are offensive as a whole while each word is
harmless. Phrase patterns are regular expressions in the ``phrases`` list of
``lexicon_<lang>.yaml``; a space in a pattern matches any run of whitespace, and a
pattern only matches whole words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .hit import Hit
from .lexicon import Lexicon, Phrase
from .patterns import _ANCHOR_KEY, _KEY, build_index


@lru_cache(maxsize=1024)  # bounded: a long run meets new phrases post after post (issue 15)
def _compiled(pattern: str) -> re.Pattern[str]:
    from ... import recache

    body = pattern.replace(" ", r"\s+")
    # Kept between runs like the other detectors' patterns: compiling the phrases a
    # post's words trigger was most of what a cold run spent in this module.
    return recache.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


def find_phrases(sentence, lex: Lexicon, floor: int = 0, words: frozenset[str] | None = None) -> Iterator:
    """Hits of ``lex``'s phrases with sureness >= ``floor`` in one ``Segment``.

    Only the phrases whose first word can begin with one of the sentence's word
    beginnings are tried (:func:`triggered`): most sentences try none.
    """
    if words is None:
        words = frozenset(_WORDS.findall(sentence.text.lower()))
    wanted = triggered(sentence.text, lex.lang, words)
    beginnings = None
    for index in sorted(wanted):
        phrase = lex.phrases[index]
        if phrase.sureness < floor:
            continue
        if phrase.anchors is not None:
            # Every word the phrase needs must be there before its pattern is compiled
            # (compiling a pattern with its word sets is most of a cold run's time).
            if beginnings is None:
                beginnings = _anchor_beginnings(words, lex)
            if not _may_match(phrase.anchors, words, beginnings):
                continue
        for m in _compiled(phrase.pattern).finditer(sentence.text):
            if phrase.not_after and _word_before_matches(sentence.text, m.start(), phrase.not_after):
                continue
            for category in (phrase.category, *phrase.also):
                yield Hit(
                    sentence.start + m.start(),
                    sentence.start + m.end(),
                    category,
                    phrase.sureness,
                    lex.lang,
                    phrase.note or m.group(),
                    "phrase",
                    keep_words=phrase.keep_words,
                )


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _word_before_matches(text: str, start: int, pattern: str) -> bool:
    m = _LAST_WORD.search(text, max(0, start - 60), start)
    return bool(m and _compiled_word(pattern).fullmatch(m.group(1)))


@lru_cache(maxsize=None)
def _compiled_word(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def check_patterns(phrases: list[Phrase]) -> None:
    """Compile every pattern; raises ``re.error`` naming a broken one (used by tests)."""
    for phrase in phrases:
        _compiled(phrase.pattern)
        if phrase.not_after:
            _compiled_word(phrase.not_after)


# -- the cheap filter -----------------------------------------------------------
_WORDS = re.compile(r"\w+")


def triggered(text: str, lang: str, words: frozenset[str] | None = None) -> set[int]:
    """Indices of the phrases of ``lang`` that may match in ``text``: those whose first
    word starts with the beginning (up to :data:`_KEY` letters) of a word of ``text``,
    and those whose beginning cannot be told (:func:`first_literals` gives ``None``)."""
    always, _ = _index(lang)
    out = set(always)
    memo = _MEMOS.get(lang) or {}
    for word in words if words is not None else set(_WORDS.findall(text.lower())):
        # What a word triggers depends on its first _KEY letters alone (whole-word keys
        # are shorter, see patterns.build_index), so the memo is keyed by them: far fewer
        # keys than words, and a new word usually finds its beginning there.
        key = word[:_KEY]
        found = memo.get(key)  # _for_word's memo read here: most beginnings are in it
        if found is None:
            found = _for_word(key, lang)
        if found:
            out |= found
    return out


#: Most word beginnings a memo of :func:`_for_word` holds before it starts afresh (a long
#: run's memory stays bounded, issue 15). Keys of four letters at most, so twice as many
#: as the whole words it held before take no more memory; 1,000 realistic posts meet
#: about 5,700 beginnings per language.
MEMO_MAX = 8192
_NOTHING: frozenset[int] = frozenset()
_MEMOS: dict[str, dict[str, frozenset[int]]] = {}


def _for_word(word: str, lang: str) -> frozenset[int]:
    """Indices of the phrases ``word`` (a word, or its first :data:`_KEY` letters) may begin."""
    memo = _MEMOS.get(lang)
    if memo is None:
        memo = _MEMOS[lang] = {}
    found = memo.get(word)
    if found is not None:
        return found
    if len(memo) >= MEMO_MAX:
        memo.clear()
    _, index = _index(lang)
    wanted: set[int] = set(index.get("=" + word, ()))
    for k in range(1, min(len(word), _KEY) + 1):
        wanted.update(index.get(word[:k], ()))
    found = memo[word] = frozenset(wanted) if wanted else _NOTHING  # most words: one shared empty set
    return found


@lru_cache(maxsize=None)
def _index(lang: str) -> tuple[frozenset[int], dict[str, tuple[int, ...]]]:
    from .lexicon import cached, load

    found = cached()
    return found["index"][lang] if found else build_index(load(lang))


@lru_cache(maxsize=8)
def _beginnings(words: frozenset[str]) -> frozenset[str]:
    """Every beginning of up to :data:`_ANCHOR_KEY` letters of ``words`` (cached: a
    sentence's words are asked for once per lexicon it is matched against)."""
    return frozenset(w[:k] for w in words for k in range(1, min(len(w), _ANCHOR_KEY) + 1))


#: id of a lexicon → (the lexicon, every beginning an anchor of its phrases names, the
#: memo word → its beginnings among them); the lexicon is kept so the id is not reused.
_STARTS: dict[int, tuple[Lexicon, frozenset[str], dict[str, tuple[str, ...]]]] = {}


def _anchor_beginnings(words: frozenset[str], lex: Lexicon) -> frozenset[str]:
    """The beginnings of up to :data:`_ANCHOR_KEY` letters of ``words`` that begin an
    anchor of ``lex``'s phrases: :func:`_beginnings` cut to what :func:`_may_match` can
    meet for this lexicon (the same answers, as an anchor's beginnings are among them),
    each word's found once per process (a memo of at most :data:`MEMO_MAX` words; most
    words begin no anchor) instead of every beginning of every word of every sentence."""
    found = _STARTS.get(id(lex))
    if found is None or found[0] is not lex:
        starts = frozenset(b for p in lex.phrases for alt in p.anchors or () for _, bs in alt for b in bs)
        found = _STARTS[id(lex)] = (lex, starts, {})
    _, starts, memo = found
    out: set[str] = set()
    for w in words:
        mine = memo.get(w)
        if mine is None:
            if len(memo) >= MEMO_MAX:
                memo.clear()
            mine = memo[w] = tuple(w[:k] for k in range(1, min(len(w), _ANCHOR_KEY) + 1) if w[:k] in starts)
        if mine:
            out.update(mine)
    return frozenset(out)


def _may_match(alternatives, words: frozenset[str], beginnings: frozenset[str]) -> bool:
    """True when some alternative of :func:`anchors` has every anchor in the sentence."""
    # Plain loops rather than any(all(...)): the same test, without two generators per phrase.
    for alternative in alternatives:
        for whole, starts in alternative:
            if whole.isdisjoint(words) and starts.isdisjoint(beginnings):
                break
        else:
            return True
    return False
