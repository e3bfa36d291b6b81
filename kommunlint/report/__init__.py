"""Report formats. Each module has ``render(results, ctx) -> str``.

:data:`FORMATS` maps a ``--format`` name to its module under ``kommunlint.report``.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
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


@dataclass(frozen=True)
class InputProblem:
    """A file that could not be checked (or was skipped on purpose), as reports show it.

    Attributes:
        path: the file (as given), or ``None`` for a problem of the run.
        line: its 1-based line, if known.
        message: the message in the report's language, without ``path:line:``; values
            echoed from the file are hidden (:func:`kommunlint.errors.echo`).
        key: the message key (``front-matter-value``, ``not-utf8``, ...), stable for programs.
        level: ``error``, or ``note`` for a file skipped on purpose (a FIFO in a folder).
    """

    path: str | None
    line: int | None
    message: str
    key: str
    level: str = "error"

    @classmethod
    def of(cls, error, lang: str, message: str | None = None) -> "InputProblem":
        """From a :class:`~kommunlint.errors.KommunlintError`; ``message``: its text
        (default: its message in ``lang``)."""
        level = "note" if getattr(error, "note", False) else "error"
        path = None if error.path is None else str(error.path)
        return cls(path, error.line, message if message is not None else error.message(lang), error.key, level)

    def as_dict(self) -> dict:
        """The JSON shape: ``{"path", "line", "message", "key", "level"}``."""
        return {"path": self.path, "line": self.line, "message": self.message, "key": self.key, "level": self.level}


@dataclass
class ReportContext:
    """What a format needs besides the results.

    Attributes:
        lang: language of headings and summaries.
        show_pii: personal data is shown unmasked.
        color: the text format may use colour (a terminal and no ``NO_COLOR``).
        input_errors: how many files could not be checked (their errors went to stderr).
        errors: those errors (and notes), for the machine formats (JSON ``errors``,
            SARIF ``toolExecutionNotifications``, JUnit ``<error>``, GitHub ``::error``).
    """

    lang: str = "sv"
    show_pii: bool = False
    color: bool = False
    input_errors: int = 0
    errors: list[InputProblem] = field(default_factory=list)


def render(fmt: str, results: list["Result"], ctx: ReportContext) -> str:
    """Render ``results`` in format ``fmt``; ``KeyError`` for an unknown format.

    Personal data is already masked in every finding's excerpt, message and suggestion
    by the linter (:func:`kommunlint.linter.lint`) unless ``--show-pii``; the text
    format masks the source lines it prints with ``Result.pii_spans``.
    """
    module = import_module(f"kommunlint.report.{FORMATS[fmt]}")
    return module.render(results, ctx)


class Collector:
    """A report built while the results arrive, for runs of many posts.

    A format module that has ``fragment(result, ctx) -> str`` and
    ``assemble(fragments, counts, ctx) -> Iterator[str]`` (json, parsable, github) has
    each result rendered as it arrives: only its text is kept (compressed, :class:`_Packed`),
    not the post (two copies of its text) nor its findings, and the report is written
    piece by piece at the end
    instead of being built whole (10,000 posts: issue 15). The output is byte for byte
    that of :func:`render` (whose own code path is the same two functions); masking is
    the finding's own, as there. Other formats keep the results and call :func:`render`.
    ``ctx.errors`` may grow during the run; the report is written after it.
    """

    def __init__(self, fmt: str, ctx: ReportContext) -> None:
        self.module = import_module(f"kommunlint.report.{FORMATS[fmt]}")
        self.ctx = ctx
        self.streams = hasattr(self.module, "fragment")
        self.fragments = _Packed()
        self.results: list["Result"] = []
        self.counts = {"files": 0, "errors": 0, "warnings": 0, "infos": 0}
        #: every finding's severity seen, for the exit code
        self.severities: set[str] = set()

    def add(self, result: "Result") -> None:
        """Take one result (in the order of the report)."""
        self.counts["files"] += 1
        for key, severity in (("errors", "error"), ("warnings", "warning"), ("infos", "info")):
            self.counts[key] += result.count(severity)
        self.severities.update(f.severity for f in result.findings)
        if self.streams:
            self.fragments.append(self.module.fragment(result, self.ctx))
        else:
            self.results.append(result)

    def write(self, out) -> None:
        """Write the report to the text stream ``out``."""
        if not self.streams:
            out.write(self.module.render(self.results, self.ctx))
            return
        for piece in self.module.assemble(self.fragments, self.counts, self.ctx):
            out.write(piece)


class _Packed:
    """Fragments in arrival order, their text kept zlib-compressed in memory (a tenth of
    its size: 10,000 posts' JSON is 12 MB as text), never on disk (with ``--show-pii``
    it holds personal data). A fragment is a ``str``, or a tuple whose last item is the
    ``str`` (the rest is kept as is). Iterable more than once; no append after the
    first iteration."""

    def __init__(self) -> None:
        self.meta: list[tuple | None] = []
        self.sizes: list[int] = []
        self.chunks: list[bytes] = []
        self.packer = zlib.compressobj(6)

    def append(self, fragment) -> None:
        meta, text = (fragment[:-1], fragment[-1]) if isinstance(fragment, tuple) else (None, fragment)
        data = text.encode("utf-8")
        self.meta.append(meta)
        self.sizes.append(len(data))
        packed = self.packer.compress(data)
        if packed:
            self.chunks.append(packed)

    def __len__(self) -> int:
        return len(self.sizes)

    def __iter__(self):
        if self.packer is not None:
            self.chunks.append(self.packer.flush())
            self.packer = None
        unpacker = zlib.decompressobj()
        chunks = iter(self.chunks)
        buffer = bytearray()
        for meta, size in zip(self.meta, self.sizes):
            while len(buffer) < size:
                buffer += unpacker.decompress(next(chunks))
            text = buffer[:size].decode("utf-8")
            del buffer[:size]
            yield text if meta is None else (*meta, text)


def summary_counts(results: list["Result"]) -> dict[str, int]:
    """``{"files", "errors", "warnings", "infos"}`` over all results."""
    return {
        "files": len(results),
        "errors": sum(r.count("error") for r in results),
        "warnings": sum(r.count("warning") for r in results),
        "infos": sum(r.count("info") for r in results),
    }
