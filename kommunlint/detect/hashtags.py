"""Detector of hashtags and how a screen reader will read them.

A hashtag is ``#`` and a word holding a letter ("#150vuotta" is one, "#1 i länet" is
none), not inside a link. For each the detector says:

- ``run_together``: all small letters and several words, so a screen reader reads it as
  one long word ("#kommunensommarjobb"; CamelCase "#KommunensSommarjobb" is read word by
  word). Several words means it holds a place name or a word for the municipality
  (``detect/data/hashtags.yaml``, plus the profile's own names) and at least four more
  letters ("#kesätyötkokkolassa"; "#kokkolassa" and "#isbana" are one word), or a
  Swedish phrase joint inside it: a definite genitive or "och" ("#veckansbok",
  "#skärgårdensringväg", "#barnochunga"), which a compound never has; a known word
  counts also without its Nordic letters ("#vinterinorsjo");
- ``in_sentence``: words of the sentence follow it on its line ("Välkommen till
  #biblioteket på lördag"), so the reader hears "hashtag" in the middle of the sentence.

Source: the public-sector guidance on accessible social media (DIGG, webbriktlinjer.se;
saavutettavasti.fi); Karleby "Vi kommunicerar ... inkluderande och tillgängligt".
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

#: "#" and a tag holding a letter: "#Kokkola", "#150vuotta", "#2026kesä"; "#1" is a
#: number, not a hashtag.
_HASHTAG = recache.compile(r"(?<![\w#&/=?])#(\d{0,12}[^\W\d_][\w]*)")
#: Swedish phrase words written together: a definite genitive ("veckans", "dagens",
#: "skärgårdens", "forneldarnas") or "och" between two words ("barnochunga") starts a
#: new word, as a compound's joint never does (compounds join with a bare stem or "-s":
#: "sommarjobb", "skärgårdsväg"). Where "-ens", "-ans", "-ons" end a stem that takes the
#: joint "-s", they are left out: "-tens", "-kens", "-cens", "-vens", "-mens"
#: ("vattensäkerhet", "konsekvensanalys", "gemensamhet"), "-lans", "-dans" ("balans",
#: "folkdansgrupp"), "-ions" ("stationshuset"). Three letters or more after the joint,
#: and three (two for "-ens": "dagens") before the letter that precedes it.
_PHRASE_JOINT = recache.compile(r"(?:[^\W\d_]{3}(?:[^\W\d_ld]ans|[^\W\d_i]ons|[ae]rnas|ornas|och)|[^\W\d_]{2}[^\W\d_tkcvm]ens)[^\W\d_]{3}")
_AFTER_WORD = recache.compile(r"[ \t]+(?![#@]|https?://|www\.)[^\W\d_]")


@dataclass(frozen=True)
class Hashtag:
    """A hashtag: 0-based ``start``/``end`` (end exclusive, ``#`` included), its ``tag``
    (without ``#``), whether it is ``run_together`` and whether it stands ``in_sentence``."""

    start: int
    end: int
    tag: str
    run_together: bool
    in_sentence: bool


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    return frozenset(vocabulary.words("hashtags", "words"))


#: "-ets" is left out of :data:`_PHRASE_JOINT` ("säkerhetsarbete", "arbetsmiljö"), so the
#: neuter time genitives that open phrase tags are listed: "#åretsbok", "#läsåretsstart".
_NEUTER_GENITIVE = recache.compile(r"(?:årets|läsårets|kvartalets|decenniets|ögonblickets|evenemangets)[^\W\d_]{3}")


#: The Nordic letters written without their marks, as in tags typed on any keyboard.
_FOLD = str.maketrans("åäöæø", "aaoao")


def _run_together(tag: str, extra: frozenset[str]) -> bool:
    if tag != tag.lower():
        return False
    letters = re.sub(r"[\d_]", "", tag)
    if _PHRASE_JOINT.search(letters) or _NEUTER_GENITIVE.search(letters):
        return True
    # Tags are often written without the Nordic letters ("#vinterinorsjo",
    # "#kesassahangossa"): a known word counts in either spelling.
    folded = letters.translate(_FOLD)
    known = [w for w in _words() | extra if len(w) >= 4 and (w in letters or w.translate(_FOLD) in folded)]
    if not known:
        return False
    longest = max(known, key=len)
    return len(letters) - len(longest) >= 4


def find_hashtags(text: str, extra_words: frozenset[str] = frozenset()) -> list[Hashtag]:
    """Every hashtag in ``text`` (a ``Post.text``), in order; ``extra_words`` are more
    words (lower case) that make a small-letter hashtag several words."""
    from .links import find_links

    links = [(link.start, link.end) for link in find_links(text)]
    found = []
    for match in _HASHTAG.finditer(text):
        if any(s <= match.start() < e for s, e in links):
            continue
        tag = match.group(1)
        in_sentence = bool(_AFTER_WORD.match(text, match.end()))
        found.append(Hashtag(match.start(), match.end(), tag, _run_together(tag, extra_words), in_sentence))
    return found


def detect(analysis: "Analysis") -> list[Hashtag]:
    """The post's hashtags; the profile's municipality names count as known words."""
    names = getattr(analysis.profile, "municipality", None) or {}
    extra = frozenset(w for name in names.values() for w in re.findall(r"\w+", str(name).lower()) if len(w) >= 4)
    return find_hashtags(analysis.post.text, extra)
