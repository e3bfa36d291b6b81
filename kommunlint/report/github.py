"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff.

One line per finding::

    ::error file=posts/a.md,line=3,col=5,endLine=3,endColumn=17,title=kommunlint personal-data/phone::message

``info`` findings become ``::notice``. Values are escaped as the Actions toolkit
(``@actions/core``, ``command.ts``) escapes them: in the message ``%``, CR and LF
become ``%25``, ``%0D``, ``%0A``; in properties also ``:`` → ``%3A`` and ``,`` → ``%2C``.
The message carries the suggestion and the cited clause on further lines. Chosen
automatically when ``GITHUB_ACTIONS=true`` and no ``--format`` is given (as yamllint does).
A file that could not be checked is an ``::error`` (a skipped one a ``::notice``) with
the file, its line when known, and the title ``kommunlint``.
"""

from __future__ import annotations

from typing import Iterator

from ..baseline import display_path
from . import ReportContext

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message (``escapeData`` in the Actions toolkit)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property value (``escapeProperty`` in the Actions toolkit)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def fragment(result, ctx: ReportContext) -> str:
    """The workflow commands of one result (personal data already masked unless ``ctx.show_pii``)."""
    lines = []
    path = display_path(result.post.path)
    for f in result.findings:
        props = {
            "file": path,
            "line": f.line,
            "col": f.column,
            "endLine": f.end_line,
            "endColumn": f.end_column,
            "title": f"kommunlint {f.rule}",
        }
        message = f.message
        if f.suggestion:
            message += "\n" + f.suggestion
        for clause in f.clauses:
            message += f"\n{clause.municipality}, {clause.locator}: ”{clause.text}”"
        joined = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
        lines.append(f"::{COMMANDS[f.severity]} {joined}::{escape_data(message)}\n")
    return "".join(lines)


def assemble(fragments: list[str], counts: dict[str, int], ctx: ReportContext) -> Iterator[str]:
    """The commands of :func:`render` in pieces: the input errors, then each result's."""
    for problem in ctx.errors:
        props = {"file": display_path(problem.path)} if problem.path is not None else {}
        if problem.line:
            props["line"] = problem.line
        props["title"] = "kommunlint"
        joined = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items())
        yield f"::{'error' if problem.level == 'error' else 'notice'} {joined}::{escape_data(problem.message)}\n"
    yield from fragments


def render(results, ctx: ReportContext) -> str:
    """GitHub Actions workflow commands, one line per finding (``::error file=...::message``).

    ``results`` are :class:`~kommunlint.linter.Result` objects; personal data is already
    masked in each finding unless ``ctx.show_pii``.
    """
    return "".join(assemble([fragment(r, ctx) for r in results], {}, ctx))
