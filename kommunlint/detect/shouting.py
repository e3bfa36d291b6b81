"""Detector of shouting: runs of words in capitals and runs of exclamation marks.

A *capitals run* is at least ``min_words`` (issue 12: four) consecutive words whose
letters are all capitals, on one line. Numbers, dates and punctuation between them
neither count nor break the run; acronyms (a list in ``detect/data/shouting.yaml``, or
any capitalised token without a vowel: SFP, HSL) neither count nor break it; one-word
markers (OBS, EMBARGO, LUOTTAMUKSELLINEN), hashtags, @mentions, links and any word with
a small letter break it. A line that is capitals only (no small letter anywhere on it)
and is followed or preceded by other text is a heading, not shouting ("VATTENAVBROTT PÅ
SKOLGATAN ONSDAG 12.3." above the notice), unless it has an exclamation mark ("HYVÄÄ
JOULUA KAIKILLE!"); a post whose only text is capitals shouts. An acronym in brackets
after a name ("VIKTIGT MEDDELANDE TILL ALLMÄNHETEN (VMA)") is an acronym. The first line
of a paragraph, with more text after it, may open with a heading in capitals set off by
an emoji, a dash, a date or a colon and go on in small letters ("JULMARKNAD I KIMITO
CENTRUM 🎄 lördag 7 december kl. 10–15"): a heading too.

An *exclamation run* is four or more ``!`` in a row ("!!!!"); three are emphasis.

Source: Kimitoön "Bete dig vänligt", "Undvik att provocera"; Karleby "välj en ton som
passar situationen och din roll"; Hangö's memory list "uppför dig väl".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import vocabulary

if TYPE_CHECKING:
    from . import Analysis

_TOKEN = recache.compile(r"\S+")
_LETTERS = recache.compile(r"[^\W\d_]")
_VOWELS = set("AEIOUYÅÄÖÆØÜ")
_EXCLAMATIONS = recache.compile(r"!{4,}")


@dataclass(frozen=True)
class Shout:
    """A shouted span: 0-based ``start``/``end`` (end exclusive), ``kind`` (``caps`` or
    ``exclamation``), the ``text`` and, for capitals, the number of ``words``."""

    start: int
    end: int
    kind: str
    text: str
    words: int = 0


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(vocabulary.words("shouting", "markers")), frozenset(vocabulary.words("shouting", "acronyms"))


def _classify(token: str) -> str:
    """``caps``, ``acronym``, ``marker``, ``neutral`` (no letters) or ``break``."""
    if token[0] in "#@" or "://" in token or token.lower().startswith("www."):
        return "break"
    if re.fullmatch(r"\([A-ZÅÄÖ]{2,6}\)[.,:;!?]*", token):
        return "acronym"
    core = token.strip(".,:;!?¡¿()[]{}\"'”“«»‘’…–—-/")
    letters = "".join(_LETTERS.findall(core))
    if not letters:
        return "neutral"
    if letters != letters.upper() or letters == letters.lower():
        return "break"
    markers, acronyms = _lists()
    if core in markers or core.rstrip("!") in markers:
        return "marker"
    # Hyphenated acronym compounds ("NTM-CENTRALEN" is capitals; "NTM-centralen" breaks above).
    if core in acronyms or not (set(letters) & _VOWELS):
        return "acronym"
    return "caps"


def _caps_runs(text: str, line_start: int, line: str, min_words: int) -> list[Shout]:
    runs: list[Shout] = []
    current: list[re.Match[str]] = []

    def close() -> None:
        if len(current) >= min_words:
            start = line_start + current[0].start()
            end = line_start + current[-1].end()
            # Trim trailing punctuation from the span.
            while end > start and not text[end - 1].isalnum():
                end -= 1
            runs.append(Shout(start, end, "caps", text[start:end], len(current)))
        current.clear()

    for match in _TOKEN.finditer(line):
        kind = _classify(match.group())
        if kind == "caps":
            current.append(match)
        elif kind in ("break", "marker"):
            close()
    close()
    return runs


def _has_lower(line: str) -> bool:
    for token in _TOKEN.findall(line):
        if token[0] in "#@" or "://" in token or token.lower().startswith("www."):
            continue
        letters = "".join(_LETTERS.findall(token))
        if letters and letters != letters.upper():
            return True
    return False


def _heading_segment(line: str, run: Shout, line_start: int) -> bool:
    """Whether ``run`` is a heading written in capitals at the start of its line and set
    off from the rest of the line by an emoji, a dash, a date or a colon ("JULMARKNAD I
    KIMITO CENTRUM 🎄 lördag 7 december", "VATTENAVBROTT PÅ SKOLGATAN: torsdag ...")."""
    if "!" in run.text or run.start - line_start != len(line) - len(line.lstrip()):
        return False
    rest = line[run.end - line_start :]
    closing = rest[: len(rest) - len(rest.lstrip("!?.,;:"))]
    # "VI KRÄVER SVAR NU!! 😡" shouts, and a sentence in capitals ends with a full stop
    # ("ULKOILUREITEILLÄ ON NYT VAARALLISEN LIUKASTA. / Det är ..."): a heading has neither.
    if "!" in closing or "." in closing:
        return False
    if rest[:1] == ":":
        return True
    following = _TOKEN.search(rest)
    return following is not None and _classify(following.group()) == "neutral"


def find_shouting(text: str, min_words: int = 4) -> list[Shout]:
    """Capitals runs of at least ``min_words`` words and runs of four or more ``!`` in
    ``text`` (a ``Post.text``), in order of position."""
    found: list[Shout] = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    content = [(s, line) for s, line in lines if _LETTERS.search(line)]
    for index, (start, line) in enumerate(content):
        runs = _caps_runs(text, start, line, min_words)
        if not runs:
            continue
        heading = not _has_lower(line) and any(_has_lower(other) for _, other in content)
        if heading and "!" not in line:
            continue
        # The first line of a paragraph with more text after it may open with a heading
        # in capitals and go on in small letters on the same line.
        # (Front matter is blanked to spaces, so a blank line is one of spaces only.)
        previous_line = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
        opens_paragraph = start == 0 or not previous_line.strip()
        if opens_paragraph and index + 1 < len(content):
            runs = [run for run in runs if not _heading_segment(line, run, start)]
        found.extend(runs)
    found.extend(Shout(m.start(), m.end(), "exclamation", m.group()) for m in _EXCLAMATIONS.finditer(text))
    return sorted(found, key=lambda s: s.start)


def detect(analysis: "Analysis") -> list[Shout]:
    """The post's shouted spans (capitals runs of four or more words, ``!!!!``)."""
    return find_shouting(analysis.post.text)
