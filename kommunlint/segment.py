"""Paragraphs and sentences with offsets into the post's text.

Social-media posts put one thought per line, so a line break ends a sentence as
well as ``. ! ? …`` followed by a capital. Abbreviations common in Swedish and
Finnish municipal text ("kl. 18", "t.ex. Facebook", "klo 18", "esim. koulu") do not
end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”»')]*\s+(?=[\"“”«(#@]?[A-ZÅÄÖÜ])")
_ABBREVIATIONS = frozenset(
    "kl t.ex bl.a ca s.k m.m nr tel fr.o.m t.o.m resp jfr dvs o.s.v osv ev f.d "
    "klo esim ns mm yms jne puh p os ks ym vrt n tms "
    "dr mr mrs st".split()
)
# The word before a sentence end, searched only in the few characters before it (the
# longest abbreviation is 7 characters); the lookbehind rejects a start inside a longer
# word, so a long word is never mistaken for an abbreviation by its tail.
_WORD_BEFORE = re.compile(r"(?<![\w.])([\w.]+)\.$")
_WORD_BEFORE_WINDOW = 16


@dataclass(frozen=True, slots=True)
class Segment:
    """A span of a post: ``start``/``end`` are 0-based code points, end exclusive."""

    start: int
    end: int
    text: str


def paragraphs(text: str) -> list[Segment]:
    """Split ``text`` at blank lines; return the non-blank paragraphs, trimmed."""
    out: list[Segment] = []
    pos = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        _append_trimmed(out, text, pos, end)
        if brk:
            pos = brk.end()
    return out


def sentences(text: str, paras: list[Segment] | None = None) -> list[Segment]:
    """Split each paragraph of ``text`` into sentences at line breaks and sentence ends.

    Time is linear in ``len(text)``: each sentence end looks back a bounded window
    for an abbreviation.
    """
    out: list[Segment] = []
    for para in paras if paras is not None else paragraphs(text):
        for line in re.finditer(r"[^\n]+", text[para.start : para.end]):
            base = para.start + line.start()
            piece = line.group()
            pos = 0
            for end in _SENTENCE_END.finditer(piece):
                before = _WORD_BEFORE.search(piece, max(0, end.start() - _WORD_BEFORE_WINDOW), end.start())
                if before and before.group(1).lower() in _ABBREVIATIONS:
                    continue
                _append_trimmed(out, text, base + pos, base + end.start())
                pos = end.end()
            _append_trimmed(out, text, base + pos, base + len(piece))
    return out


def _append_trimmed(out: list[Segment], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    start += len(chunk) - len(chunk.lstrip())
    end = start + len(stripped)
    out.append(Segment(start, end, stripped))
