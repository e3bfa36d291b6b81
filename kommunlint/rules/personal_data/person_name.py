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

    Source: GDPR art. 4(1); Hangö punkt 6 removes messages that contain names.
    """
    for hit in ctx.analysis.person_names:
        yield Problem(hit.start, hit.end, hit.key, suggestion_key="remove-name", pii="person-name")
