"""Scaffold a new rule: the rule module, its registry entry, its messages and docs
skeleton in sv, fi and en, and its fixture folders.

Usage::

    python scripts/new_rule.py GROUP/NAME [--severity warning] [--root .]

What it writes (nothing is overwritten; an existing rule id is refused):

- ``kommunlint/rules/<group>/<name>.py`` with a ``@rule`` stub that reads a detector
  from ``ctx.analysis`` (a new group gets ``rules/<group>/__init__.py`` listing
  ``RULES`` and an entry in ``registry.RULE_MODULES``; an existing package group gets
  the import and the ``RULES`` entry);
- the id in ``registry.RULE_IDS``, after the group's last id;
- the entry in ``kommunlint/messages/<group>.yaml``: ``description``, ``docs`` (what,
  why, fails, passes) and one message, every text ``TODO`` (the catalogue tests fail
  until each is written);
- ``tests/fixtures/<group>/<name>/`` with one failing and one passing Swedish and
  Finnish post to edit; ``python scripts/update_fixtures.py`` then writes their expected
  output.

Then follow README → "Adding a rule". Exit code 2 with one line for a bad id or a clash.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

_ID = re.compile(r"^[a-z][a-z-]*/[a-z][a-z-]*$")

RULE_STUB = '''"""``{rule_id}``: TODO one line on what it reports.

Detector: TODO (:mod:`kommunlint.detect.<detector>`, ``ctx.analysis.<attribute>``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import rule


@rule("{rule_id}", severity="{severity}")
def {function}(post, ctx) -> Iterator[Problem]:
    """TODO: what is reported and what is not.

    Source: TODO (the guideline clause or the law this rule enforces).
    """
    return
    yield  # a generator: yield Problem(start, end, "{key}", suggestion_key=None)
'''

GROUP_INIT = '''"""``{group}/*`` rules, one module per rule.

Source: TODO (the guideline clauses the group enforces).
"""

RULES: list = []
'''

CATALOGUE_ENTRY = """{rule_id}:
  description: {{sv: TODO, fi: TODO, en: TODO}}
  docs:
    what: {{sv: TODO, fi: TODO, en: TODO}}
    why: {{sv: TODO, fi: TODO, en: TODO}}
    fails:
      sv: "---\\nprofile: vimmerby\\n---\\nTODO\\n"
      fi: "---\\nprofile: karleby\\n---\\nTODO\\n"
    passes:
      sv: "---\\nprofile: vimmerby\\n---\\nTODO\\n"
      fi: "---\\nprofile: karleby\\n---\\nTODO\\n"
  messages:
    {key}: {{sv: TODO, fi: TODO, en: TODO}}
"""

FIXTURE = "---\nprofile: {profile}\naccount: official\nkind: post\n---\nTODO: a {how} {lang} post for {rule_id}.\n"


def _fail(message: str) -> None:
    print(f"new_rule: {message}", file=sys.stderr)
    raise SystemExit(2)


def _insert_rule_id(registry: Path, rule_id: str, group: str, module: str) -> None:
    text = registry.read_text(encoding="utf-8")
    ids = re.search(r"RULE_IDS: tuple\[str, \.\.\.\] = \((?P<body>.*?)\n\)", text, re.S)
    if ids is None:
        _fail(f"{registry}: RULE_IDS not found")
    body = ids.group("body")
    same_group = list(re.finditer(rf'\n    "{re.escape(group)}/[^"]+",', body))
    at = ids.start("body") + (same_group[-1].end() if same_group else len(body))
    text = text[:at] + f'\n    "{rule_id}",' + text[at:]
    if f'"{group}":' not in text.split("RULE_IDS")[0]:
        modules = re.search(r"RULE_MODULES: dict\[str, str\] = \{(?P<body>.*?)\n\}", text, re.S)
        text = text[: modules.end("body")] + f'\n    "{group}": "{module}",' + text[modules.end("body") :]
    registry.write_text(text, encoding="utf-8")


def _add_package(pyproject: Path, package: str) -> None:
    """Add ``package`` to ``[tool.setuptools] packages`` so the wheel ships it."""
    if not pyproject.exists():
        return
    text = pyproject.read_text(encoding="utf-8")
    if f'"{package}"' not in text:
        text = text.replace('    "kommunlint.messages",', f'    "{package}",\n    "kommunlint.messages",', 1)
        pyproject.write_text(text, encoding="utf-8")


def scaffold(root: Path, rule_id: str, severity: str) -> list[Path]:
    """Write the skeleton of ``rule_id`` under ``root``; return the paths written or changed.

    Raises ``SystemExit(2)`` for a malformed id, an id that exists, or a group whose
    rules live in a single module (add the rule to that module by hand).
    """
    if not _ID.match(rule_id):
        _fail(f"'{rule_id}' is not group/name in lower case with hyphens")
    group, name = rule_id.split("/")
    module, function = group.replace("-", "_"), name.replace("-", "_")
    registry = root / "kommunlint" / "registry.py"
    if f'"{rule_id}"' in registry.read_text(encoding="utf-8"):
        _fail(f"{rule_id} exists already")
    rules_dir = root / "kommunlint" / "rules"
    if (rules_dir / f"{module}.py").exists():
        _fail(f"the {group} rules live in rules/{module}.py: add the rule there by hand")
    package = rules_dir / module
    written: list[Path] = []
    if not package.exists():
        package.mkdir()
        (package / "__init__.py").write_text(GROUP_INIT.format(group=group), encoding="utf-8")
        written.append(package / "__init__.py")
        _add_package(root / "pyproject.toml", f"kommunlint.rules.{module}")
        written.append(root / "pyproject.toml")
    rule_file = package / f"{function}.py"
    rule_file.write_text(RULE_STUB.format(rule_id=rule_id, severity=severity, function=function, key=name), encoding="utf-8")
    written.append(rule_file)
    init = package / "__init__.py"
    init_text = init.read_text(encoding="utf-8")
    listed = re.search(r"\nRULES(?::[^=]*)? = \[(?P<items>[^\]]*)\]", init_text)
    if listed is None:
        _fail(f"{init}: no RULES list")
    items = [i.strip() for i in listed.group("items").split(",") if i.strip()] + [function]
    init_text = (init_text[: listed.start()] + f"\nfrom .{function} import {function}\n"
                 + f"\nRULES = [{', '.join(items)}]" + init_text[listed.end() :])
    init.write_text(re.sub(r"\n{3,}", "\n\n", init_text), encoding="utf-8")
    _insert_rule_id(registry, rule_id, group, module)
    written.append(registry)
    catalogue = root / "kommunlint" / "messages" / f"{module}.yaml"
    existing = catalogue.read_text(encoding="utf-8") if catalogue.exists() else ""
    catalogue.write_text(existing.rstrip("\n") + ("\n" if existing else "") + CATALOGUE_ENTRY.format(rule_id=rule_id, key=name), encoding="utf-8")
    written.append(catalogue)
    fixtures = root / "tests" / "fixtures" / group / name
    fixtures.mkdir(parents=True, exist_ok=True)
    for how in ("fail", "pass"):
        for lang, profile in (("sv", "vimmerby"), ("fi", "karleby")):
            path = fixtures / f"{how}-{lang}-1.txt"
            path.write_text(FIXTURE.format(profile=profile, how="failing" if how == "fail" else "passing", lang=lang, rule_id=rule_id), encoding="utf-8")
            written.append(path)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rule_id", help="group/name, e.g. tone/shouting")
    parser.add_argument("--severity", choices=("error", "warning", "info"), default="warning")
    parser.add_argument("--root", type=Path, default=Path(__file__).resolve().parent.parent, help="repository root")
    args = parser.parse_args()
    for path in scaffold(args.root, args.rule_id, args.severity):
        print(path.relative_to(args.root))
    print("next: write the TODOs, then README → 'Adding a rule'")


if __name__ == "__main__":
    main()
