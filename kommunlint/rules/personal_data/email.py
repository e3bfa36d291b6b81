"""``personal-data/email``: e-mail addresses outside the municipality's own domains."""

from __future__ import annotations

import re
from typing import Iterator

from ...finding import Problem
from .. import rule

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})(?![\w-])")


def _official(domain: str, official: list[str]) -> bool:
    domain = domain.lower()
    return any(domain == d or domain.endswith("." + d) for d in official)


@rule("personal-data/email", severity="warning", options={"extra_domains": []})
def check(post, ctx) -> Iterator[Problem]:
    """E-mail addresses that are not at the municipality's own domains.

    An address at one of the profile's ``domains`` (hanko.fi, kokkola.fi, kimitoon.fi and
    kemionsaari.fi, vimmerby.se, norsjo.se) or their subdomains is an official address
    and allowed; a user's configuration can add domains with the option
    ``extra_domains`` (e.g. a joint authority's domain). Any other address (gmail.com,
    a resident's employer) is a warning: it identifies a person.

    Source: GDPR art. 4(1); the profiles cite the municipality's privacy clause.
    """
    official = [d.lower() for d in ctx.profile.domains] + [str(d).lower() for d in ctx.options.get("extra_domains") or []]
    for match in _EMAIL.finditer(post.text):
        if not _official(match.group("domain"), official):
            yield Problem(match.start(), match.end(), "private-email", {"domain": match.group("domain").lower()},
                          suggestion_key="remove", pii="email")
