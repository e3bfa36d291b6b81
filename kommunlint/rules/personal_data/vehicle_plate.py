"""``personal-data/vehicle-plate``: registration plates of private vehicles.

Detector: :mod:`kommunlint.detect.vehicle_plate` (``ctx.analysis.vehicle_plates``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("personal-data/vehicle-plate", severity="warning")
def vehicle_plate(post, ctx) -> Iterator[Problem]:
    """Every plate in a sentence about a vehicle.

    Source: GDPR art. 4(1): a plate identifies its owner through the public vehicle register.
    """
    for plate in ctx.analysis.vehicle_plates:
        yield Problem(plate.start, plate.end, "plate", suggestion_key="remove", pii="vehicle-plate")
