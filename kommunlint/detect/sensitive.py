"""Detector of special categories of personal data (GDPR art. 9 and 10), and whether
each term is tied to an identifiable person.

Terms are data: ``detect/data/sensitive_terms.yaml``, concepts per category (health,
disability and aids, social care, child welfare, ethnicity, religion, sexual
orientation, criminal matters), each with its Swedish and Finnish terms. A term matches
at a word start with any ending, inside a compound where the concept allows it
("bröstcancer", "pähkinäallergia"), and acronyms case-sensitively (KOL, LVU).

A term is tied to a person when
- its paragraph names a private person (:mod:`.person_name`) or points at one ("min
  granne", "hans son", "naapurini", "hänen"): a name in one sentence and the diagnosis
  in the next is the same person's;
- or its paragraph gives a national id or a home address, which identify a person as a
  name does ("barnen på Lärkvägen 4 ... Orosanmälan");
- or the post is a reply and the sentence speaks to its reader ("din ansökan om
  försörjningsstöd", "hakemuksesi toimeentulotuesta"): a public reply's "you" is the
  commenter, whose account names them.

A service named as the office to contact is no one's fact: after a verb of contacting
("Ring hemvården", "ota yhteyttä kotihoitoon") or with its own line after it in its
clause ("Hemtjänsten ... har telefontid ... på 0918-142 40"), unless its sentence names
a private person or speaks of the reader's own matter (:func:`_service_as_contact`).
Nor is advice on what one may apply for ("voit hakea toimeentulotukea"), or a notice to
all of a service's clients ("Kotihoidon asiakkaille: ..."), when the sentence names no
private person (:func:`_said_to_a_group_or_as_advice`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import indexed, vocabulary
from .context import contact_words, overlaps, paragraph_at, sentence_at

if TYPE_CHECKING:
    from . import Analysis

#: Phrases that point at one individual without naming them: "min granne", "hans son",
#: "naapurini", "hänen", "grannens dotter", "naapurin poika".
PERSON_REFERENCE = recache.compile(
    r"(?i)\b(?:min|din|hans|hennes|er|vår)\s+(?:granne|son|dotter|mamma|pappa|mor|far|man|fru|sambo|bror|syster|elev|"
    r"kollega|vän|kompis|barn|pojke|flicka|klient|brukare)\b"
    r"|\b(?:han|hon)\s+(?:är|har|var|blev|fick|ska|kommer)\b"
    r"|\b(?:naapuri|poika|poja|tytär|tyttäre|äiti|äidi|isä|miehe|vaimo|veli|velje|sisko|oppilaa|lapse|ystävä|kaveri|asiakkaa)"
    r"(?:ni|si|nsa|nsä|mme)\b"
    r"|\bhän(?:en|et|ellä|elle|estä)?\b"
    # a relative of someone the reader can place: "grannens son", "naapurin poika"
    r"|\b(?:grannens|grannarnas|kollegans|vännens|väninnans|systerns|broderns|kusinens)\s+(?:son|dotter|barn|man|fru|mamma|pappa|sambo)\b"
    r"|\b(?:naapurin|naapureiden|ystävän|kollegan|työkaverin|siskon|veljen|serkun)\s+(?:poika|poja\w*|tytär|tyttäre\w*|lapsi|lapse\w*|mies|miehe\w*|vaimo\w*|äiti|äidi\w*|isä\w*)\b"
)
#: Second person (singular, plural and polite), which identifies the reader of a reply:
#: Swedish pronouns, Finnish pronouns and the possessive suffixes -si and -nne
#: ("hakemuksesi", "perheenne"; not the adverbs "tänne", "minne").
SECOND_PERSON = recache.compile(
    r"(?i)\b(?:du|dig|din|ditt|dina|ni|er|ert|era|sinä|sinun|sinulla|sinulle|sinua|sinuun|sinut|te|teidän|teillä|teille|teitä|teihin|teidät)\b"
    r"|\b\w{5,}(?<!vuo|kuu|vii|kak|uus)si\b"
    r"|\b(?!(?:tänne|minne|sinne|jonne|tuonne|muualle)\b)\w{4,}nne\b"
    # Finnish verbs in the second person singular: the reader as subject ("olet Tehyn
    # jäsen", "kuulut ammattiliittoon", "sairastat"); a closed list, since a plural noun
    # ends in -t too ("palvelut", "tiedot")
    r"|\b(?:olet|olit|kuulut|kuuluit|sairastat|sairastit|käytät|tarvitset|saat|sait|asut|odotat|käyt)\b"
)


#: Words saying that a reply is about the addressee's own matter: a second-person
#: possessive on anything but thanks for a tip, a question or a comment ("din ansökan",
#: "ditt meddelande", "er ansökan", "din man"; "autosi", "kotisi", "tilillenne",
#: "tyttärenne"; "sinun", "teidän").
_OWN_SV = recache.compile(
    r"(?i)\b(?:ditt|din|dina|er|ert|era)\s+(?!(?:tips|tipset|fråga|frågan|frågor|kommentar|kommentaren|förslag|synpunkt|synpunkter|"
    r"feedback|intresse|engagemang|tålamod|hjälp|inlägg|bild|bilder|röst|åsikt)\b)[a-zåäö]{2,}|\b(?:sinun|teidän)\s+\w+"
)
_OWN_FI = recache.compile(r"(?i)\b[a-zåäö]{3,}(?:si|nne)\b")
_NOT_OWN_FI = frozenset({
    "tänne", "sinne", "minne", "jonne", "tuonne", "kenties", "uusi", "kaksi", "vuosi", "yksi", "käsi", "kuusi", "susi",
    "kysymyksesi", "kysymyksenne", "palautteesi", "palautteenne", "kommenttisi", "kommenttinne", "ehdotuksesi",
    "ehdotuksenne", "vinkkisi", "vinkkinne", "kiinnostuksesi", "viestisi", "viestinne", "viestistäsi", "viestistänne",
    "palautteestasi", "palautteestanne", "kysymyksestäsi", "kysymyksestänne", "kommentistasi", "kommentistanne",
    "avustasi", "avustanne", "mielipiteesi", "mielipiteenne", "vastauksesi",
})


def own_case(text: str) -> bool:
    """True when ``text`` speaks of the addressee's own matter (see ``_OWN_SV``)."""
    if _OWN_SV.search(text):
        return True
    # (-ksi is the translative; "tilanne", "latutilanne" is a situation, a noun in -nne.)
    return any(m.group().lower() not in _NOT_OWN_FI and not m.group().lower().endswith(("ksi", "tilanne"))
               for m in _OWN_FI.finditer(text))


#: The keys of sensitive_terms.yaml that are word lists (per language), not categories.
WORD_LISTS = ("roles_and_units", "not_terms", "populations", "law_endings", "general_matters", "facilities")


@dataclass(frozen=True)
class SensitiveTerm:
    """A special-category term: 0-based ``start``/``end`` (end exclusive), its
    ``category`` (a key of sensitive_terms.yaml) and whether it is ``tied`` to a person."""

    start: int
    end: int
    category: str
    tied: bool


class Category(str):
    """A category name (``"health"``, a key of sensitive_terms.yaml) as :func:`matches`
    returns it, carrying its concept's flags: ``weak`` (tied only within its own sentence
    or a reply about the reader's own matter) and ``place``: ``"building"`` (a care home:
    a fact only in an application or a decision, never when named), ``"service"`` (a form
    of care housing: no fact when it is part of a facility's name) or ``None``. Equal to,
    and hashed as, the plain name."""

    __slots__ = ("weak", "place")

    def __new__(cls, name: str, weak: bool = False, place: str | None = None) -> "Category":
        made = super().__new__(cls, name)
        made.weak, made.place = weak, place
        return made


_TOKEN = recache.compile(r"\w[\w-]*")
#: A word's letters from a word start (a hyphen ends them: "läs-" gives "läs").
_WORD_START = recache.compile(r"(?<!\w)\w+")


@dataclass(frozen=True)
class _Index:
    """The terms, indexed so that each word of a post costs a few lookups, not a regex scan.

    ``prefixes``: first three letters → (term, category) of one-word terms that start a
    word; ``inner``: (term, category) of terms that may also end a compound;
    ``acronyms``: upper-case acronym → category; ``phrases``: one regex for the terms of
    several words (few), with the category of each alternative in ``phrase_categories``.
    """

    prefixes: dict[str, tuple[tuple[str, str], ...]]
    inner: tuple[tuple[str, str], ...]
    acronyms: dict[str, str]
    phrases: re.Pattern[str] | None
    phrase_categories: tuple[str, ...]
    #: The lower-case first words of the phrases (their word characters): a phrase can
    #: start only where one of these words does.
    phrase_starts: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _index() -> _Index:
    prefixes: dict[str, list[tuple[str, str]]] = {}
    inner: list[tuple[str, str]] = []
    acronyms: dict[str, str] = {}
    phrases: list[str] = []
    starts: list[str] = []
    categories: list[str] = []
    for name, concepts in vocabulary.load("sensitive_terms").items():
        if name in WORD_LISTS:  # not categories: words that cancel or qualify a match
            continue
        for concept in concepts:
            category = Category(name, bool(concept.get("weak")), concept.get("place"))
            for term in (t for lang in ("sv", "fi") for t in concept.get(lang, [])):
                if concept.get("acronym"):
                    acronyms[term.upper()] = category
                elif " " in term:
                    starts.append(re.match(r"\w+", term).group())
                    # Each word of a phrase inflects, not only the last: "psykisk ohälsa"
                    # is "psykiska ohälsan" in a sentence (a bounded ending: linear).
                    phrases.append(rf"(?P<p{len(categories)}>{re.escape(term).replace(chr(92) + ' ', chr(92) + 'w{0,3}' + chr(92) + 's+')}[\w-]*)")
                    categories.append(category)
                else:
                    prefixes.setdefault(term[:3], []).append((term, category))
                    if concept.get("compound"):
                        inner.append((term, category))
    return _Index(
        {k: tuple(v) for k, v in prefixes.items()}, tuple(inner), acronyms,
        # One word-start test before the alternatives, not one inside each: the same
        # matches, and the engine does not try every phrase at every letter.
        recache.compile("(?i)(?<!\\w)(?:" + "|".join(phrases) + ")") if phrases else None, tuple(categories),
        frozenset(first.lower() for first in starts),
    )


@lru_cache(maxsize=4096)  # the frequent tokens; bounded for long runs (10,000 posts in 80 MB)
def _token_category(word: str) -> str | None:
    """The category of a token: an acronym (before a ``:`` or ``-``, as written), else
    :func:`_word_category` of the lower-case word (tokens recur: cached)."""
    acronym = _index().acronyms.get(_ACRONYM_END.split(word, maxsplit=1)[0])
    return acronym or _word_category(word.lower())


_ACRONYM_END = recache.compile(r"[:-]")


@lru_cache(maxsize=4096)
def _word_category(lowered: str) -> str | None:
    """The category of a lower-case word: the first term it starts with, else the first
    compound-capable term inside it after its first letter (words recur: cached, and
    the inner terms are found among the word's own substrings, not by trying each)."""
    index = _index()
    category = next((c for term, c in index.prefixes.get(lowered[:3], ()) if lowered.startswith(term)), None)
    if category is not None:
        return category
    if "-" in lowered:
        # a part after a hyphen starts a word too: "typ 1-diabetes", "covid-astma"
        for part in lowered.split("-")[1:]:
            category = next((c for term, c in index.prefixes.get(part[:3], ()) if part.startswith(term)), None) if part else None
            if category is not None:
                return category
    # The first compound-capable term (in the data's order) anywhere inside the word
    # after its first letter: one substring test per term (a word's substrings each
    # looked up cost ten times as much, and a long run's new words miss the cache).
    rest = lowered[1:]
    for term, category in _inner_terms():
        if term in rest:
            return category
    return None


@lru_cache(maxsize=1)
def _inner_terms() -> tuple[tuple[str, str], ...]:
    """``_index().inner`` without repeated and empty terms, in order (each term's first)."""
    out: dict[str, str] = {}
    for term, category in _index().inner:
        if term:
            out.setdefault(term, category)
    return tuple(out.items())


#: A capitalised word right after an acronym and a space: a product's or ship's name
#: ("MS Teams", "MS Amorella"), so the acronym is not a diagnosis.
_NAME_AFTER = recache.compile(r"(?<![ \t])[ \t]+[A-ZÅÄÖ][a-zåäö]")


@lru_cache(maxsize=1)
def _not_terms() -> re.Pattern[str] | None:
    """Whole words or phrases that start like a term but name something else
    (sensitive_terms.yaml ``not_terms``: "kotihoidon tuki" is a family benefit), to be
    matched where a term starts."""
    data = vocabulary.load("sensitive_terms").get("not_terms") or {}
    words = [t for lang in ("sv", "fi") for t in data.get(lang, [])]
    return recache.compile(rf"(?i)(?:{vocabulary.alternation(tuple(words))})(?!\w)") if words else None


def matches(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, category)`` of every term in ``text``: whole words (or phrases), in
    order. Offsets are 0-based, end exclusive; ``category`` is a :class:`Category`."""
    index = _index()
    found: list[tuple[int, int, str]] = []
    not_terms = _not_terms()
    for token in _TOKEN.finditer(text):
        category = _token_category(token.group())
        if not category:
            continue
        if token.group() in index.acronyms and _NAME_AFTER.match(text, token.end()):
            continue  # "MS Teams": a name, not the diagnosis (not "LSS-boendet Granen")
        if not_terms is not None and not_terms.match(text, token.start()):
            continue  # "kotihoidon tuki": another benefit that begins like the term
        found.append((token.start(), token.end(), category))
    if index.phrases is not None:
        # The phrase alternation is tried only where a phrase's first word stands (the
        # same matches as scanning the text with it: a phrase starts at a word start with
        # its first word; the engine tried every alternative at every word start).
        # Every word start is tried, also inside a phrase just found: overlapping phrases
        # ("kommit ut som" and "ut som gay") are joined below.
        for start in _phrase_starts(text, index.phrase_starts):
            match = index.phrases.match(text, start)
            if match is None:
                continue
            group = next(name for name, value in match.groupdict().items() if value is not None)
            found.append((match.start(), match.end(), index.phrase_categories[int(group[1:])]))
    kept: list[tuple[int, int, str]] = []
    for hit in sorted(found, key=lambda h: (h[0], -h[1])):
        if not kept or hit[0] >= kept[-1][1]:
            kept.append(hit)
        elif hit[1] > kept[-1][1]:
            # overlapping terms are one term: "kommit ut som" and "ut som gay" give
            # "kommit ut som gay" (a phrase and a word inside it give the phrase)
            kept[-1] = (kept[-1][0], hit[1], kept[-1][2])
    return kept


#: Letters a phrase's first word may add as its ending ("psykiska" for "psykisk").
_FIRST_WORD_ENDING = 3


def _listed_first(word: str, firsts: frozenset[str]) -> bool:
    """Whether lower-case ``word`` is a first word of ``firsts`` with an ending of at
    most :data:`_FIRST_WORD_ENDING` letters."""
    return any(word[: len(word) - k] in firsts for k in range(min(_FIRST_WORD_ENDING, len(word) - 1) + 1))


def _phrase_starts(text: str, firsts: frozenset[str]) -> list[int]:
    """The word starts of ``text`` whose word, lower-cased, is in ``firsts`` (inflected:
    up to :data:`_FIRST_WORD_ENDING` letters more), in order: looked up in the post's
    word index (:func:`.indexed.words_at`, shared with the guideline detectors) rather
    than by a pass over every word."""
    by_word = indexed.words_at(text)
    if by_word is None:
        return [w.start() for w in _WORD_START.finditer(text) if _listed_first(w.group().lower(), firsts)]
    folded = _folded(firsts)
    starts = []
    for word in by_word:
        if _listed_first(word, folded):
            # the index folds "ſ" to "s": the word as written must itself be listed
            starts += [s for s in by_word[word] if _listed_first(text[s : s + len(word)].lower(), firsts)]
    return sorted(starts)


@lru_cache(maxsize=4)
def _folded(words: frozenset[str]) -> frozenset[str]:
    return frozenset(indexed.fold(w) for w in words)


@lru_cache(maxsize=1)
def _role_or_unit() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a word ending in a role or unit word, a text starting with one as the next word,
    a text ending with one and a preposition: "handledaren från ")."""
    words = vocabulary.alternation(vocabulary.words("sensitive_terms", "roles_and_units") + vocabulary.words("titles", "titles")
                                   + vocabulary.words("sensitive_terms", "facilities"))
    return (
        recache.compile(rf"(?i)\w{{3,}}(?:{words})$"),
        recache.compile(rf"(?i)\s+(?:{words})"),
        recache.compile(rf"(?i)(?<!\w)\w*(?:{words})\w{{0,3}}\s+(?:från|vid|på|inom|hos|i)\s+$"),
    )


def _names_a_unit_or_role(text: str, start: int, end: int) -> bool:
    """True when the matched word is a compound headed by a role or unit word
    ("hemvårdsledaren", "hemtjänstpersonalen") or by a facility word
    ("handikapparkeringen", "pyörätuolipaikka"), the next word is one ("kotihoidon
    esihenkilö"), or one stands before it with a preposition ("handledaren från hemvården")."""
    compound, next_word, role_before = _role_or_unit()
    return bool(
        compound.match(text[start:end])
        or next_word.match(text, end, end + 40)
        or role_before.search(text, max(0, start - 40), start)
    )


def _persons_unit(analysis: "Analysis", start: int) -> bool:
    """A unit that serves a named person or the reader is that person's service, not a
    role: a private name in the genitive right before it ("X Wickströmin kotihoidon
    tiimille"), a reply's sentence about the reader's own matter ("Din tid hos
    mentalvårdsteamet"), or a reply in which the service's staff call the reader
    ("lastensuojelun sosiaalityöntekijä ottaa teihin yhteyttä")."""
    text = analysis.post.text
    if any(not h.public and 0 <= start - h.end <= 2 and text[h.start:h.end].endswith("n")
           for h in analysis.person_names):
        return True
    if analysis.post.kind == "reply":
        s_start, s_end = sentence_at(analysis.post, start)
        # The service's staff calling or visiting the reader ("kotihoidon hoitaja soittaa
        # sinulle", "barnskyddets socialsekreterare ringer dig"): the reader is its client.
        if _CONTACTS_READER.search(text, start, s_end):
            return True
        # Only a unit ("mentalvårdsteamet"), not a role ("Hemvårdsledaren har fått ditt meddelande").
        word_end = start + len(re.match(r"[\w-]*", text[start:]).group())
        if not _UNIT_HEAD.search(text, start, min(len(text), word_end + 12)):
            return False
        return own_case(text[s_start:s_end])
    return False


#: A verb of calling, contacting or visiting and then, within a few words, the reader as
#: its object: "ringer dig", "hör av sig till er", "soittaa sinulle", "ottaa teihin
#: yhteyttä", "yrittää tavoittaa sinua", "käy luonanne".
_CONTACTS_READER = recache.compile(
    r"(?i)(?<!\w)(?:ring\w*|kontakta\w*|besök\w*|hör\s+av\s+sig|tar\s+kontakt|soitta\w*|soitt\w*|ottaa|ottavat|tavoitta\w*"
    r"|tavoittele\w*|käy|käyvät|on\s+yhteydessä|ovat\s+yhteydessä)(?!\w)[^.!?\n]{0,30}?"
    r"(?<!\w)(?:dig|er|sinulle|teille|sinuun|teihin|sinua|teitä|luonasi|luonanne)(?!\w)"
)
#: A unit (not a person in a role) heading a compound or as the next word.
_UNIT_HEAD = recache.compile(r"(?i)(?:team|teamet|enhet|enheten|avdelning|avdelningen|mottagning|mottagningen|grupp|gruppen|tiimi\w*|yksikkö|yksikö\w*|ryhmä\w*|vastaanot\w*)\b")


_SLASH_SIGN_OFF = recache.compile(r"(?:^|\s)/\s?[A-ZÅÄÖ][^/\n.!?]{0,60}$")


def _unit_sign_off(text: str) -> int:
    """Where a unit's sign-off on the last line starts ("Terveisin Hangon kaupungin
    kotihoito", "... /Handikappservice"), which :mod:`.signature` leaves out since no
    person signs it; ``len(text)`` when there is none."""
    from .signature import last_line_greeting

    stripped, line_start, greeting = last_line_greeting(text)
    line = stripped[line_start:]
    if greeting:
        return line_start
    slash = _SLASH_SIGN_OFF.search(line)
    return line_start + slash.start() if slash else len(text)


#: A refusal to confirm or disclose, and then a whether-clause: "Vi kan inte bekräfta om
#: ...", "Emme voi vahvistaa, onko ...", "emme kommentoi, onko ...".
_REFUSAL_WHETHER = recache.compile(
    r"(?i)(?<!\w)(?:(?:kan|kunde|får)[ \t]+(?:tyvärr[ \t]+|dock[ \t]+)?inte[ \t]+(?:bekräfta|lämna[ \t]+ut|kommentera|uppge|säga)"
    r"|(?:emme|en|ei)[ \t]+(?:kuitenkaan[ \t]+|valitettavasti[ \t]+)?(?:voi|voida|kommentoi)(?:[ \t]+(?:vahvistaa|kertoa|kommentoida|antaa[ \t]+tietoja))?)"
    r"(?!\w)[^.!?\n]{0,40}?(?<!\w)(?:om|huruvida|onko|\w+(?:ko|kö))(?!\w)"
)


#: A reader asking about a service, right before the term: "Du som frågade om
#: LSS-ansökan: ...", "Kysyit kotihoidon maksuista": what was asked about, not a fact of
#: the reader's own (a name or an own-matter word elsewhere still ties it).
_ASKED_ABOUT = recache.compile(
    r"(?i)(?<!\w)(?:frågade|frågat|undrade|undrat|kysyit|kysyitte|kysyi|tiedustelit|tiedustelitte"
    # what the reader pointed out: "din synpunkt om skadegörelsen", "ilmoitit
    # ilkivallasta" (a witness's report, not the reader's own fact; not "anmälan",
    # "ilmoitus", which are also a registration: "er anmälan om eftermiddagsverksamhet")
    r"|synpunkt|synpunkten|synpunkter|tips|tipset|ilmoitit|ilmoititte|vinkkisi|vinkkinne)"
    r"(?:[ \t]+(?:om|efter|över|kring))?[ \t]+(?:[\w-]+[ \t]+){0,2}$"
)


def _left_open(text: str, s_start: int, start: int) -> bool:
    """True when the sentence refuses to confirm something and asks whether, before the
    term at ``start``: the term is what is not told ("Vi kan inte bekräfta om X har
    hemtjänst", "Emme voi vahvistaa, onko X:llä edunvalvoja")."""
    return bool(_REFUSAL_WHETHER.search(text, max(s_start, start - 200), start))


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    """True when ``at`` lies in one of the sorted, non-nested ``spans``."""
    import bisect

    i = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


#: An application for, or a decision on, care housing in the sentence: "Din ansökan om
#: särskilt boende är beviljad", "palvelutalohakemuksenne", "päätös palveluasumisesta".
_APPLICATION = recache.compile(
    r"(?i)(?<!\w)(?:ansök\w*|ansökan|bevilja\w*|beslut\w*|avslag\w*|avslå\w*|hakemu\w*|haki\w*|hakenut|hakee|päätö\w*"
    r"|päätös|myönne\w*|myönsi|hylät\w*|hylkä\w*|\w*(?:hakemu|päätö)\w*)(?!\w)"
)
#: A capitalised word right before (a facility's name: "Kvarngårdens äldreboende",
#: "Mustakiven palvelukodissa", "Villa Solgårdenin palvelutalossa").
_NAME_BEFORE = recache.compile(r"(?<![\w.!?])(?:(?<=\s)|^)[A-ZÅÄÖ][\w-]*[ \t]+$")
#: A capitalised word right after (the name following: "äldreboendet Norsjögården",
#: "palvelukoti Koivulehdossa", "palvelutalo Villa Solgårdenin").
_NAME_AFTER_PLACE = recache.compile(r"(?<![ \t])[ \t]+[A-ZÅÄÖ][a-zåäö]")
#: The punctuation before a word that starts a sentence (where a capital says nothing).
_SENTENCE_END_BEFORE = recache.compile(r"(?:^|[.!?:\n])[\s\"'(]*$")


def _named_facility(text: str, start: int, end: int, after: bool = True) -> bool:
    """True when the care-housing term at ``start``..``end`` is part of a facility's
    name: a capitalised word (not one starting a sentence) right before it or, with
    ``after``, right after it (a service form's next capital is where it is given:
    "palveluasumiseen Kiviniittyyn")."""
    before = _NAME_BEFORE.search(text, max(0, start - 40), start)
    if before is not None and not _SENTENCE_END_BEFORE.search(text, max(0, before.start() - 8), before.start()):
        return True
    return after and bool(_NAME_AFTER_PLACE.match(text, end))


#: A recipient group right before a Swedish term in the plural ("parkeringstillstånd för
#: rörelsehindrade", "mottagning för gravida", "kurs för invandrare", "till flyktingar").
_GROUP_SV = recache.compile(r"(?i)(?<!\w)(?:för|till|åt)[ \t]+$")
_PLURAL_SV = recache.compile(r"(?:de|da|re|ar)$")
#: A Finnish term in a plural recipient case ("mielenterveyskuntoutujille",
#: "muistisairaille", "vammaisilla") or before a participle naming a group of people
#: ("toimeentulotukea saaville perheille"; not "oleville", which follows things too:
#: "ulosotossa olevien velkojen").
#: Only endings whose vowel marks the plural (kuntoutuja → kuntoutujille, potilas →
#: potilaille, vammainen → vammaisille, diabeetikko → diabeetikoille): an i-stem's
#: singular ends in -ille too ("puheterapeutille").
_PLURAL_FI = recache.compile(r"(?:ji|oi|öi|isi|ai|äi)(?:lle|lla|llä)$")
_GROUP_PARTICIPLE = recache.compile(
    r"(?<![ \t])[ \t]+(?:saaville|saavien|saaneille|saaneiden|tarvitseville|tarvitsevien|käyttäville|käyttävien)(?!\w)"
)


@lru_cache(maxsize=1)
def _population() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a population right after a term, one right before it), from sensitive_terms.yaml
    ``populations``: "bland unga", "nuorten keskuudessa", "ikääntyneillä"; "nuorten",
    "ungas"."""
    data = vocabulary.load("sensitive_terms")["populations"]
    alt = lambda key: vocabulary.alternation(tuple(data[key]))  # noqa: E731 - four uses, one line each
    after = recache.compile(
        rf"(?i)(?<![ \t])[ \t]+(?:(?:bland|hos|inom)[ \t]+(?:{alt('sv')})|(?:{alt('fi_genitive')})[ \t]+keskuudessa|(?:{alt('fi_adessive')}))(?!\w)"
    )
    before = recache.compile(rf"(?i)(?<!\w)(?:{alt('fi_genitive')}|{alt('sv_genitive')})[ \t]+(?:\w+[ \t]+)?$")
    return after, before


def _said_of_a_population(text: str, start: int, end: int) -> bool:
    """True when the term is said of a population, a statistic or a trend ("Psykisk ohälsa
    bland unga ökar", "nuorten masennus", "diabetes ikääntyneillä"): nobody's own fact."""
    after, before = _population()
    return bool(after.match(text, end) or before.search(text, max(0, start - 40), start))


def _group_of_people(text: str, start: int, end: int) -> bool:
    """True when the term names a group of people, not one person: a plural after "för",
    "till" or "åt", a Finnish plural allative or adessive, or a participle of a group after
    it. Such a term describes a service's users ("för rörelsehindrade",
    "mielenterveyskuntoutujille"), which says nothing about the person the paragraph names."""
    word = text[start:end]
    if _PLURAL_SV.search(word) and _GROUP_SV.search(text, max(0, start - 8), start):
        return True
    # An adessive plural after a verb of moving is the aid one moves with ("kulkee
    # kyynärsauvoilla", "liikkuu pyörätuoleilla"), not a group of people.
    plural = _PLURAL_FI.search(word) and not _MOVES_WITH.search(text, max(0, start - 25), start)
    return bool(plural or _GROUP_PARTICIPLE.match(text, end) or _said_of_a_population(text, start, end))


#: A verb of moving right before an aid: "kulkee", "liikkuu", "kävelee".
_MOVES_WITH = recache.compile(r"(?i)(?<!\w)(?:kulke\w*|kulki\w*|kulkea|liikku\w*|liikkui\w*|liikkua|käveli\w*|kävele\w*|kävellä)[ \t]+$")


#: Living or being cared for in a place: "hän asuu muistisairaiden yksikössä", "bor på
#: demensavdelningen", "vårdas på", "on hoidossa".
_RESIDES = recache.compile(
    r"(?i)(?<!\w)(?:asuu|asui|asunut|asuvat|asuneet|bor|bodde|vårdas|vårdades|hoidetaan|hoidossa|flyttade|flyttat|muutti"
    r"|muuttanut|siirretty|siirrettiin|placerad|placerades)(?!\w)"
)


def _lives_in_unit(text: str, start: int, end: int, s_start: int, s_end: int) -> bool:
    """True when a unit named for a diagnosis ("muistisairaiden yksikkö",
    "demensavdelningen") is where someone in the sentence lives or is cared for: a
    health fact of that person, not a unit's name in its role."""
    word_end = start + len(re.match(r"[\w-]*", text[start:]).group())
    return bool(_UNIT_HEAD.search(text, start, min(len(text), word_end + 12)) and _RESIDES.search(text, s_start, s_end))


@lru_cache(maxsize=1)
def _word_endings() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the endings of a law's name, the plural endings of "matters"), lower case, from
    sensitive_terms.yaml ``law_endings`` and ``general_matters``."""
    def ending(key: str) -> tuple[str, ...]:
        return tuple(w.lower() for w in vocabulary.words("sensitive_terms", key))
    return ending("law_endings"), ending("general_matters")


def _ends_in(word: str, endings: tuple[str, ...]) -> bool:
    """True when ``word`` is a compound ending in one of ``endings``: three letters or
    more of its own before the ending (a compound, not the bare word)."""
    lowered = word.lower()
    return any(lowered.endswith(e) and len(lowered) - len(e) >= 3 for e in endings)


#: A possessive right before a word: "din", "hennes", "sinun", "hänen" (whose matters).
_POSSESSIVE_BEFORE = recache.compile(
    r"(?i)(?<!\w)(?:din|dina|ditt|er|era|ert|hans|hennes|deras|sinun|teidän|hänen|heidän)[ \t]+$"
)


def _general_matters(text: str, start: int, end: int, name_ends: list[tuple[int, int]]) -> bool:
    """True when the term's word names a kind of matters in general ("yksittäisiä
    lastensuojeluasioita", "LSS-ärenden"): a compound ending in a plural of "matter",
    with no possessive and no private person's genitive right before it (``name_ends``:
    ``(end, end + 1)`` of each private name, sorted)."""
    if not _ends_in(text[start:end], _word_endings()[1]):
        return False
    if _POSSESSIVE_BEFORE.search(text, max(0, start - 12), start):
        return False
    return not overlaps(start - 2, start + 1, name_ends)


#: A verb of forwarding a matter right before a service: "Asiasi on välitetty
#: vammaispalveluihin", "Vi har förmedlat till hemvården att ...", "vidarebefordrat
#: ärendet till färdtjänsten": the service is whom the message goes to.
_FORWARDED_BEFORE = recache.compile(
    r"(?i)(?<!\w)(?:välitet\w*|välitti\w*|välittä\w*|välitimme|förmedla\w*|vidarebefordra\w*|lämnat[ \t]+vidare)"
    r"(?:[ \t]+[\w-]+){0,3}?[ \t]+(?:till[ \t]+)?$"
)
#: The Finnish illative or allative at a word's end ("vammaispalveluihin", "kotihoitoon",
#: "kotihoidolle"): the direction of the forwarding.
_TOWARDS_FI = recache.compile(r"(?i)(?:\w[aeiouyäö]n|hin|seen|lle)$")


def _forwarded_to(text: str, s_start: int, s_end: int, start: int, end: int, name_starts: list[tuple[int, int]]) -> bool:
    """True when a service or unit is where a matter is forwarded ("välitetty
    vammaispalveluihin", "förmedlat till hemvården"): a unit receiving a message, not a
    service someone receives. Swedish needs "till", Finnish the illative or allative.
    ``name_starts``: ``(start, start + 1)`` of each private name, sorted."""
    before = _FORWARDED_BEFORE.search(text, max(s_start, start - 60), start)
    if before is None:
        return False
    # (Not when a private person is named in the sentence: "välitetty X:n kotihoidon
    # tiimille", "välitetty poliklinikalle, ja sieltä soitetaan X:lle" is that person's unit.)
    if overlaps(s_start, s_end, name_starts):
        return False
    return before.group().rstrip().lower().endswith("till") or bool(_TOWARDS_FI.search(text[start:end]))


#: A verb sending the reader to a service as to an office, right before it: "Ring
#: hemvården", "kontakta missbrukarvården direkt", "vänd dig till socialjouren", "Vi har
#: kontaktat hemsjukvården", "soita kotihoitoon", "ota yhteyttä lastensuojeluun".
_CONTACT_VERB_BEFORE = recache.compile(
    r"(?i)(?<!\w)(?:ring|kontakta|kontaktat|kontaktade|vänd[ \t]+(?:dig|er)[ \t]+till|hör[ \t]+av[ \t]+(?:dig|er)[ \t]+till"
    r"|soita|soittakaa|soitathan|ota[ \t]+yhteyttä|ottakaa[ \t]+yhteyttä|olethan[ \t]+yhteydessä|olkaa[ \t]+yhteydessä)"
    r"(?:[ \t]+(?:gärna|direkt|suoraan|själv|själva))?(?:[ \t]+till)?[ \t]+$"
)
#: Where a clause ends inside a sentence: a comma, a semicolon, a colon, a spaced dash.
_CLAUSE_BREAK = recache.compile(r"[,;:]|[ \t][–—-][ \t]")
#: A break between two clauses that a number given with a comma does not make ("X,
#: p. 02 ..."): a semicolon or a spaced dash.
_STRONG_BREAK = recache.compile(r";|[ \t][–—-][ \t]")
#: How far after the term a service's number may stand in its clause ("Hemtjänsten i
#: Norsjö har telefontid 7.30–8.30 på 0918-142 40": 50 characters).
_NUMBER_AFTER = 60


def _service_as_contact(analysis: "Analysis", start: int, end: int, s_start: int, s_end: int,
                        name_starts: list[tuple[int, int]]) -> bool:
    """True when the service or unit at ``start``..``end`` is named as whom to contact,
    not as something a person receives: a verb of contacting right before it ("Ring
    hemvården i Dalsbruk", "kontakta missbrukarvården direkt", "ota yhteyttä
    kotihoitoon"), or a number that is not a private person's right after it in its
    sentence ("Hemtjänsten i Norsjö har telefontid ... på 0918-142 40",
    "huoli-ilmoituksen aikuissosiaalityöhön, p. 02 426 0210"): the office's line. Not
    when the sentence names a private person (``name_starts``: ``(start, start + 1)`` of
    each, sorted) or speaks of the reader's own matter ("din hemtjänst ...").

    The number counts when the phone detector marks it public, or when it is a fixed line
    with no private cue beside it (a service's desk; a resident's number given in such a
    reply is a mobile, or said to be theirs: "ditt nummer", "kotinumero").
    """
    text = analysis.post.text
    if overlaps(s_start, s_end, name_starts) or _POSSESSIVE_BEFORE.search(text, max(0, start - 12), start):
        return False
    sentence = text[s_start:s_end]
    if PERSON_REFERENCE.search(sentence) or own_case(sentence):
        return False  # "din mamma ... ring hemtjänsten": whose care it is is said
    if _CONTACT_VERB_BEFORE.search(text, max(s_start, start - 40), start):
        return True
    if not any(ch.isdigit() for ch in text[end:min(s_end, end + _NUMBER_AFTER + 20)]):
        return False  # (no number after it: the phone detector is not asked)
    # The reader in the term's own clause makes it theirs ("Att du ... bor på skyddat
    # boende är inget vi skriver om här – kontakta socialjouren på 0492 ...").
    clause_start = max([s_start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, s_start, start)])
    if SECOND_PERSON.search(text, clause_start, start):
        return False
    private = contact_words("private")
    for number in analysis.phones:
        # (in the same clause: not the next one's number after a dash or a semicolon)
        if end <= number.start <= min(s_end, end + _NUMBER_AFTER) and not _STRONG_BREAK.search(text, end, number.start):
            if number.public in ("service", "contact") or (
                    number.public is None and not number.mobile and not private.search(text, s_start, number.start)
                    and not private.search(text, number.end, min(s_end, number.end + 40))):
                return True
    return False


#: A service one may apply for, right before it: "kan du ansöka om nedsättning av
#: avgiften för hemvården", "voit hakea toimeentulotukea", "on mahdollista hakea
#: omaishoidon tukea", "voivat hakea": advice on what can be applied for, not a service
#: someone receives (at most three words between).
_MAY_APPLY_BEFORE = recache.compile(
    r"(?i)(?<!\w)(?:(?:kan|kunde|får)(?:[ \t]+(?:du|ni|man|hon|han|de))?(?:[ \t]+(?:också|även|alltid))?[ \t]+(?:ansöka|söka)"
    r"|(?:voi|voit|voitte|voivat|voisi|voisit|voisitte|kannattaa|on[ \t]+mahdollista)(?:[ \t]+(?:myös|aina))?[ \t]+hakea)"
    r"(?:[ \t]+[\w-]+){0,3}?[ \t]+$"
)
#: A group of a service's users right after it: "Kotihoidon asiakkaille:", "hemtjänstens
#: kunder", "brukarna inom ...": every client, nobody in particular.
_CLIENTS_AFTER = recache.compile(
    r"(?i)(?<![ \t])[ \t]+(?:asiakkaille|asiakkaat|asiakkaiden|asiakkaita|käyttäjille|käyttäjät|kunder|kunderna|brukare|brukarna|klienter|klienterna)(?!\w)"
)


def _said_to_a_group_or_as_advice(text: str, start: int, s_start: int, s_end: int,
                                  name_starts: list[tuple[int, int]], group_heads: list[int]) -> bool:
    """True when the term's sentence speaks to all of a service's clients ("Kotihoidon
    asiakkaille: turvapuhelinten huolto ...", "Hemtjänstens kunder: ...") or the term is
    what one may apply for ("voit hakea toimeentulotukea Kelasta", "kan du ansöka om
    ..."): a notice or advice, not a fact of someone's. Not when the sentence names a
    private person (``name_starts``: ``(start, start + 1)`` of each, sorted): "Miehesi
    Timo ... voi hakea henkilökohtaista apua" is Timo's. ``group_heads``: the sorted ends
    of the post's terms that a word for clients follows (:data:`_CLIENTS_AFTER`)."""
    if overlaps(s_start, s_end, name_starts):
        return False
    if _MAY_APPLY_BEFORE.search(text, max(s_start, start - 60), start):
        return True
    import bisect

    i = bisect.bisect_left(group_heads, s_start)
    return i < len(group_heads) and group_heads[i] < s_end


def detect(analysis: "Analysis") -> list[SensitiveTerm]:
    """Every special-category term in the post, in order of position; terms next to each
    other in one phrase are one (see :func:`_one_per_fact`)."""
    post = analysis.post
    names = [hit for hit in analysis.person_names if not hit.public]
    # Their starts and ends as one-character spans, sorted: asked about per term.
    name_starts = [(h.start, h.start + 1) for h in names]
    name_ends = sorted((h.end, h.end + 1) for h in names)
    reply = post.kind == "reply"
    sig = analysis.signature
    # A national id or a home address identifies the person as well as a name does.
    identifiers = [x.start for x in analysis.national_ids]
    identifiers += [a.start for a in analysis.street_addresses if not (a.public or a.in_signature)]
    # A private vehicle's plate identifies its owner ("KLX-774 ... sen omistaja on tuomittu").
    identifiers += [p.start for p in analysis.vehicle_plates]
    found = []
    laws: set[tuple[int, int]] = set()
    law_endings = _word_endings()[0]
    sign_off = sig.start if sig is not None else _unit_sign_off(post.text)
    urls = analysis.urls
    group_heads = [e for _, e, _ in analysis.special_category_matches if _CLIENTS_AFTER.match(post.text, e)]
    for start, end, category in analysis.special_category_matches:
        if start >= sign_off:
            continue  # the sender in the sign-off ("/Handikappservice", "Terveisin ... kotihoito")
        if urls and _inside(urls, start):
            continue  # part of an address: "vammaispalvelut@hanko.fi", ".../hemtjanst"
        s_start, s_end = sentence_at(post, start)
        if (_names_a_unit_or_role(post.text, start, end) and not _persons_unit(analysis, start)
                and not (category == "health" and _lives_in_unit(post.text, start, end, s_start, s_end))):
            continue
        if _left_open(post.text, s_start, start):
            continue  # "Emme voi vahvistaa, onko X:llä edunvalvoja": asked, not told
        if _general_matters(post.text, start, end, name_ends):
            continue  # "yksittäisiä lastensuojeluasioita": a kind of matters, nobody's own
        if _forwarded_to(post.text, s_start, s_end, start, end, name_starts):
            continue  # "välitetty vammaispalveluihin": the unit a message goes to
        if _said_to_a_group_or_as_advice(post.text, start, s_start, s_end, name_starts, group_heads):
            continue  # "voit hakea toimeentulotukea", "Kotihoidon asiakkaille: ...": advice, a notice
        if _service_as_contact(analysis, start, end, s_start, s_end, name_starts):
            continue  # "Ring hemvården i Dalsbruk, 02 ...": an office to call, nobody's care
        if _ends_in(post.text[start:end], law_endings):
            laws.add((start, end))  # "vammaispalvelulain": kept only as a fact's ground
        place = getattr(category, "place", None)
        if place == "building" and (_named_facility(post.text, start, end) or not _APPLICATION.search(post.text, s_start, s_end)):
            continue  # where someone lives, not an application or decision about it
        if place == "service" and _named_facility(post.text, start, end, after=False):
            continue  # "Ekhaga särskilda boende": the facility's name
        if _group_of_people(post.text, start, end) and not _APPLICATION.search(post.text, s_start, s_end):
            # "för rörelsehindrade": the users of a service, not the person named; unless
            # the sentence is the person's application or decision ("Din ansökan om
            # parkeringstillstånd för rörelsehindrade är beviljad")
            continue
        p_start, p_end = paragraph_at(post, start)
        sentence, paragraph = post.text[s_start:s_end], post.text[p_start:p_end]
        in_sentence = bool(
            any(s_start <= hit.start < s_end for hit in names)
            or any(s_start <= x < s_end for x in identifiers)
            or PERSON_REFERENCE.search(sentence)
            or (reply and SECOND_PERSON.search(sentence) and not _ASKED_ABOUT.search(post.text, max(s_start, start - 40), start))
        )
        if getattr(category, "weak", False):
            # a general subject too ("mobbning", "ekonomiskt stöd"): only its own sentence,
            # or a reply whose paragraph is the reader's own matter, ties it
            tied = in_sentence or (reply and own_case(paragraph))
        else:
            tied = bool(
                in_sentence
                or any(p_start <= hit.start < p_end for hit in names)
                or any(p_start <= x < p_end for x in identifiers)
                or PERSON_REFERENCE.search(paragraph)
            )
        found.append(SensitiveTerm(start, end, str(category), tied))
    # A law's name alone is no one's fact; joined to the fact before it, it is its ground.
    return [t for t in _one_per_fact(post.text, found) if (t.start, t.end) not in laws]


#: What may stand between two terms of one fact: a space, or one linking word or a
#: preposition of cause ("sjukskriven för utmattningsdepression", "sjukskriven efter
#: utbrändheten", "sairastui rintasyöpään", "huostaanotettu ja sijoitettu"): a leave or
#: an aid and its cause said in one breath are one fact. Not a Finnish postposition
#: ("Selkäleikkauksesi jälkeen happirikastin"): it closes the phrase before it, and what
#: follows is a new fact.
_SAME_FACT_GAP = recache.compile(r"[ \t]+(?:(?:för|med|av|mot|och|ja|sekä|eller|tai|efter|pga\.?|vid|inför|inom)[ \t]+)?")
#: Two terms of one category listed with a comma ("specialkost (glutenfri, celiaki)"):
#: one fact named twice.
_LIST_GAP = recache.compile(r",[ \t]+")


def _one_per_fact(text: str, terms: list[SensitiveTerm]) -> list[SensitiveTerm]:
    """Terms that follow each other in one phrase joined into one: a fact said in two
    words is one finding, not two (and one masked span). Tied when either part is."""
    out: list[SensitiveTerm] = []
    for term in terms:
        last = out[-1] if out else None
        if last is not None and (_SAME_FACT_GAP.fullmatch(text, last.end, term.start)
                                 or (last.category == term.category and _LIST_GAP.fullmatch(text, last.end, term.start))):
            out[-1] = SensitiveTerm(last.start, term.end, last.category, last.tied or term.tied)
        else:
            out.append(term)
    return out
