"""``--format text``: the human report, rendered with rich.

For each finding: ``path:line:col``, severity, rule id and message; the offending
line with the span underlined (personal data masked in the whole line, not only
in the span); the suggestion; and each cited clause as municipality, locator and
the quoted text.
"""

from __future__ import annotations

import io

from ..errors import safe_name
from ..messages import cli_text
from . import ReportContext, summary_counts

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


#: Characters of the line shown before and after a finding; a longer line is cut (…).
CONTEXT = 80
#: Longest stretch of a finding shown (and underlined); a longer span is cut (…).
SPAN_MAX = 120


def _source_line(result, finding, show_pii: bool, masker=None) -> tuple[str, int, int]:
    """The finding's first line (personal data masked) and the caret start and width within it.

    A long line is shown as a window of :data:`CONTEXT` characters around the finding
    (cut ends marked ``…``), and at most :data:`SPAN_MAX` characters of the finding
    itself, so that a post of one huge line prints a bounded excerpt per finding.
    Every occurrence of the post's personal data in the window is replaced by its
    placeholder (:class:`~kommunlint.masking.Masker`), also when no personal-data rule ran.
    """
    post = result.post
    line = post.line_text(finding.line)
    base = post.line_start(finding.line)
    lo = finding.start - base
    hi = min(finding.end - base, len(line)) if finding.end_line == finding.line else len(line)
    cut_hi = min(hi, lo + SPAN_MAX)
    left, right = max(0, lo - CONTEXT), min(len(line), cut_hi + CONTEXT)
    if show_pii or masker is None:
        shown, where = line[left:right], (lambda offset, end=False: offset - base - left)
    else:
        shown, where = masker.region(base + left, base + right)
    start, stop = where(base + lo), where(base + cut_hi, end=True)
    prefix = "…" if left else ""
    span = shown[start:stop] + ("…" if cut_hi < hi else "")
    text = prefix + shown[:start] + span + shown[stop:] + ("…" if right < len(line) else "")
    return text, len(prefix) + start, max(len(span), 1)


def render(results, ctx: ReportContext) -> str:
    """The human report: findings with source line, underline and cited clauses, then a summary.

    ``results`` are :class:`~kommunlint.linter.Result` objects; personal data is already
    masked in each finding unless ``ctx.show_pii``.
    """
    from rich.console import Console
    from rich.markup import escape

    out = io.StringIO()
    console = Console(file=out, force_terminal=ctx.color, no_color=not ctx.color, soft_wrap=True, highlight=False)
    for result in results:
        masker = None
        if result.findings and result.pii_spans and not ctx.show_pii:
            from ..masking import Masker

            masker = Masker(result.post.text, result.pii_spans, ctx.lang)
        for warning in result.post.warnings:
            console.print(f"[yellow]{escape(safe_name(result.post.path))}: {escape(cli_text(warning + '-warning', ctx.lang))}[/]")
        for f in result.findings:
            severity = cli_text(f"severity-{f.severity}", ctx.lang)
            console.print(
                f"[bold]{escape(safe_name(result.post.path))}:{f.line}:{f.column}[/]: "
                f"[{_STYLE[f.severity]}]{severity}[/] [dim]{f.rule}[/]  {escape(f.message)}"
            )
            text, col, width = _source_line(result, f, ctx.show_pii, masker)
            gutter = f"{f.line:>5} | "
            console.print(f"[dim]{gutter}[/]{escape(text)}")
            console.print(" " * (len(gutter) - 2) + "[dim]|[/] " + " " * col + f"[{_STYLE[f.severity]}]" + "^" * width + "[/]")
            if f.suggestion:
                console.print(f"        {cli_text('suggestion', ctx.lang)}: {escape(f.suggestion)}")
            if not f.clauses:
                console.print(f"        [dim]{cli_text('no-clause', ctx.lang)}[/]")
            for clause in f.clauses:
                console.print(f"        [italic]{escape(clause.municipality)}, {escape(clause.locator)}:[/] ”{escape(clause.text)}”")
            console.print()
    counts = summary_counts(results)
    if any(counts[k] for k in ("errors", "warnings", "infos")):
        console.print(cli_text("summary", ctx.lang, **counts))
    else:
        console.print(cli_text("clean", ctx.lang, files=counts["files"]))
    if ctx.input_errors:
        console.print(cli_text("input-errors", ctx.lang, count=ctx.input_errors))
    return out.getvalue()
