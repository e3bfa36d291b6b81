"""Detector of the writer's signature at the end of a post.

Read by ``signature/*`` (is there one?) and by the personal-data detectors (the
signer's own name and contact line are not a resident's personal data). Greetings,
titles and parties are the shared vocabularies ``detect/data/greetings.yaml``,
``titles.yaml`` and ``parties.yaml`` (through :mod:`.roles`).

Recognised, in the last lines of the post (trailing hashtag and link lines skipped):

- a greeting and a name: "Hälsningar Anna Berg", "Med vänlig hälsning\\nAnna",
  "Terveisin Matti Virtanen, tiedottaja", "Ystävällisin terveisin\\nMatti"; a greeting
  without a name ("Kram", "Terveisin") is no signature;
- a slash or dash signature: "/Anna", "// Anna B.", "– Matti", "/AB" (initials);
- a name line: a bare name ("Anna Lindberg", "Matti Virtanen", "Anna-Karin af Klint",
  "A. Lindberg"), a name with a party marker before or after the title ("Erik Nyström
  (S), kommunstyrelsens ordförande", "Anna Lindberg (SFP)", "Anna Lindberg, SFP",
  "Pirjo Hautala, kaupunginvaltuutettu (kesk.)"), a name with a title, a body, an
  employer or a contact after it ("Anna Berg, kommunikatör", "Matti Virtanen /
  tiedottaja", "Anna Berg – rektor", "Matti Korhonen (SDP), kaupunginhallitus",
  "Jari Mäkelä, p. 040 ..., jari.makela@kimitoon.fi"), or a title before it
  ("rektor Anna Berg", "– kirjastovirkailija Noora Mäyry, Kokkolan pääkirjasto");
- a disclaimer on the name's line, in parentheses, as a sentence or set off by "//" or
  "|" ("Åsikterna är mina egna // Anna Berg", "Anna Berg | Mielipiteet ovat omiani");
- after the name line, up to four lines with the title, the party, the employer or the
  municipality, or a contact (e-mail, phone, web): "Linda Kaarto\\nympäristötarkastaja",
  "Päivi Melander\\nkulturplanerare, Hangö stad";
- a contact line that ends the post and names the person who answers for it,
  introduced by a title or a label ("Lisätietoja / Mer information: rehtori Anna
  Berg, 040 ...", "Ungdomssekreterare Mathias Söderholm, 040 ...");
- the front matter's ``author:`` named in the last lines, whatever the layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import recache
from . import vocabulary
from .roles import (CAMERA_LABEL, SELF_INTRODUCTION, credit_label_re, is_title_word, organ_re, organisation_re, party_after, work_unit_re,
                    party_re, title_in, title_re)

_LOWER = "a-zåäöüéèáíóúßšžõ"
_UPPER = "A-ZÅÄÖÜÉÈÁÍÓÚŠŽ"
_NAME_WORD = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
_PARTICLE = r"(?:af|av|von|van|der|de|di|da|du|la|le|al|el|bin|ibn)"
_INITIAL = rf"[{_UPPER}]\."
#: A name: up to four parts, initials and particles inside ("Anna-Karin af Klint", "A. Lindberg", "Anna B.").
_NAME = (
    rf"(?:{_INITIAL}\s?)?{_NAME_WORD}(?:\s+(?:{_INITIAL}(?!\w)|{_PARTICLE}\s+{_NAME_WORD}|{_NAME_WORD})){{0,3}}"
)
_INITIALS = rf"[{_UPPER}]{{1,3}}(?![\w.])|[{_UPPER}]\.(?:\s?[{_UPPER}]\.){{0,2}}"
_DOTTED_INITIALS = rf"[{_UPPER}]\.(?:\s?[{_UPPER}]\.){{1,2}}"

#: Closing greetings (lower case), from ``detect/data/greetings.yaml``.
GREETINGS: tuple[str, ...] = vocabulary.words("greetings", "closing")

# "Hälsar/terveisin X": the other language's greeting may follow a slash without spaces.
_GREETING_RE = recache.compile(
    r"(?i)^\s*(?:" + vocabulary.alternation(GREETINGS) + r")(?=[\s,:!./]|$)[\s,:!.]*"
)


def last_line_greeting(text: str) -> tuple[str, int, "re.Match[str] | None"]:
    """``(text without trailing space, start of its last line, the closing greeting that
    opens that line or None; its offsets count from the line's start)``: where a unit's or several people's sign-off begins
    ("Terveisin Minna ja Sari", "Hälsningar hemtjänsten"), read by the person-name and
    sensitive-data detectors."""
    stripped = text.rstrip()
    start = stripped.rfind("\n") + 1
    return stripped, start, _GREETING_RE.match(stripped[start:])  # offsets of the match: within the line


#: Opening greetings (lower case, ``greetings.yaml``): "hej", "hei", "hejsan" ...; read by person names too.
OPENINGS = frozenset(vocabulary.words("greetings", "opening"))
_LEAD = r"(?:/{1,2}|[-–—]{1,2})"
_SLASH_RE = recache.compile(
    rf"(?:^|\s)(?P<lead>{_LEAD})\s?(?P<name>{_NAME}|{_INITIALS})(?=\s*(?:\([^()\n]{{1,12}}\)\s*)?(?:,|/|[-–—]|\||$)"
    # or the writer's workplace after a preposition or in the elative: "/Lena på
    # turistbyrån", "/Viktor vid fritid & turism", "– Liisa kirjastosta"
    rf"|[ \t]+(?:(?:på|vid|från|hos|i)[ \t]+[\w&-]+(?:[ \t]+[\w&-]+){{0,3}}|[a-zåäö]\w*(?:sta|stä))(?:[ \t]*,[ \t]*[^,\n]{{2,40}})?[ \t]*$)"
)
_NAME_LINE_RE = recache.compile(rf"^\s*(?:(?P<lead>{_LEAD})\s*)?(?P<name>{_NAME}|{_INITIALS})(?P<after>.*)$")
# Possessive title words: a long run of spaces is not rescanned from every position.
# A dash or slash may lead ("– kirjastovirkailija Noora Mäyry") and the employer or unit
# follow after a comma ("rektor Anna Berg, Norrskolan"): the layouts of "Name, title"
# signatures with the title first.
_TITLE_THEN_NAME_RE = recache.compile(rf"^\s*+(?:{_LEAD}[ \t]*+)?(?P<title>(?:[\w\-:.]++[ ]++)*?[\w\-:.]++)\s++(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?P<after>\s*(?:\([^()\n]{{1,12}}\))?)(?:[ \t]*,[ \t]*(?P<tail>[^,\n]{{2,60}}?))?\s*$")
_SKIP_LINE = recache.compile(r"^\s*(?:(?:#\w+|https?://\S+|www\.\S+|@\w+)[\s.,]*)+$")
_SEPARATOR = recache.compile(r"^\s*(?:,|/|\||[-–—]|\()\s*")
_SENTENCE_END = recache.compile(r"[!?]\s*$|[^\W\d]{2}\.\s*$")
_EMAIL_LIKE = recache.compile(r"(?<![\w.+-])[\w.+-]+(?:@|\s?[(\[]at[)\]]\s?)[\w-]+(?:\.[\w-]+)+", re.I)
_PHONE_LIKE = recache.compile(r"(?<!\w)\+?\d[\d \-]{5,}\d(?!\w)")
_URL_LIKE = recache.compile(r"(?i)(?:https?://|www\.)\S+|(?<![\w-])-*\b[\w-]+\.(?:fi|se|com|org|net|nu|eu)\b")
_CONTACT_LABEL = recache.compile(r"(?i)^\s*(?:tfn|tel|tlf|telefon|mob|mobil|gsm|puh|puhelin|p|e-post|epost|sähköposti|email|e-mail|s-posti|web|webb|www)\b\.?\s*:?")


@dataclass(frozen=True)
class Signature:
    """A signature: 0-based ``start``/``end`` offsets of its lines (end exclusive),
    the signer's ``name`` (or initials) with its span, the ``title`` if given (a title
    word, or the body an elected official sits on), and the ``party`` marker if given."""

    start: int
    end: int
    name: str
    name_start: int
    name_end: int
    title: str | None
    party: str | None = None
    #: The post ends with an organisation's contact line ("Kokkolan Vesi, asiakaspalvelu
    #: 06 ..."), not a person's signature: it closes the post, but names no writer.
    organisation: bool = False


def _content_lines(text: str, limit: int = 4, credits: bool = True) -> list[tuple[int, int, str]]:
    """The last ``limit`` non-empty lines as (start, end, text), in order; trailing
    hashtag, link, @mention and photo-credit lines ("Kuva: X", "Foto: X") are passed over
    (they follow signatures; ``credits=False`` keeps credit lines)."""
    out: list[tuple[int, int, str]] = []
    for match in reversed(list(re.finditer(r"[^\n]+", text))):
        line = match.group()
        if not out and _note_line(line) and text[: match.start()].strip():
            signed = _signed_note(match.start(), line)
            if signed:  # the signature and its disclaimer on one line
                out.append(signed)
                continue
        if not line.strip() or (not out and (_SKIP_LINE.match(line) or (credits and _credit_line(line))
                                             or (_note_line(line) and text[: match.start()].strip()))):
            continue
        out.append((match.start(), match.end(), line))
        if len(out) >= limit:
            break
    return out[::-1]


@lru_cache(maxsize=1)
def _disclaimer_re() -> re.Pattern[str]:
    return recache.compile(r"(?i)(?<!\w)(?:" + vocabulary.patterns("opinion", "disclaimer") + ")")


#: The capacity a writer writes in, stated in a note beside the signature: "Inlägget är
#: skrivet i egenskap av politiker, inte som kommunens företrädare", "Kirjoitan
#: valtuutetun ominaisuudessa". A disclaimer in all but name (the views are not the
#: organisation's), which the opinion vocabulary need not list: it says who speaks, not
#: whose the views are.
_CAPACITY_NOTE = recache.compile(
    r"(?i)(?<!\w)(?:i\s+egenskap\s+av\s+\w+|inte\s+som\s+(?:kommunens|stadens|nämndens|partiets|arbetsgivarens)\s+\w+"
    r"|\w+n\s+ominaisuudessa|en\s+(?:kunnan|kaupungin|puolueen|työnantajan)\s+\w+)(?!\w)"
)


def _note_line(line: str) -> bool:
    """A note that may follow a signature: a line wholly in parentheses ("(Inlägget
    skrivet på egen hand.)") or a short disclaimer ("Åsikterna är mina egna.",
    "Kirjoitan omissa nimissäni.") or statement of the capacity the writer writes in
    ("Inlägget är skrivet i egenskap av politiker, inte som kommunens företrädare.")."""
    bare = line.strip()
    if bare.startswith("(") and bare.endswith(")") and len(bare) > 2:
        return True
    return len(bare.split()) <= 12 and bool(_disclaimer_re().search(bare) or _CAPACITY_NOTE.search(bare))


def _is_disclaimer(part: str) -> bool:
    """A piece of a line that is a disclaimer or a statement of capacity (see :func:`_note_line`),
    in parentheses or not: "(Egna åsikter.)", "Åsikterna är mina egna.", "(skriver som privatperson)"."""
    bare = part.strip(" \t.–—-")
    if not 0 < len(bare.split()) <= 12:
        return False
    ends = [m.end() for m in (*_disclaimer_re().finditer(bare), *_CAPACITY_NOTE.finditer(bare))]
    # The note must end the piece: "(Mielipiteet omiani.) – Jari Ek, kv" holds a signature after it.
    rest = bare[max(ends):] if ends else ""
    return bool(ends) and len(rest.split()) <= 3 and not re.search(r"[A-ZÅÄÖ]", rest)


#: A parenthesised note or a sentence at the start of the last line, before the name
#: ("(Egna åsikter.) – Rolf Berg, SFP", "– Kirjoitan omana itsenäni. Päivi Mäki").
#: (or a note set off from the name by a slash, a bar or a dash: "Åsikterna är mina egna
#: // Mikael Ek", "Mielipiteet omiani | Anna Aho")
#: (possessive blank runs: a line of blanks is not split at each blank: linear)
_LEADING_NOTE = recache.compile(r"^[ \t]*+(?:[-–—][ \t]*)?(?:\([^()\n]{2,120}\)|[^()\n.!?]{2,120}[.!?]"
                                r"|[^()\n.!?/|–— \t][^()\n.!?/|–—]{1,119}?[ \t]++(?:/{1,2}|\||[–—]))[ \t]+(?=\S)")
#: Where a sentence ends inside a line ("rektor. Åsikterna ..."): a trailing note starts after the last one.
#: (or a slash or a bar between the name and the note: "Mikael Ek // Åsikterna är mina egna")
#: (the lookbehind starts the blank run once, not at each of its blanks: linear)
_BREAK = recache.compile(r"[.!?][ \t]+(?=\S)|(?<![ \t])[ \t]+(?:/{1,2}|\|)[ \t]+(?=\S)")


def _trailing_note(text: str) -> int | None:
    """Where a note at the end of ``text`` starts: the parenthesis that closes it
    ("/Anna Berg (skriver som privatperson)") or the last sentence after a sentence
    end ("Anna Berg, rektor. Åsikterna är mina egna."); ``None`` if there is neither."""
    bare = text.rstrip()
    if bare.endswith(")"):
        opening = bare.rfind("(")
        return opening if opening > 0 and "\n" not in bare[opening:] else None
    breaks = list(_BREAK.finditer(bare))
    return breaks[-1].end() if breaks else None


def _signed_note(line_start: int, line: str) -> tuple[int, int, str] | None:
    """``(start, end, text)`` of the name written on a note line beside its disclaimer
    ("/Maria Berg (skriver som privatperson)", "Anna Berg, rektor. Åsikterna är mina
    egna."), or ``None`` when the line is all note: what is left after the disclaimer
    must open with a person's name."""
    start, end, rest = _without_notes(line_start, line)
    if not rest.strip() or rest == line:
        return None
    match = _NAME_LINE_RE.match(rest)
    return (start, end, rest) if match and _plausible_name(match.group("name")) else None


def _without_notes(line_start: int, line: str) -> tuple[int, int, str]:
    """The last line ``(start, end, text)`` without a disclaimer written on the same
    line as the signature, before or after it (:func:`_is_disclaimer`); the line as it
    is when it holds none, or nothing else. A period left at the end of what remains
    ("... Norsjö kommun.") is dropped: it closed the signature before the note, not a
    sentence."""
    start, text = line_start, line
    lead = _LEADING_NOTE.match(text)
    if lead and _is_disclaimer(lead.group().strip(" \t()")):
        start, text = start + lead.end(), text[lead.end():]
    at = _trailing_note(text)
    if at and _is_disclaimer(text[at:].strip(" \t()")):
        text = text[:at].rstrip().rstrip("/|").rstrip()
        if re.search(r"[^\W\d]{2}\.$", text):
            text = text[:-1]
    return start, start + len(text), text


def _credit_line(line: str) -> bool:
    """A line that starts with a credit label ("Kuva: X", "Foto / Kuva: X", "Bild: X")."""
    match = credit_label_re().match(line.strip())
    return bool(match) and match.start() == 0 and len(line.split()) <= 8


#: A capitalised word after a credit label: the credit names someone ("Foto: Anna Berg",
#: "Kuva: kirjaston henkilökunta / Saana K.").
_CAPITALISED_AFTER = recache.compile(r"(?<![\w-])[A-ZÅÄÖÜÉ][a-zåäöüé]+")


def ends_with_credit(text: str) -> bool:
    """True when the post's last line (not hashtags or links) is a photo or text credit
    that names someone ("Foto: Andreas Ström", "📷 Anna Berg / Vimmerby kommun", "Kuva:
    kirjaston henkilökunta / Saana K."): the writer may be the one credited, or not; the
    text cannot tell."""
    lines = _content_lines(text, limit=1, credits=False)
    if not lines:
        return False
    line = lines[0][2].strip()
    label = credit_label_re().match(line) or _CAMERA_LABEL.match(line)
    if not label or label.start() != 0 or len(line.split()) > 10:
        return False
    return bool(_CAPITALISED_AFTER.search(line, label.end()))


def last_content_line(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the last line that is not blank, hashtags or links; ``None`` if none."""
    lines = _content_lines(text, limit=1, credits=False)
    if not lines:
        return None
    start, end, line = lines[0]
    return start + len(line) - len(line.lstrip()), start + len(line.rstrip())


# -- what a line or a piece of one is --------------------------------------------------
def is_contact(text: str) -> bool:
    """True when ``text`` holds an e-mail address (also "(at)"), a phone number, a web
    address or starts with a contact label (tfn, puh., e-post ...)."""
    return bool(_EMAIL_LIKE.search(text) or _PHONE_LIKE.search(text) or _URL_LIKE.search(text) or _CONTACT_LABEL.match(text))


_ABBREVIATION_END = recache.compile(r"(?<![\w.])(?P<word>[^\W\d]{1,5})\.\s*\)?\s*$")


def _is_sentence(line: str) -> bool:
    """True when ``line`` ends like a sentence ("!", "?", or a period after a word that
    is not an abbreviation such as "pj.", "ordf.", "kok.")."""
    if not _SENTENCE_END.search(line):
        return False
    if re.search(r"[!?]\s*$", line):
        return True
    abbreviation = _ABBREVIATION_END.search(line)
    if abbreviation:
        word = abbreviation.group("word")
        if party_re().fullmatch(word + ".") or title_re().fullmatch(word + ".") or title_re().fullmatch(word):
            return False
    return True


def is_title_line(line: str) -> bool:
    """A line that gives a title, a body or a party, and nothing else: short, not a
    sentence ("ympäristötarkastaja", "ordförande i barn- och utbildningsnämnden",
    "kaupunginvaltuuston 2. varapuheenjohtaja", "kulturplanerare, Hangö stad")."""
    words = line.split()
    if not words or len(words) > 12 or _is_sentence(line) or _GREETING_RE.match(line):
        return False
    # "(C) Vimmerby", "SFP, Hangö": a party marker and the place the official is elected in.
    led = re.match(r"\s*\(?([^\s(),]{1,12})\)?,?(?:\s+[A-ZÅÄÖ][\w-]*){0,2}\s*$", line)
    return bool(title_in(line) or organ_re().search(line) or party_re().fullmatch(line.strip(" ()"))
                or line.strip(" ().,").lower() in _party_names()
                or (led and (party_re().fullmatch(led.group(1)) or led.group(1).lower() in _party_names())))


_PARENTHESISED = recache.compile(r"(?<!\s)\s*\([^()]*\)")
_IN_FINLAND = recache.compile(r"(?<!\s)\s+i\s+finland$")


@lru_cache(maxsize=1)
def _party_names() -> frozenset[str]:
    """Parties' names as a signature line gives them ("Socialdemokraterna", "Kokoomus",
    "Svenska folkpartiet"), lower case: each name in ``parties.yaml`` (either language of
    a " / " pair, without a parenthesis) and without a leading "Suomen", "Kansallinen"
    or "Svenska"/"Finlands" ("Suomen Keskusta" → "keskusta"), or a trailing "i Finland"."""
    data = vocabulary.load("parties")
    out: set[str] = set()
    for country in ("sweden", "finland"):
        for party in data.get(country, []):
            for name in str(party.get("name", "")).split(" / "):
                name = _PARENTHESISED.sub("", name).strip().lower()
                if name:
                    out.add(name)
                    out.add(re.sub(r"^(?:suomen|kansallinen|svenska|finlands)\s+", "", name))
                    out.add(_IN_FINLAND.sub("", name))  # "Svenska folkpartiet"
            out.update(str(short).lower() for short in party.get("also", []))
    return frozenset(out)


def is_organisation_line(line: str) -> bool:
    """A line naming an employer or the municipality ("Hangö stad", "Kokkolan kaupunki",
    "VEMAB", "Hangö Vatten / Hangon Vesi")."""
    words = line.split()
    if not words or len(words) > 8 or _is_sentence(line):
        return False
    return bool(organisation_re().search(line) or re.fullmatch(rf"\s*[{_UPPER}]{{3,}}\s*", line)
                or _place_names_line(line) or (len(words) <= 5 and _municipal_unit().search(line)))


@lru_cache(maxsize=1)
def _municipal_unit() -> re.Pattern[str]:
    """One of the municipality's own units as the head of a word ("Norsjö bibliotek",
    "Fritidsgården Kuben", "Kokkolan pääkirjasto"): the ``municipal`` and
    ``municipal_more`` words of ``advertising.yaml``, five letters or more."""
    words = tuple(w for key in ("municipal", "municipal_more") for w in vocabulary.words("advertising", key) if len(w) >= 5)
    return recache.compile(r"(?i)(?<![\w-])[\w-]{0,30}?(?:" + vocabulary.alternation(words) + r")(?!\w)")


#: The writer speaking for a team: "vi", "oss", "vår", "me", "meillä" ... ("Idag invigde vi
#: den nya lekplatsen").
_WE = recache.compile(r"(?i)(?<!\w)(?:vi|oss|vår|vårt|våra|me|meillä|meidän|meille|meitä)(?!\w)")


def speaks_of_work(text: str) -> bool:
    """True when ``text`` (a post, or the part before its signature) gives a sign that it
    concerns the writer's work or the municipality: an organisation or the municipality
    ("Vimmerby kommun", "Kokkolan kaupunki"), one of its units ("biblioteket", "simhallen",
    "koulu"), a title word, or the first person plural of a team ("vi", "me"). A post
    with none of them (a walk with the dog, a daughter's graduation) is the writer's
    private life. Vimmerby asks for name and title "när du publicerar innehåll som rör
    din verksamhet och Vimmerby kommun"; what it asks of private use is to "göra klart
    att man då uppträder som privatperson"."""
    return bool(organisation_re().search(text) or _municipal_unit().search(text) or _WE.search(text)
                or any(title_in(w) for w in re.findall(r"[^\W\d][\w-]{3,}", text)))


def _place_names_line(line: str) -> bool:
    """A line of the municipality's or a place's names only ("Kimitoön / Kemiönsaari")."""
    parts = [p.strip().lower() for p in re.split(r"[/|–,]", line) if p.strip()]
    return bool(parts) and len(parts) <= 3 and all(p in vocabulary.place_names() for p in parts)


def _after_line(line: str) -> bool:
    """A line that may follow a signature's name line: title, employer, contact or party
    ("Vänsterpartiet Vimmerby", "Miljöpartiet de gröna i Vimmerby": a party name of up to
    three words and its place)."""
    return (is_title_line(line) or is_organisation_line(line) or (is_contact(line) and len(line.split()) <= 12)
            or (len(line.split()) <= 6 and _party_in_tail(line) is not None))


def _looks_like_person(name: str) -> bool:
    """True when ``name``'s first word is a known first name (or an initial), or every
    word is a known first name or surname."""
    from .names import is_first_name, is_surname

    words = [w for w in re.split(r"\s+", name.strip()) if w and not re.fullmatch(_PARTICLE, w)]
    if not words or words[0].lower() in OPENINGS:
        return False
    if re.fullmatch(_INITIAL, words[0]) and len(words) > 1:
        return is_surname(words[-1]) or is_first_name(words[-1])
    if is_first_name(words[0]):
        return True
    return len(words) >= 2 and all(is_first_name(w) or is_surname(w) for w in words)


def _name_shaped(name: str) -> bool:
    """Two or three capitalised words, none of them a title, a party, an organisation,
    a greeting or a place ("Anine Hakoneva"; not "Norsjö Kommun", "Hej Alla"): a name
    whose words no list holds, read as one only where a title line follows it."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(_NAME_WORD, w) for w in words):
        return False
    return not any(title_in(w) or w.lower() in OPENINGS or w.lower() in _party_names() or party_re().fullmatch(w)
                   or w.lower() in vocabulary.place_names() for w in words) and not organisation_re().search(name)


def _plausible_name(name: str) -> bool:
    """A person's name by the lists (:func:`_looks_like_person`), or two or more words
    ending in a surname whose first word is no title, label or organisation word
    ("Xiomara Berg", but not "Ungdomssekreterare / ..." or "Lisätietoja")."""
    from .names import is_surname

    if _looks_like_person(name):
        return True
    words = name.split()
    return (len(words) >= 2 and is_surname(words[-1]) and not title_in(words[0])
            and not organisation_re().search(name) and words[0].lower() not in OPENINGS)


#: Abbreviated titles whose period ends no sentence ("ordf.", "v. ordf.", "pj.", "t.f.").
_TITLE_ABBREVIATION = recache.compile(r"(?i)(?<![\w.])(ordf|pj|vpj|v|t\.f|tf|bitr|vt)\.")


def _rest_is_signature(rest: str, contact: bool = True) -> bool:
    """True when ``rest`` (what follows a name and its separator) is a signature's tail:
    a title, a body, a party, an employer or (with ``contact``) a contact, not a sentence."""
    if not rest.strip():
        return False
    # (A title's abbreviation is no sentence end: "1:e vice ordf. KF (SD)".)
    unabbreviated = _TITLE_ABBREVIATION.sub(r"\1", rest)
    if len(rest.split()) > 12 or _is_sentence(rest) or re.search(r"[.!?]\s+[A-ZÅÄÖ]", unabbreviated):
        return False
    return bool(title_in(rest) or organ_re().search(rest) or party_re().search(rest)
                or organisation_re().search(rest) or (contact and is_contact(rest)) or _party_in_tail(rest))


def _signature_title(tail: str) -> str | None:
    """The title a signature's tail gives: a title word, an elected body, or the writer's
    work unit ("parkenheten", "på biblioteket", "turistbyrån", "kirjastosta"), which says
    what the writer works with as a title does (Norsjö 5 "vad du arbetar med"). The
    employer alone ("Vimmerby kommun") is no title."""
    title = title_in(tail)
    if title:
        return title
    organ = organ_re().search(tail)
    if organ:
        return organ.group().strip()
    unit = work_unit_re().search(tail)
    return unit.group().strip() if unit else None


#: Two names joined by "och"/"ja"/"&", then a separator and the rest: "Ahmed och Linnea,
#: fritidsledare", "Aino ja Pekka Virtanen / kirjasto".
_PAIR_LINE_RE = recache.compile(
    # (maybe after a slash or a dash: "/Ida & Jesper, fritidsledare")
    rf"^[ \t]*(?:{_LEAD}[ \t]*)?(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?[ \t]+(?:och|ja|&)[ \t]+{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)"
    rf"[ \t]*(?:,|/|[-–—])[ \t]*(?P<tail>\S.*)$"
)


#: Two first names alone on the line, joined by "och"/"ja"/"&": "Marko & Tiina", "/Ida och Jesper".
_BARE_PAIR_RE = recache.compile(rf"^[ \t]*(?:{_LEAD}[ \t]*)?(?P<name>{_NAME_WORD}[ \t]+(?:och|ja|&)[ \t]+{_NAME_WORD})[ \t.!]*$")


def _pair_of_people(names: str) -> bool:
    """Both sides of "X och Y" start with a known first name."""
    from .names import is_first_name

    parts = re.split(r"[ \t]+(?:och|ja|&)[ \t]+", names)
    return len(parts) == 2 and all(is_first_name(p.split()[0]) for p in parts)


def _name_line(text: str, lines: list[tuple[int, int, str]], j: int, followed: bool) -> Signature | None:
    """The signature whose name line is ``lines[j]`` (``followed``: title, employer or
    contact lines come after it), or ``None``."""
    start, end, line = lines[j]
    sig_end = lines[-1][1]
    if not text[:start].strip():
        return None  # the post's first line: a signature follows what it signs
    bare_pair = _BARE_PAIR_RE.match(line)
    if bare_pair and _pair_of_people(bare_pair.group("name")):
        # two writers signing with their first names alone: "Marko & Tiina", "Aino ja Pekka"
        ns = start + bare_pair.start("name")
        return Signature(start + len(line) - len(line.lstrip()), sig_end, bare_pair.group("name"), ns,
                         ns + len(bare_pair.group("name")), _signature_title(text[ns + len(bare_pair.group("name")) : sig_end]), None)
    pair = _PAIR_LINE_RE.match(line)
    if pair and _pair_of_people(pair.group("name")) and _rest_is_signature(pair.group("tail")):
        # two writers sharing a title: "Ahmed och Linnea, fritidsledare"
        ns = start + pair.start("name")
        return Signature(start + len(line) - len(line.lstrip()), sig_end, pair.group("name"), ns,
                         ns + len(pair.group("name")), _signature_title(pair.group("tail")), None)
    match = _NAME_LINE_RE.match(line)
    if match:
        name, lead, after = match.group("name"), match.group("lead"), match.group("after")
        party = party_after(after)
        rest = after
        if party:
            marker = re.match(r"^\s*(?:\([^()]*\)|,\s*[^,/–—|(]+)", after)
            rest = after[marker.end():] if marker else ""
        separated = _SEPARATOR.match(rest)
        tail = rest[separated.end():] if separated else rest
        if not re.search(r"\w", rest):
            rest = ""  # only an emoji or punctuation after the name
        if not party and not separated and rest.strip():
            name_ok = False  # the name runs on into a sentence ("Anna Berg vann ...")
        elif lead and lead.startswith("/"):
            name_ok = True
        elif party:
            name_ok = _plausible_name(name)
        elif rest.strip():
            party = _party_in_tail(tail)
            name_ok = _rest_is_signature(tail) and _plausible_name(name)
        else:  # a bare name, or a dash and a name; not the object of a line ending in ":"
            previous = lines[j - 1][2].rstrip() if j > 0 else ""
            # Dotted initials on their own line ("A.L.", "M. V.") sign like "/AL"; bare
            # capitals ("AL") could be anything and need a lead or a title line after them.
            dotted = bool(re.fullmatch(_DOTTED_INITIALS, name))
            name_ok = ((_looks_like_person(name) or dotted)
                       and (followed or not re.fullmatch(_INITIALS, name) or bool(lead) or dotted)
                       and (followed or bool(lead) or not previous.endswith(":")))
            if not name_ok and followed and not previous.endswith(":"):
                # A name no list has ("Anine Hakoneva") over a line giving the title
                # or the party ("ledamot i kommunstyrelsen, SFP Kimitoön"): the title
                # line says a person signs; the employer or a contact alone would not.
                name_ok = _name_shaped(name) and is_title_line(lines[j + 1][2])
        if name_ok:
            ns = start + match.start("name")
            title = _signature_title(text[ns + len(name) : sig_end])
            # A party on a line of its own after the name ("Karin Lundqvist\n(C) Vimmerby").
            party = party or _party_in_tail(text[ns + len(name) : sig_end].replace("\n", ","))
            return Signature(start + len(line) - len(line.lstrip()), sig_end, name, ns, ns + len(name), title, party)
    title_first = _TITLE_THEN_NAME_RE.match(line)
    # (not a party and its place after a title: "gruppledare Moderaterna Norsjö" is the
    # title line under the name line, not a name)
    tail = title_first.group("tail") if title_first else None
    if title_first and title_in(title_first.group("title")) and not _is_sentence(line) and (
        tail is None or _rest_is_signature(tail) or is_organisation_line(tail)
    ) and not (
        title_first.group("name").split()[0].lower() in _party_names() or party_re().fullmatch(title_first.group("name").split()[0])
    ):
        name = title_first.group("name")
        ns = start + title_first.start("name")
        party = party_after(title_first.group("after"))
        return Signature(start, sig_end, name, ns, ns + len(name), title_in(title_first.group("title")), party)
    return None


@lru_cache(maxsize=1)
def _further_info_label() -> re.Pattern[str]:
    labels = vocabulary.words("contact", "further_info_labels") + vocabulary.words("context_words", "further_info")
    return recache.compile(r"(?i)(?<!\w)(?:" + vocabulary.alternation(labels) + r")(?!\w)")


def _contact_line(text: str, lines: list[tuple[int, int, str]], j: int) -> Signature | None:
    """A contact line that ends the post and names the person who answers for it:
    "Lisätietoja / Mer information: kaupungininsinööri Juha Peltola, 040 ...",
    "Ungdomssekreterare / Nuorisosihteeri Mathias Söderholm, 040 ...". The person is
    introduced by a title or a label and followed by a contact, title or employer."""
    from .names import is_first_name, is_surname

    start, _, line = lines[j]
    if not text[:start].strip():
        return None
    # The last clause of the line: "Entreprenör: X Ab. Frågor: ..." → "Frågor: ...".
    clause_at = 0
    for brk in re.finditer(r"[.!?]\s+(?=[A-ZÅÄÖ])", line):
        clause_at = brk.end()
    words = list(re.finditer(rf"(?<![\w-]){_NAME_WORD}(?![\w-])", line[clause_at:]))
    for i, first in enumerate(words):
        if not is_first_name(first.group()):
            continue
        for k in (2, 1):  # first name (+ second first name) + surname
            if i + k >= len(words):
                continue
            span = words[i : i + k + 1]
            if any(line[clause_at:][a.end() : b.start()] != " " for a, b in zip(span, span[1:])):
                continue
            if not is_surname(span[-1].group()):
                continue
            n_start, n_end = clause_at + span[0].start(), clause_at + span[-1].end()
            before, after = line[clause_at:n_start], line[n_end:]
            if len(before.split()) > 14 or credit_label_re().search(before):
                return None  # a photo or programme credit names no signer
            separated = _SEPARATOR.match(after)
            tail = after[separated.end():] if separated else after
            # Another short label ("Anmälan / Ilmoittautumiset:") when the person's title
            # and contact follow: whoever takes the registrations answers for the post.
            labelled = before.rstrip().endswith(":") and (
                bool(_further_info_label().search(before))
                or (len(before.split()) <= 4 and bool(separated) and bool(title_in(tail)) and is_contact(tail)))
            introduced = labelled or bool(before.split() and title_in(before.split()[-1]))
            if introduced and (not after.strip() or (separated and _rest_is_signature(tail))):
                name = line[n_start:n_end]
                ns = start + n_start
                return Signature(start, lines[-1][1], name, ns, ns + len(name), _signature_title(line[clause_at:]),
                                 _party_in_tail(tail) if tail else None)
            return None
    return None


def _organisation_line(text: str, lines: list[tuple[int, int, str]]) -> Signature | None:
    """The last line when it is an organisation's contact line: the organisation's name
    (in one or both languages), then a contact ("Karleby Vatten / Kokkolan Vesi,
    kundtjänst / asiakaspalvelu 06 ..."). Marked ``organisation``: no person signs it."""
    start, end, line = lines[-1]
    if not text[:start].strip() or _is_sentence(line):
        return None
    head = re.match(rf"\s*(?P<org>[{_UPPER}][\w&.-]*(?:\s*(?:/|\s)\s*[\w&.-]+){{0,6}}?)\s*(?:,|:|\s(?=\+?\d))", line)
    if not head or not organisation_re().search(head.group("org")) or not is_contact(line[head.end():]):
        return None
    if _looks_like_person(head.group("org").split("/")[0].strip()):
        return None
    org = head.group("org")
    for word in re.findall(r"[\w&.-]+", org):
        if word[0].islower() and word not in ("och", "ja", "i", "af", "&") and not organisation_re().fullmatch(word):
            return None  # a sentence ("Kunnantoimisto on suljettu"), not a name
    ns = start + head.start("org")
    return Signature(start, end, org, ns, ns + len(org), None, None, organisation=True)


#: A place after a party's name: "Liberalerna Vimmerby", "Vänsterpartiet i Norsjö", "Keskusta Kokkola".
_PLACE_AFTER_PARTY = recache.compile(r"(?<![ \t])[ \t]+(?:(?:i|in)[ \t]+)?[A-ZÅÄÖ][\wåäö-]{1,30}$")


#: A local party no national list has, named as one: "Vimmerbypartiet",
#: "Sjukvårdspartiet Norsjö", "Kemiönsaaren Puolue", "Bygdelistan" (a capitalised name
#: ending in -partiet, -listan (a local list, as Swedish local parties often call
#: themselves) or -puolue, at most three words).
_LOCAL_PARTY = recache.compile(r"^(?:[A-ZÅÄÖ][\wåäö-]{0,30}[ \t]){0,2}[A-ZÅÄÖ]?[\wåäö-]{0,30}(?:partiet|listan|[Pp]uolue)$")
#: A party's group in the council, named by the party's marker: "S-gruppen", "M-gruppen", "SDP-ryhmä".
_PARTY_GROUP = recache.compile(r"^(?P<party>[^\s-]{1,8})-(?:gruppen|ryhmä)$")


def _party_in_tail(tail: str) -> str | None:
    """A party marker among the comma-separated parts of a signature's tail
    ("kaupunginvaltuutettu (kesk.)"), also with its place after it ("Liberalerna Vimmerby")."""
    for part in re.split(r"[,/\n]", tail):
        bare = part.strip(" ()")
        unplaced = _PLACE_AFTER_PARTY.sub("", bare)
        for candidate in (bare, unplaced) if unplaced != bare else (bare,):
            if candidate and (party_re().fullmatch(candidate) or candidate.lower() in _party_names()
                              or _LOCAL_PARTY.fullmatch(candidate)):
                return candidate
            group = _PARTY_GROUP.match(candidate)
            if group and party_re().fullmatch(group.group("party")):
                return candidate  # the party's group in the council: "S-gruppen"
        inner = re.search(r"\(([^()]{1,12})\)", part)
        if inner and party_re().fullmatch(inner.group(1).strip()):
            return inner.group(1).strip()
    return None


def _authored(text: str, lines: list[tuple[int, int, str]], author: str) -> Signature | None:
    """The signature starting at the last of ``lines`` that names ``author``."""
    for start, _, line in reversed(lines):
        at = line.lower().find(author.lower())
        if at >= 0:
            ns = start + at
            tail = text[ns + len(author) : lines[-1][1]]
            return Signature(start, lines[-1][1], text[ns : ns + len(author)], ns, ns + len(author),
                             _signature_title(tail), party_after(tail) or _party_in_tail(tail))
    return None


_SENTENCE_BREAK = recache.compile(r"[.!?](?=[ \t])")


def _greeted(text: str, lines: list[tuple[int, int, str]]) -> Signature | None:
    """A greeting line, then the name on the same or the next line."""
    for i, (start, end, line) in enumerate(lines):
        greeting = _GREETING_RE.match(line)
        lead = 0
        if not greeting and i == len(lines) - 1:
            # The greeting after the text on the last line: "... tapauksia. Terveisin Outi, asiakaspalvelu".
            for brk in _SENTENCE_BREAK.finditer(line):
                greeting = _GREETING_RE.match(line[brk.end() :])
                if greeting:
                    lead = brk.end()
                    break
        if not greeting:
            continue
        after = lead + greeting.end()
        # The same greeting in the other language: "Ystävällisin terveisin / Med vänliga hälsningar".
        other = re.match(r"\s*/\s*", line[after:])
        if other and _GREETING_RE.match(line[after + other.end() :]):
            after += other.end() + _GREETING_RE.match(line[after + other.end() :]).end()
        candidates = [(start + after, text[start + after : end])]
        start += lead
        if i + 1 < len(lines):
            candidates.append((lines[i + 1][0], lines[i + 1][2]))
        for rest_start, rest in candidates:
            if not rest.strip():
                continue
            # "Hälsningar från Eva i kultur- och fritidsnämnden", "Terveisin Jaana".
            name_match = re.match(rf"\s*(?:(?:från|fr\.)\s+)?(?:(?P<lead>{_LEAD})\s*)?(?P<name>{_NAME}|{_INITIALS})", rest)
            if not name_match:
                break  # a greeting and then text: no name here
            name = name_match.group("name")
            if organisation_re().search(rest) and not _looks_like_person(name):
                return None  # "Terveisin, Kokkolan kaupunki": the organisation signs, no person
            ns = rest_start + name_match.start("name")
            tail = text[ns + len(name) : lines[-1][1]]
            return Signature(start, lines[-1][1], name, ns, ns + len(name), _signature_title(tail),
                             party_after(tail) or _party_in_tail(tail))
    return None


_FIRST_PERSON = recache.compile(
    r"(?i)(?<!\w)(?:jag|mig|mej|min|mitt|mina|minä|minut|minua|olen|olin|aloitin|aloitan|toimin|työskentelen|"
    r"työskentelin|jään|jäin|palvelin)(?!\w)"
)
_AS_TITLE = recache.compile(
    # the employer's genitive and a shared compound head may come between: "som kommunens
    # barn- och ungdomskonsulent", "som Vimmerby kommuns nya bibliotekarie"
    r"(?i)(?<!\w)(?:som|till)\s+(?:ny\s+|nya\s+)?(?:(?:[\w-]+\s+)?(?:kommunens|kommuns|stadens|stads)\s+(?:nya\s+)?)?"
    r"(?:[\w]+-\s+(?:och|eller)\s+)?(?P<sv>[\w-]+)|(?<![\w-])(?P<fi>[\w-]+(?:na|nä|ksi))(?!\w)"
    # "är jag Vimmerby kommuns nya näringslivsutvecklare", "jag är rektor", "olen kaupungin uusi tiedottaja"
    r"|(?<!\w)(?:är\s+jag|jag\s+är|olen)\s+(?:[\w-]+\s+){0,3}?(?P<is>[\w-]+)(?=\s*(?:[,.!?]|$|\s+(?:och|ja|i|på|vid|hos)\s))"
    # becoming it: "Från 1 april blir jag miljöchef här!", "förtroendet att bli ny rektor",
    # "jag blev utsedd till" is "till" above
    r"|(?<!\w)(?:blir\s+jag|jag\s+blir|bli|blev\s+jag|jag\s+blev)\s+(?:ny\s+|nya\s+)?(?P<becomes>[\w-]+)"
)


def self_described_title(text: str) -> str | None:
    """The writer's title as the post states it in the first person ("efter 31 år som
    sjuksköterska", "jag arbetar som rektor", "Aloitin tänään ... ympäristötarkastajana"),
    or ``None``."""
    for sentence in re.split(r"(?<=[.!?])\s+|\n", text):
        if not _FIRST_PERSON.search(sentence):
            continue
        for match in _AS_TITLE.finditer(sentence):
            word = match.group("sv") or match.group("fi") or match.group("is") or match.group("becomes")
            if title_in(word):
                return word
    return None


# "Jag heter Anna Berg", "Mitt namn är Anna", "Olen Matti Virtanen", "Nimeni on Matti":
# the writer names themselves. The name ends the clause or is followed by "och"/"ja"
# ("Jag heter Anna och jobbar ..."); "Olen Matti Virtasen äiti" (Matti's mother) is no
# self-introduction.
_SELF_INTRO = recache.compile(
    # "Jag som blir din chef heter X": a relative clause between "jag" and "heter"
    rf"(?i:(?<!\w)(?:{SELF_INTRODUCTION}|här\s+skriver|jag\s+som\s+(?:[\w-]+\s+){{1,5}}?heter))"
    rf"\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})(?=\s*(?:[,.!?;:)]|$)|\s+(?:och|ja)\s)"
)


def _introduced(text: str) -> Signature | None:
    """The writer's self-introduction in the first person ("Jag heter Oskar Nyström och
    ...", "Olen Matti Virtanen, ..."), when no signature ends the post: the writer is
    named, which is what the guidelines ask ("uppge ditt namn", "Skriv under eget namn").

    The signature's lines are the post's last line when it is the writer's contact
    line (e-mail, phone: "Hör av dig: anna.berg@vimmerby.se"), else none (an empty span
    at the end of the text); the name span is in the introduction. The title is a title
    word in the introduction's sentence ("... är kommunens nya näringslivsutvecklare")."""
    from .names import is_first_name

    for match in _SELF_INTRO.finditer(text):
        name = match.group("name")
        if not (_plausible_name(name) or (" " not in name and is_first_name(name))):
            continue
        lines = _content_lines(text, limit=1)
        end = len(text.rstrip())
        start = end
        if lines and is_contact(lines[0][2]) and lines[0][0] > match.end():
            start, end = lines[0][0], lines[0][1]
        sentence_start = max(text.rfind("\n", 0, match.start()), *(text.rfind(p, 0, match.start()) for p in (". ", "! ", "? ")))
        sentence_end = min((i for i in (text.find(p, match.end()) for p in ("\n", ". ", "! ", "? ")) if i >= 0), default=len(text))
        title = title_in(text[sentence_start + 1 : sentence_end])
        return Signature(start, end, name, match.start("name"), match.end("name"), title, None)
    return None


def find_signature(text: str, author: str | None = None) -> Signature | None:
    """Find the writer's signature at the end of ``text`` (a ``Post.text``).

    ``author`` is the front matter's ``author:``; when the last lines name it, that is
    the signature whatever its layout. Returns ``None`` when the post does not end with
    a recognisable signature and introduces no writer (:func:`_introduced`: "Jag heter
    Anna Berg och ...", then the signature's span is the closing contact line or empty).
    A signature without a title takes the title the post states in the first person
    (:func:`self_described_title`).
    """
    sig = _find_signature(text, author)
    if sig is None:
        sig = _introduced(text) or _credit_signature(text) or _reached_at(text) or _signed_in_line(text)
    if sig is not None and not sig.title:
        title = (self_described_title(text[: sig.start]) or _title_line_before(text, sig.start)
                 or _title_in_note_after(text, sig.end))
        if title:
            sig = Signature(sig.start, sig.end, sig.name, sig.name_start, sig.name_end, title, sig.party)
    return sig


#: The writer giving their own work address: "Nås på anna.berg@hanko.fi", "Tavoitat minut
#: osoitteesta matti.virtanen@kokkola.fi". The address's local part is the name.
_REACH_ME = recache.compile(
    r"(?i)(?<!\w)(?:nås|når\s+du\s+mig|nå\s+mig|kontakta\s+mig|tavoitat\s+minut|minut\s+tavoittaa|tavoittaa\s+minut)"
    r"(?!\w)[^\n@]{0,40}?(?<![\w.])(?P<first>[a-zåäö]{2,20})\.(?P<last>[a-zåäö]{2,20}(?:-[a-zåäö]{2,20})?)@[\w-]+\.\w"
)


def _reached_at(text: str) -> Signature | None:
    """The writer's own contact line among the last lines ("Nås på anna.berg@hanko.fi eller
    ..."): an address whose local part is a first name and a surname names the writer.
    The signature is that line; the name is the address's local part."""
    from .names import is_first_name

    for start, end, line in reversed(_content_lines(text, limit=3)):
        match = _REACH_ME.search(line)
        if match and is_first_name(match.group("first").capitalize()):
            name = f"{match.group('first').capitalize()} {match.group('last').capitalize()}"
            ns = start + match.start("first")
            return Signature(start, end, name, ns, start + match.end("last"), None, None)
    return None


#: A name and a party marker closing the last line after its text ("... oavsett väder. ⚽
#: Ebba Svensson (L)", "... hyvä päätös! Matti Virtanen (kesk.)"): a sentence end or an
#: emoji before the name, the marker in parentheses, nothing after it.
_SIGNED_IN_LINE = recache.compile(
    rf"(?:[.!?]|[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?)[ \t]+(?:[-–—/][ \t]*)?(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{1,2}})"
    r"[ \t]*\((?P<party>[^()\n]{1,12})\)[ \t]*$")


def _signed_in_line(text: str) -> Signature | None:
    """A full name and a party marker at the end of the post's last line, after its text
    (a one-line post signed inline, as elected officials do on X and Facebook). The
    marker must be a party's (``parties.yaml``); the signature is the name and marker."""
    lines = _content_lines(text, limit=1)
    if not lines:
        return None
    start, end, line = lines[0]
    match = _SIGNED_IN_LINE.search(line)
    if not match or not _party_in_tail(f"({match.group('party')})"):
        return None
    return Signature(start + match.start("name"), end, match.group("name"), start + match.start("name"),
                     start + match.end("name"), None, match.group("party").strip())


def _title_in_note_after(text: str, at: int) -> str | None:
    """A title in the note lines right after the signature (:func:`_note_line`: "(skriver
    som privatperson och ledamot i socialnämnden)", "(kirjoitan omana itsenäni,
    lautakunnan jäsen)"): the writer states their role there."""
    for line in text[at:].split("\n"):
        if not line.strip() or _SKIP_LINE.match(line):
            continue
        if not _note_line(line):
            return None
        title = title_in(line) or (organ_re().search(line).group().strip() if organ_re().search(line) else None)
        if title:
            return title
    return None


def _title_line_before(text: str, at: int) -> str | None:
    """A title on the short line right before the signature, near its start ("Stolt
    kulturchef i dag 🎻" above "/Kerstin Berg"): the writer's own. Not one after a
    preposition ("Tack till rektor!")."""
    line_end = text.rfind("\n", 0, at)
    if line_end < 0:
        return None
    line = text[text.rfind("\n", 0, line_end) + 1 : line_end]
    words = re.findall(r"[\w-]+", line)
    if not 1 <= len(words) <= 6:
        return None
    for word in words[:2]:
        if title_in(word):
            return title_in(word)
    return None


_GROUP_LEAD = recache.compile(rf"^\s*(?:/{{1,2}}|[-–—]{{1,2}})\s*[^\n]{{0,60}}?\b(?:genom|gm|via|kautta|puolesta)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})")


def _group_signature(text: str, last: tuple[int, int, str]) -> Signature | None:
    """A group signing through a person: "/Kollegorna på kansliet genom Johanna Ali,
    kommunsekreterare", "– Työkaverit Mari Laakson kautta". The person named is the
    writer."""
    start, end, line = last
    if not text[:start].strip():
        return None
    match = _GROUP_LEAD.match(line)
    if not match or not _plausible_name(match.group("name")):
        return None
    ns = start + match.start("name")
    name = match.group("name")
    tail = line[match.end("name") :]
    return Signature(start + len(line) - len(line.lstrip()), end, name, ns, ns + len(name), _signature_title(tail),
                     _party_in_tail(tail))


#: A unit's sign-off with its members' first names: "/Parkgänget, Vimmerby kommun – Emma,
#: Jonas & Ali", "– Kirjaston väki, Kokkolan kaupunki: Aino, Leena ja Pekka".
_TEAM_LEAD = recache.compile(
    rf"^[ \t]*(?:/{{1,2}}|[-–—]{{1,2}})[ \t]*(?P<unit>[^\n–—:/]{{2,60}}?)[ \t]*(?:[–—-]|:)[ \t]*"
    rf"(?P<name>{_NAME_WORD}(?:(?:[ \t]*,[ \t]*|[ \t]+(?:och|ja|&)[ \t]+){_NAME_WORD})+)[ \t.!]*$"
)


def _team_signature(text: str, last: tuple[int, int, str]) -> Signature | None:
    """A unit signing with its members' first names after the unit and its employer
    ("/Parkgänget, Vimmerby kommun – Emma, Jonas & Ali"). The ``name`` is the list of
    names (all first names), the ``title`` the unit: it says in which capacity they write."""
    from .names import is_first_name

    start, end, line = last
    if not text[:start].strip():
        return None
    match = _TEAM_LEAD.match(line)
    if not match:
        return None
    unit, names = match.group("unit"), match.group("name")
    if not (organisation_re().search(unit) or title_in(unit)):
        return None
    if not all(is_first_name(n.strip()) for n in re.split(r",|&|(?<!\w)(?:och|ja)(?!\w)", names)):
        return None
    ns = start + match.start("name")
    return Signature(start + len(line) - len(line.lstrip()), end, names, ns, ns + len(names), unit.strip(" ,"), None)


def _inline_signature(text: str, last: tuple[int, int, str]) -> Signature | None:
    """The name and title after the last sentence of a one-paragraph post's last line:
    "... Kom förbi! Nils Berg, parkingenjör @vimmerbykommun", "... Tervetuloa! Aino Laine,
    kirjastonhoitaja". The tail after the name must be a signature's (:func:`_rest_is_signature`)."""
    start, end, line = last
    breaks = list(_SENTENCE_BREAK.finditer(line))
    if not breaks:
        return None
    cut = breaks[-1].end()
    match = _NAME_LINE_RE.match(line[cut:])
    if not match or match.group("lead") or not _plausible_name(match.group("name")):
        return None
    after = match.group("after")
    separator = _SEPARATOR.match(after)
    # A title, body, party or employer, not a bare phone number: "Säljes: barnvagn.
    # Anna, tfn 070-..." is an advert's contact, not the writer's sign-off.
    if not separator or not _rest_is_signature(after[separator.end() :], contact=False):
        return None
    ns = start + cut + match.start("name")
    name = match.group("name")
    return Signature(ns, end, name, ns, ns + len(name), _signature_title(after), party_after(after) or _party_in_tail(after))


_CAMERA_LABEL = recache.compile(CAMERA_LABEL)
#: The writer crediting themselves before their name: "jag själv,", "minä itse,".
_SELF_CREDIT = recache.compile(r"(?i:jag[ \t]+själv|själv|undertecknad|minä[ \t]+itse|itse|allekirjoittanut)(?!\w)[ \t]*,?")


#: A title, then a name closing the line: "rektor Hanna", "kirjastonhoitaja Aino Laine".
_TITLE_BEFORE_NAME = recache.compile(rf"^[ \t]*(?P<title>[\w-]{{3,40}})[ \t]+(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]*$")


def _credit_signature(text: str) -> Signature | None:
    """A personal account's photo post closed by the writer's own credit with a title or
    the employer: "Foto: Elin Sjöblom, kommunikatör", "Kuva: Aino Laine / Hangon
    kaupunki" (the staff photographer states who they are). Only when no other signature
    is found, and only with a title or employer: "Kuva: Matti Virtanen" alone credits
    someone else as easily as the writer."""
    lines = _content_lines(text, limit=2, credits=False)
    if not lines:
        return None
    title_line = None
    if len(lines) == 2 and (is_title_line(lines[1][2]) or is_organisation_line(lines[1][2])) and credit_label_re().match(lines[0][2].strip()):
        # The credit, then the writer's title and employer on a line of their own:
        # "Foto/kuva: Maaret Nummela" / "kommunikatör / viestijä, Kimitoöns kommun".
        title_line = lines[1]
    start, end, line = lines[0] if title_line else lines[-1]
    # A camera emoji is a credit label too: "📷 Julia Berg, amanuens".
    label = credit_label_re().match(line.strip()) or _CAMERA_LABEL.match(line.strip())
    # The credit label, then the name, a title after a comma or a dash; the writer may
    # say it is themselves first ("Foto: jag själv, Elsa Berg – kommunikatör på X",
    # "Kuva: minä itse, ..."): a longer line than a plain credit, so no word limit then.
    rest_at = start + len(line) - len(line.lstrip()) + (label.end() if label else 0)
    rest = text[rest_at:end]
    own = _SELF_CREDIT.match(rest.lstrip())
    if not text[:start].strip() or not label or label.start() != 0 or not (own or _credit_line(line) or len(line.split()) <= 8):
        return None
    if title_line:
        match = re.match(rf"\s*(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s*(?P<tail>)$", rest)
        end = title_line[1]
    else:
        match = re.match(rf"\s*(?:{_SELF_CREDIT.pattern}\s*)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s*(?:,|/|\s[–—-])\s*(?P<tail>.+)$", rest)
    if not match and not title_line:
        # the title before the name, a first name enough: "📸 rektor Hanna", "Kuva:
        # kirjastonhoitaja Aino" (the writer's own picture, credited with their role)
        titled = _TITLE_BEFORE_NAME.match(rest)
        if titled and is_title_word(titled.group("title")) and _looks_like_person(titled.group("name")):
            ns = rest_at + titled.start("name")
            return Signature(start, end, titled.group("name"), ns, ns + len(titled.group("name")), titled.group("title"), None)
    if not match or not _plausible_name(match.group("name")):
        return None
    tail = title_line[2] if title_line else match.group("tail")
    # A title ("kommunikatör") or the employer ("/ Kimitoöns kommun"): the writer credits
    # their own picture as staff of the municipality.
    if not (title_in(tail) or organisation_re().search(tail)):
        return None
    ns = rest_at + match.start("name")
    name = match.group("name")
    return Signature(start, end, name, ns, ns + len(name), title_in(tail), None)


#: A dash or slash, a title and a first name alone on the last line: "– ohjaaja Saara".
_LEAD_TITLE_FIRST_NAME = recache.compile(rf"^[ \t]*(?P<lead>{_LEAD})[ \t]*(?P<title>[\w-]{{3,40}})[ \t]+(?P<name>{_NAME_WORD})[ \t.!]*$")


def _is_first_name(word: str) -> bool:
    from .names import is_first_name

    return is_first_name(word)


def _find_signature(text: str, author: str | None = None) -> Signature | None:
    lines = _content_lines(text, limit=6)
    if not lines:
        return None
    # A disclaimer on the signature's own line is no part of it (see _without_notes).
    trimmed = _without_notes(lines[-1][0], lines[-1][2])
    if trimmed[2].strip():
        lines[-1] = trimmed
    if author and author.strip():
        by_author = _authored(text, lines, author.strip())
        if by_author:
            return by_author
    greeted = _greeted(text, lines[-4:]) or _team_signature(text, lines[-1])
    if greeted:
        return greeted
    # A name line, possibly followed by up to three title, employer or contact lines.
    j = len(lines) - 1
    candidates = [j]
    while j > 0 and len(lines) - 1 - j < 4 and _after_line(lines[j][2]):
        j -= 1
        candidates.append(j)
    for j in candidates:
        sig = _name_line(text, lines, j, followed=j < len(lines) - 1)
        if sig:
            return sig
    for j in candidates:
        sig = _contact_line(text, lines, j)
        if sig:
            return sig
    organisation = _organisation_line(text, lines)
    if organisation:
        return organisation
    last_start, last_end, last = lines[-1]
    group = _group_signature(text, lines[-1])
    if group:
        return group
    inline = _inline_signature(text, lines[-1])
    if inline:
        return inline
    led = _LEAD_TITLE_FIRST_NAME.match(last)
    if led and title_in(led.group("title")) and _is_first_name(led.group("name")):
        # "– ohjaaja Saara", "/fritidsledare Ida": the title before the first name
        ns = last_start + led.start("name")
        return Signature(last_start + led.start("lead"), last_end, led.group("name"), ns, ns + len(led.group("name")),
                         title_in(led.group("title")), None)
    slash = None
    for slash in _SLASH_RE.finditer(last):
        pass
    # "/Anna" at the start of the line or after the text; " / Hangon Vesi" inside a
    # bilingual line is a language separator, so a name there must look like a person's.
    at_line_start = slash is not None and not last[: slash.start("lead")].strip()
    if slash and (at_line_start or _looks_like_person(slash.group("name"))
                  or re.fullmatch(_INITIALS, slash.group("name"))):
        ns = last_start + slash.start("name")
        tail = last[slash.end("name") :]
        return Signature(last_start + slash.start("lead"), last_end, slash.group("name"), ns, ns + len(slash.group("name")),
                         _signature_title(tail), party_after(tail) or _party_in_tail(tail))
    return None
