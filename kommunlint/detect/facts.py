"""Facts a reader acts on, written the same way whatever the language.

Used by ``bilingual/unbalanced`` to check that the Swedish and the Finnish version of
a post give the same date, time, place and contact details. Each fact gets a
language-neutral ``key``: "12.5.", "12.5", "12 maj" and "12. toukokuuta" are all the date
``05-12``; "kl. 18", "klo 18.00", "kl./klo 18" and "kl(o). 18" are all the time ``18:00``;
a range ("18-31.3.2024", "18.–31.3.2024", "30.10. – 20.11.2023") gives both its ends.

Kinds: ``date`` (also "20–21 juni", "maaliskuun 5. päivänä"), ``weekday`` (full names;
abbreviations before a date or a time: "lö 27.9", "la 27.9.", "ke 9–12", or leading a
programme item before a dash or colon: "mån – bokloppis"; opening days
"må–fre" = "ma–pe"), ``time`` (also a bare "13.00" that is no date, and opening hours
after a weekday: "ma–pe 8–16"), ``price``, ``phone`` ("+358 ...", "(06) ..."),
``email`` ("@", "(at)" and "[at]" alike; a service mailbox without a dot in its name is
keyed by its site, as its name is translated: fritid@ = vapaa-aika@), ``url`` (keyed
by site, since the Swedish and Finnish pages of a site differ in path, and the two
language names of a municipality's domain are one site: hango.fi = hanko.fi),
``address`` (a street and its house number, keyed by the number: "Tullgatan 3" =
"Tullikatu 3" = "Tullikadulla 3"), the emergency and health-advice numbers 112,
116 117 and 1177 as ``phone``, a price in number words ("tre euro", "kolme euroa") as
``price``, ``number`` (not a lone "(1)" used for emphasis; "17-vuotiaille" is 17) and ``name``
(two or more capitalised words in a row, not starting the sentence or a clause after a
dash, not across a quote, colon or comma, and not an ALL-CAPS heading). A template
placeholder (XX.XX) is no fact.

A name is found in another version (:class:`NameIndex`) when its last word is there
(inflected: "Anna Bergin" still matches "Anna Berg"), or one of its words has a
counterpart there: the same place or organisation in the other language
(``data/sv_fi_names.yaml``: Hangö Vatten = Hangon Vesi, Dalsbruk = Taalintehdas,
Ab = Oy), or a compound with the corresponding generic part (-gatan/-katu,
-vägen/-tie, -torget/-tori).
"""

from __future__ import annotations

import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .. import recache
from .context import TIMETABLE_ONLY, WEEKDAY_ABBREVIATIONS

MONTHS_SV = ("januari februari mars april maj juni juli augusti september oktober november december").split()
MONTHS_FI = (
    "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu"
).split()
WEEKDAYS_SV = "måndag tisdag onsdag torsdag fredag lördag söndag".split()
# Stems: "keskiviikko" is "keskiviikon" in the genitive (consonant gradation).
WEEKDAYS_FI = "maanantai tiistai keskiviik torstai perjantai lauantai sunnuntai".split()
# Abbreviations (WEEKDAY_ABBREVIATIONS, from context) are taken as a weekday only right
# before a date or a time ("lö 27.9", "la 27.9.", "ke 9–12", "to klo 18"); "On" only as a
# timetable row (TIMETABLE_ONLY).

# 1 800 and 1 800,50: a space (or no-break space) groups thousands in both languages.
# Left-anchored and with a bounded repeat, so that a long run of digit groups is scanned once.
_AMOUNT = r"(?<!\d)(?:\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?:[,.]\d{1,2})?|\d+(?:[,.]\d{1,2})?)"
_MONTH_SV = "|".join(MONTHS_SV)
_MONTH_FI = "|".join(MONTHS_FI)
_DASH = r"\s*[-–—]\s*"
# kl, klo, kl., klo., kl./klo, klo/kl., kl(o).
_CLOCK = r"\b(?:kl|klo)(?:\(o\))?\.?(?:\s*/\s*(?:kl|klo)\.?)?"
#: Hours of the clock in words, Swedish and Finnish (nominative: "klockan tolv", "kello kuusi").
_HOUR_WORDS = (r"ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|tjugo|"
               r"yksi|kaksi|kolme|neljä|viisi|kuusi|seitsemän|kahdeksan|yhdeksän|kymmenen|yksitoista|kaksitoista")
#: Finnish hours in the elative ("kello yhdeksästä", from nine) and illative ("kahteentoista",
#: till twelve) -> the hour: "kello yhdeksästä noin kahteentoista" = "kl. 9–12".
_HOURS_FROM_FI = {"yhdestä": 1, "kahdesta": 2, "kolmesta": 3, "neljästä": 4, "viidestä": 5, "kuudesta": 6,
                  "seitsemästä": 7, "kahdeksasta": 8, "yhdeksästä": 9, "kymmenestä": 10, "yhdestätoista": 11,
                  "kahdestatoista": 12}
_HOURS_TILL_FI = {"yhteen": 1, "kahteen": 2, "kolmeen": 3, "neljään": 4, "viiteen": 5, "kuuteen": 6,
                  "seitsemään": 7, "kahdeksaan": 8, "yhdeksään": 9, "kymmeneen": 10, "yhteentoista": 11,
                  "kahteentoista": 12}
#: Finnish hours in the ablative, "at" the hour: "kahdeksalta" = kl. 8, "kahdeltatoista" = kl. 12.
_HOURS_AT_FI = {"yhdeltä": 1, "kahdelta": 2, "kolmelta": 3, "neljältä": 4, "viideltä": 5, "kuudelta": 6,
                "seitsemältä": 7, "kahdeksalta": 8, "yhdeksältä": 9, "kymmeneltä": 10, "yhdeltätoista": 11,
                "kahdeltatoista": 12}
# As alternations, longest first ("yhdestätoista" before "yhdestä").
_HOUR_FROM_FI = "|".join(sorted(_HOURS_FROM_FI, key=len, reverse=True))
_HOUR_TILL_FI = "|".join(sorted(_HOURS_TILL_FI, key=len, reverse=True))
_HOUR_AT_FI = "|".join(sorted(_HOURS_AT_FI, key=len, reverse=True))
#: The part of the day after a Finnish hour ("neljältä iltapäivällä" = kl. 16).
_DAY_PART_FI = r"aamulla|aamupäivällä|päivällä|iltapäivällä|illalla|yöllä"
#: Another ablative hour listed beside one: "kahdeksalta, kahdeltatoista ja neljältä".
#: (Matched right after an hour word; the lookbehind makes only the first blank of a run a start.)
_HOUR_AT_NEXT = recache.compile(rf"(?<![ \t])[ \t]*(?:,|ja|tai)[ \t]*(?:{_HOUR_AT_FI})\b", re.I)
#: The rest of a list of ablative hours, up to its last hour and the part of the day after it.
_HOUR_AT_LIST_END = recache.compile(
    rf"(?<![ \t])(?:[ \t]*(?:,|ja|tai)[ \t]*(?:{_HOUR_AT_FI})\b)*[ \t]*(?:,|ja|tai)[ \t]*({_HOUR_AT_FI})[ \t]+({_DAY_PART_FI})\b",
    re.I)
_HOUR_AT_BEFORE = recache.compile(rf"\b(?:{_HOUR_AT_FI})[ \t]*(?:,|ja|tai)[ \t]*$", re.I)
_ABBREVIATIONS = "|".join(sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True))
_AT = r"(?:@|\s?\((?:at|ät)\)\s?|\s?\[(?:at|ät)\]\s?)"

# Order matters: earlier patterns claim their text first (a phone number is not three numbers).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", recache.compile(rf"(?<![\w.+-])\b[\w.+-]+{_AT}[\w-]+(?:\.[\w-]+)+\b", re.I)),
    ("url", recache.compile(
        r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)]"
        r"|(?<![a-z0-9.-])\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:fi|se|com|net|org|eu)\b(?:/[^\s<>\"]*[^\s<>\".,;:!?)])?",
        re.I,
    )),
    ("phone", recache.compile(
        r"(?<![\w.])(?:\+\d{3}[ -]?|0|\(0\d{1,3}\)\s?)\d{1,3}(?:[ -]?\d{2,4}){1,3}(?![\w.]?\d)"
    )),
    # Hours listed after one clock word: "kl. 8, 12 och 16" = "klo 8, 12 ja 16" (each a time).
    ("clocklist", recache.compile(
        rf"{_CLOCK}[ \t]*\d{{1,2}}(?:[.:]\d{{2}})?"
        r"(?:[ \t]*(?:,|och|ja|&)[ \t]*\d{1,2}(?:[.:]\d{2})?(?![.:,]?\d|[ \t]*[-–]))+"
        # (not a count after the time: "kl. 18 och 20 personer", "klo 9 ja 15 henkilöä")
        r"(?![ \t]*(?:%|€|e\b|euro|m\b|km\b|kg\b|min|st\b|kpl|pers|henk))", re.I)),
    ("time", recache.compile(
        rf"{_CLOCK}\s*(\d{{1,2}})(?:[.:](\d{{2}}))?(?:{_DASH}(\d{{1,2}})(?:[.:](\d{{2}}))?)?(?![.:]?\d)"
        r"|\b(\d{1,2}):(\d{2})\b",
        re.I,
    )),
    # Opening hours after a weekday: "ma–pe 8–16" = "må–fre kl. 8–16" (see _keys).
    ("hours", recache.compile(r"(?<![\d.,])(\d{1,2})(?:[.:](\d{2}))?\s*[-–]\s*(\d{1,2})(?:[.:](\d{2}))?(?![.,]?\d|-\w)")),
    # Ranges: 18-31.3.2024, 18.–31.3.2024, 2–13.9, 30.10–20.11.2023, 30.10. – 20.11.2023.
    ("range", recache.compile(
        rf"(?<![\d.,])(\d{{1,2}})\.?(?:(\d{{1,2}})\.?(?:\d{{4}})?)?{_DASH}(\d{{1,2}})\.(\d{{1,2}})\.?(?:(\d{{4}})\b)?(?![.,]?\d)"
    )),
    # 20–21 juni, 5.–6. toukokuuta
    ("textrange", recache.compile(
        rf"\b(\d{{1,2}})\.?{_DASH}(\d{{1,2}})(?::[ae])?\.?\s+({_MONTH_SV}|{_MONTH_FI})\w*", re.I
    )),
    ("date", recache.compile(rf"\b(\d{{1,2}})(?::[ae])?\.?\s+({_MONTH_SV}|{_MONTH_FI})\w*", re.I)),
    # maaliskuun 5. päivänä
    ("monthday", recache.compile(rf"\b({_MONTH_FI})n\s+(\d{{1,2}})\.", re.I)),
    # 7.12. and 7.12 (with or without the trailing period), 7.12.2026; not 2.4 km, 1.5 m
    # (a unit is a whole word: "5.9 mellan" is a date).
    ("date", recache.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})(?:\.(?:\d{4}\b|\d{2}\b)?)?(?![.,]?\d)(?!\s*(?:(?:km|m|kg)\b|%|€|e\b|euro))", re.I)),
    # A bare time of day: 13.00, 14.30 (one that is no date: 12.10 is the 12th of October).
    ("time", recache.compile(r"(?<![\d.,])([01]?\d|2[0-3])[.:]([0-5]\d)(?![.,]?\d)")),
    # Opening days: "ti–su", "må–fre", "ma–pe" (both ends).
    ("weekdays", recache.compile(
        rf"\b({'|'.join(sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True))})\.?{_DASH}"
        rf"({'|'.join(sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True))})\b\.?", re.I
    )),
    ("weekday", recache.compile(rf"\b({'|'.join(WEEKDAYS_SV + WEEKDAYS_FI)})\w*", re.I)),
    # A weekday abbreviation before a time, or before other abbreviations that reach one:
    # "ti 14.10.", "pe klo 17–22", "ma, ke klo 15–20", "må och on kl. 15".
    ("weekday", recache.compile(
        rf"\b({_ABBREVIATIONS})\.?"
        rf"(?=(?:[ \t]*(?:,|ja|och|&|\+)[ \t]*(?:{_ABBREVIATIONS})\.?){{0,6}}"
        r"\s+(?:(?:kl|klo)\.?\s*)?\d{1,2}(?:[.:]\d{2})?(?:\.\d|\s*[-–]\s*\d|\b))", re.I
    )),
    ("weekday", recache.compile(r"(?m)^[ \t]{0,4}(On)\.?(?=[ \t]+\d{1,2}(?:[.:]\d{2})?[ \t]*[-–][ \t]*\d)")),
    # A programme item led by a weekday abbreviation and a dash or colon: "mån – bokloppis
    # i entrén", "fre: tårta åt alla", "• la – kirpputori" (the day of an item in a week's
    # programme, as "Maanantaina ..." is in a version written out). Needs no digit.
    ("dayitem", recache.compile(
        rf"(?m)^[ \t]{{0,4}}(?:[•*·][ \t]*)?({_ABBREVIATIONS})\.?(?=[ \t]*(?:[–—][ \t]|:[ \t]))", re.I)),
    ("price", recache.compile(rf"(?:€\s*({_AMOUNT}))|({_AMOUNT})\s*(?:€|euro\w*|eur\b|e\b)", re.I)),
    # A street and its house number: "Tullgatan 3" = "Tullikatu 3", keyed by the number
    # (the street's name is translated; the number is not). After the dates, so that
    # "Sandviksgatan 1–3.10.2025" stays a date range.
    ("address", recache.compile(
        # (the generic may stand apart in Swedish: "Nycanderska gatan 4", "Gamla vägen 2")
        # A boulevard or esplanade named by its generic alone, in either language:
        # "Bulevardi 10" = "Boulevarden 10", "Esplanadilla 87" = "Esplanaden 87".
        r"\b(?:(?:Bulevard|Boulevard|Esplanad)(?:en|i|illa|ille|ilta|in)?|"
        r"[A-ZÅÄÖ][\w-]{0,40}?[ \t]?(?:gatan|gata|vägen|väg|gränd|torget|stigen|backen|allén|esplanaden|"
        # Finnish streets inflected as a notice writes them: "Koulukadulla 4–18",
        # "Isotiellä 5", "koskee Satamakatua 1–18".
        r"katu|katua|kadu(?:lla|lle|lta|n)|tie|tietä|tiel(?:lä|le|tä)|tien|kuja|kujaa|kujal(?:la|le|ta)|kujan|"
        r"tori|toria|toril(?:la|le|ta)|torin|polkua|"
        r"polku|polul(?:la|le|ta)|polun|raitti|raitil(?:la|le|ta)|raitin|väylä|väyläl(?:lä|le|tä)|väylän|puistikko|rinne|rintee(?:llä|lle|n)))"
        r"[ \t]+(\d{1,3}[a-zA-Z]?)(?![\w.,:]?\d|\w)")),
    # The emergency and health-advice numbers (112 in both countries, 116 117 in Finland,
    # 1177 in Sweden): a number to call, like any phone number.
    ("service", recache.compile(r"(?<![\w.,+/-])(?:112|116[ \u00a0]?117|1177)(?![\w.,:/-]?\d|\w)(?![ \t]*(?:kr|€|e\b|euro|m\b|km\b|%))")),
    # A price in words: "tre euro" = "3 €", "kaksi euroa" = "2 €" (one to twenty).
    ("wordprice", recache.compile(
        r"\b(en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|femton|tjugo|"
        r"yksi|yhden|kaksi|kahden|kolme|kolmen|neljä|neljän|viisi|viiden|kuusi|kuuden|seitsemän|kahdeksan|yhdeksän|"
        r"kymmenen|viisitoista|viidentoista|kaksikymmentä|kahdenkymmenen)[ \t]+euro", re.I)),
    # A time of day in words after the clock word: "klockan tolv" = "klo 12", "klockan
    # nio till fjorton" = "klo 9–14", "kello kuusi illalla" = "kl. 18" (the part of the
    # day after it moves an hour before 12 into the afternoon or evening).
    ("wordtime", recache.compile(
        rf"\b(?:klockan|kello)[ \t]+(?:({_HOUR_WORDS})(?:[ \t]*(?:till|–|-)[ \t]*({_HOUR_WORDS}))?"
        # "kello yhdeksästä (noin) kahteentoista": from one hour to another in Finnish cases
        rf"|({_HOUR_FROM_FI})(?:[ \t]+(?:noin[ \t]+)?({_HOUR_TILL_FI}))?)"
        r"(?:[ \t]+(på[ \t]+(?:kvällen|eftermiddagen)|illalla|iltapäivällä))?\b"
        # a Finnish compound of the part of the day and the hour: "aamuneljästä lähtien"
        # (since four in the morning, "sedan kl. 4 i morse"), "iltakuuteen asti"
        rf"|\b(aamu|ilta|yö)({_HOUR_FROM_FI}|{_HOUR_TILL_FI})\b", re.I)),
    # Finnish hours "at" in the ablative: "kahdeksalta, kahdeltatoista ja neljältä
    # iltapäivällä" = "kl. 8, 12 och 16" (see _keys: only after "kello", before a part of
    # the day, or listed beside another such hour; "kahdelta" alone may be "from two").
    ("athour", recache.compile(
        rf"\b(kello[ \t]+)?({_HOUR_AT_FI})\b(?:[ \t]+({_DAY_PART_FI})\b)?", re.I)),
    # Five or more ungrouped digits are identifiers (a national ID's birth date, an
    # account number), not facts to compare, and may be personal data: never taken.
    # A Finnish case ending after a hyphen ("17-vuotiaille") leaves the number a number.
    ("number", recache.compile(r"(?<![\w/-])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}|\d{1,4})(?:[,.]\d{1,2})?(?![\w/]|-\d|[.,]?\d)")),
)
# What each pattern cannot match without: most need a digit, an e-mail "@" or "(at)", a
# link a dot or "://". A piece without it skips the pattern (the same facts, fewer scans: most
# sentences of a long post have no digit).
_NEEDS_DIGIT = frozenset({"phone", "service", "time", "clocklist", "hours", "range", "textrange", "date", "monthday", "price", "address", "number"})
# Patterns whose kind does not say what they need (0-based positions in _PATTERNS):
# opening days ("ti–su") need a dash of _DASH; a weekday abbreviation before a time and
# a timetable's "On" need a digit in their look-ahead (issue 15: the same facts, fewer scans).
_NEEDS_DASH_AT = frozenset(i for i, (kind, _) in enumerate(_PATTERNS) if kind == "weekdays")
_NEEDS_DIGIT_AT = frozenset([i for i, (kind, _) in enumerate(_PATTERNS) if kind == "weekday"][1:])
# A link needs "://", "www." or a dot before one of its top-level domains (fi, se, com,
# net, org, eu): their first letters in any case, with "ſ", which ``re.I`` matches as "s".
_TLD_FIRST = frozenset("fscnoeFSCNOEſ")
_DIGIT = recache.compile(r"\d")
_WORD = recache.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_AFTER_WEEKDAY = recache.compile(
    rf"\b(?:(?:{'|'.join(WEEKDAYS_SV + WEEKDAYS_FI)})\w*|(?:{'|'.join(WEEKDAY_ABBREVIATIONS)})\b\.?)\s*$"
    # a timetable row's "On" (see TIMETABLE_ONLY): capitalised, at the start of its line
    r"|(?:^|\n)[ \t]{0,4}(?-i:On)\.?[ \t]+$",
    re.I,
)
_PART = recache.compile(r"[^\W\d_]+")
_EMPHASIS = recache.compile(r"\(\d{1,2}\)")
# Abbreviations that label a contact detail; they say nothing of the line's language.
CONTACT_LABELS = frozenset("tfn tel puh p gsm mob fax e-post epost sähköposti s-posti email e-mail".split())
_NAME_GAP = recache.compile(r"[ \t\u00a0]+")
# After a dash a new clause starts: "Kuoro Sirius – Joululauluja".
_CLAUSE_START = recache.compile(r"[–—]\s*[\"“”«']?$")


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact found in a text.

    Attributes:
        kind: ``date``, ``weekday``, ``time``, ``price``, ``phone``, ``email``, ``url``,
            ``number`` or ``name``.
        key: language-neutral value used for comparison.
        text: as written.
        start, end: 0-based code-point offsets into the text searched (plus ``base``), end exclusive.
    """

    kind: str
    key: str
    text: str
    start: int
    end: int

    @property
    def label(self) -> str:
        """The fact as a message names it: as written, without a trailing period ("7.12", not "7.12..")."""
        return self.text.rstrip(".").strip() or self.text


def _ordinal(name: str, *tables: tuple[str, ...]) -> int:
    """1-based position of the stem ``name`` starts with in either language's table; 0 if none."""
    name = name.lower()
    for table in tables:
        for i, stem in enumerate(table):
            if name.startswith(stem):
                return i + 1
    return 0


@lru_cache(maxsize=4096)  # asked for every word of a post: words repeat
def _month(name: str) -> int:
    return _ordinal(name, MONTHS_SV, MONTHS_FI)


@lru_cache(maxsize=4096)
def _weekday(name: str) -> int:
    return _ordinal(name, WEEKDAYS_SV, WEEKDAYS_FI) or WEEKDAY_ABBREVIATIONS.get(name.lower().rstrip("."), 0)


# -- the name data ---------------------------------------------------------------------
@lru_cache(maxsize=1)
def _names() -> dict[str, object]:
    """The pairs of ``data/sv_fi_names.yaml``, indexed (see :func:`_concepts`)."""
    from .vocabulary import load

    data = load("sv_fi_names")
    domains: dict[str, str] = {}
    for sv, fi in data.get("domains", []):
        domains[str(sv).lower()] = domains[str(fi).lower()] = str(fi).lower()
    # One concept per group of words linked by pairs: [gatan, katu] and [gata, katu]
    # are one generic part, whichever form a text uses.
    group: dict[str, str] = {}

    def root(word: str) -> str:
        while group.setdefault(word, word) != word:
            word = group[word]
        return word

    pairs = [(str(sv).lower(), str(fi).lower()) for sv, fi in data.get("generic", [])]
    for sv, fi in pairs:
        group[root(sv)] = root(fi)
    ids = {r: n for n, r in enumerate(sorted({root(w) for pair in pairs for w in pair}))}
    generic = sorted({(w, ids[root(w)]) for pair in pairs for w in pair})
    generic.sort(key=lambda item: len(item[0]), reverse=True)
    single: list[tuple[str, int]] = []  # one-word entries: (stem, concept)
    phrases: list[tuple[tuple[str, ...], int]] = []  # several words
    for i, (sv, fi) in enumerate([*data.get("places", []), *data.get("municipalities", [])]):
        for side in (sv, fi):
            parts = tuple(p.lower() for p in _PART.findall(str(side)))
            if len(parts) == 1:
                single.append((parts[0], i))
            elif parts:
                phrases.append((parts, i))
    by_start: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for phrase, i in phrases:
        by_start.setdefault(phrase[0][:2], []).append((phrase, i))
    return {"domains": domains, "generic": generic, "single": single, "phrases": by_start}


@lru_cache(maxsize=1)
def _generic_words() -> frozenset[str]:
    """Every generic part of ``sv_fi_names.yaml`` (hamnen, gatan, stad, satama ...), lower case."""
    return frozenset(word for word, _ in _names()["generic"])  # type: ignore[union-attr]


def _same_word(word: str, entry: str) -> bool:
    """``word`` is ``entry`` inflected: it starts with it ("kemiössä"/"kemiö"), or they share
    all but the last three letters of an entry of eight or more ("taalintehtaalla"/"taalintehdas"),
    or all but the final vowel of one of five or more ("suomea"/"suomi")."""
    if word.startswith(entry):
        return True
    if len(entry) >= 5 and entry[-1] in "aeiouyäö" and word.startswith(entry[:-1]):
        return True  # Suomi → Suomea, Suomen
    if len(entry) < 8:
        return False
    need = len(entry) - 3
    return word[:need] == entry[:need]


def site(host: str) -> str:
    """The site of a host or mail domain: without ``www.``, the last two labels, and the
    Finnish name for a municipality's Swedish domain (hango.fi → hanko.fi)."""
    host = host.lower().strip(".")
    labels = host.split(".")
    short = ".".join(labels[-2:]) if len(labels) >= 2 else host
    domains = _names()["domains"]
    return domains.get(short, short)  # type: ignore[union-attr]


@lru_cache(maxsize=4096)  # the frequent words; bounded for long runs (10,000 posts in 80 MB)
def _concepts(part: str) -> frozenset[str]:
    """What a lower-case word part stands for in either language: a place or organisation
    (``P12``) or a generic part (``G3``, from "Björkhagegatan" or "Koivuhaankatu")."""
    out: set[str] = set()
    # _same_word(part, stem) for every name at once: each of its tests is "part starts
    # with a key of the stem" (_single_keys), so look up the part's own beginnings.
    keys = _single_keys()
    for k in range(len(part) + 1):
        for i in keys.get(part[:k], ()):
            out.add(f"P{i}")
    best: tuple[int, int, int] | None = None  # (end of the part found, its length, concept)
    generic, by_form, longest = _generic_forms()
    # Both tests below need the part to be the ending or to hold the ending (or a stem
    # of it, three letters or more): only those endings are tried, in their order.
    tried = set(by_form.get(("=", part), ()))
    shortest, heads = _form_heads()
    for a in range(len(part) - shortest + 1):
        # A start whose first letters begin no form holds none (most starts), and
        # slices shorter than the shortest form are never keys.
        if part[a : a + shortest] not in heads:
            continue
        for b in range(a + shortest, min(len(part), a + longest) + 1):
            tried.update(by_form.get(part[a:b], ()))
    for ending, i in (generic[n] for n in sorted(tried)):
        # A generic part: the whole word ("Oy", "stad") or a compound's last part
        # (-gatan, -katu, inflected: -kadulla, -kadun, -saaressa).
        if part == ending or (len(ending) >= 3 and any(
            part.startswith(form) and len(part) - len(form) <= 3 for form in _stems(ending)
        )):
            # The word itself, inflected: "hamnens", "kadulla", "saaressa".
            best = (len(part), len(part), i)
            break
        found = _compound_end(part, ending)
        if found is not None and (best is None or (found, len(ending)) > best[:2]):
            best = (found, len(ending), i)
    if best is not None:
        out.add(f"G{best[2]}")
    return frozenset(out) if out else _NO_CONCEPTS  # most words: one shared empty set


_NO_CONCEPTS: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def _generic_forms() -> tuple[list[tuple[str, int]], dict, int]:
    """The generic parts (``_names()["generic"]``) and where to find them: ``(list,
    index, longest)``, ``index`` from each :func:`_stems` form of an ending of three
    letters or more, and from ``("=", ending)`` for every ending, to the positions in the
    list; ``longest`` the longest form."""
    generic = list(_names()["generic"])  # type: ignore[arg-type]
    index: dict = {}
    longest = 3
    for n, (ending, _) in enumerate(generic):
        index.setdefault(("=", ending), []).append(n)
        if len(ending) >= 3:
            for form in _stems(ending):
                index.setdefault(form, []).append(n)
                longest = max(longest, len(form))
    return generic, index, longest


@lru_cache(maxsize=None)
def _form_heads() -> tuple[int, frozenset[str]]:
    """``(n, heads)``: the length of the shortest form :func:`_generic_forms` indexes
    (three letters: forms come from endings of three or more) and the first ``n``
    letters of every form."""
    forms = [key for key in _generic_forms()[1] if isinstance(key, str)]
    shortest = min((len(form) for form in forms), default=1) or 1
    return shortest, frozenset(form[:shortest] for form in forms)


@lru_cache(maxsize=None)
def _single_keys() -> dict[str, tuple[int, ...]]:
    """The single-word names (``_names()["single"]``) by the beginnings that
    :func:`_same_word` accepts: the stem, the stem without a final vowel (five letters
    or more), the stem without its last three letters (eight or more)."""
    keys: dict[str, list[int]] = {}
    for stem, i in _names()["single"]:  # type: ignore[union-attr]
        found = {stem}
        if len(stem) >= 5 and stem[-1] in "aeiouyäö":
            found.add(stem[:-1])
        if len(stem) >= 8:
            found.add(stem[: len(stem) - 3])
        for key in found:
            keys.setdefault(key, []).append(i)
    return {key: tuple(ids) for key, ids in keys.items()}


@lru_cache(maxsize=None)
def _stems(ending: str) -> frozenset[str]:
    """``ending`` and its Finnish inflection stems (katu → kadu-, saari → saare-,
    lahti → lahde-, silta → silla-)."""
    forms = {ending}
    if ending.endswith("i") and len(ending) >= 4:
        forms.add(ending[:-1] + "e")
        forms.add(re.sub(r"t(?=i$)", "d", ending)[:-1] + "e")
    if ending.endswith("tu"):
        forms.add(ending[:-2] + "du")
    if ending.endswith("lta"):
        forms.add(ending[:-3] + "lla")
    return frozenset(forms)


def _compound_end(part: str, ending: str) -> int | None:
    """Where ``ending`` (or an inflection stem of it) ends inside ``part`` when it is the
    compound's last part: at least two letters before it, at most five (a case ending) after."""
    if len(ending) < 3 or len(part) < len(ending) + 2:
        return None
    for form in _stems(ending):
        idx = part.rfind(form)
        if idx >= 2 and len(part) - idx - len(form) <= 5:
            return idx + len(form)
    return None


def counterparts(sv_or_fi: str, other: str) -> bool:
    """Whether two names are the same place, street or organisation in the two languages
    (Hangö Vatten / Hangon Vesi, Dalsbruk / Taalintehdas, Ratsukatu / Ryttargatan):
    equal after inflection, or a pair in the data, or compounds with corresponding generic parts."""
    a = [p.lower() for p in _PART.findall(sv_or_fi)]
    b = [p.lower() for p in _PART.findall(other)]
    if not a or not b:
        return False
    if _same_word(a[-1], b[-1][:4]) or _same_word(b[-1], a[-1][:4]):
        return True
    index = NameIndex(other)
    return index.has(sv_or_fi)


#: Finnish consonant gradation inside a name's stem (Lehto → Lehdon, Rantanen → Rannan,
#: Halla → Hallan; Kangas → Kankaan): strong and weak grades read alike.
_GRADATION = (("nn", "nt"), ("ll", "lt"), ("rr", "rt"), ("mm", "mp"), ("ng", "nk"),
              ("kk", "k"), ("pp", "p"), ("tt", "t"), ("d", "t"), ("v", "p"))


def _graded_stem(part: str) -> str:
    """The first four letters of ``part`` (lower case) with consonant gradation undone,
    so that "Lehdon" and "Lehto" share a stem; applied alike to both sides."""
    head = part[:6]
    for weak, strong in _GRADATION:
        head = head.replace(weak, strong)
    return head[:4]


class NameIndex:
    """The words of a version (and of the lines without language), to look names up in.

    Args:
        text: the version's text.
    """

    def __init__(self, text: str) -> None:
        self.words = [w.lower() for w in _WORD.findall(text)]
        self.parts = [p.lower() for p in _PART.findall(text)]
        self.stems = {_graded_stem(p) for p in self.parts}
        self.concepts: set[str] = set()
        for part in set(self.parts):  # a union: each distinct part once
            self.concepts |= _concepts(part)
        self.concepts |= self._phrase_concepts(self.parts)

    @staticmethod
    def _phrase_concepts(parts: list[str]) -> set[str]:
        out: set[str] = set()
        by_start = _names()["phrases"]
        for j, first in enumerate(parts):
            for phrase, i in by_start.get(first[:2], ()):  # type: ignore[union-attr]
                n = len(phrase)
                if j + n <= len(parts) and all(_same_word(parts[j + k], phrase[k]) for k in range(n)):
                    out.add(f"P{i}")
        return out

    def has(self, name: str) -> bool:
        """Whether the name ``name`` (a run of capitalised words) is found here."""
        parts = [p.lower() for p in _PART.findall(name)]
        if not parts:
            return True
        if _graded_stem(parts[-1]) in self.stems:
            return True
        mine: set[str] = set(self._phrase_concepts(parts))
        for part in parts:
            mine |= _concepts(part)
        return bool(mine & self.concepts)


# -- extraction --------------------------------------------------------------------------
def _date_key(day: int, month: int) -> str | None:
    return f"{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


#: Number words of the prices written in words (Swedish and Finnish, nominative and genitive).
_NUMBER_WORDS = {
    "en": 1, "ett": 1, "yksi": 1, "yhden": 1, "två": 2, "kaksi": 2, "kahden": 2, "tre": 3, "kolme": 3, "kolmen": 3,
    "fyra": 4, "neljä": 4, "neljän": 4, "fem": 5, "viisi": 5, "viiden": 5, "sex": 6, "kuusi": 6, "kuuden": 6,
    "sju": 7, "seitsemän": 7, "åtta": 8, "kahdeksan": 8, "nio": 9, "yhdeksän": 9, "tio": 10, "kymmenen": 10,
    "elva": 11, "tolv": 12, "femton": 15, "viisitoista": 15, "viidentoista": 15, "tjugo": 20,
    "kaksikymmentä": 20, "kahdenkymmenen": 20,
}
#: The hours of :data:`_HOUR_WORDS`.
_HOURS = {**{w: _NUMBER_WORDS[w] for w in ("ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva",
                                            "tolv", "yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän",
                                            "kahdeksan", "yhdeksän", "kymmenen")},
          "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17, "arton": 18, "nitton": 19,
          "tjugo": 20, "yksitoista": 11, "kaksitoista": 12,
          **_HOURS_FROM_FI, **_HOURS_TILL_FI}
#: An hour of a list after the clock word, with its minutes.
_LISTED_HOUR = recache.compile(r"(?<![\d.:])(\d{1,2})(?:[.:](\d{2}))?(?![\d])")
#: A clock word right after a number range.
_CLOCK_NEXT = recache.compile(r"\.?[ \t]{1,3}(?:kl|klo)\b")


#: Before a weekday, the night that leads to it: "natten mot tisdag", "natten till tisdag".
_NIGHT_TOWARDS_SV = recache.compile(r"\bnatt(?:en)?[ \t]+(?:mot|till)[ \t]+$", re.I)
#: After a Finnish weekday in the genitive, the night that leads to it: "tiistain vastaisena yönä".
_NIGHT_TOWARDS_FI = recache.compile(r"(?<![ \t])[ \t]+vastai(?:sena|sen|nen)[ \t]+yö", re.I)
#: After a weekday, its own night: "måndag natt", "måndagsnatten" (rest of the word), "maanantaiyönä", "maanantaiöisin".
_NIGHT_OF = recache.compile(r"(?:ko)?(?:s?nätter|s?natt|n?yö|n?öi)", re.I)  # "keskiviik" + "koyönä"
#: (Both matched right after a weekday; the lookbehind makes only the first blank of a run a start.)
_NIGHT_AFTER_SV = recache.compile(r"(?<![ \t])[ \t]+natt(?:en)?\b", re.I)


def _night(match: re.Match[str], stem: str, day: int) -> str | None:
    """The night a weekday names, keyed by the evening it starts (``night1``: from Monday
    to Tuesday), or None: "natten mot tisdag" = "maanantaiöisin" = "måndag natt" =
    "tiistain vastaisena yönä". A night is named by the day before it in one language
    and by the day after it in the other; keyed by the evening, the two meet."""
    text = match.string
    before = text[max(0, match.start() - 16) : match.start()]
    if _NIGHT_TOWARDS_SV.search(before) or _NIGHT_TOWARDS_FI.match(text, match.end()):
        return f"night{(day - 2) % 7 + 1}"
    if _NIGHT_OF.match(match.group(), len(stem)) or _NIGHT_AFTER_SV.match(text, match.end()):
        return f"night{day}"
    return None


def same_day(key: str) -> tuple[str, ...]:
    """The weekday keys that name the same time as ``key``: a night (``night4``, Thursday
    to Friday) is met by itself and by either of its days ("natten mot fredag kl. 1–4" =
    "perjantaina klo 1–4" = "torstaina myöhään"), a day (``day5``) by itself and by the
    nights on either side of it; any other key by itself."""
    if key.startswith("night"):
        n = int(key[5:])
        return key, f"day{n}", f"day{n % 7 + 1}"
    if key.startswith("day") and key[3:].isdigit() and key != "day0":
        d = int(key[3:])
        return key, f"night{d}", f"night{(d - 2) % 7 + 1}"
    return (key,)


def _keys(kind: str, match: re.Match[str]) -> list[str]:
    """Normalised keys of one match (a range gives two); empty: not a fact."""
    g = match.groups()
    if kind == "url":
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", match.group().lower()).split("/")[0]
        return [site(host.rstrip(".,;:!?)"))]
    if kind == "email":
        local, domain = re.split(_AT, match.group(), maxsplit=1, flags=re.I)
        if "." not in local:
            # A service's mailbox, named in each language (fritid@ / vapaa-aika@,
            # registratur@ / kirjaamo@): the site is the fact. A person's
            # firstname.lastname@ stays itself.
            return [f"@{site(domain)}"]
        return [f"{local.lower()}@{site(domain)}"]
    if kind == "service":
        return [re.sub(r"\D", "", match.group())]
    if kind == "phone":
        digits = re.sub(r"\D", "", match.group())
        digits = "0" + digits[3:] if match.group().startswith("+358") else digits
        return [digits] if len(digits) >= 7 else []
    if kind == "time":
        if len(g) == 2:
            return [f"{int(g[0]):02d}:{g[1]}"]
        if g[0] is not None:
            out = [f"{int(g[0]):02d}:{g[1] or '00'}"]
            if g[2] is not None:
                out.append(f"{int(g[2]):02d}:{g[3] or '00'}")
            return [t for t in out if int(t[:2]) < 25]
        return [f"{int(g[4]):02d}:{g[5]}"] if int(g[4]) < 25 else []
    if kind == "clocklist":
        hours = _LISTED_HOUR.findall(match.group())
        keys = [f"{int(h):02d}:{m or '00'}" for h, m in hours]
        return keys if all(int(k[:2]) < 25 for k in keys) else []
    if kind == "athour":
        if not (g[0] or g[2] or _HOUR_AT_NEXT.match(match.string, match.end())
                or _HOUR_AT_BEFORE.search(match.string, 0, match.start())):
            return []
        hour = _HOURS_AT_FI[g[1].lower()]
        if g[2] and g[2].lower() in ("iltapäivällä", "illalla") and hour < 12:
            hour += 12
        elif not g[2] and hour < 12:
            # "kuudelta ja yhdeksältä illalla": the part of the day after the last hour of a
            # list moves an earlier one too, while the hours stay in order ("yhdeksältä
            # ja kolmelta iltapäivällä" is 9 and 15, not 21 and 15).
            last = _HOUR_AT_LIST_END.match(match.string, match.end())
            if last and last.group(2).lower() in ("iltapäivällä", "illalla"):
                last_hour = _HOURS_AT_FI[last.group(1).lower()]
                if hour + 12 <= (last_hour + 12 if last_hour < 12 else last_hour):
                    hour += 12
        return [f"{hour:02d}:00"]
    if kind == "hours":
        before = match.string[: match.start()]
        if not _AFTER_WEEKDAY.search(before) or _CLOCK_NEXT.match(match.string, match.end()):
            # (a clock time right after it makes it the dates: "fr–lö 2–3.10 kl. 8–16")
            return []
        if g[1] and g[3] and _date_key(int(g[0]), int(g[1])) and _date_key(int(g[2]), int(g[3])) and (
                int(g[1]) % 15 or int(g[3]) % 15):
            # "lördagar och söndagar 12.10–15.12": both ends are dates, and opening hours
            # start and end on the quarter hour (8.30–16.15), so a minute of 10 or 12 is
            # a month: the dates, left to the range pattern.
            return []
        out = [f"{int(g[0]):02d}:{g[1] or '00'}", f"{int(g[2]):02d}:{g[3] or '00'}"]
        return out if all(int(t[:2]) < 25 for t in out) else []
    if kind == "textrange":
        month = _month(g[2])
        keys = [_date_key(int(g[0]), month), _date_key(int(g[1]), month)]
        return keys if all(keys) else []  # type: ignore[return-value]
    if kind == "monthday":
        key = _date_key(int(g[1]), _month(g[0]))
        return [key] if key else []
    if kind == "range":
        end_day, end_month = int(g[2]), int(g[3])
        start = _date_key(int(g[0]), int(g[1]) if g[1] else end_month)
        end = _date_key(end_day, end_month)
        return [start, end] if start and end else []
    if kind == "date":
        day = int(g[0])
        month = int(g[1]) if g[1].isdigit() else _month(g[1])
        key = _date_key(day, month)
        return [key] if key else []
    if kind in ("weekday", "dayitem"):
        day = _weekday(g[0]) or TIMETABLE_ONLY.get(g[0].lower(), 0)
        night = _night(match, g[0], day) if day else None
        return [night or f"day{day}"]
    if kind == "weekdays":
        return [f"day{_weekday(g[0])}", f"day{_weekday(g[1])}"]
    if kind == "address":
        return [g[0].lower()]
    if kind == "wordtime":
        if g[5]:
            hour = _HOURS[g[6].lower()]
            return [f"{hour + 12 if g[5].lower() == 'ilta' and hour < 12 else hour:02d}:00"]
        hours = [_HOURS[w.lower()] for w in g[:4] if w]
        if g[4]:
            hours = [h + 12 if h < 12 else h for h in hours]
        elif len(hours) == 2 and hours[1] < hours[0]:
            hours[1] += 12  # "kello kymmenestä yhteen": from ten till one in the afternoon
        return [f"{h:02d}:00" for h in hours]
    if kind == "wordprice":
        return [f"{_NUMBER_WORDS[g[0].lower()]:.2f}€"]
    if kind == "price":
        amount = re.sub(r"\s", "", g[0] or g[1]).replace(",", ".")
        return [f"{float(amount):.2f}€"]
    text = match.group()
    if _EMPHASIS.fullmatch(match.string[max(match.start() - 1, 0) : match.end() + 1]):
        return []  # "(1)": a number for emphasis or a footnote, not a fact
    return [re.sub(r"\s", "", text).replace(",", ".")]


def _is_heading_word(word: str) -> bool:
    """An ALL-CAPS word of two or more letters: a heading, not a name."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def extract(text: str, base: int = 0, ignore_names: Iterable[str] = ()) -> list[Fact]:
    """Facts in ``text``, with offsets shifted by ``base``; sorted by position.

    ``text`` is one sentence or line (its first word is never taken as a name).
    ``ignore_names`` are lower-case words that are not compared as names (the
    municipality's own names, which differ by language: Hangö / Hanko).
    """
    # The bilingual rules and the version split ask for the same pieces several times
    # (facts, lengths, language words); a piece's facts are worked out once.
    # Kept from the text's start: the version split asks with offset 0, the rules with
    # the piece's offset; the facts are the same, shifted.
    found = _extract(text, frozenset(n.lower() for n in ignore_names))
    if not base:
        return list(found)
    return [Fact(f.kind, f.key, f.text, base + f.start, base + f.end) for f in found]


def _maybe_link(text: str) -> bool:
    """False only when the link pattern cannot match ``text``: no "://", no "www." and no
    dot followed by the first letter of a top-level domain it knows."""
    if "://" in text:
        return True
    dot = text.find(".")
    if dot < 0:
        return False
    if "www." in text.lower():
        return True
    while dot >= 0:
        if text[dot + 1 : dot + 2] in _TLD_FIRST:
            return True
        dot = text.find(".", dot + 1)
    return False


@lru_cache(maxsize=1024)  # a post asks again for its own pieces; few texts recur across posts
def _extract(text: str, ignored: frozenset[str]) -> tuple[Fact, ...]:
    base = 0
    taken = [False] * len(text)
    facts: list[Fact] = []
    has_digit = _DIGIT.search(text) is not None
    for at, (kind, pattern) in enumerate(_PATTERNS):
        if (kind in _NEEDS_DIGIT or at in _NEEDS_DIGIT_AT) and not has_digit:
            continue
        if kind == "email" and "@" not in text and "(" not in text and "[" not in text:
            continue
        if kind == "url" and not _maybe_link(text):
            continue
        if at in _NEEDS_DASH_AT and "-" not in text and "–" not in text and "—" not in text:
            continue
        for match in pattern.finditer(text):
            # a programme item's day is its abbreviation, not the bullet before it
            start, end = match.span(1) if kind == "dayitem" else match.span()
            if any(taken[start:end]):
                continue
            keys = _keys(kind, match)
            if not keys:
                continue
            taken[start:end] = [True] * (end - start)
            if kind == "clocklist":
                # each hour its own fact, so that a message quotes the one left out ("16",
                # not "kl. 9 och 16"); the first keeps its clock word ("kl. 9")
                for n, (hour, key) in enumerate(zip(_LISTED_HOUR.finditer(match.group()), keys)):
                    h_start = start if n == 0 else start + hour.start()
                    facts.append(Fact("time", key, text[h_start : start + hour.end()], base + h_start, base + start + hour.end()))
                continue
            fact_kind = {"range": "date", "textrange": "date", "monthday": "date", "weekdays": "weekday",
                         "hours": "time", "wordtime": "time", "wordprice": "price", "service": "phone",
                         "dayitem": "weekday", "clocklist": "time", "athour": "time"}.get(kind, kind)
            facts.extend(Fact(fact_kind, key, text[start:end], base + start, base + end) for key in keys)
    words = [*_WORD.finditer(text)]
    if len(words) < 2 or text[words[0].end() :].islower():
        # A name is two or more capitalised words after the first: with no upper-case
        # letter after the first word (most sentences of a long post) there is none.
        facts.sort(key=lambda f: f.start)
        return tuple(facts)
    run: list[re.Match[str]] = []
    previous_end = 0
    for i, match in enumerate([*words, None]):
        word = match.group() if match else ""
        gap = text[previous_end : match.start()] if match else ""
        previous_end = match.end() if match else previous_end
        if run and not _NAME_GAP.fullmatch(gap):
            # A name does not run across a quote, a colon or a comma ('Kesänäyttely "Titel"').
            if len(run) >= 2:
                start, end = run[0].start(), run[-1].end()
                facts.append(Fact("name", run[-1].group().lower()[:4], text[start:end], base + start, base + end))
            run = []
        if len(run) >= 2 and match is not None and _NAME_GAP.fullmatch(gap) and word.lower() in _generic_words():
            # "K-Market Östra hamnen", "Hangö stad": a generic part in lower case ends the
            # name; looked up with it, the name meets its translation ("Itäsatama").
            start, end = run[0].start(), match.end()
            facts.append(Fact("name", run[-1].group().lower()[:4], text[start:end], base + start, base + end))
            run = []
            continue
        is_name_word = (  # cheapest tests first: most words are not capitalised
            match is not None
            and i > 0
            and word[0].isupper()
            and len(word) > 1
            and not _CLAUSE_START.search(gap)
            and not _is_heading_word(word)
            and not any(taken[match.start() : match.end()])
            and word.lower() not in ignored
            and not _month(word)
            and not _weekday(word)
        )
        if is_name_word:
            run.append(match)
            continue
        # Only two or more capitalised words in a row ("Anna Lindqvist") count as a name:
        # single capitalised words are mostly place names, which are translated (Dalsbruk / Taalintehdas).
        if len(run) >= 2:
            start, end = run[0].start(), run[-1].end()
            facts.append(Fact("name", run[-1].group().lower()[:4], text[start:end], base + start, base + end))
        run = []
    facts.sort(key=lambda f: f.start)
    return tuple(facts)


#: The legal forms after an association's or company's name (Swedish and Finnish:
#: registrerad förening / rekisteröity yhdistys, aktiebolag / osakeyhtiö, ...): part of
#: the name, whatever language the name is in, so no word of language.
_LEGAL_FORMS = frozenset({"rf", "ry", "ab", "abp", "oy", "oyj", "kb", "ky", "ay", "tmi", "sr", "rs"})


def language_words(
    text: str, base: int = 0, *, calendar: bool = False, initial: bool = True
) -> list[tuple[int, int]]:
    """``(start, end)`` of the words in ``text`` that carry language: not inside a fact
    (a date, a time, "kl./klo", a link; a weekday or month name only with ``calendar``),
    not a name (a capitalised word after the first), not an ALL-CAPS heading word, not
    a contact label ("tfn", "puh."). The capitalised first word is taken only with ``initial`` (it may be a label or a
    street: "Liput 8 €", "Vuorikatu 3"). Offsets shifted by ``base``."""
    # The version split asks twice per piece and the bilingual rules again; worked out
    # once per text (offsets from the text's start) and shifted here.
    flat = _language_words(text, calendar, initial)
    return [(base + flat[k], base + flat[k + 1]) for k in range(0, len(flat), 2)]


@lru_cache(maxsize=1024)
def _language_words(text: str, calendar: bool, initial: bool) -> array:
    """The spans as a flat array of ``start, end`` pairs (machine integers): a third of the
    memory of tuples, for a memo that holds thousands of pieces in a long run."""
    facts = [fact for fact in extract(text) if not (calendar and fact.kind in ("weekday", "date"))]
    taken: list[bool] | None = None  # most pieces have no fact: no per-character marks then
    if facts:
        taken = [False] * len(text)
        for fact in facts:
            taken[fact.start : fact.end] = [True] * (fact.end - fact.start)
    out: list[tuple[int, int]] = []
    previous = ""
    for i, match in enumerate(_WORD.finditer(text)):
        word, after = match.group(), previous
        previous = word
        if len(word) < 2:
            continue
        start, end = match.span()
        if (taken is not None and any(taken[start:end])) or word.lower() in CONTACT_LABELS:
            continue
        if word.lower() in _LEGAL_FORMS and after:
            continue  # "Hitis Byalag rf", "Öja byaförening rf": part of the name
        if not calendar and _weekday(word):
            continue
        if calendar and (_weekday(word) or _month(word)):
            out.append((start, end))
            continue
        if word[0].isupper() and (i > 0 or _is_heading_word(word) or not initial):
            continue
        out.append((start, end))
    return array("l", [offset for span in out for offset in span])
