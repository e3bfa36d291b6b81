"""``kommunlint redact``: the post with every personal-data finding replaced by a placeholder.

What is replaced is exactly what ``kommunlint check`` reports as personal data for
the same post under the same configuration (the personal-data findings of
:func:`kommunlint.linter.lint` with the effective profile, inline suppressions
respected): the CLI reads the post and its profile through
:meth:`kommunlint.runner.Job.load`, as ``check`` does.

The placeholders are the ``placeholder`` messages of each ``personal-data/*`` rule
(``[personnummer]``/``[henkilötunnus]``, ``[telefonnummer]``/``[puhelinnumero]`` ...),
in ``--lang`` when given, else in the language of the sentence where the data stood
(falling back to the profile's first language), so a user can publish the clean copy.
:func:`redact_in_place` rewrites the file itself, safely (see there).
"""

from __future__ import annotations

import codecs
import os
import stat
import tempfile
from typing import TYPE_CHECKING

from . import messages
from .errors import InputError, KommunlintError
from .linter import Options, lint

if TYPE_CHECKING:
    from .post import Post
    from .profile import Profile
    from .runner import Job

#: Suffix of the backup that ``--in-place --backup`` keeps of the original file.
BACKUP_SUFFIX = ".bak"


def redaction_spans(post: "Post", profile: "Profile") -> list[tuple[int, int, str]]:
    """``(start, end, rule_id)`` of every personal-data finding ``check`` reports for
    ``post`` with ``profile``, sorted, overlaps merged (the earlier finding's rule names
    the merged span).

    Offsets are 0-based code points into ``post.text`` (= ``post.raw``), end exclusive.
    Raises :class:`~kommunlint.errors.ProfileError` for a bad rule option in the profile.
    """
    # Only the personal-data rules run: rules never read each other, so their findings
    # are the ones a full `check` gives.
    result = lint(post, profile, Options(select=["personal-data"], show_pii=True))
    spans: list[tuple[int, int, str]] = []
    for f in sorted(result.findings, key=lambda f: (f.start, -f.end)):
        if not f.pii or not profile.settings(f.rule).enabled:
            continue
        if spans and f.start < spans[-1][1]:
            start, end, rule_id = spans[-1]
            spans[-1] = (start, max(end, f.end), rule_id)
        else:
            spans.append((f.start, f.end, f.rule))
    return spans


def _original_offsets(source: str):
    """A function mapping an offset in the normalised text (``Post.raw``: CRLF → LF)
    to the same place in ``source`` (the decoded file, line endings as written)."""
    import bisect
    import re

    # The i-th CRLF at source index k is the "\n" at normalised index k - i.
    crlf = [m.start() - i for i, m in enumerate(re.finditer("\r\n", source))]
    return lambda offset: offset + bisect.bisect_left(crlf, offset)


def redact(post: "Post", profile: "Profile", source: str | None = None, lang: str | None = None) -> str:
    """The post's whole text (front matter kept) with personal data replaced by placeholders.

    Without ``source``: ``post.raw`` (line endings normalised to ``\\n``). With
    ``source`` (the decoded file the post was parsed from), the placeholders are put
    into ``source`` itself, so its line endings (LF, CRLF, CR or mixed) are kept.
    ``lang``: the placeholders' language; ``None``: each sentence's language.
    """
    from .detect import Analysis

    analysis = Analysis(post, profile)  # each placeholder in its sentence's language
    candidates = tuple(lang for lang in profile.languages if lang in messages.LANGUAGES) or ("sv", "fi")
    spans = redaction_spans(post, profile)
    if source is None:
        out, where = post.raw, (lambda offset: offset)
    else:
        out, where = source, _original_offsets(source)
    pieces, cursor = [], 0
    for start, end, rule_id in spans:
        where_lang = lang or analysis.language_at(start, candidates) or candidates[0]
        placeholder = messages.message(rule_id, "placeholder", where_lang)
        pieces += [out[cursor : where(start)], placeholder]
        cursor = where(end)
    pieces.append(out[cursor:])
    return "".join(pieces)


def _identity(info: os.stat_result) -> tuple:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _read_no_follow(path: str, limit: int) -> tuple[bytes, os.stat_result]:
    """The bytes of ``path`` and its stat, refusing a symlink, a special file, a file
    with other hard links, or one larger than ``limit``."""
    from .errors import safe_name
    from .safeio import human_size

    try:
        info = os.lstat(path)
    except FileNotFoundError:
        raise InputError("no-such-file", path) from None
    except OSError as exc:
        raise InputError("cannot-read", path, reason=exc.strerror or str(exc)) from None
    if stat.S_ISLNK(info.st_mode):
        try:
            target = os.readlink(path)
        except OSError:
            target = "?"
        raise InputError("redact-symlink", path, target=safe_name(target))
    if stat.S_ISDIR(info.st_mode):
        raise InputError("is-directory", path)
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not-regular", path, kind="fifo" if stat.S_ISFIFO(info.st_mode) else "device")
    if info.st_nlink > 1:
        raise InputError("redact-hardlink", path, count=info.st_nlink)
    if info.st_size > limit:
        raise InputError("too-large", path, size=human_size(info.st_size), limit=human_size(limit))
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError("cannot-read", path, reason=exc.strerror or str(exc)) from None
    try:
        opened = os.fstat(fd)
        if (opened.st_dev, opened.st_ino) != (info.st_dev, info.st_ino) or not stat.S_ISREG(opened.st_mode):
            raise InputError("redact-changed", path)  # swapped between lstat and open
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:
                raise InputError("too-large", path, size=human_size(total) + "+", limit=human_size(limit))
        return b"".join(chunks), opened
    except OSError as exc:
        raise InputError("cannot-read", path, reason=exc.strerror or str(exc)) from None
    finally:
        os.close(fd)


def _write_temp(folder: str, data: bytes, info: os.stat_result, path: str) -> str:
    """A new file in ``folder`` holding ``data`` with ``info``'s mode, owner and group,
    flushed to disk; its path. Raises :class:`KommunlintError` (``redact-owner``) when
    the owner or group cannot be kept (another user's file), removing the file."""
    fd, temp = tempfile.mkstemp(prefix=".kommunlint-", suffix=".tmp", dir=folder)
    try:
        try:
            if (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
                os.fchown(fd, info.st_uid, info.st_gid)
        except PermissionError as exc:
            raise KommunlintError("redact-owner", path, owner=f"{info.st_uid}:{info.st_gid}", reason=exc.strerror) from None
        os.fchmod(fd, stat.S_IMODE(info.st_mode))
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(temp)
        raise
    os.close(fd)
    return temp


def _fsync_folder(folder: str) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def redact_in_place(path: str, profile_name: str | None = None, backup: bool = False, job: "Job | None" = None, lang: str | None = None) -> str | None:
    """Redact the post at ``path`` in place, safely; return the backup's path (or ``None``).

    - a symbolic link, a file with more than one hard link, a FIFO or device is
      refused (:class:`InputError`): writing would leave the real target or the other
      links unredacted, or follow a link somewhere else;
    - the new file is written beside it with the original's mode, owner and group
      (refused with ``redact-owner`` when they cannot be kept), fsynced, then renamed
      over the post (atomic); the folder is fsynced after the rename;
    - line endings (LF, CRLF, CR, mixed) and a UTF-8 byte-order mark are kept; the
      text is written as UTF-8;
    - when the file changed since it was read (an editor saved it meanwhile), nothing
      is written (``redact-changed``);
    - ``backup``: the original bytes are first kept as ``path + BACKUP_SUFFIX``, via a
      new file renamed into place (an existing ``.bak``, or a link of that name, is
      replaced, never written through). Off by default, so that no copy holding the
      personal data is left where ``git add .`` picks it up.

    ``job``: how ``check`` would read the post (configuration, ``--profile``); default: a
    job with ``profile_name`` and the configuration discovered for ``path``. ``lang``:
    the placeholders' language (``None``: each sentence's).

    Raises :class:`KommunlintError` (one line, exit 2) for every refusal above and for
    a folder that is not writable (``cannot-write``).
    """
    from .post import decode
    from .runner import Job
    from .safeio import MAX_POST_BYTES

    if job is None:
        job = Job({"account": None, "kind": None, "profile": profile_name}, Options())
    original, info = _read_no_follow(path, MAX_POST_BYTES)
    source, _ = decode(original, path)
    post, profile = job.load(path, source)
    text = redact(post, profile, source, lang)
    bom = codecs.BOM_UTF8 if original.startswith(codecs.BOM_UTF8) else b""
    data = bom + text.encode("utf-8")
    folder = os.path.dirname(os.path.abspath(path))
    kept = None
    temps: list[str] = []
    try:
        try:
            if backup:
                temps.append(_write_temp(folder, original, info, path))
            temps.append(_write_temp(folder, data, info, path))
        except OSError as exc:
            raise KommunlintError("cannot-write", path, reason=exc.strerror or str(exc)) from None
        try:
            now = os.lstat(path)
            unchanged = _identity(now) == _identity(info) and _read_no_follow(path, MAX_POST_BYTES)[0] == original
        except KommunlintError:
            unchanged = False
        if not unchanged:
            raise InputError("redact-changed", path)
        try:
            if backup:
                kept = path + BACKUP_SUFFIX
                os.replace(temps.pop(0), kept)
            os.replace(temps.pop(0), path)
        except OSError as exc:
            raise KommunlintError("cannot-write", path, reason=exc.strerror or str(exc)) from None
        _fsync_folder(folder)
    finally:
        for temp in temps:
            try:
                os.unlink(temp)
            except OSError:
                pass
    return kept
