"""Report formats. Each module has ``render(results, ctx) -> str``.

:data:`FORMATS` maps a ``--format`` name to its module under ``kommunlint.report``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..linter import Result

FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "parsable": "parsable",
}

#: Formats read by programs: no progress bar, colour or extra stderr chatter.
MACHINE_FORMATS = ("json", "sarif", "github", "junit", "parsable")


@dataclass
class ReportContext:
    """What a format needs besides the results.

    Attributes:
        lang: language of headings and summaries.
        show_pii: personal data is shown unmasked.
        color: the text format may use colour (a terminal and no ``NO_COLOR``).
        input_errors: how many files could not be checked (their errors went to stderr).
    """

    lang: str = "sv"
    show_pii: bool = False
    color: bool = False
    input_errors: int = 0


def render(fmt: str, results: list["Result"], ctx: ReportContext) -> str:
    """Render ``results`` in format ``fmt``; ``KeyError`` for an unknown format.

    Unless ``ctx.show_pii``, personal data inside any finding is masked first
    (:func:`mask_overlapping`), also in findings of other rules whose span covers it.
    """
    module = import_module(f"kommunlint.report.{FORMATS[fmt]}")
    if not ctx.show_pii:
        results = [mask_overlapping(r) for r in results]
    return module.render(results, ctx)


def mask_overlapping(result: "Result") -> "Result":
    """``result`` with personal data masked in the excerpt, message and suggestion of
    every finding whose span overlaps a personal-data span (a bilingual finding on a
    whole sentence holding a personnummer, say). Findings that overlap none are kept
    as they are; ``result`` itself is not changed (a shallow copy is returned).

    Time: O(findings · log spans + overlapping spans).
    """
    import bisect
    import copy
    import dataclasses

    from ..linter import EXCERPT_MAX
    from ..masking import mask, mask_spans

    spans = sorted(s for s in result.pii_spans if s[1] > s[0])
    if not spans or not result.findings:
        return result
    starts = [s[0] for s in spans]
    longest = max(s[1] - s[0] for s in spans)
    text = result.post.text
    findings = []
    for f in result.findings:
        lo = bisect.bisect_left(starts, f.start - longest)
        hi = bisect.bisect_left(starts, f.end)
        hits = [s for s in spans[lo:hi] if s[1] > f.start and not (s[0] == f.start and s[1] == f.end and f.pii)]
        if not hits:
            findings.append(f)
            continue
        excerpt = " ".join(mask_spans(text[f.start : f.end], f.start, hits).split())
        if len(excerpt) > EXCERPT_MAX:
            excerpt = excerpt[: EXCERPT_MAX - 1] + "…"
        message, suggestion = f.message, f.suggestion
        for start, end, kind in hits:
            raw = text[start:end]
            for value in {raw, " ".join(raw.split())}:
                if value.strip():
                    message = message.replace(value, mask(value, kind))
                    suggestion = suggestion.replace(value, mask(value, kind)) if suggestion else suggestion
        findings.append(dataclasses.replace(f, excerpt=excerpt if not f.pii else f.excerpt, message=message, suggestion=suggestion))
    masked = copy.copy(result)
    masked.findings = findings
    return masked


def summary_counts(results: list["Result"]) -> dict[str, int]:
    """``{"files", "errors", "warnings", "infos"}`` over all results."""
    return {
        "files": len(results),
        "errors": sum(r.count("error") for r in results),
        "warnings": sum(r.count("warning") for r in results),
        "infos": sum(r.count("info") for r in results),
    }
