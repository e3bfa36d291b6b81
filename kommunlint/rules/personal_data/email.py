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
    """An address at the profile's ``domains`` (or ``extra_domains``, or a subdomain), or
    at the municipality's own name in its other language (``own_name``: hango.fi beside
    hanko.fi), is official, also when written "(at)"; any other address identifies a
    person, unless its local part is an organisation's shared mailbox ("info@",
    "kansli@", "toimisto@": an association's or a firm's address), which is only a hint
    (``info``).

    Source: GDPR art. 4(1).
    """
    official = [*ctx.profile.domains, *ctx.options["extra_domains"]]
    for address in ctx.analysis.emails:
        if not (address.at(official) or address.own_name):
            yield Problem(address.start, address.end, "shared-mailbox" if address.mailbox else "private-email",
                          {"domain": address.domain}, severity="info" if address.mailbox else None,
                          suggestion_key="remove", pii="email")
