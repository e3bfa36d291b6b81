"""``personal-data/phone``: phone numbers of private persons.

Detector: :mod:`kommunlint.detect.phone` (``ctx.analysis.phones``).
"""

from __future__ import annotations

from typing import Iterator

from ...detect.phone import e164_set
from ...finding import Problem
from .. import Option, rule


@rule("personal-data/phone", severity="warning", options={
    "extra_public_numbers": Option(list, [], item=str, help="numbers the organisation publishes, besides the profile's"),
})
def phone(post, ctx) -> Iterator[Problem]:
    """Not reported: the profile's ``public_phone_numbers`` and the option's, numbers in
    the writer's signature, numbers the detector marks ``public`` (a staff member's
    contact, a service's or organisation's line, the writer's own number in a signed
    post). A number after tfn/tel/puh/p. is a contact number whose owner is not said:
    ``info``. A mobile number elsewhere is reported at the configured severity, a fixed
    line as ``info``.

    Source: GDPR art. 4(1) (a phone number identifies a person).
    """
    numbers = ctx.analysis.phones
    if not numbers:  # reading the published numbers imports phonenumbers: only when needed
        return
    profile = ctx.profile
    public = e164_set([*profile.public_phone_numbers, *ctx.options["extra_public_numbers"]], profile.country)
    for number in numbers:
        if number.in_signature or number.e164 in public or number.on_contact_line or number.public:
            continue
        yield Problem(number.start, number.end, "mobile" if number.mobile else "fixed",
                      severity=None if number.mobile and not number.labelled else "info",
                      suggestion_key="remove", pii="phone")
