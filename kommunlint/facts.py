"""Facts a reader acts on, written the same way whatever the language.

Used by ``bilingual/unbalanced`` to check that the Swedish and the Finnish version of
a post give the same date, time, place and contact details. Each fact gets a
language-neutral ``key``: "12.5.", "12 maj" and "12. toukokuuta" are all the date
``05-12``; "kl. 18" and "klo 18.00" are both the time ``18:00``.

Kinds: ``date``, ``weekday``, ``time``, ``price``, ``phone``, ``email``, ``url`` (keyed
by host, since the Swedish and Finnish pages of a site differ in path), ``number``
and ``name`` (two or more capitalised words in a row, not starting the sentence;
matched by the first four letters of the last word, so the Finnish case ending in
"Anna Bergin" still matches "Anna Berg").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

MONTHS_SV = ("januari februari mars april maj juni juli augusti september oktober november december").split()
MONTHS_FI = (
    "tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu elokuu syyskuu lokakuu marraskuu joulukuu"
).split()
WEEKDAYS_SV = "måndag tisdag onsdag torsdag fredag lördag söndag".split()
WEEKDAYS_FI = "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai".split()

# 1 800 and 1 800,50: a space (or no-break space) groups thousands in both languages.
_AMOUNT = r"(?<!\d)(?:\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}(?:[,.]\d{1,2})?|\d+(?:[,.]\d{1,2})?)"
_MONTH_SV = "|".join(MONTHS_SV)
_MONTH_FI = "|".join(MONTHS_FI)

# Order matters: earlier patterns claim their text first (a phone number is not three numbers).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("email", re.compile(r"(?<![\w.+-])\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")),
    ("url", re.compile(
        r"(?:https?://|www\.)[^\s<>\"]*[^\s<>\".,;:!?)]"
        r"|(?<![a-z0-9.-])\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:fi|se|com|net|org|eu)\b(?:/[^\s<>\"]*[^\s<>\".,;:!?)])?",
        re.I,
    )),
    ("phone", re.compile(r"(?<![\w.])(?:\+\d{3}[ -]?|0)\d{1,3}(?:[ -]?\d{2,4}){1,3}(?![\w.]?\d)")),
    ("time", re.compile(r"\b(?:kl|klo)\.?\s*(\d{1,2})(?:[.:](\d{2}))?(?:\s*[-–]\s*(\d{1,2})(?:[.:](\d{2}))?)?\b|\b(\d{1,2}):(\d{2})\b", re.I)),
    ("date", re.compile(rf"\b(\d{{1,2}})(?::[ae])?\.?\s+({_MONTH_SV}|{_MONTH_FI})\w*", re.I)),
    ("date", re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(?:(\d{4}|\d{2})\b)?")),
    ("weekday", re.compile(rf"\b({'|'.join(WEEKDAYS_SV + WEEKDAYS_FI)})\w*", re.I)),
    ("price", re.compile(rf"(?:€\s*({_AMOUNT}))|({_AMOUNT})\s*(?:€|euro\w*|eur\b|e\b)", re.I)),
    # Five or more ungrouped digits are identifiers (a national ID's birth date, an
    # account number), not facts to compare, and may be personal data: never taken.
    ("number", re.compile(r"(?<![\w/-])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3}){1,4}|\d{1,4})(?:[,.]\d{1,2})?(?![\w/-]|[.,]?\d)")),
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


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


def _ordinal(name: str, *tables: tuple[str, ...]) -> int:
    """1-based position of the stem ``name`` starts with in either language's table; 0 if none."""
    name = name.lower()
    for table in tables:
        for i, stem in enumerate(table):
            if name.startswith(stem):
                return i + 1
    return 0


def _month(name: str) -> int:
    return _ordinal(name, MONTHS_SV, MONTHS_FI)


def _weekday(name: str) -> int:
    return _ordinal(name, WEEKDAYS_SV, WEEKDAYS_FI)


def _keys(kind: str, match: re.Match[str]) -> list[str]:
    """Normalised keys of one match (a time range gives two); empty: not a fact."""
    g = match.groups()
    if kind == "url":
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", match.group().lower()).split("/")[0]
        return [host.rstrip(".,;:!?)")]
    if kind == "email":
        return [match.group().lower()]
    if kind == "phone":
        digits = re.sub(r"\D", "", match.group())
        digits = "0" + digits[3:] if match.group().startswith("+358") else digits
        return [digits] if len(digits) >= 7 else []
    if kind == "time":
        if g[0] is not None:
            out = [f"{int(g[0]):02d}:{g[1] or '00'}"]
            if g[2] is not None:
                out.append(f"{int(g[2]):02d}:{g[3] or '00'}")
            return [t for t in out if int(t[:2]) < 25]
        return [f"{int(g[4]):02d}:{g[5]}"] if int(g[4]) < 25 else []
    if kind == "date":
        day = int(g[0])
        month = int(g[1]) if g[1].isdigit() else _month(g[1])
        return [f"{month:02d}-{day:02d}"] if 1 <= month <= 12 and 1 <= day <= 31 else []
    if kind == "weekday":
        return [f"day{_weekday(g[0])}"]
    if kind == "price":
        amount = re.sub(r"\s", "", g[0] or g[1]).replace(",", ".")
        return [f"{float(amount):.2f}€"]
    return [re.sub(r"\s", "", match.group()).replace(",", ".")]


def extract(text: str, base: int = 0, ignore_names: Iterable[str] = ()) -> list[Fact]:
    """Facts in ``text``, with offsets shifted by ``base``; sorted by position.

    ``text`` is one sentence or line (its first word is never taken as a name).
    ``ignore_names`` are lower-case words that are not compared as names (the
    municipality's own names, which differ by language: Hangö / Hanko).
    """
    taken = [False] * len(text)
    facts: list[Fact] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if any(taken[match.start() : match.end()]):
                continue
            keys = _keys(kind, match)
            if not keys:
                continue
            taken[match.start() : match.end()] = [True] * (match.end() - match.start())
            facts.extend(Fact(kind, key, match.group(), base + match.start(), base + match.end()) for key in keys)
    ignored = {n.lower() for n in ignore_names}
    run: list[re.Match[str]] = []
    for i, match in enumerate([*_WORD.finditer(text), None]):
        word = match.group() if match else ""
        is_name_word = (
            match is not None
            and i > 0
            and word[0].isupper()
            and len(word) > 1
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
    return facts


def name_stems(text: str) -> set[str]:
    """First four letters (lower case) of every word in ``text``: what a name must match."""
    return {w.lower()[:4] for w in _WORD.findall(text)}
