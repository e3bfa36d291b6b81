"""The package's layering, checked from the source: detectors apart from rules, no
rule importing another, no import cycle (imports inside functions count too; only
``if TYPE_CHECKING:`` blocks are left out, since they never run)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kommunlint"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _imports(module: str) -> set[str]:
    """Modules of the package that ``module`` imports anywhere outside TYPE_CHECKING blocks."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skipped.update(id(sub) for sub in ast.walk(node))
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            name = ".".join(base + ([node.module] if node.module else [])) if node.level else node.module
            for alias in node.names:
                candidate = f"{name}.{alias.name}"
                found.add(candidate if candidate in MODULES else name)
    return {name for name in found if name in MODULES and name != module}


GRAPH = {module: _imports(module) for module in MODULES}


def _cycles() -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in GRAPH[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in GRAPH:
        if module not in index:
            visit(module)
    return found


def test_the_import_graph_is_read():
    # Guard against a checker that sees nothing: known edges must be there.
    assert "kommunlint.detect" in GRAPH["kommunlint.linter"]
    assert "kommunlint.rules" in GRAPH["kommunlint.rules.personal_data.phone"]


def test_no_import_cycle():
    assert _cycles() == []


def _is_rule_module(name: str) -> bool:
    return name.startswith("kommunlint.rules.") and not name.endswith("rules")


@pytest.mark.parametrize("module", sorted(m for m in MODULES if _is_rule_module(m)))
def test_a_rule_module_imports_no_other_rule(module):
    # A rule's group package may list its rules; a rule module itself never imports a rule.
    if MODULES[module].name == "__init__.py":
        return
    others = {m for m in GRAPH[module] if _is_rule_module(m)}
    assert others == set(), f"{module} imports {others}: share a detector instead"


@pytest.mark.parametrize("module", sorted(m for m in MODULES if m.startswith("kommunlint.detect")))
def test_detectors_do_not_import_rules_or_reports(module):
    bad = {m for m in GRAPH[module] if m.startswith(("kommunlint.rules", "kommunlint.report", "kommunlint.linter"))}
    assert bad == set()


def test_every_data_file_of_the_package_ships_in_the_wheel():
    """Each non-Python file inside ``kommunlint/`` matches a ``package-data`` glob of its
    package in pyproject.toml, so a clean install (CI, users) has it: a data file added
    without its glob works from a checkout and fails after ``pip install .``."""
    import fnmatch
    import tomllib

    root = Path(__file__).resolve().parent.parent
    setuptools = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    globs = setuptools["package-data"]
    packages = set(setuptools["packages"])
    missing = []
    for path in (root / "kommunlint").rglob("*"):
        if not path.is_file() or path.suffix in (".py", ".pyc") or "__pycache__" in path.parts:
            continue
        # The nearest enclosing package that is listed.
        parts = path.relative_to(root).parts[:-1]
        while parts and ".".join(parts) not in packages:
            parts = parts[:-1]
        package = ".".join(parts)
        inside = path.relative_to(root.joinpath(*parts)).as_posix()
        if not any(fnmatch.fnmatch(inside, pattern) for pattern in globs.get(package, [])):
            missing.append(f"{package}: {inside}")
    assert not missing, missing
