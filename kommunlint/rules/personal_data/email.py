"""``personal-data/email``: e-mail addresses outside the municipality's own domains.

Detector: :mod:`kommunlint.detect.email` (``ctx.analysis.emails``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import Option, rule


@rule("personal-data/email", severity="warning", options={
    "extra_domains": Option(list, [], item=str, help="more official domains, e.g. a joint authority's"),
})
def email(post, ctx) -> Iterator[Problem]:
    """An address at the profile's ``domains`` (or ``extra_domains``, or a subdomain) is
    official; any other address identifies a person.

    Source: GDPR art. 4(1).
    """
    official = [*ctx.profile.domains, *ctx.options["extra_domains"]]
    for address in ctx.analysis.emails:
        if not address.at(official):
            yield Problem(address.start, address.end, "private-email", {"domain": address.domain},
                          suggestion_key="remove", pii="email")
