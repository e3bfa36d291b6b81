"""Detector of emoji, with their place in the line.

Emoji are found with the ``emoji`` package (imported only when the post holds a
character that can be one). Characters that are text unless followed by U+FE0F (©, ®,
™, ‼, ↔, ✔ ...) are not counted; keycaps, flags and ZWJ sequences count as one emoji.
Each emoji says whether it ``starts_line`` (the first thing on its line, as a bullet)
and whether it is a ``flag`` (🇸🇪 🇫🇮 before a language version label the language,
not a list item).

Source: the public-sector guidance on accessible social media (DIGG, webbriktlinjer.se;
saavutettavasti.fi): a screen reader reads every emoji's name aloud.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import recache

if TYPE_CHECKING:
    from . import Analysis

# Any character that may be (part of) an emoji; posts without one never import `emoji`.
_MAYBE = recache.compile("[\u20e3\ufe0f\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u27bf\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]")
# Single BMP characters that show as emoji without U+FE0F (Unicode Emoji_Presentation=Yes).
_PRESENTATION = recache.compile(
    "[\u231a\u231b\u23e9-\u23ec\u23f0\u23f3\u25fd\u25fe\u2614\u2615\u2648-\u2653\u267f\u2693\u26a1\u26aa\u26ab"
    "\u26bd\u26be\u26c4\u26c5\u26ce\u26d4\u26ea\u26f2\u26f3\u26f5\u26fa\u26fd\u2705\u270a\u270b\u2728\u274c\u274e"
    "\u2753-\u2755\u2757\u2795-\u2797\u27b0\u27bf\u2b1b\u2b1c\u2b50\u2b55]"
)


@dataclass(frozen=True)
class Emoji:
    """An emoji: 0-based ``start``/``end`` (end exclusive), the ``char`` sequence, whether
    it ``starts_line`` and whether it is a ``flag``."""

    start: int
    end: int
    char: str
    starts_line: bool
    flag: bool


def _shown_as_emoji(seq: str) -> bool:
    if len(seq) > 1 or ord(seq) >= 0x1F000:
        return True
    return bool(_PRESENTATION.fullmatch(seq))


def find_emoji(text: str) -> list[Emoji]:
    """Every emoji in ``text``, in order."""
    if not _MAYBE.search(text):
        return []
    import emoji as emoji_lib

    found = []
    for item in emoji_lib.emoji_list(text):
        seq, start, end = item["emoji"], item["match_start"], item["match_end"]
        if not _shown_as_emoji(seq):
            continue
        line_start = text.rfind("\n", 0, start) + 1
        starts_line = not text[line_start:start].strip()
        flag = all(0x1F1E6 <= ord(c) <= 0x1F1FF for c in seq)
        found.append(Emoji(start, end, seq, starts_line, flag))
    return found


def detect(analysis: "Analysis") -> list[Emoji]:
    """The post's emoji."""
    return find_emoji(analysis.post.text)
