"""Detector of reused material and of credits.

A *reuse* is a sentence that says the photo, picture, poem, lyrics, text, infographic or
chart is someone else's ("Lånad bild från Facebookgruppen", "vi hittade den här dikten", "Bilden är tagen
från Google", "Lainasimme tämän kuvan ... ryhmästä", "kuva Instagramista"), or that its
maker is unknown ("okänd författare", "tekijä tuntematon", "Vi vet inte vem som tog
den"). A *credit* names the maker: "Foto: Anna Berg", "Bild/Kuva: Kimitoöns kommun",
"© Jonas Eklöf", "Runo: Elina Saari", "av fotografen Jonas Eklöf", or the author in
brackets after a quotation ("(Astrid Lindgren)"); a credit to a platform ("Bild:
Facebook") names no one. Vocabulary: ``detect/data/credit.yaml``.

Reuse is found by construction: a verb of borrowing, finding, copying, receiving or
sharing onward next to the material in either order ("bilden hittade vi", "kuva on
napattu"), a reuse verb or the material with its source ("lånade den från Instagram",
"kuva Instagramista", "från en sida på nätet"; not the municipality's own account), a maker mentioned but not
named ("tagen av lokaltidningens fotograf", "kuvan otti eräs kesävieras"; the
municipality's own staff excepted), music under a video ("taustalla soi"), and a named
poem or song whose lines the post quotes (unless the post says it wrote them). Credits
also take the forms "📷 Anna Berg", "via @annaberg", "Tack till Anna Berg för bilden",
"Kiitos Matti Virtaselle kuvasta", "Anna Bergin ottama kuva", "Anna Berg tog bilden", a
dash or brackets after a quotation, and a caption without a colon ("Foto Anna Berg");
a "Label:" credit must name someone on its own line.

Source: Kimitoön and Hangö punkt 4 "Beakta upphovsrättslagen"; Hangö punkt 4 "Ladda
inte upp bilder utan lov"; Norsjö 4.10 e; Vimmerby "upphovsrättsintrång ... 5 kap.
upphovsrättslagen"; upphovsrättslagen (1960:729) 3 §, tekijänoikeuslaki (404/1961) 3 §.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import indexed, vocabulary

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


#: A gap of up to three words without digits between a reuse verb and the material
#: ("lånade den här härliga bilden"); digits are kept out so that library statistics
#: ("lånade 3 000 filmer") are no reuse, and so are pronouns of someone else acting
#: ("Hittade du en bild på dig själv?").
_GAP = r"(?:(?!(?:du|ni|man|han|hon|de|dem|sinä|te|hän|he)\s)[^\W\d]+\s+){0,3}?"
#: A capitalised name word, bounded so that a long run of letters costs linear time.
_NAME = r"[A-ZÅÄÖ][\w'’-]{1,40}"
_NAME2 = rf"{_NAME}\s+{_NAME}"


@lru_cache(maxsize=1)
def _patterns() -> tuple[indexed.Indexed, indexed.Indexed, indexed.Indexed, tuple[str, ...]]:
    data = vocabulary.load("credit")
    reuse = []
    for lang in ("sv", "fi"):
        # The material may be a compound's head ("ilmakuvan", "flygbilden"): tried after
        # the plain word (a bounded prefix keeps a long run of letters linear, and only
        # the picture words compound freely, so the prefix is not tried before every one).
        fill = {"%M%": "(?:" + data["material"][lang] + "|[\\w-]{1,20}" + data["compound_material"][lang] + ")", "%V%": data["reuse_verbs"][lang], "%S%": data["sources"][lang], "%G%": _GAP}
        for pattern in data["reuse"][lang]:
            for key, value in fill.items():
                pattern = pattern.replace(key, value)
            reuse.append(pattern)
    # searched only at the words the phrases start with (issue 15: most of the detector's time)
    reuse_re = indexed.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in reuse) + ")", re.I)
    unknown_re = indexed.compile(r"(?<!\w)(?:" + vocabulary.patterns("credit", "unknown") + ")", re.I)
    labels = data["credit_labels"]
    works = r"(?:bild|foto|dikt|text|vers|kuva|runo|teksti|video|laulu|sång|lån)\w{0,12}"
    # only where a label, a camera, a quotation's end or a capitalised name can start (issue 15)
    credit_re = indexed.compile(
        # "Foto: Anna Berg", "Bild/Kuva: Kimitoöns kommun", "Text och bild: Maja Holm", "Foto © X"
        rf"(?<!\w)(?i:{labels})(?:\s*(?:/|och|ja|&)\s*(?i:{labels}))?\s*(?::|©|\bav\b)[ \t]*©?[ \t]*(?P<who>[^\n,;”\"“«»]{{1,60}})"
        rf"|©\s*(?P<who2>[^\n,;]{{2,60}})"
        # "📷 Anna Berg", "📸: @annaberg", "via @annaberg"
        rf"|(?:📷|📸|(?i:\bvia))\s*:?\s*(?P<who12>@\w+|{_NAME})"
        rf"|(?:📷|📸)\s*:?\s*(?P<who13>{_NAME})"
        rf"|(?i:\bav\s+(?:fotografen|konstnären|författaren|illustratören|poeten)|\bkuvaaja(?:na)?|\bvalokuvaaja(?:na)?|\brunoilija)\s+(?P<who3>[A-ZÅÄÖ][^\n,;.]{{1,60}})"
        # the author in brackets or after a dash at a quotation's end: ”...” (Astrid Lindgren), ”...” – Evert Taube
        rf"|[”\"»]\s*\((?P<who4>[A-ZÅÄÖ][\w.'’-]+(?:\s+[A-ZÅÄÖ][\w.'’-]+){{0,3}})\)"
        rf"|[”\"»][.!]?\s*[–—-]\s*(?P<who11>[A-ZÅÄÖ][\w.'’-]+(?:\s+[A-ZÅÄÖ][\w.'’-]+){{0,3}})"
        rf"|(?m:^[ \t]*[–—][ \t]*(?P<who14>{_NAME2})[ \t]*$)"
        # "en dikt av Karin Boye", "bilden tagen av Anna Berg", "kuvannut Matti Virtanen"
        rf"|(?i:\b(?:dikt|dikten|runo|text|texten|sång|sången|låt|låten|visa|visan|citat|bild|bilden|foto|fotot)\s+av|\b(?:tagen|tagna|taget|fotad|fotat|fotograferad|målad|skriven|tecknad|ritad)\s+av|\b(?:kuvannut|ottanut|kirjoittanut|säveltänyt|piirtänyt|maalannut|sanoittanut|otti|kuvasi|kirjoitti|sävelsi))\s+(?P<who5>{_NAME2})"
        # "Eino Leinon runo", "Anna Bergin ottama kuva", "Matti Virtasen kuvaama"
        rf"|(?<![\w'’-])(?P<who6>{_NAME}\s+{_NAME}n)\s+(?i:runo|runon|runosta|runoa|laulu|laulun|laulusta|kuva|kuvan|kuvaa|teksti|tekstin)\b"
        rf"|(?P<who9>{_NAME}(?:\s+{_NAME})?)(?::n|n)\s+(?:\w+\s+)?(?i:ottama\w*|kuvaama\w*|kirjoittama\w*|säveltämä\w*|piirtämä\w*|maalaama\w*|sanoittama\w*|lähettämä\w*)"
        # "Anna Berg tog bilden", "Matti Virtanen otti kuvan"
        rf"|(?P<who10>{_NAME2})\s+(?i:tog|har\s+tagit|fotade|fotograferade|målade|skrev|tecknade|ritade|otti|on\s+ottanut|kuvasi|kirjoitti|piirsi|maalasi)\s+(?i:den\s+här\s+|denna\s+|tämän\s+|fina\s+|upean\s+)?(?i:{works})"
        # thanks that name the maker: "Tack till Anna Berg för bilden", "Kiitos Matti Virtaselle kuvasta"
        rf"|(?i:\btack(?:\s+till)?|\bkiitos)\s+(?P<who8>{_NAME}(?:\s+{_NAME})?)\s*,?\s+(?:(?i:för|som|joka)\s+)?(?:\w+\s+){{0,3}}?(?i:{works})"
        rf"|(?i:\btack\s+för|\bkiitos)\s+(?:\w+\s+){{0,2}}?(?i:{works})\s*,\s*(?P<who15>{_NAME})"
        rf"|(?i:{works})\s+(?i:kiitos|tack\s+till)\s+(?P<who16>{_NAME})"
        # a photo caption without a colon: "Foto Anna Berg", "Kuva Matti Virtanen"
        rf"|(?<!\w)(?i:foto|kuva|bild|photo)\s+(?P<who7>{_NAME}\s+{_NAME}(?<!sta)(?<!stä)(?<!lta)(?<!ltä))(?!\w)"
    )
    return reuse_re, unknown_re, credit_re, tuple(vocabulary.words("credit", "vague"))


#: A quotation long enough to be lines of a poem or song: over two lines, or 40
#: characters or more (a title such as ”Sataman valot” is shorter).
_QUOTATION = recache.compile(r"[”\"“«»](?:[^”\"“«»\n]{40,600}|[^”\"“«»]{1,300}\n[^”\"“«»]{1,600})[”\"“«»]")


@lru_cache(maxsize=1)
def _poem_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = vocabulary.load("credit")
    poem = "|".join(f"(?:{data['poem_words'][lang]})" for lang in ("sv", "fi"))
    return (recache.compile(rf"(?<!\w)(?:{poem})(?!\w)", re.I), recache.compile(rf"(?<!\w){data['own_writing']}(?!\w)", re.I),
            recache.compile(rf"(?<!\w){data['unnamed_writer']}", re.I))


def _quoted_poem(text: str) -> Reuse | None:
    """A poem or song the post names and quotes from ("En höstdikt: ”Nu seglar löven
    ...”"), unless the post says it wrote the lines itself (a verb of writing whose
    subject is not an unnamed someone: "som någon en gång skrev" is no own writing);
    ``None`` otherwise."""
    quotation = _QUOTATION.search(text)
    if quotation is None:
        return None
    poem_re, own_re, unnamed_re = _poem_patterns()
    outside = text[: quotation.start()] + " " * (quotation.end() - quotation.start()) + text[quotation.end():]
    named = poem_re.search(outside)
    # "som någon klok person en gång skrev": a verb of writing whose subject is an
    # unnamed someone says the lines are someone else's, not the post's own.
    own = any(not unnamed_re.search(text, max(0, m.start() - 60), m.start()) for m in own_re.finditer(text))
    if named is None or own:
        return None
    return Reuse(named.start(), named.end(), named.group())


def _vague(word: str, vague: tuple[str, ...]) -> bool:
    """Whether a credit's first word names no one ("Facebook", "nätet", "lainattu")."""
    return any(word == v or (len(v) >= 4 and word.startswith(v)) for v in vague)


def detect(analysis: "Analysis") -> Credits:
    """The post's reuse statements and credits."""
    text = analysis.post.text
    reuse_re, unknown_re, credit_re, vague = _patterns()
    reuses = [Reuse(m.start(), m.end(), m.group()) for m in reuse_re.finditer(text)]
    reuses += [Reuse(m.start(), m.end(), m.group(), unknown=True) for m in unknown_re.finditer(text)]
    if not reuses:
        poem = _quoted_poem(text)
        reuses += [poem] if poem else []
    credits = []
    for match in credit_re.finditer(text):
        group = next(i for i, g in enumerate(match.groups(), 1) if g is not None)
        who = match.group(group).strip()
        if any(r.start <= match.start(group) < r.end for r in reuses):
            # "📸 Bilden hittade vi på en auktionssajt": the "name" after the camera is the
            # material of the reuse statement itself, not its maker.
            continue
        first = re.findall(r"[\w-]+", who.lower())
        if first and not _vague(first[0], vague):
            credits.append(match.span())
        elif first and not any(r.start <= match.start() < r.end or match.start() <= r.start < match.end() for r in reuses):
            # "Bild: Facebook", "Foto: okänd": a credit that names no one.
            reuses.append(Reuse(match.start(), match.end(), match.group().strip(), unknown=True))
    if not reuses:
        return Credits()
    reuses.sort(key=lambda r: r.start)
    return Credits(reuses, credits)
