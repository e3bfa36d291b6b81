"""Baseline: accept the findings a repository already has, report only new ones.

``check --write-baseline FILE`` records every current finding as a fingerprint;
``check --baseline FILE`` then drops findings whose fingerprint is recorded. A
fingerprint is a keyed hash (HMAC-SHA256, truncated to 128 bits) of the rule id,
the file's path and the matched text with whitespace collapsed: never the text
itself, as it may be a resident's personal data. The key is a random salt kept in
the baseline file, so the same phone number gets different fingerprints in
different repositories. Lines are not part of the fingerprint, so moving a finding
(text added above it) keeps it known; the same text matched twice is counted, so a
second copy added later is new (gitleaks' and Semgrep's baselines work alike).

File shape (JSON)::

    {"kommunlint-baseline": 1, "salt": HEX,
     "findings": [{"rule": ID, "path": POSIX_PATH, "hash": HEX, "count": N}, ...]}

Paths are stored relative to the current directory in POSIX form, so run
``kommunlint`` from the same directory (the repository root) both times.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import tempfile
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .errors import KommunlintError

if TYPE_CHECKING:
    from .linter import Result

FORMAT_VERSION = 1


def display_path(path: str) -> str:
    """``path`` relative to the current directory, POSIX form (``-`` and ``<stdin>`` kept)."""
    if path in ("-", "<stdin>"):
        return path
    return Path(os.path.relpath(os.path.abspath(path))).as_posix()


def fingerprint(salt: bytes, rule: str, path: str, matched: str) -> str:
    """Hex fingerprint of a finding: HMAC-SHA256 keyed with ``salt`` over rule, path and
    the matched text (whitespace collapsed), truncated to 32 hex digits."""
    message = "\0".join((rule, display_path(path), " ".join(matched.split()))).encode("utf-8")
    return hmac.new(salt, message, hashlib.sha256).hexdigest()[:32]


def _keys(salt: bytes, results: Iterable["Result"]):
    """Yield ``(result, finding, (rule, path, hash))`` for every finding."""
    for result in results:
        for finding in result.findings:
            matched = result.post.text[finding.start : finding.end]
            digest = fingerprint(salt, finding.rule, result.post.path, matched)
            yield result, finding, (finding.rule, display_path(result.post.path), digest)


class Baseline:
    """A loaded baseline: ``salt`` and a multiset of ``(rule, path, hash)``."""

    def __init__(self, salt: bytes, counts: Counter):
        self.salt = salt
        self.counts = counts

    @classmethod
    def load(cls, path: str) -> "Baseline":
        """Read ``path`` (a regular file of at most 64 MB).

        Raises :class:`KommunlintError` when it is missing, unreadable, special (FIFO,
        device), too large, not UTF-8, or not a baseline (wrong shape; a ``count``
        that is not a whole number from 1 to 2**31-1, e.g. ``1e400``).
        """
        from .safeio import MAX_BASELINE_BYTES, read_regular

        data = read_regular(path, MAX_BASELINE_BYTES)  # regular files only, bounded
        try:
            data = json.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise KommunlintError("not-utf8", path) from None
        except (ValueError, RecursionError):  # also integers past Python's digit limit
            raise KommunlintError("baseline-invalid", path) from None
        try:
            if data["kommunlint-baseline"] != FORMAT_VERSION:
                raise ValueError
            salt = bytes.fromhex(data["salt"])
            counts: Counter = Counter()
            for e in data["findings"]:
                count = e["count"]
                # a whole number that fits: 1e400 (inf), 2.5, true and "3" are not counts
                if isinstance(count, bool) or not isinstance(count, int) or not 0 < count < 2**31:
                    raise ValueError
                if not all(isinstance(e[k], str) for k in ("rule", "path", "hash")):
                    raise ValueError
                counts[(e["rule"], e["path"], e["hash"])] += count
        except (KeyError, TypeError, ValueError, AttributeError):
            raise KommunlintError("baseline-invalid", path) from None
        return cls(salt, counts)

    def filter(self, results: list["Result"]) -> int:
        """Drop known findings from ``results`` in place; return how many were dropped.

        Each recorded fingerprint absorbs as many findings as its count, in order.
        """
        remaining = Counter(self.counts)
        dropped = 0
        keep: dict[int, list] = {id(r): [] for r in results}
        for result, finding, key in _keys(self.salt, results):
            if remaining[key] > 0:
                remaining[key] -= 1
                dropped += 1
            else:
                keep[id(result)].append(finding)
        for result in results:
            result.findings = keep[id(result)]
        return dropped


def write(path: str, results: list["Result"]) -> int:
    """Write a new baseline of ``results`` to ``path`` atomically; return the finding count.

    A temporary file in the same directory is renamed over ``path``, so an
    interrupted run never leaves a half-written baseline. Raises
    :class:`KommunlintError` when the directory is not writable.
    """
    salt = secrets.token_bytes(16)
    counts = Counter(key for _, _, key in _keys(salt, results))
    entries = [{"rule": r, "path": p, "hash": h, "count": n} for (r, p, h), n in sorted(counts.items())]
    document = {"kommunlint-baseline": FORMAT_VERSION, "salt": salt.hex(), "findings": entries}
    directory = os.path.dirname(os.path.abspath(path))
    try:
        fd, temp = tempfile.mkstemp(prefix=".kommunlint-baseline-", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(document, handle, indent=1, ensure_ascii=False)
                handle.write("\n")
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)  # mkstemp makes it private; a baseline is shared
            os.replace(temp, path)
        except BaseException:
            os.unlink(temp)
            raise
    except OSError as exc:
        raise KommunlintError("cannot-write", path, reason=exc.strerror) from None
    return sum(counts.values())
