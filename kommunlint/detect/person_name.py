"""Detector of persons' names, and why a name is public when it is.

A first name followed by a surname (``Anna Berg``, ``Matti Virtanen``,
``Anna-Karin Lindholm``, ``Lindgrens``/``Virtaselle`` inflected) is looked up in real
name lists (:mod:`.names`); a surname not listed counts when it ends like one (-sson,
-berg, -nen). In a reply about the addressee's own matter ("Hej Anna! Din ansökan ...",
"Hei Matti, hakemuksesi ..."), the greeted first name alone is a name too.

Every name found is reported with ``public``: ``None`` for a private person, else why
the name is not a private person's data (the rule reports only the private ones):

``signer``      the writer: the signature's name or the front matter's ``author:``,
                wherever in the post, also by first name or surname alone; a name
                the writer introduces as their own ("Jag heter X", "Olen X");
``official``    the profile's ``public_officials``;
``role``        a title or public role right before or after the name ("kommunstyrelsens
                ordförande Anna Berg", "Anna Berg, bibliotekarie", "keramikern X",
                "Enhetschef för hemtjänsten, Karin Lund, ..."), an appointment
                congratulated ("Grattis X till uppdraget som ordförande", "Onnittelut
                X:lle valinnasta lautakunnan puheenjohtajaksi");
``party``       an elected official's party marker after the name ("Erik Nyström (S)");
``contact``     a contact block: after "Lisätietoja", "Mer information", "Frågor:" on the
                line or the line before, a name followed by an employer and a phone
                number or e-mail, a name alone on a line with its title or contact on
                the next;
``credit``      a photo or text credit ("Kuva/Foto: X", "X / Vaasan kaupunki") or a
                programme credit ("Regi: X", "Rooleissa mm. X ja Y", "Musik: 14.30 X");
``programme``   a performer on a programme line that starts with a time ("kl. 19 X"),
                or after a verb of leading or performing ("Kören leddes av X",
                "Kuoroa johti X");
``work``        the author or artist of a work ('"Hemsöborna" av X', "målningar av X",
                "X:n romaani"), an author presenting one ("X läser ur sin nya roman",
                "X lukee otteita romaanistaan");
``notice``      a staff member in an appointment or retirement notice (a notice phrase
                and a title in the same sentence: "Efter 40 år som vaktmästare går X i
                pension", "kaupunginjohtajaksi valittiin X");
``introduced``  a name once introduced in a public role, repeated elsewhere in the post
                (in full, or by its surname or first name alone, in any case form).

A possessive and a word for a person right before a name ("min vän X", "naapurini X")
make it a private person's whatever follows ("... på förvaltningen"); a colleague is
staff, unless the same sentence says the person's own special-category fact by a
pronoun ("min kollega X på förvaltningen – hon är sjukskriven").

Besides first name + surname (``key`` ``name``, also "Maria" in "Maria och Erik
Johansson", and a listed first name followed by an unlisted surname with a Finnish case
ending: "Olga Petrenkon", "Irina Volkovaan"; first names in a list: "Leo, Signe och Nora"), single words are names by their context (issue 11): ``relative``, a first
name after a family relation or with an age or a school class ("din son Oscar",
"tyttärenne Aino", "Christian, 5", "Lempi (5 v.)", "Olivia i klass 4", "Aune-mummo"),
and every repetition of it; ``family``, a family by its surname ("familjen Nyström",
"Kovalenkon perheen", "hos Westerlunds") or a genitive surname before a person's own
matter ("Lindgrens ansökan"); ``addressed``, the first name greeted in a reply about the
addressee's own matter, listed or not. Vocabulary: ``detect/data/relations.yaml``.

Vocabulary: ``detect/data/titles.yaml`` and ``parties.yaml`` (via :mod:`.roles`),
``context_words.yaml`` (``further_info``), ``greetings.yaml`` (``opening``).
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from .. import recache
from . import indexed, vocabulary
from .context import LOOK, WEEKDAY_ABBREVIATION, line_at, paragraph_at, sentence_at, window_after, window_before
# own_case lives with the sensitive-data detector, which needs it too.
from .sensitive import own_case
from .roles import (
    CAMERA_LABEL,
    SELF_INTRODUCTION,
    credit_label_re, event_around_re, event_before_re, is_private_role, is_title_word, notice_re, organ_re, organisation_re,
    party_after, title_in, work_after_re, work_before_re,
)

if TYPE_CHECKING:
    from . import Analysis

# Lower-case letters of names written in Finland and Sweden, Slavic and other Latin
# letters included ("Petrović", "Nowak", "Kovačević"): a name with one of them is not cut short.
_LOWER = "a-zåäöüéèášćčžđńłóíúñçý"
_FIRST_NAME_WORD = rf"[A-ZÅÄÖÜÉ][{_LOWER}]+"
# Not the first part of a hyphenated compound ("Sininen-ryhmästä", "Aune-mummo").
_CAP_WORD = recache.compile(rf"(?<![\w@#/.-])[A-ZÅÄÖÜÉ][{_LOWER}]+(?:-[A-ZÅÄÖ][{_LOWER}]+)?(?![\w@]|-\w)")

#: Why a name is public (values of :attr:`NameHit.public`).
PUBLIC_REASONS = ("signer", "official", "role", "party", "contact", "credit", "programme", "work", "notice", "introduced", "place")


@lru_cache(maxsize=1)
def _greeting() -> re.Pattern[str]:
    openings = vocabulary.alternation(vocabulary.words("greetings", "opening"))
    return recache.compile(rf"^\s*(?i:{openings})\s+(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?![\w-])")


@lru_cache(maxsize=1)
def _further_info() -> re.Pattern[str]:
    """A further-information phrase anywhere before the name ("Närmare uppgifter ger",
    "Lisätietoja antaa"), or a contact label at the start of the clause ("Frågor:")."""
    phrases = vocabulary.alternation(vocabulary.words("context_words", "further_info"))
    labels = vocabulary.alternation(vocabulary.words("contact", "further_info_labels"))
    return recache.compile(
        rf"(?i)(?<!\w)(?:{phrases})(?!\w)|^[\W\d]*(?:{labels})(?:\s*/\s*(?:{labels}))*(?:\s*:|\s+(?:ger|lämnar|antaa|antavat|av)(?!\w))"
        rf"|^[\W\d]*(?:\w+\s+){{1,2}}(?:{labels})\s*:"
        # the label's topic after it: "Frågor om skolskjuts:", "Tiedustelut koulukuljetuksista:"
        rf"|^[\W\d]*(?:{labels})(?:[ \t]+[^\s:]{{1,30}}){{1,4}}[ \t]*:"
    )


_TIME_LEAD = recache.compile(
    # (after a list bullet or an emoji: "▪️ kl./klo 11 Haitarimusiikkia: X")
    r"^[^\w\n]{0,6}(?:(?:kl|klo)\.?(?:\s*/\s*(?:kl|klo)\.?)?\s*)?\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s+\S"
    # a programme line led by its date, maybe after its weekday: "7.2. Marja Hirvonen
    # (sopran)", "14.2 X trio", "ke/on 3.2. klo/kl. 18 – Bokprat: X"
    # (the two languages' weekdays may stand with spaces round the slash: "ke / ons 12.11.")
    rf"|^[^\w\n]{{0,6}}(?:{WEEKDAY_ABBREVIATION}\.?(?:[ \t]?/[ \t]?{WEEKDAY_ABBREVIATION}\.?)?[ \t]+)?\d{{1,2}}\.\d{{1,2}}\.?(?:\d{{4}})?[ \t]+\S"
    # or a Swedish day/month date with a slash: "3/7 X (visa)", "to 10/7 Y trio" (a day
    # 1-31 and a month 1-12, so "4/4" of a numbered thread is a date too, harmless: no
    # name follows such a number)
    rf"|^[^\w\n]{{0,6}}(?:{WEEKDAY_ABBREVIATION}\.?[ \t]+)?(?:[12]\d|3[01]|0?[1-9])/(?:1[0-2]|0?[1-9])(?![\d/])[ \t]+\S"
)
_TIME_BEFORE = recache.compile(r"(?:^|[,;:]\s*|\s)(?:(?:kl|klo)\.?\s*)?\d{1,2}[.:]\d{2}\s*$")
_CONTACT_AFTER = recache.compile(r"(?<![\w.+-])[\w.+-]+(?:@|\s?[(\[]at[)\]]\s?)[\w-]+\.\w|(?<!\w)\+?\d[\d \-]{5,}\d")
_SENTENCE_BREAK = recache.compile(r"[!?]|(?<!\bmm)(?<!\bbl\.a)(?<!\bm\.fl)(?<!\bt\.ex)(?<!\bns)\.\s+[A-ZÅÄÖ]")


@dataclass(frozen=True)
class NameHit:
    """A person's name: 0-based ``start``/``end`` in ``Post.text``, the message ``key``
    (``name`` for first name + surname, ``addressed`` for a first name greeted in a
    reply about the person's own case), and ``public``: ``None`` for a private person,
    else why the name is not a private person's data (one of :data:`PUBLIC_REASONS`).
    ``doubt`` (only with ``public`` ``None``): why the private name may be public all the
    same though the detector cannot know (``honour``: the recipient of a prize or an
    award announced in a post, whom some publishers name with consent and some readers
    would not); the rule reports such a name as a hint, unless something else makes it
    serious."""

    start: int
    end: int
    key: str
    public: str | None = None
    doubt: str | None = None


class _Spans:
    """Spans ``(start, end)`` asked whether any overlaps ``[start, end)`` while more are
    added: kept sorted by start and searched from ``start`` minus the longest span's
    length (names are short), so a question costs O(log n) plus the spans there instead
    of a scan of every span found so far (thousands of names in a long post)."""

    def __init__(self, spans: "Iterable[tuple[int, int]]" = ()) -> None:
        self.items = sorted(spans)
        self.longest = max((e - s for s, e in self.items), default=0)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self.items, (start, end))
        self.longest = max(self.longest, end - start)

    def overlaps(self, start: int, end: int) -> bool:
        """True when a span ``(s, e)`` has ``s < end`` and ``start < e``."""
        items = self.items
        i = bisect.bisect_left(items, (start - self.longest,))
        while i < len(items) and items[i][0] < end:
            if start < items[i][1]:
                return True
            i += 1
        return False


def _runs(text: str) -> Iterator[list[re.Match]]:
    """Runs of capitalised words separated by a single space (no punctuation or line break)."""
    run: list[re.Match] = []
    for match in _CAP_WORD.finditer(text):
        if run and text[run[-1].end() : match.start()] == " ":
            run.append(match)
            continue
        if len(run) >= 2:
            yield run
        run = [match]
    if len(run) >= 2:
        yield run


#: A Finnish case ending on a name: the genitive -n after a vowel, the illative (a vowel
#: doubled and -n), the local cases and the translative ("Kovalenkon", "Kovalenkoon",
#: "Nguyenille", "Abdille").
#: The Finnish partitive of a name ending in a vowel ("Aunea", "Eetua"), or in -t- ("Mattia" has -ia).
_FI_PARTITIVE = recache.compile(r"(?:[aeiouyäö][aä])$")
_FI_NAME_CASE = recache.compile(r"(?:[aeiouyäö]n|([aeiouyäö])\1n|[aeiouyäö]h[aeiouyäö]n|ll[eaä]|lt[aä]|ksi)$")


#: Lower-case text after a word (the word is inside a sentence, not a heading).
_LOWER_NEXT = recache.compile(r"[ \t]{1,3}[a-zåäö]")
#: A quoted title right after an author's name: ', "Havets minne"', ': "Meren muisti"'.
_QUOTED_TITLE_AFTER = recache.compile(r"[ \t]{0,3}[,:–—-][ \t]{0,3}[\"”»«“][ \t]?[A-ZÅÄÖ]")
#: What may lead the names of a greeted sign-off: "från oss på kontaktcenter:".
_SIGN_OFF_LEAD = recache.compile(r"[^:\n]{0,60}:[ \t]*")


def _inflected_surname(text: str, first: re.Match, second: re.Match) -> bool:
    """True when ``second``, an unlisted capitalised word right after the listed first name
    ``first`` and last in its run, carries a Finnish case ending, outside a sentence start
    ("soitetaan Svetlana Kovalenkoon", "välitetty Anja Kovalenkon sosiaalityöntekijälle"):
    Finnish inflects a surname of any origin, and a first name then an inflected word is
    a person (issue 11). Not a place ("Maria Hangon ..."), a street, a title or an
    organisation, and not when lower-case text does not follow (a heading)."""
    word = second.group()
    if len(word) < 5 or not _FI_NAME_CASE.search(word) or _sentence_initial(text, first.start()):
        return False
    if not _LOWER_NEXT.match(text, second.end(), second.end() + 3):
        return False
    return not _names_something_else(word)


def _names_something_else(word: str) -> bool:
    """True when ``word``, capitalised after a first name, is a place (any case form), a
    street, a title, an organisation or a private role rather than a surname."""
    from .names import base_forms

    if any(form.lower() in vocabulary.place_names() for form in base_forms(word)) or _is_street_name(word):
        return True
    return bool(title_in(word) or organisation_re().search(word) or is_private_role(word))


@lru_cache(maxsize=1)
def resident_cue_re() -> re.Pattern[str]:
    """Words that make a full name in their paragraph a resident's (``resident_cues.yaml``),
    a family relation or a school class (``relations.yaml``), as one case-insensitive
    pattern matched at word starts. Shared with the phone detector, for which the same
    words make a number in the paragraph a resident's."""
    words = [*vocabulary.words("resident_cues", "cues"), *vocabulary.words("relations", "relation"),
             *vocabulary.words("relations", "school_class")]
    return recache.compile(r"(?i)(?<![\w-])(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")(?![\w-])")


#: An age right after a name: "X, 87 år", "X 17 år", "X (81)", "X, 17,", "X, 5 v.".
_AGE_AFTER = recache.compile(
    r"(?:[ \t]?[,(][ \t]?\d{1,3}[,)]|[ \t]?[,(]?[ \t]?\d{1,3}[ \t]?(?:år|v\.|v\b|vuotta|vuotias\w*)(?!\w))")


def _resident_cue(analysis: "Analysis", start: int, end: int, seen: dict[tuple[int, int], bool]) -> bool:
    """True when the text around the name at ``[start, end)`` (0-based, end exclusive)
    gives a reason to take it for a private resident's: a private role or a
    special-category fact or a child in its sentence (:func:`_private_cue`,
    :func:`_minor_context`), an age right after it or after a capitalised word of its
    paragraph (the first name repeated), or, in its paragraph, one of the resident cues
    of ``resident_cues.yaml``, a family relation or a school class (``relations.yaml``).
    (Personal data in the paragraph, a phone number or an address, is the rule's to
    weigh: those detectors read the names.) ``seen`` keeps each sentence's and
    paragraph's answer, so that many names in one long paragraph cost one pass over it."""
    from .names import is_inflected_first_name

    text = analysis.post.text
    if _AGE_AFTER.match(text, end):
        return True
    sentence = sentence_at(analysis.post, start)
    if sentence not in seen:
        # a child or a pupil in the sentence ("koululaisten kilpailun", "för mellanstadiet")
        seen[sentence] = _private_cue(analysis, start) or _minor_in(text, *sentence)
    if seen[sentence]:
        return True
    lo, hi = paragraph = paragraph_at(analysis.post, start)
    if (paragraph, "p") not in seen:
        seen[(paragraph, "p")] = bool(
            # the person's age after the first name repeated in the paragraph ("Aino, 17, on ...")
            # (a first name's: "Jubileumsutställning 75 år" is an anniversary)
            any(_AGE_AFTER.match(text, m.end()) and is_inflected_first_name(m.group())
                for m in _CAP_WORD.finditer(text, lo, hi))
            or resident_cue_re().search(text, lo, hi)
        )
    return seen[(paragraph, "p")]


_WORD_AROUND = recache.compile(r"[\w-]*")


def minor_in(text: str, lo: int, hi: int) -> bool:
    """True when a child or a pupil is spoken of between ``lo`` and ``hi`` (0-based
    offsets into ``text``, end exclusive): a word for a child, a pupil, a school or a
    day-care group, an age under 18 ("förskoleklass", "päiväkodin", "9-åringar"), not a
    staff title that starts with one ("lastentarhanopettaja"). See :func:`_minor_in`."""
    return _minor_in(text, lo, hi)


def _minor_in(text: str, lo: int, hi: int) -> bool:
    """True when a child or a pupil is spoken of between ``lo`` and ``hi`` (0-based, end
    exclusive; :func:`_minor_context`), not where the child's word only starts a staff
    member's title ("lastentarhanopettaja", "barnträdgårdslärare", "skolkurator": the
    adult who works with children)."""
    for match in _minor_context().finditer(text, lo, hi):
        if not match.group()[:1].isalpha():
            return True  # an age or a youth class, no word
        word_start = match.start()
        while word_start > 0 and (text[word_start - 1].isalnum() or text[word_start - 1] == "-"):
            word_start -= 1
        word = text[word_start : _WORD_AROUND.match(text, match.start()).end()]
        # (nor a body the young are elected to: "ungdomsfullmäktige", "nuorisovaltuusto")
        if not (title_in(word) or organ_re().search(word)):
            return True
    return False


#: An adult relation word right before a name, one blank between: "mamma Lina", "Lennin
#: isä Juho", "min granne Roland" (``relations.yaml`` ``adult_relation``).
def adult_relation_before(text: str, start: int) -> bool:
    """True when the word right before ``start`` (0-based offset of a name in ``text``)
    names an adult relative or a neighbour ("Edvins mamma Lina", "isä Juho"): the adult
    beside a child, not the child."""
    before = re.search(r"([\w-]+)[ \t]$", text[max(0, start - 30) : start])
    return bool(before) and bool(_adult_relation().fullmatch(before.group(1).lower()))


#: A capitalised word after a sentence's first: a name, whose Finnish "-si" ("Rossi",
#: "Nissi") is no second-person possessive.
_CAPITALISED_INSIDE = recache.compile(r"(?<=[^\n])(?<![.!?:] )(?<![\w-])[A-ZÅÄÖ][\w-]*")


def _private_cue(analysis: "Analysis", offset: int) -> bool:
    """True when the sentence holding ``offset`` speaks of a private person: it addresses
    the reader's own (a second-person possessive: "er gäst", "naapurisi"), names a
    private role ("gäst", "asukas", "patient") or holds a special-category fact ("on nyt
    kristitty")."""
    from .context import sentence_at

    s_start, s_end = sentence_at(analysis.post, offset)
    sentence = analysis.post.text[s_start:s_end]
    # (names blanked: "Jere Kuisma & Ville Rossi: Skärgårdsfoto" speaks to no one)
    if own_case(_CAPITALISED_INSIDE.sub(" ", sentence)) or any(s_start <= m[0] < s_end for m in analysis.special_category_matches):
        return True
    # (a private role's word inside an office's name is the office: "turistbyrån")
    return any(is_private_role(word) and not organisation_re().search(word) for word in re.findall(r"[\w-]{3,}", sentence))


#: After an unlisted surname: a comma or the next word in lower case (running text, not
#: a heading or a title line).
_RUNNING_TEXT_NEXT = recache.compile(r"(?:,|[ \t]{1,3}[a-zåäö])")


def _unlisted_surname(text: str, first: re.Match, second: re.Match) -> bool:
    """True when ``second``, an unlisted capitalised word right after the listed first
    name ``first`` and last in its run, is a surname no list has ("om er gäst, Marko
    Tenetz, som", "Tapasin Karim Nazarin,"): in running text (a comma or a lower-case
    word follows), outside a sentence start, and neither something else
    (:func:`_names_something_else`) nor a title word (issue 11: "a name not in the name
    lists")."""
    word = second.group()
    if len(word) < 3 or _sentence_initial(text, first.start()) or not _RUNNING_TEXT_NEXT.match(text, second.end()):
        return False
    return not (_names_something_else(word) or is_title_word(word))


def _full_names(text: str, private_cue: "Callable[[int], bool] | None" = None) -> Iterator[tuple[int, int]]:
    """Spans of first name(s) and a surname, 0-based, end exclusive. A surname no list
    has (:func:`_unlisted_surname`) counts only where an age follows it or
    ``private_cue(offset)`` says the sentence speaks of a private person: a title of a book or a character ("Ronja
    Rövardotter", "Kalle Anka") is shaped like a name too."""
    from .names import is_first_name, is_surname

    for run in _runs(text):
        i = 0
        while i < len(run) - 1:
            if not is_first_name(run[i].group()):
                i += 1
                continue
            # First name(s), then a surname; take the longest such span (up to 3 words).
            end = None
            for j in range(i + 1, min(i + 3, len(run))):
                if is_surname(run[j].group()):
                    end = j
                elif not is_first_name(run[j].group()):
                    break
            if end is None and i + 2 == len(run) and (
                _inflected_surname(text, run[i], run[i + 1])
                or (private_cue is not None and _unlisted_surname(text, run[i], run[i + 1])
                    # (an age right after it says person too: "Gösta Widing, 88, från Y")
                    and (_AGE_AFTER.match(text, run[i + 1].end()) or private_cue(run[i].start())))
            ):
                end = i + 1
            if end is None:
                i += 1
                continue
            yield run[i].start(), run[end].end()
            i = end + 1


# -- why a name is public ----------------------------------------------------------------
def _clause_before(before: str) -> str:
    """The part of ``before`` (text on the line before a name) after the last sentence break."""
    cut = 0
    for match in _SENTENCE_BREAK.finditer(before):
        cut = match.end() - 1 if before[match.end() - 1 : match.end()].isupper() else match.end()
    return before[cut:]


#: Words that may stand between a role and the name it introduces ("artist är X",
#: "luennoitsijana toimii X", "konsert med X").
_LINKING = frozenset({"är", "var", "blir", "blev", "on", "oli", "ovat", "olivat", "toimii", "toimi", "esiintyy",
                      "uppträder", "medverkar", "med", "kanssa", "som", "fungerar",
                      # naming the one in the role: "Assistenten heter X", "Ohjaaja on nimeltään X"
                      "heter", "hette", "kallas", "nimeltään"})


#: A short parenthesised qualifier after a title ("majuri (res.)", "överste (pens.)",
#: "professor (emer.)"): it stands between the title and the name.
_TITLE_QUALIFIER = recache.compile(r"\([ \t]?[^\W\d]{2,6}\.?[ \t]?\)[ \t]*$")


def _role_before(clause: str) -> bool:
    clause = _TITLE_QUALIFIER.sub(" ", clause)
    words = re.findall(r"[\w:-]+", clause)
    if not words:
        return False
    # An abbreviated title keeps its dot: "joht. / dir. X", "ordf. X".
    if title_in(clause.split()[-1]):
        return True
    last = words[-1]
    if is_private_role(last):
        return False
    if _my_title(words):
        return False
    if is_title_word(last) or title_in(last):
        return True
    if last.lower() in _LINKING and len(words) >= 2 and not is_private_role(words[-2]) and (
        is_title_word(words[-2]) or title_in(words[-2])
    ):
        return True
    # A title opening the clause, then the linking verb right before the name: "Kommunchef
    # t.f. fram till dess är X", "Jaktledare för kommunmarken är X".
    if last.lower() in _LINKING and len(words) >= 2 and not is_private_role(words[0]) and (
        is_title_word(words[0]) or title_in(words[0])
    ):
        return True
    # An appositive title phrase at the start of the clause: "Enhetschef för hemtjänsten i X stad, Karin Lund".
    apposition = re.fullmatch(r"\s*(?P<phrase>[^,;:!?]{2,90}),\s*", clause)
    if apposition and title_in(apposition.group("phrase").split()[0]):
        return True
    # A title with its unit right before the name: "ledare för familjedagvården X",
    # "rektor vid Kyrkbackens skola X", "ordförande i kulturnämnden X".
    unit = _TITLE_OF_UNIT.search(clause[-90:])
    return bool(unit) and is_title_word(unit.group("title")) and not is_private_role(unit.group("title"))


#: The last item of a comma list before a name: one to three capitalised words and a comma
#: ("Sara Kannasto, " in "artisterna Sara Kannasto, Ben Holmström").
_LIST_ITEM_END = recache.compile(r"(?<![\w-])[A-ZÅÄÖ][\w-]{0,40}(?:[ \t][A-ZÅÄÖ][\w-]{0,40}){0,2},[ \t]?$")
#: Items of a list looked back over to its head.
_LIST_ITEMS = 8


def _role_before_list(clause: str) -> bool:
    """True when a role heads the comma list the name continues: "artisterna Sara
    Kannasto, X", "esiintyjille: A, B, X" (the earlier items need not be names the lists
    know). At most :data:`_LIST_ITEMS` items are passed over."""
    cut = clause
    for _ in range(_LIST_ITEMS):
        item = _LIST_ITEM_END.search(cut[-130:])
        if not item:
            break
        cut = cut[: len(cut) - (len(cut[-130:]) - item.start())]
    return cut != clause and _role_before(cut)


#: Titles of the writer's work relations, public with "my" too ("min efterträdare X",
#: "esihenkilöni X"); stems.
_WORK_RELATIONS = ("efterträdar", "företrädar", "chef", "seuraaja", "edeltäj", "esihenkil", "esimie", "kolleg")
_MY_BEFORE = frozenset({"min", "mitt", "mina"})
_MY_ADJECTIVES = frozenset({"gamla", "gamle", "förra", "förre", "tidigare", "käre", "kära", "vanha", "vanhaa", "entinen", "entistä"})


def _my_title(words: list[str]) -> bool:
    """True when the clause ends in a title the writer calls their own, "min gamla lärare",
    "opettajaani", "lääkärini" (the Finnish first-person possessive suffix): a person in
    the writer's private life, not someone acting in a public role. Work relations
    (:data:`_WORK_RELATIONS`: "min efterträdare", "esihenkilöni") stay public."""
    last = words[-1].lower()
    if any(last.startswith(stem) or stem in last for stem in _WORK_RELATIONS):
        return False
    if last.endswith("ni") and len(last) > 5 and is_title_word(last[:-2]):
        return True
    before = [w.lower() for w in words[-3:-1]]
    if before and before[-1] in _MY_ADJECTIVES:
        before = before[:-1]
    return bool(before) and before[-1] in _MY_BEFORE and is_title_word(last)


#: A title, "för"/"i"/"vid"/"på"/"inom" and at most three words of its unit, at the end of
#: the clause before a name.
_TITLE_OF_UNIT = recache.compile(
    r"(?<![\w-])(?P<title>[\w-]{3,40})[ \t]+(?:för|i|vid|på|inom)[ \t]+(?:[\w-]{1,40}[ \t]+){0,2}[\w-]{2,40}[ \t]*$"
)


#: An employer after the name: "Anna Berg på Nordic Wood Ab", "Anna Berg från Hangö stad",
#: "Matti Virtanen Kokkolan kaupungilta", "Liisa Laine Yritys Oy:stä".
_EMPLOYER_AFTER = recache.compile(
    r"^\s+(?:(?:på|vid|från|hos|i|at|för)\s+)?(?:[A-ZÅÄÖ][\w&-]*\s+){0,3}"
    r"(?:(?i:(?:ab|oy|oyj|ry|rf|hb|kb)(?::\w+)?|[A-ZÅÄÖ]?\w*(?:kommun|stad|kaupungi|kaupunki|kunta|kunna|regionen|förvaltning|förbund))\w*"
    # a sports club's abbreviation, as written: "i Norsjö SK", "Vimmerby IF:s", "Kokkolan KPV" is a name
    r"|(?:SK|IK|IF|IFK|BK|FF|GIF|IBK|HK|FK|SF|IS)(?::\w{1,3})?)(?!\w)"
)


@lru_cache(maxsize=1)
def _instruments() -> frozenset[str]:
    return frozenset(vocabulary.words("titles", "instruments"))


#: The name is said to be in a role: "X är vår nya miljöinspektör", "X on kaupungin uusi
#: rehtori", "X toimii kirjaston johtajana".
_IS_ROLE_AFTER = recache.compile(
    r"^\s+(?:är|blir|var|blev|on|oli|toimii|aloittaa|började|börjar)\s+(?P<role>(?:[\w-]+[ \t]+){0,3}[\w-]+)"
)


_EMPLOYER_WORD = recache.compile(r"(?i)(?<!\w)(?:vår|vårt|våra|ny|nya|kommunens|stadens|regionens|kaupungin|kunnan|uusi|uutena|meidän)(?!\w)")


#: Words of an appositive after a name within which its title or body stands.
_APPOSITIVE_WORDS = 4
#: A comma, a parenthesis or a dash after the name, then the words that may be a role.
_ROLE_FOLLOWS = recache.compile(r"[ \t]{0,3}(?:[,(]|[ \t][–—-])[ \t]{0,3}(?P<role>[^,.;()\n]{1,70})")


#: A staff unit after the name, maybe after a second name: "(Niklas och) Annika i
#: driftgruppen", "X tekniikkatiimistä".
_UNIT_AFTER = recache.compile(
    rf"^(?:[ \t]+(?:och|ja)[ \t]+{_FIRST_NAME_WORD})?[ \t]+(?:(?:i|på|vid)[ \t]+\w{{0,30}}?"
    # work units only: a child's group ("förskolegruppen", "lapsiryhmässä") is no workplace
    r"(?:(?:drift|arbets|lednings|projekt|personal|styr)gruppen|enheten|teamet|förvaltningen)\b"
    r"|\w{0,30}?(?:(?:työ|johto|projekti|ohjaus)ryhmä(?:stä|ssä)|tiimistä|tiimissä|yksiköstä|yksikössä)\b)"
)


def _role_after(after: str) -> bool:
    if _EMPLOYER_AFTER.match(after) or _UNIT_AFTER.match(after):
        return True
    said = _IS_ROLE_AFTER.match(after)
    if said and any(is_title_word(w) for w in said.group("role").split()) and (
        said.group().split()[0].lower() == "toimii" or _EMPLOYER_WORD.search(said.group("role"))
        # or a post held: "X började som kanslist 1983", "blev som första kvinna rektor"
        or (said.group("role").split()[0].lower() == "som" and is_title_word(said.group("role").split()[1]))
    ):
        # Only with the employer's own word ("vår nya", "kaupungin uusi"): "X är sjuksköterska"
        # may describe a resident.
        return True
    following = _ROLE_FOLLOWS.match(after)
    if not following:
        return False
    role = following.group("role")
    first = role.split()[0] if role.split() else ""
    if is_private_role(first):
        return False
    if first.lower().strip("/") in _instruments() or first.lower().split("/")[0] in _instruments():
        return True  # a performer: "Lena Hallberg, violin", "X, sello"
    # An appositive role: the title or body within its first words ("X, enhetschef på Y",
    # "X, kommunens nya lokalförvaltare"), not a clause that mentions one later ("X,
    # redan är dömd för misshandel, har vi anmält till polisen").
    head = " ".join(role.split()[:_APPOSITIVE_WORDS])
    return bool(title_in(head) or organ_re().search(head))


@lru_cache(maxsize=1)
def _contact_verb_before() -> re.Pattern[str]:
    """A verb of contacting or reaching (``context_words.yaml`` ``contact_verbs``) right
    before the name: "Kontakta ", "nås ", "Ota yhteyttä "."""
    verbs = vocabulary.alternation(vocabulary.words("context_words", "contact_verbs"), escape=False)
    return recache.compile(rf"(?i)(?<![\w-])(?:{verbs})[ \t]+$")


#: Nothing but a greeting word or punctuation before a contact verb at the clause's start:
#: the verb is an imperative to the reader ("Ring gärna", "Hei! Soita", "Du kan kontakta").
_IMPERATIVE_LEAD = recache.compile(r"(?i)^[\W\d]*(?:(?:du|ni)[ \t]+(?:kan|får)[ \t]+|voit[ \t]+|voitte[ \t]+)?$")
#: The contact verbs that are imperatives to call or write, or tell the reader whom they
#: reach ("Du når X på ...", "X tavoittaa ..."; not a label such as "Ilmoittautumiset",
#: "Anmälan till", which may name any organiser).
_CALL_VERB = recache.compile(r"(?i)(?:ring|kontakta|ta[ \t]+kontakt|hör[ \t]+av|vänd|mejla|maila|soita|ota|ottakaa"
                             # "you reach X at ...": the notice telling the reader whom to call
                             r"|du[ \t]+(?:kan[ \t]+)?når?|når[ \t]+du|kan[ \t]+du[ \t]+nå|nås|tavoita)")
#: The clause after a name up to a phone number or an e-mail: at most this many characters
#: ("X på 0492-...", "X, tfn ...", "X:lle numeroon 040 ...").
_CONTACT_WITHIN = 30


def _contact(text: str, start: int, end: int, line_start: int, line_end: int, official: bool = False) -> bool:
    """True when the name at ``start``..``end`` is given as a contact (a further-information
    label or phrase, a contact block, a contact verb with a number or an e-mail after the
    name). ``official``: the post is on the municipality's own account, where an
    imperative contact verb ("Ring gärna X, 040 ...", "Soita X:lle, 040 ...") sends the
    reader to someone the municipality names for the purpose."""
    before = window_before(text, line_start, start)
    after = window_after(text, end, line_end)
    if _further_info().search(before) or _further_info().search(_clause_before(before)):
        return True
    if _in_contact_column(text, start, line_start, line_end):
        return True
    # A role earlier in the clause, a contact verb, the name, then its number or e-mail:
    # "Vill du prata med handläggaren direkt nås X på 0492-...", "Frågor om bygglovet?
    # Byggnadsinspektören: ring X på ...": the staff member a notice gives. Without a role
    # the contact may be anyone ("Ägaren kan kontakta X på 044 ... som hittade cykeln",
    # "Mejla X på x@hotmail.com, hon håller i listorna"): no reason then.
    clause = _clause_before(before)
    verb = _contact_verb_before().search(clause)
    if verb and (title_in(clause[: verb.start()]) or (
            official and _IMPERATIVE_LEAD.match(clause[: verb.start()]) and _CALL_VERB.match(verb.group()))):
        reach = _CONTACT_AFTER.search(after[: _CONTACT_WITHIN + 20])
        if reach and reach.start() <= _CONTACT_WITHIN and not re.search(r"[!?;]|\.\s+[A-ZÅÄÖ]", after[: reach.start()]):
            return True
    prev_end = line_start - 1
    # The label line ("Frågor / Kysymykset:") may head a block of contact lines: look up
    # past at most three lines that are contacts themselves (a phone or an e-mail).
    skipped_blank = False
    for _ in range(4):
        if prev_end <= 0:
            break
        prev_start, _ = line_at(text, prev_end)
        if not skipped_blank and not text[prev_start:prev_end].strip() and prev_start > 0:
            # one blank line between the label and the contact lines
            skipped_blank = True
            prev_end = prev_start - 1
            prev_start, _ = line_at(text, prev_end)
        # The line before ends with a colon: only then is the whole line searched.
        if text[max(prev_start, prev_end - LOOK):prev_end].rstrip().endswith(":"):
            previous = text[prev_start:prev_end].strip()
            # (an association named in the label: "Börja med att kontakta din byaförening:")
            if previous.endswith(":") and (_further_info().search(previous) or _service_label().search(previous)
                                           or _association().search(previous[-LOOK:])):
                return True
        elif prev_end - prev_start <= _LABEL_LINE_CHARS:
            # or is a service's name alone, a heading of contact lines ("Kundtjänst /
            # Asiakaspalvelu" over "X, 040 ..."): a short line of at most four words
            previous = text[prev_start:prev_end].strip()
            if previous and len(previous.split()) <= 4 and _service_label().fullmatch(previous.replace(" / ", "/").split("/")[0].strip()):
                return True
        if not _CONTACT_AFTER.search(text, max(prev_start, prev_end - LOOK), prev_end):
            break
        prev_end = prev_start - 1
    at_line_start = not before.strip() or before.rstrip().endswith(":")
    if at_line_start and _CONTACT_AFTER.search(after) and (
        organisation_re().search(after) or title_in(after) or organ_re().search(after)
    ):
        return True
    # An organisation as the line's label, then a name and a number or an address:
    # "Rosala byaförening: X, 040 ...", "Partiotoimisto: X, p. ...". The name is the
    # organisation's contact person, as a service label's staff are.
    # (the label may end with a dash, as a list of associations writes it: "Kusfors
    # bygdegårdsförening – X, 070-...")
    label = re.search(r"([\w-]+)[ \t]*(?::|[ \t][–—-])$", before.rstrip())
    if label and _CONTACT_AFTER.search(after) and (
            organisation_re().fullmatch(label.group(1)) or _service_label().fullmatch(label.group(1))
            or _association().fullmatch(label.group(1))):
        # (the organisation word heads the label's last word: "byaförening", not the
        # "keskus" in the place "Keskusta")
        return True
    if not before.strip() and not after.strip(" .,") and line_end - end <= LOOK:  # a name alone on its line
        next_start = line_end + 1
        next_end = text.find("\n", next_start)
        following = text[next_start : len(text) if next_end < 0 else next_end].strip()
        if following and (_CONTACT_AFTER.search(following) or (title_in(following) and len(following.split()) <= 10)):
            return True
    return False


#: Columns of a table typed with spaces or tabs: a tab or two or more spaces between cells.
_COLUMN_GAP = recache.compile(r"\t+| {2,}")
#: Table rows looked up above a row for its header, and the longest line taken for a row.
_TABLE_ROWS_UP = 12
_TABLE_LINE_CHARS = 300


def _cells(line: str) -> list[tuple[int, int]]:
    """The cells of a table row typed with spaces or tabs: 0-based ``(start, end)`` in
    ``line``, end exclusive; one cell for a line that is no table row."""
    cells, at = [], 0
    for gap in _COLUMN_GAP.finditer(line):
        if gap.start() > at:
            cells.append((at, gap.start()))
        at = gap.end()
    if at < len(line.rstrip()):
        cells.append((at, len(line.rstrip())))
    return cells


@lru_cache(maxsize=1)
def _contact_header() -> re.Pattern[str]:
    labels = vocabulary.alternation(vocabulary.words("contact", "further_info_labels"))
    return recache.compile(rf"(?i)(?<!\w)(?:{labels})(?!\w)")


def _in_contact_column(text: str, start: int, line_start: int, line_end: int) -> bool:
    """True when the name at ``start`` stands in a table column headed by a contact label
    ("Yhteyshenkilö / Kontaktperson", "Kontakt"): the header is the nearest row above, in
    the same run of rows, with as many cells, whose cell at the name's column names the
    contact. A grants or services table lists each line's staff contact that way."""
    if line_end - line_start > _TABLE_LINE_CHARS:
        return False
    cells = _cells(text[line_start:line_end])
    column = next((i for i, (a, b) in enumerate(cells) if a <= start - line_start < b), None)
    if len(cells) < 2 or column is None:
        return False
    prev_end = line_start - 1
    for _ in range(_TABLE_ROWS_UP):
        if prev_end <= 0:
            return False
        prev_start, _ = line_at(text, prev_end)
        row = text[prev_start:prev_end]
        above = _cells(row) if prev_end - prev_start <= _TABLE_LINE_CHARS else []
        if len(above) < 2:
            return False  # the run of rows ends: no header
        if len(above) == len(cells) and _contact_header().search(row, *above[column]):
            return True
        prev_end = prev_start - 1
    return False


@lru_cache(maxsize=1)
def _association() -> re.Pattern[str]:
    """An association or a club (``context_words.yaml`` ``associations``)."""
    stems = vocabulary.alternation(vocabulary.words("context_words", "associations"))
    return recache.compile(r"(?i)(?<!\w)\w{0,30}?(?:" + stems + r")\w*")


#: Characters a service's name alone on a line may have (a heading of contact lines).
_LABEL_LINE_CHARS = 60


@lru_cache(maxsize=1)
def _service_label() -> re.Pattern[str]:
    """A service named on a label line that heads contact lines (``context_words.yaml``
    ``service_labels``): the names under it are its staff."""
    stems = vocabulary.alternation(vocabulary.words("context_words", "service_labels"))
    return recache.compile(r"(?i)(?<!\w)\w*(?:" + stems + r")\w*")


#: An instrument or a voice as a label before a performer: "Piano: X", "Viulu / Violin: X".
_INSTRUMENT_LABEL = recache.compile(r"(?i)(?<![\w-])(?P<instrument>[^\W\d_]{3,20})(?:[ \t]*/[ \t]*[^\W\d_]{3,20})?[ \t]*:[ \t]*$")

#: A camera emoji right before the name, as a photo credit's label.
_CAMERA_BEFORE = recache.compile(CAMERA_LABEL + "$")


def _credit(text: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    before = window_before(text, line_start, start)
    labels = list(credit_label_re().finditer(before))
    if labels and not re.search(r"[!?]", before[labels[-1].end():]):
        return True
    if _CAMERA_BEFORE.search(before):  # "📷 Ann Blom, Vimmerby kommun": a photo credit
        return True
    after = window_after(text, end, line_end)
    return bool(re.match(r"\s*/\s*(?:[\w-]+\s+){0,3}", after) and re.match(r"\s*/\s*", after)
                and organisation_re().search(after[:60]))


def _work(text: str, start: int, end: int, line_start: int, line_end: int) -> bool:
    clause = _clause_before(window_before(text, line_start, start))
    if work_before_re().search(clause):
        return True
    after = window_after(text, end, line_end)
    if work_after_re().match(after):
        return True
    # A quoted title right after the name: 'Författarbesök: X, "Havets minne"', 'X: "Meren muisti"'.
    if _QUOTED_TITLE_AFTER.match(after):
        return True
    # A genitive name before a capitalised or quoted title names a work or a place called
    # after the person: "Astrid Lindgrens Värld", 'Tove Janssonin "Kesäkirjan"'.
    surname = text[start:end].split()[-1]
    # ("-nen" is a Finnish nominative, "Koskinen", whose genitive is "-sen")
    genitive = surname.endswith("s") or (surname.endswith("n") and not surname.endswith("nen"))
    # (Not a brand's card or document the person owns: "X:n Kela-kortti", "X:s FPA-kort":
    # a capitalised first part joined by a hyphen to a common noun.)
    return genitive and bool(re.match(r" (?:[\"”»«]\s?)?[A-ZÅÄÖ]", after)) and not _BRAND_OBJECT_AFTER.match(after)


#: A capitalised word joined by a hyphen to a lower-case noun right after a name: an
#: object of that brand or agency ("Kela-kortti", "FPA-kortet", "Visa-kort"), not a title.
_BRAND_OBJECT_AFTER = recache.compile(r" [A-ZÅÄÖ][\wÅÄÖ]*-[a-zåäö]")


#: A unit of the employer after "på"/"vid"/"i" ("på gatuenheten", "vid tekniska förvaltningen",
#: "kaupungin tekniikkayksikössä"): the workplace a notice names.
_WORKPLACE_AFTER_NAME = recache.compile(
    r"(?i)(?<!\w)(?:på|vid|i)[ \t]+(?:\w{1,30}[ \t]+)?\w{0,30}?(?:enheten|förvaltningen|avdelningen|kontoret|kansliet|verket)\b"
    r"|(?<!\w)\w{0,30}?(?:yksikössä|yksiköstä|osastolla|toimialalla|toimistossa|kansliassa|virastossa|laitoksella)\b"
)


def _notice(analysis: "Analysis", start: int) -> bool:
    """The name's sentence, or that and the sentence before it in the same paragraph,
    is an appointment or retirement notice: a notice phrase and a title ("Vi har
    anställt en ny fritidsledare! X börjar 1.9", "Uusi rehtori on valittu. X aloittaa ...")."""
    from .context import paragraph_at, sentence_at

    post = analysis.post
    s_start, s_end = sentence_at(post, start)
    # At most LOOK characters either side of the name: a long sentence (a line of many
    # names without a full stop) is not rescanned for each of them.
    sentence = post.text[max(s_start, start - LOOK) : min(s_end, start + LOOK)]
    if notice_re().search(sentence) and (title_in(sentence) or organ_re().search(sentence)
                                         # or the workplace: "38 år på gatuenheten"
                                         or _WORKPLACE_AFTER_NAME.search(sentence)):
        return True
    p_start, p_end = paragraph_at(post, start)
    if notice_re().search(sentence) and s_end < p_end:
        # The title in the next sentence of the paragraph: "Efter 38 år går X i pension.
        # Hon började som kokerska ... och har varit kostchef", "X jää eläkkeelle. Hän on
        # toiminut rehtorina ...".
        n_start, n_end = sentence_at(post, min(p_end - 1, s_end + 1))
        if n_start >= s_end and title_in(post.text[n_start : min(n_end, n_start + 2 * LOOK)]):
            return True
    if notice_re().search(sentence) and title_in(post.text[max(0, s_start - 2 * LOOK) : s_start]):
        # The notice phrase with the name, the title earlier in the post (its paragraph
        # or the lines before): "... min sista arbetsdag som rektor ... Skolan är i goda
        # händer hos X som tar över 1.1."
        return True
    if s_start <= p_start:
        return False
    prev_start, _ = sentence_at(post, max(p_start, s_start - 2))
    previous = post.text[max(p_start, prev_start, s_start - LOOK):s_start]
    # The sentence before announces a post without naming anyone ("Vi har anställt en
    # ny fritidsledare!"); one that names its own person ("Rektor X hälsar välkommen.")
    # says nothing of the next name.
    if any(True for _ in _full_names(previous)):
        return False
    both = post.text[max(p_start, prev_start, start - 2 * LOOK) : min(s_end, start + LOOK)]
    return bool(notice_re().search(both) and title_in(both))


def _official_address_after(analysis: "Analysis", end: int, after: str) -> bool:
    """The name is followed, in its clause, by an e-mail address at one of the municipality's
    domains ("Mikaela Lindroos, mikaela.lindroos@hanko.fi"): a staff member's contact.
    The addresses are the post's own (:attr:`Analysis.emails`, found once)."""
    clause_end = end + len(re.split(r"[.!?;]\s", after[:120], maxsplit=1)[0])
    return any(address.at(analysis.profile.domains) or address.own_name for address in analysis.emails_in(end, clause_end))


#: A possessive and a word for a person right before a name ("min vän", "hans granne",
#: "naapurini", "ystäväni"): a private relation of the writer or another person, which
#: says the name is a private person's even when an employer follows ("min vän X på
#: förvaltningen"). A colleague is not one (see ``_WORK_RELATION``).
_PRIVATE_RELATION_BEFORE = recache.compile(
    r"(?i)(?:(?<!\w)(?:min|mina|din|dina|hans|hennes|vår|våra|er|era)[ \t]+(?P<sv>[\w-]{3,})"
    r"|(?<![\w-])(?P<fi>[\w-]{3,}(?:ni|si|nsa|nsä|mme|nne)))[ \t]+$"
)


def _private_relation_before(before: str) -> bool:
    match = _PRIVATE_RELATION_BEFORE.search(before[-60:])
    if not match:
        return False
    word = match.group("sv") or match.group("fi")
    if word.lower() in ("egen", "eget", "egna"):
        return False  # "vår egen X": no relation word; _OUR_OWN_BEFORE decides
    # "vår nya rektor", "kaupunginjohtajamme": a title after the possessive is a public role;
    # "min kollega X på tekniska avdelningen", "työkaverini X": a colleague is staff, whose
    # employer after the name still says so.
    return not (title_in(word) or is_title_word(word) or organisation_re().search(word) or organ_re().search(word)
                or _WORK_RELATION.match(word))


_WORK_RELATION = recache.compile(
    r"(?i)(?:kollega|arbetskamrat|medarbetare|jobbarkompis|chef|työkaveri|työtoveri|esihenkilö|esimie)\w*$"
    # "our" work unit: "lastenosastomme X", "tiimimme X", "yksikkömme X" (a unit's member)
    r"|^\w*(?:osasto|yksikkö|yksikö|toimisto|tiimi|henkilökun)\w*$"
)


#: The writer introducing themselves right before the name: "Jag heter", "Mitt namn är",
#: "Nimeni on", "Olen": the writer's own name, like the signer's.
_SELF_INTRODUCTION = recache.compile(rf"(?i)(?<!\w)(?:{SELF_INTRODUCTION})\s+$")

@lru_cache(maxsize=1)
def _relative_after() -> re.Pattern[str]:
    """A relation word of ``relations.yaml`` right after the name: "Olen Aino Laakson
    äiti", "Jag är Annas pappa": the writer introduces themselves by a private person,
    the name is not theirs."""
    return recache.compile(rf"(?i)^[ \t]*(?:{_rel('relation')})(?!\w)")


#: A relative clause saying the person runs a business: "X som driver företaget", "X,
#: joka omistaa yrityksen": a company's representative, quoted in its own right.
_RUNS_BUSINESS_AFTER = recache.compile(
    r"(?i)^,?[ \t]+(?:som|joka)[ \t]+(?:driver|äger|grundade|startade|har[ \t]+startat|leder|omistaa|pyörittää|johtaa|perusti"
    r"|on[ \t]+perustanut)(?!\w)[^.!?\n]{0,40}?(?<!\w)(?:företag\w*|firma\w*|butik\w*|gård\w*|café\w*|kafé\w*|restaurang\w*"
    r"|bolag\w*|yritykse\w*|yritys\w*|kaupa\w*|kauppa\w*|tila\w*|kahvila\w*|ravintola\w*|liike\w*|liikke\w*)"
)
#: Verbs of presenting a work, right after the name ("X läser ur sin nya roman", "X
#: berättar om sin bok", "X lukee otteita uudesta romaanistaan", "X esittelee kirjaansa").
_PRESENTING = ("läser", "berättar", "presenterar", "signerar", "pratar", "samtalar", "lukee", "kertoo", "esittelee",
               "signeeraa", "keskustelee",
               # performers: "X och Y spelar folkmusik", "X laulaa joululauluja"
               "spelar", "sjunger", "soittaa", "soittavat", "laulaa", "laulavat", "esittää", "esittävät")


@lru_cache(maxsize=1)
def _presents_work_re() -> re.Pattern[str]:
    """A verb of :data:`_PRESENTING` and then a work (titles.yaml ``works``) within a few
    words: the name before it is an author at a public event."""
    works = vocabulary.alternation(vocabulary.words("titles", "works"))
    verbs = "|".join(_PRESENTING)
    return recache.compile(rf"(?i)^[ \t]+(?:{verbs})(?:[ \t]+[\w-]+){{0,4}}?[ \t]+\w*(?:{works})\w*")


#: A verb of leading or performing, in the Swedish passive with "av" or in the Finnish
#: verb-before-subject order, right before the name: "Kören leddes av X", "Musiken framförs
#: av X", "Kuoroa johtaa X", "Illan juontaa X", "musiikista vastaa X", or the cast
#: ("pääosissa nähdään X", "i huvudrollerna ses X"): a performer or host.
_PERFORMED_BY = recache.compile(
    r"(?i)(?:(?<!\w)(?:leds|leddes|dirigeras|dirigerades|framförs|framfördes|regisseras|regisserades|ackompanjeras"
    r"|ackompanjerades|sjungs|sjöngs|spelas|spelades|tolkas|tolkades|presenteras|presenterades|hålls|hölls)\s+av"
    r"|^\s*[\w-]+(?:\s+[\w-]+){0,2}\s+(?:johtaa|johti|johtavat|säestää|säesti|juontaa|juonsi|esittää|esitti|laulaa|lauloi|soittaa|soitti"
    r"|vastaa|vastasi)"
    # the cast: "pääosissa nähdään X", "i huvudrollerna ses X"
    r"|(?<!\w)(?:pääosissa|pääosassa|rooleissa|huvudrollerna|huvudrollen|rollerna)(?:\s+(?:nähdään|kuullaan|esiintyvät|ses|syns|står))?)\s+$"
)

#: An appointment congratulated or announced after the name: "Grattis X till uppdraget som
#: ordförande", "Onnittelut X:lle valinnasta lautakunnan puheenjohtajaksi".
_APPOINTED_AFTER = recache.compile(
    r"(?i)^(?::\w+)?[ \t]+(?:till[ \t]+(?:det[ \t]+|den[ \t]+)?(?:nya[ \t]+)?(?:uppdraget|tjänsten|jobbet|valet|posten|utnämningen)[ \t]+som"
    r"|(?:valinnasta|nimityksestä|valinnan|nimityksen)[ \t]+)(?P<role>[^.!?\n]{1,80})"
)


#: The clause puts the names on a stage or a bill: "Lavalla mm. X ja Y", "På scenen: X",
#: "Medverkar: X", "esiintyvät X ja Y".
_ON_STAGE = recache.compile(
    r"(?i)(?<!\w)(?:lavalla|lavalle|estradilla|på\s+scen(?:en)?|på\s+estraden|esiintyvät|esiintyjinä|medverkar|medverkande|uppträder)(?!\w)"
)


@lru_cache(maxsize=1)
def _colleagues_before() -> re.Pattern[str]:
    """A colleague or team word, then only names and list separators up to the name:
    "kiitos tiimille – Sari, " before "Antti"; "Tack till arbetslaget: " before "Anna"."""
    stems = "|".join(re.escape(w) for w in vocabulary.words("titles", "colleagues"))
    names = rf"(?:{_FIRST}(?:[ \t]+{_FIRST})?[ \t]*(?:,[ \t]*|[ \t]+(?:och|ja|sekä|&)[ \t]+))"
    # (in a compound too: "sommarkollegor", "kesätiimille")
    # A focus word may come between: "tiimiämme – erityisesti X", "personalen, särskilt X".
    focus = r"(?i:(?:erityisesti|etenkin|varsinkin|ennen[ \t]+kaikkea|särskilt|speciellt|framför[ \t]+allt|inte[ \t]+minst|främst)[ \t]+)"
    return recache.compile(rf"(?i:(?<!\w)\w{{0,15}}?(?:{stems})\w*)[ \t]*[:–—,-]?[ \t]*{focus}?{names}{{0,12}}$")


#: "Our own" right before a name, as a workplace speaks of a colleague: "vår egen X",
#: "vår alldeles egen X", "meidän oma X", "oma X".
_OUR_OWN_BEFORE = recache.compile(r"(?i)(?<!\w)(?:vår|vårt|våra)[ \t]+(?:alldeles[ \t]+)?(?:egen|eget|egna)[ \t]+$|(?<!\w)(?:meidän[ \t]+)?oma[ \t]+$")
#: Working at the place: "har jobbat hos oss", "arbetar här", "on työskennellyt meillä".
_WORKS_HERE = recache.compile(
    r"(?i)(?<!\w)(?:jobba\w*|arbeta\w*|työskennel\w*|työskentele\w*|tehnyt[ \t]+töitä|töissä)(?:[ \t]+\w+){0,4}?[ \t]+(?:hos[ \t]+oss|här|meillä|täällä)(?!\w)"
)


def _our_staff(analysis: "Analysis", start: int) -> bool:
    """True when the name's sentence says the person works at the writer's place ("har
    jobbat hos oss i ett år", "on työskennellyt meillä"): "vår egen X" is a colleague, not
    a private person."""
    from .context import sentence_at

    s_start, s_end = sentence_at(analysis.post, start)
    return bool(_WORKS_HERE.search(analysis.post.text, start, min(s_end, start + 2 * LOOK)))


#: A facility or an area named right before a capitalised word: "servicehuset Linnea",
#: "bostadsområdet Lilla Roukalahti", "palvelutalo Koivula": the word is the place's
#: name, not a person's (definite Swedish compounds; Finnish nominatives).
_FACILITY_BEFORE = recache.compile(
    r"(?i)(?<![\w-])\w*(?:huset|boendet|hemmet|området|gården|parken|kvarteret|förskol\w*|skolan|daghem\w*|centret"
    r"|talo|koti|kerho|alue|puisto|kortteli|korttelissa|päiväko\w*)[ \t]*\(?[ \t]*$"
)


#: A part played after the name: "X i huvudrollen", "X i rollen som Y", "X pääroolissa".
_IN_A_ROLE_AFTER = recache.compile(r"(?<![ \t])[ \t]{1,3}(?:i[ \t]{1,3}(?:huvud)?rollen\b|(?:pää|nimi)?roolissa\b|\w{1,30}n[ \t]{1,3}roolissa\b)")


#: Thanks for what the person gave at an event: "X för ett fint tal", "X för sången",
#: "X:lle hienosta puheesta" (a speaker or performer, not a private person).
_THANKED_FOR_A_PERFORMANCE = recache.compile(
    r"[ \t]{1,3}(?:för[ \t]{1,3}(?:(?:ett|en|sitt|sin|det|den)[ \t]{1,3})?(?:\w{2,20}[ \t]{1,3})?"
    r"(?:tal|talet|sång|sången|föredrag\w*|uppträdande\w*|musik\w*|konsert\w*|dans\w*|framträdande\w*)"
    r"|(?:\w{2,20}[ \t]{1,3})?(?:puheesta|esityksestä|laulusta|musiikista|konsertista|tanssiesityksestä|esiintymisestä))\b"
)


#: A programme line "Item – performer": a label (maybe two, "Lausuntaa / Deklamation"),
#: a dash, and what or who follows, to the end of the line.
# (after a bullet or an emoji: "📍 Gamla mejeriet, Kimito – grafik, X")
_PROGRAMME_LINE = recache.compile(r"(?m)^[^\w\n]{0,4}[ \t]*[^\W\d][^\n–—]{1,60}?[ \t][–—-][ \t]+(?P<who>[^\n]{2,80})$")


@lru_cache(maxsize=1)
def _ensemble_after() -> re.Pattern[str]:
    """An ensemble named after its leader (``titles.yaml`` ``ensembles``): "Sakari
    Honkonen Trio", "Anna Berg & band" (the name is the band's, on a bill)."""
    ensembles = vocabulary.alternation(vocabulary.words("titles", "ensembles"))
    return recache.compile(r"(?i)^(?::\w{1,3})?[ \t]+(?:(?:&|och|ja|with|feat\.?)[ \t]+)?(?:" + ensembles + r")(?!\w)")


#: A guest at a venue or event right before the name: "gästar X", "besöks av X",
#: "vieraana X", "vierailee X" (an author's or artist's visit, announced).
_GUEST_BEFORE = recache.compile(
    r"(?i)(?<!\w)(?:gästar|gästas[ \t]+av|besöks[ \t]+av|vieraana|vierailijana|vierailee|gästspelar)[ \t]+$"
    # a guest label of a programme line: "Författarbesök: X", "Kirjailijavieras / Författarbesök: X"
    r"|(?<!\w)(?!hem)\w{0,20}(?:besök|gäst|vieras|vierailu)(?:[ \t]*/[ \t]*\w{0,20}(?:besök|gäst|vieras|vierailu))?[ \t]*:[ \t]*$"
)
#: On a visit, right after the name: "X på (författar)besök i biblioteket", "X vierailulla
#: kirjastossa"; public when the paragraph names an event or a work (an author's visit:
#: "Hon läste ur nya romanen").
_ON_A_VISIT_AFTER = recache.compile(
    r"(?i)^[ \t]{1,3}(?:på[ \t]{1,3}\w{0,20}besök\b|\w{0,20}vierailulla\b|vierailemassa\b"
    # the visit named after a Finnish genitive: "ennen X:n vierailua", "Virtasen vierailu kirjastossa"
    r"|\w{0,20}vierailu(?:a|n|ssa|lle|lta|un)?\b)"
)


@lru_cache(maxsize=1)
def _work_word() -> re.Pattern[str]:
    """A work of ``titles.yaml`` ``works`` as a word's head ("romanen", "runokokoelmastaan")."""
    return recache.compile(r"(?i)(?<!\w)\w{0,20}?(?:" + vocabulary.alternation(vocabulary.words("titles", "works")) + r")(?!sto)\w{0,6}(?!\w)")


#: A verb of coming right before the name ("Torsdag kl. 18.30 kommer X till biblioteket",
#: "Lauantaina saapuu X"): a visitor, when the paragraph names an event (:func:`_event_in_paragraph`).
_VISIT_BEFORE = recache.compile(r"(?i)(?<!\w)(?:kommer|besöker|tulee|saapuu)[ \t]+$")


@lru_cache(maxsize=1)
def _event_word() -> re.Pattern[str]:
    """An event word of ``titles.yaml`` ``events`` anywhere in a word ("Författarbesök",
    "kirjailijavierailu", "konserten")."""
    return recache.compile(r"(?i)(?<!\w)\w{0,20}?(?:" + vocabulary.alternation(vocabulary.words("titles", "events")) + ")")


def _event_or_work_in_paragraph(analysis: "Analysis", start: int) -> bool:
    """True when the name's paragraph names an event or a work ("konserten", "romanen",
    "runokokoelma"): a visitor who performs or presents it."""
    from .context import paragraph_at

    p_start, p_end = paragraph_at(analysis.post, start)
    return _event_in_paragraph(analysis, start) or bool(_work_word().search(analysis.post.text, p_start, p_end))


def _event_in_paragraph(analysis: "Analysis", start: int) -> bool:
    """True when the name's paragraph names an event ("Författarbesök!", "Konsertti")."""
    from .context import paragraph_at

    p_start, p_end = paragraph_at(analysis.post, start)
    return bool(_event_word().search(analysis.post.text, p_start, p_end))


_COMPANIES: "weakref.WeakKeyDictionary[Analysis, frozenset[str]]" = weakref.WeakKeyDictionary()
#: "från"/"på"/"vid" and a place's name with a capitalised word: an organisation named by
#: its place ("Stefan Öberg från Norsjö Trähus", "X vid Vimmerby Energi").
_FROM_PLACE_ORG = recache.compile(r"^[ \t]+(?:från|på|vid|hos)[ \t]+(?P<place>[A-ZÅÄÖ][\w-]+)[ \t]+[A-ZÅÄÖ][\w&-]{2,}")
#: "på"/"vid"/"från"/"hos" and up to four capitalised words right after a name.
_AT_CAPITALISED = recache.compile(r"^[ \t]+(?:på|vid|från|hos)[ \t]+(?P<org>[A-ZÅÄÖ][\w&-]*(?:[ \t]+[A-ZÅÄÖ][\w&-]*){0,3})")


def _at_named_company(analysis: "Analysis", after: str) -> bool:
    """True when "på"/"vid"/"från"/"hos" and a company's name follow the name, the company
    given with its form elsewhere in the post ("installatören Falk Energi AB ... tack till
    X på Falk Energi"): its representative, as in a press release."""
    found = _AT_CAPITALISED.match(after)
    if not found:
        return False
    if analysis not in _COMPANIES:
        from .street_address import _company_patterns

        company, _ = _company_patterns()
        names = set()
        for match in company.finditer(analysis.post.text):
            words = match.group().split()[:-1]  # without the form ("Ab", "Oy")
            for i in range(len(words)):  # "installatören Falk Energi": every tail of the words
                names.add(" ".join(words[i:]))
        _COMPANIES[analysis] = frozenset(names)
    org = found.group("org").split()
    return any(" ".join(org[:n]) in _COMPANIES[analysis] for n in range(1, len(org) + 1))


#: An organisation's name and a comma right before the name: "2. Fiber – Kimito
#: Telefonaktiebolag, X", "Norsjö Sportfiskeklubb, Y": the speaker for it on an agenda
#: or in a list. Capitalised words, the last one an organisation word (:func:`organisation_re`).
_ORG_COMMA_BEFORE = recache.compile(r"(?<![\w-])(?P<org>[A-ZÅÄÖ][\w&-]*(?:[ \t]+[\w&-]+){0,3})[ \t]*,[ \t]*$")
#: A firm's name by its kind of business after its owner's name ("Hedlunds Snickeri",
#: "Poutasen Leipomo", "Berg Bygg"), titles.yaml ``business_kinds``; the owner in group 1.
_COMPANY_OWNERS: "weakref.WeakKeyDictionary[Analysis, frozenset[str]]" = weakref.WeakKeyDictionary()


@lru_cache(maxsize=1)
def _business_name() -> re.Pattern[str]:
    # The kind capitalised, as in a firm's name: lower case, "rör" and "el" are ordinary
    # words after a surname ("Anna Berg rör sig").
    kinds = vocabulary.alternation([w[:1].upper() + w[1:] for w in vocabulary.words("titles", "business_kinds")], escape=False)
    return recache.compile(rf"(?<![\w-])(?P<owner>[A-ZÅÄÖ][{_LOWER}]+)[ \t]+(?:{kinds})\w{{0,5}}(?!\w)")


def _org_comma_before(before: str) -> bool:
    """True when an organisation's name and a comma end ``before`` (:data:`_ORG_COMMA_BEFORE`)."""
    found = _ORG_COMMA_BEFORE.search(before[-80:])
    if not found:
        return False
    last = found.group("org").split()[-1]
    return bool(organisation_re().fullmatch(last)) and len(found.group("org").split()) >= 2


def _company_owner(analysis: "Analysis", start: int, end: int) -> bool:
    """True when the name's surname is the name of a firm in the same post ("Hedlunds
    Snickeri ... Anna och Peter Hedlund", "Rakennusliike Poutanen Oy ... Jari Poutanen"):
    the firm's owners, as a business news item or a release presents them. Not in a reply,
    where a resident's own firm may be their private matter."""
    if analysis.post.kind == "reply":
        return False
    text = analysis.post.text
    if analysis not in _COMPANY_OWNERS:
        from .names import base_forms
        from .street_address import _company_patterns

        company, _ = _company_patterns()
        words: set[str] = set()
        for match in company.finditer(text):
            words.update(w for w in match.group().split()[:-1] if w[:1].isupper())
        words.update(m.group("owner") for m in _business_name().finditer(text))
        _COMPANY_OWNERS[analysis] = frozenset(f.lower() for w in words for f in (w, *base_forms(w)))
    owners = _COMPANY_OWNERS[analysis]
    surname = text[start:end].split()[-1]
    return len(text[start:end].split()) >= 2 and bool(owners) and surname.lower() in owners


#: A copula right before the name, the title right after it without a comma: "Fram
#: till dess är X tillförordnad kommundirektör", "Juontajana on X", "Nyt on X vt. rehtori".
_COPULA_BEFORE = recache.compile(r"(?i)(?<!\w)(?:är|var|blir|blev|on|oli|toimii)[ \t]+$")
_WORDS_AFTER = recache.compile(r"^[ \t]{1,3}((?:[\w.-]{1,40}[ \t]{1,3}){0,2}[\w-]{1,40})")


_PROGRAMME_LINES: "weakref.WeakKeyDictionary[Analysis, dict[int, tuple]]" = weakref.WeakKeyDictionary()


def _programme_list(analysis: "Analysis", start: int, line_start: int) -> bool:
    """True when the name ends a line of a programme list: the name's paragraph holds at
    least three "Item – who" lines (:data:`_PROGRAMME_LINE`: "Juhlapuhe / Festtal –
    kansanedustaja X", "Musiikkia – Y-kuoro", "Lausuntaa – Z"), the name's line is one
    of them, and another one's "who" has a title or a body: a running order of an event,
    whose performers act in public."""
    text = analysis.post.text
    p_start, p_end = paragraph_at(analysis.post, start)
    # One scan per paragraph, not one per name in it (a long list of names stays linear):
    # the lines' starts, the lines, whether each one's "who" is titled, and how many are.
    scanned = _PROGRAMME_LINES.setdefault(analysis, {})
    if p_start not in scanned:
        lines = list(_PROGRAMME_LINE.finditer(text, p_start, p_end))
        titled = [bool(title_in(m.group("who")) or organ_re().search(m.group("who"))) for m in lines]
        scanned[p_start] = ([m.start() for m in lines], lines, titled, sum(titled))
    starts, lines, titled, count = scanned[p_start]
    i = bisect.bisect_right(starts, start) - 1
    if len(lines) < 3 or i < 0 or not (start < lines[i].end() and lines[i].start("who") <= start):
        return False
    if count - titled[i] > 0:
        return True
    # Or the post's heading names the event the lines list ("ÖPPNA ATELJÉER", "Konsertti-ilta"):
    # each line is a stop or a number of it, its "who" the artist or performer.
    # (the post's first line with text: a front matter is blanked out, offsets kept)
    first = len(text) - len(text.lstrip())
    heading_end = text.find("\n", first)
    heading = text[first : heading_end if heading_end >= 0 else len(text)]
    return p_start > first and bool(_event_word().search(heading))


def _why_public(analysis: "Analysis", start: int, end: int) -> str | None:
    text = analysis.post.text
    line_start, line_end = line_at(text, start)
    before, after = window_before(text, line_start, start), window_after(text, end, line_end)
    if _private_relation_before(before):
        return None
    # A family relation right after the name ("Hän soittaa X:n tyttärelle", "X:s dotter
    # ringde"): the name says whose relative a private person is, whatever verb leads it
    # ("soittaa" calls as well as plays). (A self-introduction is the writer's own
    # relation, decided below.)
    if _relative_after().match(after) and not _SELF_INTRODUCTION.search(before[-40:]):
        return None
    # A name in a list that a group of children or pupils leads ("oppilaille X ja Y
    # (2. ja 5. lk)"): the pupils', also on a line led by a date.
    if child_listed(text, line_start, start):
        return None
    if _FACILITY_BEFORE.search(before[-40:]):
        return "place"
    if _SELF_INTRODUCTION.search(before[-40:]) and not _relative_after().match(after):
        return "signer"
    if party_after(after):
        return "party"
    if _role_before(_clause_before(before)) or _role_after(after):
        return "role"
    if _role_before_list(_clause_before(before)):
        return "role"
    if _colleagues_before().search(before[-200:]):
        return "role"
    if _OUR_OWN_BEFORE.search(before[-30:]) and _our_staff(analysis, start):
        return "role"
    appointed = _APPOINTED_AFTER.match(after)
    if appointed and (title_in(appointed.group("role")) or organ_re().search(appointed.group("role"))):
        return "role"
    if _presents_work_re().match(after):
        return "work"
    if _IN_A_ROLE_AFTER.match(after) or _THANKED_FOR_A_PERFORMANCE.match(after):
        return "programme"
    if _RUNS_BUSINESS_AFTER.match(after):
        return "role"
    if _PERFORMED_BY.search(_clause_before(before)[-120:]) or _ON_STAGE.search(_clause_before(before)[-120:]):
        return "programme"
    if _credit(text, start, end, line_start, line_end):
        return "credit"
    if _TIME_LEAD.match(text[line_start:line_end]) or _TIME_BEFORE.search(before):
        return "programme"
    instrument = _INSTRUMENT_LABEL.search(before[-50:])
    if instrument and instrument.group("instrument").lower() in _instruments():
        return "programme"
    if _programme_list(analysis, start, line_start):
        return "programme"
    if _ensemble_after().match(after):
        return "programme"
    if _GUEST_BEFORE.search(before[-60:]):
        return "programme"
    if _VISIT_BEFORE.search(before[-30:]) and _event_in_paragraph(analysis, start):
        return "programme"
    if _ON_A_VISIT_AFTER.match(after) and _event_or_work_in_paragraph(analysis, start):
        return "programme"
    if _at_named_company(analysis, after) or _company_owner(analysis, start, end):
        return "role"
    if analysis.post.kind != "reply" and _org_comma_before(_clause_before(before)):
        return "role"
    place_org = _FROM_PLACE_ORG.match(after)
    if place_org and place_org.group("place").lower() in vocabulary.place_names():
        return "role"
    if _COPULA_BEFORE.search(before[-40:]):
        titled = _WORDS_AFTER.match(after)
        if titled and any(is_title_word(w) for w in titled.group(1).split()):
            return "role"
    if _work(text, start, end, line_start, line_end):
        return "work"
    clause = _clause_before(before)
    if _event_with(text, start):
        return "programme"
    if event_before_re().search(clause) or (
        event_around_re().search(clause) and re.match(r"\s+(?:kanssa|med)\b", after)
    ):
        return "programme"
    if _contact(text, start, end, line_start, line_end, analysis.post.account == "official") or _official_address_after(analysis, end, after):
        return "contact"
    if _notice(analysis, start):
        return "notice"
    if _result(analysis, start):
        return "result"
    hired_as = _HIRED_AS_AFTER.match(after)
    if hired_as and _HIRED_BEFORE.search(before[-40:]) and is_title_word(hired_as.group("title") or hired_as.group("fi")):
        # a decision to hire or appoint: "anställa X som byggnadsinspektör", "palkata X
        # rakennustarkastajaksi"
        return "role"
    if _MOTION_AUTHORS_AFTER.match(after) and _MOTION_WORD.search(text, line_start, line_end):
        # the movers of a motion on an agenda: "Motion om ... (Tapani Seppälä m.fl.)"
        return "role"
    if _leads_an_ensemble(analysis, start):
        return "programme"
    return None


#: A verb of hiring or appointing right before the name (a council's decision).
_HIRED_BEFORE = recache.compile(
    r"(?i)(?<!\w)(?:anställa|anställer|anställde|anställt|anställs|utse|utser|utsåg|utsett|välja|väljer|valde|valt"
    r"|palkata|palkkaa|palkkasi|palkattiin|nimetä|nimeää|nimesi|valita|valitsee|valitsi|valittiin)[ \t]+$"
)
#: The post the name is hired for, right after it: "som byggnadsinspektör", the Finnish
#: translative "rakennustarkastajaksi".
_HIRED_AS_AFTER = recache.compile(r"^[ \t]+(?:som[ \t]+(?P<title>[\w-]+)|(?P<fi>[\w-]+ksi)\b)")
#: After a name: "m.fl." or "ym." (and others), maybe closing a parenthesis.
_MOTION_AUTHORS_AFTER = recache.compile(r"^[ \t]+(?:m\.[ \t]?fl\.?|mfl\.?|ym\.?|m\.fl)(?!\w)")
_MOTION_WORD = recache.compile(r"(?i)(?<!\w)(?:motion\w*|\w*aloite\w*|interpellation\w*|medborgarförslag\w*|kuntalaisaloite\w*|fullmäktigefråga\w*)")
#: Leading an orchestra, choir or band: "Orkestern leds av X", "Kuoroa johtaa X".
_ENSEMBLE_LED = recache.compile(
    r"(?i)(?<!\w)(?:leds|leddes|leder|ledde|dirigeras|dirigent\w*|johtaa|johti|johtanut|johtajana|johtajanaan|kapellimestari\w*)(?!\w)"
)


def _leads_an_ensemble(analysis: "Analysis", start: int) -> bool:
    """True when the name's sentence says who leads an ensemble (``titles.yaml``
    ``ensembles``, a choir): "Orkestern leds sedan 2012 av X", "Orkesteria on johtanut X"."""
    from .context import sentence_at

    s_start, s_end = sentence_at(analysis.post, start)
    sentence = analysis.post.text[s_start:s_end]
    return bool(_ENSEMBLE_LED.search(sentence) and (_ensemble_word().search(sentence)))


@lru_cache(maxsize=1)
def _ensemble_word() -> re.Pattern[str]:
    # and choirs, which the ensembles list leaves out: after a name "kör" is a verb ("X kör bussen")
    words = vocabulary.alternation(vocabulary.words("titles", "ensembles") + ("kör", "kören", "kuoro"))
    return recache.compile(r"(?i)(?<!\w)\w{0,20}?(?:" + words + ")")


@lru_cache(maxsize=1)
def _result_words() -> re.Pattern[str]:
    """A competition's result (``titles.yaml`` ``results``)."""
    return recache.compile(r"(?i)(?<![\w-])(?:" + vocabulary.alternation(vocabulary.words("titles", "results"), escape=False) + ")")


def _result(analysis: "Analysis", start: int) -> bool:
    """True when the name's sentence reports a competition's result in the municipality's
    own post ("Guld i D21 (X) och H21 (Y)", "X voitti kultaa"): an adult competitor
    announced with the result, as a club or the municipality publishes it. Not a child's
    or a pupil's (:func:`_minor_context`), and not in a reply or on a personal account,
    where the same words may be a resident's own matter."""
    from .context import paragraph_at, sentence_at

    post = analysis.post
    if post.account != "official" or post.kind != "post":
        return False
    s_start, s_end = sentence_at(post, start)
    if not _result_words().search(post.text, s_start, s_end) and not _ranked_line(post, start):
        return False
    # Not a child's or a pupil's result, said anywhere in the paragraph ("Skolans
    # schackturnering ... Silver gick till X"): a minor's name stays a finding.
    p_start, p_end = paragraph_at(post, start)
    return not _minor_context().search(post.text, p_start, p_end)


#: A ranked line of a results list: "1. X, Norsjö – 3,84 kg", "2) Y 58 p.", "🥇 Z".
_RANK_LEAD = recache.compile(r"(?<![ \t])[ \t]{0,8}(?:(?:[1-9]|[1-4]\d)[.)]|🥇|🥈|🥉)[ \t]{1,4}[A-ZÅÄÖ]")


def _ranked_line(post, start: int) -> bool:
    """True when the name stands on a ranked line (:data:`_RANK_LEAD`) of a paragraph
    whose first line, or the line right before the list, names a result ("Resultat från
    pimpeln", "Tulokset:", titles.yaml ``results``): a results list, whose ranked lines
    are no sentences of their own."""
    text = post.text
    line_start, _ = line_at(text, start)
    if not _RANK_LEAD.match(text, line_start):
        return False
    p_start, _ = paragraph_at(post, start)
    # The lines above the name's, up to the paragraph's start: a heading and ranked lines.
    at = line_start
    while at > p_start:
        prev_start, prev_end = line_at(text, at - 1)
        if not _RANK_LEAD.match(text, prev_start):
            return bool(_results_heading().search(text, prev_start, prev_end))
        at = prev_start
    # A list opening its paragraph: the line before the blank line heads it.
    if p_start > 1:
        prev_start, prev_end = line_at(text, max(0, p_start - 2))
        return bool(_results_heading().search(text, prev_start, prev_end))
    return False


@lru_cache(maxsize=1)
def _results_heading() -> re.Pattern[str]:
    """A results list's heading: a result word or a heading word (``titles.yaml``
    ``results`` and ``results_heading``)."""
    words = vocabulary.words("titles", "results") + vocabulary.words("titles", "results_heading")
    return recache.compile(r"(?i)(?<![\w-])(?:" + vocabulary.alternation(words, escape=False) + ")")


@lru_cache(maxsize=1)
def _honour_words() -> re.Pattern[str]:
    """A prize, a grant or an award (``titles.yaml`` ``honours``, stems inside a compound:
    "kulturpriset", "idrottsstipendiet", "kulttuuripalkinto"), or an "årets X är" /
    "vuoden X on" title of the year ("Årets företagare blev", "Vuoden yrittäjä 2025 on")."""
    stems = vocabulary.alternation(vocabulary.words("titles", "honours"), escape=False)
    return recache.compile(
        rf"(?i)(?<!\w)\w{{0,20}}?(?:{stems})\w*"
        r"|(?i:(?<!\w)(?:årets|vuoden)[ \t]+[\w-]{3,30}(?:[ \t]+\d{4})?[ \t]+(?:är|blev|blir|on|oli|valittiin|valitaan))(?!\w)"
    )


def _honour(analysis: "Analysis", start: int) -> bool:
    """True when the name's sentence announces a prize, a grant or an award (or a title of
    the year, :func:`_honour_words`) in a post, not a reply (where the same words may be a
    resident's own matter), and no child or pupil is spoken of (a child's name stays a
    finding): no minor's word (:func:`_minor_context`) in the paragraph before the name
    or right after it ("X i åk 9", "X, 16 år"), no age under 18 or school class anywhere
    in the paragraph. A youth word further on in the name's clause says what the adult
    recipient works with ("X, som har tränat ungdomar i trettio år", "pedagog på
    kulturskolan")."""
    from .context import sentence_at

    post = analysis.post
    if post.kind == "reply":
        return False
    text = post.text
    s_start, s_end = sentence_at(post, start)
    if not _honour_words().search(text, max(s_start, start - LOOK), min(s_end, start + LOOK)):
        return False
    # A contest won ("X som vann kommunens miljöpris", "voitti"): a resident who took part,
    # a private person (titles.yaml ``results``); a home address with the name says the same.
    if _WON.search(text, max(s_start, start - LOOK), min(s_end, start + LOOK)) or any(
        s_start <= a.start < s_end and not (a.public or a.in_signature) for a in analysis.street_addresses
    ):
        return False
    p_start, p_end = paragraph_at(post, start)
    lo, hi = max(p_start, start - 2 * LOOK), min(p_end, start + _NAME_AND_AFTER)
    # (A youth word inside the honour's own name says whom the grant is for, not that
    # this recipient is a child: "Ungdomsstipendiet gick till X", "nuorisopalkinto".)
    honours = [m.span() for m in _honour_words().finditer(text, lo, hi)]
    if any(not any(a <= m.start() < b for a, b in honours) for m in _minor_context().finditer(text, lo, hi)):
        return False
    return not (SCHOOL_CLASS.search(text, p_start, p_end)
                or any(int(m.group("age")) < 18 for m in CHILD_AGE.finditer(text, p_start, p_end)))


#: A verb of winning a contest (not of being awarded): "vann", "har vunnit", "voitti".
_WON = recache.compile(r"(?i)(?<!\w)(?:vann|vinner|vunnit|vinnare\w*|voitti|voittivat|voittanut|voittaneet|voittaja\w*|voittoon)(?!\w)")


#: Characters after a name within which a school class or year is the name's (or its
#: coordinated pair's): "X ja Y (2. vuosikurssi)".
_CLASS_AFTER = 50
#: What may stand between a name and its own class: the coordinated name, then "(", ",",
#: "i", "från" ("X ja Y (2. vuosikurssi)", "X i åk 9", "X, 8B"); not a verb ("X besöker åk 2").
_CLASS_ATTACHED = recache.compile(
    r"^(?:[ \t]+(?:och|ja|&|sekä)[ \t]+[A-ZÅÄÖ][\w-]{0,40}(?:[ \t][A-ZÅÄÖ][\w-]{0,40})?)?[ \t]?(?:\(|,|[ \t]?i[ \t]|[ \t]?från[ \t])?[ \t]?"
)


#: Characters from a name's start within which a minor's word after it is the name's own
#: ("Signe Fröberg i åk 9", "Alva Holmberg, 16 år"): a full name and a short apposition.
_NAME_AND_AFTER = 45


@lru_cache(maxsize=1)
def _minor_context() -> re.Pattern[str]:
    """A child or a pupil in the sentence (``relations.yaml`` ``minor_context``), an age
    after a name's comma or in parentheses ("X, 15,", "X, 87 år från Y", "(82 v.)": the
    labelled sets keep an honoured resident given with their age a finding, whatever the
    age), or a youth class ("P14", "F12", "D16", "H 12"; the adults'
    classes are 21 and over)."""
    words = vocabulary.alternation(vocabulary.words("relations", "minor_context"), escape=False)
    return recache.compile(
        rf"(?i)(?<![\w-])(?:{words})|[,(][ \t]*\d{{1,2}}(?:[ \t]*(?:år|v\.?|vuotta|vuotias)(?!\w)|[ \t]*[,)])"
        r"|(?<![\w-])[DHPFTN][ \t]?(?:[1-9]|1\d|20)(?![\d-])"
    )


# -- first names, families and inflected surnames by context (issue 11) ------------------
_FIRST = rf"[A-ZÅÄÖÜÉ][{_LOWER}]+(?:-[A-ZÅÄÖ][{_LOWER}]+)?"


def _rel(key: str) -> str:
    return "|".join(sorted(vocabulary.words("relations", key), key=len, reverse=True))


@lru_cache(maxsize=1)
def _adult_relation() -> re.Pattern[str]:
    """A relation word that names an adult (``adult_relation`` of relations.yaml)."""
    return recache.compile(rf"(?i:{_rel('adult_relation')})")


@lru_cache(maxsize=1)
def _context_patterns() -> dict[str, re.Pattern[str]]:
    units = _rel("age_unit")
    return {
        # "din son Oscar", "tyttärenne Tua", "mamman Sandra", "poikasi Onnin"
        # (a long case-insensitive alternation at its start: searched only where one of
        # its words begins, issue 15; the same matches, tests/test_indexed.py)
        # (one blank between them: a run of blanks separates a table's cells, "Barn/Lapsi
        # Pensionär/Eläkeläinen" is a header of price columns, not a child named Pensionär)
        "relation": indexed.compile(rf"(?i:(?<!\w)(?:{_rel('relation')}))[ \t](?P<name>{_FIRST})(?![\w-])"),
        # "Aune-mummoa", "Kalle-pappa"
        "relation_suffix": recache.compile(rf"(?<![\w-])(?P<name>{_FIRST})-(?i:(?:{_rel('relation_suffix')}))\w*"),
        # "Elias, 6 år", "Christian, 5", "Lempiä (5 v.)", "Olivia är 10 år", "Kurt, 84,"
        "age": recache.compile(
            rf"(?<![\w-])(?P<name>{_FIRST})(?:,\s*\d{{1,3}}\s*(?i:{units})|,\s*\d{{1,3}}(?=\s*[,.;:!?)]|\s*$)"
            rf"|\s*\(\s*\d{{1,3}}\s*(?i:{units})?\.?\s*\)"
            rf"|\s+(?:är|blir|fyller|on|täyttää|täytti)\s+\d{{1,3}}\s*(?i:{units}))"
        ),
        # "7-vuotiaalle Miralle", "10-åriga Ella", "5-årige Elias"
        "age_before": recache.compile(
            rf"(?<![\d.,])(?P<age>\d{{1,2}})[ \t]?-?[ \t]?(?:vuotia\w*|åriga|årige|årig)[ \t]+(?P<name>{_FIRST})(?![\w-])"
        ),
        # "Oliver 6 år", "Veikka 8 v.", "Lumi 1 v 3 kk": a child's age with no comma, as a
        # name tag or a caption writes it (an age under 18 only; the adults' is a comma's)
        "age_bare": recache.compile(
            rf"(?<![\w-])(?P<name>{_FIRST})[ \t]+(?P<age>1[0-7]|[1-9])[ \t]?(?:år|v\.?|vuotta|vuotias\w*)(?![\w-])"
        ),
        # "Alvas 5-årsdag", "Eetun 6-vuotissynttärit", "Ainon 4-vuotispäivä": a child's
        # birthday by the genitive of the first name
        "age_day": recache.compile(
            rf"(?<![\w-])(?P<name>{_FIRST})[ \t]+(?P<age>1[0-7]|[1-9])[ \t]?-[ \t]?"
            r"(?i:årsdag\w*|års[ \t]?kalas\w*|vuotis\w*|v-synttär\w*|v\.?[ \t]?synttär\w*)"
        ),
        # "Olivia i klass 4", "Eetu 3B-luokalta"
        # and a class code alone: "Ronja 3B", "Eetu 5A" (upper case, as classes are written)
        "school": recache.compile(rf"(?<![\w-])(?P<name>{_FIRST})\s+(?:(?i:{_rel('school_class')})|[1-9][A-E](?![\w-]))"),
        # "Alicias mamma", "Lennin isä": the child whose parent is named
        "child_of": recache.compile(
            rf"(?<![\w-])(?P<name>{_FIRST})[ \t]+(?i:mamma|mamman|pappa|pappan|mor|far|föräldrar|förälder|vårdnadshavare"
            rf"|äiti|äidin|isä|isän|vanhemmat|vanhempi|huoltaja)(?!\w)"
        ),
        # "familjen Nyström"
        "family_before": recache.compile(rf"(?i:(?<!\w)(?:{_rel('family_before')}))[ \t]+(?P<name>{_FIRST})(?![\w-])"),
        # "Kovalenkon perheen", "Wickströmin perheelle"
        "family_after": recache.compile(rf"(?<![\w-])(?P<name>{_FIRST})[ \t]+(?i:(?:{_rel('family_after')}))(?!\w)"),
        # "Lindgrens ansökan", "Virtasen hakemus"
        "own_matter": recache.compile(rf"(?<![\w-])(?P<name>{_FIRST})[ \t]+(?:{_rel('own_matter')})(?!\w)"),
        # "besökte Westerlunds i ...", "hos Lindbergs"
        "family_plural": recache.compile(rf"(?i:(?<!\w)(?:{_rel('family_plural_before')}))[ \t]+(?P<name>{_FIRST}s)(?![\w-])(?![ \t]+[A-ZÅÄÖ])"),
    }


#: An age ("9-vuotiaiden", "5-vuotias", "11-åringarna", "7 år gammal", "10-årig", "X, 10 år,"): group ``age``.
CHILD_AGE = recache.compile(
    r"(?<![\d.,])(?P<age>\d{1,2})(?:\s?-?\s?(?:vuotia\w*|v\.?(?!\w))|-?åring\w*|-?årig\w*|\s+år\s+gammal\w*|[ \t]+år(?=[ \t]*[,;)]))"
)

#: The person's own age right after their name: "X, 15, som", "X, 11 år från Y", "X (16)",
#: "X 17 år på", "X (8 v.)". Groups ``comma``, ``paren``, ``bare`` (one of them holds the
#: number). :data:`CHILD_AGE` needs a unit and a comma after it ("i 10 år" is a duration);
#: attached to a name, the number is the person's age whatever follows it.
AGE_AFTER_NAME = recache.compile(
    r"[ \t]?,[ \t]?(?P<comma>\d{1,2})(?:[ \t]?(?:år|v\.?|vuotta|vuotias\w*)(?!\w)|[ \t]?,)"
    r"|[ \t]?\([ \t]?(?P<paren>\d{1,2})[ \t]?(?:år|v\.?|vuotta|vuotias)?[ \t]?\)"
    r"|[ \t](?P<bare>\d{1,2})[ \t]?(?:år|v\.|vuotta|vuotias\w*)(?!\w)"
)


#: A school class code right after a name, as a name tag writes it: "X 6B", "X 2a,".
_CLASS_CODE_AFTER = recache.compile(r"[ \t]{1,2}[1-9][A-Ea-e](?![\w-])")


def class_after(text: str, end: int) -> bool:
    """True when a school class code ("6B", "2a") stands right after a name ending at
    ``end`` (0-based offset into ``text``): "Aada Kyyrö 6B, Koivuhaan koulu" on a lost
    bag's tag names a pupil, a child (issue 11's table: error)."""
    return _CLASS_CODE_AFTER.match(text, end) is not None


def young_age_after(text: str, end: int) -> bool:
    """True when an age under 18 stands right after a name ending at ``end`` (0-based
    offset into ``text``): "Elsa Lund, 11 år från Kusfors", "Hanna Sjöblom, 15, som",
    "Emma Lindqvist (16)": the person named is a child (issue 11's table: a child's name
    is an error), whatever the sentence is about (a prize, a contest, a lost bicycle)."""
    match = AGE_AFTER_NAME.match(text, end)
    if match is None:
        return False
    age = match.group("comma") or match.group("paren") or match.group("bare")
    return int(age) < 18


#: A school class or grade: "i klass 4", "årskurs 6", "åk 9", "3. luokan", "8-luokkalainen", "(8A)", "i 3B".
SCHOOL_CLASS = recache.compile(
    r"(?i)(?<!\w)(?:klass|årskurs|åk)\s?\d{1,2}[a-e]?(?!\w)|(?<![\w.])\d{1,2}\.?\s?-?luok\w*|\(\s*\d{1,2}\s?[A-Ea-e]\s*\)"
    # an upper-secondary year: "(2. vuosikurssi)", "1. vuosikurssin"
    r"|(?<![\w.])\d\.?\s?vuosikurssi\w*"
    r"|(?<!\w)i[ \t]\d[A-E](?!\w)"
    # the Finnish abbreviation: "(5. lk)", "2. ja 5. lk"
    r"|(?<![\w.])\d{1,2}\.?[ \t]?lk\b"
)

#: Words for a group of children, which make the names listed right after them children's:
#: "eleverna", "förskolebarnen", "tärnorna", "eskarilaiset", "oppilaat", "päiväkodin lapset".
CHILD_GROUP = recache.compile(
    r"(?i)(?<!\w)(?:elev(?:en|er|erna)?|förskolebarn\w*|dagisbarn\w*|skolbarn\w*|barnen|tärnor(?:na)?|lucior(?:na)?"
    r"|stjärngossar(?:na)?|eskarilai\w*|esikoululai\w*|koululai\w*|oppilaa\w*|oppilai\w*|oppilas|lapset|päiväkotilap\w*)(?!\w)"
)

#: What may stand between a group of children and a name of the list that follows it:
#: a linking verb ("Tärnor var", "eskarilaiset olivat"), other names, commas, "och"/"ja".
_LIST_SEP = r"(?:,[ \t]*|[ \t]+)(?:(?:och|ja|&)[ \t]+)?"
_CHILD_LIST_BETWEEN = recache.compile(
    rf"(?:[ \t]+(?:var|är|blev|oli|olivat|ovat|on))?(?:{_LIST_SEP}{_FIRST})*{_LIST_SEP}"
)


def child_listed(text: str, lo: int, start: int) -> bool:
    """True when a word for a group of children (:data:`CHILD_GROUP`) between ``lo`` and
    ``start`` (0-based offsets) introduces a list of names that reaches ``start``:
    "eskarilaiset Jonne, Ilona ja Melina", "Tärnor var Ella, Maja och Agnes"; not
    "Eleverna hälsar på hos Anna Berg", whose name is no child's."""
    for group in CHILD_GROUP.finditer(text, max(lo, start - 120), start):
        if _CHILD_LIST_BETWEEN.fullmatch(text, group.end(), start):
            return True
    return False


#: The addressee's own phone number: "nå dig på 070 ...", "tavoittaa sinua numerosta 050 ...".
# Not a number the reader is sent on to ("hör av dig till dem på 0771 ...", "soita meille").
_NUMBER_OF_ADDRESSEE = recache.compile(
    r"(?i)\b(?:dig|dej|sinua|sinulle|sinut)\b(?:(?!\b(?:till|dem|oss|hos|meille|heille|heihin|meihin)\b)[^.\n]){0,25}?\+?\d[\d \-]{6,}\d"
)


def _personal_data_in(analysis: "Analysis") -> bool:
    """True when the post holds a resident's personal data: a national id, a vehicle
    plate, a private bank account ("kontot du uppgav, FI07 ..."), a home address or a
    probably private e-mail address (at a consumer mail service; a
    reply that greets someone and handles such data is about their own matter)."""
    domains = [d.lower() for d in analysis.profile.domains]
    return bool(
        _NUMBER_OF_ADDRESSEE.search(analysis.post.text)
        or analysis.national_ids
        or analysis.vehicle_plates
        or any(not account.organisation for account in analysis.bank_accounts)
        or any(not (a.public or a.in_signature) for a in analysis.street_addresses)
        or any(e.probably_private(domains) for e in analysis.emails)
    )


def _sensitive_spans(text: str, found: list[tuple[int, int, str]] | None = None) -> list[tuple[int, int]]:
    """Spans of special-category terms (the vocabulary of :mod:`.sensitive`) in ``text``,
    unless they name a unit or role; ``found``: the terms already matched in ``text``."""
    from .sensitive import _names_a_unit_or_role, matches

    found = matches(text) if found is None else found
    return [(start, end) for start, end, _ in found if not _names_a_unit_or_role(text, start, end)]


def _is_street_name(word: str) -> bool:
    """A word ending like a street ("Mäntytie", "Storgatan"): a place after "din granne", not a name."""
    from . import vocabulary

    lowered = word.lower()
    return any(lowered.endswith(end) for end in vocabulary.words("places", "street_words"))


def _sentence_initial(text: str, start: int) -> bool:
    """True when only spaces, quotes or "(" stand between ``start`` and the start of the
    text or a sentence end, colon, line break or dash (walks back over those characters
    only, not the whole text before: called for every candidate word)."""
    i = start
    while i > 0 and text[i - 1] in " \t\"'“”«»(":
        i -= 1
    return i == 0 or text[i - 1] in ".!?:\n–"


#: A number over 110 in an age phrase: an anniversary ("Astrid, 120 år"), no living person's age.
_ANNIVERSARY = recache.compile(r"(?<!\d)(?:1[1-9]\d|[2-9]\d\d)(?!\d)")
#: A child's age with its unit right after a name: ", 5 år", " (4 v.)", ", 7 vuotta".
_CHILD_AGE_AFTER = recache.compile(r"(?:,[ \t]{0,3}|[ \t]{0,3}\([ \t]{0,3})(?P<age>\d{1,2})[ \t]{0,3}(?:år|års|v\.?|vuotta|vuotias\w*)(?!\w)")


def _unlisted_child(text: str, match: re.Match) -> bool:
    """A name missing from the lists, with a child's age and its unit right after it
    ("Grattis till Zayn, 5 år", "Onnea Ilmari-Petteri (4 v.)"): a child's first name
    whatever its origin (issue 11). Not at a sentence start, where a capitalised
    ordinary word may stand ("Klubben, 10 år"), and not a place ("Kokkola, 400 vuotta")."""
    from .names import base_forms

    age = _CHILD_AGE_AFTER.match(text, match.end("name"))
    if not age or int(age.group("age")) >= 18 or _sentence_initial(text, match.start("name")):
        return False
    return not any(form.lower() in vocabulary.place_names() for form in base_forms(match.group("name")))


_ANY_DIGIT = recache.compile(r"\d")
#: A first name with a personal identity number in parentheses: "Noah (161230-2396)".
_NAME_WITH_ID = recache.compile(rf"(?<![\w-])(?P<name>{_FIRST})\s*\(\s*(?:\d{{6}}|\d{{8}})\s*[-+A-Y]?\s*\d{{3}}[\dA-Z]\s*\)")


#: A capitalised word and one blank right before a word: "Naima " before "Yousef, 8 år".
_CAPITALISED_BEFORE = recache.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?[ ]$")


def _given_name_before(text: str, start: int) -> int:
    """Where the name that ends with the word at ``start`` begins: ``start``, or the start
    of a capitalised word right before it (one blank) that is not at a sentence start and
    is no title, organisation, place or street ("hälsade vi Naima Yousef, 8 år": the
    child's whole name, whatever its origin, not the surname alone)."""
    from .names import base_forms

    before = _CAPITALISED_BEFORE.search(text, max(0, start - 30), start)
    if before is None or _sentence_initial(text, before.start()):
        return start
    word = before.group().rstrip()
    from .names import is_first_name

    # A genitive that is no given name, after another capitalised word, ends the name of
    # what the child belongs to ("Päiväkoti Metsätähden Eetu, 4 v", "Förskolan Solgårdens
    # Elsa, 5 år"), not the child's own name ("kerhoon Yerlan Abenov (9 v.)" is).
    if word.endswith(("n", "s")) and not is_first_name(word) and _CAPITALISED_BEFORE.search(
            text, max(0, before.start() - 30), before.start()):
        return start
    # (No organisation test: its "-ab" ending, Ab, would take "Zainab" for a company.)
    if (title_in(word) or _is_street_name(word)
            or any(form.lower() in vocabulary.place_names() for form in base_forms(word))):
        return start
    return before.start()


def _context_names(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Single words that are private persons' names by their context: a relative's or
    child's first name (relation, age, school class), a family by its surname, a genitive
    surname before a person's own matter. Returns (start, end, kind)."""
    from .names import base_forms, is_first_name, is_inflected_first_name, is_known_surname, is_surname

    found: list[tuple[int, int, str]] = []
    spans = _Spans(taken)  # taken and found

    def add(start: int, end: int, kind: str) -> None:
        if spans.overlaps(start, end):
            return
        found.append((start, end, kind))
        spans.add(start, end)

    patterns = _context_patterns()
    # Every age and personal-number pattern below needs a digit: a post without one is
    # not scanned by them (a cheap exact pre-filter, issue 15).
    digits = _ANY_DIGIT.search(text) is not None
    # A resident named as such, listed or not: "Invånaren Dragomir Petrescu", "asukas X Y".
    for match in _RESIDENT.finditer(text):
        start, end = match.start("name"), match.end("name")
        if not (title_in(match.group("name")) or organisation_re().search(match.group("name"))):
            add(start, end, "name")
    for match in _APPLICANT.finditer(text):
        if not (title_in(match.group("name")) or organisation_re().search(match.group("name"))):
            add(match.start("name"), match.end("name"), "name")
    for match in _NAME_WITH_ID.finditer(text) if digits else ():
        if is_inflected_first_name(match.group("name")):  # "Noah (161230-2396)"
            add(match.start("name"), match.end("name"), "relative")
    for match in patterns["child_of"].finditer(text):
        word = match.group("name")
        # a genitive ("Alicias", "Lennin") of a listed first name, not at a sentence start
        genitive = (word.endswith("s") and is_first_name(word[:-1])) or (
            word.endswith("n") and not is_first_name(word) and is_inflected_first_name(word))
        if genitive and not _sentence_initial(text, match.start("name")):
            add(match.start("name"), match.end("name"), "relative")
    for kind in ("relation", "relation_suffix", "age", "age_before", "school"):
        if not digits and kind in ("age", "age_before"):
            continue
        for match in patterns[kind].finditer(text):
            word = match.group("name")
            if title_in(word) or organisation_re().fullmatch(word) or _is_street_name(word):
                continue
            if kind == "school" and not is_inflected_first_name(word) and any(
                    form.lower() in vocabulary.place_names() for form in base_forms(word)):
                continue  # "Kemiön kouluun": the school of a place, not a pupil
            if kind == "age" and _ANNIVERSARY.search(match.group()):
                continue  # "Astrid, 120 år": an anniversary of someone long dead, not an age
            known = is_inflected_first_name(word)
            if kind == "age_before" and int(match.group("age")) >= 18:
                continue
            relation_word = text[match.start() : match.start("name")].strip().lower()
            if kind in ("relation", "relation_suffix") and _in_quoted_title(text, match.start()):
                continue  # "Barnbio – ”Mamma Mu och kråkan”": a character in a work's title
            if kind == "relation" and relation_word in ("boende", "boenden") and not known:
                continue  # "vårt särskilda boende Bäckåsen": the home's name, not a resident's
            if kind == "relation" and _adult_relation().fullmatch(relation_word):
                # "vaimolleni Tarjalle", "din granne Rolf": an adult's name, which the rule
                # weighs like any private name (an error only where its context is serious).
                add(match.start("name"), match.end("name"), "name")
            elif kind in ("relation", "age_before") or known or (kind == "age" and _unlisted_child(text, match)):
                start = match.start("name")
                if kind == "age":
                    start = _given_name_before(text, start)
                add(start, match.end("name"), "relative")
    for kind in ("age_bare", "age_day") if digits else ():
        for match in patterns[kind].finditer(text):
            word = match.group("name")
            if kind == "age_day":
                # the genitive of a listed first name: "Alvas", "Eetun"
                listed = (word.endswith("s") and is_first_name(word[:-1])) or (
                    word.endswith("n") and not is_first_name(word) and is_inflected_first_name(word))
            else:
                listed = is_first_name(word)
            if listed and not (title_in(word) or organisation_re().fullmatch(word) or _is_street_name(word)):
                add(match.start("name"), match.end("name"), "relative")
    for kind in ("family_before", "family_after"):
        for match in patterns[kind].finditer(text):
            word = match.group("name")
            if kind == "family_after" and _sentence_initial(text, match.start("name")) and not is_surname(word):
                continue
            if word.lower() in _DETERMINERS:
                continue  # "Min familj" (a theme, a title): a pronoun, no surname
            if not title_in(word) and not organisation_re().fullmatch(word):
                add(match.start("name"), match.end("name"), "family")
    for match in patterns["own_matter"].finditer(text):
        word = match.group("name")
        inflected = word not in _surnames_as_written() and is_known_surname(word)
        # "Kokkolan poikakuoron": a town's genitive, though Kokkola is a surname too
        place = any(form.lower() in vocabulary.place_names() for form in base_forms(word))
        if inflected and not place and not _sentence_initial(text, match.start("name")):
            add(match.start("name"), match.end("name"), "family")
    # A listed first name whose own matter follows ("Aaronin varhaiskasvatushakemus",
    # "Eelin sosiaalityöntekijä") or that an application or decision is for ("ansökan om
    # förskoleplats för Alva", "Placeringsbeslutet för Ella"): the child or relative concerned.
    for match in _FIRST_NAME_MATTER.finditer(text):
        word = match.group("name")
        if word.endswith("n") and any(f != word and f in _first_names_listed() for f in base_forms(word)):
            add(match.start("name"), match.end("name"), "relative")
    for match in _FOR_NAME.finditer(text):
        word = match.group("name")
        # The sentence so far, at most LOOK characters back (a matter word further away
        # is not this name's; a line without full stops is not rescanned per name).
        lo = max(0, match.start() - LOOK)
        sentence_start = max(lo - 1, *(text.rfind(c, lo, match.start()) for c in ".!?\n")) + 1
        if word in _first_names_listed() and _MATTER_WORD.search(text, sentence_start, match.start()):
            add(match.start("name"), match.end("name"), "relative")
    for match in patterns["family_plural"].finditer(text):
        word = match.group("name")
        if is_known_surname(word[:-1]):
            add(match.start("name"), match.end("name"), "family")
    return found


#: Swedish and Finnish possessives and determiners capitalised at a title's start ("Min familj",
#: "Vår familj", "Meidän perhe"): never a family's surname.
_DETERMINERS = frozenset({"min", "mitt", "mina", "din", "ditt", "dina", "vår", "vårt", "våra", "er", "ert", "era",
                          "sin", "sitt", "sina", "hans", "hennes", "deras", "en", "ett", "hela", "varje", "ny", "nya",
                          "minun", "sinun", "hänen", "meidän", "teidän", "heidän", "oma", "koko", "uusi"})


def _owns_after(text: str, end: int, sensitive: "list[tuple[int, int]]") -> bool:
    """True when a person's own matter (``own_matter``: "ansökan", "hakemus") or a
    special-category term (0-based spans ``sensitive``) starts right after ``end``, one
    blank between: "Liams ansökan", "Wilmers nötallergi"."""
    gap = re.match(r"[ \t]", text[end : end + 1])
    if not gap:
        return False
    at = end + 1
    word_end = at + len(re.match(r"[\w-]*", text[at : at + 60]).group())
    # (a term inside the next word's compound counts: "nöt|allergi")
    if any(at <= t_start < word_end for t_start, _ in sensitive):
        return True
    return bool(_own_matter_re().match(text, at))


@lru_cache(maxsize=1)
def _own_matter_re() -> re.Pattern[str]:
    return recache.compile(rf"(?i:{_rel('own_matter')})(?!\w)")


#: A short quoted title on one line: "”Mamma Mu och kråkan”", "«Mormor Ginko»".
_QUOTED = recache.compile(r"[\"”“«»][^\"”“«»\n]{1,50}[\"”“«»]")
#: Right before a work's quoted title: a dash or a colon ("Barnbio – ”...”", "Film: ”...”").
_TITLE_LEAD = recache.compile(r"(?:[–—:]|\s-)[ \t]*$")


def _in_quoted_title(text: str, at: int) -> bool:
    """True when ``at`` lies inside a short quoted title (:data:`_QUOTED`) that a work or
    an event word (``titles.yaml`` ``works``/``events``) or a dash or colon leads, or that a
    parenthesis follows ("”Skogens röst” (från 11 år)"): a film's, a book's or a play's
    title, whose "Mamma Mu" is a character, not a relative. Not a quoted speech (the
    resident's own words keep their names)."""
    line_start, line_end = line_at(text, at)
    for quote in _QUOTED.finditer(text, line_start, line_end):
        if quote.start() < at < quote.end():
            inner = quote.group()[1:-1]
            if not inner[:1].isupper() or inner.rstrip()[-1:] in ".!?,":
                return False
            lead = text[max(line_start, quote.start() - 40) : quote.start()]
            return bool(_TITLE_LEAD.search(lead) or _work_word().search(lead) or _event_word().search(lead)
                        or re.match(r"[ \t]*\(", text[quote.end() : quote.end() + 3]))
        if quote.start() > at:
            break
    return False


#: Two first names joined: "Albin och Jesper", "Aino ja Eetu" (not before a surname,
#: which makes "Maria och Erik Johansson", found as a full name).
_COORDINATED = recache.compile(
    rf"(?<![\w-])(?P<a>{_FIRST})\s+(?:och|ja|&)\s+(?P<b>{_FIRST})(?![\w-])(?!\s+[A-ZÅÄÖ])"
)
#: A first name and "och"/"ja"/"&" right before a full name ("Lars och Mats Nordin").
_COORDINATED_HEAD = recache.compile(rf"(?<![\w-])(?P<name>{_FIRST})[ \t]+(?:och|ja|&)[ \t]+$")
#: A photo caption saying who is in the picture, then a list of single names: "Kuvassa
#: Aukusti, Lida ja Nam", "På bilden Elsa och Noor".
_CAPTION_LIST = recache.compile(
    rf"(?i:(?<!\w)(?:kuvassa|kuvissa|kuvassa\s+ovat|på\s+bilden(?:\s+syns)?|på\s+bilderna|bilden\s+visar))[ \t]+"
    rf"(?P<list>{_FIRST}(?:(?:,[ \t]*|[ \t]+(?:och|ja|&)[ \t]+){_FIRST}){{1,7}})(?![\w-])(?![ \t]+[A-ZÅÄÖ])"
)
_CAPTION_ITEM = recache.compile(rf"(?<![\w-]){_FIRST}(?![\w-])")
#: A first name and a comma right before a position: the earlier items of a list of names.
_LIST_ITEM_BEFORE = recache.compile(rf"(?<![\w-])(?P<name>{_FIRST}),[ \t]*$")
#: Finnish cases with the linking -i- after a consonant that speak of a person: the
#: allative, adessive and ablative ("Westerlundille", "Wickströmillä", "Lindgreniltä").
_PERSON_CASE = recache.compile(r"(?<=[bcdfghjklmnpqrstvwxzß])i(?:lle|lla|llä|lta|ltä)$")
#: A first name that a relative clause goes on to describe: "Lina, som kom hit i fjol",
#: "Aino, joka aloitti koulun".
_RELATIVE_CLAUSE = recache.compile(
    rf"(?<![\w-])(?P<a>{_FIRST}),\s*(?:som|vars|joka|jonka|jota|jolla|jolle|jolta|jossa|josta)\b"
)


@lru_cache(maxsize=1)
def _event_word() -> re.Pattern[str]:
    return recache.compile(r"(?i)\b\w*(?:" + vocabulary.alternation(vocabulary.words("titles", "events")) + r")")


def _event_with(text: str, start: int) -> bool:
    """The name follows "med"/"with" (or precedes "kanssa") in a clause that names an
    event: "Konsert i kyrkan med Maria och Johan" names the performers."""
    line_start, _ = line_at(text, start)
    clause = _clause_before(window_before(text, line_start, start))
    joined = re.search(r"\b(?:med|with)\s+(?:[A-ZÅÄÖ]\w*\s+(?:och|ja|&)\s+)?$", clause)
    return bool(joined and _event_word().search(clause))


def _first_names_by_form(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """Names found by how they are written rather than by a surname (issue 11):

    - two listed first names coordinated, not at a sentence start ("Grattis till Albin
      och Jesper", "onnittelut Ainolle ja Eetulle");
    - a listed first name with a relative clause about it, also at a sentence start
      ("Lina, som ...", "Aino, joka ...");
    - a listed surname with a Finnish case ending joined by the linking -i- of a name
      ending in a consonant, in the cases that speak of a person receiving, having or
      giving ("Westerlundille", "Lindgrenillä", "Wickströmiltä"; not the genitive or the
      inessive, which name places too: "Sandvikin rannalla", "Sandvikissa"), not next
      to another capitalised word (then it is part of a full name) nor at a sentence
      start: a Swedish or foreign surname inflected in Finnish text is a person's.

    Returns (start, end, key): ``name`` for the first names, ``family`` for a surname.
    """
    from .names import is_first_name, is_inflected_first_name, surnames

    found: list[tuple[int, int, str]] = []
    spans = _Spans(taken)  # taken and found (each append to found below adds its span)

    def free(start: int, end: int) -> bool:
        return not spans.overlaps(start, end)

    def plain(word: str) -> bool:
        return not (title_in(word) or organisation_re().fullmatch(word) or _is_street_name(word) or is_private_role(word))

    for match in _CAPTION_LIST.finditer(text):
        # "Kuvassa Aukusti, Lida ja Nam", "På bilden Elsa och Noor": who is in the photo,
        # listed or not once one of them is a listed first name; children's names when a
        # child or a pupil is named in the text before (:data:`CHILD_GROUP`, "eskarilaiset").
        items = list(_CAPTION_ITEM.finditer(text, match.start("list"), match.end("list")))
        words = [m.group() for m in items]
        if not any(is_inflected_first_name(w) for w in words) or not all(plain(w) and not _names_something_else(w) for w in words):
            continue
        children = bool(CHILD_GROUP.search(text, max(0, match.start() - 300), match.start())
                        or _minor_context().search(text, max(0, match.start() - 300), match.start()))
        for item in items:
            if free(item.start(), item.end()):
                found.append((item.start(), item.end(), "relative" if children else "name"))
                spans.add(item.start(), item.end())
    for match in _COORDINATED.finditer(text):
        a, b = match.group("a"), match.group("b")
        if not (is_inflected_first_name(a) and is_inflected_first_name(b) and plain(a) and plain(b)):
            continue
        # The first names listed before the pair with commas: "Ella, Maja och Agnes",
        # "Jonne, Ilona ja Melina". Three listed first names in a row are names even at a
        # sentence start.
        listed: list[tuple[int, int]] = []
        at = match.start("a")
        while True:
            before = _LIST_ITEM_BEFORE.search(text, max(0, at - 40), at)
            if not before or not (is_inflected_first_name(before.group("name")) and plain(before.group("name"))):
                break
            listed.append(before.span("name"))
            at = before.start("name")
        if _sentence_initial(text, at) and not listed:
            continue
        for start, end in [*listed, match.span("a"), match.span("b")]:
            if free(start, end):
                found.append((start, end, "name"))
                spans.add(start, end)
    for match in _RELATIVE_CLAUSE.finditer(text):
        word = match.group("a")
        if is_first_name(word) and plain(word) and free(match.start("a"), match.end("a")):
            found.append((match.start("a"), match.end("a"), "name"))
            spans.add(match.start("a"), match.end("a"))
    listed = surnames()
    for match in _CAP_WORD.finditer(text):
        word = match.group()
        if not _PERSON_CASE.search(word) or _sentence_initial(text, match.start()):
            continue
        base = _PERSON_CASE.sub("", word)
        if base not in listed or is_first_name(base) or not plain(base):
            continue
        if re.search(r"[A-ZÅÄÖ][\w-]*\s$", text[max(0, match.start() - 30) : match.start()]) or re.match(
            r"\s[A-ZÅÄÖ]", text[match.end() : match.end() + 2]
        ):
            continue
        if free(match.start(), match.end()):
            found.append((match.start(), match.end(), "family"))
            spans.add(match.start(), match.end())
    return found


#: A reply's leading tag of the person answered: "@Kjell Åberg", "@Tuula Hautala".
_TAGGED = recache.compile(rf"@(?P<name>(?P<first>{_FIRST})(?:[ \t]+[A-ZÅÄÖ][{_LOWER}]+(?:-[A-ZÅÄÖ][{_LOWER}]+)?){{0,2}})[ \t,:]*")


_DEMONYM_SUFFIX = recache.compile(r"(?i)(?:bo|bor|borna|bon|lainen|läinen|laiset|läiset)$")


def _demonym(word: str, own: "Iterable[str]" = ()) -> bool:
    """True for a word naming the people of a place: a known place's name
    (``vocabulary.place_names`` or one of ``own``, the municipality's names) with an
    inhabitant suffix: "Hangöbo", "Vimmerbybor", "Hankolainen", "Kokkolalaiset" ("Hej
    Hangöbo!" greets every reader, not a person)."""
    suffix = _DEMONYM_SUFFIX.search(word)
    if not suffix:
        return False
    stem = word[: suffix.start()].lower()
    return len(stem) >= 3 and (stem in vocabulary.place_names() or any(stem == n.split()[0].lower() for n in own))


_FIRST_NAME_MATTER = recache.compile(
    rf"(?<![\w-])(?P<name>{_FIRST})[ \t]+(?i:\w*(?:hakemu|päätö|sosiaalityöntekijä|omahoitaja|hoitosuunnitelm|asiakassuunnitelm|varhaiskasvatuspaik|päiväkotipaik))\w*"
)
_FOR_NAME = recache.compile(rf"(?<!\w)(?:för|åt)[ \t]+(?P<name>{_FIRST})(?![\w-])(?![ \t]+[A-ZÅÄÖ])")
_MATTER_WORD = recache.compile(r"(?i)(?<!\w)\w*(?:ansökan|ansökningar|beslut|beslutet|anmälan|plats|placering\w*)\b")


_RESIDENT = recache.compile(
    rf"(?i:(?<!\w)(?:kommuninvånare\w*|invånare\w*|medborgare\w*|asukas|asukkaa\w*|kuntalai\w*|kaupunkilai\w*))"
    rf"[ \t]+(?P<name>{_FIRST}(?:[ \t]+{_FIRST})?)(?![\w-])"
)

#: The applicant's label in a permit notice, then a full name standing alone on it
#: ("Sökande: Ahmed Al-Rashid", "Sökande / Hakija: X Y", "Hakija: X Y, Kärra"): a
#: private applicant, listed or not (a company's name ends in its form, "Oy", "Ab", and
#: is left out by the organisation test).
_APPLICANT = recache.compile(
    r"(?i:(?<!\w)(?:sökande|sökanden|hakija|hakijat|luvanhakija|luvan[ \t]+hakija)(?:[ \t]*/[ \t]*(?:sökande|hakija|hakijat))?[ \t]*:)"
    rf"[ \t]*(?P<name>{_FIRST}[ \t]+{_FIRST})(?=[ \t]*(?:[,(\n]|$))"
)

_VOCATIVE = recache.compile(
    rf"(?i:(?<!\w)(?:dig|er|sinulle|sinua|sinut|teille|teitä|teidät))[ \t]*,[ \t]*(?P<name>{_FIRST})[ \t]*[,!.]"
)
#: A reply that opens with thanks and then names the reader: "Kiitos ilmoituksesta,
#: Tapani.", "Tack för tipset, Birgitta!" (the start of a reply only).
_THANKS_VOCATIVE = recache.compile(
    # (the comma may be left out before a name that ends the sentence with "!": "Kiitos
    # viestistä Juha!", "Tack för tipset Birgitta!")
    rf"^\s*(?i:kiitos|tack)(?:[ \t]+[\w-]+){{1,3}}?(?:,[ \t]*|[ \t]+(?={_FIRST}[ \t]*!))(?P<name>{_FIRST})[ \t]*[,!.]"
)
_WORD_BEFORE = recache.compile(r"(?<![\w-])[A-ZÅÄÖ][\w-]*[ \t]$")


_INSTITUTION_AFTER = recache.compile(
    r"(?i)[ \t]{1,3}(?:päiväko\w*|koulu\w*|kirjasto\w*|puisto\w*|kentä\w*|kenttä\w*|förskola\w*|skola\w*|skolan|parken|gården|dagis\w*)(?!\w)"
)


def _names_an_institution(text: str, end: int) -> bool:
    """True when an institution's word follows the first name that ends at ``end``:
    "Lindan päiväkodin pihalla", "Annas förskola" name a place called after someone."""
    return bool(_INSTITUTION_AFTER.match(text, end))


def _after_proper_word(text: str, start: int) -> bool:
    """True when a capitalised word that is not at a sentence start stands right before
    ``start``: the word at ``start`` ends a name of something else ("Villa Elviirassa",
    "Hotell Anna"), not a person's first name on its own ("Koska Mykytalla on")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return bool(before) and not _sentence_initial(text, before.start())


def _first_names_listed() -> frozenset[str]:
    from .names import first_names

    return first_names()


def _surnames_as_written() -> frozenset[str]:
    from .names import surnames

    return surnames()


# -- the same person again ---------------------------------------------------------------
def _keys(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(first-name forms, surname forms) of ``name``, lower case, every case form's nominative."""
    from .names import base_forms

    words = name.split()
    first = frozenset(f.lower() for f in base_forms(words[0])) if words else frozenset()
    last = frozenset(f.lower() for w in words[1:] for f in base_forms(w))
    return first, last


def _same_person(name: str, known: list[tuple[frozenset[str], frozenset[str]]]) -> bool:
    """True when ``name`` (full, or one word) names one of ``known`` persons: the same
    surname and first name, or one word that is either of them."""
    first, last = _keys(name)
    for k_first, k_last in known:
        if last:
            if last & k_last and first & k_first:
                return True
        elif first & (k_first | k_last):
            return True
    return False


class _Persons:
    """:func:`_same_person` against many known persons, by their forms: each distinct
    person indexed once by every first-name and surname form, so a name is compared with
    the persons sharing one of its forms, not with every name introduced before."""

    def __init__(self, known: list[tuple[frozenset[str], frozenset[str]]]) -> None:
        self.first: dict[str, set[int]] = {}
        self.last: dict[str, set[int]] = {}
        for i, (k_first, k_last) in enumerate(dict.fromkeys(known)):
            for form in k_first:
                self.first.setdefault(form, set()).add(i)
            for form in k_last:
                self.last.setdefault(form, set()).add(i)

    def same(self, name: str) -> bool:
        """What ``_same_person(name, known)`` answers."""
        first, last = _keys(name)
        if last:
            by_last = set().union(*(self.last.get(f, ()) for f in last))
            return bool(by_last) and any(i in by_last for f in first for i in self.first.get(f, ()))
        return any(f in self.first or f in self.last for f in first)


#: A pronoun for the person just named and a verb of being or having: "hon har", "han är", "hän on".
_PRONOUN_STATE = recache.compile(r"(?i)(?<!\w)(?:han|hon|hän)[ \t]+(?:är|har|var|hade|blev|on|oli|sai|joutui)(?!\w)")


def _closing_block(text: str) -> int | None:
    """Where the post's closing block starts: its last lines (at most five) that are
    short and no sentences (no more than eight words, not ending in "!" or "?", nor in
    "." after five words or more), after the body; ``None`` when the post has no body
    before them or the line before introduces a list (ends with ":")."""
    lines = text.rstrip().split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    i = len(lines)
    while i > 0 and len(lines) - i < 5:
        line = lines[i - 1].strip()
        if not line:
            if i < len(lines):  # a blank line ends the block
                break
            i -= 1
            continue
        words = re.findall(r"\w+", line)
        if len(words) > 8 or line.endswith(("!", "?", ":")) or (line.endswith(".") and len(words) >= 5):
            break
        i -= 1
    if i == len(lines) or i == 0:
        return None
    before = lines[i - 1].strip() if lines[i - 1].strip() else (lines[i - 2].strip() if i >= 2 else "")
    if before.endswith(":"):
        return None
    return starts[i]


def _roles_said(text: str) -> dict[str, list[int]]:
    """Capitalised words followed by a role said of them ("Tomas är vår nya
    kommundirektör": :func:`_role_after`) → where they stand. One pass over the post's
    capitalised words (an anchored test at each), so a long post stays linear."""
    out: dict[str, list[int]] = {}
    for match in _CAP_WORD.finditer(text):
        line_end = text.find("\n", match.end(), match.end() + LOOK)
        after = text[match.end() : match.end() + LOOK if line_end < 0 else line_end]
        if _IS_ROLE_AFTER.match(after) and _role_after(after):
            out.setdefault(match.group(), []).append(match.start())
    return out


def _greeted_sign_off(text: str) -> tuple[int, int] | None:
    """``(start, end)`` of the names signed on the post's last line after a closing
    greeting ("Terveisin Minna, Sari ja Jukka"; also on the line after a greeting alone),
    or ``None``. Only a line of names: a sentence after a greeting is none."""
    from .signature import _GREETING_RE, last_line_greeting

    stripped, start, greeting = last_line_greeting(text)
    if greeting is None:
        previous_start = stripped.rfind("\n", 0, max(0, start - 1)) + 1
        previous = stripped[previous_start : max(previous_start, start - 1)]
        alone = _GREETING_RE.match(previous)
        if start == 0 or alone is None or alone.end() < len(previous.rstrip()):
            return None
        names_at = start
    else:
        names_at = start + greeting.end()
    rest = stripped[names_at:]
    # "från oss på kontaktcenter:" may lead the names; then only names, commas and "och"/"ja".
    lead = _SIGN_OFF_LEAD.match(rest)
    names = rest[lead.end():] if lead else rest
    if not _SIGNED_NAMES.fullmatch(names):
        return None
    return names_at + (lead.end() if lead else 0), len(stripped)


#: A line of first names (or full names) joined by commas, "och", "ja", "&".
_SIGNED_NAMES = recache.compile(rf"{_FIRST}(?:[ \t]+{_FIRST})?(?:(?:,[ \t]*|[ \t]+(?:och|ja|&)[ \t]+){_FIRST}(?:[ \t]+{_FIRST})?)*[ \t.!]*")


def detect(analysis: "Analysis") -> list[NameHit]:
    """Names of persons in the post, in order, each with why it is public (``None``:
    a private person's name). See the module docstring.

    Read through :attr:`Analysis.person_names`; the rule reports the private ones, and
    the sensitive-data detector ties special-category data to them.
    """
    from .names import base_forms, is_first_name, is_inflected_first_name
    from .signature import OPENINGS

    post = analysis.post
    text = post.text
    sig = analysis.signature
    signers = [n for n in (sig.name if sig and not sig.organisation else None, post.meta.get("author")) if n and str(n).strip()]
    signer_keys = [_keys(str(n)) for n in signers]
    officials = {o.lower() for o in analysis.profile.public_officials}
    hits: list[NameHit] = []
    for start, end in _full_names(text, lambda offset: _private_cue(analysis, offset)):
        name = " ".join(text[start:end].split())
        if sig and sig.start <= start < sig.end:
            reason: str | None = "signer"
        elif signer_keys and _same_person(name, signer_keys):
            reason = "signer"
        elif name.lower() in officials:
            reason = "official"
        else:
            reason = _why_public(analysis, start, end)
            head = _COORDINATED_HEAD.search(text, max(0, start - 60), start) if reason is None else None
            if head and is_first_name(head.group("name")):
                # "Spelmännen Lars och Mats Nordin": the role before the pair is both names'.
                reason = _why_public(analysis, head.start("name"), end)
        hits.append(NameHit(start, end, "name", reason))

    # A first name coordinated with a full name: "Maria och Erik Johansson".
    hit_spans = _Spans((h.start, h.end) for h in hits)  # every hit, added as hits grows
    for hit in list(hits):
        before = text[max(0, hit.start - 40) : hit.start]
        coordinated = re.search(rf"(?<![\w-])(?P<name>{_FIRST})\s+(?:och|ja|&|eller|tai)\s+$", before)
        if coordinated and is_first_name(coordinated.group("name")):
            c_start = hit.start - len(before) + coordinated.start("name")
            if not hit_spans.overlaps(c_start, c_start + 1):
                hits.append(NameHit(c_start, c_start + len(coordinated.group("name")), "name", hit.public))
                hit_spans.add(c_start, c_start + len(coordinated.group("name")))
            # and the first names listed before it: "Vilja, Lenni ja Aada Nurmi"
            at = c_start
            while True:
                item = _LIST_ITEM_BEFORE.search(text, max(0, at - 40), at)
                if not item or not is_inflected_first_name(item.group("name")) or hit_spans.overlaps(*item.span("name")):
                    break
                hits.append(NameHit(item.start("name"), item.end("name"), "name", hit.public))
                hit_spans.add(*item.span("name"))
                at = item.start("name")
    taken = [(h.start, h.end) for h in hits]
    for start, end, kind in _context_names(text, taken):
        # A family name on a programme line led by its time ("kl. 21 Dans med Lundbergs")
        # is a band's or performers' name.
        line_start, line_end = line_at(text, start)
        reason = "programme" if kind == "family" and _TIME_LEAD.match(text[line_start:line_end]) else None
        hits.append(NameHit(start, end, kind, reason))
        hit_spans.add(start, end)
    for start, end, kind in _first_names_by_form(text, [(h.start, h.end) for h in hits]):
        reason = _why_public(analysis, start, end)
        if reason is None and _event_with(text, start):
            reason = "programme"
        hits.append(NameHit(start, end, kind, reason))
        hit_spans.add(start, end)
    if post.kind == "reply":
        body_start = len(text) - len(text.lstrip())
        # A reply that tags the resident first ("@Kjell Åberg Hej Kjell!", "@Tuula Hautala
        # kiitos ..."): the tag is the reader's full name; the greeting follows it.
        tag = _TAGGED.match(text, body_start)
        if tag and is_first_name(tag.group("first")):
            # The greeting after the tag is no part of the name: "@Kjell Åberg Hej Kjell!".
            words = list(re.finditer(r"\S+", tag.group("name")))
            while len(words) > 1 and words[-1].group().lower() in OPENINGS:
                words.pop()
            t_start, t_end = tag.start("name"), tag.start("name") + words[-1].end()
            if not hit_spans.overlaps(t_start, t_end):
                key = "addressed" if (own_case(text) or _personal_data_in(analysis) or _sensitive_spans(text)) else "name"
                hits.append(NameHit(t_start, t_end, key, None))
                hit_spans.add(t_start, t_end)
            body_start = t_end
        greeting = _greeting().match(text[body_start:])
        word = greeting.group("name") if greeting else ""
        a_name = bool(greeting) and (is_first_name(word) or not (
            is_private_role(word) or title_in(word) or organisation_re().search(word)
            or any(word.lower() in n.lower() for n in analysis.profile.municipality.values())
            or _demonym(word, analysis.profile.municipality.values())
        ))
        rest = text[body_start + greeting.end():] if greeting else ""
        if a_name and (own_case(rest) or _personal_data_in(analysis) or _sensitive_spans(rest)):
            start = body_start + greeting.start("name")
            end = body_start + greeting.end("name")
            covering = [h for h in hits if h.start <= start < h.end]
            if not covering:
                hits.append(NameHit(start, end, "addressed", None))
                hit_spans.add(start, end)
            elif covering[0].key == "name" and covering[0].public is None:
                # "Hej Helena Björkqvist! ... din ansökan": the greeted full name.
                hits[hits.index(covering[0])] = NameHit(covering[0].start, covering[0].end, "addressed", None)
            # "Hej Maria och Erik Johansson!": the second greeted name too.
            joined = re.match(r"[ \t]{1,3}(?:och|ja|&)[ \t]{1,3}", text[end : end + 12])
            if joined:
                for i, h in enumerate(hits):
                    if h.start == end + joined.end() and h.public is None and h.key == "name":
                        hits[i] = NameHit(h.start, h.end, "addressed", None)
        elif a_name and is_first_name(word) and not tag:
            # Greeted by a listed first name in a reply about no matter of their own ("Hei
            # Valtteri! Kiitos ilmoituksesta"): still the resident's name in public, a
            # warning (blind writers label it so in 514 of 515 such greetings). (After a
            # tag, the tag already names the reader: "@Gunnar Lindqvist Hej Gunnar!".)
            start = body_start + greeting.start("name")
            end = body_start + greeting.end("name")
            if not hit_spans.overlaps(start, end):
                hits.append(NameHit(start, end, "name", None))
                hit_spans.add(start, end)
    # The reader named between commas after "you" ("Men till dig, Johanna, och er dotter
    # Alva", "sinulle, Matti, on varattu"): the addressee, in a reply about their matter.
    if post.kind == "reply":
        own = own_case(text) or _personal_data_in(analysis)
        vocatives = [*_VOCATIVE.finditer(text)] if own else []
        for match in [*vocatives, *_THANKS_VOCATIVE.finditer(text, 0, min(len(text), 200))]:
            word = match.group("name")
            if hit_spans.overlaps(match.start("name"), match.end("name")) or not is_first_name(word):
                continue
            # ("Kiitos Lotta, välitämme tiedon eteenpäin": the reader thanked by name, a
            # warning where the reply is about no matter of theirs)
            hits.append(NameHit(match.start("name"), match.end("name"), "addressed" if own else "name", None))
            hit_spans.add(match.start("name"), match.end("name"))
    # A first name in the same sentence as a special-category fact, or in the sentence
    # before it in the same paragraph: "Eftersom Noel har celiaki", "Koska Maksimilla on
    # epilepsia", "Kävin tapaamassa Annelia. Hänellä on todettu rintasyöpä." (not at the
    # start of a sentence, where "Hans" is a pronoun and many first names are ordinary words).
    sensitive = _sensitive_spans(text, analysis.special_category_matches)
    if sensitive:
        from .context import paragraph_at

        sentences = list(post.sentences)
        # Whether a special-category term starts in a sentence: binary search over their starts.
        term_starts = sorted(s_start for s_start, _ in sensitive)

        def term_in(lo: int, hi: int) -> bool:
            i = bisect.bisect_left(term_starts, lo)
            return i < len(term_starts) and term_starts[i] < hi

        for i, sentence in enumerate(sentences):
            here = term_in(sentence.start, sentence.end)
            following = sentences[i + 1] if i + 1 < len(sentences) else None
            after = following is not None and paragraph_at(post, following.start) == paragraph_at(post, sentence.start) and (
                term_in(following.start, following.end)
            )
            if not (here or after):
                continue
            for match in _CAP_WORD.finditer(text, sentence.start, sentence.end):
                m_start, m_end = match.span()
                if hit_spans.overlaps(m_start, m_end) or _sentence_initial(text, m_start):
                    continue
                if re.match(r"\s[A-ZÅÄÖ]", text[m_end : m_end + 2]) or not is_inflected_first_name(match.group()):
                    continue
                if _after_proper_word(text, m_start) or _names_an_institution(text, m_end):
                    continue
                hits.append(NameHit(m_start, m_end, "relative", _why_public(analysis, m_start, m_end)))
                hit_spans.add(m_start, m_end)
    # A reply about the reader's own matter ("Hej Kristian! ... din sons ...") names the
    # reader's family: another first name in it, in the Swedish genitive or a Finnish
    # case too ("Wilmers situation", "Eliakselle"), is a private person's unless its
    # context makes it public (a title, a contact line) or it is the signer's.
    if post.kind == "reply" and any(h.key == "addressed" for h in hits):
        for match in _CAP_WORD.finditer(text):
            m_start, m_end = match.span()
            word = match.group()
            if hit_spans.overlaps(m_start, m_end) or (sig and sig.start <= m_start < sig.end):
                continue
            # At a sentence's start only a Swedish genitive that a matter of its own or a
            # special-category fact follows ("Liams ansökan handläggs", "Wilmers nötallergi
            # står ..."): "Hans" and many first names are ordinary words there.
            if _sentence_initial(text, m_start) and not (
                word.endswith("s") and is_first_name(word[:-1]) and _owns_after(text, m_end, sensitive)
            ):
                continue
            if not (is_inflected_first_name(word) or (word.endswith("s") and is_first_name(word[:-1]))):
                continue
            if any(form.lower() in vocabulary.place_names() for form in base_forms(word)):
                continue  # "Kemiön kouluun": a place in the genitive
            if re.match(r"\s[A-ZÅÄÖ]", text[m_end : m_end + 2]) or _after_proper_word(text, m_start) or _names_an_institution(text, m_end):
                continue
            if _why_public(analysis, m_start, m_end) is None:
                hits.append(NameHit(m_start, m_end, "relative", None))
                hit_spans.add(m_start, m_end)
    # A first name found by its context is the same person wherever it is repeated
    # ("Olivia i klass 4 ... Olivia är 10 år", "Hej Ann-Sofi! ... Ann-Sofi").
    # Listed or not: the context made it a name ("Lapsesi Mykyta ... Mykytalla on").
    single = {form.lower() for h in hits if h.key in ("relative", "addressed") and h.public is None
              for form in _keys(text[h.start : h.end])[0]}
    # (and the nominative of a Swedish genitive found by its context: "Alvas 5-årsdag ... Alva")
    single |= {text[h.start : h.end - 1].lower() for h in hits if h.key == "relative" and h.public is None
               and text[h.end - 1 : h.end] == "s" and is_first_name(text[h.start : h.end - 1])}
    # A private person's first name from a full name or a list, repeated in a Finnish case
    # ("Olavi Pesosen paikka ... Olavin dementian vuoksi", "Lenni ... Lennin isä").
    inflected_only = {form.lower() for h in hits if h.key == "name" and h.public is None
                      for form in _keys(text[h.start : h.end])[0]} - single
    if single or inflected_only:
        for match in _CAP_WORD.finditer(text):
            if hit_spans.overlaps(match.start(), match.end()):
                continue
            word = match.group()
            forms = {f.lower() for f in _keys(word)[0]}
            # The Swedish genitive of the same first name ("Alice Isaksson, 9 år ... Alices
            # teckning", "Grattis Alva! ... Alvas 5-årsdag"): the same person's.
            genitive = word.endswith("s") and is_first_name(word[:-1])
            if genitive and re.match(r"[ \t]+[A-ZÅÄÖ]", text[match.end() : match.end() + 2]):
                continue  # "Elsas Café AB": a firm named after someone, not the person
            if genitive:
                forms.add(word[:-1].lower())
            if forms & single:
                pass
            elif not (forms & inflected_only and word.lower() not in inflected_only
                      and (genitive or (is_inflected_first_name(word)
                                        and (_FI_NAME_CASE.search(word) or _FI_PARTITIVE.search(word))))):
                continue
            if _after_proper_word(text, match.start()) or _names_an_institution(text, match.end()):
                continue
            hits.append(NameHit(match.start(), match.end(), "relative", None))
            hit_spans.add(match.start(), match.end())
    # A private person's surname repeated alone, in any case form ("Hei Olli-Pekka
    # Virtanen! ... Lähetimme viestin Virtaselle"): the same person.
    surnames = {}
    for h in hits:
        words = text[h.start : h.end].split()
        if h.public is None and h.key in ("name", "addressed") and len(words) >= 2:
            for form in _keys(" ".join(words))[1]:
                # (not a place the full name ran on into: "Alva Holmberg Västanfjärdistä")
                if form not in vocabulary.place_names():
                    surnames.setdefault(form, h.key)
    if surnames:
        for match in _CAP_WORD.finditer(text):
            if hit_spans.overlaps(match.start(), match.end()):
                continue
            keys = [surnames[f.lower()] for f in base_forms(match.group()) if f.lower() in surnames]
            if not keys or _after_proper_word(text, match.start()) or _names_an_institution(text, match.end()):
                continue
            # (not where any word is capitalised: many surnames are ordinary words, "Saaren
            # yllä" is "above the island", "Koski" a rapid)
            if _sentence_initial(text, match.start()) or not text[max(0, match.start() - 2) : match.start()].strip(" \t\n\"”“«»'"):
                continue
            if re.match(r"[ \t]+[A-ZÅÄÖ]", text[match.end() : match.end() + 2]):
                continue  # the start of another full name
            hits.append(NameHit(match.start(), match.end(), keys[0], None))
            hit_spans.add(match.start(), match.end())
    hits.sort(key=lambda h: h.start)
    # Names joined by "och", "ja", "&" or a comma share a credit, a work or a programme
    # line: "Eino Leinon ja Edith Södergranin runoja", "X och Y (S)".
    for i in range(len(hits) - 1, 0, -1):
        first, second = hits[i - 1], hits[i]
        joined = re.fullmatch(r"\s*(?:,|och|ja|and|&|samt|sekä)\s*", text[first.end : second.start])
        if joined and first.public is None and second.public in ("credit", "work", "programme", "party", "role"):
            hits[i - 1] = NameHit(first.start, first.end, first.key, second.public)
    for i in range(1, len(hits)):
        first, second = hits[i - 1], hits[i]
        joined = re.fullmatch(r"\s*(?:,|och|ja|and|&|samt|sekä)\s*", text[first.end : second.start])
        if joined and second.public is None and first.public in ("credit", "work", "programme", "role"):
            hits[i] = NameHit(second.start, second.end, second.key, first.public)
    # A pupil in a role at a school event ("Kiitos juontajille X ja Y (2. vuosikurssi)",
    # "Konferencier: X i åk 9"): a school class or year right after the name (or after the
    # name it is coordinated with) makes the name a pupil's, whatever role or programme
    # line it stands in. (An age alone does not: a youth council's chair "(17 v.)" holds
    # an elected role; the other names of a sentence with children's ages are the adults'.)
    from .context import sentence_at as sentence_of

    for i, hit in enumerate(hits):
        if hit.public in ("role", "programme", "credit") and hit.key == "name":
            after = text[hit.end : min(sentence_of(post, hit.start)[1], hit.end + _CLASS_AFTER)]
            lead = _CLASS_ATTACHED.match(after)
            found = lead and SCHOOL_CLASS.search(after, max(0, lead.end() - 1))
            if found and found.start() <= lead.end():
                hits[i] = NameHit(hit.start, hit.end, hit.key, None)
    # A special-category fact that the same sentence says of a person named in a public
    # role, by a pronoun after the name ("vår kollega X på förvaltningen – hon har varit
    # sjukskriven"): the role is public, the person's own health is not, and the name
    # says whose it is. A talk on a topic ("X håller ett infotillfälle om stroke") has no
    # such pronoun.
    if sensitive:
        from .context import sentence_at

        for i, hit in enumerate(hits):
            if hit.public not in ("role", "contact", "notice"):
                continue
            s_end = sentence_at(post, hit.start)[1]
            said = _PRONOUN_STATE.search(text, hit.end, s_end)
            if said and any(said.end() <= t_start < s_end for t_start, _ in sensitive):
                hits[i] = NameHit(hit.start, hit.end, hit.key, None)
    # First names signed after a closing greeting on the last line ("Terveisin Minna, Sari
    # ja Jukka", "Hälsningar från oss på kontaktcenter: Karin, Lena och Per"), which the
    # signature detector leaves out as it takes one signer: the writers.
    sign_off = _greeted_sign_off(text)
    if sign_off is None and sig and not sig.organisation:
        # Every name inside the signature's name span is a writer's, also where the span
        # lists several ("/Parkgänget, Vimmerby kommun – Emma, Jonas & Ali").
        sign_off = (sig.name_start, sig.name_end)
    if sign_off is not None:
        hits = [NameHit(h.start, h.end, h.key, "signer") if h.public is None and sign_off[0] <= h.start < sign_off[1]
                else h for h in hits]
    # A name that starts a line of the closing block, where only short lines of names,
    # titles, parties, employers and numbers follow the text ("Camilla Nyström,
    # hemvårdsledare / Kimitoöns kommun / 040 ...", "Karin Lundqvist / (C) Vimmerby"): the
    # writer's signature, also where the signature detector finds none.
    block = _closing_block(text)
    if block is not None:
        hits = [NameHit(h.start, h.end, h.key, "signer")
                if h.public is None and h.key == "name" and h.start >= block and line_at(text, h.start)[0] == h.start
                else h for h in hits]
    # A full name whose first name or surname is said, elsewhere in the post, to hold a
    # role ("Välkommen till Vimmerby, Tomas Lund! Tomas är vår nya kommundirektör").
    said = _roles_said(text)
    for i, hit in enumerate(hits):
        if hit.public is None and hit.key == "name" and said:
            words = text[hit.start : hit.end].split()
            if len(words) >= 2 and any(not hit.start <= at < hit.end for w in {words[0], words[-1]} for at in said.get(w, ())):
                hits[i] = NameHit(hit.start, hit.end, hit.key, "role")
    # The recipient of a prize or an award in a post (not a reply): public by the award
    # as some publishers see it, a private person by others (the labelled sets name plain
    # recipients as personal data, the correct-post writers publish them): a doubt, which
    # the rule reports as a hint. Not a child's (an age or a pupil in the paragraph).
    hits = [NameHit(h.start, h.end, h.key, None, "honour")
            if h.public is None and h.key == "name" and _honour(analysis, h.start) else h for h in hits]
    # A full name with nothing in its paragraph that makes it a private resident's (no
    # personal data, age, private role, relation, life event, lost property or permit
    # application): the name of someone whose public role the text does not state, or a
    # resident's the text says nothing private of. A doubt, which the rule reports as a
    # hint (issue 10: "at most info where unsure").
    if post.kind != "reply":
        seen: dict = {}
        hits = [NameHit(h.start, h.end, h.key, None, "bare")
                if h.public is None and h.doubt is None and h.key == "name" and not _resident_cue(analysis, h.start, h.end, seen)
                else h for h in hits]
    # A name introduced in a public role is public wherever it is repeated.
    known = _Persons([_keys(" ".join(text[h.start : h.end].split())) for h in hits if h.public and h.public != "signer"])
    known_signers = signer_keys
    honoured = _Persons([_keys(" ".join(text[h.start : h.end].split())) for h in hits if h.doubt == "honour"])
    out = []
    for hit in hits:
        if hit.public is None:
            name = " ".join(text[hit.start : hit.end].split())
            if known_signers and _same_person(name, known_signers):
                hit = NameHit(hit.start, hit.end, hit.key, "signer")
            elif (known.first or known.last) and known.same(name):
                hit = NameHit(hit.start, hit.end, hit.key, "introduced")
            elif hit.doubt is None and hit.key == "name" and honoured.same(name):
                # the recipient named again in the next paragraph or the other language
                hit = NameHit(hit.start, hit.end, hit.key, None, "honour")
        out.append(hit)
    return sorted(out, key=lambda h: h.start)
