"""What a phrase pattern needs, read off the pattern itself: the beginnings of its first
word (the key of the phrase index, :func:`build_index`) and every word it needs
(:func:`anchors`), for the cheap filter in :mod:`.phrases`.

Its own module so that :mod:`.lexicon` can build these when it builds a lexicon (and
its cache) without importing :mod:`.phrases`, which imports :mod:`.lexicon`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lexicon import Lexicon

#: Longest word beginning a phrase is keyed by.
_KEY = 4


def build_index(lex: "Lexicon") -> tuple[frozenset[int], dict[str, tuple[int, ...]]]:
    """The phrases of ``lex`` keyed by the beginnings of their first word: ``(always,
    index)``, ``always`` the phrases whose beginning cannot be told, ``index`` a key
    (up to :data:`_KEY` letters, or ``=word`` for a whole short word) → phrase indices."""
    lang = lex.lang
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

    body = pattern.replace(" ", r"\s+")
    return _starts(list(parser.parse(body, re.I)), _KEY)


def _starts(items: list, key: int) -> frozenset[str] | None:
    """:func:`first_literals` of parsed pattern ``items``, beginnings of up to ``key``
    letters; a beginning ending in a space is a whole word."""
    from re._constants import (ASSERT, ASSERT_NOT, AT, BRANCH, CATEGORY, CATEGORY_SPACE, IN, LITERAL, MAX_REPEAT,
                               MIN_REPEAT, SUBPATTERN)

    space = [(IN, [(CATEGORY, CATEGORY_SPACE)])]

    def walk(items: list, acc: str) -> set[str] | None:
        for i, (op, av) in enumerate(items):
            if len(acc) >= key:
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
                low, high, sub = av
                # A body that may repeat is walked alone: what follows its first round
                # may be another round, not the rest ("(?:ab){1,2}c" starts "ab", not "abc").
                taken = walk(list(sub) + (rest if high == 1 else []), acc)
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

    found = walk(items, "")
    if found is None or any(not s.strip() or not s[0].isalnum() for s in found):
        return None
    return frozenset(found)


# -- anchors: every word a phrase needs ---------------------------------------------
#: Longest word beginning an anchor is keyed by.
_ANCHOR_KEY = 8
_WORD_PART = re.compile(r"\w+")


def anchors(pattern: str) -> tuple[tuple[tuple[frozenset[str], frozenset[str]], ...], ...] | None:
    """What a sentence must contain for ``pattern`` (a phrase pattern, spaces as in the
    data) to match in it, or ``None`` when that cannot be told.

    Returns alternatives (a top-level ``a|b``: one of them must hold), each a tuple of
    anchors ``(words, beginnings)``, last word of the pattern first: the lower-case whole words and word beginnings (up
    to :data:`_ANCHOR_KEY` letters) one of which a word of the sentence must be or start
    with. Each word of the pattern that starts the match or follows whitespace (also
    after an optional gap of words) and whose first letters can be told
    (:func:`first_literals`) is an anchor: "(?:jag|vi) vet var du bor" needs "jag" or
    "vi", "vet", "var", "du", "bor". A match begins such a word at a ``\\w+`` word of the
    lower-cased sentence, which is how :func:`find_phrases` reads it.
    """
    import re._parser as parser

    body = pattern.replace(" ", r"\s+")
    out = []
    for items in _alternatives(list(parser.parse(body, re.I))):
        found = []
        for i in range(len(items)):
            if _ends_in_space(items, i - 1):
                starts = _starts(items[i:], _ANCHOR_KEY)
                if starts:
                    found.append(_anchor(starts))
        if not found:
            return None
        # Last word first: the first word is what triggered the phrase (it is nearly always
        # there), while a later one (the harmful word after "jag ska", "du är") is the one
        # that is usually missing, so a sentence is turned away after one look-up.
        out.append(tuple(reversed(found)))
    return tuple(out)


def _alternatives(items: list) -> list[list]:
    """A parsed pattern as a list of top-level alternatives (lone groups unwrapped)."""
    from re._constants import BRANCH, SUBPATTERN

    while len(items) == 1 and items[0][0] is SUBPATTERN:
        items = list(items[0][1][-1])
    if len(items) == 1 and items[0][0] is BRANCH:
        return [alt for branch in items[0][1][1] for alt in _alternatives(list(branch))]
    return [items]


def _ends_in_space(items: list, j: int) -> bool:
    """True when whatever ``items[j]`` matches is followed by a word start: it ends in
    whitespace (``\\s+``, or an optional repeat of words each ending in it after such an
    item), or ``j`` is before the start (a match starts after a non-word character)."""
    from re._constants import ASSERT, ASSERT_NOT, AT, CATEGORY, CATEGORY_SPACE, IN, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

    if j < 0:
        return True
    op, av = items[j]
    if op in (AT, ASSERT, ASSERT_NOT):  # zero width
        return _ends_in_space(items, j - 1)
    if op is SUBPATTERN:
        sub = list(av[-1])
        return bool(sub) and _ends_in_space(sub, len(sub) - 1) and _ends_nonempty(sub)
    if op in (MAX_REPEAT, MIN_REPEAT):
        low, _, sub = av
        sub = list(sub)
        if sub == [(IN, [(CATEGORY, CATEGORY_SPACE)])]:
            ends = True
        else:
            ends = bool(sub) and _ends_in_space(sub, len(sub) - 1) and _ends_nonempty(sub)
        return ends and (low >= 1 or _ends_in_space(items, j - 1))
    return False


def _ends_nonempty(sub: list) -> bool:
    """True when ``sub``'s last item always consumes something (so "ends in space" is
    not vacuously inherited from before ``sub``)."""
    from re._constants import CATEGORY, CATEGORY_SPACE, IN, MAX_REPEAT, MIN_REPEAT, SUBPATTERN

    op, av = sub[-1]
    if op in (MAX_REPEAT, MIN_REPEAT):
        return av[0] >= 1 and (list(av[2]) == [(IN, [(CATEGORY, CATEGORY_SPACE)])] or _ends_nonempty(list(av[2])))
    if op is SUBPATTERN:
        inner = list(av[-1])
        return bool(inner) and _ends_nonempty(inner)
    return False


def _anchor(starts: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """Beginnings from :func:`_starts` as ``(whole words, word beginnings)``: a beginning
    cut by a non-word character ("dig," "hand-") is a whole ``\\w+`` word."""
    words, beginnings = set(), set()
    for start in starts:
        whole = start.endswith(" ")
        text = start.rstrip(" ")
        part = _WORD_PART.match(text)
        if part is None:  # cannot happen (starts begin with a letter or digit)
            continue
        if part.end() < len(text) or whole:
            words.add(part.group())
        else:
            beginnings.add(part.group()[:_ANCHOR_KEY])
    return frozenset(words), frozenset(beginnings)


def _expand(item: str, limit: int = 64) -> list[str] | None:
    """The finite strings a word-set item stands for ("demar(?:i|it)" → demari, demarit),
    or ``None`` when it uses more than literals, ``(?:a|b)`` groups and ``?``."""
    if any(ch in item for ch in "\\*+[]{}~%^$.") or "(?!" in item or "(?=" in item or "(?<" in item:
        return None

    def parse(s: str, i: int) -> tuple[list[list[str]], int]:
        # Alternatives of a sequence up to ')' or the end; each a list of choices per piece.
        alts: list[list[str]] = [[""]]
        while i < len(s) and s[i] != ")":
            if s[i] == "|":
                alts.append([""])
                i += 1
                continue
            if s.startswith("(?:", i):
                inner, i = parse(s, i + 3)
                i += 1  # ')'
                options = [x for alt in inner for x in alt]
            elif s[i] == "(":
                inner, i = parse(s, i + 1)
                i += 1
                options = [x for alt in inner for x in alt]
            else:
                options, i = [s[i]], i + 1
            if i < len(s) and s[i] == "?":
                options, i = [*options, ""], i + 1
            alts[-1] = [a + b for a in alts[-1] for b in options][:limit]
        return [[x for x in alt] for alt in alts], i

    try:
        alts, _ = parse(item, 0)
    except IndexError:
        return None
    out = [x for alt in alts for x in alt]
    return out if 0 < len(out) <= limit else None


def _is_beginning(item: str) -> bool:
    """True for a word-set item that is three letters or more and ``\\w*``: every word
    that begins so (tested without a regular expression: one would scan each start)."""
    return item.endswith("\\w*") and len(item) >= 6 and item[:-3].isalpha()


def word_sets_of(lexicon: "Lexicon") -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """``(one word → set names, "two words" → set names)`` of ``lexicon``'s word sets
    whose items are finite (literals, ``(?:a|b)`` groups, ``?``); the rest are left out.
    Read by the learned scorer (:func:`.scorer.word_sets`); kept in the lexicon cache."""
    one: dict[str, set[str]] = {}
    two: dict[str, set[str]] = {}
    for name, items in lexicon.sets.items():
        for item in items if isinstance(items, list) else ():
            if _is_beginning(str(item)):  # "vieraslaj\w*": every word so begun
                one.setdefault(str(item)[:-3].lower() + "*", set()).add(name)
                continue
            for form in _expand(str(item)) or ():
                words = form.lower().split()
                if len(words) == 1:
                    one.setdefault(words[0], set()).add(name)
                elif len(words) == 2:
                    two.setdefault(" ".join(words), set()).add(name)
    return ({k: tuple(sorted(v)) for k, v in one.items()}, {k: tuple(sorted(v)) for k, v in two.items()})
