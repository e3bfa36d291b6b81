"""``--format text``: the human report (in colour through rich on a terminal or with ``--color``).

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


class _Plain:
    """The report without colour: the same lines as rich writes with ``no_color`` and
    ``soft_wrap``, written directly (rich is imported only when colour is asked for)."""

    def __init__(self, out: io.StringIO) -> None:
        self.out = out

    def line(self, *pieces: tuple[str, str]) -> None:
        """Write one line of ``(text, style)`` pieces; the style is ignored."""
        self.out.write("".join(text for text, _ in pieces) + "\n")


class _Rich:
    """The report in colour through rich (``--color`` or a terminal)."""

    def __init__(self, out: io.StringIO) -> None:
        from rich.console import Console

        self.console = Console(file=out, force_terminal=True, soft_wrap=True, highlight=False)

    def line(self, *pieces: tuple[str, str]) -> None:
        """Write one line of ``(text, style)`` pieces, each in its rich style."""
        from rich.text import Text

        self.console.print(Text.assemble(*pieces))


def render(results, ctx: ReportContext) -> str:
    """The human report: findings with source line, underline and cited clauses, then a summary.

    ``results`` are :class:`~kommunlint.linter.Result` objects; personal data is already
    masked in each finding unless ``ctx.show_pii``.
    """
    out = io.StringIO()
    printer = _Rich(out) if ctx.color else _Plain(out)
    for result in results:
        masker = None
        if result.findings and result.pii_spans and not ctx.show_pii:
            from ..masking import Masker

            masker = Masker.of_spans(result.post.text, result.pii_spans, ctx.lang)
        path = safe_name(result.post.path)
        for warning in result.post.warnings:
            printer.line((f"{path}: {cli_text(warning + '-warning', ctx.lang)}", "yellow"))
        for f in result.findings:
            severity = cli_text(f"severity-{f.severity}", ctx.lang)
            style = _STYLE[f.severity]
            printer.line((f"{path}:{f.line}:{f.column}", "bold"), (": ", ""), (severity, style), (" ", ""),
                         (f.rule, "dim"), (f"  {f.message}", ""))
            text, col, width = _source_line(result, f, ctx.show_pii, masker)
            gutter = f"{f.line:>5} | "
            printer.line((gutter, "dim"), (text, ""))
            printer.line((" " * (len(gutter) - 2), ""), ("|", "dim"), (" " + " " * col, ""), ("^" * width, style))
            if f.suggestion:
                printer.line((f"        {cli_text('suggestion', ctx.lang)}: {f.suggestion}", ""))
            if not f.clauses:
                printer.line(("        ", ""), (cli_text("no-clause", ctx.lang), "dim"))
            for clause in f.clauses:
                printer.line(("        ", ""), (f"{clause.municipality}, {clause.locator}:", "italic"), (f" ”{clause.text}”", ""))
            printer.line()
    counts = summary_counts(results)
    if any(counts[k] for k in ("errors", "warnings", "infos")):
        printer.line((cli_text("summary", ctx.lang, **counts), ""))
    else:
        printer.line((cli_text("clean", ctx.lang, files=counts["files"]), ""))
    if ctx.input_errors:
        printer.line((cli_text("input-errors", ctx.lang, count=ctx.input_errors), ""))
    return out.getvalue()
