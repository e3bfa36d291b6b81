"""Rule fixtures: run them, and rewrite their expected output on purpose.

Every rule id has a folder ``tests/fixtures/<group>/<rule>/`` with posts that must
fail (``fail-*.txt``: at least one finding of that rule) and posts that must pass
(``pass-*.txt``: no finding of that rule). Beside each post, ``<name>.expected`` holds
the exact standard output of::

    kommunlint check --format parsable --lang sv tests/fixtures/<group>/<rule>/<name>.txt

run from the repository root (so the path in the output is relative and stable),
followed by one line ``exit code: N``. ``tests/test_fixtures.py`` compares them, with
the helpers of this module.

Usage::

    python scripts/update_fixtures.py          # rewrite every .expected, list the changed ones
    python scripts/update_fixtures.py --check  # only list what would change (exit 1 if any)

Rewrite expectations only when a change of behaviour is intended, and read the diff.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
#: Language of the committed expectations; the test renders the others too.
EXPECTED_LANG = "sv"


def fixture_paths() -> list[Path]:
    """Every fixture post, sorted: ``tests/fixtures/<group>/<rule>/{fail,pass}-*.txt``."""
    return sorted(p for p in FIXTURES.glob("*/*/*.txt") if p.name.startswith(("fail-", "pass-")))


def rule_id_of(path: Path) -> str:
    """The rule a fixture belongs to: ``personal-data/phone`` for ``.../personal-data/phone/fail-sv-1.txt``."""
    return f"{path.parent.parent.name}/{path.parent.name}"


def relative(path: Path) -> str:
    """The path as given on the command line: relative to the repository root, with ``/``."""
    return path.resolve().relative_to(ROOT).as_posix()


def expected_path(path: Path) -> Path:
    return path.with_suffix(".expected")


def command(path: Path, lang: str = EXPECTED_LANG) -> list[str]:
    """Arguments of ``kommunlint`` for one fixture (without the program name)."""
    return ["check", "--format", "parsable", "--lang", lang, relative(path)]


def run_cli(path: Path, lang: str = EXPECTED_LANG) -> tuple[str, int]:
    """``(stdout, exit code)`` of the CLI on one fixture, in this process (typer's CliRunner),
    from the repository root. An internal error is raised, not hidden in the output."""
    from typer.testing import CliRunner

    from kommunlint.cli import app

    with contextlib.chdir(ROOT):
        result = CliRunner().invoke(app, command(path, lang))
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.stdout, result.exit_code


def expectation(stdout: str, exit_code: int) -> str:
    """The text of an ``.expected`` file."""
    return f"{stdout}exit code: {exit_code}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; list what would change, exit 1 if anything would")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    import kommunlint

    if Path(kommunlint.__file__).resolve().parent.parent != ROOT:
        # An installed copy (e.g. an editable install of another checkout) would write
        # the expectations of other code than the one beside these fixtures.
        print(f"kommunlint is imported from {kommunlint.__file__}, not from {ROOT}", file=sys.stderr)
        return 2
    changed, added = [], []
    paths = fixture_paths()
    for path in paths:
        target = expected_path(path)
        new = expectation(*run_cli(path))
        old = target.read_text(encoding="utf-8") if target.exists() else None
        if old == new:
            continue
        (added if old is None else changed).append(relative(target))
        if not args.check:
            target.write_text(new, encoding="utf-8")
    for stale in sorted(FIXTURES.glob("*/*/*.expected")):
        if not stale.with_suffix(".txt").exists():
            print(f"stale (no post beside it, not removed): {relative(stale)}")
    verb = "would change" if args.check else "changed"
    for name in changed:
        print(f"{verb}: {name}")
    for name in added:
        print(f"{'would add' if args.check else 'added'}: {name}")
    print(f"{len(paths)} fixtures, {len(changed)} {verb}, {len(added)} new")
    return 1 if args.check and (changed or added) else 0


if __name__ == "__main__":
    sys.exit(main())
