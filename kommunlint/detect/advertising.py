"""Detector of promotion of a private business: a commercial cue next to a business.

A *cue* is a discount or an offer ("rabatt", "-20 %", "erbjudande", "kampanj", "köp nu",
"rabattkoden NORSJO20", "tarjous", "alennuskoodi", "tilaa nyt"); a *business* is a
company form after a capitalised name ("Hangö Kajak Ab", "Maanrakennus Koski Oy"), a
shop or restaurant named by its kind ("Restaurang Stallet", "Kahvila Kanelin",
"Urheilukauppa Kipinän", "Presentboden"), a capitalised "X & Y" name ("Norsjö Bil &
Däck"), "hos" + a capitalised name, or a web shop ("webbshop", "verkkokaupasta").
Vocabulary: ``detect/data/advertising.yaml``. A promotion is a cue and a business in the
same paragraph. The municipality's own services ("simhallens kassa", "kunnan
kuntosalikortti", "kaupunginmuseon pääsyliput") are no business, and a contractor or a
car make named without a cue is no promotion.

Source: Norsjö 4.10 g "kommersiella budskap eller reklam"; the equal treatment of
businesses: kommunallagen (2017:725) 2 kap. 3 § and 8 §; hallintolaki (434/2003) 6 §.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from . import vocabulary

if TYPE_CHECKING:
    from . import Analysis

_CAP = r"[A-ZÅÄÖÜ][\w'’-]*"


@dataclass(frozen=True)
class Promotion:
    """A commercial cue with a business in its paragraph: 0-based ``start``/``end`` of the
    cue (end exclusive), the ``cue`` text and the ``business`` it promotes."""

    start: int
    end: int
    cue: str
    business: str


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = vocabulary.load("advertising")
    cues = [p for key in ("sv", "fi") for p in data["cues"][key]]
    cue = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in cues) + r")|(?:" + "|".join(f"(?:{p})" for p in data["cues"]["any"]) + ")", re.I)
    nouns = vocabulary.words("advertising", "business_nouns")
    # A noun may carry the Swedish definite ending ("Blomsterhandeln", "Sportbutiken").
    noun_alt = "(?:" + vocabulary.alternation(tuple(nouns)) + ")(?:en|n|et)?"
    forms = vocabulary.alternation(tuple(data["company_forms"]))
    shop = vocabulary.patterns("advertising", "shop_words")
    business = re.compile(
        rf"(?<![\w'’-])(?:{_CAP}\s+){{1,6}}(?:{forms})(?!\w)"    # Hangö Kajak Ab (linear: at a word start, six words at most)
        rf"|(?i:\b(?:{noun_alt}))\s+{_CAP}"                        # Restaurang Stallet
        rf"|(?<![\w'’-]){_CAP}\s+(?i:(?:{noun_alt}))\b"                      # Taalintehtaan Kalakauppa
        rf"|\b[A-ZÅÄÖ]\w*(?i:(?:{noun_alt}))\b"                    # Presentboden, Urheilukauppa
        rf"|(?<![\w'’-])(?:{_CAP}\s+){{0,5}}{_CAP}\s+&\s+{_CAP}(?:\s+{_CAP})?"     # Norsjö Bil & Däck
        rf"|\bhos\s+(?:{_CAP}\s+)*{_CAP}"                          # hos Modehuset Linnea
        rf"|(?i:{shop})"
    )
    municipal = frozenset(w.lower() for w in vocabulary.words("advertising", "municipal"))
    return cue, business, re.compile(noun_alt, re.I), municipal


def _private(name: str, municipal: frozenset[str], profile_names: frozenset[str]) -> bool:
    words = {w.lower().strip(".,") for w in re.findall(r"[\w'’-]+", name)}
    words.discard("hos")
    return not (words & municipal) and not (words and words <= profile_names)


def detect(analysis: "Analysis") -> list[Promotion]:
    """Every commercial cue that shares its paragraph with a private business, in order."""
    post = analysis.post
    cue_re, business_re, _, municipal = _patterns()
    cues = list(cue_re.finditer(post.text))
    if not cues:
        return []
    profile = analysis.profile
    names = {str(v).lower() for v in (getattr(profile, "municipality", None) or {}).values()}
    profile_names = frozenset(w for n in names for w in re.findall(r"\w+", n))
    found = []
    for paragraph in post.paragraphs:
        inside = [m for m in cues if paragraph.start <= m.start() < paragraph.end]
        if not inside:
            continue
        businesses = [m.group() for m in business_re.finditer(paragraph.text) if _private(m.group(), municipal, profile_names)]
        if not businesses:
            continue
        for match in inside:
            found.append(Promotion(match.start(), match.end(), match.group(), businesses[0]))
    return found
