"""``personal-data/vehicle-plate``: registration plates of private vehicles.

Detector: :mod:`kommunlint.detect.vehicle_plate` (``ctx.analysis.vehicle_plates``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("personal-data/vehicle-plate", severity="error")
def vehicle_plate(post, ctx) -> Iterator[Problem]:
    """Every plate in a sentence about a vehicle: an error when a reply's paragraph gives
    it as the reader's own matter ("Autonne ZYX-318 on siirretty", "din bil ABX-271",
    "Din ansökan om parkeringstillstånd är beviljad. Tillståndet gäller bilen ..."): the
    reply ties the owner, whom the platform names, to their vehicle and its matter;
    otherwise a warning (the owner is found only through the vehicle register).

    Source: GDPR art. 4(1): a plate identifies its owner through the public vehicle register.
    """
    from ...detect.context import paragraph_at
    from ...detect.sensitive import own_case

    for plate in ctx.analysis.vehicle_plates:
        p_start, p_end = paragraph_at(post, plate.start)
        readers = post.kind == "reply" and own_case(post.text[p_start:p_end])
        yield Problem(plate.start, plate.end, "plate", severity=None if readers else "warning",
                      suggestion_key="remove", pii="vehicle-plate")
