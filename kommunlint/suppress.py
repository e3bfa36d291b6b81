"""Inline suppressions: directive comments in a draft, and ``kommunlint strip``.

A draft (Markdown or plain text) may carry HTML comments that never reach the
published text::

    <!-- kommunlint-disable personal-data/phone, offensive -- reason -->
    ... findings of those rules (or groups) are dropped from here ...
    <!-- kommunlint-enable -->                (or: kommunlint-enable RULE[, RULE])
    <!-- kommunlint-disable-next-line signature/missing -- reason -->

A ``disable`` without ``enable`` runs to the end of the post; ``disable`` with no rule
names every rule. ``disable-next-line`` covers the next line that has published text
(so several directives can be stacked above one line). The reason after `` -- `` is
required: a directive without one still suppresses, but is itself reported by
``suppression/missing-reason`` (as ESLint's ``require-description`` does), and so is a
directive naming a rule that does not exist.

The directives are blanked from :attr:`Post.text` by :func:`attach` (called from
:func:`kommunlint.post.parse_post`), so rules never read them as post text.
Offsets are 0-based code points into the post, end exclusive.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .post import Post

DISABLE, ENABLE, NEXT_LINE = "disable", "enable", "disable-next-line"

# The directive may span lines (a long reason wrapped in an editor) but not another
# comment: the body stops at the next "<!--", so an unclosed opener is never matched
# across the next comment, and the scan from each opener ends there (linear time).
_DIRECTIVE = re.compile(
    r"<!--[ \t]*kommunlint-(disable-next-line|disable|enable)(?![\w-])((?:[^<-]|-(?!->)|<(?!!--))*?)-->",
    re.S,
)
_REASON_SEP = re.compile(r"(?:^|\s)--(?:\s|$)")
# A comment that starts like a directive ("<!-- kommunlint-disabel ...") but names none:
# it suppresses nothing, which its writer does not expect.
_DIRECTIVE_LIKE = re.compile(r"<!--[ \t]*kommunlint[-_ ]?(?P<word>[\w-]{1,40})")
DIRECTIVE_WORDS = (DISABLE, ENABLE, NEXT_LINE)


@dataclass(frozen=True, slots=True)
class Directive:
    """One directive comment.

    Attributes:
        kind: ``disable``, ``enable`` or ``disable-next-line``.
        start, end: the comment's offsets (0-based, end exclusive).
        selectors: rule ids or group names as written (empty: every rule).
        rules: the rule ids they name (all rule ids when ``selectors`` is empty).
        unknown: selectors that are neither a rule id nor a group.
        reason: the text after `` -- `` (stripped), or ``""``.
    """

    kind: str
    start: int
    end: int
    selectors: tuple[str, ...]
    rules: frozenset[str]
    unknown: tuple[str, ...]
    reason: str


@dataclass(slots=True)
class Suppressions:
    """The directives of one post and the ranges they suppress.

    ``ranges`` holds ``(start, end, rules)``: a finding of a rule in ``rules`` whose
    start offset lies in ``start <= offset < end`` is dropped.
    """

    directives: list[Directive] = field(default_factory=list)
    ranges: list[tuple[int, int, frozenset[str]]] = field(default_factory=list)
    #: ``(start, end, word)`` of comments that look like a directive but name none
    misspelled: list[tuple[int, int, str]] = field(default_factory=list)

    #: ``rule id -> (starts, running maximum of ends)`` of its ranges sorted by start,
    #: built on the first :meth:`covers` (and again if ``ranges`` grew since).
    _index: dict[str, tuple[list[int], list[int]]] = field(default_factory=dict, repr=False, compare=False)
    _indexed: int = field(default=-1, repr=False, compare=False)

    def covers(self, rule_id: str, offset: int) -> bool:
        """True when a finding of ``rule_id`` starting at ``offset`` is suppressed.

        A binary search in the rule's ranges (indexed once), so that a post with many
        directives and many findings is checked in time linear in both.
        """
        if self._indexed != len(self.ranges):
            self._build_index()
        entry = self._index.get(rule_id)
        if entry is None:
            return False
        starts, max_ends = entry
        i = bisect.bisect_right(starts, offset)  # ranges starting at or before offset
        return i > 0 and max_ends[i - 1] > offset

    def _build_index(self) -> None:
        by_rule: dict[str, list[tuple[int, int]]] = {}
        for start, end, rules in self.ranges:
            for rule_id in rules:
                by_rule.setdefault(rule_id, []).append((start, end))
        self._index = {}
        for rule_id, spans in by_rule.items():
            spans.sort()
            max_ends: list[int] = []
            for _, end in spans:
                max_ends.append(max(end, max_ends[-1]) if max_ends else end)
            self._index[rule_id] = ([start for start, _ in spans], max_ends)
        self._indexed = len(self.ranges)


def _parse_body(body: str) -> tuple[tuple[str, ...], str]:
    split = _REASON_SEP.search(body)
    names, reason = (body[: split.start()], body[split.end() :]) if split else (body, "")
    selectors = tuple(s for s in re.split(r"[\s,]+", names) if s)
    return selectors, " ".join(reason.split())


def parse_directives(text: str) -> list[Directive]:
    """Every kommunlint directive comment in ``text``, in order."""
    from .registry import RULE_IDS, expand

    found = []
    for match in _DIRECTIVE.finditer(text):
        selectors, reason = _parse_body(match.group(2))
        rules: set[str] = set()
        unknown = []
        for selector in selectors:
            try:
                rules.update(expand(selector))
            except KeyError:
                unknown.append(selector)
        if not selectors:
            rules = set(RULE_IDS)
        found.append(Directive(match.group(1), match.start(), match.end(), selectors, frozenset(rules), tuple(unknown), reason))
    return found


def _text_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every line of ``text`` with non-space text, in order."""
    out = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def build_ranges(text: str, directives: list[Directive]) -> list[tuple[int, int, frozenset[str]]]:
    """Suppressed ranges for ``directives`` over ``text`` (directives already blanked).

    Linear in the text and the directives: the lines with text are listed once, and
    each ``disable-next-line`` finds the first line with text after its own by a binary
    search (not by walking over the lines of the directives stacked below it).
    """
    ranges = []
    open_since: dict[str, int] = {}  # rule id -> offset where its disable started
    text_lines = _text_lines(text) if any(d.kind == NEXT_LINE for d in directives) else []
    line_starts = [start for start, _ in text_lines]
    for d in directives:
        if d.kind == NEXT_LINE:
            newline = text.find("\n", d.end)
            i = bisect.bisect_left(line_starts, newline + 1) if newline >= 0 else len(line_starts)
            line = text_lines[i] if i < len(text_lines) else None
            if line:
                ranges.append((line[0], line[1], d.rules))
        elif d.kind == DISABLE:
            for rule_id in d.rules:
                open_since.setdefault(rule_id, d.end)
        else:
            for rule_id in d.rules:
                if rule_id in open_since:
                    ranges.append((open_since.pop(rule_id), d.start, frozenset([rule_id])))
    for rule_id, start in open_since.items():
        ranges.append((start, len(text), frozenset([rule_id])))
    return ranges


def attach(post: "Post") -> None:
    """Find ``post``'s directives, blank them from ``post.text`` and set ``post.suppressions``."""
    if "kommunlint-" not in post.text:  # fast path: almost every post has none
        post.suppressions = Suppressions()
        return
    directives = parse_directives(post.text)
    taken = {d.start for d in directives}
    misspelled = [
        (m.start(), m.end(), m.group("word")) for m in _DIRECTIVE_LIKE.finditer(post.text)
        if m.start() not in taken and m.group("word") not in DIRECTIVE_WORDS
    ]
    _blank(post, directives)
    post.suppressions = Suppressions(directives, build_ranges(post.text, directives), misspelled)


def _blank(post: "Post", directives: list[Directive]) -> None:
    """``post.blank`` for every directive, in one pass over the text (one call per
    directive would copy the whole text each time)."""
    if not directives:
        return
    text, pieces, cursor = post.text, [], 0
    for d in directives:
        pieces += [text[cursor : d.start], re.sub(r"[^\n]", " ", text[d.start : d.end])]
        cursor = d.end
    pieces.append(text[cursor:])
    post.text = "".join(pieces)
    post.blank(0, 0)  # blanks nothing; drops what the post derived from its old text


def strip(post: "Post") -> str:
    """The publishable text: ``post.raw`` without front matter and directive comments.

    A line that held only directives is dropped; blank lines at the start and end
    are dropped; the result ends with one newline (an empty post gives ``""``).
    """
    directives = post.suppressions.directives if post.suppressions else []
    raw, pieces, cursor = post.raw, [], post.body_start
    for d in directives:
        # NUL never occurs in a decoded post (binary input is refused), so it marks
        # where a directive was; a multi-line directive becomes one mark.
        pieces.append(raw[cursor : d.start] + "\0")
        cursor = d.end
    pieces.append(raw[cursor:])
    lines = []
    for line in "".join(pieces).split("\n"):
        if "\0" in line and not line.replace("\0", "").strip():
            continue
        lines.append(line.replace("\0", "").rstrip() if "\0" in line else line)
    out = "\n".join(lines).strip("\n")
    return out + "\n" if out.strip() else ""
