"""``personal-data/bank-account``: IBANs and Swedish bank account numbers with clearing number."""

from __future__ import annotations

import re
from typing import Iterator

from ...finding import Problem
from .. import rule
from .context import before, has_word, overlaps, url_spans

_IBAN = re.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![\w-])")
# Clearing number (4 digits, Swedbank's 5th digit after a dash) then the account number.
_SE_ACCOUNT = re.compile(r"(?<![\w-])(?P<clearing>\d{4}(?:-\d)?)(?:\s*[-,]\s*|\s+)(?P<account>\d[\d ]{4,14}\d(?:-\d)?)(?![\w-]|[.,]\d)")
#: Words before a number that make it a bank account.
ACCOUNT_WORDS = ("konto", "kontonummer", "kontonr", "bankkonto", "clearing", "clnr", "tili", "tilinumero", "tilinro", "pankkitili", "account")
#: Organisations' payment numbers, which may be published.
GIRO_WORDS = ("bankgiro", "bg", "plusgiro", "pg", "postgiro")


def _iban_problems(post, urls) -> Iterator[Problem]:
    from stdnum import iban

    for match in _IBAN.finditer(post.text):
        start, end = match.span()
        if overlaps(start, end, urls):
            continue
        # The pattern may swallow a following word's start; shrink until stdnum accepts it.
        text = match.group()
        while text and not iban.is_valid(text):
            text = text[:-1].rstrip()
            if len(re.sub(r"\s", "", text)) < 15:
                text = ""
        if text:
            yield Problem(start, start + len(text), "iban", suggestion_key="remove", pii="bank-account")


@rule("personal-data/bank-account", severity="error")
def check(post, ctx) -> Iterator[Problem]:
    """Bank account numbers of private persons.

    IBANs of any country are validated with python-stdnum's ``iban`` (country format
    and mod-97 check), so random letter-digit codes are not reported. A Swedish
    account number with clearing number (``8327-9, 123 456 789-0``, ``6000 123 456 789``)
    is reported when the words before it say it is an account (konto, kontonummer,
    clearing, tili, tilinumero). Bankgiro and plusgiro numbers are organisations'
    published payment numbers and are allowed.

    Source: GDPR art. 4(1) and 32 (financial data enable fraud); the profiles cite the
    municipality's privacy clause.
    """
    urls = url_spans(post, ctx)
    ibans = list(_iban_problems(post, urls))
    yield from ibans
    taken = urls + [(p.start, p.end) for p in ibans]
    for match in _SE_ACCOUNT.finditer(post.text):
        start, end = match.span()
        window = before(post.text, start, 40)
        if overlaps(start, end, taken) or has_word(window, GIRO_WORDS) or not has_word(window, ACCOUNT_WORDS):
            continue
        yield Problem(start, end, "se-account", suggestion_key="remove", pii="bank-account")
