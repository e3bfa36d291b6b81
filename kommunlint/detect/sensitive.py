"""Detector of special categories of personal data (GDPR art. 9 and 10), and whether
each term is tied to an identifiable person.

Terms are data: ``detect/data/sensitive_terms.yaml``, concepts per category (health,
disability and aids, social care, child welfare, ethnicity, religion, sexual
orientation, criminal matters), each with its Swedish and Finnish terms. A term matches
at a word start with any ending, inside a compound where the concept allows it
("bröstcancer", "pähkinäallergia"), and acronyms case-sensitively (KOL, LVU).

A term is tied to a person when
- its paragraph names a private person (:mod:`.person_name`) or points at one ("min
  granne", "hans son", "naapurini", "hänen"): a name in one sentence and the diagnosis
  in the next is the same person's;
- or the post is a reply and the sentence speaks to its reader ("din ansökan om
  försörjningsstöd", "hakemuksesi toimeentulotuesta"): a public reply's "you" is the
  commenter, whose account names them.
"""

from __future__ import annotations

import bisect
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
#: Second person (singular, plural and polite), which identifies the reader of a reply:
#: Swedish pronouns, Finnish pronouns and the possessive suffixes -si and -nne
#: ("hakemuksesi", "perheenne"; not the adverbs "tänne", "minne").
SECOND_PERSON = re.compile(
    r"(?i)\b(?:du|dig|din|ditt|dina|ni|er|ert|era|sinä|sinun|sinulla|sinulle|sinua|te|teidän|teillä|teille|teitä)\b"
    r"|\b\w{5,}(?<!vuo|kuu|vii|kak|uus)si\b"
    r"|\b(?!(?:tänne|minne|sinne|jonne|tuonne|muualle)\b)\w{4,}nne\b"
)


@dataclass(frozen=True)
class SensitiveTerm:
    """A special-category term: 0-based ``start``/``end`` (end exclusive), its
    ``category`` (a key of sensitive_terms.yaml) and whether it is ``tied`` to a person."""

    start: int
    end: int
    category: str
    tied: bool


def _term_pattern(term: str, compound: bool) -> str:
    body = re.escape(term).replace(r"\ ", r"\s+")
    return (r"(?<!\w)\w*" if compound else r"(?<!\w)") + body + r"[\w-]*"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    """One pattern per category: its terms in both languages."""
    out: dict[str, re.Pattern[str]] = {}
    for category, concepts in vocabulary.load("sensitive_terms").items():
        if category == "roles_and_units":  # not a category: the words that cancel a match
            continue
        folded, exact = [], []
        for concept in concepts:
            terms = [t for lang in ("sv", "fi") for t in concept.get(lang, [])]
            if concept.get("acronym"):
                exact.extend(r"(?<!\w)" + re.escape(t.upper()) + r"(?:[:-]\w+)?(?!\w)" for t in terms)
            else:
                folded.extend(_term_pattern(t, bool(concept.get("compound"))) for t in terms)
        parts = ([f"(?i:{'|'.join(folded)})"] if folded else []) + exact
        out[category] = re.compile("|".join(parts))
    return out


@lru_cache(maxsize=1)
def _role_or_unit() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a word ending in a role or unit word, a text starting with one as the next word)."""
    words = vocabulary.alternation(vocabulary.words("sensitive_terms", "roles_and_units") + vocabulary.words("titles", "titles"))
    return re.compile(rf"(?i)\w{{3,}}(?:{words})$"), re.compile(rf"(?i)\s+(?:{words})")


def _names_a_unit_or_role(text: str, start: int, end: int) -> bool:
    """True when the matched word is a compound headed by a role or unit word
    ("hemvårdsledaren", "hemtjänstpersonalen") or the next word is one ("kotihoidon esihenkilö")."""
    compound, next_word = _role_or_unit()
    return bool(compound.match(text[start:end]) or next_word.match(text, end, end + 40))


def _paragraph_at(post, offset: int) -> tuple[int, int]:
    i = bisect.bisect_right(post.paragraph_starts, offset) - 1
    if i >= 0 and offset < post.paragraphs[i].end:
        return post.paragraphs[i].start, post.paragraphs[i].end
    return sentence_at(post, offset)


def detect(analysis: "Analysis") -> list[SensitiveTerm]:
    """Every special-category term in the post, by category then position."""
    post = analysis.post
    names = analysis.person_names
    reply = post.kind == "reply"
    found = []
    for category, pattern in _patterns().items():
        for match in pattern.finditer(post.text):
            if _names_a_unit_or_role(post.text, match.start(), match.end()):
                continue
            s_start, s_end = sentence_at(post, match.start())
            p_start, p_end = _paragraph_at(post, match.start())
            sentence, paragraph = post.text[s_start:s_end], post.text[p_start:p_end]
            tied = bool(
                any(p_start <= hit.start < p_end for hit in names)
                or PERSON_REFERENCE.search(paragraph)
                or (reply and SECOND_PERSON.search(sentence))
            )
            found.append(SensitiveTerm(match.start(), match.end(), category, tied))
    return found
