"""Masking of personal data in reports.

Reports end up in CI logs, so personal data is never printed in clear unless the
user asks (``--show-pii``). Each kind keeps just enough to recognise the match:
``811218-****``, ``a***@gmail.com``, ``070-*** ** 67``, ``A*** B***``.
"""

from __future__ import annotations

import re

_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w+")


def _mask_digits(text: str, keep_start: int, keep_end: int) -> str:
    digits = [m.start() for m in _DIGIT.finditer(text)]
    hidden = set(digits[keep_start : len(digits) - keep_end if keep_end else None])
    return "".join("*" if i in hidden else ch for i, ch in enumerate(text))


def _mask_words(text: str) -> str:
    return _WORD.sub(lambda m: m.group()[0] + "*" * (len(m.group()) - 1), text)


def mask(text: str, kind: str | None) -> str:
    """Return ``text`` with the personal data of ``kind`` hidden; unchanged for ``None``.

    Kinds: ``national-id`` (date kept, individual number hidden), ``email`` (first
    letter and domain kept), ``phone`` (first 3 and last 2 digits kept),
    ``bank-account`` (first 4 and last 2 characters kept), anything else (first
    letter of each word kept).
    """
    if kind is None or not text:
        return text
    if kind == "national-id":
        date = re.match(r"\s*(?:\d{8}(?=[-+]?\d{4}(?!\d))|\d{6})[-+A-Za-z]?", text)
        keep = date.end() if date else 0
        return text[:keep] + re.sub(r"[0-9A-Za-z]", "*", text[keep:])
    if kind == "email":
        local, _, domain = text.partition("@")
        return (local[:1] + "***@" + domain) if domain else _mask_words(text)
    if kind == "phone":
        return _mask_digits(text, 3, 2)
    if kind == "bank-account":
        compact = [i for i, ch in enumerate(text) if ch.isalnum()]
        hidden = set(compact[4:-2])
        return "".join("*" if i in hidden else ch for i, ch in enumerate(text))
    return _mask_words(text)


def mask_spans(text: str, offset: int, spans: list[tuple[int, int, str]]) -> str:
    """Mask every ``(start, end, kind)`` span (absolute offsets) inside ``text``.

    ``text`` starts at absolute offset ``offset``; spans outside it are ignored and
    partial overlaps are masked where they overlap. Length is preserved only where
    the kind's mask preserves it (all kinds do except ``email``).
    """
    out = text
    for start, end, kind in sorted(spans, key=lambda s: s[0], reverse=True):
        lo, hi = max(start - offset, 0), min(end - offset, len(text))
        if lo < hi:
            out = out[:lo] + mask(out[lo:hi], kind) + out[hi:]
    return out
