"""``--format sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run; ``tool.driver.rules`` lists each rule that has findings with its short and
full description, help text quoting the guideline clauses it cites and its default
level. Each result has ``ruleId``/``ruleIndex``, ``level``, the message, a relative
artifact URI (``%SRCROOT%``), a region with 1-based start/end line and column in
Unicode code points (``columnKind: unicodeCodePoints``) and ``partialFingerprints``.

No snippet is included anywhere: the message's ``{match}`` is the masked excerpt, and
the fingerprint hashes the masked text (English placeholders, also with
``--show-pii``; :func:`kommunlint.baseline.safe_text`), not the raw text, so a hash of
a resident's personal data never reaches the code-scanning service. The fingerprint
is stable across runs and line moves: rule, path, masked text and the index of that
same text among the file's findings of the rule.

Files that could not be checked are ``invocations[0].toolExecutionNotifications``
(level ``error``, or ``note`` for a file skipped on purpose), with the file as a
location and the one-line message (no personal data: see :mod:`kommunlint.errors`);
``executionSuccessful`` is false when there is an error.
Specification: OASIS SARIF 2.1.0; GitHub "SARIF support for code scanning".
"""

from __future__ import annotations

import hashlib
import json
import re
import textwrap
from collections import Counter
from typing import Iterator
from urllib.parse import quote

from .. import __version__
from ..baseline import display_path, safe_text
from . import ReportContext

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"

LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A relative URI reference for ``path`` (percent-encoded POSIX path)."""
    return quote(display_path(path) if path not in ("-", "<stdin>") else "stdin", safe="/")


def _text(fn, rule_id: str, lang: str) -> str:
    try:
        return fn(rule_id, lang)
    except KeyError:  # a rule whose catalogue is not written yet still gets a valid rule entry
        return rule_id


def _rule_entry(rule_id: str, clauses: list, lang: str) -> dict:
    from ..messages import cli_text, description, explanation
    from ..registry import get_rule

    short = _text(description, rule_id, lang)
    full = _text(explanation, rule_id, lang)
    quoted = [f"{c.municipality}, {c.locator}: ”{c.text}”" for c in clauses]
    help_text = "\n\n".join([full] + quoted) if quoted else full + "\n\n" + cli_text("no-clause", lang)
    return {
        "id": rule_id,
        "name": rule_id.replace("/", "-"),
        "shortDescription": {"text": short},
        "fullDescription": {"text": full},
        "help": {"text": help_text},
        "defaultConfiguration": {"level": LEVELS[get_rule(rule_id).severity]},
        "properties": {"tags": ["kommunlint", rule_id.split("/", 1)[0]]},
    }


def _entries(result, rule_index) -> list[dict]:
    """The SARIF results of one post; ``rule_index(rule_id)`` gives each ``ruleIndex``."""
    out = []
    seen: Counter = Counter()
    uri = artifact_uri(result.post.path)
    text = safe_text(result) if result.findings else None
    for f in result.findings:
        masked = text(f)  # the masked finding only: its line is not part of the fingerprint
        key = (f.rule, masked)
        seen[key] += 1
        digest = hashlib.sha256("\0".join((f.rule, uri, " ".join(masked.split()), str(seen[key]))).encode("utf-8")).hexdigest()
        message = f.message + (f"\n{f.suggestion}" if f.suggestion else "")
        if f.clause:
            message += f"\n{f.clause.municipality}, {f.clause.locator}: ”{f.clause.text}”"
        out.append(
            {
                "ruleId": f.rule,
                "ruleIndex": rule_index(f.rule),
                "level": LEVELS[f.severity],
                "message": {"text": message},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                            "region": {
                                "startLine": f.line,
                                "startColumn": f.column,
                                "endLine": f.end_line,
                                "endColumn": f.end_column,
                            },
                        }
                    }
                ],
                "partialFingerprints": {"kommunlintFinding/v1": digest[:32]},
            }
        )
    return out


def _rules(clause_lists) -> tuple[list[str], dict[str, list]]:
    """The rules with findings in registry order, and each one's cited clauses in order
    of first citation, from ``(rule_id, clauses)`` pairs in report order."""
    from ..registry import RULE_IDS

    clauses: dict[str, list] = {}
    for rule_id, cited in clause_lists:
        known = clauses.setdefault(rule_id, [])
        known.extend(c for c in cited if c not in known)
    return [r for r in RULE_IDS if r in clauses], clauses


def _log(rule_ids, clauses, results, ctx: ReportContext) -> dict:
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "kommunlint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "language": ctx.lang,
                        "rules": [_rule_entry(r, clauses[r], ctx.lang) for r in rule_ids],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [_invocation(ctx)],
                "results": results,
            }
        ],
    }


#: Stand-ins while pieces are encoded before the whole is known: a rule's index (known
#: once every result is in) and the results list. A NUL never comes out of json.dumps
#: unescaped and a quotation mark inside a string always is, so the match is exact.
_INDEX = "\0rule:"
_INDEX_RE = re.compile(r'"ruleIndex": "\\u0000rule:([^"\\]*)"')
_RESULTS = "\0results"


def fragment(result, ctx: ReportContext) -> tuple[list, str]:
    """One post's part of the log: its ``(rule_id, clauses)`` pairs and its results as
    they appear in the indented log, with each ``ruleIndex`` left to :func:`assemble`."""
    cited = [(f.rule, list(f.clauses)) for f in result.findings]
    entries = _entries(result, lambda rule_id: _INDEX + rule_id)
    text = ",\n".join(textwrap.indent(json.dumps(e, ensure_ascii=False, indent=2), " " * 8) for e in entries)
    return cited, text


def assemble(fragments: list, counts: dict[str, int], ctx: ReportContext) -> Iterator[str]:
    """The log of :func:`render` in pieces, from :func:`fragment` parts."""
    rule_ids, clauses = _rules(pair for cited, _ in fragments for pair in cited)
    index = {r: i for i, r in enumerate(rule_ids)}
    head, tail = json.dumps(_log(rule_ids, clauses, _RESULTS, ctx), ensure_ascii=False, indent=2).split(json.dumps(_RESULTS))
    yield head
    first = True
    for _, text in fragments:  # one at a time: the whole list may be long
        if not text:
            continue
        text = _INDEX_RE.sub(lambda m: f'"ruleIndex": {index[m.group(1)]}', text)
        yield "[\n" + text if first else ",\n" + text
        first = False
    yield "[]" if first else "\n      ]"
    yield tail + "\n"


def _invocation(ctx: ReportContext) -> dict:
    """``invocations[0]``: success, and one notification per input error or note."""
    notes = []
    for error in ctx.errors:
        note: dict = {"level": error.level, "message": {"text": error.message}, "descriptor": {"id": error.key}}
        if error.path is not None:
            region = {"startLine": error.line} if error.line else None
            physical: dict = {"artifactLocation": {"uri": artifact_uri(error.path), "uriBaseId": "%SRCROOT%"}}
            if region:
                physical["region"] = region
            note["locations"] = [{"physicalLocation": physical}]
        notes.append(note)
    invocation: dict = {"executionSuccessful": not any(e.level == "error" for e in ctx.errors)}
    if notes:
        invocation["toolExecutionNotifications"] = notes
    return invocation


def render(results, ctx: ReportContext) -> str:
    """A SARIF 2.1.0 log as indented JSON with a final newline.

    ``results`` are :class:`~kommunlint.linter.Result` objects; personal data is already
    masked in each finding unless ``ctx.show_pii``.
    """
    return "".join(assemble([fragment(r, ctx) for r in results], {}, ctx))
