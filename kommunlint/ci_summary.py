"""A Markdown summary of ``kommunlint check --format json`` for a CI job page.

    kommunlint check --format json --fail-on never posts/ > kommunlint.json
    python -m kommunlint.ci_summary --lang sv kommunlint.json >> "$GITHUB_STEP_SUMMARY"

GitHub shows ``$GITHUB_STEP_SUMMARY`` on the run's page: unlike annotations it has no
limit of 10 per step and 50 per job, and unlike SARIF upload it needs no GitHub Advanced
Security. Output: a heading with the counts, then a table with one row per finding
(severity with icon and word, file, line:column, rule, message, the first cited clause),
at most :data:`MAX_ROWS` rows, then the files that could not be checked (the JSON's
``errors``) as a list. Personal data is as masked as in the JSON. Errors
(an unreadable or invalid JSON file) are one line on stderr, exit code 2.
"""

from __future__ import annotations

import argparse
import json
import sys

#: GitHub caps a step summary at 1 MiB; this many rows stay well below it.
MAX_ROWS = 500
ICONS = {"error": "❌", "warning": "⚠️", "info": "ℹ️"}
SEVERITY_WORDS = {
    "sv": {"error": "fel", "warning": "varning", "info": "info"},
    "fi": {"error": "virhe", "warning": "varoitus", "info": "tieto"},
    "en": {"error": "error", "warning": "warning", "info": "info"},
}


def cell(text: str) -> str:
    """``text`` safe inside a Markdown table cell: one line, ``|`` and ``<`` escaped."""
    return " ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")


def markdown(document: dict, lang: str = "sv") -> str:
    """The summary of a ``--format json`` ``document`` in ``lang``; ends with a newline.

    Raises ``KeyError``/``TypeError`` when ``document`` does not have the JSON shape.
    """
    from .clitexts import text

    counts = document["summary"]
    if not (counts["errors"] or counts["warnings"] or counts["infos"]):
        lines = [f"### {text('summary-clean', lang, files=counts['files'])}"]
    else:
        lines = [f"### {text('summary-title', lang, **counts)}", ""]
        columns = text("summary-columns", lang).split(" | ")
        lines.append("| " + " | ".join(columns) + " |")
        lines.append("|" + "---|" * len(columns))
        rows = 0
        total = sum(len(f["findings"]) for f in document["files"])
        for entry in document["files"]:
            for f in entry["findings"]:
                if rows == MAX_ROWS:
                    break
                clause = f.get("clause")
                where = f"{clause['municipality']}, {clause['locator']}" if clause else ""
                severity = f"{ICONS[f['severity']]} {SEVERITY_WORDS[lang][f['severity']]}"
                lines.append("| " + " | ".join(cell(v) for v in (severity, entry["path"], f"{f['line']}:{f['column']}", f"`{f['rule']}`", f["message"], where)) + " |")
                rows += 1
        if total > rows:
            lines += ["", text("summary-more", lang, count=total - rows)]
    problems = [e for e in document.get("errors") or [] if e.get("level") == "error"][:MAX_ROWS]
    if problems:
        lines += ["", text("summary-errors", lang, count=len(problems))]
        for e in problems:
            where = f"{e['path']}:{e['line']}" if e.get("line") else str(e.get("path") or "kommunlint")
            lines.append(f"- {cell(where)}: {cell(e['message'])}")
    return "\n".join(lines) + "\n"


def summary_lang(document: dict) -> str:
    """``KOMMUNLINT_LANG``, else the ``lang`` of the configuration (``.kommunlint.yaml``)
    governing the document's first file, else ``sv``: as ``kommunlint check`` chose."""
    import os

    if os.environ.get("KOMMUNLINT_LANG") in SEVERITY_WORDS:
        return os.environ["KOMMUNLINT_LANG"]
    files = document.get("files") or []
    if files and files[0].get("path") not in (None, "<stdin>"):
        from .config import config_for
        from .errors import KommunlintError

        try:
            lang = config_for(files[0]["path"], None).lang
        except KommunlintError:
            lang = None
        if lang in SEVERITY_WORDS:
            return lang
    return "sv"


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m kommunlint.ci_summary [--lang sv|fi|en] [JSON_FILE|-]``."""
    parser = argparse.ArgumentParser(prog="python -m kommunlint.ci_summary", description=__doc__.splitlines()[0])
    parser.add_argument("json_file", nargs="?", default="-")
    parser.add_argument("--lang", choices=("sv", "fi", "en"), default=None, help="default: KOMMUNLINT_LANG, else the lang of the configuration governing the first file, else sv")
    args = parser.parse_args(argv)
    try:
        if args.json_file == "-":
            document = json.load(sys.stdin)
        else:
            with open(args.json_file, encoding="utf-8") as handle:
                document = json.load(handle)
        out = markdown(document, args.lang or summary_lang(document))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        print(f"kommunlint.ci_summary: {args.json_file}: not kommunlint JSON output ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 2
    sys.stdout.write(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
