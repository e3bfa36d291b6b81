"""``kommunlint redact``: the post with every personal-data finding replaced by a placeholder.

The placeholders are the ``placeholder`` messages of each ``personal-data/*`` rule
(``[personnummer]``/``[henkilötunnus]``, ``[telefonnummer]``/``[puhelinnumero]`` ...),
in the language of the sentence where the data stood (falling back to the profile's
first language), so a user can publish the clean copy.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from typing import TYPE_CHECKING

from . import messages
from .linter import Options, lint

if TYPE_CHECKING:
    from .post import Post
    from .profile import Profile

#: Suffix of the backup that ``--in-place`` keeps of the original file.
BACKUP_SUFFIX = ".bak"


def redaction_spans(post: "Post", profile: "Profile") -> list[tuple[int, int, str]]:
    """``(start, end, rule_id)`` of every personal-data finding the profile enables, sorted,
    overlaps merged (the earlier finding's rule names the merged span).

    Offsets are 0-based code points into ``post.text`` (= ``post.raw``), end exclusive.
    Raises :class:`~kommunlint.errors.ProfileError` for a bad rule option in the profile.
    """
    result = lint(post, profile, Options(select=["personal-data"]))
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


def redact(post: "Post", profile: "Profile") -> str:
    """The post's whole text (front matter kept) with personal data replaced by placeholders.

    Each placeholder is in the language of the sentence it replaces text in.
    """
    from .detect import Analysis

    analysis = Analysis(post, profile)
    candidates = tuple(lang for lang in profile.languages if lang in messages.LANGUAGES) or ("sv", "fi")
    parts: list[str] = []
    pos = 0
    for start, end, rule_id in redaction_spans(post, profile):
        lang = analysis.language_at(start, candidates) or candidates[0]
        parts += [post.raw[pos:start], messages.message(rule_id, "placeholder", lang)]
        pos = end
    parts.append(post.raw[pos:])
    return "".join(parts)


def write_in_place(path: str, text: str, original: bytes) -> str:
    """Replace the file at ``path`` with ``text`` (UTF-8; CRLF kept when the original used it),
    atomically: a temporary file in the same folder, then ``os.replace``. The original bytes
    are first copied to ``path + BACKUP_SUFFIX``. Returns the backup's path.

    Raises ``OSError`` when the folder is not writable.
    """
    if b"\r\n" in original:
        text = text.replace("\n", "\r\n")
    backup = path + BACKUP_SUFFIX
    shutil.copy2(path, backup)
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".kommunlint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    return backup
