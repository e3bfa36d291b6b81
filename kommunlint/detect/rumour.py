"""Detector of hearsay: the writer passes on what others say without a source.

Markers ("jag har hört att", "det sägs att", "ryktet säger", "enligt uppgift från
bekanta", "kuulemma", "huhujen mukaan", "sanotaan että", "olen kuullut, että") are data
(``detect/data/rumour.yaml``). Each hit has a ``reading``: ``hearsay``, or ``denial``
when its sentence or the next one says the rumour is false ("Det stämmer inte", "ei pidä
paikkaansa": a correction; not when hoped or doubted: "Toivottavasti tämä ei pidä
paikkaansa", "Hoppas att det inte stämmer"), or ``quoted`` inside quotation marks (someone else's words,
with their source). "hört av sig", "kuulemistilaisuus" and "Kuulimme palautteenne" are
no markers (the patterns need "att"/"että" or the exact word). The markers are built
from how both languages mark reported information, not from sentences: a verb of
hearing with what was heard in any word order (no verb of saying in the gap: "hörde
rektorn säga att" names its speaker; not the readers' own feedback, "hört från er
att"), impersonal and passive verbs of saying and the Finnish reportive participle
("sanotaan maksavan"), reportive "lär" + infinitive, "ska visst", "tydligen",
"tiettävästi", rumour nouns, unnamed sources ("en granne sa att", "tutun mukaan").

What circulates may be the source ("enligt historier som går i byarna", "kylillä
liikkuvien juttujen mukaan", "kaupungilla kulkee tarina, että", "det går ett snack om
att"), or the way it came is hidden ("on kantautunut tietoa, että", "det har kommit mig
till öra att"), and the idiom of the little bird hides it on purpose ("en
liten fågel har viskat att", "pikkulinnut ovat laulaneet, että"). "Not yet" after a
denial ("Det stämmer inte ännu") says when, not that the rumour is false; what many say
afterwards ("Många säger efteråt att", "Monet sanovat jälkeenpäin, että") is experience.

Source: Hangö's memory list "Försäkra dig om att alla uppgifter är korrekta innan du
publicerar"; Karleby "Riktig information, inte rykten eller skvaller"; Kimitoön
"Spridande av grundlösa påståenden eller rykten".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import indexed, vocabulary
from .context import sentence_index

if TYPE_CHECKING:
    from . import Analysis

_QUOTED = recache.compile(r"[\"”“«»]([^\"”“«»\n]{1,200})[\"”“«»]")


@dataclass(frozen=True)
class Hearsay:
    """A marker: 0-based ``start``/``end`` (end exclusive), the ``marker`` text and its
    ``reading`` (``hearsay``, ``denial`` or ``quoted``)."""

    start: int
    end: int
    marker: str
    reading: str


@lru_cache(maxsize=1)
def _patterns() -> tuple[indexed.Indexed, re.Pattern[str], re.Pattern[str]]:
    def join(key: str) -> str:
        return vocabulary.patterns("rumour", key)

    # the markers are searched in every post: only at the words they start with (issue 15)
    return (indexed.compile(r"(?<!\w)(?:" + join("markers") + ")", re.I), recache.compile(r"(?<!\w)(?:" + join("denial") + ")", re.I),
            recache.compile(r"(?<!\w)(?:" + join("denial_hedges") + r")(?!\w)", re.I))


#: "Not yet" right after a denial (matched at the denial's end): the rumour is early,
#: not false ("Det stämmer inte ännu – isen är för tunn", "ei pidä paikkaansa vielä").
_NOT_YET = recache.compile(r"[ \t]{0,3}(?:ännu|än|vielä)\b", re.I)


def _corrects(around: str, denial: re.Pattern[str], hedges: re.Pattern[str]) -> bool:
    """Whether ``around`` says the rumour is false: a denial without a hope or doubt in
    the three words before it ("Toivottavasti tämä ei pidä paikkaansa" is no correction)
    and without "not yet" after it ("Det stämmer inte ännu", "ei pidä paikkaansa vielä":
    early, not false)."""
    for match in denial.finditer(around):
        before = " ".join(around[max(0, match.start() - 60) : match.start()].split()[-3:])
        if hedges.search(before) or _NOT_YET.match(around, match.end()):
            continue
        return True
    return False


def detect(analysis: "Analysis") -> list[Hearsay]:
    """Every hearsay marker in the post with its reading, in order."""
    post = analysis.post
    markers, denial, hedges = _patterns()
    matches = list(markers.finditer(post.text))
    if not matches:
        return []
    quoted = [m.span(1) for m in _QUOTED.finditer(post.text)]
    sentences = post.sentences
    found = []
    for match in matches:
        index = sentence_index(post, match.start())  # binary search: linear however many markers
        around = "" if index is None else " ".join(s.text for s in sentences[index : index + 2])
        if any(s <= match.start() < e for s, e in quoted):
            reading = "quoted"
        elif _corrects(around, denial, hedges):
            reading = "denial"
        else:
            reading = "hearsay"
        found.append(Hearsay(match.start(), match.end(), match.group(), reading))
    return found
