"""scripts/new_rule.py writes a rule that the registry loads, and refuses clashes."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "new_rule.py"


def _copy_repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copytree(ROOT / "kommunlint", root / "kommunlint", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "profiles", root / "profiles")
    (root / "tests").mkdir()
    shutil.copy(ROOT / "pyproject.toml", root / "pyproject.toml")
    return root


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True)


def test_new_group_and_rule_are_registered_and_load(tmp_path):
    root = _copy_repo(tmp_path)
    done = _run("sample/first", "--severity", "warning", "--root", str(root))
    assert done.returncode == 0, done.stderr
    assert (root / "kommunlint/rules/sample/first.py").exists()
    assert sorted(p.name for p in (root / "tests/fixtures/sample/first").iterdir()) == [
        "fail-fi-1.txt", "fail-sv-1.txt", "pass-fi-1.txt", "pass-sv-1.txt"]
    assert "kommunlint.rules.sample" in tomllib.loads((root / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    probe = (
        "from kommunlint.registry import get_rule, RULE_IDS; from kommunlint import messages;"
        "r = get_rule('sample/first'); print(r.id, r.severity, RULE_IDS[-1], messages.description('sample/first', 'fi'))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, env={"PYTHONPATH": str(root)})
    assert loaded.stdout.split() == ["sample/first", "warning", "sample/first", "TODO"], loaded.stderr


def test_second_rule_joins_the_group_after_the_first(tmp_path):
    root = _copy_repo(tmp_path)
    assert _run("sample/first", "--root", str(root)).returncode == 0
    assert _run("sample/second", "--root", str(root)).returncode == 0
    init = (root / "kommunlint/rules/sample/__init__.py").read_text()
    assert "RULES = [first, second]" in init
    registry = (root / "kommunlint/registry.py").read_text()
    assert registry.index('"sample/first"') < registry.index('"sample/second"')


def test_existing_id_or_bad_id_is_refused_with_exit_2(tmp_path):
    root = _copy_repo(tmp_path)
    clash = _run("signature/missing", "--root", str(root))
    assert clash.returncode == 2 and "exists already" in clash.stderr
    bad = _run("Tone/Shouting", "--root", str(root))
    assert bad.returncode == 2 and "group/name" in bad.stderr


def test_every_package_directory_is_shipped():
    # A rule group or detector package missing from pyproject.toml would be left out of the wheel.
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kommunlint").rglob("__init__.py")
    }
    assert on_disk <= listed, on_disk - listed
