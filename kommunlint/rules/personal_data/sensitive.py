"""``personal-data/sensitive``: special categories of personal data tied to a person."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from typing import Iterator

from ...finding import Problem
from .. import rule
from .context import sentence_at
from .person_name import find_private_names

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


@lru_cache(maxsize=None)
def _patterns() -> dict[str, re.Pattern]:
    from ...yamlio import load_yaml_text

    text = resources.files(__package__).joinpath("sensitive_terms.yaml").read_text(encoding="utf-8")
    data = load_yaml_text(text, "sensitive_terms.yaml")
    return {
        category: re.compile(
            r"(?i)(?<!\w)(?:" + "|".join(re.escape(t) for lang in ("sv", "fi") for t in terms.get(lang, [])) + r")[\wåäö-]*"
        )
        for category, terms in data.items()
    }


@rule("personal-data/sensitive", severity="error")
def check(post, ctx) -> Iterator[Problem]:
    """Special categories of personal data tied to an identifiable person.

    Categories: health and diagnoses; social services and child welfare (försörjningsstöd,
    LVU, omhändertagen, barnskydd, toimeentulotuki, huostaanotto, lastensuojelu);
    ethnicity; religion; sexual orientation; criminal matters. A term is reported only
    when its sentence is tied to a person: it holds a private person's name (as found by
    ``personal-data/person-name``), points at one person ("min granne", "hans son",
    "naapurini", "hänen"), or, in a reply greeting a resident by name, speaks to them
    ("din ansökan om försörjningsstöd"). A general post about a service ("Ansök om
    försörjningsstöd här") is not a finding.

    Source: GDPR art. 9 (special categories) and art. 10 (criminal convictions);
    Swedish Offentlighets- och sekretesslag (2009:400) 26 kap. (socialtjänstsekretess),
    Finnish laki sosiaalihuollon asiakkaan asemasta (812/2000) 14 §; the profiles cite the
    municipality's privacy and content clauses.
    """
    names = find_private_names(post, ctx)
    addressed = any(hit.key == "addressed" for hit in names)
    for category, pattern in _patterns().items():
        for match in pattern.finditer(post.text):
            s_start, s_end = sentence_at(post, match.start())
            sentence = post.text[s_start:s_end]
            tied = (
                any(s_start <= hit.start < s_end for hit in names)
                or PERSON_REFERENCE.search(sentence)
                or (addressed and SECOND_PERSON.search(sentence))
            )
            if tied:
                yield Problem(match.start(), match.end(), category, suggestion_key="remove-sensitive", pii="sensitive")
