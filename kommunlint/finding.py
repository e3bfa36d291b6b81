"""What rules yield (:class:`Problem`) and what reports show (:class:`Finding`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Severities from most to least severe.
SEVERITIES: tuple[str, ...] = ("error", "warning", "info")
_RANK = {name: i for i, name in enumerate(SEVERITIES)}


def severity_rank(severity: str) -> int:
    """0 for ``error``, 1 for ``warning``, 2 for ``info``; ``KeyError`` for others."""
    return _RANK[severity]


def milder(a: str, b: str) -> str:
    """The less severe of two severities."""
    return a if _RANK[a] >= _RANK[b] else b


@dataclass(slots=True)
class Problem:
    """A rule's raw hit, before the linter adds position, message text and clauses.

    Attributes:
        start, end: 0-based code-point offsets into ``Post.text``, end exclusive.
        key: message key in the rule group's catalogue (``kommunlint/messages/*.yaml``).
        args: values for the message template's ``{placeholders}``.
        severity: at most this severe (the configured severity caps it); ``None``: as configured.
        suggestion_key: optional message key of a suggested fix.
        pii: the personal-data kind of the matched text (``national-id``, ``email``, ...)
            or ``None``; such text is masked in every report unless ``--show-pii``.
    """

    start: int
    end: int
    key: str
    args: dict[str, Any] = field(default_factory=dict)
    severity: str | None = None
    suggestion_key: str | None = None
    pii: str | None = None


@dataclass(frozen=True, slots=True)
class Clause:
    """A guideline clause: ``id`` in the profile, ``locator`` a reader can find, verbatim ``text``."""

    id: str
    municipality: str
    locator: str
    text: str

    def as_dict(self) -> dict[str, str]:
        return {"id": self.id, "municipality": self.municipality, "locator": self.locator, "text": self.text}


@dataclass(slots=True)
class Finding:
    """A reported violation.

    Offsets ``start``/``end`` are 0-based code points, end exclusive; ``line``,
    ``column``, ``end_line``, ``end_column`` are 1-based (the end column points just
    after the last character). ``excerpt`` is the matched text, masked when it is
    personal data and ``--show-pii`` was not given. ``clauses`` are the guideline
    clauses the rule cites for the profile (may be empty).
    """

    rule: str
    severity: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    message: str
    excerpt: str
    clauses: list[Clause] = field(default_factory=list)
    suggestion: str | None = None
    pii: str | None = None

    @property
    def clause(self) -> Clause | None:
        """The first cited clause, or ``None``."""
        return self.clauses[0] if self.clauses else None

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of a finding (see README, "JSON output")."""
        return {
            "rule": self.rule,
            "severity": self.severity,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "start": self.start,
            "end": self.end,
            "excerpt": self.excerpt,
            "message": self.message,
            "clause": self.clause.as_dict() if self.clause else None,
            "suggestion": self.suggestion,
        }
