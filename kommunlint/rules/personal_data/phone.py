"""``personal-data/phone``: private phone numbers (phonenumbers' matcher, regions SE and FI)."""

from __future__ import annotations

import re
from typing import Any, Iterator

from ...finding import Problem
from .. import rule
from .context import before, cached, marked_as_other_number, overlaps, signature, url_spans
from .national_id import find_national_ids

_TIME_RANGE = re.compile(r"^\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}$")
_Y_TUNNUS = re.compile(r"^\d{7}-\d$")
_DATE_LIKE = re.compile(r"^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$")
#: A line labelled as a contact line: "tel.", "puh.", "mobil", "gsm", ...
_CONTACT_LABEL = re.compile(r"(?i)(?<!\w)(?:tel|tfn|telefon|mobil|mob|gsm|puh|puhelin|p|phone)\.?\s*:?\s*(?=\+?\d)")
#: The phrases official notices and job ads use to give a contact for further information.
_FURTHER_INFO = re.compile(
    r"(?i)(?<!\w)(?:lisätietoja|lisätiedot|lisätietoa|tiedustelut|yhteyshenkilö|yhteystiedot|"
    r"mer information|ytterligare (?:information|upplysningar)|upplysningar|närmare uppgifter|"
    r"kontaktperson|frågor besvaras)(?!\w)"
)
_CASE_WORDS = ("dnr", "diarie", "ärendenummer", "ärendenr", "asianumero", "dnro", "§")


def _e164_set(numbers: list[str], regions: tuple[str, ...]) -> set[str]:
    import phonenumbers

    out: set[str] = set()
    for number in numbers:
        for region in regions:
            try:
                out.add(phonenumbers.format_number(phonenumbers.parse(str(number), region), phonenumbers.PhoneNumberFormat.E164))
            except phonenumbers.NumberParseException:
                continue
    return out


def _regions(ctx: Any) -> tuple[str, ...]:
    country = (ctx.profile.country or "").upper()
    return ("FI", "SE") if country == "FI" else ("SE", "FI")


def _staff_contact_line(post, ctx: Any, start: int) -> bool:
    """True when ``start`` is on a "tel./puh." line that names a staff member (the signer,
    a title word, an address at one of the profile's domains) or that gives the contact
    for further information ("Lisätietoja antaa ...", "Mer information ger ...")."""
    from ...signature import title_in

    line_start = post.text.rfind("\n", 0, start) + 1
    line_end = post.text.find("\n", start)
    line = post.text[line_start : len(post.text) if line_end < 0 else line_end]
    if not _CONTACT_LABEL.search(line):
        return False
    sig = signature(post, ctx)
    domains = [d.lower() for d in ctx.profile.domains] + [d.lower() for d in ctx.options.get("extra_domains", [])]
    return bool(
        (sig and sig.name in line)
        or title_in(line)
        or any("@" + d in line.lower() or "." + d in line.lower() for d in domains)
        or bool(_FURTHER_INFO.search(post.text[line_start:start]))
    )


def find_phones(post, ctx: Any) -> list[tuple[int, int, int]]:
    """``(start, end, number_type)`` of every phone number in ``post.text`` that is not a
    time range, date, Y-tunnus, case number, national id or part of a URL. Cached per post."""

    def compute() -> list[tuple[int, int, int]]:
        import phonenumbers

        ids = [(i.start, i.end) for i in find_national_ids(post, ctx)]
        urls = url_spans(post, ctx)
        found: list[tuple[int, int, int]] = []
        for region in _regions(ctx):
            for match in phonenumbers.PhoneNumberMatcher(post.text, region, leniency=phonenumbers.Leniency.VALID):
                start, end, raw = match.start, match.end, match.raw_string
                if overlaps(start, end, found) or overlaps(start, end, ids) or overlaps(start, end, urls):
                    continue
                if _TIME_RANGE.match(raw) or _Y_TUNNUS.match(raw) or _DATE_LIKE.match(raw):
                    continue
                if marked_as_other_number(post.text, start, end) or any(w in before(post.text, start, 25) for w in _CASE_WORDS):
                    continue
                found.append((start, end, phonenumbers.number_type(match.number)))
        return sorted(found)

    return cached(ctx, "phones", compute)


@rule("personal-data/phone", severity="warning", options={"extra_public_numbers": []})
def check(post, ctx) -> Iterator[Problem]:
    """Phone numbers of private persons.

    Finds Swedish and Finnish numbers in national and international format with
    phonenumbers' ``PhoneNumberMatcher`` (the profile's country first). Allowed: the
    numbers the profile publishes (``public_phone_numbers``, plus the option
    ``extra_public_numbers``), numbers in the writer's signature, and numbers on a
    "tel./puh." contact line of a staff member (with a title, the signer's name or an
    official e-mail address). A mobile number elsewhere is a warning; a fixed-line
    number elsewhere is reported as ``info`` (usually an organisation's, but check).
    Time ranges (08.00-09.30), dates, Y-tunnus (0201256-6), case numbers, national ids
    and numbers in URLs are not read as phone numbers.

    Source: GDPR art. 4(1) (a phone number identifies a person); the profiles cite the
    municipality's privacy clause.
    """
    import phonenumbers

    types = phonenumbers.PhoneNumberType
    public = _e164_set(list(ctx.profile.public_phone_numbers) + list(ctx.options.get("extra_public_numbers", [])), _regions(ctx))
    sig = signature(post, ctx)
    for start, end, number_type in find_phones(post, ctx):
        if sig and sig.start <= start < sig.end:
            continue
        if _e164_set([post.text[start:end]], _regions(ctx)[:1]) & public:
            continue
        if _staff_contact_line(post, ctx, start):
            continue
        mobile = number_type in (types.MOBILE, types.FIXED_LINE_OR_MOBILE, types.PAGER, types.PERSONAL_NUMBER)
        yield Problem(start, end, "mobile" if mobile else "fixed", severity=None if mobile else "info",
                      suggestion_key="remove", pii="phone")
