"""``personal-data/bank-account``: IBANs and Swedish bank account numbers.

Detector: :mod:`kommunlint.detect.bank_account` (``ctx.analysis.bank_accounts``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("personal-data/bank-account", severity="error")
def bank_account(post, ctx) -> Iterator[Problem]:
    """Every account the detector finds (bankgiro and plusgiro are not accounts), except
    one the sentence gives as an organisation's ("kommunens konto", "Kaupungin
    tilinumero"): a published account for fees or a collection is no personal data.

    Source: GDPR art. 4(1) and 32 (financial data enable fraud).
    """
    for account in ctx.analysis.bank_accounts:
        if account.organisation:
            continue
        yield Problem(account.start, account.end, account.kind, suggestion_key="remove", pii="bank-account")
