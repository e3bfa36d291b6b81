"""A large alternation searched only where one of its alternatives can start (issue 15).

The guideline and credit detectors match long alternations of phrases under ``re.I``
(``credit``'s reuse statements, hearsay markers, accusation terms, placeholders,
commercial cues, officialese). Python's engine skips an alternative by its first
character only when that is a case-sensitive literal, so under ``re.I`` it enters every
alternative at every word start of every post: most of the time these detectors take.

:func:`compile` reads off the parsed pattern where a match can begin -- the words or
beginnings of words its alternatives start with (``"har"`` as a whole word, ``"lånad"``
as a beginning), a run of characters before a literal (``[\\w-]{1,20}bild``,
``\\w*rabatt``, ``\\d{1,2}\\s?%``: found by the literal, then back over the run), a
whole word and the beginning of the next (``har\\s+lånat``: "har" only where the next
word begins "lånat", whatever non-word characters lie between), case-sensitive
characters (``©``, ``#``, the ``DD`` of ``DD.MM``), a line start -- and :meth:`Indexed.finditer` looks those up in
the post's words (one pass over the text, shared by every pattern of the post) and runs
the full pattern with ``pattern.match(text, pos)`` only there. ``match`` sees the same
text before ``pos`` as ``finditer`` does (look-behinds, ``\\b``, ``^``), and every
position where the pattern can match is a candidate, so the matches are exactly those of
``pattern.finditer`` (``tests/test_indexed.py`` compares both on every benchmark text,
fixture and random mixes, for every pattern built here). A pattern whose start cannot
be read off (an alternative opening with ``.*``, or with no literal at all), a text
whose lower-casing changes its length (``"İ"``) and an end (``endpos``) inside a word
are searched the plain way.

Case: a position is a candidate when its characters, lower-cased and folded as
``re``'s case-insensitive matching folds them (``re._casefix``: "ſ" is "s", "ı" is
"i"), begin with one of the pattern's beginnings, lower-cased and folded the same way;
case-sensitive parts of a pattern are looked up the same way, which only admits more
candidates. Offsets are 0-based code points, end exclusive, as everywhere.
"""

from __future__ import annotations

import re
import zlib
from functools import lru_cache
from typing import Any, Iterator

from .. import recache

try:  # CPython's parser and case folding; elsewhere every pattern is searched the plain way
    import _sre
    from re import _constants as _c, _parser
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover - not CPython 3.11+
    _sre = None
    _EXTRA_CASES = {}

#: Changed whenever what :func:`_analyse` gives changes (the kept results are keyed by it).
_VERSION = 6
#: Longest beginning read off a pattern: longer ones are cut (a shorter beginning only
#: admits more candidates).
_LONGEST = 12
#: Partial beginnings kept while reading a pattern; past this, all are cut where they are.
_MOST = 4000
#: Longest case-sensitive beginning ("DD" of "DD.MM.YYYY"): each is one ``str.find`` over
#: the text, and two characters already make most of them rare.
_EXACT = 2
#: Most beginnings of a next word kept for one word; past this the word is looked up alone.
_NEXT_WORDS = 64
#: Largest character range expanded into its characters ("[a-zåäö]"); a larger one ends
#: the beginning there.
_RANGE = 64
#: Beginnings of this length and longer are looked up by their first four characters.
_KEY = 4
#: A pattern with more literals to find than this looks them up by their first two
#: characters among the text's pairs of characters (one set per text) before finding them.
_FIND_PAIRS = 8
#: ... when the text is at most this many characters per literal (a longer text's pairs
#: cost more to list than the finds they spare).
_PAIRS_PER_FIND = 2
#: A longer text is searched the plain way: its word index would hold a tuple per word
#: (a hostile 10 MB post), and a post of ordinary length is far shorter.
_LARGEST = 200_000

# Characters that ``re`` matches case-insensitively besides their lower case: each class
# of ``re._casefix`` folded to one member, applied to lower-cased text and beginnings.
_FOLD: dict[int, int] = {}
for _low, _others in _EXTRA_CASES.items():
    _members = sorted({_low, *_others})
    for _m in _members[1:]:
        _FOLD[_m] = _members[0]
_FOLDED = recache.compile("[" + "".join(re.escape(chr(c)) for c in _FOLD) + "]") if _FOLD else None
_WORD = recache.compile(r"\w+")
_WORDCHAR = recache.compile(r"\w")


def _fold_char(ch: str) -> str:
    """``ch`` as a text's character lower-cased and folded compares to it."""
    low = chr(_sre.unicode_tolower(ord(ch)))
    return chr(_FOLD.get(ord(low), ord(low)))


@lru_cache(maxsize=None)
def _is_word(ch: str) -> bool:
    """Whether every character ``re`` may match for folded ``ch`` is a word character
    (the Greek iota's class holds a combining mark that is not)."""
    members = [ch] + [chr(k) for k, v in _FOLD.items() if chr(v) == ch]
    return all(_WORDCHAR.match(m) for m in members)


# -- reading a pattern's beginnings -------------------------------------------------------
# A partial beginning while the pattern is read: (guard, lo, hi, text, state, run).
# guard: "w" a match starts where no word character precedes ((?<!\w), (?<![\w-])), "b"
# at \b, "l" at a line start (^), "" anywhere. lo..hi: how many characters of classes
# too large to list come before ``text`` (the lead: "\d{1,2}\s?" before "%"; hi -1: any
# number); run: what those characters can be, ``(categories, characters)`` with
# categories "w" (\w), "d" (\d), "s" (\s), or ``None`` when unknown.
# state: "open" (more may follow), "cut" (nothing more known), "word" (``text`` is a
# whole word: a character that can be no word character follows).
_OPEN, _CUT, _WHOLE = "open", "cut", "word"
#: In a beginning's text: a whole word, then one or more characters that are no word
#: characters ("har\\s+", "din son[ \\t]"), then what the next word begins with ("har
#: lånat"). Only the first such gap of a beginning is read; it stands for any run of
#: characters that are no word characters, which is what lies between two words of the
#: text (see :meth:`Indexed.candidates`).
_GAP = "\x00"
_NO_LEAD = ("", "")


def _wordlike(guard: str, hi: int, text: str) -> bool:
    """Whether a partial beginning is all word characters from a word start, so that a
    character that is no word character after it makes it a whole word."""
    return bool(text) and guard in ("w", "b") and hi == 0 and all(_is_word(ch) for ch in text)


def _class_chars(items: list) -> set[str] | None:
    """The folded characters of a character class, or ``None`` when it is too large to
    list (a category, a negation, a large range)."""
    chars: set[str] = set()
    for op, av in items:
        if op is _c.LITERAL:
            chars.add(_fold_char(chr(av)))
        elif op is _c.RANGE:
            lo, hi = av
            if hi - lo > _RANGE:
                return None
            for code in range(lo, hi + 1):
                chars.add(_fold_char(chr(code)))
                upper = chr(code).upper()
                if len(upper) == 1:
                    chars.add(_fold_char(upper))
        else:
            return None
    return chars


_CATEGORY_RUN = {"CATEGORY_WORD": "w", "CATEGORY_UNI_WORD": "w", "CATEGORY_DIGIT": "d", "CATEGORY_UNI_DIGIT": "d",
                 "CATEGORY_SPACE": "s", "CATEGORY_UNI_SPACE": "s"}
_NOT_WORD_CATEGORIES = {"CATEGORY_SPACE", "CATEGORY_UNI_SPACE", "CATEGORY_NOT_WORD", "CATEGORY_UNI_NOT_WORD",
                        "CATEGORY_LINEBREAK", "CATEGORY_UNI_LINEBREAK"}


def _uncased(ch: str) -> bool:
    return ch.lower() == ch == ch.upper() and ord(ch) not in _FOLD and all(v != ord(ch) for v in _FOLD.values())


def _class_run(op: Any, av: Any) -> tuple[str, str] | None:
    """A superset of the characters single-character item ``(op, av)`` matches, as
    ``(categories, characters)`` (see above), or ``None``."""
    if op is _c.CATEGORY:
        return (_CATEGORY_RUN[str(av)], "") if str(av) in _CATEGORY_RUN else None
    if op is not _c.IN:
        return None
    if av and av[0][0] is _c.NEGATE:
        # [^\W\d]: the complement of non-word characters and more is word characters
        if any(o is _c.CATEGORY and str(a) in ("CATEGORY_NOT_WORD", "CATEGORY_UNI_NOT_WORD") for o, a in av[1:]):
            return ("w", "")
        return None
    cats, chars = set(), ""
    for o, a in av:
        if o is _c.CATEGORY:
            if str(a) not in _CATEGORY_RUN:
                return None
            cats.add(_CATEGORY_RUN[str(a)])
        elif o is _c.LITERAL or (o is _c.RANGE and a[1] - a[0] <= _RANGE):
            for code in ([a] if o is _c.LITERAL else range(a[0], a[1] + 1)):
                ch = chr(code)
                if _WORDCHAR.match(ch):
                    cats.add("w")  # any word character: more than the class, never less
                elif _uncased(ch):
                    chars += ch
                else:
                    return None
        else:
            return None
    return ("".join(sorted(cats)), chars)


def _joined(run: tuple[str, str] | None, more: tuple[str, str] | None) -> tuple[str, str] | None:
    if run is None or more is None:
        return None
    return ("".join(sorted(set(run[0]) | set(more[0]))), "".join(sorted(set(run[1]) | set(more[1]))))


def _no_word_char(op: Any, av: Any) -> bool:
    """Whether the single-character item ``(op, av)`` never matches a word character
    (``\\s``, a space, punctuation)."""
    if op is _c.LITERAL:
        return not _WORDCHAR.match(chr(av)) and all(not _WORDCHAR.match(chr(k)) for k, v in _FOLD.items() if v == av or k == av)
    if op is _c.CATEGORY:
        return str(av) in _NOT_WORD_CATEGORIES
    if op is _c.IN:
        if any(o is _c.NEGATE for o, _ in av):
            return False
        for o, a in av:
            if o is _c.CATEGORY:
                if str(a) not in _NOT_WORD_CATEGORIES:
                    return False
            elif o is _c.LITERAL:
                if not _no_word_char(o, a):
                    return False
            else:
                return False
        return True
    return False


def _word_class(op: Any, av: Any) -> bool:
    """Whether the item is a class holding ``\\w`` (the guard ``(?<![\\w-])``)."""
    if op is _c.IN:
        return any(o is _c.CATEGORY and str(a) in ("CATEGORY_WORD", "CATEGORY_UNI_WORD") for o, a in av) and not any(o is _c.NEGATE for o, _ in av)
    return op is _c.CATEGORY and str(av) in ("CATEGORY_WORD", "CATEGORY_UNI_WORD")


def _single(sub: Any) -> tuple[Any, Any] | None:
    """The one single-character item of a repeat's body, or ``None``."""
    data = list(sub)
    if len(data) == 1 and data[0][0] in (_c.LITERAL, _c.NOT_LITERAL, _c.IN, _c.ANY, _c.CATEGORY):
        return data[0]
    return None


def _lead(parts: list[tuple], least: int, most: int, run: tuple[str, str] | None) -> list[tuple]:
    """``parts`` (nothing read yet but their lead) after ``least`` to ``most`` characters
    of a class too large to list (``most`` -1: any number)."""
    out = []
    for guard, lo, hi, text, state, was in parts:
        joined = _joined(was, run)
        if most < 0 or hi < 0:
            if joined is None:
                out.append((guard, lo, hi, text, _CUT, was))
            else:
                out.append((guard, lo + least, -1, text, _OPEN, joined))
        else:
            out.append((guard, lo + least, hi + most, text, _OPEN, joined))
    return out


def _cut(parts: list[tuple]) -> list[tuple]:
    return [(g, lo, hi, t, _CUT if s == _OPEN else s, r) for g, lo, hi, t, s, r in parts]


def _exact_chars(op: Any, av: Any) -> set[str] | None:
    """The characters a case-sensitive literal or class matches, or ``None`` when too many."""
    if op is _c.LITERAL:
        return {chr(av)}
    chars: set[str] = set()
    for o, a in av:
        if o is _c.LITERAL:
            chars.add(chr(a))
        elif o is _c.RANGE and a[1] - a[0] <= _RANGE:
            chars.update(chr(code) for code in range(a[0], a[1] + 1))
        else:
            return None
    return chars


def _step(op: Any, av: Any, parts: list[tuple], flags: int) -> list[tuple]:
    """The partial beginnings after item ``(op, av)`` read with ``flags``; ``parts`` are all open."""
    out: list[tuple] = []
    if op in (_c.LITERAL, _c.IN, _c.NOT_LITERAL, _c.ANY, _c.CATEGORY):
        chars = {_fold_char(chr(av))} if op is _c.LITERAL else _class_chars(av) if op is _c.IN else None
        ends_word = _no_word_char(op, av)
        # A case-sensitive first character ("[A-ZÅÄÖ]" of a name) is looked up as written:
        # the capitals of a text, not all its letters.
        exact = _exact_chars(op, av) if op in (_c.LITERAL, _c.IN) and not flags & _c.SRE_FLAG_IGNORECASE else None
        for part in parts:
            guard, lo, hi, text, state, run = part
            if guard.endswith("="):
                # case-sensitive characters so far: grown while the next are too ("DD.MM")
                if exact is None:
                    out.append((guard, lo, hi, text, _CUT, run))
                else:
                    out.extend((guard, lo, hi, text + ch, _CUT if len(text) + 1 >= _EXACT else _OPEN, run) for ch in exact)
            elif exact is not None and not text and lo == hi == 0 and guard != "l":
                out.extend((guard + "=", 0, 0, ch, _OPEN, run) for ch in exact)
            elif ends_word and _wordlike(guard, hi, text):
                # a whole word, and the next word may be read after the gap
                out.append((guard, lo, hi, text + _GAP, _OPEN, run))
            elif text.endswith(_GAP) and (chars is None or not all(_is_word(ch) for ch in chars)):
                # after the gap only the next word's letters are looked up: anything
                # else leaves the whole word before it
                out.append((guard, lo, hi, text[:-1], _WHOLE, run))
            elif chars is None:
                out.extend([(guard, lo, hi, text, _CUT, run)] if text else _lead([part], 1, 1, _class_run(op, av)))
            else:
                for ch in chars:
                    grown = text + ch
                    out.append((guard, lo, hi, grown, _CUT if len(grown) >= _LONGEST else _OPEN, run))
        return out
    if op is _c.BRANCH:
        for alternative in av[1]:
            out.extend(_walk(list(alternative), parts, flags))
        return out
    if op is _c.SUBPATTERN:
        return _walk(list(av[3]), parts, (flags | av[1]) & ~av[2])
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _walk(list(av), parts, flags)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        least, most, sub = av
        if most == 0:
            return parts
        single = _single(sub)
        rest = parts
        if single is not None and least >= 1 and _no_word_char(*single):
            # "\\s+", "[ \\t]{1,3}" after a whole word: one gap, however many characters
            gapped = [p for p in parts if _wordlike(p[0], p[2], p[3])]
            out.extend((g, lo, hi, t + _GAP, _OPEN, r) for g, lo, hi, t, _, r in gapped)
            rest = [p for p in parts if not _wordlike(p[0], p[2], p[3])]
            if not rest:
                return out
        if single is not None and (single[0] is not _c.LITERAL and not (single[0] is _c.IN and _class_chars(single[1]) is not None)):
            # A run of characters of a class too large to list ("\d{1,2}", "[\w-]{0,30}",
            # "\w*"): before anything is read, a lead; after, the beginning ends there.
            out.extend(_lead([p for p in rest if not p[3]], least, -1 if most == _c.MAXREPEAT else most, _class_run(*single)))
            rest = [p for p in rest if p[3]]
            if not rest:
                return out
        if least == 0:
            out.extend(rest)  # the repeat skipped
            out.extend(_cut(_walk(list(sub), rest, flags)))  # or taken once, and maybe more
            return out
        current = rest
        for _ in range(min(least, _LONGEST)):
            current = _walk(list(sub), current, flags)
        if most != least or least > _LONGEST:
            current = _cut(current)
        out.extend(current)
        return out
    if op is _c.AT:
        name = str(av)
        for guard, lo, hi, text, state, run in parts:
            fresh = not text and hi == 0 and not guard
            if fresh and name in ("AT_BEGINNING", "AT_BEGINNING_STRING", "AT_BEGINNING_LINE"):
                out.append(("l", lo, hi, text, state, run))
            elif fresh and name in ("AT_BOUNDARY", "AT_UNI_BOUNDARY"):
                out.append(("b", lo, hi, text, state, run))
            elif name in ("AT_BOUNDARY", "AT_UNI_BOUNDARY") and _wordlike(guard, hi, text):
                out.append((guard, lo, hi, text, _WHOLE, run))
            else:
                out.append((guard, lo, hi, text, state, run))
        return out
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        direction, sub = av
        body = list(sub)
        word_guard = op is _c.ASSERT_NOT and len(body) == 1 and _word_class(*body[0])
        for guard, lo, hi, text, state, run in parts:
            if word_guard and direction < 0 and not text and hi == 0 and not guard:
                out.append(("w", lo, hi, text, state, run))
            elif word_guard and direction > 0 and _wordlike(guard, hi, text):
                out.append((guard, lo, hi, text, _WHOLE, run))
            else:
                out.append((guard, lo, hi, text, state, run))
        return out
    # group references, conditionals, anything else: nothing more is known
    return _cut(parts)


def _walk(items: list, parts: list[tuple], flags: int) -> list[tuple]:
    """The partial beginnings after the sequence ``items`` read with ``flags``."""
    for op, av in items:
        still = [p for p in parts if p[4] == _OPEN]
        if not still:
            break
        done = [p for p in parts if p[4] != _OPEN]
        parts = list(dict.fromkeys(done + _step(op, av, still, flags)))
        if len(parts) > _MOST:
            parts = _cut(parts)
    return parts


def _analyse(pattern: str, flags: int) -> tuple | None:
    """Where a match of ``pattern`` can start, as marshal-able tuples:
    ``(words, prefixes, finds, lines, exact, pairs)``: whole words and word beginnings at a word start;
    ``(text, lo, hi, guard, categories, characters)`` looked up anywhere, the match
    starting ``lo`` to ``hi`` characters before (``hi`` -1: any number), of the run
    ``categories``/``characters`` when known (``categories`` ``None`` otherwise); and whether
    line starts are candidates; ``(character, guard)`` of case-sensitive first
    characters, looked up as written; ``(word, next)``: a whole word at a word start whose
    next word begins with ``next`` (only characters that are no word characters between
    them). ``None`` when some alternative can start anywhere."""
    parsed = _parser.parse(pattern, flags)
    if parsed.getwidth()[0] == 0:
        return None  # an empty match: finditer's rules for those are not repeated here
    parts = _walk(list(parsed), [("", 0, 0, "", _OPEN, _NO_LEAD)], parsed.state.flags)
    words, prefixes, finds, exact, lines, pairs = set(), set(), set(), set(), False, set()
    for guard, lo, hi, text, state, run in parts:
        if _GAP in text:
            first, _, following = text.partition(_GAP)
            if following and _GAP not in following:
                pairs.add((first, following))
            else:
                words.add(first)
        elif guard == "l":
            lines = True
        elif guard.endswith("="):
            exact.add((text, guard[:-1] if guard[:-1] == "w" else ""))
        elif not text:
            return None  # an alternative opening with an unbounded or unlisted class
        elif guard in ("w", "b") and hi == 0 and _is_word(text[0]):
            if state == _WHOLE:
                words.add(text)
            else:
                prefixes.add(text)
        else:
            cats, chars = run if run is not None else (None, "")
            finds.add((text, lo, hi, guard if guard == "w" else "", cats, chars))
    # a whole word is also found as a beginning: keep the beginning only
    words = {w for w in words if not any(w.startswith(p) for p in prefixes if len(p) <= len(w))}
    # a word followed by many beginnings (a relation word before any first name: 1,426
    # each) is looked up as the whole word: the pairs would cost more than they spare
    by_first: dict[str, int] = {}
    for w, _ in pairs:
        by_first[w] = by_first.get(w, 0) + 1
    crowded = {w for w, count in by_first.items() if count > _NEXT_WORDS}
    words |= {w for w in crowded if not any(w.startswith(p) for p in prefixes if len(p) <= len(w))}
    # ... and so is a pair whose first word is one
    pairs = {(w, n) for w, n in pairs if w not in words and not any(w.startswith(p) for p in prefixes if len(p) <= len(w))}
    return (tuple(sorted(words)), tuple(sorted(prefixes)), tuple(sorted(finds, key=repr)), lines, tuple(sorted(exact)), tuple(sorted(pairs)))


# -- one post's text ---------------------------------------------------------------------
class _Text:
    """The lower-cased, folded text with its words by position, computed once per text
    and shared by every indexed pattern (the last few texts are kept)."""

    __slots__ = ("text", "low", "words", "_by_word", "_by_start", "_pairs", "_following")

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower() if len(text) <= _LARGEST else ""
        if len(low) != len(text):
            self.low = None  # a character lower-cases to two ("İ"), or too long: searched the plain way
            return
        if _FOLDED is not None and _FOLDED.search(low):
            low = low.translate(_FOLD)
        self.low = low
        self.words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
        self._by_word: dict[str, list[int]] | None = None
        self._by_start: dict[int, dict[str, list[int]]] = {}
        self._pairs: set[str] | None = None
        self._following: dict[int, int] | None = None

    def following(self) -> dict[int, int]:
        """Each word's start -> the next word's start (only characters that are no word
        characters lie between them: the words are runs of ``\\w``)."""
        if self._following is None:
            words = self.words
            self._following = {words[i][0]: words[i + 1][0] for i in range(len(words) - 1)}
        return self._following

    def pairs(self) -> set[str]:
        """Every two consecutive characters of the lower-cased, folded text."""
        if self._pairs is None:
            low = self.low
            self._pairs = {low[i : i + 2] for i in range(len(low) - 1)}
        return self._pairs

    def by_word(self) -> dict[str, list[int]]:
        """Each lower-cased, folded word -> its start offsets."""
        if self._by_word is None:
            low, index = self.low, {}
            for start, end in self.words:
                index.setdefault(low[start:end], []).append(start)
            self._by_word = index
        return self._by_word

    def by_start(self, length: int) -> dict[str, list[int]]:
        """The first ``length`` characters at each word start -> those word starts."""
        index = self._by_start.get(length)
        if index is None:
            low, index = self.low, {}
            for start, _ in self.words:
                index.setdefault(low[start : start + length], []).append(start)
            self._by_start[length] = index
        return index


_TEXTS: list[_Text] = []


def _text(text: str) -> _Text:
    for held in _TEXTS:
        if held.text is text:
            return held
    held = _Text(text)
    _TEXTS.insert(0, held)
    del _TEXTS[4:]
    return held


def _run_re(cats: str | None, chars: str) -> re.Pattern[str] | None:
    """One character of a lead's run: categories ``w``/``d``/``s`` and ``chars``."""
    if cats is None:
        return None
    if not cats and not chars:
        return recache.compile("(?!)")
    return recache.compile("[" + "".join("\\" + c for c in cats) + "".join(re.escape(c) for c in chars) + "]")


def words_at(text: str) -> dict[str, list[int]] | None:
    """Each word of ``text`` (a run of ``\\w``), lower-cased and folded (:func:`fold`) ->
    its 0-based start offsets in order; ``None`` when lower-casing changes the text's
    length. Shared with the indexed patterns of the same text."""
    held = _text(text)
    return None if held.low is None else held.by_word()


def fold(word: str) -> str:
    """``word`` lower-cased and folded as :func:`words_at` keys are (``"ſ"`` is ``"s"``)."""
    return word.lower().translate(_FOLD)


# -- the pattern ---------------------------------------------------------------------------
class Indexed:
    """A compiled pattern whose :meth:`finditer` and :meth:`search` run the pattern only
    where it can start; otherwise the ``re.Pattern`` (``pattern``, ``match``... are its)."""

    def __init__(self, compiled: re.Pattern[str], starts: tuple | None) -> None:
        self.compiled = compiled
        self.starts = starts
        if starts is not None:
            words, prefixes, finds, lines, exact, pairs = starts
            self._words = frozenset(words)
            # the words a match may start with when the next word begins a certain way
            # (a tuple each: one str.startswith tries them all)
            next_words: dict[str, list[str]] = {}
            for first, following in pairs:
                next_words.setdefault(first, []).append(following)
            self._next_words = {first: tuple(found) for first, found in next_words.items()}
            self._pair_keys = frozenset(self._next_words)
            short: dict[int, set[str]] = {}
            long: dict[str, list[str]] = {}
            for prefix in prefixes:
                if len(prefix) < _KEY:
                    short.setdefault(len(prefix), set()).add(prefix)
                else:
                    long.setdefault(prefix[:_KEY], []).append(prefix)
            self._short = {length: frozenset(found) for length, found in short.items()}
            self._long = {key: tuple(found) for key, found in long.items()}
            self._long_keys = frozenset(long)
            self._finds = [(literal, lo, hi, guard == "w", _run_re(cats, chars)) for literal, lo, hi, guard, cats, chars in finds]
            # Many literals (the title stems: 681): most are not in a short text, and a
            # find each cost more than the rest of the lookup. A literal occurs only
            # where its first two characters do, so only those whose pair is among the
            # text's are looked for (the same occurrences; the order of the literals
            # does not matter, each is walked on its own into one set).
            self._find_pairs: dict[str, list] | None = None
            if len(self._finds) > _FIND_PAIRS and all(len(entry[0]) >= 2 for entry in self._finds):
                self._find_pairs = {}
                for entry in self._finds:
                    self._find_pairs.setdefault(entry[0][:2], []).append(entry)
            self._lines = lines
            self._exact = exact

    def __getattr__(self, name: str) -> Any:
        return getattr(self.compiled, name)

    def candidates(self, text: str) -> list[int] | None:
        """Sorted offsets where a match of the pattern may start in ``text``, or ``None``
        when ``text`` must be searched the plain way."""
        if self.starts is None:
            return None
        held = _text(text)
        low = held.low
        if low is None:
            return None
        found: set[int] = set()
        if self._words:
            by_word = held.by_word()
            for word in self._words.intersection(by_word):
                found.update(by_word[word])
        if self._pair_keys:
            by_word, following = held.by_word(), held.following()
            for word in self._pair_keys.intersection(by_word):
                nexts = self._next_words[word]
                for start in by_word[word]:
                    at = following.get(start)
                    if at is not None and low.startswith(nexts, at):
                        found.add(start)
        for length, prefixes in self._short.items():
            by_start = held.by_start(length)
            for prefix in prefixes.intersection(by_start):
                found.update(by_start[prefix])
        if self._long_keys:
            by_start = held.by_start(_KEY)
            for key in self._long_keys.intersection(by_start):
                fulls = self._long[key]
                for start in by_start[key]:
                    if any(low.startswith(full, start) for full in fulls):
                        found.add(start)
        word = _WORDCHAR.match
        finds = self._finds
        if self._find_pairs is not None and (held._pairs is not None or len(low) <= _PAIRS_PER_FIND * len(finds)):
            by_pair = self._find_pairs
            finds = [entry for pair in held.pairs().intersection(by_pair) for entry in by_pair[pair]]
        for literal, lo, hi, guarded, run in finds:
            # Occurrences come in order, so each run of lead characters is walked back
            # over once and each offset listed once: linear in the text however many
            # occurrences share a run ("rabattrabatt...").
            listed = walked_from = walked_to = -1
            at = low.find(literal)
            while at >= 0:
                if hi == 0:
                    first = at
                elif run is None:
                    first = max(0, at - hi)
                else:
                    # back over the lead's characters, at most ``hi`` of them
                    limit = 0 if hi < 0 else max(0, at - hi)
                    first = at
                    while first > limit and first > walked_to and run.match(text, first - 1):
                        first -= 1
                    if first == walked_to and first > limit:
                        first = max(limit, walked_from)  # the run walked back over before
                    walked_from, walked_to = first, at
                for start in range(max(first, listed + 1), at - lo + 1):
                    if not guarded or start == 0 or not word(text, start - 1):
                        found.add(start)
                listed = max(listed, at - lo)
                at = low.find(literal, at + 1)
        for char, guard in self._exact:
            at = text.find(char)
            while at >= 0:
                if not guard or at == 0 or not word(text, at - 1):
                    found.add(at)
                at = text.find(char, at + 1)
        if self._lines:
            found.add(0)
            at = text.find("\n")
            while at >= 0:
                found.add(at + 1)
                at = text.find("\n", at + 1)
        return sorted(found)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """The matches ``self.compiled.finditer(text, pos, endpos)`` gives, in order."""
        starts = self.candidates(text)
        if starts is not None and endpos is not None and 0 < endpos < len(text) and _WORDCHAR.match(text, endpos - 1) and _WORDCHAR.match(text, endpos):
            starts = None  # an end inside a word makes a shorter word of it: not in the index
        if starts is None:
            yield from (self.compiled.finditer(text, pos) if endpos is None else self.compiled.finditer(text, pos, endpos))
            return
        end = len(text) if endpos is None else endpos
        match = self.compiled.match
        after = pos
        for start in starts:
            if start < after:
                continue
            if start > end:
                break
            found = match(text, start, end)
            if found is not None:
                yield found
                after = found.end()  # no empty matches (see _analyse)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``self.compiled.search(text, pos, endpos)``."""
        return next(self.finditer(text, pos, endpos), None)


def compile(pattern: str, flags: int = 0) -> Indexed:  # noqa: A001 - like re.compile
    """``recache.compile(pattern, flags)`` with its beginnings read off (kept between runs
    with the compiled patterns, :func:`kommunlint.recache.data`). Raises ``re.error`` for
    an invalid pattern."""
    compiled = recache.compile(pattern, flags)
    starts = None
    if _sre is not None:
        starts = recache.data(f"indexed-{_VERSION}:{int(flags)}:{zlib.crc32(pattern.encode())}", pattern, lambda text: _analyse(text, int(flags)))
        if starts is not None:
            starts = (tuple(starts[0]), tuple(starts[1]), tuple(tuple(f) for f in starts[2]), bool(starts[3]), tuple(tuple(e) for e in starts[4]),
                      tuple(tuple(p) for p in starts[5]))
    return Indexed(compiled, starts)
