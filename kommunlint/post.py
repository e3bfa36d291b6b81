"""A draft post: decoded text, metadata from front matter and CLI, offsets to lines.

Offsets everywhere in kommunlint are 0-based code points into ``Post.text``, end
exclusive. ``Post.text`` is the decoded file with line endings normalised to ``\\n``
(so a CRLF file gives the same lines and columns as an LF one) and with the parts
that are not published (YAML front matter, kommunlint directive comments) replaced
by spaces, newlines kept: rules search ``Post.text`` and their offsets are valid in
the original file's lines. Lines and columns are 1-based.
"""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, NamedTuple

from .errors import InputError

if TYPE_CHECKING:
    from .segment import Segment

#: Front-matter keys and the values each accepts (``None``: any string).
FRONT_MATTER_KEYS: dict[str, tuple[str, ...] | None] = {
    "profile": None,
    "account": ("personal", "official"),
    "kind": ("post", "reply"),
    "platform": None,
    "author": None,
    "title": None,
    "languages": None,
}

#: Cached properties computed from ``Post.text``; :meth:`Post.blank` drops them.
_DERIVED_FROM_TEXT = ("paragraphs", "sentences", "sentence_starts", "paragraph_starts")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# Bytes that never occur in text: NUL and the C0 controls other than tab, LF, FF, CR.
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


class Position(NamedTuple):
    """A 1-based line and 1-based column (in code points)."""

    line: int
    column: int


@dataclass
class Post:
    """One draft post.

    Attributes:
        raw: the decoded text with line endings normalised to ``\\n``.
        text: ``raw`` with front matter and directive comments blanked (same length).
        path: the display path (``"-"`` or ``"<stdin>"`` for standard input).
        meta: metadata (keys of :data:`FRONT_MATTER_KEYS`); front matter, then CLI.
        warnings: notes about the input itself, e.g. that it was decoded as cp1252.
        body_start: offset where the text after the front matter starts.
    """

    raw: str
    path: str = "<stdin>"
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    body_start: int = 0
    text: str = ""
    #: inline ``kommunlint-disable`` directives (:class:`kommunlint.suppress.Suppressions`)
    suppressions: Any = None
    #: front-matter key → 1-based line in the file (for errors about a value, e.g. the profile)
    meta_lines: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.raw

    # -- positions ---------------------------------------------------------
    @cached_property
    def _line_starts(self) -> list[int]:
        starts = [0]
        starts.extend(m.end() for m in re.finditer("\n", self.raw))
        return starts

    def position(self, offset: int) -> Position:
        """Map a 0-based code-point offset to a 1-based :class:`Position`.

        An offset equal to ``len(text)`` maps to just after the last character.
        Raises ``ValueError`` for an offset outside ``0..len(text)``.
        """
        if not 0 <= offset <= len(self.raw):
            raise ValueError(f"offset {offset} outside 0..{len(self.raw)}")
        index = bisect.bisect_right(self._line_starts, offset) - 1
        return Position(index + 1, offset - self._line_starts[index] + 1)

    def line_text(self, line: int) -> str:
        """The published text of 1-based ``line``, without its newline."""
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end]

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        return self._line_starts[line - 1]

    # -- structure ----------------------------------------------------------
    def blank(self, start: int, end: int) -> None:
        """Hide ``text[start:end]`` from rules (spaces; newlines kept)."""
        hidden = re.sub(r"[^\n]", " ", self.text[start:end])
        self.text = self.text[:start] + hidden + self.text[end:]
        for derived in _DERIVED_FROM_TEXT:
            self.__dict__.pop(derived, None)

    @cached_property
    def paragraphs(self) -> list["Segment"]:
        """Paragraphs of the published text (blank-line separated), in order."""
        from .segment import paragraphs

        return paragraphs(self.text)

    @cached_property
    def sentences(self) -> list["Segment"]:
        """Sentences of the published text, in order (a line break also ends one)."""
        from .segment import sentences

        return sentences(self.text, self.paragraphs)

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Start offsets of :attr:`sentences`, for binary search."""
        return [s.start for s in self.sentences]

    @cached_property
    def paragraph_starts(self) -> list[int]:
        """Start offsets of :attr:`paragraphs`, for binary search."""
        return [p.start for p in self.paragraphs]

    @property
    def account(self) -> str:
        """``personal`` or ``official`` (default ``official``)."""
        return self.meta.get("account") or "official"

    @property
    def kind(self) -> str:
        """``post`` or ``reply`` (default ``post``)."""
        return self.meta.get("kind") or "post"


# -- reading ------------------------------------------------------------------
def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Decode a post's bytes; return ``(text, warnings)``.

    Accepts UTF-8 with or without BOM and UTF-16 with BOM. Bytes that are not
    UTF-8 but are valid cp1252 (Swedish text saved on Windows) are decoded as
    cp1252 with a warning. Raises :class:`InputError` for binary or undecodable data.
    """
    warnings: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), warnings
        except UnicodeDecodeError as exc:
            raise InputError("bad-utf16", path, byte=exc.start) from None
    if _BINARY_BYTES.search(data[:8192]):
        raise InputError("binary", path)
    try:
        return data.decode("utf-8-sig"), warnings
    except UnicodeDecodeError as exc:
        bad = exc.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        line = data.count(b"\n", 0, bad) + 1
        raise InputError("undecodable", path, line) from None
    warnings.append("cp1252")
    return text, warnings


def parse_post(raw: str, path: str = "<stdin>", overrides: dict[str, Any] | None = None) -> Post:
    """Build a :class:`Post` from decoded text.

    ``overrides`` (from the CLI) win over front matter; ``None`` values are ignored.
    Raises :class:`InputError` naming ``path`` and the line for malformed front matter.
    """
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, Any] = {}
    post = Post(raw=raw, path=path)
    match = _FRONT_MATTER.match(raw)
    if match:
        meta, post.meta_lines = _front_matter(match.group(1) or "", path)
        post.body_start = match.end()
        post.blank(0, match.end())
    for key, value in (overrides or {}).items():
        if value is not None:
            meta[key] = value
    post.meta = meta
    from .suppress import attach

    attach(post)  # blanks directive comments so rules never read them
    return post


#: Languages a post may declare in ``languages:`` (those language identification knows).
POST_LANGUAGES = ("sv", "fi", "en")


#: Front-matter blocks already read (block text -> (meta, lines)): the posts of a
#: drafts folder repeat a handful of blocks ("profile: hango" ...), and reading one with
#: the line-keeping YAML loader costs more than some detectors. Bounded; errors are not kept.
_FRONT_MATTERS: dict[str, tuple[dict[str, Any], dict[str, int]]] = {}
_FRONT_MATTERS_MAX = 256


def _front_matter(block: str, path: str) -> tuple[dict[str, Any], dict[str, int]]:
    """:func:`_parse_front_matter`, for a block read before from its copy. Its result does
    not depend on ``path`` unless it raises (and then nothing is kept). Each caller gets
    its own copy: a post's ``meta`` may be changed (CLI overrides)."""
    import copy

    held = _FRONT_MATTERS.get(block)
    if held is None:
        held = _parse_front_matter(block, path)
        if len(_FRONT_MATTERS) >= _FRONT_MATTERS_MAX:
            _FRONT_MATTERS.clear()
        _FRONT_MATTERS[block] = copy.deepcopy(held)
        return held
    return copy.deepcopy(held)


def _parse_front_matter(block: str, path: str) -> tuple[dict[str, Any], dict[str, int]]:
    """``(meta, lines)`` of a front-matter block (the text between the ``---`` lines).

    Raises :class:`InputError` naming ``path`` and the file's line for invalid YAML,
    aliases or merge keys, duplicate keys, huge numbers, unknown keys, values or languages.
    """
    from .errors import ProfileError
    from .yamlio import load_yaml_with_lines

    try:
        data, key_lines = load_yaml_with_lines(block, path) if block.strip() else ({}, {})
    except ProfileError as exc:
        line = exc.line + 1 if exc.line else 1  # +1 for the opening ---
        key = "front-matter-yaml" if exc.key == "yaml-invalid" else exc.key
        args = dict(exc.args_)
        if isinstance(args.get("first"), int):
            args["first"] += 1
        raise InputError(key, path, line, **args) from None
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise InputError("front-matter-mapping", path, 2)
    lines = {key[0]: line + 1 for key, line in key_lines.items() if len(key) == 1}
    for key, value in data.items():
        if key not in FRONT_MATTER_KEYS:
            known = ", ".join(FRONT_MATTER_KEYS)
            raise InputError("front-matter-key", path, lines.get(key), key=_short(key), known=known)
        allowed = FRONT_MATTER_KEYS[key]
        if key == "languages":
            if not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                raise InputError("front-matter-languages", path, lines.get(key))
            for i, lang in enumerate(value):
                if lang not in POST_LANGUAGES:
                    line = key_lines.get((key, i), lines.get(key, 0) - 1) + 1
                    raise InputError("unknown-language", path, line, value=_short(lang), known=", ".join(POST_LANGUAGES))
        elif allowed and value not in allowed:
            raise InputError("front-matter-value", path, lines.get(key), key=key, allowed=", ".join(allowed), value=_short(value))
        elif not allowed and value is not None and not isinstance(value, str):
            raise InputError("wrong-type", path, lines.get(key), key=key, kind="str")
    return data, lines


def _short(value: Any) -> str:
    """A value for a one-line message: control characters escaped, at most 60 characters."""
    from .errors import safe_name

    text = safe_name(str(value))
    return text if len(text) <= 60 else text[:57] + "..."


#: The first bytes of a ZIP archive, which a Word .docx file is.
ZIP_MAGIC = b"PK\x03\x04"


def read_post(path: str, overrides: dict[str, Any] | None = None, max_bytes: int | None = None) -> Post:
    """Read, decode and parse the post at ``path`` (``"-"``: standard input).

    A ``.docx`` file (or ZIP data on standard input) is read as a Word draft, one
    line per paragraph (:func:`kommunlint.docx.docx_text`). Only a regular file (or
    standard input) is read, and at most ``max_bytes`` (default
    :data:`kommunlint.safeio.MAX_POST_BYTES`, 5 MB).
    Raises :class:`InputError` for a missing, unreadable, special (FIFO, device),
    too large, binary or undecodable file, or bad front matter.
    """
    import sys

    from .safeio import MAX_POST_BYTES, read_regular, read_stream

    limit = max_bytes or MAX_POST_BYTES
    if path == "-":
        shown = "<stdin>"
        data = read_stream(sys.stdin.buffer, limit, shown, InputError)
    else:
        shown = path
        data = read_regular(path, limit, InputError)
    if shown.lower().endswith(".docx") or data.startswith(ZIP_MAGIC):
        from .docx import docx_text  # a Word draft: one line per paragraph

        text, warnings = docx_text(data, shown), []
    else:
        text, warnings = decode(data, shown)
    post = parse_post(text, shown, overrides)
    post.warnings.extend(warnings)
    return post
