"""No hidden global state (issue 9): the language and run settings are passed, not set on a module.

Fails if a module-level language variable comes back (``errors.LANG`` was set by the CLI
and read by errors, docx and cli), if any kommunlint module assigns another kommunlint
module's attribute (``errors.LANG = lang``), or uses ``global``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kommunlint"
SOURCES = sorted(PACKAGE.rglob("*.py"))
#: Module-level names that would carry a run's language or state between calls.
STATE_NAMES = {"LANG", "CURRENT_LANG", "_LANG", "_JOB", "JOB", "STATE", "_STATE"}


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), str(path))


def _kommunlint_aliases(tree: ast.Module) -> set[str]:
    """Names bound to kommunlint modules by imports anywhere in the file."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("kommunlint")):
            out.update(alias.asname or alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            out.update((alias.asname or alias.name).split(".")[0] for alias in node.names if alias.name.startswith("kommunlint"))
    return out


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_state_is_set_from_outside_or_by_global(path):
    tree = _tree(path)
    aliases = _kommunlint_aliases(tree)
    for node in ast.walk(tree):
        assert not isinstance(node, ast.Global), f"{path.name}:{node.lineno}: 'global' statement"
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) and target.value.id in aliases:
                    raise AssertionError(f"{path.name}:{node.lineno}: sets {target.value.id}.{target.attr} on a kommunlint module")


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_level_language_or_run_state(path):
    for node in _tree(path).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name):
                assert target.id not in STATE_NAMES, f"{path.name}:{node.lineno}: module-level {target.id}"


def test_errors_has_no_language_and_renders_in_the_language_asked():
    from kommunlint import errors

    assert not hasattr(errors, "LANG")
    error = errors.InputError("not-utf8", "a.txt")
    assert error.render("fi") != error.render("sv") != error.render("en")


def test_a_docx_error_is_rendered_in_the_language_it_is_shown_in():
    from kommunlint.docx import DocxError, docx_text

    with pytest.raises(DocxError) as caught:
        docx_text(b"PK\x03\x04 not a zip", "a.docx")
    assert "not a Word document" in caught.value.render("en")
    assert "inte ett Word-dokument" in caught.value.render("sv")


def test_profile_options_are_not_shared_with_the_parse_cache(tmp_path):
    from kommunlint.profile import load_profile

    path = tmp_path / "p.yaml"
    path.write_text("extends: hango\nrules:\n  personal-data/phone:\n    options: {extra_public_numbers: ['019 220 3211']}\n", encoding="utf-8")
    first = load_profile(str(path))
    first.settings("personal-data/phone").options["extra_public_numbers"].append("040 000 0000")
    assert load_profile(str(path)).settings("personal-data/phone").options["extra_public_numbers"] == ["019 220 3211"]
    from kommunlint.profile import Profile

    empty = Profile("x", "x.yaml")
    empty.settings("personal-data/phone").options["extra_public_numbers"] = ["1"]
    assert empty.rules == {}  # reading never writes into the profile
