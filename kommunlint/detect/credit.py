"""Detector of reused material and of credits.

A *reuse* is a sentence that says the photo, picture, poem, lyrics or text is someone
else's ("Lånad bild från Facebookgruppen", "vi hittade den här dikten", "Bilden är tagen
från Google", "Lainasimme tämän kuvan ... ryhmästä", "kuva Instagramista"), or that its
maker is unknown ("okänd författare", "tekijä tuntematon", "Vi vet inte vem som tog
den"). A *credit* names the maker: "Foto: Anna Berg", "Bild/Kuva: Kimitoöns kommun",
"© Jonas Eklöf", "Runo: Elina Saari", "av fotografen Jonas Eklöf", or the author in
brackets after a quotation ("(Astrid Lindgren)"); a credit to a platform ("Bild:
Facebook") names no one. Vocabulary: ``detect/data/credit.yaml``.

Source: Kimitoön and Hangö punkt 4 "Beakta upphovsrättslagen"; Hangö punkt 4 "Ladda
inte upp bilder utan lov"; Norsjö 4.10 e; Vimmerby "upphovsrättsintrång ... 5 kap.
upphovsrättslagen"; upphovsrättslagen (1960:729) 3 §, tekijänoikeuslaki (404/1961) 3 §.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from . import vocabulary

if TYPE_CHECKING:
    from . import Analysis


@dataclass(frozen=True)
class Reuse:
    """A sentence saying material is reused: 0-based ``start``/``end`` of the matched
    phrase (end exclusive), the ``phrase``, and ``unknown`` when it says the maker is unknown."""

    start: int
    end: int
    phrase: str
    unknown: bool = False


@dataclass(frozen=True)
class Credits:
    """What the post says about reused material: every ``reuse`` and every ``credit``
    span (``(start, end)``, 0-based, end exclusive) that names a maker."""

    reuses: list[Reuse] = field(default_factory=list)
    credits: list[tuple[int, int]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], frozenset[str]]:
    data = vocabulary.load("credit")
    reuse = []
    for lang in ("sv", "fi"):
        material = data["material"][lang] + r"\w*"
        reuse.extend(p.replace("%M%", material) for p in data["reuse"][lang])
    reuse_re = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in reuse) + ")", re.I)
    unknown_re = re.compile(r"(?<!\w)(?:" + vocabulary.patterns("credit", "unknown") + ")", re.I)
    labels = data["credit_labels"]
    credit_re = re.compile(
        rf"(?<!\w)(?i:{labels})(?:\s*/\s*(?i:{labels}))?\s*(?::|©|\bav\b)\s*©?\s*(?P<who>[^\n,;]{{1,60}})"
        rf"|©\s*(?P<who2>[^\n,;]{{2,60}})"
        rf"|(?i:\bav\s+(?:fotografen|konstnären|författaren|illustratören)|\bkuvaaja(?:na)?|\bvalokuvaaja(?:na)?)\s+(?P<who3>[A-ZÅÄÖ][^\n,;.]{{1,60}})"
        rf"|[”\"»]\s*\((?P<who4>[A-ZÅÄÖ][\w.'’-]+(?:\s+[A-ZÅÄÖ][\w.'’-]+){{0,3}})\)"
        # "en dikt av Karin Boye", "bilden tagen av Anna Berg", "kuvannut Matti Virtanen",
        # "Eino Leinon runo": a maker named with two capitalised words.
        rf"|(?i:\b(?:dikt|dikten|runo|text|texten|sång|sången|låt|låten|visa|visan|citat)\s+av|\b(?:tagen|tagna|fotad|fotograferad|målad|skriven|tecknad)\s+av|\b(?:kuvannut|ottanut|kirjoittanut|säveltänyt|piirtänyt))\s+(?P<who5>[A-ZÅÄÖ][\w'’-]+\s+[A-ZÅÄÖ][\w'’-]+)"
        rf"|(?<![\w'’-])(?P<who6>[A-ZÅÄÖ][\w'’-]+\s+[A-ZÅÄÖ][\w'’-]+n)\s+(?i:runo|runon|runosta|runoa|laulu|laulun|laulusta|kuva|kuvan|kuvaa|teksti|tekstin)\b"
    )
    return reuse_re, unknown_re, credit_re, frozenset(vocabulary.words("credit", "vague"))


def detect(analysis: "Analysis") -> Credits:
    """The post's reuse statements and credits."""
    text = analysis.post.text
    reuse_re, unknown_re, credit_re, vague = _patterns()
    reuses = [Reuse(m.start(), m.end(), m.group()) for m in reuse_re.finditer(text)]
    reuses += [Reuse(m.start(), m.end(), m.group(), unknown=True) for m in unknown_re.finditer(text)]
    credits = []
    for match in credit_re.finditer(text):
        who = next(g for g in match.group("who", "who2", "who3", "who4", "who5", "who6") if g is not None).strip()
        first = re.findall(r"[\w-]+", who.lower())
        if first and first[0] not in vague:
            credits.append(match.span())
        elif first and not any(r.start <= match.start() < r.end or match.start() <= r.start < match.end() for r in reuses):
            # "Bild: Facebook", "Foto: okänd": a credit that names no one.
            reuses.append(Reuse(match.start(), match.end(), match.group().strip(), unknown=True))
    if not reuses:
        return Credits()
    reuses.sort(key=lambda r: r.start)
    return Credits(reuses, credits)
