"""The compiled-pattern cache (kommunlint/recache.py): a pattern built from the cache is
the one ``re.compile`` builds, and a missing, damaged or disabled cache changes nothing."""

from __future__ import annotations

import re

import pytest

from kommunlint import recache

PATTERNS = [
    (r"(?<!\w)(?:lånad\w*\s+bild|kuva\s+(?P<who>[A-ZÅÄÖ]\w+))", re.I),
    (r"(?m:^[ \t]*[–—][ \t]*(?P<name>\w+)[ \t]*$)|(?i:foto)\s+(?P<who2>\w+)", 0),
    (r"(?i)ovan\s?nämnda?|kyseis\w*", 0),
    (r"\b\d{3}\s?\d{2}\b", re.ASCII),
]
TEXT = "Lånad bild. Kuva Matti Virtanen\n – Anna \nFoto Berg, ovannämnda kyseiset 123 45"


@pytest.fixture()
def store(tmp_path, monkeypatch):
    """A fresh cache in a temporary folder, read anew as by a new process."""
    monkeypatch.setenv("KOMMUNLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(recache, "_STORE", recache._Store())
    recache._short.cache_clear()
    return tmp_path


def _fresh_process(monkeypatch):
    recache._STORE.save()
    monkeypatch.setattr(recache, "_STORE", recache._Store())
    recache._short.cache_clear()


def _same(pattern: re.Pattern[str], source: str, flags: int) -> None:
    plain = re.compile(source, flags)
    assert pattern == plain  # same pattern text, flags and engine code
    assert pattern.groupindex == plain.groupindex and pattern.groups == plain.groups
    assert [m.span() for m in pattern.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
    assert [m.groupdict() for m in pattern.finditer(TEXT)] == [m.groupdict() for m in plain.finditer(TEXT)]


def test_a_pattern_from_the_cache_is_the_one_re_compiles(store, monkeypatch):
    for source, flags in PATTERNS:
        _same(recache.compile(source, flags), source, flags)
    _fresh_process(monkeypatch)
    files = list(store.glob("re-*.idx"))
    assert len(files) == 1
    assert {key for key, _ in recache._STORE.items()} == {(source, int(flags)) for source, flags in PATTERNS}
    for source, flags in PATTERNS:
        _same(recache.compile(source, flags), source, flags)
    assert recache._STORE.dirty is False  # all from the cache: nothing to write


def test_entries_no_run_uses_fall_off_the_end(store, monkeypatch):
    # A vocabulary that changed between versions leaves its old patterns behind: each
    # write keeps this run's patterns first and at most LIMIT entries in all, so the
    # file cannot grow without bound and new patterns are always kept. A run that uses
    # more than LIMIT (a long run compiles patterns for many posts' phrases) keeps the
    # first LIMIT it used: the file does not grow with the length of a run.
    monkeypatch.setattr(recache, "LIMIT", 5)
    for n in range(8):
        recache.compile(rf"old{n}\w+")
    _fresh_process(monkeypatch)
    held = [key for key, _ in recache._STORE.items()]
    assert held == [(rf"old{n}\w+", 0) for n in range(5)]
    for n in range(3):
        recache.compile(rf"new{n}\w+")
    recache.compile(r"old4\w+")  # used again: kept ahead of the older ones
    _fresh_process(monkeypatch)
    held = [key for key, _ in recache._STORE.items()]
    assert held[:4] == [(r"old4\w+", 0), (r"new0\w+", 0), (r"new1\w+", 0), (r"new2\w+", 0)]
    assert len(held) == 5 and held[4] == (r"old0\w+", 0)


def test_a_damaged_cache_is_compiled_afresh(store, monkeypatch):
    source, flags = PATTERNS[0]
    recache.compile(source, flags)
    _fresh_process(monkeypatch)
    path = next(store.glob("re-*.idx"))
    path.write_bytes(b"not a cache file")
    _same(recache.compile(source, flags), source, flags)
    _fresh_process(monkeypatch)
    good = path.read_bytes()
    for damaged in (good[:-3], good[:len(good) // 2] + good[len(good) // 2 + 5:], b"\0" * 40 + good[-16:]):
        path.write_bytes(damaged)  # cut short, a piece missing, an index pointing nowhere
        monkeypatch.setattr(recache, "_STORE", recache._Store())
        recache._short.cache_clear()
        _same(recache.compile(source, flags), source, flags)
    _fresh_process(monkeypatch)
    # an entry whose engine code is wrong is refused by the engine and compiled afresh
    recache._STORE.put((source, int(flags)), (int(flags | re.UNICODE), [1, 2, 3], 0, {}, (None,)))
    _fresh_process(monkeypatch)
    assert [value[1] for _, value in recache._STORE.items()] == [[1, 2, 3]]
    _same(recache.compile(source, flags), source, flags)
    assert recache._STORE.dirty  # the entry is replaced by the next write


def test_a_run_reads_only_the_entries_it_uses(store, monkeypatch):
    for source, flags in PATTERNS:
        recache.compile(source, flags)
    _fresh_process(monkeypatch)
    source, flags = PATTERNS[2]
    _same(recache.compile(source, flags), source, flags)
    # one entry read (its offset noted), nothing of the file's entries held
    assert len(recache._STORE.used) == 1 and recache._STORE.new == {}
    assert len(recache._STORE.order) == len(PATTERNS)


def test_keys_whose_crc_collide_are_told_apart(store, monkeypatch):
    import types
    import zlib

    # Every key gets the same crc: the key bytes kept beside each entry decide.
    monkeypatch.setattr(recache, "zlib", types.SimpleNamespace(crc32=lambda data: 7))
    for source, flags in PATTERNS:
        recache.compile(source, flags)
    _fresh_process(monkeypatch)
    assert list(recache._STORE.load()) == [7]
    for source, flags in reversed(PATTERNS):
        _same(recache.compile(source, flags), source, flags)
    assert recache._STORE.dirty is False
    assert zlib.crc32(b"x") != 7


def test_off_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("KOMMUNLINT_CACHE_DIR", "off")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(recache, "_STORE", recache._Store())
    source, flags = PATTERNS[1]
    _same(recache.compile(source, flags), source, flags)
    recache._STORE.save()
    assert not list(tmp_path.rglob("*"))


def test_a_short_pattern_is_built_once_per_process(store, monkeypatch):
    reads = []
    get = recache._STORE.get
    monkeypatch.setattr(recache._STORE, "get", lambda key: reads.append(key) or get(key))
    first = recache.compile(r"[\w\-]", 0)
    assert recache.compile(r"[\w\-]", 0) is first and len(reads) == 1
    long = "(?:" + "|".join(f"word{n}" for n in range(30)) + ")"
    assert len(long) > recache.SHORT
    assert recache.compile(long) == recache.compile(long) and len(reads) == 3  # long: each through the store
    assert recache._short.cache_info().maxsize == 256  # the last 256 only
    with pytest.raises(re.error):
        recache.compile(r"(?P<x>a", 0)
    with pytest.raises(re.error):  # an invalid pattern is not kept: raised again
        recache.compile(r"(?P<x>a", 0)


def test_an_invalid_pattern_raises_as_re_does(store):
    with pytest.raises(re.error):
        recache.compile(r"(?P<x>a", 0)


def test_every_detector_pattern_from_the_cache_equals_re_compile(tmp_path):
    """Checks the examples in a fresh process with an empty cache, then every entry it wrote."""
    import _sre
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "KOMMUNLINT_CACHE_DIR": str(tmp_path), "PYTHONPATH": str(root), "KOMMUNLINT_JOBS": "1"}
    done = subprocess.run([sys.executable, "-m", "kommunlint", "check", "--format", "json", str(root / "examples")],
                          env=env, capture_output=True, cwd=root)
    assert done.returncode in (0, 1), done.stderr[-500:]
    assert len(list(tmp_path.glob("re-*.idx"))) == 1
    previous = os.environ.get("KOMMUNLINT_CACHE_DIR")
    os.environ["KOMMUNLINT_CACHE_DIR"] = str(tmp_path)
    try:
        held = list(recache._Store("re").items())
    finally:
        if previous is None:
            del os.environ["KOMMUNLINT_CACHE_DIR"]
        else:
            os.environ["KOMMUNLINT_CACHE_DIR"] = previous
    assert len(held) > 50
    for (source, flags), args in held:
        assert _sre.compile(source, *args) == re.compile(source, flags), source[:80]


def test_data_is_read_again_when_its_text_changes(tmp_path, monkeypatch):
    import datetime

    monkeypatch.setenv("KOMMUNLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(recache, "_DATA", recache._Store("data"))
    calls = []

    def read(text):
        calls.append(text)
        return {"words": text.split()}

    assert recache.data("x.yaml", "a b", read) == {"words": ["a", "b"]}
    recache._DATA.save()
    monkeypatch.setattr(recache, "_DATA", recache._Store("data"))
    assert recache.data("x.yaml", "a b", read) == {"words": ["a", "b"]}
    assert calls == ["a b"]  # the second run took it from the file
    assert recache.data("x.yaml", "a c", read) == {"words": ["a", "c"]}
    assert calls == ["a b", "a c"]
    # a value marshal cannot keep is read every time, and still returned
    day = datetime.date(2026, 1, 1)
    assert recache.data("d.yaml", "d", lambda text: {"day": day}) == {"day": day}
    assert b"sd.yaml" not in recache._DATA.new


def test_vocabularies_read_through_the_cache_equal_the_yaml(tmp_path, monkeypatch):
    import yaml

    from kommunlint.detect import vocabulary

    monkeypatch.setenv("KOMMUNLINT_CACHE_DIR", str(tmp_path))
    data_dir = vocabulary.resources.files("kommunlint.detect").joinpath("data")
    names = sorted(p.name[:-5] for p in data_dir.iterdir() if p.name.endswith(".yaml"))
    for round_ in range(2):  # the first fills the cache, the second reads from it
        monkeypatch.setattr(recache, "_DATA", recache._Store("data"))
        vocabulary.load.cache_clear()
        for name in names:
            text = data_dir.joinpath(f"{name}.yaml").read_text(encoding="utf-8")
            assert vocabulary.load(name) == (yaml.safe_load(text) or {}), name
        recache._DATA.save()
    vocabulary.load.cache_clear()


def test_saving_never_writes_through_a_link_in_the_cache_folder(store, monkeypatch, tmp_path_factory):
    """The cache is written to a new temporary file and renamed over the old one, so a
    link planted in the folder (at the old predictable temporary name, or as the cache
    file itself) is replaced, and the file it points at is left alone."""
    import os

    outside = tmp_path_factory.mktemp("outside") / "victim.txt"
    outside.write_text("keep me\n")
    source, flags = PATTERNS[0]
    recache.compile(source, flags)
    path = recache._STORE.path
    path.parent.mkdir(parents=True, exist_ok=True)
    os.symlink(outside, path.with_name(f"{path.name}.{os.getpid()}.tmp"))
    os.symlink(outside, path)
    _fresh_process(monkeypatch)
    assert outside.read_text() == "keep me\n"
    assert not path.is_symlink() and (source, int(flags)) in [key for key, _ in recache._STORE.items()]


_KEYS_OF_A_RUN = """
import io, contextlib, sys
from kommunlint import recache
keys = set()
compile_ = recache.compile
def compile(pattern, flags=0):
    keys.add(repr((pattern, int(flags))))
    return compile_(pattern, flags)
recache.compile = compile
from kommunlint.cli import main
sys.argv = ["kommunlint", "check", "--format", "json", *sys.argv[1:]]
with contextlib.redirect_stdout(io.StringIO()):
    try:
        main()
    except SystemExit:
        pass
print("\\n".join(sorted(keys)))
"""


def test_pattern_texts_do_not_depend_on_the_hash_seed(tmp_path):
    # A pattern whose text changes with the order of a set (str hashes differ per
    # process) misses the cache in every run and makes every run rewrite the file.
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONPATH": str(root), "PYTHONHASHSEED": seed, "KOMMUNLINT_CACHE_DIR": "off", "KOMMUNLINT_JOBS": "1"}
        done = subprocess.run([sys.executable, "-c", _KEYS_OF_A_RUN, str(root / "examples"), str(root / "tests" / "fixtures" / "signature")],
                              capture_output=True, text=True, env=env, cwd=tmp_path)
        runs.append(set(done.stdout.splitlines()))
    assert len(runs[0]) > 100
    assert runs[0] == runs[1]


def _define_dataclasses(module_name: str):
    """Two dataclasses (one frozen, with defaults and a factory) defined in a module
    called ``module_name``, as a kommunlint module would."""
    import dataclasses
    import sys
    import types

    module = types.ModuleType(module_name)
    sys.modules[module_name] = module
    try:
        exec(
            "from dataclasses import dataclass, field\n"
            "@dataclass(frozen=True)\nclass Hit:\n    start: int\n    end: int\n    kind: str = 'x'\n"
            "@dataclass\nclass Bag:\n    items: list = field(default_factory=list)\n    n: int = 0\n",
            module.__dict__,
        )
        return module.Hit, module.Bag
    finally:
        del sys.modules[module_name]
    assert dataclasses  # imported for the exec'd text


def _methods(cls) -> dict:
    return {name: getattr(cls, name).__code__ for name in ("__init__", "__repr__", "__eq__") if hasattr(getattr(cls, name), "__code__")}


def test_dataclass_methods_from_the_cache_are_the_compiled_ones(store, monkeypatch):
    import dataclasses

    monkeypatch.setattr(recache, "_CODE", recache._Store(recache._CODE.kind))
    recache.cache_dataclass_code()
    assert getattr(dataclasses._create_fn, "_kommunlint", False)
    first = _define_dataclasses("kommunlint._recache_probe")  # compiled and kept
    recache._CODE.save()
    monkeypatch.setattr(recache, "_CODE", recache._Store(recache._CODE.kind))
    cached = _define_dataclasses("kommunlint._recache_probe")  # read back from the file
    assert recache._CODE.dirty is False and recache._CODE.used
    # What dataclasses itself builds (a module outside kommunlint never uses the cache).
    plain = _define_dataclasses("elsewhere_probe")
    for a, b, c in zip(first, cached, plain):
        assert _methods(a) == _methods(b) == _methods(c)
    Hit, Bag = cached
    assert Hit(1, 2) == Hit(1, 2, "x") and repr(Hit(1, 2)) == "Hit(start=1, end=2, kind='x')"
    with pytest.raises(dataclasses.FrozenInstanceError):
        Hit(1, 2).start = 3
    assert Bag().items == [] and Bag().items is not Bag().items
