"""Words around a name that say who the person is: titles, public roles, elected bodies,
parties, organisations, credits, works and staff notices (``detect/data/titles.yaml``,
``parties.yaml``).

Shared by the signature detector (is this line a title line? is this a party marker?),
the person-name detector (is this name a public person's?) and the phone detector (is
this a staff member's or a service's line?). Everything here is lower-case matching on
plain text; offsets are never returned except by the ``*_re()`` patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import recache
from . import indexed, vocabulary


def _alt(items) -> str:
    return vocabulary.alternation(tuple(items))


#: A camera emoji as a photo credit's label ("📷 Ann Blom", "📸: X"), maybe with a separator
#: after it; read by the person-name and signature detectors.
CAMERA_LABEL = r"(?:📷|📸|🎥)\ufe0f?[ \t]*(?:[:/–-][ \t]*)?"


#: The writer introducing themselves ("Jag heter", "Mitt namn är", "Nimeni on", "Olen"):
#: the name after it is the writer's own. Read by the signature and person-name detectors.
SELF_INTRODUCTION = r"jag\s+heter|mitt\s+namn\s+är|jag\s+är|nimeni\s+on|minun\s+nimeni\s+on|minä\s+olen|olen"


@lru_cache(maxsize=1)
def title_re() -> re.Pattern[str]:
    """A title word: a stem of ``titles`` as a compound's head ("ympäristötarkastaja",
    "kommunstyrelsens ordförande", "keramikern"), or an exact short title ("vd")."""
    words = vocabulary.words("titles", "titles") + vocabulary.words("titles", "public_roles")
    # The Swedish plural of an -are title or role drops its -e: "lärare" → "lärarna",
    # "fritidsledarna", "tränare" → "tränarna".
    plurals = tuple(w[:-1] + "n" for w in words if w.endswith("are"))
    # A Finnish title in consonant + -i takes -e- before its plural and case endings:
    # "vahtimestari" → "vahtimestareille", "rehtori" → "rehtoreita".
    fi_words = vocabulary.load("titles")["titles"]["fi"] + vocabulary.load("titles")["public_roles"]["fi"]
    oblique = tuple(w[:-1] + "e" for w in fi_words if len(w) >= 6 and re.search(r"[^aeiouyäö]i$", w))
    # A Finnish agent noun in -ja/-jä takes -i- in the plural: "puhuja" → "puhujille",
    # "laulaja" → "laulajat"/"laulajien", "esiintyjä" → "esiintyjinä".
    oblique += tuple(w[:-1] + "i" for w in fi_words if len(w) >= 6 and re.search(r"j[aä]$", w))
    # and one in -ija/-ijä takes -o-/-ö-: "kirjailija" → "kirjailijoille", "taiteilijoita".
    oblique += tuple(w[:-1] + ("o" if w.endswith("a") else "ö") for w in fi_words if len(w) >= 6 and re.search(r"ij[aä]$", w))
    stems = _alt(words + plurals + oblique)
    exact = _alt(vocabulary.words("titles", "exact_titles"))
    return recache.compile(rf"(?i)(?<![\w-])[\w-]*?(?:{stems})\w{{0,8}}(?![\w-])|(?<!\w)(?:{exact})(?!\w)")


@lru_cache(maxsize=1)
def _private_re() -> re.Pattern[str]:
    return recache.compile(r"(?i)^[\w-]*?(?P<stem>" + _alt(vocabulary.words("titles", "private_roles")) + r")\w{0,6}$")


@lru_cache(maxsize=1)
def _title_stems() -> tuple[str, ...]:
    """The lower-case title and public-role stems, longest first."""
    stems = vocabulary.words("titles", "titles") + vocabulary.words("titles", "public_roles")
    return tuple(sorted({s.lower() for s in stems}, key=len, reverse=True))


def is_private_role(word: str) -> bool:
    """True when ``word`` names a private person's role (asukas, granne, omaishoitaja ...).

    The private stem must be at least as long as any title stem in the word: "omaishoitaja"
    (a carer, private) holds the title "hoitaja", but "kaavoittaja" (a planner) is a
    title that merely holds "voittaja" (a winner)."""
    word = word.strip()
    match = _private_re().match(word)
    if not match:
        return False
    low = word.lower()
    longest_title = next((len(stem) for stem in _title_stems() if stem in low), 0)
    return len(match.group("stem")) >= longest_title


#: From this length on, :func:`title_in` searches where a title can start
#: (:mod:`.indexed`); a shorter text -- most calls are one word -- costs more to index
#: than to search the plain way (measured over the 1,000 realistic posts' calls, issue 15).
_INDEXED_FROM = 20


@lru_cache(maxsize=1)
def _title_indexed() -> indexed.Indexed:
    """:func:`title_re` searched only where one of its stems can start: the same matches."""
    return indexed.compile(title_re().pattern)


def title_in(text: str) -> str | None:
    """The first title or public-role word in ``text`` (kommunikatör, rehtori,
    "kommunstyrelsens ordförande", pianisten ...), or ``None``. A word that names a
    private person's role (omaishoitaja, anhörigvårdare) is not a title."""
    pattern = _title_indexed() if len(text) >= _INDEXED_FROM else title_re()
    for match in pattern.finditer(text):
        if not is_private_role(match.group()):
            return match.group().strip()
    return None


def is_title_word(word: str) -> bool:
    """True when the single ``word`` is a title or public-role word."""
    match = title_re().fullmatch(word.strip(" ,.:;()"))
    return bool(match) and not is_private_role(word)


@lru_cache(maxsize=1)
def organ_re() -> re.Pattern[str]:
    """An elected or administrative body (nämnden, styrelse, lautakunnan, valtuusto ...)."""
    return recache.compile(r"(?i)(?<!\w)\w*(?:" + _alt(vocabulary.words("titles", "organs")) + r")\w*")


@lru_cache(maxsize=1)
def work_unit_re() -> re.Pattern[str]:
    """A unit of the employer as a word's head (``titles.yaml`` ``work_units``:
    "parkenheten", "biblioteket", "turistbyrån", "kirjastosta", "tekniikkayksikkö"),
    not the employer itself ("kommun", "kaupunki")."""
    return recache.compile(r"(?i)(?<![\w-])[\w-]{0,30}?(?:" + _alt(vocabulary.words("titles", "work_units")) + r")\w{0,4}(?![\w-])")


@lru_cache(maxsize=1)
def organisation_re() -> re.Pattern[str]:
    """An organisation word (kommun, stad, kaupunki, Oy, Ab, -byrå, -toimisto ...)."""
    words = vocabulary.words("titles", "organisations")
    return recache.compile(r"(?i)(?<!\w)\w*(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")")


def _party_forms() -> list[str]:
    data = vocabulary.load("parties")
    forms: set[str] = set()
    for country in ("sweden", "finland"):
        for party in data.get(country, []):
            for abbr in party.get("abbr", []):
                forms.add(str(abbr))
    for words in (data.get("unaffiliated") or {}).values():
        forms.update(str(w) for w in words)
    # Longest first; ties alphabetically, so the pattern's text (the compiled-pattern
    # cache's key, recache) is the same in every process, whatever the set's order.
    return sorted(forms, key=lambda form: (-len(form), form))


@lru_cache(maxsize=1)
def party_re() -> re.Pattern[str]:
    """A party abbreviation as a whole token: ``S``, ``SFP``, ``kok.``, ``r.``, ``sit.``.

    Two or more letters in any case, with or without a trailing period; one letter only
    as written in ``parties.yaml`` (a lower-case one only with its period).
    """
    alternatives = []
    for form in _party_forms():
        if len(form) == 1:
            alternatives.append(re.escape(form) + (r"\." if form.islower() else r"\.?"))
        else:
            alternatives.append("(?i:" + re.escape(form) + r")\.?")
    return recache.compile(r"(?<![\w.])(?:" + "|".join(alternatives) + r")(?![\w])")


@lru_cache(maxsize=1)
def party_marker_re() -> re.Pattern[str]:
    """A party marker right after a name: ``(S)``, ``(kok.)``, ``, SFP`` (to the end of
    the marker; the name is not part of the match). Group ``party``."""
    party = party_re().pattern
    return recache.compile(
        rf"^\s*(?:\(\s*(?P<party>{party})\s*\)|,\s*(?P<party2>{party})(?=\s*(?:$|[,/–—|(]|\s-\s)))"
    )


def party_after(text: str) -> str | None:
    """The party marker at the start of ``text`` (what follows a name), or ``None``."""
    match = party_marker_re().match(text)
    if not match:
        return None
    return (match.group("party") or match.group("party2")).strip()


@lru_cache(maxsize=1)
def credit_label_re() -> re.Pattern[str]:
    """A credit label (Foto:, Kuva / Foto:, Regi:, Musiikki:, Rooleissa ...) anywhere on a line."""
    labels = _alt(vocabulary.words("titles", "credit_labels"))
    return recache.compile(
        # "... juontaa " at the end of the text before a name: the name follows the label.
        # (a year may stand before the colon: "Foto 1958: arkivet. Foto 2026: X")
        rf"(?i)(?<!\w)(?:{labels})(?:\s*/\s*(?:{labels}))*(?:(?:[ \t]\d{{4}})?\s*:|\s+(?:mm\.|bl\.a\.|m\.fl\.)|(?=\s+[A-ZÅÄÖ])|(?<=\w)[ \t]+\Z)"
        rf"|(?<!\w)\w+(?:{labels})(?:\s*/\s*\w*(?:{labels}))*\s*:"  # a compound label: "Taidenäyttely:"
    )


@lru_cache(maxsize=1)
def work_before_re() -> re.Pattern[str]:
    """Text ending with a work and "av" ('"Hemsöborna" av', "målningar av"): the name that
    follows is its author or artist."""
    works = _alt(vocabulary.words("titles", "works"))
    return recache.compile(
        rf"(?:[\"”»][^\"”»\n]{{1,80}}[\"”»]|(?i:\b\w*(?:{works}))|(?<=\w)\s[A-ZÅÄÖ]\w+(?:\s\w+){{0,3}})\s+av\s+$"
    )


@lru_cache(maxsize=1)
def work_after_re() -> re.Pattern[str]:
    """Text starting with a Finnish genitive of the name and a work ("n romaani", "in
    maalauksia"): the name is the work's author or artist."""
    works = _alt(vocabulary.words("titles", "works"))
    # A short ending only, and not "kirja-sto" (a library is no book: "Aada kävi kirjastossa").
    return recache.compile(rf"(?i)^\w{{0,3}}\s+(?:\w+\s+)?(?:{works})(?!sto)\w{{0,5}}(?!\w)")


@lru_cache(maxsize=1)
def notice_re() -> re.Pattern[str]:
    """A phrase of an appointment or retirement notice (går i pension, valittiin ...)."""
    return recache.compile(r"(?i)(?<!\w)(?:" + _alt(vocabulary.words("titles", "notice")) + r")")


@lru_cache(maxsize=1)
def event_before_re() -> re.Pattern[str]:
    """Text ending with an event and "med" ("Sagostund med", "Föreläsning med"): the
    name that follows is the event's host or performer."""
    events = _alt(vocabulary.words("titles", "events"))
    return recache.compile(rf"(?i)\b\w*(?:{events})\w*\s+(?:med|with)\s+$")


@lru_cache(maxsize=1)
def event_around_re() -> re.Pattern[str]:
    """An event right before the name, "kanssa" right after ("Satutunti X:n kanssa")."""
    events = _alt(vocabulary.words("titles", "events"))
    return recache.compile(rf"(?i)\b\w*(?:{events})\w*\s+$")
