"""``--format junit``: JUnit XML, shown by GitLab merge requests and Azure Pipelines.

One ``<testsuite name="kommunlint">``. Each **finding** is its own failed
``<testcase>`` (so GitLab and Azure list every finding, not one per file): its
``name`` is ``RULE at PATH:LINE:COLUMN``, ``classname`` and ``file`` the path, ``line``
the line; its ``<failure>`` has ``type`` = the rule id, ``message`` = ``LINE:COLUMN
message`` and a body with ``path:line:col``, severity, the message, the suggestion and
the cited clauses. A file without findings is one passing test case named by its path.
A file that could not be checked is a test case named by its path with an ``<error>``
(``type`` = the message key, ``message`` = the message; a file skipped on purpose is
``<skipped>``). Counts: ``tests`` = test cases, ``failures`` = findings, ``errors`` =
files not checked. Personal data is masked as in
every report. Paths are shown with :func:`kommunlint.errors.safe_name`
(control characters escaped), and characters XML cannot hold are escaped, so the
document always parses.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Iterator

from ..errors import safe_name
from ..messages import cli_text
from . import ReportContext

# Characters XML 1.0 cannot hold at all (ElementTree would write them and break the file).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml(text: str) -> str:
    """``text`` without characters XML 1.0 forbids (shown as ``\\xNN`` escapes)."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _error_case(problem) -> ET.Element:
    path = safe_name(problem.path) if problem.path is not None else "kommunlint"
    case = ET.Element("testcase", name=path, classname=path, file=path)
    if problem.line:
        case.set("line", str(problem.line))
    where = f"{path}:{problem.line}: " if problem.line else f"{path}: "
    tag = "error" if problem.level == "error" else "skipped"
    node = ET.SubElement(case, tag, type=problem.key, message=_xml(problem.message))
    node.text = _xml(where + problem.message)
    return case


def _cases(result, lang: str) -> list[ET.Element]:
    """One post's test cases: a passing one without findings, else one per finding."""
    path = safe_name(result.post.path)  # the body is printed in CI logs: one line per entry
    if not result.findings:
        return [ET.Element("testcase", name=path, classname=path, file=path)]
    out = []
    for f in result.findings:
        message = " ".join(f.message.split())
        case = ET.Element("testcase", name=f"{f.rule} at {path}:{f.line}:{f.column}", classname=path, file=path, line=str(f.line))
        body = [f"{path}:{f.line}:{f.column}: {cli_text('severity-' + f.severity, lang)} {f.rule}", f.message]
        if f.suggestion:
            body.append(f"{cli_text('suggestion', lang)}: {f.suggestion}")
        body.extend(f"{c.municipality}, {c.locator}: ”{c.text}”" for c in f.clauses)
        failure = ET.SubElement(case, "failure", type=f.rule, message=_xml(f"{f.line}:{f.column} {message}"))
        failure.text = _xml("\n".join(body))
        out.append(case)
    return out


#: Between two test cases in the indented document (ET.indent, two spaces a level).
_BETWEEN = "\n    "


def _text(cases: list[ET.Element]) -> str:
    """Test cases as they appear inside the indented suite, joined by their whitespace."""
    pieces = []
    for case in cases:
        ET.indent(case, level=2)
        case.tail = None
        pieces.append(ET.tostring(case, encoding="unicode"))
    return _BETWEEN.join(pieces)


def fragment(result, ctx: ReportContext) -> tuple[int, int, str]:
    """One post's part of the document: (test cases, failures, their XML text)."""
    cases = _cases(result, ctx.lang)
    return len(cases), len(result.findings), _text(cases)


def assemble(fragments: list, counts: dict[str, int], ctx: ReportContext) -> Iterator[str]:
    """The document of :func:`render` in pieces, from :func:`fragment` parts."""
    cases, failures = len(ctx.errors), 0
    for n_cases, n_failures, _ in fragments:
        cases += n_cases
        failures += n_failures
    error_count = sum(e.level == "error" for e in ctx.errors)
    counts = {"tests": str(cases), "failures": str(failures), "errors": str(error_count)}
    suites = ET.Element("testsuites", name="kommunlint", **counts)
    suite = ET.SubElement(suites, "testsuite", name="kommunlint", **counts, skipped=str(len(ctx.errors) - error_count))
    if not cases:
        ET.indent(suites)
        yield '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
        return
    # The suite's cases stand in one placeholder while the frame is indented.
    ET.SubElement(suite, "kommunlint-cases")
    ET.indent(suites)
    head, tail = ET.tostring(suites, encoding="unicode").split("<kommunlint-cases />")
    yield '<?xml version="1.0" encoding="UTF-8"?>\n' + head
    first = True
    if ctx.errors:
        yield _text([_error_case(p) for p in ctx.errors])
        first = False
    for _, _, text in fragments:  # one at a time: the whole list may be long
        yield text if first else _BETWEEN + text
        first = False
    yield tail + "\n"


def render(results, ctx: ReportContext) -> str:
    """JUnit XML: a failed test case per finding, a passing one per clean file.

    ``results`` are :class:`~kommunlint.linter.Result` objects; personal data is already
    masked in each finding unless ``ctx.show_pii``.
    """
    return "".join(assemble([fragment(r, ctx) for r in results], {}, ctx))
