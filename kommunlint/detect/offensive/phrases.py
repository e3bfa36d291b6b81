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


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern[str]:
    body = pattern.replace(" ", r"\s+")
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


def find_phrases(sentence, lex: Lexicon, floor: int = 0, words: frozenset[str] | None = None) -> Iterator:
    """Hits of ``lex``'s phrases with sureness >= ``floor`` in one ``Segment``.

    Only the phrases whose first word can begin with one of the sentence's word
    beginnings are tried (:func:`triggered`): most sentences try none.
    """
    wanted = triggered(sentence.text, lex.lang, words)
    for index in sorted(wanted):
        phrase = lex.phrases[index]
        if phrase.sureness < floor:
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
#: Longest word beginning a phrase is keyed by.
_KEY = 4
_WORDS = re.compile(r"\w+")


def triggered(text: str, lang: str, words: frozenset[str] | None = None) -> set[int]:
    """Indices of the phrases of ``lang`` that may match in ``text``: those whose first
    word starts with the beginning (up to :data:`_KEY` letters) of a word of ``text``,
    and those whose beginning cannot be told (:func:`first_literals` gives ``None``)."""
    always, _ = _index(lang)
    out = set(always)
    for word in words if words is not None else set(_WORDS.findall(text.lower())):
        found = _for_word(word, lang)
        if found:
            out |= found
    return out


@lru_cache(maxsize=65536)
def _for_word(word: str, lang: str) -> frozenset[int]:
    _, index = _index(lang)
    found: set[int] = set(index.get("=" + word, ()))
    for k in range(1, min(len(word), _KEY) + 1):
        found.update(index.get(word[:k], ()))
    return frozenset(found)


@lru_cache(maxsize=None)
def _index(lang: str) -> tuple[frozenset[int], dict[str, tuple[int, ...]]]:
    from .lexicon import load

    lex = load(lang)
    always: set[int] = set()
    index: dict[str, list[int]] = {}
    beginnings = _set_beginnings(lex.sets, lang)
    for i, phrase in enumerate(lex.phrases):
        # The unexpanded pattern with each word set replaced by its members' beginnings:
        # the same first letters, parsed in a fraction of the time.
        source = phrase.source or phrase.pattern
        for _ in range(4):
            source = _SET.sub(lambda m: beginnings.get(m.group(1), r"\w"), source)
        starts = first_literals(source)
        if starts is None:
            always.add(i)
            continue
        for start in starts:
            # A short first word that is whole ("ne ", "du ") is looked up as a word, not as
            # the beginning of every word ("neuvosto", "dumpa").
            key = "=" + start[:-1] if start.endswith(" ") and len(start) <= _KEY else start.rstrip(" ")[:_KEY]
            index.setdefault(key, []).append(i)
    return frozenset(always), {k: tuple(v) for k, v in index.items()}


_SET = re.compile(r"%(\w+)%")


def _set_beginnings(sets: dict, lang: str) -> dict[str, str]:
    """Each word set as an alternation of its members' first letters (up to
    :data:`_KEY`), ``\\w`` for a set a member of which may start with anything."""
    from .morph import paradigm

    out: dict[str, str] = {}

    def member(item: str, depth: int) -> set[str] | None:
        if item.startswith("~"):
            lemma, _, infl = item[1:].partition(":")
            return {f[:_KEY] for f in paradigm(lemma, lang, infl or None)}
        nested = _SET.sub(lambda m: resolve(m.group(1), depth + 1), item)
        return first_literals(nested)

    def resolve(name: str, depth: int) -> str:
        if name in out:
            return out[name]
        if depth > 4 or name not in sets:
            return r"\w"
        starts: set[str] = set()
        for item in sets[name]:
            found = member(str(item), depth)
            if found is None:
                out[name] = r"\w"
                return out[name]
            starts |= found
        out[name] = "(?:" + "|".join(re.escape(x) for x in sorted(starts)) + ")"
        return out[name]

    for name in sets:
        resolve(name, 0)
    return out


def first_literals(pattern: str) -> frozenset[str] | None:
    """The lower-case letters every match of ``pattern`` starts with, as a set of
    alternatives of up to :data:`_KEY` letters each ("(?:jag|vi) vet" → {"jag", "vi"}),
    or ``None`` when a match may start with anything (a class, ``\\w``)."""
    import re._parser as parser  # the standard library's own regex parser
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_SPACE, IN, LITERAL, MAX_REPEAT,
                               MIN_REPEAT, SUBPATTERN)

    space = [(IN, [(CATEGORY, CATEGORY_SPACE)])]

    def walk(items: list, acc: str) -> set[str] | None:
        for i, (op, av) in enumerate(items):
            if len(acc) >= _KEY:
                return {acc}
            rest = items[i + 1 :]
            if op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1 and list(av[2]) == space:
                return {acc + " "} if acc else None  # a whole first word ("du ", "ne ")
            if op is LITERAL:
                acc += chr(av).lower()
            elif op in (AT, ASSERT, ASSERT_NOT):
                continue
            elif op is SUBPATTERN:
                return walk(list(av[-1]) + rest, acc)
            elif op is BRANCH:
                out: set[str] = set()
                for branch in av[1]:
                    found = walk(list(branch) + rest, acc)
                    if found is None:
                        return {acc} if acc else None
                    out |= found
                return out
            elif op in (MAX_REPEAT, MIN_REPEAT):
                low, _, sub = av
                taken = walk(list(sub) + rest, acc)
                if low > 0:
                    return taken
                skipped = walk(rest, acc)
                if taken is None or skipped is None:
                    return {acc} if acc else None
                return taken | skipped
            elif op is IN and all(o is LITERAL for o, _ in av) and len(av) <= 4:
                out = set()
                for _, ch in av:
                    found = walk(rest, acc + chr(ch).lower())
                    if found is None:
                        return {acc} if acc else None
                    out |= found
                return out
            else:
                return {acc} if acc else None
        return {acc} if acc else None

    body = pattern.replace(" ", r"\s+")
    found = walk(list(parser.parse(body, re.I)), "")
    if found is None or any(not s.strip() or not s[0].isalnum() for s in found):
        return None
    return frozenset(found)
