"""Detector of phone numbers (phonenumbers' matcher, regions SE and FI), with their context.

Finds Swedish and Finnish numbers in national and international format with
phonenumbers' ``PhoneNumberMatcher`` (the profile's country first) and records, for
each, what the rule needs to decide: mobile or fixed line, its E.164 form (to compare
with the numbers the municipality publishes), whether it stands in the writer's
signature, and whether it stands on a staff member's contact line. Time ranges
(08.00-09.30), dates, Y-tunnus (0201256-6), case numbers, national ids and numbers in
URLs are not phone numbers. Context words: ``detect/data/context_words.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from . import vocabulary
from .context import before, line_at, marked_as_other_number, overlaps

if TYPE_CHECKING:
    from . import Analysis

_TIME_RANGE = re.compile(r"^\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}$")
_Y_TUNNUS = re.compile(r"^\d{7}-\d$")
_DATE_LIKE = re.compile(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$")


@dataclass(frozen=True)
class PhoneNumber:
    """A phone number in the post.

    Attributes:
        start, end: 0-based code-point offsets into ``Post.text``, end exclusive.
        mobile: a mobile (or personal/pager) number rather than a fixed line.
        e164: the number in E.164 form read in the profile's country (``+46701740605``),
            empty when it does not parse there.
        in_signature: inside the writer's own signature.
        on_contact_line: on a "tel./puh." line that names a staff member (a title, the
            signer, an official e-mail address) or gives the contact for further
            information ("Lisätietoja antaa ...").
    """

    start: int
    end: int
    mobile: bool
    e164: str
    in_signature: bool
    on_contact_line: bool


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
    return re.compile(rf"(?i)(?<!\w)(?:{labels})\.?\s*:?\s*(?=\+?\d)")


@lru_cache(maxsize=1)
def _further_info() -> re.Pattern[str]:
    phrases = vocabulary.alternation(vocabulary.words("context_words", "further_info"))
    return re.compile(rf"(?i)(?<!\w)(?:{phrases})(?!\w)")


def _on_contact_line(analysis: "Analysis", start: int) -> bool:
    """True when ``start`` is on a "tel./puh." line of a staff member or further-info contact."""
    from .signature import title_in

    text = analysis.post.text
    line_start, line_end = line_at(text, start)
    line = text[line_start:line_end]
    if not _contact_label().search(line):
        return False
    sig = analysis.signature
    lowered = line.lower()
    domains = [d.lower() for d in analysis.profile.domains]
    return bool(
        (sig and sig.name in line)
        or title_in(line)
        or any("@" + d in lowered or "." + d in lowered for d in domains)
        or _further_info().search(text[line_start:start])
    )


def detect(analysis: "Analysis") -> list[PhoneNumber]:
    """Every phone number in the post, sorted by position (see the module docstring)."""
    import phonenumbers

    text = analysis.post.text
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
            found.append(PhoneNumber(
                start, end,
                mobile=phonenumbers.number_type(match.number) in mobile_types,
                e164=next(iter(_e164_set((raw,), first_region)), ""),
                in_signature=bool(sig and sig.start <= start < sig.end),
                on_contact_line=_on_contact_line(analysis, start),
            ))
    return sorted(found, key=lambda p: p.start)
