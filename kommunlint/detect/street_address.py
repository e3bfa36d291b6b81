"""Detector of street addresses, and whether each is a home or not.

A street name with a Swedish or Finnish street word (-gatan, -vägen, -stigen, -gränd,
-backen, -katu, -tie, -kuja, -polku, inflected forms such as -kadulla) followed by a
house number, optionally a staircase/flat and a postcode and town; the street word on
its own counts too ("Esplanaden 41 C 12"). A number followed by ``.`` and a digit is a
date or a time ("Sandviksgatan 1–3.10.2025", "Rauhankadulla 12.9.", "Strandvägen
3.–5.11."), not a house
number; a road class with a number ("valtatie 8:n", "riksväg 40") is a road, not an
address.

An address is *not a home* (``public``) when the words around it say so:

- near it (same sentence, 45 characters before, 30 after): a venue or service point, an
  event, an official address label (``public_place``), or the buildings affected by a
  water cut, road works or an incident, a bus stop, municipal property or a plan area
  (``not_a_home``);
- anywhere in its sentence: an invitation or an event notice (``invitation``: "Välkommen
  ...", "Tervetuloa avoimiin oviin ..."), or a bus stop, water cut or road works the
  sentence is about (``notice_subject``: "Busshållplatsen vid X 14 flyttas till Y 3"),
  or a plot sold or bought ("Tomten på X 9 säljs till ...": ``plot`` and ``sale``), or
  a service point or venue moving there ("Återvinningspunkten flyttar till ..., adress
  X 9": ``relocation`` and ``public_place``);
- anywhere in its paragraph, when a label introduces it ("Adress:", "Osoite:"): public
  place or invitation words;
- a capitalised place name right before it, the address in parentheses ("Forum
  (Brandensteingatan 13)"), when the name is not a person's;
- a parallel address of the other language ("Pitkänsillankatu 39 / Långbrogatan 39")
  shares the reading, unless either reads as a home.

Street names themselves are never context: "Koulukatu 7" or "Kauppakatu 14" is not a
school or a shop. Words of a home near it ("bor", "asuu", "kotisi", "granne"), or a
flat number ("7 A 3"), make it a home whatever else is around.
Vocabulary: ``detect/data/places.yaml``.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import vocabulary
from .context import WEEKDAY_ABBREVIATION, line_at, paragraph_at, sentence_at

if TYPE_CHECKING:
    from . import Analysis


@dataclass(frozen=True)
class StreetAddress:
    """A street address: 0-based ``start``/``end`` (end exclusive); ``public`` when its
    context makes it a venue, service point or other place that is not a home,
    ``in_signature`` when it is part of the writer's signature."""

    start: int
    end: int
    public: bool
    in_signature: bool


def _words(key: str) -> str:
    return "|".join(f"(?:{w})" for w in sorted(vocabulary.words("places", key), key=len, reverse=True))


@lru_cache(maxsize=1)
def _address() -> re.Pattern[str]:
    streets = vocabulary.alternation(vocabulary.words("places", "street_words"))
    qualifiers = vocabulary.alternation(vocabulary.words("places", "street_qualifiers"))
    # The street word on its own is a street too: "Esplanaden 41", "Torget 2".
    bare = vocabulary.alternation(tuple(w.capitalize() for w in vocabulary.words("places", "street_words")))
    return recache.compile(
        r"(?<![\w-])(?P<street>(?:(?i:" + qualifiers + r")\s)?(?:[A-ZÅÄÖ][a-zåäöé-]*(?:" + streets + r")|" + bare + r")"
        # a capitalised qualifier before a lower-case street word: "Gamla landsvägen 91"
        r"|(?=[A-ZÅÄÖ])(?i:" + qualifiers + r")\s[a-zåäö][a-zåäöé-]*(?:" + streets + r"))"
        # The house number, never the start of a date or a time ("1–3.10.2025", "12.9.")
        # nor the first part of a Finnish compound ("Monitori 2010 -seminaari").
        # on the street's own line: a number on the next line is a list item ("Bulevarden\n5. Ett nytt ...")
        r"[ \t\u00a0]+\d{1,4}(?P<range>\s?[-–]\s?\d{1,4})?(?!\d|\.\d|\.?\s?[-–]\s?\d|\s[-–]\w)"
        r"(?P<flat>\s?[A-Za-z](?!\w)(?:\s?\d{1,3}(?!\d))?)?"
        r"(?:,?\s+(?:\d{3}\s?\d{2}|\d{5})\s+[A-ZÅÄÖ][a-zåäö]+)?"
    )


@lru_cache(maxsize=1)
def _street_name() -> re.Pattern[str]:
    """A street name anywhere (inflected too: "Koulukadulla"), to keep it out of the context."""
    common = set(vocabulary.words("places", "common_noun_endings"))
    streets = vocabulary.alternation(tuple(w for w in vocabulary.words("places", "street_words") if w not in common))
    return recache.compile(r"(?<![\w-])[A-ZÅÄÖ][\wåäöé-]*(?:" + streets + r")\w{0,4}")


@lru_cache(maxsize=None)
def _pattern(key: str) -> re.Pattern[str]:
    return recache.compile(r"(?i)(?<!\w)(?:" + _words(key) + ")")


@lru_cache(maxsize=1)
def _road_class() -> re.Pattern[str]:
    return recache.compile(r"(?i)(?:" + _words("road_classes") + r")")


# A second house number joined by a conjunction or a dash ("12 och 40", "3 ja 15",
# "5 till 9"), not a count or a measure ("12 och 40 meter").
_SECOND_NUMBER = recache.compile(
    r"(?<![ \t])[ \t]+(?:och|ja|till|–|-)[ \t]+\d{1,4}(?!\d|[.,:]\d)(?![ \t]*(?:år|vuot|m\b|km|meter|metr|kr|€|%|st\b|kpl|person|henk))"
)


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    # "Adress:", "Osoite / Adress:", and a label with a few words before its colon:
    # "Uusi osoite 1.10. alkaen:", "Ny adress från 1.10:".
    return recache.compile(
        r"(?i)(?<!\w)(?:" + _words("address_label") + r")(?:\s*/\s*\w+)?(?:[ \t]+[^\s:]{1,12}){0,3}\s*:\s*$"
    )


def _context(text: str, lo: int, hi: int) -> str:
    """``text[lo:hi]`` with every street name blanked out (same length)."""
    window = text[lo:hi]
    return _street_name().sub(lambda m: " " * len(m.group()), window)


def detect(analysis: "Analysis") -> list[StreetAddress]:
    """Every street address in the post, in order (see the module docstring)."""
    post = analysis.post
    text = post.text
    sig = analysis.signature
    found: list[tuple[StreetAddress, bool]] = []  # (address, read as a home)
    for match in _address().finditer(text):
        if _road_class().fullmatch(match.group("street")):
            continue
        start, end = match.span()
        s_start, s_end = sentence_at(post, start)
        # Only nearby words count: "vid skolan" at the far end of a long sentence says
        # nothing about the address.
        lo, hi = max(s_start, start - 45), min(s_end, end + 30)
        hi += len(re.match(r"\w*", text[hi:s_end]).group())  # do not cut a word in two
        near = _context(text, lo, start) + " " + _context(text, end, hi)
        flat = match.group("flat") or ""
        home = bool(_pattern("home").search(near) or re.search(r"\d", flat) or _person_before(text, start))
        if home:
            public = False
        else:
            sentence = _context(text, s_start, start) + " " + _context(text, end, s_end)
            public = bool(
                _pattern("public_place").search(near)
                or _pattern("not_a_home").search(near)
                or _pattern("invitation").search(sentence)
                or _pattern("notice_subject").search(sentence)
                or (_pattern("plot").search(sentence) and _pattern("sale").search(sentence))
                or (_pattern("relocation").search(sentence) and _pattern("public_place").search(sentence))
            )
            if not public and _named_place_before(text, start, end):
                public = True
            if not public and (match.group("range") or _SECOND_NUMBER.match(text, end)):
                # A run of house numbers ("Industrigatan 4–12", "mellan Sevedegatan 12 och
                # 40", "Rauhankadun 3 ja 15 välillä") names several buildings: the ones a
                # notice is about, not one person's home.
                public = True
            if not public and (_organisation_before(text, start) or _role_holder_before(text, start)):
                public = True
            if not public and _company_named(post, text, s_start, s_end, start):
                public = True
            if not public and _in_contact_block(analysis, start, end):
                public = True
            if not public and (_SCHEDULE_LINE.match(text, line_at(text, start)[0]) or _place_before(text, start)):
                # A stop on a timetable line ("8.00 Dalsbruk, Bruksgatan 20") or an address
                # after a village's or town's name ("Taalintehdas, Ruukinkatu 20"): a place
                # to go to on a round, not a home.
                public = True
            if not public and post.account == "official" and post.kind == "post" and not _person_tied(
                    text, s_start, s_end, start, end, analysis.vehicle_plates, _previous_sentence(post, s_start),
                    _private_applicant(analysis, start)):
                # The municipality's own notice (not a reply to a resident, not a
                # personal account) names venues, stops and works sites: an address in
                # it is a home only when a person is tied to it in its sentence (a name,
                # "din"/"hänen", a client or a pupil), or by the home words above.
                public = True
            if not public and _label().search(text[max(s_start, start - 40) : start]):
                p_start, p_end = paragraph_at(post, start)
                paragraph = _context(text, p_start, start) + " " + _context(text, end, p_end)
                public = bool(_pattern("public_place").search(paragraph) or _pattern("invitation").search(paragraph))
                if not public and post.account == "official":
                    # An official notice's "Adress:" line in a paragraph of its own: the
                    # place the notice is about ("Återvinningscentralen ... Adress: X 9"),
                    # named in the post's first 600 characters.
                    head = _context(text, 0, min(start, 600))
                    public = bool(_pattern("public_place").search(head) or _pattern("invitation").search(head))
        in_signature = bool(sig and sig.start <= start < sig.end)
        found.append((StreetAddress(start, end, public=public, in_signature=in_signature), home))
    return _share_parallel(text, found)


_APPLICANTS: "weakref.WeakKeyDictionary[Analysis, dict[int, bool]]" = weakref.WeakKeyDictionary()


def _private_applicant(analysis: "Analysis", start: int) -> bool:
    """True when the address's paragraph names a person after an applicant or owner label
    ("Sökande: Peter Fransson", "Hakija: Aleksi Mäkelä"): a permit or survey notice whose
    site is that person's property. A company applicant makes the address public earlier
    (:func:`_company_named`). Decided once per paragraph."""
    from .names import is_first_name

    post, text = analysis.post, analysis.post.text
    p_start, p_end = paragraph_at(post, start)
    known = _APPLICANTS.setdefault(analysis, {})
    if p_start not in known:
        _, label = _company_patterns()
        known[p_start] = False
        for found in label.finditer(text, p_start, p_end):
            line_end = text.find("\n", found.end(), p_end)
            after = text[found.end() : p_end if line_end < 0 else line_end]
            first = re.match(r"[ \t]*([A-ZÅÄÖ][a-zåäöé]+)", after)
            if first and is_first_name(first.group(1)):
                known[p_start] = True
                break
    return known[p_start]


def _previous_sentence(post, s_start: int) -> int:
    """Start of the sentence before the one starting at ``s_start`` when both are in one
    paragraph; else ``s_start``."""
    if s_start <= 0:
        return s_start
    p_start, _ = paragraph_at(post, s_start)
    if s_start <= p_start:
        return s_start
    prev_start, _ = sentence_at(post, s_start - 1)
    return max(prev_start, p_start)


@lru_cache(maxsize=1)
def _company_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    forms = vocabulary.alternation(vocabulary.words("advertising", "company_forms"))
    company = recache.compile(rf"(?<![\w-])[A-ZÅÄÖ][\w&'’-]{{0,40}}(?:[ \t]+[\w&'’-]{{1,40}}){{0,5}}?[ \t]+(?:{forms})(?::\w{{1,4}})?(?![\w-])")
    label = recache.compile(r"(?i)(?<!\w)(?:" + vocabulary.patterns("places", "applicant_label") + ")")
    return company, label


def _company_named(post, text: str, s_start: int, s_end: int, start: int) -> bool:
    """True when a company (a capitalised name with a company form: "Nya Hangö Bryggeri
    Ab", "Rakennusliike Poutanen Oy") stands in the address's sentence, or after an
    applicant label ("Hakija:", "Sökande:") in its paragraph: a permit or a notice about
    a firm's building, not a private home."""
    company, label = _company_patterns()
    if company.search(text, s_start, s_end):
        return True
    p_start, p_end = paragraph_at(post, start)
    for found in label.finditer(text, p_start, p_end):
        line_end = text.find("\n", found.end(), p_end)
        if company.search(text, found.end(), p_end if line_end < 0 else line_end):
            return True
    return False


#: A line led by a time of day: a timetable's or a route's stop.
_SCHEDULE_LINE = recache.compile(
    r"[ \t]{0,8}(?:(?:kl|klo)\.?[ \t]*)?(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\d)"
    # or by a date, maybe after its weekday: "la/lö 6.2. klo/kl. 12 – Bokloppis – X 3"
    rf"|[ \t]{{0,8}}(?:{WEEKDAY_ABBREVIATION}\.?(?:/{WEEKDAY_ABBREVIATION}\.?)?[ \t]+)?\d{{1,2}}\.\d{{1,2}}\.?(?![\d])"
)


_NAME_COMMA_BEFORE = recache.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)[ \t]+[A-ZÅÄÖ][\wåäö-]{1,30}[ \t]*,[ \t]*$")


def _person_before(text: str, start: int) -> bool:
    """True when a person's full name stands right before the address and a comma
    ("tillhörande Elsa Lindström, Kvarnvägen 5"): the person's address, a home whatever
    venue is named nearby; not after a label ("Kontakt: X, ...") nor after a title or
    public role ("Keramiker Hannele Grönroos, Bruksgatan 4" in an open-studio list,
    "yrittäjä X, Y-tie 2"): there the address is where the person works or shows."""
    from .names import is_first_name
    from .roles import is_title_word

    window = text[max(0, start - 60) : start]
    name = _NAME_COMMA_BEFORE.search(window)
    if not name or not is_first_name(name.group(1)):
        return False
    before = window[: name.start()].rstrip()
    # Not right after a label ("Kontakt: Anna Berg, Storgatan 5"): a contact block.
    if before.endswith(":"):
        return False
    title = re.search(r"([\w-]+)$", before)
    return not (title and is_title_word(title.group(1)))


#: A word, a full name and ", " / "(" / "på" / "i" / "vid" right before the address.
_WORD_NAME_BEFORE = recache.compile(
    r"(?<![\w-])([\w-]+)[ \t]+([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)[ \t]+[A-ZÅÄÖ][\wåäö-]{1,30}"
    r"[ \t]*(?:,|\(|på|i|vid)[ \t]*$"
)


def _role_holder_before(text: str, start: int) -> bool:
    """True when a title or public role, a full name and "," / "på" / "i" / "vid" stand
    right before the address ("keramikern Åsa Berg på Verkstadsgatan 3", "graafikko Ville
    Ranta, Asemakatu 5"): where the person works or shows their work, as in an open-studio
    or market list; not after a private role ("grannen", "patienten")."""
    from .names import is_first_name
    from .roles import is_private_role, is_title_word

    found = _WORD_NAME_BEFORE.search(text, max(0, start - 80), start)
    if not found or not is_first_name(found.group(2)):
        return False
    word = found.group(1)
    return is_title_word(word) and not is_private_role(word)


@lru_cache(maxsize=None)
def _whole_words(key: str) -> re.Pattern[str]:
    """The ``places.yaml`` list ``key`` as whole words (not inside a hyphenated word)."""
    return recache.compile(r"(?i)(?<![\w-])(?:" + _words(key) + r")(?![\w-])")


_CAPITALISED = recache.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?")


def _person_tied(text: str, s_start: int, s_end: int, start: int, end: int, plates: list, prev_start: int,
                 applicant_named: bool = False) -> bool:
    """True when the address's sentence (``text[s_start:s_end]``, the address itself
    ``[start, end)`` left out) ties a person to it (a tip or a pet also from the sentence
    before, starting at ``prev_start``; ``applicant_named``: a person is the applicant or
    owner in the address's paragraph, see :func:`_private_applicant`): a word of ``person_tie``
    (``places.yaml``),
    a vehicle plate of ``plates`` (:class:`~kommunlint.detect.vehicle_plate.VehiclePlate`)
    or a first name (``names.is_inflected_first_name``: "Ainon", "Eliakselle")
    that is not a title's or a credit's (see :func:`_person_before`)."""
    from .names import is_inflected_first_name
    from .roles import is_title_word

    sentence = text[s_start:start] + " " + text[end:s_end]
    # A resident's tip about a neighbour or a household's pet, in the sentence or the one
    # before ("Tack för tipset om den skällande hunden! Inspektören åker till X 12.").
    if _whole_words("tip").search(text, prev_start, s_end):
        return True
    if applicant_named:
        return True
    if _whole_words("person_tie").search(sentence) or any(s_start <= p.start < s_end for p in plates):
        # (A private car's plate in the sentence, "Bilen ABC 123 står utanför X 8", is a resident's.)
        return True
    for word in _CAPITALISED.finditer(sentence):
        if is_inflected_first_name(word.group()):
            title = re.search(r"([\w-]+)[ \t]*$", sentence[max(0, word.start() - 40) : word.start()])
            if not (title and is_title_word(title.group(1))):
                return True
    return False


def _place_before(text: str, start: int) -> bool:
    """True when a known place's name (a village, district or municipality of
    ``sv_fi_names.yaml``, in either language) stands right before the address and a
    comma: "Dalsbruk, Bruksgatan 20", "Taalintehdas, Ruukinkatu 20"."""
    word = re.search(r"([A-ZÅÄÖ][\wåäö-]{1,30})[ \t]*,[ \t]*$", text[max(0, start - 40) : start])
    return bool(word) and word.group(1).lower() in vocabulary.place_names()


def _in_contact_block(analysis: "Analysis", start: int, end: int) -> bool:
    """True when the address stands on its own line (with at most a postcode and town
    after it) in a paragraph that also gives an e-mail address at one of the
    municipality's domains: the postal address of a service's contact block
    ("Liikuntapalvelut / Koulukatu 7 / 67100 Kokkola / liikunta@kokkola.fi"), not a home."""
    text = analysis.post.text
    line_start, line_end = line_at(text, start)
    before, after = text[line_start:start], text[end:line_end]
    # The same address in the other language beside it ("Boulevarden 15 / Bulevardi 15").
    # (Only a short line can be a contact block's address line: at most 120 characters.)
    if len(before) + len(after) > 120:
        return False
    before = re.sub(r"^.*[/|][ \t]*$", "", before) if _address().search(before) else before
    after = re.sub(r"^[ \t]*[/|].*$", "", after) if _address().search(after) else after
    if before.strip() or after.strip(" .,"):
        return False
    p_start, p_end = paragraph_at(analysis.post, start)
    domains = analysis.profile.domains
    return any(e.at(domains) or e.own_name for e in analysis.emails_in(p_start, p_end))


def _organisation_before(text: str, start: int) -> bool:
    """True for "Kimitoöns kommun, Engelsbyvägen 8", "Hangö Vatten Ab, Bangatan 5",
    "Kokkolan kaupunki / Pitkänsillankatu 39": an address right after an organisation's
    name (a municipality, a utility, a firm) is that organisation's address."""
    from .roles import organisation_re

    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60) : start].rstrip()
    if not before or before[-1] not in ",/–-:":
        return False
    words = before[:-1].split()[-4:]
    # The organisation's name is the last capitalised words before the separator
    # ("... till Kimitoöns kommun," → "Kimitoöns kommun").
    while words and not words[0][:1].isupper():
        words = words[1:]
    return bool(words) and bool(organisation_re().search(" ".join(words)))


def _named_place_before(text: str, start: int, end: int) -> bool:
    """True for "Forum (Brandensteingatan 13)": the address in parentheses right after
    a capitalised name that is not a person's is that place's address."""
    if not (text[end : end + 1] == ")" and text[max(0, start - 2) : start].endswith("(")):
        return False
    word = re.search(r"([A-ZÅÄÖ][\wåäöé-]+)\s*\($", text[max(0, start - 40) : start])
    if not word:
        return False
    from .names import is_first_name, is_surname

    name = word.group(1)
    # A Finnish name in the allative, adessive or ablative is a person given or having
    # something ("Pekalle (Koulukatu 7)"); a place is named in the nominative or inessive.
    return not (is_first_name(name) or is_surname(name) or re.search(r"(?:ll|lt)[eaä]$", name))


def _share_parallel(text: str, found: list[tuple[StreetAddress, bool]]) -> list[StreetAddress]:
    """Addresses written side by side in two languages ("Pitkänsillankatu 39 / Långbrogatan
    39") are one place, and addresses in one list ("kiinteistöt ovat A 9-11 / B 26 / C 23
    ja D 13", "fastigheterna A 4, B 6 och C 8") are read alike: public when one of
    them reads as public and none of the two neighbours as a home. The reading spreads
    along the list both ways (the word that makes the first public stands before it)."""
    out = [address for address, _ in found]
    home = [is_home for _, is_home in found]

    def joined(i: int) -> bool:
        return not (home[i] or home[i + 1]) and bool(_LIST_GAP.fullmatch(text, out[i].end, out[i + 1].start))

    for order in (range(len(out) - 1), reversed(range(len(out) - 1))):
        for i in order:
            a, b = out[i], out[i + 1]
            if a.public != b.public and joined(i):
                out[i] = StreetAddress(a.start, a.end, True, a.in_signature)
                out[i + 1] = StreetAddress(b.start, b.end, True, b.in_signature)
    return out


#: What stands between two addresses of one list: a slash or bar (two languages, or a
#: corner building), a comma or semicolon, "och"/"samt"/"ja"/"sekä"/"&"; a short note in
#: parentheses may follow the first ("Rauhankatu 26 (parkkiruutu) ja Rauhankatu 33").
_LIST_GAP = recache.compile(r"(?<![ \t])[ \t]{0,4}(?:\([^()\n]{1,40}\)[ \t]{0,4})?(?:[/|,;&]|och|samt|ja|sekä)[ \t]{0,4}")
