"""Loading the offensive-language lexicons and exception lists (package data, cached).

A lexicon file ``data/lexicon_<lang>.yaml`` holds ``terms`` (single words, matched
after normalisation, stemming and compound splitting by :mod:`.matcher`) and
``phrases`` (regular expressions for threats, incitement and multi-word insults,
matched by :mod:`.phrases`). Each entry has a ``category`` (one of
:data:`CATEGORIES`) and a ``sureness`` 0–2: 2 = offensive in practically every use,
1 = usually, 0 = only in some contexts (reported as ``info``).

Term entry keys: ``term`` (lemma), ``forms`` (explicit surface forms, lower case;
the lemma is always one), ``category``, ``sureness``, ``compound`` (``none``,
``prefix``: may start a compound, ``suffix``: may end one, ``both``), ``stem``
(``false`` turns off Snowball-stem matching), ``not_after`` / ``not_before``
(words that, directly before / after the term, make it innocent: "ett fan av"),
``exceptions`` (innocent words the stemmer or compound splitter would catch),
``innocent_near`` (word beginnings that, anywhere in the same sentence, give the
term its everyday sense: "parasiter" in a notice about drinking water, "råttor" in
one about pest control), ``english_only`` (English words that are everyday Swedish or Finnish: "slut", "prick"), ``note``.

Phrase entry keys: ``pattern`` (regular expression), ``category``, ``sureness``,
``note``, and ``keep_words`` (``true``: single-word hits inside the phrase of
another category are still reported, so "vitun demarit" is an insult and its
"vitun" still profanity). A pattern may name a word set of the file's ``sets``
section as ``%name%`` ("%violent_inf%"): it is replaced by the set's alternatives,
so one list of inflected verbs or group nouns serves many phrases. ``not_after``: a
regular expression (sets allowed); when the word right before the match matches it
whole, the phrase is innocent ("ilotulitteita pitää ampua": fireworks).

Exception files (one lower-case word a line, ``#`` comments): ``exceptions_*.txt``;
see ``data/SOURCE.md`` beside this module for where each list comes from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

#: Lexicon categories; each maps to the rule ``offensive/<category>``.
CATEGORIES: tuple[str, ...] = ("profanity", "insult", "threat", "hate-speech", "sexual", "incitement")
#: Languages with a lexicon file.
LANGUAGES: tuple[str, ...] = ("sv", "fi", "en")
#: Snowball stemmer name per language.
STEMMERS: dict[str, str] = {"sv": "swedish", "fi": "finnish", "en": "english"}
#: Shortest stem used for stem matching; shorter stems ("fan", "kuk", "hor")
#: collide with innocent words, so such terms match only their listed forms.
MIN_STEM = 4
#: Shortest exception stem (place name, everyday word) that covers its inflected forms.
EXCEPTION_STEM = 5


@dataclass(frozen=True)
class Term:
    """One lexicon word entry (see the module docstring for the keys)."""

    term: str
    lang: str
    category: str
    sureness: int
    forms: frozenset[str]
    compound: str = "none"
    stem: bool = True
    not_after: frozenset[str] = frozenset()
    not_before: frozenset[str] = frozenset()
    exceptions: frozenset[str] = frozenset()
    innocent_near: tuple[str, ...] = ()
    english_only: bool = False
    note: str = ""


@dataclass(frozen=True)
class Phrase:
    """One phrase entry: ``pattern`` is a case-insensitive regular expression."""

    pattern: str
    lang: str
    category: str
    sureness: int
    note: str = ""
    keep_words: bool = False
    not_after: str = ""


@dataclass
class Lexicon:
    """All entries of one language plus lookup tables built once."""

    lang: str
    terms: list[Term]
    phrases: list[Phrase]
    by_form: dict[str, Term] = field(default_factory=dict)
    by_stem: dict[str, Term] = field(default_factory=dict)
    prefixes: list[tuple[str, Term]] = field(default_factory=list)
    suffixes: list[tuple[str, Term]] = field(default_factory=list)
    exceptions: frozenset[str] = frozenset()
    exception_stems: frozenset[str] = frozenset()


def _read(name: str) -> str:
    return resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")


def read_word_list(name: str) -> frozenset[str]:
    """Lower-cased words of a package ``.txt`` list (``#`` starts a comment)."""
    words = set()
    for line in _read(name).splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.add(line)
    return frozenset(words)


def stemmer(lang: str):
    """The cached Snowball stemmer (PyStemmer) for ``lang``; imported lazily."""
    return _stemmer(lang)


@lru_cache(maxsize=None)
def _stemmer(lang: str):
    import Stemmer  # PyStemmer: C Snowball stemmers, loads in ~1 ms

    return Stemmer.Stemmer(STEMMERS[lang])


#: Place-name lists: the hand-collected one and the one generated from GeoNames
#: (scripts/place_name_exceptions.py).
PLACE_LISTS: tuple[str, ...] = ("exceptions_places.txt", "exceptions_places_geonames.txt")


@lru_cache(maxsize=None)
def places() -> frozenset[str]:
    """Place names that contain a swear word's letters (Fittja, Kukkola, Helvetinjärvi)."""
    return frozenset().union(*(read_word_list(name) for name in PLACE_LISTS))


@lru_cache(maxsize=None)
def exceptions() -> frozenset[str]:
    """Innocent words shared by all languages: place names, names, everyday words."""
    return places() | read_word_list("exceptions_words.txt")


@lru_cache(maxsize=None)
def names() -> frozenset[str]:
    """First names and surnames that contain a swear word's letters ("Kukkonen", "Urpo").

    Innocent only when written with a capital letter: "urpo" is still an insult.
    """
    return read_word_list("exceptions_names.txt")


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    """The lexicon of ``lang`` (``sv``, ``fi`` or ``en``), parsed and indexed once.

    Raises ``ValueError`` for an entry with an unknown category or sureness outside 0–2
    (a broken package data file, caught by the tests).
    """
    from ...yamlio import load_yaml_text

    data = load_yaml_text(_read(f"lexicon_{lang}.yaml"), f"lexicon_{lang}.yaml") or {}
    terms = [_term(entry, lang) for entry in data.get("terms") or []]
    sets = data.get("sets") or {}
    phrases = [
        Phrase(
            _expand(e["pattern"], sets),
            lang,
            _category(e),
            _sureness(e),
            e.get("note", ""),
            bool(e.get("keep_words", False)),
            _expand(e.get("not_after", ""), sets),
        )
        for e in data.get("phrases") or []
    ]
    # An entry's exceptions are innocent words of the language, whatever entry they guard.
    own = frozenset().union(*(term.exceptions for term in terms))
    lex = Lexicon(lang, terms, phrases, exceptions=exceptions() | own)
    stem = stemmer(lang).stemWord
    for term in terms:
        for form in term.forms:
            lex.by_form.setdefault(form, term)
        if term.stem:
            root = stem(term.term)
            if len(root) >= MIN_STEM:
                lex.by_stem.setdefault(root, term)
        if term.compound in ("prefix", "both"):
            lex.prefixes.extend((form, term) for form in term.forms)
        if term.compound in ("suffix", "both"):
            lex.suffixes.extend((form, term) for form in term.forms)
    # Longest first: "jävlarna" before "jävla" so the whole part is taken.
    lex.prefixes.sort(key=lambda p: -len(p[0]))
    lex.suffixes.sort(key=lambda p: -len(p[0]))
    # Place names and everyday words inflect ("Helvetinjärvellä", "Fittjas", "tarvittua"):
    # a word whose stem is an exception's stem is that exception, unless the stem is
    # too short to tell or is an entry's own stem.
    entry_stems = set(lex.by_stem) | {stem(form) for form in lex.by_form}
    lex.exception_stems = frozenset(
        root for root in (stem(word) for word in lex.exceptions) if len(root) >= EXCEPTION_STEM and root not in entry_stems
    )
    return lex


_SET_REF = re.compile(r"%(\w+)%")


def _expand(pattern: str, sets: dict) -> str:
    """``pattern`` with each ``%name%`` replaced by ``(?:alt1|alt2|...)`` from ``sets``.

    Raises ``KeyError`` naming an unknown set (a broken data file, caught by the tests).
    """

    def alternatives(m: re.Match) -> str:
        name = m.group(1)
        if name not in sets:
            raise KeyError(f"unknown word set %{name}% in pattern {pattern!r}")
        return "(?:" + "|".join(str(w) for w in sets[name]) + ")"

    # A set may name another set ("%not_people%" inside "%violent_inf%"): expand until none is left.
    for _ in range(4):
        expanded = _SET_REF.sub(alternatives, pattern)
        if expanded == pattern:
            break
        pattern = expanded
    return pattern


def _category(entry: dict) -> str:
    category = entry.get("category")
    if category not in CATEGORIES:
        raise ValueError(f"unknown category {category!r} in {entry!r}")
    return category


def _sureness(entry: dict) -> int:
    sureness = entry.get("sureness")
    if sureness not in (0, 1, 2):
        raise ValueError(f"sureness must be 0, 1 or 2 in {entry!r}")
    return sureness


def _words(value) -> frozenset[str]:
    return frozenset(str(v).lower() for v in (value or []))


def _term(entry: dict, lang: str) -> Term:
    lemma = str(entry["term"]).lower()
    return Term(
        term=lemma,
        lang=lang,
        category=_category(entry),
        sureness=_sureness(entry),
        forms=_words(entry.get("forms")) | {lemma},
        compound=entry.get("compound", "none"),
        stem=bool(entry.get("stem", True)),
        not_after=_words(entry.get("not_after")),
        not_before=_words(entry.get("not_before")),
        exceptions=_words(entry.get("exceptions")),
        innocent_near=tuple(sorted(_words(entry.get("innocent_near")), key=len, reverse=True)),
        english_only=bool(entry.get("english_only", False)),
        note=entry.get("note", ""),
    )
