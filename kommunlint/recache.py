"""Compiled regular expressions kept between runs, like Python's bytecode cache.

The detectors build large alternations from their vocabularies (``credit``,
``rumour``, ``advertising``, ``accusation``, ``roles``, ...). Parsing and compiling
them was most of what a cold ``kommunlint check`` of one post spent beyond its imports
(issue 15). :func:`compile` keeps what ``re`` compiles a pattern *to* -- the engine's
code, a list of integers, with its group names -- in one file per Python version and
regular-expression engine, and builds the pattern object from it directly on the next
run. The pattern object is the one ``re.compile`` would build from the same code, so
every match is the same; a changed vocabulary gives a new pattern text and so a new
entry.

The file is ``$KOMMUNLINT_CACHE_DIR`` or ``$XDG_CACHE_HOME/kommunlint`` or
``~/.cache/kommunlint``, ``re-<python>-<engine>.marshal`` (``marshal``, as for
``.pyc`` files: integers, strings, tuples and dicts only). ``KOMMUNLINT_CACHE_DIR=off``
turns it off. Anything unexpected -- no such file, an unwritable folder, a file from
another build, another Python whose ``re`` internals differ -- falls back to plain
``re.compile``: the cache can make a run faster, never different.
"""

from __future__ import annotations

import atexit
import builtins
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any, Callable

try:  # CPython's engine internals; another interpreter simply never uses the cache
    import _sre
    from re import _compiler, _parser

    _MAGIC = f"{sys.implementation.cache_tag}-{_sre.MAGIC}"
except (ImportError, AttributeError):  # pragma: no cover - not CPython 3.11+
    _sre = None
    _MAGIC = ""

#: Entries written at most. The detectors' patterns are a fixed set per vocabulary and
#: profile (a run over every example and fixture uses about 320); the bound keeps the
#: file small when vocabularies change between versions or a pattern is built from a
#: post's own words. Each write keeps the entries
#: this run used first, then the others in the order of the last write, so entries no
#: run has used for a while fall off the end (least recently used by write).
LIMIT = 800


class _Store:
    """One cache file of the process: for ``re``, pattern key ``(pattern, flags)`` ->
    the arguments of ``_sre.compile`` after the pattern (flags, code, groups,
    groupindex, indexgroup); for ``data``, a data file's name -> (its text, what it was
    read to). Read on first use, written at exit when this run added to it."""

    def __init__(self, kind: str = "re") -> None:
        self.kind = kind
        self.entries: dict | None = None
        self.used: set = set()
        self.dirty = False
        self.path: Path | None = None

    def load(self) -> dict:
        if self.entries is None:
            self.entries = {}
            # The file is chosen once, when first read: written back to the same one.
            self.path = path = _path(self.kind)
            if path is not None:
                try:
                    loaded = marshal.loads(path.read_bytes())
                    if isinstance(loaded, dict):
                        self.entries = loaded
                except (OSError, ValueError, EOFError, TypeError):
                    pass  # no cache yet, or a damaged one: compile afresh and rewrite it
            atexit.register(self.save)
        return self.entries

    def get(self, key):
        """The entry for ``key`` or ``None``. Entries are kept in the file as marshalled
        bytes each and decoded on first use: a run reads the few hundred it needs, not
        the whole file's engine code (loading every entry was most of a cold start)."""
        entries = self.load()
        self.used.add(key)
        held = entries.get(key)
        if isinstance(held, bytes):
            # Decoded for the caller only: the file's bytes stay the entry (what a write
            # keeps), and the decoded engine code (lists of ints, several times the size)
            # is not held for the rest of a long run (7 MB over 3,000 posts).
            try:
                held = marshal.loads(held)
            except (ValueError, EOFError, TypeError):
                held = None
        return held

    def _kept(self) -> dict:
        """The entries to write, each as marshalled bytes: this run's first, then the
        rest, :data:`LIMIT` at most."""
        entries = self.entries or {}
        kept = {}
        for key in entries:  # this run's first, at most LIMIT (a long run can use more)
            if key in self.used and len(kept) < LIMIT:
                kept[key] = entries[key]
        for key, value in entries.items():
            if len(kept) >= LIMIT:
                break
            kept.setdefault(key, value)
        return {key: value if isinstance(value, bytes) else marshal.dumps(value) for key, value in kept.items()}

    def save(self) -> None:
        """Write the cache when this run compiled patterns it did not hold (atomically: a
        two kommunlint runs may write at the same time, and the last one wins)."""
        path = self.path
        if not self.dirty or path is None or self.entries is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            import tempfile

            # mkstemp creates a new file (O_EXCL): never writes through a link left there.
            handle, partial = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(marshal.dumps(self._kept()))
                os.replace(partial, path)
            except BaseException:
                os.unlink(partial)
                raise
        except (OSError, ValueError):
            pass  # a read-only home or a full disk: the next run compiles again
        self.dirty = False


_STORE = _Store("re")
_DATA = _Store("data")


def _path(kind: str = "re") -> Path | None:
    """The cache file, or ``None`` when the cache is off or cannot be used."""
    if _sre is None:
        return None
    chosen = os.environ.get("KOMMUNLINT_CACHE_DIR")
    if chosen and chosen.lower() in ("off", "0", "no", "false"):
        return None
    if chosen:
        base = Path(chosen)
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "kommunlint"
    return base / f"{kind}-{_MAGIC}.marshal"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - same name as re.compile on purpose
    """``re.compile(pattern, flags)`` for a ``str`` pattern, from the cache when this
    pattern and these flags were compiled before by the same Python.

    Raises ``re.error`` for an invalid pattern, as ``re.compile`` does."""
    flags = int(flags)
    if _sre is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, flags)
    held = _STORE.get(key)
    entries = _STORE.entries
    if held is not None:
        try:
            return _sre.compile(pattern, *held)
        except (TypeError, ValueError, RuntimeError):
            pass  # an entry this engine does not take: compile it afresh below
    # What re._compiler.compile does, keeping the pieces it hands to _sre.compile.
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        # plain ints: the engine's opcodes are an int subclass that marshal cannot write
        code = [int(op) for op in code]
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        held = (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
        compiled = _sre.compile(pattern, *held)
    except re.error:
        raise
    except Exception:  # re internals not as expected: the plain way
        return re.compile(pattern, flags)
    if len(entries) < 2 * LIMIT:
        # Kept marshalled, as read from the file (a quarter of the memory of the lists),
        # and no more than a write can keep: a long run compiles a pattern for many
        # posts' offensive phrases, and they must not pile up for the whole run.
        entries[key] = marshal.dumps(held)
        _STORE.dirty = True
    return compiled


def data(name: str, text: str, read: Callable[[str], Any]) -> Any:
    """``read(text)``, or what it gave when a run of the same Python read this very
    ``text`` under this ``name`` before (the detectors' YAML vocabularies: parsing them
    was a tenth of a cold run). Values that ``marshal`` cannot keep (dates, say) are
    simply read every time. Exceptions of ``read`` propagate."""
    if _sre is None:
        return read(text)
    held = _DATA.get(name)
    entries = _DATA.entries
    if isinstance(held, tuple) and len(held) == 2 and held[0] == text:
        return held[1]
    value = read(text)
    try:
        marshal.dumps(value)
    except ValueError:
        return value
    entries[name] = (text, value)
    _DATA.dirty = True
    return value


# -- dataclasses' generated methods ------------------------------------------------------
# ``dataclasses`` writes each class's __init__, __repr__, __eq__, __hash__ (and, frozen,
# __setattr__/__delattr__) as source text and compiles it with ``exec``: for the 50 or so
# dataclasses a run defines, a tenth of a cold ``kommunlint check``. The compiled code
# depends only on that text, so it is kept like the patterns, as ``marshal`` keeps a .pyc.
try:
    from importlib._bootstrap_external import MAGIC_NUMBER as _BYTECODE
except ImportError:  # pragma: no cover - not CPython
    _BYTECODE = None
_CODE = _Store("code-" + _BYTECODE.hex() if _BYTECODE else "code")
#: The local names of the ``dataclasses._create_fn`` that :func:`_create_fn` restates
#: (CPython 3.11 and 3.12); another Python keeps its own.
_CREATE_FN_NAMES = ("name", "args", "body", "globals", "locals", "return_type", "return_annotation", "txt", "local_vars", "ns")


def cache_dataclass_code() -> None:
    """Make ``dataclasses`` take the compiled code of kommunlint's own classes' methods
    from the cache (other modules' classes are built as before). Does nothing where
    ``dataclasses._create_fn`` is not the one :func:`_create_fn` restates. Idempotent."""
    import dataclasses

    original = getattr(dataclasses, "_create_fn", None)
    if _sre is None or _BYTECODE is None or original is None or getattr(original, "_kommunlint", False):
        return
    if original.__code__.co_varnames != _CREATE_FN_NAMES:
        return
    missing = dataclasses.MISSING

    def create_fn(name, args, body, *, globals=None, locals=None, return_type=missing):
        if not str((globals or {}).get("__name__", "")).startswith("kommunlint"):
            return original(name, args, body, globals=globals, locals=locals, return_type=return_type)
        return _create_fn(name, args, body, globals, locals, return_type, missing)

    create_fn._kommunlint = True
    create_fn._original = original
    dataclasses._create_fn = create_fn


def _create_fn(name, args, body, globals, locals, return_type, missing):
    """``dataclasses._create_fn`` of CPython 3.11/3.12, line for line, but for compiling
    the text: the code object comes from the cache when this text was compiled before."""
    if locals is None:
        locals = {}
    return_annotation = ""
    if return_type is not missing:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    args = ",".join(args)
    body = "\n".join(f"  {b}" for b in body)
    txt = f" def {name}({args}){return_annotation}:\n{body}"
    local_vars = ", ".join(locals.keys())
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    code = _CODE.get(txt)
    if type(code) is not type(_create_fn.__code__):
        # What exec(txt) compiles in dataclasses.py, which has no __future__ import: this
        # module's own (annotations) must not be inherited. (Its compile is re's.)
        code = builtins.compile(txt, "<string>", "exec", dont_inherit=True)
        _CODE.entries[txt] = code
        _CODE.dirty = True
    ns: dict = {}
    exec(code, globals, ns)
    return ns["__create_fn__"](**locals)
