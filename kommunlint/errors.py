"""Errors that end a run with exit code 2 and one clear line on stderr.

An error carries a message key of ``kommunlint/messages/cli.yaml`` and its
arguments, so that it is shown in the user's language (``--lang``), not as a
traceback.
"""

from __future__ import annotations

from typing import Any

#: Language errors are rendered in; the CLI sets it from ``--lang``.
LANG = "sv"


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
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return where + cli_text(self.key, lang or LANG, **self.args_)

    def __str__(self) -> str:
        return self.render()


class InputError(KommunlintError):
    """A post that cannot be read: missing, binary, undecodable, bad front matter."""


class ProfileError(KommunlintError):
    """A profile or configuration file that does not validate."""
