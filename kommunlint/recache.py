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
``~/.cache/kommunlint``, ``re-<python>-<engine>.idx`` (each entry ``marshal``led, as
for ``.pyc`` files: integers, strings, tuples and dicts only, behind an index of where
each entry is, so that a run reads only the entries it uses). ``KOMMUNLINT_CACHE_DIR=off``
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
import zlib
from functools import lru_cache
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


#: The file's last 16 bytes: where its index starts (8 bytes, little-endian), then this.
_TRAILER = b"KLRCIDX1"


def _key_bytes(key) -> bytes:
    """A store key as the exact bytes kept in the file beside its entry: a ``str`` (a
    data file's name, a dataclass method's text) or a ``(pattern, flags)`` pair. Not
    ``marshal.dumps``: marshal writes an equal string differently by its reference count."""
    if isinstance(key, str):
        return b"s" + key.encode("utf-8", "surrogatepass")
    pattern, flags = key
    return b"r%d:" % flags + pattern.encode("utf-8", "surrogatepass")


def _key_of(raw: bytes):
    """The key :func:`_key_bytes` wrote as ``raw`` (for tests and inspection)."""
    if raw[:1] == b"s":
        return raw[1:].decode("utf-8", "surrogatepass")
    flags, _, pattern = raw[1:].partition(b":")
    return (pattern.decode("utf-8", "surrogatepass"), int(flags))


def _pread(fd: int, size: int, offset: int) -> bytes:
    """Up to ``size`` bytes of ``fd`` from byte ``offset`` (fewer at the end of the
    file). Raises ``OSError`` as ``os.pread`` does."""
    if hasattr(os, "pread"):  # no shared file position: safe in forked pool workers
        return os.pread(fd, size, offset)
    os.lseek(fd, offset, os.SEEK_SET)  # pragma: no cover - Windows (no fork there)
    return os.read(fd, size)


class _Store:
    """One cache file of the process: for ``re``, pattern key ``(pattern, flags)`` ->
    the arguments of ``_sre.compile`` after the pattern (flags, code, groups,
    groupindex, indexgroup); for ``data``, a data file's name -> (its text, what it was
    read to); for ``code``, a dataclass method's source text -> its code object.

    The file is its entries back to back (each the key's bytes, :func:`_key_bytes`,
    then the value ``marshal``led), then an index (``marshal``: a list of
    ``(crc32 of the key bytes, offset, key length, value length)`` in the order of the
    entries), then :data:`_TRAILER`'s 16 bytes. A run reads the index (20 KB for 800
    patterns) and then only the entries it asks for, each with one ``pread`` of the
    file it opened first; the key read back is compared with the key asked for, so a
    crc collision is only a miss. Reading the whole file and holding it (9 MB for the
    800 patterns a shared machine's runs compiled) was the largest part of a long
    run's memory that did not come from its posts (issue 15). The file is opened on
    first use and written at exit when this run added to it."""

    def __init__(self, kind: str = "re") -> None:
        self.kind = kind
        #: the file's index: crc32 of a key -> [(offset, key length, value length), ...]
        self.index: dict[int, list] | None = None
        #: the file's entries in their order: (offset, key length, value length)
        self.order: list[tuple[int, int, int]] = []
        #: offsets of the file's entries this run used (read or replaced)
        self.used: set[int] = set()
        #: entries this run added or replaced, key bytes -> marshalled value (what a write keeps)
        self.new: dict[bytes, bytes] = {}
        self.dirty = False
        self.path: Path | None = None
        self.fd: int | None = None

    def load(self) -> dict:
        """Open the file and read its index (once; a missing or damaged file is an empty one)."""
        if self.index is None:
            self.index = {}
            # The file is chosen once, when first read: written back to the same one.
            self.path = path = _path(self.kind)
            if path is not None:
                try:
                    self.fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
                    self._read_index()
                except (OSError, ValueError, EOFError, TypeError):
                    self.index, self.order = {}, []  # no cache yet, or a damaged one: compile afresh and rewrite it
            atexit.register(self.save)
        return self.index

    def _read_index(self) -> None:
        fd = self.fd
        size = os.fstat(fd).st_size
        if size < 16:
            raise ValueError("no index")
        trailer = _pread(fd, 16, size - 16)
        start = int.from_bytes(trailer[:8], "little")
        if trailer[8:] != _TRAILER or not 0 <= start <= size - 16:
            raise ValueError("not a kommunlint cache file")
        entries = marshal.loads(_pread(fd, size - 16 - start, start))
        index: dict[int, list] = {}
        order = []
        for crc, offset, key_size, value_size in entries:
            if not (isinstance(offset, int) and isinstance(key_size, int) and isinstance(value_size, int)
                    and 0 <= offset and 0 < key_size and 0 <= value_size and offset + key_size + value_size <= start):
                raise ValueError("bad index entry")
            index.setdefault(crc, []).append((offset, key_size, value_size))
            order.append((offset, key_size, value_size))
        self.index, self.order = index, order

    def _raw(self, key_bytes: bytes) -> tuple[int | None, bytes | None]:
        """(offset, marshalled value) of the file's entry for these key bytes, or (None, None)."""
        index = self.load()
        for offset, key_size, value_size in index.get(zlib.crc32(key_bytes), ()):
            if key_size != len(key_bytes):
                continue
            try:
                raw = _pread(self.fd, key_size + value_size, offset)
            except OSError:
                return None, None
            if raw[:key_size] == key_bytes and len(raw) == key_size + value_size:
                return offset, raw[key_size:]
        return None, None

    def get(self, key):
        """The entry for ``key`` or ``None`` (also for an entry that does not decode).
        Decoded for the caller only: nothing of it is held for the rest of the run."""
        key_bytes = _key_bytes(key)
        held = self.new.get(key_bytes)
        if held is None:
            offset, held = self._raw(key_bytes)
            if offset is None:
                return None
            self.used.add(offset)
        try:
            return marshal.loads(held)
        except (ValueError, EOFError, TypeError):
            return None

    def put(self, key, value) -> None:
        """Keep ``value`` (marshalled now) for ``key``, to be written at exit. At most
        :data:`LIMIT` new entries are held: a write keeps no more than that, and a long
        run that compiles a pattern for many posts' offensive phrases must not pile them
        up for the whole run. Raises ``ValueError`` for a value ``marshal`` cannot keep."""
        self.load()
        key_bytes = _key_bytes(key)
        if key_bytes not in self.new and len(self.new) >= LIMIT:
            return
        self.new[key_bytes] = marshal.dumps(value)
        self.dirty = True

    def _kept(self):
        """The entries to write, (key bytes, marshalled value) each, :data:`LIMIT` at
        most: this run's first (the file's it used, in the file's order, with what this
        run replaced, then the ones it added), then the file's others in their order."""
        new = dict(self.new)
        count = 0

        def old(entry):
            offset, key_size, value_size = entry
            try:
                raw = _pread(self.fd, key_size + value_size, offset)
            except OSError:
                return None
            if len(raw) != key_size + value_size:
                return None
            key_bytes = raw[:key_size]
            return key_bytes, new.pop(key_bytes, None) or raw[key_size:]

        for entry in self.order:
            if entry[0] in self.used and count < LIMIT:
                item = old(entry)
                if item is not None:
                    count += 1
                    yield item
        for key_bytes in list(new):
            if count >= LIMIT:
                return
            count += 1
            yield key_bytes, new.pop(key_bytes)
        for entry in self.order:
            if count >= LIMIT:
                return
            if entry[0] not in self.used:
                item = old(entry)
                if item is not None and item[0] not in self.new:
                    count += 1
                    yield item

    def items(self):
        """Every entry of the file as it is now, ``(key, value)`` decoded, in its order
        (for tests and inspection; an entry that does not decode is left out)."""
        self.load()
        for offset, key_size, value_size in self.order:
            raw = _pread(self.fd, key_size + value_size, offset)
            try:
                yield _key_of(raw[:key_size]), marshal.loads(raw[key_size:])
            except (ValueError, EOFError, TypeError, UnicodeDecodeError):
                continue

    def save(self) -> None:
        """Write the cache when this run added to it (atomically: two kommunlint runs
        may write at the same time, and the last one wins), then read it anew."""
        path = self.path
        if not self.dirty or path is None or self.index is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            import tempfile

            # mkstemp creates a new file (O_EXCL): never writes through a link left there.
            handle, partial = tempfile.mkstemp(prefix=f"{path.name}.", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(handle, "wb") as out:
                    position, index = 0, []
                    for key_bytes, value in self._kept():
                        out.write(key_bytes)
                        out.write(value)
                        index.append((zlib.crc32(key_bytes), position, len(key_bytes), len(value)))
                        position += len(key_bytes) + len(value)
                    out.write(marshal.dumps(index))
                    out.write(position.to_bytes(8, "little") + _TRAILER)
                os.replace(partial, path)
            except BaseException:
                os.unlink(partial)
                raise
        except (OSError, ValueError):
            pass  # a read-only home or a full disk: the next run compiles again
        self.close()

    def close(self) -> None:
        """Forget what was read and added: the next use opens the file anew."""
        if self.fd is not None:
            try:
                os.close(self.fd)
            except OSError:
                pass
        self.fd, self.index, self.order = None, None, []
        self.used, self.new, self.dirty = set(), {}, False


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
    # ".idx": the indexed layout of :class:`_Store`; versions before it wrote the whole
    # dict as "<kind>-<magic>.marshal", which they keep using beside this one.
    return base / f"{kind}-{_MAGIC}.idx"


#: Patterns of at most this many characters are kept by :func:`_short` once built.
SHORT = 100


@lru_cache(maxsize=256)
def _short(pattern: str, flags: int) -> re.Pattern[str]:
    """A short pattern built once per process (the last 256, as ``re``'s own cache
    keeps them). The indexed search builds the same few character classes for every
    lead of every pattern it analyses (``[\\w\\-]`` 591 times in a cold check of one
    post): from here rather than a read of the file each. Long patterns are not kept:
    the detectors hold theirs, and a long run's phrase patterns must not be held beyond
    their own caches. Raises ``re.error`` (nothing kept) for an invalid pattern."""
    return _compile((pattern, flags))


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - same name as re.compile on purpose
    """``re.compile(pattern, flags)`` for a ``str`` pattern, from the cache when this
    pattern and these flags were compiled before by the same Python.

    Raises ``re.error`` for an invalid pattern, as ``re.compile`` does."""
    flags = int(flags)
    if _sre is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    if len(pattern) <= SHORT:
        return _short(pattern, flags)
    return _compile((pattern, flags))


def _compile(key: tuple[str, int]) -> re.Pattern[str]:
    """:func:`compile` of ``key`` = ``(pattern, flags)`` through the file."""
    pattern, flags = key
    held = _STORE.get(key)
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
    # Kept marshalled (a quarter of the memory of the lists), a bounded number (_Store.put).
    _STORE.put(key, held)
    return compiled


def data(name: str, text: str, read: Callable[[str], Any]) -> Any:
    """``read(text)``, or what it gave when a run of the same Python read this very
    ``text`` under this ``name`` before (the detectors' YAML vocabularies: parsing them
    was a tenth of a cold run). Values that ``marshal`` cannot keep (dates, say) are
    simply read every time. Exceptions of ``read`` propagate."""
    if _sre is None:
        return read(text)
    held = _DATA.get(name)
    if isinstance(held, tuple) and len(held) == 2 and held[0] == text:
        return held[1]
    value = read(text)
    try:
        _DATA.put(name, (text, value))
    except ValueError:
        pass  # marshal cannot keep it: read every time
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
        _CODE.put(txt, code)
    ns: dict = {}
    exec(code, globals, ns)
    return ns["__create_fn__"](**locals)
