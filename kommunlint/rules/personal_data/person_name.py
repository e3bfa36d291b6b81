"""``personal-data/person-name``: names of private persons.

Detector: :mod:`kommunlint.detect.person_name` (``ctx.analysis.person_names``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("personal-data/person-name", severity="warning")
def person_name(post, ctx) -> Iterator[Problem]:
    """Every private person's name the detector finds (message ``name`` or ``addressed``).

    Names the detector marks ``public`` (the signer, a public official, a name in a
    public role, a contact block, a credit, a programme, a staff notice) are not reported.

    Source: GDPR art. 4(1); Hangö punkt 6 removes messages that contain names.
    """
    for hit in ctx.analysis.person_names:
        if hit.public:
            continue
        yield Problem(hit.start, hit.end, hit.key, suggestion_key="remove-name", pii="person-name")
