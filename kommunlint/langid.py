"""Language identification of sentences and paragraphs (sv, fi, en).

API (stable; other rules use it):

- :func:`identify(text, candidates)` → ISO 639-1 code or ``None`` (no language:
  numbers, URLs, hashtags only).
- :func:`language_at(post, offset, candidates)` → language of the sentence holding
  ``offset``, falling back to its paragraph when the sentence carries no language.

First version: a function-word vote; ``None`` when there is no vote.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .post import Post

FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "sv": frozenset("och är att på det som en ett för med av till inte har vi du jag kan om den de var ska vill hej tack välkommen".split()),
    "fi": frozenset("ja on ei että se ovat oli mutta kun tai myös kanssa sekä tämä ovat olla voi mitä kiitos tervetuloa hei".split()),
    "en": frozenset("the and is are of to in that it for with on was this you we be not have".split()),
}
_WORD = re.compile(r"[^\W\d_]+")


def identify(text: str, candidates: tuple[str, ...] = ("sv", "fi", "en")) -> str | None:
    """The language of ``text`` among ``candidates``, or ``None`` when it carries none."""
    words = [w.lower() for w in _WORD.findall(text)]
    votes = {lang: sum(w in FUNCTION_WORDS[lang] for w in words) for lang in candidates if lang in FUNCTION_WORDS}
    best = max(votes, key=votes.get, default=None)
    return best if best and votes[best] > 0 else None


def language_at(post: "Post", offset: int, candidates: tuple[str, ...] = ("sv", "fi", "en")) -> str | None:
    """Language of the sentence of ``post`` holding ``offset`` (else its paragraph's)."""
    for segments in (post.sentences, post.paragraphs):
        for seg in segments:
            if seg.start <= offset < seg.end:
                lang = identify(seg.text, candidates)
                if lang:
                    return lang
                break
    return None
