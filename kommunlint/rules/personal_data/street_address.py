"""``personal-data/street-address``: a private person's home address.

Detector: :mod:`kommunlint.detect.street_address` (``ctx.analysis.street_addresses``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("personal-data/street-address", severity="error")
def street_address(post, ctx) -> Iterator[Problem]:
    """An address that is neither a public place nor in the writer's signature: a home
    address is an error (issue 11: publishing it tells where a person lives).

    Source: GDPR art. 4(1).
    """
    for address in ctx.analysis.street_addresses:
        if not (address.public or address.in_signature):
            yield Problem(address.start, address.end, "address", suggestion_key="remove", pii="street-address")
