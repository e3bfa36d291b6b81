"""``personal-data/sensitive``: special categories of personal data tied to a person.

Detector: :mod:`kommunlint.detect.sensitive` (``ctx.analysis.sensitive_terms``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("personal-data/sensitive", severity="error")
def sensitive(post, ctx) -> Iterator[Problem]:
    """A special-category term tied to an identifiable person; a general mention of a
    service ("Ansök om försörjningsstöd här") is not.

    Source: GDPR art. 9 and 10; OSL (2009:400) 26 kap.; laki sosiaalihuollon asiakkaan
    asemasta (812/2000) 14 §.
    """
    for term in ctx.analysis.sensitive_terms:
        if term.tied:
            yield Problem(term.start, term.end, term.category, suggestion_key="remove-sensitive", pii="sensitive")
