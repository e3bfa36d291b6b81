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

from .. import __version__
from . import ReportContext, summary_counts


def document(results, ctx: ReportContext) -> dict:
    """The JSON document as Python data."""
    return {
        "kommunlint": __version__,
        "files": [
            {
                "path": r.post.path,
                "profile": r.profile.id,
                "findings": [f.as_dict() for f in r.findings],
            }
            for r in results
        ],
        "errors": [e.as_dict() for e in ctx.errors],
        "summary": summary_counts(results),
    }


def render(results, ctx: ReportContext) -> str:
    """The JSON document (see the module docstring), indented, with a final newline.

    ``results`` are :class:`~kommunlint.linter.Result` objects; personal data is already
    masked in each finding unless ``ctx.show_pii``.
    """
    return json.dumps(document(results, ctx), ensure_ascii=False, indent=2) + "\n"
