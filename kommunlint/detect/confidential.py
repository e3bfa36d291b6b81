"""Detector of secrecy and classification markers, and how each marker's sentence reads.

Markers, refusals, explanations and meta mentions are data:
``detect/data/confidential.yaml``. A marker's sentence reads as ``refusal`` when it
says secret information is kept back rather than marking material: it gives secrecy as
the reason the writer cannot discuss a case, in any word order ("Vi kan inte kommentera
enskilda ärenden på grund av sekretess", "Av sekretesskäl kan vi inte kommentera"), it
explains the law about a whole class of information ("uppgifter som är
sekretessbelagda enligt offentlighetslagen"), or it promises a sender confidential
handling ("Ansökningarna behandlas konfidentiellt"). It reads as ``meta`` when it asks
about the word ("Vad betyder sekretess?") or names it as a word ("Ordet konfidentiell
betyder ..."), and otherwise as ``marker``: confidential material may be about to be
published.

A document that is not yet public ("ett utkast som ännu inte är offentligt", "luonnos",
"under beredning", "valmisteilla oleva") is a marker only when the same sentence refers
to its content ("enligt", "mukaan", "föreslås", "ehdotetaan"); a draft on display or out
for comment ("framlagt", "nähtävillä") is public and no marker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import vocabulary
from .context import overlaps, paragraph_at

if TYPE_CHECKING:
    from . import Analysis


@dataclass(frozen=True)
class Marker:
    """A marker: 0-based ``start``/``end`` (end exclusive, within its sentence), the
    matched ``term``, and its sentence's ``reading`` (``marker``, ``refusal`` or ``meta``)."""

    start: int
    end: int
    term: str
    reading: str


def _join(key: str) -> str:
    return vocabulary.patterns("confidential", key)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    markers = recache.compile(r"(?<!\w)(?:" + _join("markers") + r")(?!\w)", re.I)
    kept_back = "|".join(_join(key) for key in ("refusal", "explanation", "confidential_handling"))
    return markers, recache.compile("(?i)" + kept_back), recache.compile("(?i)" + _join("meta"))


@lru_cache(maxsize=1)
def _meta_words() -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(vocabulary.words("confidential", "meta_word_before")),
            frozenset(vocabulary.words("confidential", "meta_word_after")))


_WORD = recache.compile(r"\w+")


def _named_as_word(text: str, start: int, end: int) -> bool:
    """True when the marker is named as a word: "ordet konfidentiell", "sana salassa
    pidettävä", "konfidentiell betyder"."""
    before_words, after_words = _meta_words()
    before = [w.lower() for w in _WORD.findall(text[max(0, start - 30) : start])[-2:]]
    after = _WORD.findall(text[end : end + 30])[:1]
    return any(w in before_words for w in before) or bool(after and after[0].lower() in after_words)


@lru_cache(maxsize=1)
def _unpublished() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    def words(key: str) -> re.Pattern[str]:
        return recache.compile(r"(?i)(?<!\w)(?:" + _join(key) + r")(?!\w)")

    return words("not_yet_public"), words("draft"), recache.compile("(?i)" + _join("content_reference")), words("public_draft")


def _not_yet_public(post) -> list[re.Match[str]]:
    """Mentions of a document that is not yet public, in sentences that refer to its content."""

    outright, draft, content, public = _unpublished()
    found = []
    public_in: dict[int, bool] = {}  # paragraph start: "public draft" said in it (searched once)
    for sentence in post.sentences:
        if not content.search(sentence.text):
            continue
        hits = list(outright.finditer(post.text, sentence.start, sentence.end))
        if not hits:
            # The sentence's paragraph (else the sentence itself), searched once.
            lo, hi = paragraph_at(post, sentence.start)
            if lo not in public_in:
                public_in[lo] = bool(public.search(post.text, lo, hi))
            said_public = public_in[lo]
            if not said_public:
                hits = list(draft.finditer(post.text, sentence.start, sentence.end))
        found.extend(hits[:1])
    return found


def detect(analysis: "Analysis") -> list[Marker]:
    """Every marker in the post with its sentence's reading, in order."""
    import bisect

    post = analysis.post
    markers, refusal, meta = _patterns()
    # One scan of the whole text; most posts have no marker and cost nothing more.
    matches = list(markers.finditer(post.text))
    taken = [(m.start(), m.end()) for m in matches]  # in order: overlaps() searches it by bisection
    matches += [m for m in _not_yet_public(post) if not overlaps(m.start(), m.end(), taken)]
    matches.sort(key=lambda m: m.start())
    if not matches:
        return []
    found = []
    match_starts = [m.start() for m in matches]
    for sentence in post.sentences:
        # The sentence's markers by binary search over their starts (not every marker per sentence).
        inside = matches[bisect.bisect_left(match_starts, sentence.start) : bisect.bisect_left(match_starts, sentence.end)]
        if not inside:
            continue
        if refusal.search(sentence.text):
            reading = "refusal"
        elif meta.search(sentence.text) and sentence.text.rstrip().endswith("?"):
            reading = "meta"
        else:
            reading = "marker"
        for match in inside:
            end = min(match.end(), sentence.end)
            this = reading
            if this == "marker" and _named_as_word(post.text, match.start(), end):
                this = "meta"
            found.append(Marker(match.start(), end, post.text[match.start() : end], this))
    return found
