"""Detector of national ids: Swedish personnummer/samordningsnummer, Finnish henkilötunnus (HETU).

Validation is delegated to well-kept libraries, after checking what each accepts:

- ``personnummer`` (PyPI) for Swedish numbers: it accepts samordningsnummer (day + 60),
  which python-stdnum's ``se.personnummer`` rejects; it checks the Luhn digit and the
  calendar date, and reads the century from the separator (``+`` = 100 years or older)
  in the 10-digit form. It ignores the separator of the 12-digit form, so we check there
  that a ``+`` goes with an age of 100 or more.
- python-stdnum's ``fi.hetu`` for Finnish numbers: it knows the 2023 century signs
  (``Y X W V U`` for the 1900s, ``B C D E F`` for the 2000s) and checks date and check
  character; we allow the temporary range 900–999 (still a person's id).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import recache
from .context import marked_as_id, marked_as_other_number, overlaps

if TYPE_CHECKING:
    from . import Analysis

_SE = recache.compile(r"(?<![\w/@.,+-])(?P<date>(?:18|19|20)\d{6}|\d{6})(?P<sep>[-+]?)(?P<tail>\d{4})(?![\w@/]|[.,:-]\d)")
_FI = recache.compile(r"(?<![\w/@.,+-])\d{6}[-+A-FU-Y]\d{3}[0-9A-FHJ-NPR-Y](?![\w@/])")


@dataclass(frozen=True)
class NationalId:
    """A number that is (``valid``) or looks like (well-formed, bad check digit) a national id.

    ``start``/``end`` are 0-based code-point offsets into ``Post.text``, end exclusive;
    ``country`` is ``SE`` or ``FI``.
    """

    start: int
    end: int
    country: str
    valid: bool


def _se_status(number: str, today: datetime.date) -> bool | None:
    """True: valid; False: well-formed but bad check digit; None: not a personnummer."""
    from personnummer import personnummer as pnr

    def parse(candidate: str):
        try:
            return pnr.parse(candidate)
        except pnr.PersonnummerException:
            return None

    parsed = parse(number)
    valid = parsed is not None
    if parsed is None and _loose_coordination(number) is not None:
        return _loose_coordination(number)
    if parsed is None:
        # Well-formed with a wrong check digit: some other check digit would make it valid.
        parsed = next((p for d in "0123456789" if (p := parse(number[:-1] + d))), None)
        if parsed is None:
            return None
    try:
        born = parsed.get_date()
    except ValueError:
        return None
    digits = re.sub(r"\D", "", number)
    if born > today and len(digits) == 10 and "+" not in number:
        # The package reads "-" as "this century" even when that date is still to come;
        # the rule is the latest century in which the person is already born.
        earlier = parse(str(int(parsed.century) - 1) + digits)
        if earlier is None:
            return None
        parsed, born = earlier, earlier.get_date()
    if born > today:
        return None
    if len(re.sub(r"\D", "", number)) == 12 and "+" in number and parsed.get_age() < 100:
        return False  # "+" says 100 years or older; the 12 digits say otherwise
    return valid


def _loose_coordination(number: str) -> bool | None:
    """Samordningsnummer whose birth date is partly unknown or not a calendar date.

    Skatteverket issues samordningsnummer with month ``00`` or day ``60`` (unknown) and
    its test set holds days like 02-30 + 60; the ``personnummer`` package rejects them,
    so for these we check only the ranges and the Luhn digit (python-stdnum's ``luhn``).
    Returns True (valid), False (bad check digit) or None (not such a number).
    """
    from stdnum import luhn

    digits = re.sub(r"\D", "", number)[-10:]
    month, day = int(digits[2:4]), int(digits[4:6])
    if not (0 <= month <= 12 and 60 <= day <= 91) or digits[6:9] == "000":
        return None
    # Called only after the personnummer package rejected the number: either the check
    # digit is wrong (Luhn says so) or the date is one of these loose ones.
    return luhn.is_valid(digits)


def _fi_status(number: str, today: datetime.date) -> bool | None:
    from stdnum import exceptions
    from stdnum.fi import hetu

    try:
        hetu.validate(number, allow_temporary=True)
        valid = True
    except exceptions.InvalidChecksum:
        valid = False
    except exceptions.ValidationError:
        return None
    century = {"+": 1800, "-": 1900, "A": 2000}.get(number[6], 1900 if number[6] in "YXWVU" else 2000)
    born = datetime.date(century + int(number[4:6]), int(number[2:4]), int(number[0:2]))
    return None if born > today else valid


def _looks_like_phone(text: str, match: re.Match, country: str) -> bool:
    """A bare 10-digit number starting with 0 is read as a phone number, unless the
    words before it call it a personal id."""
    if match.group("sep") or len(match.group("date")) != 6 or not match.group().startswith("0"):
        return False
    if marked_as_id(text, match.start()):
        return False
    import phonenumbers

    try:
        parsed = phonenumbers.parse(match.group(), "SE" if country not in ("SE", "FI") else country)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(parsed)


def detect(analysis: "Analysis") -> list[NationalId]:
    """Every Swedish and Finnish national id (valid or well-formed) in the post.

    Read through :attr:`Analysis.national_ids`; the phone detector uses it too. Numbers inside
    URLs and numbers that the words before them mark as OCR/invoice references,
    organisation ids, Y-tunnus or case numbers are left out.
    """
    today = datetime.date.today()
    urls = analysis.urls
    text = analysis.post.text
    country = (analysis.profile.country or "SE").upper()
    out: list[NationalId] = []
    # All-digit "DDMMYY-NNNN" fits both countries: a valid HETU wins, then a Swedish
    # number (valid or not), and only then a HETU with a wrong check character.
    fi_unsure: list[NationalId] = []
    for match in _FI.finditer(text):
        start, end = match.span()
        if overlaps(start, end, urls) or marked_as_other_number(text, start, end):
            continue
        status = _fi_status(match.group(), today)
        if status:
            out.append(NationalId(start, end, "FI", True))
        elif status is False:
            fi_unsure.append(NationalId(start, end, "FI", False))
    taken = [(i.start, i.end) for i in out]  # one list, grown: overlaps() indexes it
    for match in _SE.finditer(text):
        start, end = match.span()
        if overlaps(start, end, urls) or overlaps(start, end, taken):
            continue
        if marked_as_other_number(text, start, end) or _looks_like_phone(text, match, country):
            continue
        status = _se_status(match.group(), today)
        if status is not None:
            out.append(NationalId(start, end, "SE", status))
            taken.append((start, end))
    taken = sorted(taken)
    out.extend(i for i in fi_unsure if not overlaps(i.start, i.end, taken))
    return sorted(out, key=lambda i: i.start)
