"""Detector of template text that was never filled in.

Finds, in a ``Post.text``:

- a bracketed placeholder: capitals only ("[TITEL]", "[NAMN]", "[PVM]", "[LINKKI]"), or
  a text of placeholder words ("[namn]", "[ruotsinkielinen teksti tähän]"); not a
  Markdown link ("[Anmäl dig här](https://...)"), an editorial insertion ("[red. anm.]",
  "[Uppdaterat kl. 14.30]"), a word inserted in a quotation ("[uusi konttiterminaali]")
  or a language label ("[SV]");
- runs of X standing for digits: "XX.XX", "XX:XX", "XX.6.", "XX maj", "0XX XXX XXXX",
  "0XXX-XX XX XX" (not "XXL", not a Roman numeral such as "XXV", not part of a code
  after a word and a hyphen, "HANGO-XX1");
- "NN" or "N.N." standing for a name; "TODO", "FIXME", "TBD", "TBA", "TBC"; "Lorem
  ipsum"; "text kommer", "teksti tulossa" (``detect/data/placeholder.yaml``);
- a template engine's field: "{{datum}}", "<<namn>>", and "{NAMN}", "%DATUM%", "<PLATS>"
  (capitals or placeholder words);
- a single capital X as an amount: "X €", "X kr".

Source: issue 12; the guidelines' demand for correct information (Hangö's memory list
"Försäkra dig om att alla uppgifter är korrekta innan du publicerar", Karleby "Saklig och
riktig information!").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import indexed, vocabulary

if TYPE_CHECKING:
    from . import Analysis

_BRACKET = recache.compile(r"(?<!\])\[([^\[\]\n]{1,80})\](?!\()")
_XS = recache.compile(
    r"(?<![\w])(?<![^\W\d_]-)(?:[0-9]*X{2,}|0X+)(?:[.:/\-]?[0-9X]+)*\.?"
    r"(?:[ \-](?:[0-9]*X{2,}|X+[0-9]*)(?:[.:/\-]?[0-9X]+)*)*(?![\w])"
)
_ROMAN_AFTER = recache.compile(r"\s*(?::e\b|-talet|\.\s*vuosisa|vuosisa)", re.I)
_NAME = recache.compile(r"(?<![\w.])(?:NN|N\.N\.)(?![\w])")
#: (not the first part of a compound: "TBA-listan")
_MARKERS = recache.compile(r"(?<![\w])(?:TODO|FIXME|TBD|TBA|TBC)(?![\w-])")
#: A template engine's field left in the text: "{{datum}}", "{{ namn }}", "{NAMN}",
#: "%DATUM%", "<<namn>>", "<PLATS>". Double braces and double angle brackets are never
#: prose; a single brace, angle bracket or percent signs count with a placeholder word or
#: in capitals (read like the square brackets; "<br>" is neither).
_TEMPLATE = recache.compile(r"\{\{[^{}\n]{1,60}\}\}|<<[^<>\n]{1,60}>>")
_TEMPLATE_SINGLE = recache.compile(r"(?<![{\w])\{([^{}\n]{1,60})\}(?!\})|(?<![\w%])%([A-ZÅÄÖ_]{2,30})%(?![\w%])|(?<![<\w])<([^<>\n]{1,40})>(?!>)")
#: A single capital X standing for an amount ("Liput: X €", "X kr/person"): not after a
#: number ("2 X 10 €" is a multiplication) and not a letter in a word.
_X_AMOUNT = recache.compile(r"(?<![\w×*])(?<!\d\s)X\s?(?:€|kr\b|kronor\b|euroa?\b|eur\b|e/)")
_LETTERS = recache.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Placeholder:
    """A placeholder: 0-based ``start``/``end`` (end exclusive), its ``text`` and
    ``kind`` (``bracket``, ``digits``, ``name``, ``marker``, ``template`` or ``phrase``)."""

    start: int
    end: int
    text: str
    kind: str


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], frozenset[str], re.Pattern[str], indexed.Indexed]:
    words = frozenset(vocabulary.words("placeholder", "bracket_words"))
    keep = frozenset(vocabulary.words("placeholder", "bracket_keep"))
    editorial = recache.compile(r"^\s*(?:" + "|".join(vocabulary.words("placeholder", "editorial")) + ")", re.I)
    # searched in every post: only where a phrase can start (issue 15)
    phrases = indexed.compile(vocabulary.patterns("placeholder", "phrases"), re.I)
    return words, keep, editorial, phrases


def _bracket_is_placeholder(content: str) -> bool:
    words, keep, editorial, _ = _data()
    letters = "".join(_LETTERS.findall(content))
    if not letters or editorial.search(content):
        return False
    if letters == letters.upper() and len(letters) >= 2:
        return content.strip() not in keep
    if ":" in content or re.search(r"\d", content):
        return False  # a label with its value ("[Bild: Anna Berg]"), a time, a date
    tokens = re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", content.lower())
    # a compound whose head is a field's value counts as the word ("e-postadress",
    # "kontaktnamn", "sähköpostiosoite": ``compound_heads``; not "Arkivbild",
    # "Kuvituskuva", which label a real picture)
    heads = vocabulary.words("placeholder", "compound_heads")
    if not tokens or not any(t in words or any(t.endswith(h) for h in heads) for t in tokens):
        return False
    return "tähän" in tokens or "här" in tokens or len(tokens) <= 3


#: A template field's name in single braces or angle brackets: one to three words of
#: letters, joined by spaces, hyphens or underscores ("{puhuja}", "<e-postadress>",
#: "{talare_namn}"). Prose does not put words in braces or angle brackets; an e-mail
#: address or a link ("<info@kimitoon.fi>") has other characters, and an HTML tag is
#: excluded by name (``placeholder.yaml`` ``html_tags``).
_FIELD = recache.compile(r"[^\W\d_]{2,30}(?:[ _-][^\W\d_]{2,30}){0,2}")


def _field_name(content: str | None) -> bool:
    """Whether ``content`` (what stands in single braces or angle brackets) is a template
    field's name rather than an HTML tag or an address."""
    if not content or not _FIELD.fullmatch(content.strip()):
        return False
    return content.strip().lower() not in _html_tags()


@lru_cache(maxsize=1)
def _html_tags() -> frozenset[str]:
    return frozenset(vocabulary.words("placeholder", "html_tags"))


def find_placeholders(text: str) -> list[Placeholder]:
    """Every placeholder in ``text`` (a ``Post.text``), in order of position."""
    found: list[Placeholder] = []
    for match in _BRACKET.finditer(text):
        if _bracket_is_placeholder(match.group(1)):
            found.append(Placeholder(match.start(), match.end(), match.group(), "bracket"))
    for match in _XS.finditer(text):
        if _ROMAN_AFTER.match(text, match.end()) or re.fullmatch(r"X{2,3}", match.group()) and _roman_context(text, match):
            continue
        found.append(Placeholder(match.start(), match.end(), match.group().rstrip(". -"), "digits"))
    found.extend(Placeholder(m.start(), m.end(), m.group(), "name") for m in _NAME.finditer(text))
    found.extend(Placeholder(m.start(), m.end(), m.group(), "marker") for m in _MARKERS.finditer(text))
    found.extend(Placeholder(m.start(), m.end(), m.group(), "template") for m in _TEMPLATE.finditer(text))
    found.extend(Placeholder(m.start(), m.end(), m.group(), "template") for m in _TEMPLATE_SINGLE.finditer(text)
                 if _bracket_is_placeholder(m.group(1) or m.group(2) or m.group(3)) or _field_name(m.group(1) or m.group(3)))
    found.extend(Placeholder(m.start(), m.end(), m.group().rstrip("/"), "digits") for m in _X_AMOUNT.finditer(text))
    found.extend(Placeholder(m.start(), m.end(), m.group(), "phrase") for m in _data()[3].finditer(text))
    found.sort(key=lambda p: (p.start, -p.end))
    # One finding per place: drop hits inside an earlier, longer one ("[XX.XX]").
    kept: list[Placeholder] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return [Placeholder(p.start, p.start + len(p.text), p.text, p.kind) for p in kept]


def _roman_context(text: str, match: re.Match[str]) -> bool:
    """True when a bare "XX"/"XXX" reads as a Roman numeral (after "kapitel", "luku", a name)."""
    before = text[max(0, match.start() - 12) : match.start()].lower()
    return bool(re.search(r"(?:kapitel|kap\.|luku|del|osa|sekel|vuosisata|påven|kung)\s*$", before))


def detect(analysis: "Analysis") -> list[Placeholder]:
    """The post's unfilled template text."""
    return find_placeholders(analysis.post.text)
