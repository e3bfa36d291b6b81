"""``personal-data/vehicle-plate``: Swedish and Finnish registration plates, in vehicle context."""

from __future__ import annotations

import re
from typing import Iterator

from ...finding import Problem
from .. import rule
from .context import overlaps, sentence_at, url_spans

# Swedish plates: three letters (no I, Q, V, Å, Ä, Ö), two digits, a digit or letter (not O).
_SE = re.compile(r"(?<![\w-])[A-HJ-PR-UW-Z]{3} ?\d{2}[0-9A-HJ-NP-UW-Z](?![\w-])")
# Finnish plates: two or three letters, dash, one to three digits.
_FI = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{2,3}-\d{1,3}(?![\w-])")
#: Words that make a letter-digit code a registration plate (regex alternatives;
#: "bil" is spelt out in its forms so that "bild", "biljett", "bilaga" do not count).
VEHICLE_WORDS: tuple[str, ...] = (
    # Swedish
    r"bil(?:en|ar|arna|ens|s)?\b", r"\w*bil(?:en|ar)?\b", "registreringsnummer", "regnr", r"reg\.\s?nr",
    "registreringsskylt", "nummerplåt", "parker", "felparker", "fordon", "släpvagn", "husvagn", "moped",
    "motorcykel", "traktor", "körde", r"kör\b", "trafik",
    # Finnish
    r"\w*auto(?:n|a|t|ssa|lla|lle|sta|ja|jen|ille)?\b", "rekisterinumero", "rekisteritunnus", r"rek\.\s?nro",
    "rekkari", "kilpi", "pysäkö", "väärinpysäkö", "ajoneuvo", "perävaunu", "asuntovaunu", "mopo",
    "moottoripyörä", "traktori", "ajoi",
    "vehicle", r"car\b", "plate",
)
_VEHICLE = re.compile(r"(?<!\w)(?:" + "|".join(VEHICLE_WORDS) + ")")


@rule("personal-data/vehicle-plate", severity="warning")
def check(post, ctx) -> Iterator[Problem]:
    """Registration plates of private vehicles.

    Swedish plates (``ABC 123``, ``ABC 12A``) and Finnish plates (``ABC-123``, ``AB-1``)
    are reported only when the sentence speaks of a vehicle (bil, parkerad,
    registreringsnummer, auto, pysäköity, rekisterinumero ...): codes of the same
    shape are common elsewhere (COVID-19, SFS 123, KS-145). A plate identifies the
    owner through the public vehicle register.

    Source: GDPR art. 4(1) (indirectly identifying data); the profiles cite the
    municipality's privacy clause.
    """
    urls = url_spans(post, ctx)
    for pattern in (_SE, _FI):
        for match in pattern.finditer(post.text):
            start, end = match.span()
            if overlaps(start, end, urls):
                continue
            s_start, s_end = sentence_at(post, start)
            sentence = post.text[s_start:s_end].lower()
            if _VEHICLE.search(sentence):
                yield Problem(start, end, "plate", suggestion_key="remove", pii="vehicle-plate")
