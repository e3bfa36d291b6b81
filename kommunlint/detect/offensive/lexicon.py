"""Loading the offensive-language lexicons and exception lists (package data, cached).

A lexicon file ``data/lexicon_<lang>.yaml`` holds ``terms`` (single words, matched
after normalisation, stemming and compound splitting by :mod:`.matcher`) and
``phrases`` (regular expressions for threats, incitement and multi-word insults,
matched by :mod:`.phrases`). Each entry has a ``category`` (one of
:data:`CATEGORIES`) and a ``sureness`` 0–2: 2 = offensive in practically every use,
1 = usually, 0 = only in some contexts (reported as ``info``).

Term entry keys: ``term`` (lemma) or ``words`` (several lemmas sharing the other keys,
each reported as itself; ``"lemma:class"`` names a lemma's inflection class), ``infl``
(inflection class for :func:`.morph.paradigm`: the complete paradigm of every lemma is
generated, ``none`` turns that off), ``forms`` (extra surface forms, lower case: the
irregular and colloquial ones), ``category``, ``also`` (more categories the same word
belongs to: "kusipää" is an insult and profanity), ``sureness``, ``compound``
(``none``, ``prefix``: may start a compound, ``suffix``: may end one, ``both``, the
default for lemmas of four letters or more), ``alone`` (``false``: only as the last part
of a compound whose first part names a group or a person, "muslimi|koirat"),
``needs`` (with ``alone: false``: ``group`` or ``person``, what the first part must
name), ``head_also`` (categories added when the word ends a compound whose first part
names a person or group: "byrokraatti|paskat" is an insult; ``head_needs: any``:
whatever the first part, "velli|perse"), ``stem``
(``false`` turns off Snowball-stem matching), ``not_after`` / ``not_before``
(words that, directly before / after the term, make it innocent: "ett fan av"),
``exceptions`` (innocent words the stemmer or compound splitter would catch),
``innocent_near`` (word beginnings that, anywhere in the same sentence, give the
term its everyday sense: "parasiter" in a notice about drinking water, "råttor" in
one about pest control), ``english_only`` (English words that are everyday Swedish or Finnish: "slut", "prick"), ``note``.

A file's ``defaults`` mapping gives keys every entry has unless it says otherwise
(the English file: no generated forms, no compounds). ``compound_modifiers`` lists the
beginnings of compound first parts that name an identity group (``group``) or a person,
office or party (``person``).

Phrase entry keys: ``pattern`` (regular expression) or ``parts`` / ``gap`` /
``order`` (a phrase as grammar, see :func:`_grammar`), ``category``, ``also`` (more
categories: "vitun muslimit" is hate speech and an insult), ``sureness``, ``note``,
``report`` (``false``: not softened by a reporting frame), and ``keep_words`` (``true``: single-word hits inside the phrase of
another category are still reported, so "vitun demarit" is an insult and its
"vitun" still profanity). A pattern may name a word set of the file's ``sets``
section as ``%name%`` ("%violent_inf%"): it is replaced by the set's alternatives,
so one list of inflected verbs or group nouns serves many phrases. A file's
``clitics`` section (``suffix``, ``sets``) lets the words of the named sets carry a
clitic ("tapanhan", "ammunkin"; Finnish). ``not_after``: a
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
    forms: frozenset[str] = field(repr=False)
    compound: str = "none"
    stem: bool = True
    also: tuple[str, ...] = ()
    alone: bool = True
    needs: str = ""
    head_also: tuple[str, ...] = ()
    head_needs: str = "person"
    fuzzy_forms: frozenset[str] = field(default=frozenset(), repr=False)
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
    also: tuple[str, ...] = ()
    #: The pattern before its ``%set%`` references were expanded (the phrase filter reads it).
    source: str = field(default="", repr=False)
    #: Words a match must contain, for the cheap filter (:func:`.phrases.anchors`).
    anchors: tuple | None = field(default=None, repr=False, compare=False)


@dataclass
class Lexicon:
    """All entries of one language plus lookup tables built once."""

    lang: str
    terms: list[Term]
    phrases: list[Phrase]
    by_form: dict[str, Term] = field(default_factory=dict)
    by_stem: dict[str, Term] = field(default_factory=dict)
    #: Compound-initial forms (lemma, genitive, Swedish linking forms) of ``prefix``/``both`` entries.
    modifiers: dict[str, Term] = field(default_factory=dict)
    #: Every generated form of ``suffix``/``both`` entries and of compound-only ones.
    heads: dict[str, Term] = field(default_factory=dict)
    exceptions: frozenset[str] = frozenset()
    exception_stems: frozenset[str] = frozenset()
    #: Word beginnings and endings of a compound's first part that name an identity group
    #: (``group``) or a person, office or party (``person``): data ``compound_modifiers``.
    group_roots: tuple[str, ...] = ()
    person_roots: tuple[str, ...] = ()
    #: Words that make a sentence report a threat or a stereotype (set ``report``), as a
    #: regular expression ("" for none); :attr:`report` compiles it on first use.
    report_pattern: str = ""
    #: First-person copulas before a word said of oneself (set ``self_copula``).
    self_copula: frozenset[str] = frozenset()
    #: The word sets as written in the data file (``%name%`` → items).
    sets: dict = field(default_factory=dict, repr=False)
    #: Words that tell a swear word is aimed at the one addressed (data ``aimed_at``:
    #: ``copula``, ``vocative``, ``filler``, ``not`` → lower-case words or word pairs),
    #: read by :func:`.matcher._aimed_at_person`.
    aimed: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    #: Forms too short or too common to be looked up alone (the fuzzy filter's keys).
    fuzzy_index: dict[tuple[str, int], list[tuple[str, Term]]] = field(default_factory=dict)

    @property
    def report(self) -> "re.Pattern[str] | None":
        """:attr:`report_pattern` compiled (case-insensitive, whole words), or ``None``."""
        return _compiled_report(self.report_pattern) if self.report_pattern else None


@lru_cache(maxsize=None)
def _compiled_report(pattern: str) -> "re.Pattern[str]":
    return re.compile(pattern, re.I)


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

    # PyStemmer keeps 10,000 words per stemmer by default: with the matcher's own per-word
    # memo that is a second copy of a long run's vocabulary (6 MB over 1,000 posts);
    # stemming a word afresh costs about a microsecond.
    return Stemmer.Stemmer(STEMMERS[lang], 1024)


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
    """The lexicon of ``lang`` (``sv``, ``fi`` or ``en``), parsed and indexed once per process.

    Read from the precomputed :data:`CACHE` when it was built from the current data
    files and code (:func:`cached`), else built from the YAML (:func:`build`). Raises
    ``ValueError`` for an entry with an unknown category or sureness outside 0–2 (a
    broken package data file, caught by the tests).
    """
    found = cached()
    return found["lexicons"][lang] if found else build(lang)


# -- the precomputed lexicons ------------------------------------------------------
#: The lexicons parsed, expanded and indexed, pickled beside the data files by
#: ``python scripts/offensive_cache.py`` (tests/test_offensive_lexicon.py checks it is
#: current). Building them costs ~0.1 s of CPU (YAML, paradigms, the phrase patterns'
#: word sets, parsing every phrase for the filter's anchors); unpickling a few ms,
#: which is most of a cold single-post check.
CACHE = "lexicons.pickle"
#: What the cache is built from: the data files and the code that reads them. A cache
#: whose key (:func:`source_key`) differs is ignored, so an edited lexicon is never
#: shadowed by a stale cache (only slower until the script is run again).
CACHE_SOURCES: tuple[str, ...] = (
    *(f"data/lexicon_{lang}.yaml" for lang in LANGUAGES),
    *(f"data/{name}" for name in PLACE_LISTS),
    "data/exceptions_words.txt",
    "lexicon.py",
    "morph.py",
    "patterns.py",
)
#: Bumped when the cache's layout changes.
CACHE_FORMAT = 1


def source_key() -> str:
    """SHA-256 (hex) of :data:`CACHE_SOURCES`' bytes and :data:`CACHE_FORMAT`."""
    try:  # CPython's built-in SHA-256, the same digest: hashlib loads OpenSSL, a few ms of a cold run
        from _sha256 import sha256
    except ImportError:  # pragma: no cover - Python 3.12+ (_sha2) or another interpreter
        try:
            from _sha2 import sha256
        except ImportError:
            from hashlib import sha256

    digest = sha256(str(CACHE_FORMAT).encode())
    base = resources.files(__package__)
    for name in CACHE_SOURCES:
        digest.update(name.encode() + b"\0" + base.joinpath(*name.split("/")).read_bytes() + b"\0")
    return digest.hexdigest()


def build_cache() -> bytes:
    """The pickled cache: ``{"key", "lexicons": {lang: Lexicon}, "index": {lang: phrase
    index}, "word_sets": {lang: the learned scorer's word sets}}``."""
    import pickle

    from .patterns import build_index, word_sets_of

    lexicons = {lang: build(lang) for lang in LANGUAGES}
    index = {lang: build_index(lexicons[lang]) for lang in LANGUAGES}
    sets = {lang: word_sets_of(lexicons[lang]) for lang in LANGUAGES}
    return pickle.dumps({"key": source_key(), "lexicons": lexicons, "index": index, "word_sets": sets},
                        protocol=pickle.HIGHEST_PROTOCOL)


@lru_cache(maxsize=1)
def cached() -> dict | None:
    """The unpickled :data:`CACHE` when its key is current, else ``None``.

    The file is package data written by our own script (never user input), so
    unpickling it is no more trust than importing this module.
    """
    import pickle

    try:
        raw = resources.files(__package__).joinpath("data", CACHE).read_bytes()
    except (FileNotFoundError, OSError):
        return None
    try:
        data = pickle.loads(raw)
    except Exception:  # a cache written by an older layout: rebuild from the YAML
        return None
    return data if isinstance(data, dict) and data.get("key") == source_key() else None


def build(lang: str) -> Lexicon:
    """The lexicon of ``lang`` built from ``data/lexicon_<lang>.yaml`` (see :func:`load`)."""
    from ...yamlio import load_yaml_text
    from .patterns import anchors

    data = load_yaml_text(_read(f"lexicon_{lang}.yaml"), f"lexicon_{lang}.yaml") or {}
    defaults = data.get("defaults") or {}
    terms = [term for entry in data.get("terms") or [] for term in _terms({**defaults, **entry}, lang)]
    sets = data.get("sets") or {}
    clitics = data.get("clitics") or {}
    clitic = (str(clitics.get("suffix") or ""), frozenset(str(n) for n in clitics.get("sets") or []))
    phrases = [
        Phrase(
            _expand(_grammar(e), sets, lang, clitic),
            lang,
            _category(e),
            _sureness(e),
            e.get("note", ""),
            bool(e.get("keep_words", False)),
            _expand(e.get("not_after", ""), sets, lang),
            tuple(str(c) for c in e.get("also") or []),
            _grammar(e),
        )
        for e in data.get("phrases") or []
    ]
    from dataclasses import replace

    phrases = [replace(p, anchors=anchors(p.pattern)) for p in phrases]
    # An entry's exceptions are innocent words of the language, whatever entry they guard.
    own = frozenset().union(*(term.exceptions for term in terms))
    modifiers_data = data.get("compound_modifiers") or {}
    report = "|".join(str(w) for w in sets.get("report") or [])
    lex = Lexicon(
        lang, terms, phrases, exceptions=exceptions() | own,
        group_roots=tuple(sorted((str(w).lower() for w in modifiers_data.get("group") or []), key=len, reverse=True)),
        person_roots=tuple(sorted((str(w).lower() for w in modifiers_data.get("person") or []), key=len, reverse=True)),
        report_pattern=rf"(?<!\w)(?:{report.replace(' ', chr(92) + 's+')})(?!\w)" if report else "",
        self_copula=_words(sets.get("self_copula")),
        sets=sets,
        aimed={str(k): _words(v) for k, v in (data.get("aimed_at") or {}).items()},
    )
    stem = stemmer(lang).stemWord
    for term in terms:
        if term.alone:
            for form in term.forms:
                lex.by_form.setdefault(form, term)
            if term.stem:
                root = stem(term.term)
                if len(root) >= MIN_STEM:
                    lex.by_stem.setdefault(root, term)
        if term.compound in ("prefix", "both"):
            for form in _modifier_forms(term, lang):
                lex.modifiers.setdefault(form, term)
        if term.compound in ("suffix", "both") or not term.alone:
            for form in term.forms:
                if len(form) >= 3:
                    lex.heads.setdefault(form, term)
        if term.sureness == 2 and term.alone:
            # Fuzzy matching compares with the lemma and the listed forms only: generated
            # forms include rare ones one letter away from everyday words ("kulleiden" /
            # "kuolleiden", the dead).
            for form in sorted(term.fuzzy_forms):  # sorted: the same cache from every build
                if len(form) >= FUZZY_MIN - 1:
                    lex.fuzzy_index.setdefault((form[:2], len(form)), []).append((form, term))
    # Place names and everyday words inflect ("Helvetinjärvellä", "Fittjas", "tarvittua"):
    # a word whose stem is an exception's stem is that exception, unless the stem is
    # too short to tell or is an entry's own stem.
    entry_stems = set(lex.by_stem) | {stem(form) for form in lex.by_form}
    lex.exception_stems = frozenset(
        root for root in (stem(word) for word in lex.exceptions) if len(root) >= EXCEPTION_STEM and root not in entry_stems
    )
    return lex


_SET_REF = re.compile(r"%(\w+)%")


#: A gap between the parts of a grammar phrase: up to N words (a comma may follow one),
#: none of them a negation ("du är inte dum" is no insult).
_GAP = r"(?:(?!(?:inte|ej|aldrig|icke|ei|et|emme|ette|eivät|eikä|not|never)\b)[\w*-]+,? ){0,%d}"


def _grammar(entry: dict) -> str:
    """The regular expression of a phrase entry: its ``pattern``, or one built from
    ``parts`` (a list of patterns, usually word sets), ``gap`` (words allowed between
    two parts, default 0; never a negation) and ``order`` (``fixed``, default, or
    ``free``: the parts in either order, "tapan sut" / "sut tapan", Swedish V2
    "skjutas borde de"). The Finnish pro-drop first person and the periphrastic future
    are parts of their own (``%violent_1st%``, ``%future%``), not a grammar keyword."""
    if "pattern" in entry:
        return str(entry["pattern"])
    parts = [str(part) for part in entry["parts"]]
    gap = ",? " + (_GAP % int(entry["gap"]) if entry.get("gap") else "")
    forward = gap.join(f"(?:{part})" for part in parts)
    if entry.get("order", "fixed") == "free" and len(parts) > 1:
        backward = gap.join(f"(?:{part})" for part in reversed(parts))
        return f"{forward}|{backward}"
    return forward


def _expand(pattern: str, sets: dict, lang: str = "", clitic: tuple[str, frozenset[str]] = ("", frozenset())) -> str:
    """``pattern`` with each ``%name%`` replaced by ``(?:alt1|alt2|...)`` from ``sets``.

    ``clitic`` is ``(suffix, set names)`` from the file's ``clitics`` section: each item of
    a named set may end in the suffix (a regular expression), so the Finnish clitics
    -kin, -han, -pa attach to a set's verb or adjective as they do in speech ("tapanhan
    sut", "ammunkin", "tyhmäkin sä oot") without every form being listed.

    A set item ``~lemma`` (or ``~lemma:class``) stands for every generated form of the
    lemma (:func:`.morph.paradigm`): "~maahanmuuttaja" is maahanmuuttajat, -ia, -ien,
    -ille ... Raises ``KeyError`` naming an unknown set (a broken data file, caught by
    the tests).
    """

    def item(word) -> str:
        word = str(word)
        if not word.startswith("~"):
            return word
        from .morph import paradigm

        lemma, _, infl = word[1:].partition(":")
        return trie_regex(paradigm(lemma, lang, infl or None))

    def alternatives(m: re.Match) -> str:
        name = m.group(1)
        if name not in sets:
            raise KeyError(f"unknown word set %{name}% in pattern {pattern!r}")
        if clitic[0] and name in clitic[1]:
            return "(?:(?:" + "|".join(item(w) for w in sets[name]) + f")(?:{clitic[0]})?)"
        return "(?:" + "|".join(item(w) for w in sets[name]) + ")"

    # A set may name another set ("%not_people%" inside "%violent_inf%"): expand until none is left.
    for _ in range(4):
        expanded = _SET_REF.sub(alternatives, pattern)
        if expanded == pattern:
            break
        pattern = expanded
    return pattern


def trie_regex(words) -> str:
    """One compact regular expression for a set of words, common beginnings factored
    out ("maahanmuuttaja", "maahanmuuttajat" → "maahanmuuttaja(?:t)?"): the group
    sets hold the whole paradigm of forty nouns, and a flat alternation of them
    compiles and matches several times slower."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return "(?:" + build(trie) + ")"


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


#: Shortest form looked at by fuzzy matching (the matcher's ``FUZZY_MIN``).
FUZZY_MIN = 9


def _modifier_forms(term: Term, lang: str) -> set[str]:
    """How ``term`` looks as the first part of a compound: the lemma and, in Finnish, its
    genitive ("vitun|moinen") and its nominative plural; in Swedish also without the
    final vowel and with the linking -s ("fitt|ansikte", "skit|snack", "hor|unge", "jävels|")."""
    lemma = term.term
    out = {lemma}
    if lang == "fi":
        out.update(f for f in term.forms if f.endswith("n") and len(f) <= len(lemma) + 1)
    elif lang == "sv":
        out.add(lemma + "s")
        if lemma[-1] in "ae" and len(lemma) > 4:
            out.add(lemma[:-1])
    return {f for f in out if len(f) >= 3}


def _terms(entry: dict, lang: str) -> list[Term]:
    """The :class:`Term` of an entry, or one per lemma of its ``words`` list."""
    if "words" in entry:
        lemmas = [str(word).partition(":") for word in entry["words"]]
        # An extra form belongs to the lemma it shares the longest beginning with
        # ("twats" to "twat", "sket" to "skita"), so it is reported as that word.
        extra: dict[str, list[str]] = {lemma: [] for lemma, _, _ in lemmas}
        for form in _words(entry.get("forms")):
            owner = max(extra, key=lambda lemma: (_common_prefix(lemma.lower(), form), -len(lemma)))
            extra[owner].append(form)
        return [
            _term({**entry, "term": lemma, "infl": infl or entry.get("infl"), "forms": extra[lemma]}, lang)
            for lemma, _, infl in lemmas
        ]
    return [_term(entry, lang)]


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _term(entry: dict, lang: str) -> Term:
    from .morph import paradigm

    lemma = str(entry["term"]).lower()
    infl = entry.get("infl")
    forms = set(paradigm(lemma, lang, infl)) if infl != "none" else {lemma}
    forms |= _words(entry.get("forms"))
    default_compound = "both" if len(lemma) >= 4 else "none"
    also = tuple(str(c) for c in entry.get("also") or [])
    for category in also + tuple(str(c) for c in entry.get("head_also") or []):
        if category not in CATEGORIES:
            raise ValueError(f"unknown category {category!r} in {entry!r}")
    return Term(
        term=lemma,
        lang=lang,
        category=_category(entry),
        sureness=_sureness(entry),
        forms=frozenset(forms) - _words(entry.get("exceptions")),
        compound=entry.get("compound", default_compound),
        stem=bool(entry.get("stem", True)),
        also=also,
        alone=bool(entry.get("alone", True)),
        needs=str(entry.get("needs", "")),
        head_also=tuple(str(c) for c in entry.get("head_also") or []),
        head_needs=str(entry.get("head_needs", "person")),
        fuzzy_forms=frozenset({lemma} | _words(entry.get("forms"))),
        not_after=_words(entry.get("not_after")),
        not_before=_words(entry.get("not_before")),
        exceptions=_words(entry.get("exceptions")),
        innocent_near=tuple(sorted(_words(entry.get("innocent_near")), key=lambda w: (-len(w), w))),
        english_only=bool(entry.get("english_only", False)),
        note=entry.get("note", ""),
    )
