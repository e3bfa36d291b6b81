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
    """Render ``results`` in format ``fmt``; ``KeyError`` for an unknown format."""
    module = import_module(f"kommunlint.report.{FORMATS[fmt]}")
    return module.render(results, ctx)


def summary_counts(results: list["Result"]) -> dict[str, int]:
    """``{"files", "errors", "warnings", "infos"}`` over all results."""
    return {
        "files": len(results),
        "errors": sum(r.count("error") for r in results),
        "warnings": sum(r.count("warning") for r in results),
        "infos": sum(r.count("info") for r in results),
    }
