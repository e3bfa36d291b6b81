"""Detector of language pieces: the language of each sentence, and a post split into its
language versions for the bilingual comparison.

The identification itself is :func:`kommunlint.detect.langid.identify`; this module
runs it once per sentence (and paragraph) and candidate set, and answers "which
language is at this offset" by binary search, so a rule may ask for every hit.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..post import Post
    from . import Analysis

# The lookbehind makes only the first blank of a run a start: linear on long runs.
_SPLIT = re.compile(r"(?<![ \t])[ \t]+[/|][ \t]+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


class Languages:
    """Languages of a post's sentences and paragraphs, per candidate set, computed lazily.

    Args:
        post: the post; its ``sentences`` and ``paragraphs`` are the segments.
    """

    def __init__(self, post: "Post") -> None:
        self._post = post
        self._by_candidates: dict[tuple[tuple[str, ...], str], list[str | None]] = {}

    def _of(self, level: str, candidates: tuple[str, ...]) -> list[str | None]:
        key = (candidates, level)
        if key not in self._by_candidates:
            from .langid import identify

            segments = self._post.sentences if level == "sentences" else self._post.paragraphs
            self._by_candidates[key] = [identify(seg.text, candidates) for seg in segments]
        return self._by_candidates[key]

    def at(self, offset: int, candidates: tuple[str, ...]) -> str | None:
        """Language of the sentence holding 0-based ``offset``, else of its paragraph; ``None``
        when neither carries language (a bare number, a URL)."""
        post = self._post
        i = bisect.bisect_right(post.sentence_starts, offset) - 1
        if i >= 0 and offset < post.sentences[i].end:
            lang = self._of("sentences", candidates)[i]
            if lang:
                return lang
        paragraphs = post.paragraphs
        j = bisect.bisect_right(post.paragraph_starts, offset) - 1
        if j >= 0 and offset < paragraphs[j].end:
            return self._of("paragraphs", candidates)[j]
        return None

    def of_sentences(self, candidates: tuple[str, ...]) -> list[tuple[object, str | None]]:
        """Every sentence of the post with its language among ``candidates``."""
        return list(zip(self._post.sentences, self._of("sentences", candidates)))


@dataclass
class Piece:
    """A sentence, or one side of "Välkommen! / Tervetuloa!"; offsets 0-based, end exclusive."""

    start: int
    end: int
    text: str
    lang: str | None


@dataclass
class Versions:
    """The post split by language. ``pieces`` in order; those with ``lang`` ``None`` carry no language."""

    languages: tuple[str, ...]
    pieces: list[Piece] = field(default_factory=list)

    def of(self, lang: str | None) -> list[Piece]:
        """The pieces in ``lang`` (``None``: those without language), in order."""
        return [p for p in self.pieces if p.lang == lang]

    def words(self, lang: str) -> int:
        """Number of words in ``lang``."""
        return sum(len(_WORD.findall(p.text)) for p in self.of(lang))

    def length(self, lang: str) -> int:
        """Number of characters in ``lang``."""
        return sum(len(p.text) for p in self.of(lang))


def own_names(analysis: "Analysis") -> set[str]:
    """Lower-case words of the municipality's names in every language (Hangö, Hanko, stad ...)."""
    profile = analysis.profile
    names = " ".join([*profile.municipality.values(), *profile.aliases])
    return {w.lower() for w in _WORD.findall(names)}


def split_versions(analysis: "Analysis", languages: tuple[str, ...]) -> Versions:
    """Split the post into language pieces among ``languages`` (plus English).

    The signature is left out; a sentence is split at `` / `` and `` | `` ("Välkommen! /
    Tervetuloa!"); a piece made only of the municipality's own names carries no language.
    """
    from .langid import identify

    post = analysis.post
    candidates = tuple(dict.fromkeys([*languages, "en"]))
    own = own_names(analysis)
    signature = analysis.signature
    result = Versions(languages)
    for sentence in post.sentences:
        if signature and sentence.start < signature.end and sentence.end > signature.start:
            continue
        pos = 0
        for brk in [*_SPLIT.finditer(sentence.text), None]:
            end = brk.start() if brk else len(sentence.text)
            text = sentence.text[pos:end]
            words = [w.lower() for w in _WORD.findall(text)]
            lang = None if all(w in own for w in words) else identify(text, candidates)
            if text.strip():
                result.pieces.append(Piece(sentence.start + pos, sentence.start + end, text, lang))
            if brk:
                pos = brk.end()
    return result
