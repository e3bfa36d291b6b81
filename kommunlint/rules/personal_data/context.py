"""Shared context for the personal-data rules: what kind of number or word is this?

The personal-data rules look at the same post from different angles, and their
answers depend on each other: a national id is not a phone number, a number in a
URL is neither, a signer's own name is not a resident's. This module holds the
per-post work they share, cached in ``ctx.state`` (one dict per post, see
:class:`kommunlint.rules.RuleContext`), and the context word lists.

Offsets are 0-based code points into ``Post.text``, end exclusive.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from ...post import Post

#: Words that say a number is something other than a personal id (invoice and
#: payment references, organisation ids, case numbers). Stems; matched case-insensitively.
OTHER_NUMBER_WORDS: tuple[str, ...] = (
    # Swedish
    "ocr", "faktura", "fakturanr", "referens", "ref.", "ref:", "organisationsnummer", "org.nr", "orgnr", "org nr",
    "momsreg", "diarienummer", "diarienr", "dnr", "ärendenummer", "ärendenr", "kundnummer", "kundnr", "ordernummer",
    "bankgiro", "bg ", "plusgiro", "pg ", "artikelnummer", "avtalsnummer", "lagenhetsnummer", "fastighetsbeteckning",
    # Finnish
    "viitenumero", "viite", "viitenro", "y-tunnus", "ytunnus", "y-tunn", "laskunumero", "lasku", "asianumero",
    "diaarinumero", "dnro", "asiakasnumero", "tilausnumero", "sopimusnumero", "kiinteistötunnus",
)

#: Words that say a number IS a personal id (they win over the phone reading).
ID_WORDS: tuple[str, ...] = (
    "personnummer", "personnr", "pnr", "pers.nr", "samordningsnummer", "födelsenummer",
    "henkilötunnus", "henkilötunnukse", "hetu", "sotu", "sosiaaliturvatunnus", "personbeteckning",
)

_URL = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.-])[\w.-]+\.(?:se|fi|com|net|org|nu|eu)/\S*", re.I)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def cached(ctx: Any, key: str, compute: Callable[[], Any]) -> Any:
    """``ctx.state[key]``, computed once per post with ``compute()``.

    Keys are prefixed ``personal-data:`` so they do not clash with other groups' state.
    """
    full = "personal-data:" + key
    if full not in ctx.state:
        ctx.state[full] = compute()
    return ctx.state[full]


def url_spans(post: "Post", ctx: Any) -> list[tuple[int, int]]:
    """Spans of URLs and e-mail addresses in ``post.text`` (digits there are no ids or phones)."""

    def compute() -> list[tuple[int, int]]:
        spans = [m.span() for m in _URL.finditer(post.text)]
        spans.extend(m.span() for m in _EMAIL.finditer(post.text))
        return sorted(spans)

    return cached(ctx, "urls", compute)


def overlaps(start: int, end: int, spans: list[tuple[int, int]] | list[tuple[int, int, Any]]) -> bool:
    """True when ``[start, end)`` overlaps any ``(start, end, ...)`` span."""
    return any(s[0] < end and start < s[1] for s in spans)


def before(text: str, start: int, chars: int = 40) -> str:
    """Lower-cased text of the same line before ``start`` (at most ``chars`` characters)."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[max(line_start, start - chars) : start].lower()


def after(text: str, end: int, chars: int = 40) -> str:
    """Lower-cased text of the same line after ``end`` (at most ``chars`` characters)."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return text[end : min(line_end, end + chars)].lower()


def has_word(window: str, words: tuple[str, ...]) -> bool:
    """True when ``window`` (lower case) contains one of ``words`` at a word start."""
    return any(re.search(r"(?<!\w)" + re.escape(word), window) for word in words)


def marked_as_other_number(text: str, start: int, end: int) -> bool:
    """True when the words just before the number (same line) call it an invoice/OCR
    reference, an organisation id, a Y-tunnus or a case number."""
    return has_word(before(text, start, 45), OTHER_NUMBER_WORDS)


def marked_as_id(text: str, start: int) -> bool:
    """True when the words just before ``start`` call the number a personal id."""
    return has_word(before(text, start, 45), ID_WORDS)


def sentence_at(post: "Post", offset: int) -> tuple[int, int]:
    """``(start, end)`` of the sentence holding ``offset`` (the whole line when none does)."""
    for seg in post.sentences:
        if seg.start <= offset < seg.end:
            return seg.start, seg.end
    line_start = post.text.rfind("\n", 0, offset) + 1
    line_end = post.text.find("\n", offset)
    return line_start, len(post.text) if line_end < 0 else line_end


def signature(post: "Post", ctx: Any):
    """The writer's :class:`~kommunlint.signature.Signature` (or ``None``)."""
    return post.signature
