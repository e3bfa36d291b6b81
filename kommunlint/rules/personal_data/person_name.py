"""``personal-data/person-name``: names of private persons.

Detector: :mod:`kommunlint.detect.person_name` (``ctx.analysis.person_names``); the
special-category terms it is weighed against: :mod:`kommunlint.detect.sensitive`.
"""

from __future__ import annotations

import re
from typing import Iterator

from ... import recache
from ...finding import Problem
from .. import rule

#: Names that are an error wherever they stand: a greeted resident in a reply about their
#: own matter, a child's or relative's first name (relation, age, class, own matter). A
#: family named by its surname is a warning unless its context makes it an error (a
#: collection for "familjen X" is public goodwill, their special-category facts are not).
_ALWAYS_ERROR = ("addressed", "relative")


#: A parent named beside the child ("Lempi (5 v.) och hennes mamma X"): the age is the child's.
_PARENT_BEFORE = re.compile(r"(?i)(?<!\w)(?:äiti|isä|vanhem|mamma|pappa|mor|far|förälder|föräldrar)\w{0,8}[ \t]{1,3}$")


#: "och"/"ja" and a full name after a first name: "Erika och Pontus Lindqvist" (a couple).
_BEFORE_A_FULL_NAME = recache.compile(r"(?<![ \t])[ \t]{1,3}(?:och|ja|&)[ \t]{1,3}[A-ZÅÄÖ][\w-]{0,40}[ \t]{1,3}[A-ZÅÄÖ]")


def _private_data_spans(analysis) -> list[tuple[int, int]]:
    """Spans (0-based, end exclusive), sorted, of a private person's data besides names in
    the post: a home address, a probably private mobile number, a probably private e-mail
    address (:meth:`~kommunlint.detect.email.EmailAddress.probably_private`), a national id, a vehicle's plate, a
    private account (what makes a bare name in the same paragraph a resident's)."""
    return sorted([
        *((a.start, a.start + 1) for a in analysis.street_addresses if not (a.public or a.in_signature)),
        *((p.start, p.start + 1) for p in analysis.phones if p.mobile and not (p.public or p.in_signature)),
        *((e.start, e.start + 1) for e in analysis.emails if e.probably_private(analysis.profile.domains)),
        *((x.start, x.start + 1) for x in (*analysis.national_ids, *analysis.vehicle_plates)),
        *((a.start, a.start + 1) for a in analysis.bank_accounts if not a.organisation),
    ])


@rule("personal-data/person-name", severity="error")
def person_name(post, ctx) -> Iterator[Problem]:
    """Every private person's name the detector finds; names it marks ``public`` (the
    signer, a public official, a name in a public role, a contact block, a credit, a
    programme, a staff notice) are not reported.

    Severity (issue 11's table, by what publishing would do): an error for a resident
    greeted in a reply about their own matter, a child's or relative's first name, any
    name (a family's surname too) in the same paragraph as a special-category fact tied to a person,
    any name in a reply about a resident's own matter (second person on their matter,
    "din ansökan", "hakemuksesi", or a national id, a private account or a vehicle's
    plate in it), a name followed by the person's own age under 18 ("X, 15,", "X (16)",
    "X, 11 år från Y") or a school class code ("X 6B"), and a
    name in a sentence that gives an age under 18 or a school class, or in the sentence
    after it in the same paragraph, or listed right after a word for a group of children
    ("eskarilaiset X, Y ja Z", "Tärnor var X och Y": a child's);
    otherwise a warning (a name alone may be a public person we do not know). The
    recipient of a prize or an award announced in a post (``doubt`` ``honour``) is
    ``info`` unless one of the above makes it an error: whether the recipient agreed to
    be named is the publisher's knowledge, not the text's. So is a full name with nothing
    in its paragraph that makes it a resident's (``doubt`` ``bare``: no personal data,
    age, private role, family relation, life event, lost property or application; see
    ``detect/data/resident_cues.yaml``): most are people in public roles the text does
    not spell out, and issue 10 allows at most ``info`` where unsure.

    Source: GDPR art. 4(1), art. 8 (children) and art. 9; Hangö punkt 6 removes messages
    that contain names.
    """
    from ...detect.context import overlaps, paragraph_at, sentence_at
    from ...detect.person_name import (
        CHILD_AGE, SCHOOL_CLASS, adult_relation_before, child_listed, class_after, minor_in, young_age_after,
    )
    from ...detect.sensitive import own_case

    analysis = ctx.analysis
    sensitive_paragraphs = {paragraph_at(post, t.start) for t in analysis.sensitive_terms if t.tied}
    # A reply about a resident's own matter (second person on their matter, or their
    # national id, private account or vehicle in it): every private name in it is the
    # resident's or their family's.
    own_matter_reply = post.kind == "reply" and bool(
        analysis.national_ids or any(not a.organisation for a in analysis.bank_accounts) or analysis.vehicle_plates
        or own_case(post.text)
    )
    private_data: list[tuple[int, int]] | None = None
    for hit in analysis.person_names:
        if hit.public:
            continue
        s_start, s_end = sentence_at(post, hit.start)
        # The sentence before in the same paragraph speaks of the same children ("X i
        # årskurs 6 var lucia. Tärnor var Y och Z").
        paragraph = paragraph_at(post, hit.start)
        p_start = paragraph[0]
        c_start = max(p_start, min(s_start, sentence_at(post, s_start - 2)[0])) if s_start - 2 >= p_start else s_start
        serious = (
            hit.key in _ALWAYS_ERROR
            or own_matter_reply
            or paragraph in sensitive_paragraphs
            # the person's own age under 18 right after the name ("X, 15, som", "X (16)")
            or young_age_after(post.text, hit.end)
            # or a school class code ("X 6B, Y skola" on a name tag)
            or class_after(post.text, hit.end)
            # a first name alone (no surname) where the sentence or the one before speaks of
            # children ("Förskolan X: i dag hade Olle och Moa sin sista dag", "Hannes och
            # Selma är välkomna tillbaka till skolan"): a child's first name
            # (not an adult named by the relation, nor a parent coordinated with the other
            # parent's full name: "mamma Lina", "Erika och Pontus Lindqvist fick sitt första barn")
            or (hit.key == "name" and " " not in post.text[hit.start:hit.end].strip()
                and minor_in(post.text, c_start, s_end)
                and not adult_relation_before(post.text, hit.start)
                and not _BEFORE_A_FULL_NAME.match(post.text, hit.end))
            # a child's name: an age under 18 or a school class in the sentence
            # ("9-vuotiaiden sarjan voitti X", "3. luokan X", "X (8A)")
            or ((any(int(m.group("age")) < 18 for m in CHILD_AGE.finditer(post.text, c_start, s_end))
                 or SCHOOL_CLASS.search(post.text, c_start, s_end)
                 or child_listed(post.text, s_start, hit.start))
                and not _PARENT_BEFORE.search(post.text, max(s_start, hit.start - 25), hit.start))
        )
        if hit.doubt == "honour" and not serious:
            # A prize's or an award's recipient: public or not by the publisher's consent,
            # which the text cannot show; a hint to check it, not a warning.
            yield Problem(hit.start, hit.end, "honoured", severity="info",
                          suggestion_key="check-consent", pii="person-name")
            continue
        if hit.doubt == "bare" and private_data is None:
            private_data = _private_data_spans(analysis)  # once per post, when needed
        if hit.doubt == "bare" and not serious and not overlaps(*paragraph, private_data):
            # Nothing in the paragraph says the person is a private resident: most such
            # names are of people in public roles the text does not spell out.
            yield Problem(hit.start, hit.end, "bare", severity="info",
                          suggestion_key="check-role", pii="person-name")
            continue
        yield Problem(hit.start, hit.end, hit.key, severity=None if serious else "warning",
                      suggestion_key="remove-name", pii="person-name")
