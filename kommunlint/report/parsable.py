"""``--format parsable``: one line per finding, for editors, grep and scripts.

``path:line:col: [severity] message (rule)`` with 1-based line and column, the
severity in English (``error``, ``warning``, ``info``) as yamllint's parsable format,
and the message on one line (line breaks collapsed). No summary line. The path is
printed with :func:`kommunlint.errors.safe_name` (control characters escaped).
"""

from __future__ import annotations

from typing import Iterator

from ..errors import safe_name
from . import ReportContext


def fragment(result, ctx: ReportContext) -> str:
    """The lines of one result (personal data already masked unless ``ctx.show_pii``)."""
    out = []
    for f in result.findings:
        message = " ".join(f.message.split())
        out.append(f"{safe_name(result.post.path)}:{f.line}:{f.column}: [{f.severity}] {message} ({f.rule})\n")
    return "".join(out)


def assemble(fragments: list[str], counts: dict[str, int], ctx: ReportContext) -> Iterator[str]:
    """The report of :func:`render` in pieces, from :func:`fragment` strings."""
    yield from fragments


def render(results, ctx: ReportContext) -> str:
    """One line per finding: ``path:line:col: [severity] message (rule)``.

    ``results`` are :class:`~kommunlint.linter.Result` objects; personal data is already
    masked in each finding unless ``ctx.show_pii``.
    """
    return "".join(assemble([fragment(r, ctx) for r in results], {}, ctx))
