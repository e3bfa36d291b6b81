"""Baseline: accept the findings a repository already has, report only new ones.

``check --write-baseline FILE`` records every current finding as a fingerprint;
``check --baseline FILE`` then drops findings whose fingerprint is recorded.

A fingerprint is built only from what is safe to show: SHA-256 (no key, truncated to
128 bits) of the rule id, the file's path, the finding's text *with personal data
masked* and the masked line it stands on (its context). Personal data never enters
the hash, so there is nothing to enumerate: two posts that differ only in a
personnummer or a phone number give byte-identical baselines. (Version 1 kept an HMAC
key in the file beside hashes of the raw text; a personnummer could be recovered from
it by enumeration. Such a file is refused: delete it and write a new one.)

Masking is the one of the reports (:class:`kommunlint.masking.Masker`) with English
placeholders whatever ``--lang``, and also with ``--show-pii``, so a fingerprint does
not depend on either. Lines are not part of the fingerprint, so moving a finding (text
added above it) keeps it known; the same fingerprint twice is counted, so a second copy
added later is new (gitleaks' and Semgrep's baselines work alike). Two different ids
on otherwise identical lines of one file count as the same finding: replacing one
known id by another there is not reported (the price of not hashing them).

File shape (JSON)::

    {"kommunlint-baseline": 2,
     "findings": [{"rule": ID, "path": POSIX_PATH, "hash": HEX, "count": N}, ...]}

Paths are stored relative to the current directory in POSIX form, so run
``kommunlint`` from the same directory (the repository root) both times.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .errors import KommunlintError

if TYPE_CHECKING:
    from .linter import Result

FORMAT_VERSION = 2


def display_path(path: str) -> str:
    """``path`` relative to the current directory, POSIX form (``-`` and ``<stdin>`` kept)."""
    if path in ("-", "<stdin>"):
        return path
    return Path(os.path.relpath(os.path.abspath(path))).as_posix()


def fingerprint(rule: str, path: str, masked: str, context: str = "") -> str:
    """Hex fingerprint of a finding: SHA-256 over rule, path, its masked text and its
    masked context (whitespace collapsed), truncated to 32 hex digits.

    ``masked`` and ``context`` must hold no personal data (:func:`safe_texts`).
    """
    parts = (rule, display_path(path), " ".join(masked.split()), " ".join(context.split()))
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:32]


def safe_text(result: "Result"):
    """A function ``finding -> masked text`` for ``result``'s findings: personal data
    replaced by English placeholders, whatever ``--lang`` and ``--show-pii``."""
    from .masking import Masker

    masker = Masker.of_spans(result.post.text, result.pii_spans, "en")
    return lambda finding: masker.masked(finding.start, finding.end)


def safe_texts(result: "Result"):
    """A function ``finding -> (masked text, masked line)`` for ``result``'s findings
    (:func:`safe_text`, and the finding's whole line masked the same way)."""
    from .masking import Masker

    post = result.post
    masker = Masker.of_spans(post.text, result.pii_spans, "en")

    def texts(finding) -> tuple[str, str]:
        line_start = post.line_start(finding.line)
        line_end = line_start + len(post.line_text(finding.line))
        return masker.masked(finding.start, finding.end), masker.masked(line_start, line_end)

    return texts


def _keys(results: Iterable["Result"]):
    """Yield ``(result, finding, (rule, path, hash))`` for every finding."""
    for result in results:
        texts = safe_texts(result)
        for finding in result.findings:
            digest = fingerprint(finding.rule, result.post.path, *texts(finding))
            yield result, finding, (finding.rule, display_path(result.post.path), digest)


class Baseline:
    """A loaded baseline: a multiset of ``(rule, path, hash)``."""

    def __init__(self, counts: Counter):
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
        if isinstance(data, dict) and data.get("kommunlint-baseline") == 1:
            raise KommunlintError("baseline-old", path)
        try:
            if data["kommunlint-baseline"] != FORMAT_VERSION:
                raise ValueError
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
        return cls(counts)

    def filter(self, results: list["Result"]) -> int:
        """Drop known findings from ``results`` in place; return how many were dropped.

        Each recorded fingerprint absorbs as many findings as its count, in order.
        """
        remaining = Counter(self.counts)
        dropped = 0
        keep: dict[int, list] = {id(r): [] for r in results}
        for result, finding, key in _keys(results):
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
    counts = Counter(key for _, _, key in _keys(results))
    entries = [{"rule": r, "path": p, "hash": h, "count": n} for (r, p, h), n in sorted(counts.items())]
    document = {"kommunlint-baseline": FORMAT_VERSION, "findings": entries}
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
