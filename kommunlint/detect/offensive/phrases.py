"""Threats, incitement and multi-word insults: phrases, not words.

"jag vet var du bor", "du ska få se", "tapan sut", "ansaitset kuolla", "någon borde
skjuta", "bränn ner", "polttakaa" are offensive as a whole while each word is
harmless. Phrase patterns are regular expressions in the ``phrases`` list of
``lexicon_<lang>.yaml``; a space in a pattern matches any run of whitespace, and a
pattern only matches whole words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .hit import Hit
from .lexicon import Lexicon, Phrase


@lru_cache(maxsize=None)
def _compiled(pattern: str) -> re.Pattern[str]:
    body = pattern.replace(" ", r"\s+")
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


def find_phrases(sentence, lex: Lexicon, floor: int = 0) -> Iterator:
    """Hits of ``lex``'s phrases with sureness >= ``floor`` in one ``Segment``."""
    for phrase in lex.phrases:
        if phrase.sureness < floor:
            continue
        for m in _compiled(phrase.pattern).finditer(sentence.text):
            if phrase.not_after and _word_before_matches(sentence.text, m.start(), phrase.not_after):
                continue
            yield Hit(
                sentence.start + m.start(),
                sentence.start + m.end(),
                phrase.category,
                phrase.sureness,
                lex.lang,
                phrase.note or m.group(),
                "phrase",
                keep_words=phrase.keep_words,
            )


_LAST_WORD = re.compile(r"(\w+)\W*$")


def _word_before_matches(text: str, start: int, pattern: str) -> bool:
    m = _LAST_WORD.search(text, max(0, start - 60), start)
    return bool(m and _compiled_word(pattern).fullmatch(m.group(1)))


@lru_cache(maxsize=None)
def _compiled_word(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


def check_patterns(phrases: list[Phrase]) -> None:
    """Compile every pattern; raises ``re.error`` naming a broken one (used by tests)."""
    for phrase in phrases:
        _compiled(phrase.pattern)
        if phrase.not_after:
            _compiled_word(phrase.not_after)
