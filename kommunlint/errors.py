"""Errors that end a run with exit code 2 and one clear line on stderr.

An error carries a message key of ``kommunlint/messages/cli.yaml`` and its
arguments, so that it is shown in the user's language (``--lang``), not as a
traceback.
"""

from __future__ import annotations

import re
from typing import Any

#: Language errors are rendered in; the CLI sets it from ``--lang``.
LANG = "sv"

# Control characters (C0, DEL, C1), line and paragraph separators and the bidi
# overrides that can make a name look like another on a terminal.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def safe_name(path: str) -> str:
    """``path`` as it may be printed on one line of a terminal or CI log.

    Control characters, line separators and bidi overrides become escapes (``\\n``,
    ``\\x1b``, ``\\u202e``). A name starting
    with ``::`` gets ``./`` in front, so that a line beginning with it is never a
    GitHub Actions workflow command (``::error::...``). Undecodable bytes from the
    file system (surrogate escapes) are shown as ``\\xNN``.
    """
    text = _UNSAFE.sub(_escape, path)
    if any("\udc80" <= ch <= "\udcff" for ch in text):
        text = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if "\udc80" <= ch <= "\udcff" else ch for ch in text)
    if text.startswith("::"):
        text = "./" + text
    return text


def _escape(match: "re.Match[str]") -> str:
    ch = match.group()
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    if ch in named:
        return named[ch]
    return f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


class KommunlintError(Exception):
    """A usage, profile, configuration or input error the user must fix.

    Args:
        key: message key under ``cli.messages`` in ``messages/cli.yaml``.
        path: the file concerned, if any.
        line: its 1-based line, if known.
        args: values for the message's placeholders.

    ``str(error)`` is the one line shown to the user: ``path:line: message``.
    """

    # Positional-only, so that a message placeholder may itself be called ``key``.
    def __init__(self, key: str, path: str | None = None, line: int | None = None, /, **args: Any):
        self.key = key
        self.path = path
        self.line = line
        self.args_ = args
        super().__init__(key)

    def render(self, lang: str | None = None) -> str:
        """The one-line message in ``lang`` (default :data:`LANG`)."""
        from .messages import cli_text

        where = ""
        if self.path is not None:
            shown = safe_name(str(self.path))
            where = f"{shown}:{self.line}: " if self.line else f"{shown}: "
        return where + cli_text(self.key, lang or LANG, **self.args_)

    def __str__(self) -> str:
        return self.render()


class InputError(KommunlintError):
    """A post that cannot be read: missing, binary, undecodable, bad front matter."""


class Note(InputError):
    """Not an error: a file skipped on purpose (a FIFO in a checked folder). Printed
    as one line on stderr like an error, but does not make the exit code 2."""

    note = True


class ProfileError(KommunlintError):
    """A profile or configuration file that does not validate."""
