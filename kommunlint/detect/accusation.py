"""Detector of accusations: lying, corruption, bribery, fraud or deceit laid at someone's door.

A *term* ("ljuger", "mutor", "korruption", "fusk", "valehtelee", "lahjonta", "huijaus",
inflected; ``detect/data/accusation.yaml``) is an accusation when its sentence, or the
sentence before it, names a *target*: a person in a role ("stadsdirektören",
"sivistysjohtaja", "ordföranden Lars Dahl"; every title of ``detect/data/titles.yaml``), the majority, a party, the other discussants
("ni", "kommentoija"). Each hit has a ``reading``:

- ``accusation``: reported by ``tone/accusation``;
- ``report``: the sentence reports a court case or an investigation ("Tingsrätten har
  meddelat dom i målet om mutbrott");
- ``meta``: teaching about the words, a scam warning to the public, a policy, or the word
  as a word ("Utbildning: Jäv, mutor och korruption", "Varoitus puhelinhuijauksista");
- ``negated``: "ljug inte", "ei valehtele";
- ``conditional``: a condition opens the term's clause ("Om du inte har betalat avgiften",
  "jos joku valehtelee"): a case stated, not a charge;
- ``untargeted``: no target in reach and the term is not the predicate ("Det här är ren
  korruption" accuses whoever did it): a topic, not an accusation.

A *blame* term ("slarvade", "misskötte", "unohti", "laiminlöi") is read the same way and
has ``kind`` ``blame``: neglect laid publicly at a named person's or a staff's door
(Karleby "De smutskastar inte staden eller dess anställda").

A *culprit* phrase ("vi vet att det är ni", "tiedämme, kuka sen teki") points someone out
in public as the one who did it; read the same way, ``kind`` ``culprit``. A sentence
after a scam warning's label ("Varoitus: ... Kyse on huijauksesta") belongs to the
warning (``meta``).

Disagreement stated as one's own view ("jag tycker att beslutet är fel") has no term.

Source: Hangö punkt 5 "anklagelser mot andra diskussionsdeltagare"; Kimitoön "undvik att
anklaga andra", "Ogrundad kritik och falska anklagelser"; Karleby "De smutskastar inte
staden eller dess anställda"; Norsjö 4.10 a "förtal" (brottsbalken 5 kap. 1 §;
rikoslaki 24 luku 9 §).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import indexed, roles, vocabulary
from .context import sentence_index

if TYPE_CHECKING:
    from . import Analysis

# A condition just before the term ("Om du inte har betalat avgiften", "Jos joku
# valehtelee") states a case, not a charge; looked for in the term's clause only.
_CONDITION = recache.compile(r"(?i)(?<!\w)(?:om|ifall|såvida|jos|mikäli|jollei|jottei)(?!\w)")


def _conditional(clause_before: str) -> bool:
    """True when the text before a term, back to its clause's start, opens with a condition.

    Swedish "om" is also "about" ("i frågan om hamnen"), so it counts only first in its
    clause or after a conjunction ("och om", "men om", "att om").
    """
    cut = max(clause_before.rfind(mark) for mark in ",;:")
    clause = clause_before[cut + 1 :]
    for match in _CONDITION.finditer(clause):
        if match.group().lower() != "om":
            return True
        before = clause[: match.start()].split()
        if not before or before[-1].lower() in _OM_AFTER:
            return True
    return False


#: Words after which Swedish "om" opens a condition rather than meaning "about".
_OM_AFTER = frozenset({"och", "men", "eller", "även", "bara", "att", "så", "också", "särskilt", "speciellt"})


_QUOTED = recache.compile(r"[\"”“«»]([^\"”“«»\n]{1,80})[\"”“«»]")


@dataclass(frozen=True)
class Accusation:
    """A term: 0-based ``start``/``end`` (end exclusive), the matched ``term`` and the
    ``reading`` of its sentence (``accusation``, ``report``, ``meta``, ``negated``,
    ``conditional``, ``untargeted``) and its ``kind``: ``deceit`` (lying, bribery, fraud), ``blame``
    (neglect laid at someone's door: "slarvade", "laiminlöi") or ``culprit`` (someone
    pointed out as the one who did it: "vi vet att det är ni")."""

    start: int
    end: int
    term: str
    reading: str
    kind: str = "deceit"


def _either(key: str) -> str:
    return vocabulary.patterns("accusation", key)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str] | indexed.Indexed]:
    return {
        # searched in every post: only at the words the terms can start with (issue 15)
        "terms": indexed.compile(r"(?<!\w)(?:(?P<deceit>" + _either("terms") + r")|(?P<blame>" + _either("blame") + r")"
                                 r"|(?P<culprit>" + _either("culprit") + r"))", re.I),
        "targets": recache.compile(r"(?<!\w)(?:" + _either("targets") + r")(?!\w)", re.I),
        # Party and role abbreviations are targets only in capitals ("S", "KD"), so the
        # case-sensitive alternatives are tried on the original text separately.
        "report": recache.compile(r"(?<!\w)(?:" + _either("report") + r")", re.I),
        "meta": recache.compile(r"(?<!\w)(?:" + _either("meta") + r")", re.I),
        "predicate": recache.compile(r"(?<!\w)(?:" + _either("predicate") + r")", re.I),
    }


def _has_target(text: str) -> bool:
    # Any staff or elected title is "a person in a role" ("byggnadsinspektören",
    # "ympäristötarkastaja"): the shared title list covers far more roles than the
    # accusation list's own targets.
    if roles.title_re().search(text):
        return True
    for match in _patterns()["targets"].finditer(text):
        word = match.group()
        # One-letter and two-letter party letters count only when written in capitals.
        if len(word) <= 3 and word.isalpha() and word.lower() in {"s", "m", "c", "l", "v", "kd", "sd", "mp", "sfp"}:
            if word.isupper():
                return True
            continue
        return True
    return False


#: A warning label opening a sentence ("Varning:", "Varoitus:", "VAROITUS –"): the
#: sentence after it still belongs to the warning.
_WARNING_LABEL = recache.compile(r"(?i)^\W{0,4}(?:varning|varoitus|huom|huomio|obs|observera)\s*[:!–—-]")


def _warning_label(previous: str, patterns: dict) -> bool:
    """Whether the sentence before (``previous``) opens with a warning label and is itself
    a meta sentence (a scam warning to the public)."""
    return bool(_WARNING_LABEL.match(previous)) and bool(patterns["meta"].search(previous))


def detect(analysis: "Analysis") -> list[Accusation]:
    """Every term in the post with its sentence's reading, in order."""
    post = analysis.post
    patterns = _patterns()
    matches = list(patterns["terms"].finditer(post.text))
    if not matches:
        return []
    negation = set(vocabulary.words("accusation", "negation"))
    quoted = [m.span(1) for m in _QUOTED.finditer(post.text)]
    sentences = post.sentences
    found = []
    for match in matches:
        index = sentence_index(post, match.start())  # binary search: linear however many terms
        if index is None:
            continue
        sentence = sentences[index]
        previous = sentences[index - 1].text if index > 0 else ""
        before = post.text[sentence.start : match.start()].split()
        if patterns["report"].search(sentence.text):
            reading = "report"
        elif patterns["meta"].search(sentence.text) or any(s <= match.start() < e for s, e in quoted) \
                or _warning_label(previous, patterns):
            # (a scam warning's label may open the sentence before: "Varoitus: ... on
            # lähetetty tekstiviestejä ... Kyse on huijauksesta")
            reading = "meta"
        elif before and before[-1].lower().strip(",") in negation:
            reading = "negated"
        elif _conditional(post.text[max(sentence.start, match.start() - 120) : match.start()]):
            reading = "conditional"
        elif match.group("culprit") or _has_target(sentence.text) or _has_target(previous) \
                or patterns["predicate"].search(post.text[sentence.start : match.start()]):
            # (a culprit phrase names its own target: "det är ni", "kuka sen teki")
            reading = "accusation"
        else:
            reading = "untargeted"
        kind = "blame" if match.group("blame") else "culprit" if match.group("culprit") else "deceit"
        found.append(Accusation(match.start(), match.end(), match.group(), reading, kind))
    return found
