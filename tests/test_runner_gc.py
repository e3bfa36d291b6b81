"""The cyclic garbage collector around a run (``runner._collector_after_first``, issue 15):
off while the first file loads what every file needs, on (with that frozen) for the
others, and as the caller had it after the run."""

from __future__ import annotations

import gc

import pytest

from kommunlint import runner
from kommunlint.linter import Options
from kommunlint.runner import Job

POSTS = [
    "---\nprofile: norsjo\n---\nBiblioteket har öppet till klockan 19 i kväll.\n\nAnna Berg, kommunikatör\n",
    "---\nprofile: norsjo\n---\nRing min granne Sven Andersson på 070-123 45 67.\n",
    "---\nprofile: norsjo\n---\nSimhallen stänger för underhåll vecka 32.\n",
]


@pytest.fixture()
def files(tmp_path):
    paths = []
    for i, text in enumerate(POSTS):
        path = tmp_path / f"post-{i}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture()
def collector():
    """Restores the collector's state whatever a test did to it."""
    enabled = gc.isenabled()
    yield
    if gc.get_freeze_count():
        gc.unfreeze()
    (gc.enable if enabled else gc.disable)()


def _run_watching(files, monkeypatch):
    """Run the three files with the pool off; return (path, collector on?, frozen count) per file."""
    seen = []
    check = Job.check

    def watched(self, path, source=None):
        seen.append((path, gc.isenabled(), gc.get_freeze_count()))
        return check(self, path, source)

    monkeypatch.setattr(Job, "check", watched)
    monkeypatch.setenv("KOMMUNLINT_JOBS", "1")
    results = runner.run(Job({}, Options()), files, on_input_error=lambda error: None)
    return seen, results


def test_first_file_without_collector_then_frozen_and_on(files, monkeypatch, collector):
    gc.enable()
    seen, results = _run_watching(files, monkeypatch)
    assert [path for path, _, _ in seen] == files
    assert seen[0][1:] == (False, 0)
    assert all(enabled and frozen > 0 for _, enabled, frozen in seen[1:])
    # afterwards: on, nothing frozen
    assert gc.isenabled() and gc.get_freeze_count() == 0
    phones = [f.rule for f in results[1].findings if f.rule == "personal-data/phone"]
    assert phones == ["personal-data/phone"]
    assert [f.rule for f in results[0].findings] == []


def test_collector_left_off_when_the_caller_turned_it_off(files, monkeypatch, collector):
    gc.disable()
    seen, _ = _run_watching(files, monkeypatch)
    assert all(not enabled and frozen == 0 for _, enabled, frozen in seen)
    assert not gc.isenabled() and gc.get_freeze_count() == 0


def test_callers_own_freeze_is_not_undone(files, monkeypatch, collector):
    gc.enable()
    gc.freeze()
    seen, _ = _run_watching(files, monkeypatch)
    assert all(enabled for _, enabled, _ in seen)  # theirs to manage: the collector stays on
    # still frozen (objects freed since leave the count, unfreeze would empty it)
    assert gc.isenabled() and gc.get_freeze_count() > 0


def test_collector_back_on_when_the_first_file_fails(tmp_path, monkeypatch, collector):
    gc.enable()
    errors = []
    missing = str(tmp_path / "missing.md")
    monkeypatch.setenv("KOMMUNLINT_JOBS", "1")
    assert runner.run(Job({}, Options()), [missing], on_input_error=errors.append) == []
    assert [e.key for e in errors] and errors[0].path == missing
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_collector_back_on_when_checking_raises(files, monkeypatch, collector):
    gc.enable()

    def broken(self, path, source=None):
        raise RuntimeError("boom")

    monkeypatch.setattr(Job, "check", broken)
    monkeypatch.setenv("KOMMUNLINT_JOBS", "1")
    with pytest.raises(RuntimeError):
        runner.run(Job({}, Options()), files, on_input_error=lambda error: None)
    assert gc.isenabled() and gc.get_freeze_count() == 0
