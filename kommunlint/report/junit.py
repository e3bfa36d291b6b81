"""``--format junit``: JUnit XML, shown by GitLab merge requests and Azure Pipelines.

One ``<testsuite name="kommunlint">``. Each **finding** is its own failed
``<testcase>`` (so GitLab and Azure list every finding, not one per file): its
``name`` is ``RULE at PATH:LINE:COLUMN``, ``classname`` and ``file`` the path, ``line``
the line; its ``<failure>`` has ``type`` = the rule id, ``message`` = ``LINE:COLUMN
message`` and a body with ``path:line:col``, severity, the message, the suggestion and
the cited clauses. A file without findings is one passing test case named by its path.
Counts: ``tests`` = test cases, ``failures`` = findings. Personal data is masked as in
every report.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ..messages import cli_text
from . import ReportContext


def render(results, ctx: ReportContext) -> str:
    """JUnit XML: a failed test case per finding, a passing one per clean file.

    ``results`` are :class:`~kommunlint.linter.Result` objects; personal data is already
    masked in each finding unless ``ctx.show_pii``.
    """
    cases = sum(max(1, len(r.findings)) for r in results)
    failures = sum(len(r.findings) for r in results)
    counts = {"tests": str(cases), "failures": str(failures), "errors": "0"}
    suites = ET.Element("testsuites", name="kommunlint", **counts)
    suite = ET.SubElement(suites, "testsuite", name="kommunlint", **counts, skipped="0")
    for result in results:
        path = result.post.path
        if not result.findings:
            ET.SubElement(suite, "testcase", name=path, classname=path, file=path)
            continue
        for f in result.findings:
            message = " ".join(f.message.split())
            case = ET.SubElement(suite, "testcase", name=f"{f.rule} at {path}:{f.line}:{f.column}", classname=path, file=path, line=str(f.line))
            body = [f"{path}:{f.line}:{f.column}: {cli_text('severity-' + f.severity, ctx.lang)} {f.rule}", f.message]
            if f.suggestion:
                body.append(f"{cli_text('suggestion', ctx.lang)}: {f.suggestion}")
            body.extend(f"{c.municipality}, {c.locator}: ”{c.text}”" for c in f.clauses)
            failure = ET.SubElement(case, "failure", type=f.rule, message=f"{f.line}:{f.column} {message}")
            failure.text = "\n".join(body)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
