"""``--format json``: the stable machine-readable shape other tools parse.

Shape::

    {"kommunlint": VERSION,
     "files": [{"path": P, "profile": ID, "findings": [FINDING, ...]}],
     "errors": [{"path": P, "line": N|null, "message": M, "key": K, "level": "error"|"note"}],
     "summary": {"files": N, "errors": N, "warnings": N, "infos": N}}

``errors`` lists the files that could not be checked (the same lines as on stderr;
``summary.errors`` counts error *findings*); a value echoed from the file is never
shown in the message (it may be personal data).

FINDING is :meth:`kommunlint.finding.Finding.as_dict`: ``rule``, ``severity``,
``line``, ``column``, ``end_line``, ``end_column`` (1-based), ``start``, ``end``
(0-based code points, end exclusive), ``excerpt`` (personal data masked unless
``--show-pii``), ``message``, ``clause`` (``{id, municipality, locator, text}`` or
null) and ``suggestion`` (or null).
"""

from __future__ import annotations

import json
import textwrap
from typing import Iterator

from .. import __version__
from . import ReportContext, summary_counts


def _entry(result) -> dict:
    return {
        "path": result.post.path,
        "profile": result.profile.id,
        "findings": [f.as_dict() for f in result.findings],
    }


#: Stands for the "files" list while the rest of the document is encoded around it
#: (a NUL cannot come out of json.dumps unescaped, so the split is unambiguous).
_FILES = "\0files"


def fragment(result, ctx: ReportContext) -> str:
    """One ``files`` entry as it appears in the indented document (each line indented
    for its depth), so that a long run keeps text rather than every post and finding."""
    return textwrap.indent(json.dumps(_entry(result), ensure_ascii=False, indent=2), "    ")


def assemble(fragments: list[str], counts: dict[str, int], ctx: ReportContext) -> Iterator[str]:
    """The document of :func:`render` in pieces, from :func:`fragment` strings and
    :func:`~kommunlint.report.summary_counts`-style ``counts``."""
    rest = {"kommunlint": __version__, "files": _FILES, "errors": [e.as_dict() for e in ctx.errors], "summary": counts}
    head, tail = json.dumps(rest, ensure_ascii=False, indent=2).split(json.dumps(_FILES))
    yield head
    if not fragments:
        yield "[]"
    else:
        yield "[\n"
        for i, piece in enumerate(fragments):
            yield piece if i == 0 else ",\n" + piece
        yield "\n  ]"
    yield tail + "\n"


def render(results, ctx: ReportContext) -> str:
    """The JSON document (see the module docstring), indented, with a final newline.

    ``results`` are :class:`~kommunlint.linter.Result` objects; personal data is already
    masked in each finding unless ``ctx.show_pii``.
    """
    return "".join(assemble([fragment(r, ctx) for r in results], summary_counts(results), ctx))
