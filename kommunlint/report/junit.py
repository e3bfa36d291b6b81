"""``--format junit``: JUnit XML, shown by GitLab merge requests and Azure Pipelines.

One ``<testsuite name="kommunlint">``; each checked file is a ``<testcase>`` named by
its path, and each finding is a ``<failure>`` inside it (``type`` is the rule id,
``message`` the one-line message, the body ``path:line:col``, severity, suggestion
and the cited clause). A clean file is a passing test case. Paths are shown with
:func:`kommunlint.errors.safe_name` (control characters escaped), and characters XML
cannot hold are escaped, so the document always parses. GitLab reads the first
failure's message as the summary and shows the body in the test report.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..errors import safe_name
from ..messages import cli_text
from . import ReportContext

# Characters XML 1.0 cannot hold at all (ElementTree would write them and break the file).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml(text: str) -> str:
    """``text`` without characters XML 1.0 forbids (shown as ``\\xNN`` escapes)."""
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def render(results, ctx: ReportContext) -> str:
    """JUnit XML: a test suite, a test case per file and a failure per finding.

    ``results`` are :class:`~kommunlint.linter.Result` objects; personal data is already
    masked in each finding unless ``ctx.show_pii``.
    """
    # JUnit counts failed test cases (files), not failure elements (findings).
    failing_files = sum(1 for r in results if r.findings)
    suites = ET.Element("testsuites", name="kommunlint", tests=str(len(results)), failures=str(failing_files), errors="0")
    suite = ET.SubElement(suites, "testsuite", name="kommunlint", tests=str(len(results)), failures=str(failing_files), errors="0", skipped="0")
    for result in results:
        path = safe_name(result.post.path)  # the body is printed in CI logs: one line per entry
        case = ET.SubElement(suite, "testcase", name=path, classname="kommunlint", file=path)
        for f in result.findings:
            message = " ".join(f.message.split())
            body = [f"{path}:{f.line}:{f.column}: {cli_text('severity-' + f.severity, ctx.lang)} {f.rule}", f.message]
            if f.suggestion:
                body.append(f"{cli_text('suggestion', ctx.lang)}: {f.suggestion}")
            body.extend(f"{c.municipality}, {c.locator}: ”{c.text}”" for c in f.clauses)
            failure = ET.SubElement(case, "failure", type=f.rule, message=_xml(f"{f.line}:{f.column} {message}"))
            failure.text = _xml("\n".join(body))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
