"""Detector of special categories of personal data (GDPR art. 9 and 10), and whether
each term is tied to an identifiable person.

Terms (stems, Swedish and Finnish) are data: ``detect/data/sensitive_terms.yaml``, one
list per category (health, social care and child welfare, ethnicity, religion, sexual
orientation, criminal matters). A term is tied to a person when its sentence holds a
private person's name (:mod:`.person_name`), points at one person ("min granne", "hans
son", "naapurini", "hänen"), or, in a reply greeting a resident by name, speaks to them
("din ansökan om försörjningsstöd").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from . import vocabulary
from .context import sentence_at

if TYPE_CHECKING:
    from . import Analysis

#: Phrases that point at one individual without naming them: "min granne", "hans son",
#: "naapurini", "hänen".
PERSON_REFERENCE = re.compile(
    r"(?i)\b(?:min|din|hans|hennes|er|vår)\s+(?:granne|son|dotter|mamma|pappa|mor|far|man|fru|sambo|bror|syster|elev|"
    r"kollega|vän|kompis|barn|pojke|flicka|klient|brukare)\b"
    r"|\b(?:han|hon)\s+(?:är|har|var|blev|fick|ska|kommer)\b"
    r"|\b(?:naapuri|poika|poja|tytär|tyttäre|äiti|äidi|isä|miehe|vaimo|veli|velje|sisko|oppilaa|lapse|ystävä|kaveri|asiakkaa)"
    r"(?:ni|si|nsa|nsä|mme)\b"
    r"|\bhän(?:en|et|ellä|elle|estä)?\b"
)
#: Second person, which identifies the addressee in a reply to a named resident.
SECOND_PERSON = re.compile(r"(?i)\b(?:du|dig|din|ditt|dina|sinä|sinun|sinulla|sinulle|sinua)\b|\b\w{5,}(?<!vuo|kuu|vii|kak|uus)si\b")


@dataclass(frozen=True)
class SensitiveTerm:
    """A special-category term: 0-based ``start``/``end`` (end exclusive), its
    ``category`` (a key of sensitive_terms.yaml) and whether it is ``tied`` to a person."""

    start: int
    end: int
    category: str
    tied: bool


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    data = vocabulary.load("sensitive_terms")
    return {
        category: re.compile(
            r"(?i)(?<!\w)(?:" + "|".join(re.escape(t) for lang in ("sv", "fi") for t in terms.get(lang, [])) + r")[\wåäö-]*"
        )
        for category, terms in data.items()
    }


def detect(analysis: "Analysis") -> list[SensitiveTerm]:
    """Every special-category term in the post, by category then position."""
    post = analysis.post
    names = [hit for hit in analysis.person_names if not hit.public]
    addressed = any(hit.key == "addressed" for hit in names)
    found = []
    for category, pattern in _patterns().items():
        for match in pattern.finditer(post.text):
            s_start, s_end = sentence_at(post, match.start())
            sentence = post.text[s_start:s_end]
            tied = bool(
                any(s_start <= hit.start < s_end for hit in names)
                or PERSON_REFERENCE.search(sentence)
                or (addressed and SECOND_PERSON.search(sentence))
            )
            found.append(SensitiveTerm(match.start(), match.end(), category, tied))
    return found
