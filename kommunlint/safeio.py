"""Bounded reads of regular files, and sizes as users write them.

Every file kommunlint reads (posts, configurations, profiles, baselines) goes
through :func:`read_regular`: only a regular file (a FIFO, a device such as
``/dev/zero``, a socket or a directory is refused before a byte is read, and a
FIFO is opened without blocking), and never more than a limit, so a hostile or
mistaken path can neither hang a run nor fill the memory.
"""

from __future__ import annotations

import os
import stat
from typing import Callable

from .errors import KommunlintError

#: Default largest post (bytes); ``max-size`` in the configuration or ``--max-size``.
MAX_POST_BYTES = 5_000_000
#: Largest configuration or profile file (bytes); real ones are a few kilobytes.
MAX_CONFIG_BYTES = 1_000_000
#: Largest baseline file (bytes): about 400,000 recorded findings.
MAX_BASELINE_BYTES = 64_000_000

_UNITS = {"": 1, "B": 1, "K": 1_000, "KB": 1_000, "M": 1_000_000, "MB": 1_000_000, "G": 1_000_000_000, "GB": 1_000_000_000}


def parse_size(value: object) -> int:
    """Bytes from ``5000000``, ``"5000000"``, ``"500K"``, ``"5MB"``, ``"1.5 M"`` (decimal units).

    Raises ``ValueError`` for anything else, including zero and negative sizes.
    """
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        text = value.strip().upper().replace(" ", "")
        digits = text.rstrip("KMGB")
        unit = text[len(digits) :]
        if unit not in _UNITS or not digits or len(digits) > 20:
            raise ValueError(value)
        number = int(float(digits) * _UNITS[unit])
    else:
        raise ValueError(value)
    if number <= 0:
        raise ValueError(value)
    return number


def human_size(size: int) -> str:
    """``5000000`` → ``"5.0 MB"``, ``2048`` → ``"2.0 KB"``, ``12`` → ``"12 B"`` (decimal units)."""
    if size >= 1_000_000:
        return f"{size / 1_000_000:.1f} MB"
    if size >= 1_000:
        return f"{size / 1_000:.1f} KB"
    return f"{size} B"


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "directory"
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special"


def is_regular(path: str) -> tuple[bool, str]:
    """``(True, "")`` for a regular file (links followed), else ``(False, kind)`` with
    kind ``directory``, ``fifo``, ``device``, ``socket``, ``special`` or ``missing``."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False, "missing"
    return (True, "") if stat.S_ISREG(mode) else (False, _kind(mode))


def read_regular(path: str, limit: int, error: Callable[..., KommunlintError] = KommunlintError) -> bytes:
    """The bytes of the regular file at ``path`` (at most ``limit`` bytes).

    Raises ``error(key, path, **args)`` (a :class:`KommunlintError` class) with key
    ``no-such-file``, ``is-directory``, ``not-regular`` (a FIFO, device, socket),
    ``too-large`` (more than ``limit`` bytes) or ``cannot-read`` (permission, I/O).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise error("no-such-file", path) from None
    except IsADirectoryError:
        raise error("is-directory", path) from None
    except OSError as exc:
        raise error("cannot-read", path, reason=exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error("is-directory", path)
        if not stat.S_ISREG(info.st_mode):
            raise error("not-regular", path, kind=_kind(info.st_mode))
        if info.st_size > limit:
            raise error("too-large", path, size=human_size(info.st_size), limit=human_size(limit))
        chunks, total = [], 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:  # grew while being read
            raise error("too-large", path, size=human_size(total) + "+", limit=human_size(limit))
        return b"".join(chunks)
    except OSError as exc:
        raise error("cannot-read", path, reason=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)


def read_stream(stream, limit: int, shown: str, error: Callable[..., KommunlintError] = KommunlintError) -> bytes:
    """At most ``limit`` bytes of a binary ``stream`` (standard input); ``too-large``
    (naming ``shown``) when there is more."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise error("too-large", shown, size=human_size(len(data)) + "+", limit=human_size(limit))
    return data


def read_text(path: str, limit: int, error: Callable[..., KommunlintError] = KommunlintError) -> str:
    """A configuration or profile file as text: UTF-8 (BOM allowed), at most ``limit`` bytes.

    Raises ``error`` as :func:`read_regular`, and ``not-utf8`` with the 1-based line
    of the first byte that is not UTF-8.
    """
    data = read_regular(path, limit, error)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error("not-utf8", path, data.count(b"\n", 0, exc.start) + 1) from None
