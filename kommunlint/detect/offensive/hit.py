"""What the offensive detector reports: :class:`Hit` (its own module so that the word
matcher and the phrase matcher can both build hits without importing each other)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """One offensive word or phrase in a post.

    ``start``/``end``: 0-based code-point offsets into ``Post.text``, end exclusive.
    ``term``: the lemma (or phrase note) that matched; ``how``: ``form``, ``stem``,
    ``compound``, ``obfuscated``, ``fuzzy`` or ``phrase``; ``context``: ``use``,
    ``quoted`` or ``meta``; ``keep_words``: a phrase hit that leaves the word hits of
    other categories inside it standing (see :class:`~.lexicon.Phrase`).
    """

    start: int
    end: int
    category: str
    sureness: int
    lang: str
    term: str
    how: str
    context: str = "use"
    keep_words: bool = False
