"""``tone/accusation``: accusing someone of lying, corruption, bribery, fraud or deceit.

Detector: :mod:`kommunlint.detect.accusation` (``ctx.analysis.accusations``).
"""

from __future__ import annotations

from typing import Iterator

from ...detect.context import sentence_at
from ...finding import Problem
from .. import rule


@rule("tone/accusation", severity="warning")
def accusation(post, ctx) -> Iterator[Problem]:
    """A lying/bribery/fraud word ("ljuger", "mutor", "korruption", "fusk", "valehtelee",
    "lahjonta", "huijaus", inflected) aimed at a named person, an official, the majority,
    a party or the other discussants. Not reported: a report of a court ruling, teaching
    about the words, a scam warning, a negated word ("ljug inte"), and a word with no one
    it is aimed at. Also (key ``blame``) neglect laid publicly at a named person's, an
    official's or a staff's door ("slarvade", "misskötte", "unohti", "laiminlöi"), under
    Karleby's "De smutskastar inte staden eller dess anställda"; (key ``culprit``) someone
    pointed out in public as the one who did it ("vi vet att det är ni", "tiedämme, kuka
    sen teki"). One finding per sentence.

    Source: Hangö punkt 5 "anklagelser mot andra diskussionsdeltagare"; Kimitoön "undvik
    att anklaga andra", "Ogrundad kritik och falska anklagelser"; Karleby "De smutskastar
    inte staden eller dess anställda"; Norsjö 4.10 a "förtal" (brottsbalken 5 kap. 1 §;
    rikoslaki 24 luku 9 §).
    """
    reported_sentences: set[int] = set()
    for found in ctx.analysis.accusations:
        if found.reading != "accusation":
            continue
        sentence = sentence_at(post, found.start)[0]  # the detector reports terms inside a sentence only
        if sentence in reported_sentences:
            continue
        reported_sentences.add(sentence)
        key = found.kind if found.kind in ("blame", "culprit") else "accusation"
        yield Problem(found.start, found.end, key, {"term": found.term}, suggestion_key="state-facts")
