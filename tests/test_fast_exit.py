"""The command line's exit without the interpreter's teardown (``cli._exit_now``, issue 15).

Run as the program (``python -m kommunlint``, the ``kommunlint`` console script) a
check ends with ``os._exit`` after the ``atexit`` handlers and a flush of the standard
streams; called from other code, ``main()`` raises ``SystemExit`` as before.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

POST = "---\nprofile: hango\n---\nRing min granne Sven Andersson på 070-123 45 67.\n"
CLEAN = "---\nprofile: norsjo\n---\nBiblioteket har öppet till klockan 19 i kväll.\n\nAnna Berg, kommunikatör\n"

#: Written at the top of each program: an object whose ``__del__`` says so, which only
#: the interpreter's teardown calls (nothing else drops the module's reference), and an
#: ``atexit`` handler, which both exits must run.
PROBE = textwrap.dedent(
    """
    import atexit, sys
    class _Probe:
        def __del__(self):
            sys.stderr.write("teardown\\n")
    _probe = _Probe()
    atexit.register(lambda: sys.stderr.write("atexit\\n"))
    """
)


def _run(program: str, args: list[str], tmp_path: Path, name: str) -> subprocess.CompletedProcess:
    script = tmp_path / name
    script.write_text(PROBE + program, encoding="utf-8")
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "KOMMUNLINT_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, env=env, cwd=tmp_path)


def _post(tmp_path: Path, text: str, name: str = "post.md") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


#: What pip writes as the ``kommunlint`` console script.
CONSOLE_SCRIPT = textwrap.dedent(
    """
    import re
    from kommunlint.cli import main
    if __name__ == "__main__":
        sys.argv[0] = re.sub(r"(-script\\.pyw|\\.exe)?$", "", sys.argv[0])
        sys.exit(main())
    """
)


def test_console_script_skips_the_teardown_and_keeps_the_exit_code(tmp_path):
    done = _run(CONSOLE_SCRIPT, ["check", "--format", "json", _post(tmp_path, POST)], tmp_path, "kommunlint")
    assert done.returncode == 1  # a finding at or above the default --fail-on
    assert done.stderr.splitlines() == ["atexit"]  # the handlers ran, the teardown did not
    rules = [f["rule"] for r in json.loads(done.stdout)["files"] for f in r["findings"]]
    assert "personal-data/phone" in rules
    # recache's own atexit handler wrote the patterns this run compiled
    assert any((tmp_path / "cache").glob("re-*.idx"))


def test_console_script_exit_code_zero_for_a_clean_post(tmp_path):
    done = _run(CONSOLE_SCRIPT, ["check", "--format", "json", _post(tmp_path, CLEAN)], tmp_path, "kommunlint")
    assert done.returncode == 0
    assert done.stderr.splitlines() == ["atexit"]
    assert json.loads(done.stdout)["files"][0]["findings"] == []


#: The same probe for ``python -m kommunlint``, loaded by ``site`` at start-up.
SITE_PROBE = textwrap.dedent(
    """
    import atexit, os
    class _Probe:
        def __del__(self, write=os.write):
            write(2, b"teardown\\n")
    _probe = _Probe()
    atexit.register(lambda write=os.write: write(2, b"atexit\\n"))
    """
)


def _run_m(prefix: list[str], args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    site = tmp_path / "site"
    site.mkdir(exist_ok=True)
    (site / "sitecustomize.py").write_text(SITE_PROBE, encoding="utf-8")
    env = {"PYTHONPATH": f"{site}:{ROOT}", "PATH": "/usr/bin:/bin", "KOMMUNLINT_CACHE_DIR": str(tmp_path / "cache"), "NO_COLOR": "1"}
    return subprocess.run([sys.executable, *prefix, "-m", "kommunlint", *args], capture_output=True, text=True, env=env, cwd=tmp_path)


def test_python_m_kommunlint_skips_the_teardown(tmp_path):
    done = _run_m([], ["check", "--format", "json", _post(tmp_path, POST)], tmp_path)
    assert done.returncode == 1
    assert done.stderr.splitlines() == ["atexit"]
    assert json.loads(done.stdout)["files"][0]["findings"]


def test_under_a_profiler_the_ordinary_exit(tmp_path):
    # cProfile writes its statistics after main() returns: they must not be lost
    stats = tmp_path / "check.prof"
    done = _run_m(["-m", "cProfile", "-o", str(stats)], ["check", "--format", "json", _post(tmp_path, POST)], tmp_path)
    assert done.returncode == 0  # cProfile's own: it catches the SystemExit
    assert json.loads(done.stdout)["files"][0]["findings"]
    assert stats.stat().st_size > 0
    assert done.stderr.splitlines() == ["atexit", "teardown"]


def test_other_callers_get_system_exit_and_the_ordinary_exit(tmp_path):
    program = textwrap.dedent(
        """
        from kommunlint.cli import main
        sys.argv = ["kommunlint", *sys.argv[1:]]
        try:
            main()
        except SystemExit as exc:
            print("caught", exc.code)
        """
    )
    done = _run(program, ["check", "--format", "sarif", _post(tmp_path, POST)], tmp_path, "caller.py")
    assert done.returncode == 0  # the caller went on and ended normally
    assert done.stdout.rstrip().endswith("caught 1")
    assert done.stderr.splitlines() == ["atexit", "teardown"]


def test_a_usage_error_keeps_the_ordinary_exit(tmp_path):
    done = _run(CONSOLE_SCRIPT, ["check", "--no-such-option"], tmp_path, "kommunlint")
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert lines[0].startswith("kommunlint: ") and "--no-such-option" in lines[0]
    assert lines[1:] == ["atexit", "teardown"]
