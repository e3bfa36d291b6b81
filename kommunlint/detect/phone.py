"""Detector of phone numbers (phonenumbers' matcher, regions SE and FI), with their context.

Finds Swedish and Finnish numbers in national and international format with
phonenumbers' ``PhoneNumberMatcher`` (the profile's country first) and records, for
each, what the rule needs to decide: mobile or fixed line, its E.164 form (to compare
with the numbers the municipality publishes), whether it stands in the writer's
signature, and whether it stands on a staff member's contact line. Time ranges
(08.00-09.30), dates, Y-tunnus (0201256-6), case numbers, national ids and numbers in
URLs are not phone numbers. Context words: ``detect/data/context_words.yaml`` and
``contact.yaml``.

Whose a number is (``public``; ``None`` when nothing says it is not a private person's):

``contact``  a staff member's contact: a clause that starts with a further-information
             label ("Lisätietoja / Mer information: ...", "Frågor: ...", "Närmare
             uppgifter ger ..."), a contact item after a title, an employer or a public
             name ("Anna Berg, rektor, 070 ...", "muistihoitaja X, p. 040 ..."), a number
             alone on its line in a contact block;
``service``  an organisation's or a service's line: switchboards, service lines, offices,
             on-call numbers, telephone hours ("Hangö Vatten 040 ...", "Jour / Päivystys:
             040 ...", "idrottsbyrån 040 ...", "telefontid ... på 0918 ...");
``writer``   the writer's own number in a signed post ("ring mig", "Minut tavoittaa",
             "soita rohkeasti: 040 ...").

A clause with a private cue (dig, sinulle, ägaren, omistaja, privat, hänen ...) is never
``service`` or ``writer``. ``labelled``: the number follows tfn/tel/tlf/puh/p. and nothing
says it is a private person's (a contact number, but whose is not said).
"""

from __future__ import annotations

import bisect
import re
import weakref
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from .. import recache
from . import vocabulary
from .context import LOOK, before, contact_words, line_at, marked_as_other_number, overlaps, window_before

if TYPE_CHECKING:
    from . import Analysis

_TIME_RANGE = recache.compile(r"^\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}$")
_Y_TUNNUS = recache.compile(r"^\d{7}-\d$")
_DATE_LIKE = recache.compile(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$")


@dataclass(frozen=True)
class PhoneNumber:
    """A phone number in the post.

    Attributes:
        start, end: 0-based code-point offsets into ``Post.text``, end exclusive.
        mobile: a mobile (or personal/pager) number rather than a fixed line.
        e164: the number in E.164 form read in the profile's country (``+46701740605``),
            empty when it does not parse there.
        in_signature: inside the writer's own signature.
        on_contact_line: on a staff member's contact line (``public == "contact"``, or a
            "tel./puh." line that names a staff member, the signer or an official
            e-mail address).
        public: why the number is not a private person's (``contact``, ``service``,
            ``writer``), or ``None``.
        labelled: introduced by an abbreviated contact label (tfn, tel, tlf, puh, p.).
    """

    start: int
    end: int
    mobile: bool
    e164: str
    in_signature: bool
    on_contact_line: bool
    public: str | None = None
    labelled: bool = False


def regions(country: str | None) -> tuple[str, ...]:
    """Regions to parse numbers for, the profile's country first (``("FI", "SE")`` for FI)."""
    return ("FI", "SE") if (country or "").upper() == "FI" else ("SE", "FI")


def e164_set(numbers: Iterable[str], country: str | None) -> frozenset[str]:
    """E.164 forms of ``numbers`` read in both regions (unparseable ones are skipped)."""
    return _e164_set(tuple(str(n) for n in numbers), regions(country))


@lru_cache(maxsize=64)
def _e164_set(numbers: tuple[str, ...], regions_: tuple[str, ...]) -> frozenset[str]:
    import phonenumbers

    out: set[str] = set()
    for number in numbers:
        for region in regions_:
            try:
                out.add(phonenumbers.format_number(phonenumbers.parse(number, region), phonenumbers.PhoneNumberFormat.E164))
            except phonenumbers.NumberParseException:
                continue
    return frozenset(out)


@lru_cache(maxsize=1)
def _contact_label() -> re.Pattern[str]:
    labels = vocabulary.alternation(vocabulary.words("context_words", "contact_label"))
    return recache.compile(rf"(?i)(?<!\w)(?:{labels})\.?\s*:?\s*(?=\+?\d)")


@lru_cache(maxsize=1)
def _further_info() -> re.Pattern[str]:
    phrases = vocabulary.alternation(vocabulary.words("context_words", "further_info"))
    return recache.compile(rf"(?i)(?<!\w)(?:{phrases})(?!\w)")


#: Per analysis and line start: ``[verdict, searched, found_end]`` for
#: :func:`_on_contact_line` (``verdict`` None: it depends on the text before the number).
_CONTACT_LINES: "weakref.WeakKeyDictionary[Analysis, dict[int, list]]" = weakref.WeakKeyDictionary()


def _on_contact_line(analysis: "Analysis", start: int) -> bool:
    """True when ``start`` is on a "tel./puh." line of a staff member or further-info contact.

    Linear in the post for any number of numbers on one line: what depends only on the
    line (a contact label, the signer's name, a title, an official domain) is computed
    once per line; a further-information phrase before ``start`` is searched
    incrementally, from where the previous (earlier) number of the line left off.
    """
    from .signature import title_in

    text = analysis.post.text
    line_start, line_end = line_at(text, start)
    lines = _CONTACT_LINES.setdefault(analysis, {})
    state = lines.get(line_start)
    if state is None:
        line = text[line_start:line_end]
        verdict: bool | None = False
        if _contact_label().search(line):
            sig = analysis.signature
            lowered = line.lower()
            domains = [d.lower() for d in analysis.profile.domains]
            if (sig and sig.name in line) or title_in(line) or any("@" + d in lowered or "." + d in lowered for d in domains):
                verdict = True
            else:
                verdict = None
        state = lines[line_start] = [verdict, line_start, None]
    verdict, searched, found_end = state
    if verdict is not None:
        return verdict
    # A further-information phrase in text[line_start:start] (search with endpos is the
    # search of that slice). Known: none in text[line_start:searched], or one ending at
    # found_end. A phrase ending at the old window's end was checked against the end of
    # the window, not the character after it: that case, and an earlier start (the
    # second region's pass), search the whole window again.
    if found_end is not None and found_end < searched and found_end <= start:
        return True
    phrases = _further_info()
    if start < searched or found_end is not None:
        match = phrases.search(text, line_start, start)
    else:
        match = phrases.search(text, max(line_start, searched - _further_info_longest()), start)
    state[1], state[2] = start, (match.end() if match else None)
    return match is not None


@lru_cache(maxsize=1)
def _further_info_longest() -> int:
    """Characters a further-information phrase can span (one more for safety)."""
    return max(len(w) for w in vocabulary.words("context_words", "further_info")) + 1


_ITEM_END = recache.compile(
    r"(?:[,:–—/]|(?<!\w)(?:tfn|tel|tlf|puh|p|mob|gsm|telefon|puhelin)\.?:?"
    r"|(?<!\w)(?:nås|når|ring|ringa|svarar|tavoittaa|tavoitat|tavoitetaan|vastaa|vastaavat|soita|soittaa|soitat|soittamalla|soittakaa)\s+(?:[\w-]+\s+){0,3}?(?:på|numerosta|numeroon|numerossa|nummer|numret)(?:\s+(?:tfn|tel|puh|p)\.?)?"
    # a genitive's number: "Satamakapteenin numero 040 ...", "hamnkaptenens nummer 040 ..."
    r"|(?<!\w)\w{1,40}(?<=[ns])\s+(?:puhelin)?(?:numero|nummer)\s*:?)\s*$"
)
#: A telephone emoji as a contact line's label ("📞 040 ...", "☎️ 019 ...", "📱 040 ..."),
#: as "tfn"/"puh." is.
PHONE_EMOJI = "(?:\U0001F4DE|\u260E\ufe0f?|\U0001F4F1|\u260F)"
_ABBREVIATED_LABEL = recache.compile(rf"(?i)(?:(?<!\w)(?:tfn|tel|tlf|puh|p|mob|gsm)\.?|{PHONE_EMOJI})\s*:?\s*$")
#: The label at the line's start and a few lower-case words saying when or for what
#: before the number: "Tfn under insamlingsdagarna 044 ...", "Puh. keräyspäivinä 040 ...",
#: "Tel. vardagar kl. 9 040 ..." (no capitalised word: "Tfn Anna 070 ..." names an owner).
_LABEL_AND_WHEN = recache.compile(
    r"(?i:(?:^|(?<=\n))[ \t]{0,4}(?:tfn|tel|tlf|telefon|puh|puhelin|mob|gsm)\.?)"
    r"(?:[ \t]{1,3}[a-zåäö0-9][\w.–-]{0,30}){1,4}[ \t]{0,3}:?[ \t]{0,3}$"
)
#: Telephone hours right after a number: "(vardagar kl. 9–15)", "arkisin klo 9–12",
#: "(mån–fre 8–16)", "ma–pe klo 10–14".
_HOURS_AFTER = recache.compile(
    r"(?i)^[ \t]{0,3}[(,–—-]?[ \t]{0,3}(?:(?:vardagar|vardag|arkisin|arkipäivisin|helgfria[ \t]+vardagar)(?:[ \t]+(?:kl|klo)\.?)?"
    r"|(?:mån|må|ma|mon)\.?[ \t]?[–—-][ \t]?(?:fre|fr|pe|to|tors)\.?(?:[ \t]+(?:kl|klo)\.?)?|(?:kl|klo)\.?)"
    r"[ \t]{0,3}\d{1,2}(?:[.:]\d{2})?[ \t]?[–—-][ \t]?\d{1,2}"
)
#: A web address and "or" (or a comma) right before the number: "finferries.fi tai ", "www.x.se eller ".
_SITE_BEFORE = recache.compile(
    r"(?i)(?<![\w@.-])(?:https?://)?(?:www\.)?[\w-]{2,40}(?:\.[\w-]{2,40})*\.(?:fi|se|com|org|net|nu|eu|ax)(?:/\S*)?"
    r"[ \t]{0,3}(?:,|/|eller|tai|or|och|ja)[ \t]{1,3}$"
)
#: "or" and a web address right after the number: " eller www.x.se", " tai kokkola.fi".
_SITE_AFTER = recache.compile(
    r"(?i)^[ \t]{0,3}(?:,|/|eller|tai|or)[ \t]{1,3}(?:https?://)?(?:www\.)?[\w-]{2,40}(?:\.[\w-]{2,40})*\.(?:fi|se|com|org|net|nu|eu|ax)(?![\w@])"
)
_BREAK = recache.compile(r"(?<!\w)(?P<word>\w*)(?P<mark>[.!?])\s+(?=[A-ZÅÄÖ])|[!?;]\s*")
_ABBREVIATIONS = frozenset({"p", "puh", "tfn", "tel", "tlf", "klo", "kl", "mm", "ca", "bl", "t", "nr", "n", "s", "esim", "ns", "ym", "jne", "etc"})


@lru_cache(maxsize=1)
def _invitation_at_end() -> re.Pattern[str]:
    words = vocabulary.alternation(vocabulary.words("contact", "call_invitation"))
    return recache.compile(rf"(?i)(?<!\w)(?:{words})[\s:,.\-–]*$")


def _clause_before(text: str, start: int) -> str:
    """The clause before ``start``: from the last line or sentence break (an abbreviation's
    period, as in "p." or "klo", is not a break) to ``start``, at most :data:`LOOK`
    characters of it."""
    line_start, _ = line_at(text, start)
    before = window_before(text, line_start, start)
    cut = 0
    for match in _BREAK.finditer(before):
        if match.group("mark") == "." and (match.group("word").lower() in _ABBREVIATIONS or match.group("word").isdigit()):
            continue
        cut = match.end()
    return before[cut:]


_LABEL_LINE = recache.compile(
    r"^\s*(?P<label>[A-ZÅÄÖ][\w-]*(?:(?:\s*/\s*|\s+|\s*,\s*)[\w-]+){0,5})\s*:\s*(?:(?:tfn|tel|tlf|puh|p|mob)\.?\s*)?$"
)


#: Labels that only say "number": they do not say whose it is.
_BARE_NUMBER_LABELS = frozenset({
    "nummer", "numret", "telefon", "telefonnummer", "telefonnumret", "mobil", "mobilnummer", "mobilnumret", "tfn",
    "tel", "tlf", "gsm", "phone", "numero", "puhelin", "puhelinnumero", "puh", "matkapuhelin", "kännykkä", "p",
})


#: Third-person pronouns among the private cues: after a number that follows a named
#: person they are that person ("X (040 ...), häneen voi olla yhteydessä").
_PRONOUN = recache.compile(r"(?i)^(?:hänen|hänelle|häneen|hans|hennes)$")


def _private_after(after: str) -> bool:
    """A private cue right after a number (:func:`~kommunlint.detect.context.contact_words` ``private``) other than a
    third-person pronoun."""
    return any(not _PRONOUN.match(m.group().strip()) for m in contact_words("private").finditer(after))


def _units_only(head: str) -> bool:
    """True when ``head`` (a line's text before its number) names only units, services or
    organisations, each part of a " / " or "," list ("Ympäristöterveydenhuolto /
    Miljöhälsovården", "Tekniska kontoret"), with no first name in it (not "Anna, kansliet")."""
    from .names import is_first_name
    from .roles import organisation_re, work_unit_re

    parts = [p.strip() for p in re.split(r"[/,]", head) if p.strip()]
    if not parts or len(parts) > 3:
        return False
    for part in parts:
        words = part.split()
        if len(words) > 4 or any(is_first_name(w) for w in words) or not re.fullmatch(r"[\w&. -]+", part):
            return False
        if not (work_unit_re().search(part) or organisation_re().search(part) or contact_words("service").search(part)):
            return False
    return True


def _private_words(text: str, start: int, end: int) -> bool:
    """True when a private cue word stands in the number's clause or right after it
    ("Dina uppgifter (tfn ...)", "omistajan numero", "... privat")."""
    _, line_end = line_at(text, start)
    return bool(contact_words("private").search(_clause_before(text, start))
                or contact_words("private").search(text[end:min(line_end, end + 40)]))


def _private_cue(analysis: "Analysis", start: int, end: int) -> bool:
    """True when the clause of the number says it is a private person's (a private cue
    word, or a private person's name on its line)."""
    text = analysis.post.text
    line_start, line_end = line_at(text, start)
    if _private_words(text, start, end):
        return True
    return _names(analysis).private_in(line_start, line_end)


class _NameIndex:
    """The post's person names (:attr:`Analysis.person_names`, sorted by start, none
    across a line break) indexed once: whether a public or a private name starts in a
    range, and the end of the last public name before an offset, by binary search
    (each number of a line of many names and numbers asks in O(log n))."""

    def __init__(self, names: list) -> None:
        self.starts = [h.start for h in names]
        self.public_before = [0]  # public_before[i]: public names among names[:i]
        self.private_before = [0]
        for h in names:
            self.public_before.append(self.public_before[-1] + bool(h.public))
            self.private_before.append(self.private_before[-1] + (not h.public))
        ends = sorted((h.end, h.start) for h in names if h.public)
        self.public_ends = [e for e, _ in ends]
        self.public_end_starts = [s for _, s in ends]

    def _count(self, prefix: list[int], lo: int, hi: int) -> int:
        return prefix[bisect.bisect_left(self.starts, hi)] - prefix[bisect.bisect_left(self.starts, lo)]

    def public_in(self, lo: int, hi: int) -> bool:
        """A public name starts in ``[lo, hi)``."""
        return self._count(self.public_before, lo, hi) > 0

    def private_in(self, lo: int, hi: int) -> bool:
        """A private person's name starts in ``[lo, hi)``."""
        return self._count(self.private_before, lo, hi) > 0

    def last_public_end(self, line_start: int, start: int) -> int:
        """The largest end ``<= start`` of a public name starting at or after
        ``line_start``, else -1 (names do not cross lines: the name ending last before
        ``start`` is on the line or none of the line's names ends before ``start``)."""
        i = bisect.bisect_right(self.public_ends, start) - 1
        return self.public_ends[i] if i >= 0 and self.public_end_starts[i] >= line_start else -1


_NAME_INDEXES: "weakref.WeakKeyDictionary[Analysis, _NameIndex]" = weakref.WeakKeyDictionary()


def _names(analysis: "Analysis") -> _NameIndex:
    index = _NAME_INDEXES.get(analysis)
    if index is None:
        index = _NAME_INDEXES[analysis] = _NameIndex(analysis.person_names)
    return index


def _names_someone(clause: str) -> bool:
    """True when a capitalised word of ``clause`` after its first is a first name, plain or
    inflected ("Ring Eva på 070 ...", "Soita Annalle ..."): the number is then that
    person's, not the organisation's line the clause would otherwise point to."""
    from .names import is_first_name, is_inflected_first_name

    return any(is_first_name(w) or is_inflected_first_name(w)
               for w in re.findall(r"(?<![\w-])[A-ZÅÄÖ][\w-]+", clause)[1:])


#: Between a public name and its number: a few words, and the same person's other
#: numbers before it ("X på telefon 0492-123 45 eller 070-123 45 67": both are X's).
_AFTER_PUBLIC_NAME = recache.compile(r"[^\d.!?;]{0,30}(?:\+?\d[\d \-]{4,16}\d[^\d.!?;]{1,12}){0,3}")


def _whose(analysis: "Analysis", start: int, end: int) -> str | None:
    """Why the number at ``start`` is not a private person's (see the module docstring)."""
    from .context import paragraph_at, sentence_at
    from .names import is_first_name
    from .roles import is_title_word, organisation_re, title_in

    text = analysis.post.text
    clause = _clause_before(text, start)
    s_start, s_end = sentence_at(analysis.post, start)
    # At most LOOK characters either side of the number (a long sentence is not copied
    # and searched again for each of its numbers).
    sentence = text[max(s_start, start - LOOK) : min(s_end, start + LOOK)]
    line_start, line_end = line_at(text, start)
    after = text[end:min(line_end, end + LOOK)]
    private = contact_words("private").search(clause) or contact_words("private").search(after[:40])
    names = _names(analysis)
    public_name_before = names.public_in(line_start, start)
    # A private name on the number's line, unless the number's own sentence gives it to
    # a public name first (the reader greeted in the sentence before: "Hej Mikael! ...
    # Vägföreningens kontaktperson är X, 070 ...").
    in_sentence = max(line_start, s_start), min(line_end, s_end)
    private_name_near = names.private_in(*in_sentence) or (
        names.private_in(line_start, line_end) and not names.public_in(in_sentence[0], start))
    if contact_words("further_info_labels").search(clause) and not private:
        return "contact"
    # A contact item: the number follows a title, an employer or a public name, after a
    # comma, colon, dash or a contact label ("X, rektor, 070 ...", "muistihoitaja X, p. 040").
    # Also after a verb of reaching and "på"/"numerosta" ("Hamnkaptenen nås på 040 ...",
    # "Satamakapteenin tavoittaa kaudella numerosta 040 ...").
    item = _ITEM_END.search(clause)
    if item and not private and not private_name_near and (
        title_in(clause) or organisation_re().search(clause) or public_name_before
    ):
        return "contact"
    # Right after a name in a public role, a few words between ("tavoitat johtavan
    # sosiaalityöntekijän X numerosta 040 ...", "nås X på 070 ..."): that staff member's.
    last_public = names.last_public_end(line_start, start)
    # (a pronoun after the number is that person: "puheenjohtaja X (040 ...), häneen voi
    # olla yhteydessä" — not a third person's number as in "hänen numeronsa on ...")
    private_here = contact_words("private").search(clause) or _private_after(after[:40])
    if last_public >= 0 and not private_here and not private_name_near and _AFTER_PUBLIC_NAME.fullmatch(
        text, last_public, start
    ):
        return "contact"
    if not private and not private_name_near and contact_words("service").search(clause):
        return "service"
    # The organisation tells the reader to order a service or report a fault on a number ("Beställ
    # hämtning ...: 040 ...", "ilmoitathan uudelleen numeroon 040 ..."): its own line or a
    # service's, unless a person is named in the clause ("Ring Eva på 070 ...").
    if (not private and not private_name_near and analysis.post.account == "official"
            and contact_words("instruction").search(clause)
            and not _names_someone(clause)):
        return "service"
    if not private and not private_name_near and analysis.post.account == "official" and contact_words("we").search(clause):
        return "service"
    # The municipality answering a resident and inviting them to call a number with no
    # person named before it ("Ring gärna 040 ... så hjälper vi dig", "Soita 040 ..."): its
    # own line. (Not in a post: "Säljes: cykel, ring 070 ..." is anyone's.)
    if (not private and not private_name_near and analysis.post.account == "official" and analysis.post.kind == "reply"
            and _invitation_at_end().search(clause)
            and not _names_someone(clause)):
        return "service"
    # The same invitation in the organisation's own post, continuing a clause about what is
    # offered, with no private person named in its paragraph and nothing there of a
    # resident's or a seller's ("Svävaren trafikerar enligt behov, ring 0400 ...", "...
    # tarpeen mukaan, soita 0400 ... viimeistään tuntia ennen"): the service's line. (Not a
    # bare "Ring 070 ...", nor "Säljes: cykel, ring 070 ...", nor "Hittad katt ... ring
    # 070 ...": anyone's, the seller's, the finder's.)
    invitation = _invitation_at_end().search(clause) if analysis.post.kind != "reply" else None
    if (invitation and not private and not private_name_near and analysis.post.account == "official"
            and _clause_and_comma(clause[: invitation.start()]) and not _names_someone(clause)):
        if not _resident_paragraph(analysis, paragraph_at(analysis.post, start)):
            return "service"
    if not private and not private_name_near:
        # Telephone hours right after the number ("040 ... (vardagar kl. 9–15)", "p. 040 ...
        # arkisin klo 9–12"): a service's line, which a person's mobile does not keep.
        if analysis.post.account == "official" and _HOURS_AFTER.match(after):
            return "service"
        # Given as an alternative to a web address ("finferries.fi tai 0400 ...", "040 ...
        # eller www.x.se"): an organisation's line beside its site.
        if _SITE_BEFORE.search(clause) or _SITE_AFTER.match(after):
            return "service"
        # A line headed by units or services only, then a comma or a dash ("Ympäristöterveydenhuolto
        # / Miljöhälsovården, 044 ..."): the unit's number.
        head = text[line_start:start].strip(" \t,:–—-")
        if head and start - line_start <= LOOK and _units_only(head):
            return "service"
    # A contact block line "Label: number" ("Hemtjänsten: 070 ...", "Snöröjning / Lumityöt: 040 ..."),
    # also after the last sentence of its line ("Servering i stugan. Backvärd: 070 ...").
    # (the number's sentence on its line, worked out above, is where the label may start)
    label = _LABEL_LINE.match(text[in_sentence[0]:start]) if start - in_sentence[0] <= LOOK else None
    if label and label.group("label").strip().lower() not in _BARE_NUMBER_LABELS and not private and not private_name_near and not any(
        is_first_name(w) for w in re.findall(r"[A-ZÅÄÖ][\w-]+", label.group("label"))
    ):
        return "service"
    # After nothing but titles on its line ("Vaktmästare / Vahtimestari 040 ..."): the
    # line names the post's holder by the title, the number is the work phone.
    head = text[line_start:start].strip(" \t:–-")
    if head and not private and not private_name_near and start - line_start <= LOOK and all(
        is_title_word(w) for w in re.split(r"[/,&]|(?<!\w)(?:och|ja)(?!\w)", head)
    ):
        return "contact"
    # Alone on its line in a contact block: the lines above give a name, title or label.
    # (A line with more than LOOK characters before or after the number is not a lone number.)
    alone = start - line_start <= LOOK and line_end - end <= LOOK and not re.sub(
        rf"(?i)(?:tfn|tel|tlf|puh|p|mob|gsm|telefon|puhelin)\.?:?|{PHONE_EMOJI}|[\s,.:;]", "", text[line_start:start] + after)
    if alone and not private:
        above = text[max(0, text.rfind("\n", 0, max(0, line_start - 1)) - 200) : line_start]
        above_lines = [l for l in above.split("\n") if l.strip()][-3:]
        if any(title_in(l) or contact_words("further_info_labels").search(l) or organisation_re().search(l)
               or "@" in l or re.search(r"\((?:at|a)\)|\[at\]", l) for l in above_lines):
            return "contact"
        # Under a label line of a service ("Jour kvällar och helger:", "Päivystys
        # viikonloppuisin:"): the service's number, given on the next line.
        if above_lines and above_lines[-1].rstrip().endswith(":") and contact_words("service").search(above_lines[-1]):
            return "service"
    # Given together with an address at the municipality's own domains in the same
    # sentence ("Du når henne på 040 ... och fornamn.efternamn@hanko.fi", "Tavoitat hänet
    # numerosta 040 ... tai osoitteesta ...@kokkola.fi"): a work contact.
    if not private and not private_name_near:
        if any(e.at(analysis.profile.domains) or e.own_name for e in analysis.emails_in(s_start, s_end)):
            return "contact"
    sig = analysis.signature
    if sig is not None and not private and not private_name_near:
        if contact_words("first_person").search(sentence):
            return "writer"
        if _invitation_at_end().search(clause):
            return "writer"
    return None


_RESIDENT_PARAGRAPHS: "weakref.WeakKeyDictionary[Analysis, dict[tuple[int, int], bool]]" = weakref.WeakKeyDictionary()


def _resident_paragraph(analysis: "Analysis", paragraph: tuple[int, int]) -> bool:
    """True when the paragraph ``(start, end)`` (0-based, end exclusive) names a private
    person, holds a resident cue (``resident_cues.yaml``: lost property, pets, life
    events ...) or a classified ad's word (``contact.yaml`` ``classified``). Each
    paragraph is read once per post (a line of many numbers asks once, not per number)."""
    from .person_name import resident_cue_re

    seen = _RESIDENT_PARAGRAPHS.setdefault(analysis, {})
    if paragraph not in seen:
        lo, hi = paragraph
        text = analysis.post.text
        seen[paragraph] = bool(_names(analysis).private_in(lo, hi) or resident_cue_re().search(text, lo, hi)
                               or contact_words("classified").search(text, lo, hi))
    return seen[paragraph]


def _clause_and_comma(before: str) -> bool:
    """True when ``before`` (the clause up to an invitation to call) ends in a clause of two
    words or more and a comma, with no colon in it ("Svävaren trafikerar enligt behov, "
    before "ring"; not "" before a bare "Ring", nor "Säljes: cykel, ")."""
    stripped = before.rstrip(" \t")
    if not stripped.endswith(","):
        return False
    last = stripped[:-1].split(",")[-1]
    return ":" not in last and len(re.findall(r"\w+", last)) >= 2


#: phonenumbers' separators inside a number (``phonenumberutil._VALID_PUNCTUATION``,
#: ``x`` included); a test checks they are still the library's.
_NUMBER_PUNCTUATION = (
    "-x\u2010-\u2015\u2212\u30FC\uFF0D-\uFF0F \u00A0\u00AD\u200B\u2060\u3000()"
    "\uFF08\uFF09\uFF3B\uFF3D.\\[\\]/~\u2053\u223C\uFF5E"
)
#: Digits a valid number has at least: Finland's shortest national significant number
#: (5 digits); an international one is longer (a country code and at least 4 digits).
#: A test checks this against phonenumbers' metadata.
MIN_NUMBER_DIGITS = 5


@lru_cache(maxsize=1)
def _digit_run() -> re.Pattern[str]:
    # Digits joined by at most four separators: the shape of phonenumbers' matcher
    # candidates (phonenumbermatcher._PATTERN: digit blocks separated by up to four of
    # _VALID_PUNCTUATION, case-insensitive like the library), without its limits.
    return recache.compile(rf"(?i)\d(?:[{_NUMBER_PUNCTUATION}]{{0,4}}\d)*")


def may_hold_number(text: str) -> bool:
    """False when ``text`` cannot hold a number phonenumbers' matcher accepts: no run of
    digits joined by its separators has :data:`MIN_NUMBER_DIGITS` digits. Lets a post
    without one skip importing phonenumbers (its metadata is a fifth of a cold run)."""
    return any(sum(ch.isdigit() for ch in run.group()) >= MIN_NUMBER_DIGITS for run in _digit_run().finditer(text))


def detect(analysis: "Analysis") -> list[PhoneNumber]:
    """Every phone number in the post, sorted by position (see the module docstring)."""
    text = analysis.post.text
    if not may_hold_number(text):
        return []
    import phonenumbers

    ids = [(i.start, i.end) for i in analysis.national_ids]
    urls = analysis.urls
    sig = analysis.signature
    case_words = vocabulary.words("context_words", "case_number")
    mobile_types = {
        phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
        phonenumbers.PhoneNumberType.PAGER, phonenumbers.PhoneNumberType.PERSONAL_NUMBER,
    }
    first_region = regions(analysis.profile.country)[:1]
    found: list[PhoneNumber] = []
    taken: list[tuple[int, int]] = []
    for region in regions(analysis.profile.country):
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID):
            start, end, raw = match.start, match.end, match.raw_string
            if overlaps(start, end, taken) or overlaps(start, end, ids) or overlaps(start, end, urls):
                continue
            if _TIME_RANGE.match(raw) or _Y_TUNNUS.match(raw) or _DATE_LIKE.match(raw):
                continue
            if marked_as_other_number(text, start, end) or any(w in before(text, start, 25) for w in case_words):
                continue
            taken.append((start, end))
            public = _whose(analysis, start, end)
            found.append(PhoneNumber(
                start, end,
                mobile=phonenumbers.number_type(match.number) in mobile_types,
                e164=next(iter(_e164_set((raw,), first_region)), ""),
                in_signature=bool(sig and sig.start <= start < sig.end),
                # (A private cue in the number's clause wins over a title elsewhere on its
                # line: "Dina uppgifter (tfn ...) har vi dolt. Handläggaren ringer dig.")
                on_contact_line=public == "contact" or (_on_contact_line(analysis, start) and not _private_words(text, start, end)),
                public=public,
                labelled=bool(_ABBREVIATED_LABEL.search(text[max(0, start - 12) : start])
                              or _LABEL_AND_WHEN.search(text[max(0, start - 60) : start]))
                and not _private_cue(analysis, start, end),
            ))
    return sorted(found, key=lambda p: p.start)
