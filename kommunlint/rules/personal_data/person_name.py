"""``personal-data/person-name``: names of private persons.

Detector: :mod:`kommunlint.detect.person_name` (``ctx.analysis.person_names``); the
special-category terms it is weighed against: :mod:`kommunlint.detect.sensitive`.
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule

#: Names that are an error wherever they stand: a greeted resident in a reply about their
#: own matter, a child's or relative's first name (relation, age, class), a family.
_ALWAYS_ERROR = ("addressed", "relative", "family")


@rule("personal-data/person-name", severity="error")
def person_name(post, ctx) -> Iterator[Problem]:
    """Every private person's name the detector finds; names it marks ``public`` (the
    signer, a public official, a name in a public role, a contact block, a credit, a
    programme, a staff notice) are not reported.

    Severity (issue 11's table, by what publishing would do): an error for a resident
    greeted in a reply about their own matter, a child's or relative's first name, a
    family, and any name in the same paragraph as a special-category fact tied to a
    person; otherwise a warning (a name alone may be a public person we do not know).

    Source: GDPR art. 4(1), art. 8 (children) and art. 9; Hangö punkt 6 removes messages
    that contain names.
    """
    from ...detect.context import paragraph_at

    sensitive_paragraphs = {paragraph_at(post, t.start) for t in ctx.analysis.sensitive_terms if t.tied}
    for hit in ctx.analysis.person_names:
        if hit.public:
            continue
        serious = hit.key in _ALWAYS_ERROR or paragraph_at(post, hit.start) in sensitive_paragraphs
        yield Problem(hit.start, hit.end, hit.key, severity=None if serious else "warning",
                      suggestion_key="remove-name", pii="person-name")
