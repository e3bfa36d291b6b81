"""``personal-data/email``: e-mail addresses outside the municipality's own domains.

Detector: :mod:`kommunlint.detect.email` (``ctx.analysis.emails``).
"""

from __future__ import annotations

import re
from typing import Iterator

from ...finding import Problem
from .. import Option, rule

#: What separates an address's local part from its domain: "@", or "(at)"/"[at]" written out.
_AT = re.compile(r"(?i)@|\s?[(\[]at[)\]]\s?")


@rule("personal-data/email", severity="warning", options={
    "extra_domains": Option(list, [], item=str, help="more official domains, e.g. a joint authority's"),
})
def email(post, ctx) -> Iterator[Problem]:
    """An address at the profile's ``domains`` (or ``extra_domains``, or a subdomain), or
    at the municipality's own name in its other language (``own_name``: hango.fi beside
    hanko.fi), is official, also when written "(at)". An address at a consumer mail
    service (gmail.com, hotmail.se, luukku.com, telia.com: ``contact.yaml``
    ``consumer_mail``) is a private person's own: a warning. An address at any other
    domain is an organisation's (a firm, an association, another authority): most likely
    a staff member's work address, so only a hint (``info``, issue 11: "unsure cases are
    info"), unless its local part spells a name the post gives as a private person's
    (then a warning). An organisation's shared mailbox ("info@", "kansli@", "toimisto@")
    and the address of a person the post names in a public role (a contact person, a
    quoted company representative: the local part spells that name) are hints too.

    Source: GDPR art. 4(1).
    """
    from ...detect.email import name_as_local_part

    official = [*ctx.profile.domains, *ctx.options["extra_domains"]]
    people: tuple[set[str], set[str]] | None = None  # (public, private) names as local parts
    for address in ctx.analysis.emails:
        if address.at(official) or address.own_name:
            continue
        if address.mailbox:
            key = "shared-mailbox"
        else:
            if people is None:
                people = _people(post, ctx.analysis)
            public_people, private_people = people
            # A company's or an authority's staff member the post names in a public role
            # ("Frågor: Fredrik Hansson, vd, fredrik.hansson@bolag.se"): a work address.
            # (the local part before "@" or an obfuscated "(at)"/"[at]": "kaj.lindqvist(at)by.fi")
            local = name_as_local_part(_AT.split(post.text[address.start : address.end], maxsplit=1)[0])
            if local in public_people:
                key = "public-person-email"
            elif address.consumer or _spells_one_of(local, private_people):
                key = "private-email"
            else:
                key = "organisation-email"
        yield Problem(address.start, address.end, key, {"domain": address.domain},
                      severity=None if key == "private-email" else "info", suggestion_key="remove", pii="email")


def _people(post, analysis) -> tuple[set[str], set[str]]:
    """The names the person-name detector found, as address local parts: (those in a
    public role, those of private persons)."""
    from ...detect.email import name_as_local_part

    public: set[str] = set()
    private: set[str] = set()
    for hit in analysis.person_names:
        (public if hit.public else private).add(name_as_local_part(post.text[hit.start : hit.end]))
    return public, private


def _spells_one_of(local: str, names: set[str]) -> bool:
    """True when the local part ``local`` is one of ``names`` (as :func:`_private_people`
    gives them) or begins with one and a dot: "kerstin.lindqvist" spells the reader
    greeted as "Kerstin"."""
    return local in names or any(local.startswith(name + ".") for name in names)
