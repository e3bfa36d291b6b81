"""``personal-data/national-id``: Swedish personnummer and samordningsnummer, Finnish HETU.

Detector: :mod:`kommunlint.detect.national_id` (``ctx.analysis.national_ids``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("personal-data/national-id", severity="error")
def national_id(post, ctx) -> Iterator[Problem]:
    """A valid id is reported at the configured severity; a well-formed one with a wrong
    check digit (probably mistyped) as ``info``, unless the words before it call it a
    personal id ("ditt personnummer 610505-1295", "henkilötunnus ..."): a real id typed
    with one wrong digit still gives away the birth date and most of the number, so it is
    reported at the configured severity too.

    Source: GDPR art. 87; Dataskyddslag (2018:218) 3 kap. 10 §; Tietosuojalaki
    (1050/2018) 29 §: national ids are processed only when clearly justified.
    """
    from ...detect.context import marked_as_id

    for found in ctx.analysis.national_ids:
        key = ("se-id" if found.country == "SE" else "fi-id") if found.valid else "bad-check"
        named = found.valid or marked_as_id(post.text, found.start)
        yield Problem(found.start, found.end, key, severity=None if named else "info",
                      suggestion_key="remove", pii="national-id")
