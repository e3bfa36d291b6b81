"""``personal-data/street-address``: a private person's home address."""

from __future__ import annotations

import re
from typing import Iterator

from ...finding import Problem
from .. import rule
from .context import sentence_at, signature

_STREET_WORDS = (
    "gatan", "gata", "vägen", "väg", "stigen", "gränd", "gränden", "backen", "allén", "leden", "torget", "platsen",
    "katu", "kadulla", "kadun", "tie", "tiellä", "tien", "kuja", "kujalla", "kujan", "polku", "polulla", "raitti", "väylä",
)
_ADDRESS = re.compile(
    r"(?<![\w-])(?:[A-ZÅÄÖ][a-zåäöé]+\s)?[A-ZÅÄÖ][a-zåäöé-]*(?:" + "|".join(sorted(_STREET_WORDS, key=len, reverse=True)) + r")"
    r"\s+\d{1,4}(?:\s?[-–]\s?\d{1,4})?(?:\s?[A-Za-z](?!\w)(?:\s?\d{1,3}(?!\d))?)?"
    r"(?:,?\s+(?:\d{3}\s?\d{2}|\d{5})\s+[A-ZÅÄÖ][a-zåäö]+)?"
)
#: Words that make an address a public place: venues, events, official address labels.
PUBLIC_PLACE = re.compile(
    r"(?i)(?<!\w)(?:\w*bibliotek|stadshus|kommunhus|\w*skola|\w*skolan|simhall|\w*hall(?:en)?\b|museum|museet|"
    r"kyrka|kyrkan|församlingshem|centrum|café|kafé|restaurang|butik|affär|hotell|servicecenter|servicepunkt|"
    r"medborgarkontor|kontor|mottagning|vårdcentral|hälsocentral|\w*gård(?:en)?\b|teater|konsert|evenemang|bio\b|"
    r"besöksadress|postadress|leveransadress|finns|hålls|öppe[nt]|välkommen|välkomna|invig|"
    r"\w*kirjasto|kaupungintalo|kunnantalo|virasto|\w*koulu|päiväkoti|\w*halli|museo|kirkko|seurakuntatalo|kahvila|"
    r"ravintola|kauppa|hotelli|palvelupiste|asiointipiste|terveysasema|nuorisotalo|teatteri|tapahtuma|konsertti|"
    r"käyntiosoite|postiosoite|toimitusosoite|tervetuloa|järjestetään|sijaitse|avoinna|aukeaa)"
)


@rule("personal-data/street-address", severity="warning")
def check(post, ctx) -> Iterator[Problem]:
    """A private person's home address.

    Finds a street name with a Swedish or Finnish street word (-gatan, -vägen, -stigen,
    -gränd, -backen, -katu, -tie, -kuja, -polku, inflected forms such as -kadulla)
    followed by a house number, optionally a staircase/flat and a postcode and town.
    Decision on public places: an address is NOT reported when the words around it (same
    sentence, 45 characters before, 30 after) name a
    public venue or event (bibliotek, stadshuset, skola, simhall, kirjasto, koulu,
    tapahtuma ...), labels it as a visiting or postal address (besöksadress,
    käyntiosoite), or invites people there (välkommen, finns, tervetuloa, sijaitsee),
    nor when it is part of the writer's signature. Any other address is treated as a
    home address.

    Source: GDPR art. 4(1); the profiles cite the municipality's privacy clause.
    """
    sig = signature(post, ctx)
    for match in _ADDRESS.finditer(post.text):
        start, end = match.span()
        if sig and sig.start <= start < sig.end:
            continue
        s_start, s_end = sentence_at(post, start)
        # Only nearby words count: "vid skolan" at the far end of a long sentence says
        # nothing about the address.
        lo, hi = max(s_start, start - 45), min(s_end, end + 30)
        hi += len(re.match(r"\w*", post.text[hi:s_end]).group())  # do not cut a word in two
        if PUBLIC_PLACE.search(post.text[lo:hi]):
            continue
        yield Problem(start, end, "address", suggestion_key="remove", pii="street-address")
