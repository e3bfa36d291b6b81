"""Undoing obfuscation of single words: leetspeak, masking, stretching, spacing.

All functions work on one token and return lower-case candidate spellings; none of
them decides whether a candidate is offensive (that is :mod:`.matcher`'s job).
"""

from __future__ import annotations

import re

# Digits and symbols writers put in place of letters ("p4sk4", "sh!t", "@rsle").
LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s", "€": "e", "!": "i", "|": "i", "9": "g"})
# A letter written three or more times in a row: "jäääävla", "vitttuuu".
_STRETCH = re.compile(r"([^\W\d_])\1{2,}")
_DOUBLE = re.compile(r"([^\W\d_])\1+")
_MASK = re.compile(r"[*#]+")
_SEPARATORS = re.compile(r"[-'’_.]")
_LEET_CHARS = re.compile(r"[0-9@$€!|]")
_LETTER = re.compile(r"[^\W\d_]")


# Two to four dots inside a word stand for its hidden letters: "v..tun", "p...a".
_DOTS = re.compile(r"(?<=[^\W\d_])\.{2,4}(?=[^\W\d_])")


def is_obfuscated(token: str) -> bool:
    """True when ``token`` mixes letters with digits/symbols, masks or stretches letters."""
    return bool(_MASK.search(token) or _STRETCH.search(token) or (_LEET_CHARS.search(token) and _LETTER.search(token)) or _DOTS.search(token))


def candidates(token: str) -> list[str]:
    """Lower-case spellings to look up for ``token``, most literal first.

    ``"Jäääävla"`` → ``["jäääävla", "jävla", "jäävla"]``; ``"p4sk4"`` → ``["p4sk4", "paska"]``;
    hyphens and apostrophes are dropped (``"kärring-jävel"`` → ``"kärringjävel"``).
    Masked tokens (``*``) are not expanded here: see :func:`mask_pattern`.
    """
    word = _SEPARATORS.sub("", token.lower())
    out = [word]
    if _LEET_CHARS.search(word) and _LETTER.search(word):
        out.append(word.translate(LEET))
    for spelled in list(out):
        if _STRETCH.search(spelled):
            out.append(_STRETCH.sub(r"\1", spelled))
            out.append(_STRETCH.sub(r"\1\1", spelled))
    return list(dict.fromkeys(out))


def skeleton(word: str) -> str:
    """``word`` with every run of a repeated letter cut to one ("vittu" → "vitu")."""
    return _DOUBLE.sub(r"\1", word)


def mask_pattern(token: str) -> re.Pattern[str] | None:
    """A regex for a masked token ("j*vla", "v***u", "f#n"), or ``None``.

    Each ``*``/``#`` stands for one letter (one extra allowed, as writers are loose).
    A run of dots inside the word ("v..tun") stands for one letter up to one more than
    the dots: an ellipsis is typed by habit, not counted. ``None`` when fewer than two
    letters are visible: "****" could be anything.
    """
    word = _DOTS.sub(lambda m: "~" * len(m.group()), token.lower())
    word = _SEPARATORS.sub("", word).translate(LEET)
    if not (_MASK.search(word) or "~" in word) or len(_LETTER.findall(word)) < 2:
        return None
    parts = []
    for piece in re.split(r"([*#]+|~+)", word):
        if piece and piece[0] == "~":
            parts.append(rf"[^\W\d_]{{1,{len(piece) + 1}}}")
        elif piece and piece[0] in "*#":
            parts.append(rf"[^\W\d_]{{{len(piece)},{len(piece) + 1}}}")
        else:
            parts.append(re.escape(piece))
    return re.compile("".join(parts))


# The Nordic (Swedish/Finnish) QWERTY layout, for typing slips.
_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm")
# Letters writers swap for one another on purpose or by habit: dotted and plain vowels.
_TWINS = ("aäå", "oö", "uy", "iy")


def _neighbours() -> dict[str, frozenset[str]]:
    near: dict[str, set[str]] = {c: set() for row in _ROWS for c in row}
    for r, row in enumerate(_ROWS):
        for i, c in enumerate(row):
            near[c].update(row[j] for j in (i - 1, i + 1) if 0 <= j < len(row))
            # A key touches two keys of the row above (i, i+1) and two of the row below (i-1, i).
            if r > 0:
                near[c].update(_ROWS[r - 1][j] for j in (i, i + 1) if 0 <= j < len(_ROWS[r - 1]))
            if r + 1 < len(_ROWS):
                near[c].update(_ROWS[r + 1][j] for j in (i - 1, i) if 0 <= j < len(_ROWS[r + 1]))
    for twins in _TWINS:
        for c in twins:
            near.setdefault(c, set()).update(t for t in twins if t != c)
    return {c: frozenset(n) for c, n in near.items()}


_NEAR = _neighbours()


def slip(a: str, b: str) -> bool:
    """True when typing ``b`` for ``a`` (or the reverse) is a plausible slip or disguise:
    neighbouring keys on a Nordic keyboard ("vottu" for "vittu") or twin vowels
    ("jävla"/"javla"). "s" for "u" is not: "jumalasta" is no misspelt "jumalauta"."""
    return b in _NEAR.get(a, frozenset()) or a in _NEAR.get(b, frozenset())
