"""Masking of personal data in everything kommunlint prints or writes.

Reports end up in CI logs, code-scanning services and baselines committed to a
repository, so personal data is never printed in clear unless the user asks
(``--show-pii``). One form per kind, for every kind: the whole value is replaced by
the kind's placeholder in the message language, the same text ``kommunlint redact``
writes (``personal-data/*`` ``placeholder`` messages)::

    national-id     [personnummer]   [henkilötunnus]        [national id]
    phone           [telefonnummer]  [puhelinnumero]        [phone number]
    email           [e-postadress]   [sähköpostiosoite]     [e-mail address]
    bank-account    [kontonummer]    [tilinumero]           [account number]
    vehicle-plate   [registreringsnummer] [rekisteritunnus] [registration plate]
    street-address  [adress]         [osoite]               [address]
    person-name     [namn]           [nimi]                 [name]
    sensitive       [känslig uppgift] [arkaluonteinen tieto] [sensitive data]

Nothing of the value is kept: no date of birth, no initial, no first or last digits,
no domain, not even its length.

:class:`Masker` holds the personal data found in one post (the spans the
personal-data rules find, :func:`kommunlint.linter.personal_data_spans`) and extends
them to *every occurrence* of the same value in the post (a first name repeated
without being reported, the same number written with other spacing), so that any
printed piece of the post, and any value quoted in a message, is masked.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable

#: Personal-data kind → the rule whose ``placeholder`` message names it.
KINDS: dict[str, str] = {
    "national-id": "personal-data/national-id",
    "phone": "personal-data/phone",
    "email": "personal-data/email",
    "bank-account": "personal-data/bank-account",
    "vehicle-plate": "personal-data/vehicle-plate",
    "street-address": "personal-data/street-address",
    "person-name": "personal-data/person-name",
    "sensitive": "personal-data/sensitive",
}

#: Kinds made of digits and letters whose spacing varies ("070-123 45 67", "0701234567").
_CODED = ("national-id", "phone", "bank-account", "vehicle-plate")
#: Endings a name takes in running text: Swedish genitive, Finnish case endings.
_NAME_ENDINGS = (
    "s", ":s", "'s", "’s", ":n", "n", "a", "ä", "lle", "lla", "llä", "lta", "ltä", "ssa", "ssä",
    "sta", "stä", "ksi", "na", "nä", "in", "ta", "tä", "han", "hin", "ille", "ine", "en",
)
_NAME_ENDING = "(?:" + "|".join(re.escape(e) for e in sorted(_NAME_ENDINGS, key=len, reverse=True)) + ")?"
_WORD_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
#: Distinct values per kind searched for elsewhere in the post. The found spans are always
#: masked; beyond this many values (a pathological post), other occurrences are not
#: searched, so that one alternation stays linear in practice (500 values: ≈0.25 s/MB).
MAX_VALUES = 500


def placeholder(kind: str, lang: str = "sv") -> str:
    """The placeholder for personal data of ``kind`` in ``lang`` (``[personnummer]``).

    An unknown kind gets ``[…]``, so that a new detector's data is still hidden.
    """
    from . import messages

    rule_id = KINDS.get(kind)
    if rule_id is None:
        return "[…]"
    return messages.message(rule_id, "placeholder", lang)


def mask(text: str, kind: str | None, lang: str = "sv") -> str:
    """``text`` (one personal-data value of ``kind``) as printed: its placeholder.

    ``kind`` ``None`` or an empty ``text``: ``text`` unchanged.
    """
    if kind is None or not text:
        return text
    return placeholder(kind, lang)


def _bounded(body: str) -> str:
    return r"(?<![^\W_])(?:" + body + r")(?![^\W_])"


def _coded_pattern(value: str) -> str | None:
    """The value's letters and digits with any spacing between them (``[\\s./-]*``)."""
    chars = [ch for ch in value if ch.isalnum()]
    if len(chars) < 4:
        return None
    return r"[\s./-]*".join(re.escape(ch) for ch in chars)


def _name_tokens(value: str) -> list[str]:
    """The words of a name worth masking alone: capitalised, at least 2 letters."""
    out = []
    for token in _WORD_TOKEN.findall(value):
        # "Lindgrens" → "Lindgren"; a short name keeps its s ("Hans" is not "Han").
        token = re.sub(r"(?::s|['’]s)$", "", token)
        if token.endswith("s") and len(token) > 5:
            token = token[:-1]
        if len(token) >= 2 and token[0].isupper():
            out.append(token)
    return out


def value_patterns(text: str, spans: Iterable[tuple[int, int, str]]) -> dict[str, "re.Pattern[str]"]:
    """One compiled pattern per kind matching every value of ``spans`` in ``text``.

    ``spans`` are ``(start, end, kind)`` with 0-based code-point offsets into ``text``,
    end exclusive. Patterns: ids, phones, accounts and plates by their letters and
    digits with any spacing; e-mail addresses and addresses as written (case ignored);
    names by each capitalised word, also with a genitive or Finnish case ending;
    sensitive terms as written, also inside a longer word that starts with them.
    """
    bodies: dict[str, set[str]] = {}
    for start, end, kind in spans:
        value = text[start:end].strip()
        if not value:
            continue
        wanted = bodies.setdefault(kind, set())
        if len(wanted) >= MAX_VALUES:
            continue
        if kind in _CODED:
            pattern = _coded_pattern(value)
            wanted.add(pattern if pattern else re.escape(value))
        elif kind == "person-name":
            wanted.add(r"\s+".join(re.escape(w) for w in value.split()))
            wanted.update(re.escape(token) + _NAME_ENDING for token in _name_tokens(value))
        elif kind == "sensitive":
            wanted.add(r"\s+".join(re.escape(w) for w in value.split()) + r"\w*")
        else:
            wanted.add(r"\s+".join(re.escape(w) for w in value.split()))
    out = {}
    for kind, found in bodies.items():
        # Longest first, so that "Anna Berg" wins over "Anna" at the same place.
        alternation = "|".join(sorted(found, key=len, reverse=True))
        flags = re.IGNORECASE if kind not in ("person-name",) else 0
        out[kind] = re.compile(_bounded(alternation), flags)
    return out


def merge(spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``spans`` sorted and overlapping ones merged (the first one's kind names the merge)."""
    out: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(s for s in spans if s[1] > s[0]):
        if out and start < out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end, out[-1][2])
        else:
            out.append((start, end, kind))
    return out


class Masker:
    """The personal data of one post, to be masked wherever a piece of the post is printed.

    Args:
        text: the post's text (``Post.text``).
        spans: ``(start, end, kind)`` of the personal data found (offsets 0-based code
            points, end exclusive); every other occurrence of the same values in ``text``
            is added (:func:`value_patterns`).
        lang: language of the placeholders.

    Attributes:
        spans: every occurrence, sorted, overlaps merged.
    """

    def __init__(self, text: str, spans: Iterable[tuple[int, int, str]], lang: str = "sv") -> None:
        found = list(spans)
        self.text = text
        self.lang = lang
        self.patterns = value_patterns(text, found)
        every = list(found)
        for kind, pattern in self.patterns.items():
            every.extend((m.start(), m.end(), kind) for m in pattern.finditer(text))
        self.spans = merge(every)
        self._starts = [s[0] for s in self.spans]

    @classmethod
    def of_spans(cls, text: str, spans: list[tuple[int, int, str]], lang: str = "sv") -> "Masker":
        """A masker for ``spans`` that already hold every occurrence, sorted and merged
        (``Result.pii_spans``): the value search is not run again. Its :meth:`scrub`
        knows no values (it is for printing pieces of the post, not other strings)."""
        masker = cls.__new__(cls)
        masker.text, masker.lang, masker.patterns = text, lang, {}
        masker.spans = list(spans)
        masker._starts = [s[0] for s in masker.spans]
        return masker

    def __bool__(self) -> bool:
        return bool(self.spans)

    def near(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The spans overlapping ``[start, end)``."""
        lo = bisect.bisect_right(self._starts, start) - 1
        hi = bisect.bisect_left(self._starts, end)
        return [s for s in self.spans[max(lo, 0) : hi] if s[1] > start and s[0] < end]

    def region(self, start: int, end: int):
        """``text[start:end]`` masked, and a function ``where(offset, end=False)`` giving
        where an offset into ``text`` lands in it.

        A span cut by the region's edge is masked whole (its placeholder is shown). An
        offset inside a span lands at its placeholder's start (``end=True``: after it).
        """
        pieces: list[str] = []
        segments: list[tuple[int, int, int, int, bool]] = []  # text start/end, shown start/end, masked
        cursor, length = start, 0

        def add(s: int, e: int, shown: str, masked: bool) -> None:
            nonlocal length
            pieces.append(shown)
            segments.append((s, e, length, length + len(shown), masked))
            length += len(shown)

        for s, e, kind in self.near(start, end):
            s, e = max(s, start), min(e, end)
            if s > cursor:
                add(cursor, s, self.text[cursor:s], False)
            add(s, e, placeholder(kind, self.lang), True)
            cursor = e
        if cursor < end:
            add(cursor, end, self.text[cursor:end], False)

        def where(offset: int, end: bool = False) -> int:
            for s, e, shown_s, shown_e, masked in segments:
                if offset < e or (end and masked and offset == e):
                    if offset <= s:
                        return shown_s
                    return (shown_e if end else shown_s) if masked else shown_s + offset - s
            return length

        return "".join(pieces), where

    def masked(self, start: int, end: int) -> str:
        """``text[start:end]`` with every personal-data span in it (or cut by it) masked."""
        return self.region(start, end)[0]

    def scrub(self, value: str) -> str:
        """Any other string (a message argument quoting the post) with every value of
        this post's personal data replaced by its placeholder."""
        for kind, pattern in self.patterns.items():
            value = pattern.sub(placeholder(kind, self.lang), value)
        return value


def mask_spans(text: str, offset: int, spans: list[tuple[int, int, str]], lang: str = "sv") -> str:
    """Mask every ``(start, end, kind)`` span (absolute offsets) inside ``text``.

    ``text`` starts at absolute offset ``offset``; spans outside it are ignored, a span
    cut by its edges is masked whole (the placeholder replaces the part inside).
    """
    out = text
    for start, end, kind in sorted(merge(spans), key=lambda s: s[0], reverse=True):
        lo, hi = max(start - offset, 0), min(end - offset, len(text))
        if lo < hi:
            out = out[:lo] + placeholder(kind, lang) + out[hi:]
    return out
