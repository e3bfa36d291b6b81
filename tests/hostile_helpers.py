"""Helpers for the hostile-input tests: running code as an unprivileged user."""

from __future__ import annotations

import os
import pickle

import pytest

NOBODY = 65534


def as_nobody(func, *args):
    """``func(*args)`` in a forked child running as uid/gid 65534 (nobody); its result.

    Only when the tests run as root (else the test is skipped: a normal user cannot
    switch users). Python, kommunlint and the modules ``func`` needs must already be
    imported: the child may not be able to read the interpreter's folders. An
    exception in the child is re-raised here as ``RuntimeError(repr)``.
    """
    if os.geteuid() != 0:
        pytest.skip("needs root to switch to an unprivileged user")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            outcome = ("ok", func(*args))
        except BaseException as exc:  # noqa: BLE001 - reported to the parent
            outcome = ("error", repr(exc))
        try:
            data = pickle.dumps(outcome)
        except Exception as exc:  # noqa: BLE001
            data = pickle.dumps(("error", f"unpicklable result: {exc!r}"))
        os.write(write_end, data)
        os.close(write_end)
        os._exit(0)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 1 << 16):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    kind, value = pickle.loads(b"".join(chunks))
    if kind == "error":
        raise RuntimeError(value)
    return value
