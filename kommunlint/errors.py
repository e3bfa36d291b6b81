"""Errors that end a run with exit code 2 and one clear line on stderr.

An error carries a message key of ``kommunlint/messages/cli.yaml`` and its
arguments, so that it is shown in the user's language (``--lang``), not as a
traceback. The language is passed to :meth:`KommunlintError.render` by whoever prints
the error: there is no module-level language.

An error never prints personal data: a value echoed from a post's front matter, a
configuration or the command line (``'account' must be ..., not X``) is shown only
when it is a near miss of an allowed value (a typo such as ``offical``) or a small
number; otherwise the message says what kind of value it was
(:func:`echo`).
"""

from __future__ import annotations

import re
from typing import Any

#: Arguments that echo what a user wrote, per message key (``*``: every message).
_ECHOED = {"value": "*", "key": ("front-matter-key", "unknown-key"), "name": ("unknown-profile",)}
#: Arguments that list the allowed values an echoed one is compared with.
_CANDIDATES = ("allowed", "known", "expected")

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


class Localised(str):
    """An error argument that is itself a message key of ``messages/cli.yaml``: rendered
    in the language the error is shown in, not one fixed when it was raised."""

    def text(self, lang: str) -> str:
        from .messages import cli_text

        return cli_text(str(self), lang)


def echo(value: Any, candidates: list[str], lang: str) -> str:
    """``value`` (from a user's file, environment or command line) as an error message may
    show it.

    Shown (quoted) only when it cannot be personal data: at most 3 characters and not a
    capitalised word like a short first name (``'de'``, ``'XX'``, ``'42'``), or a near miss of one of ``candidates`` (a typo of an allowed
    value: ``'offical'``). ``True``/``False``/``None`` and numbers with at most 3 digits
    are shown as written. Anything else is described, never shown: "another text",
    "another number", "a list", "a mapping" in ``lang`` (it may be a personnummer, a
    phone number or a name typed into the wrong field). A value already quoted by
    ``repr`` is judged without its quotes.
    """
    from .messages import cli_text

    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value) if sum(ch.isdigit() for ch in repr(value)) <= 3 else cli_text("hidden-number", lang)
    if isinstance(value, (list, tuple, set)):
        return cli_text("hidden-list", lang)
    if isinstance(value, dict):
        return cli_text("hidden-mapping", lang)
    text = str(value)
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    if len(text) <= 3 and not (text[:1].isupper() and text[1:].isalpha() and text[1:].islower()):
        return f"'{safe_name(text)}'"  # 'de', 'XX', '42', '5XB', '' (a short name as "Eva" is hidden)
    if candidates and _near_miss(text, candidates):
        return f"'{safe_name(text)}'"
    return cli_text("hidden-text", lang)


def _near_miss(text: str, candidates: list[str]) -> bool:
    """``text`` is a typo of one of ``candidates``: rapidfuzz similarity at least 70 of
    100 (the cutoff of "did you mean ...?", :func:`kommunlint.names.did_you_mean`, which
    is not imported here: names imports the profiles, which import this module)."""
    from rapidfuzz import fuzz, process

    key = " ".join(text.casefold().split())
    return process.extractOne(key, candidates, scorer=fuzz.ratio, processor=str.casefold, score_cutoff=70.0) is not None


def _candidates(args: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for name in _CANDIDATES:
        if isinstance(args.get(name), str):
            out += [c.strip() for c in re.split(r"[,|]", args[name]) if c.strip()]
    return out


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

    def message(self, lang: str, near_miss: bool = False) -> str:
        """The message in ``lang`` without the ``path:line:`` in front (echoed values
        shown only as :func:`echo` allows; ``near_miss``: the caller found the value
        close to a known name, a typo, so it is shown)."""
        from .messages import cli_text

        args = {k: v.text(lang) if isinstance(v, Localised) else v for k, v in self.args_.items()}
        for name, keys in _ECHOED.items():
            if near_miss and name in args and isinstance(args[name], str):
                args[name] = f"'{safe_name(args[name])}'"
            elif name in args and (keys == "*" or self.key in keys):
                args[name] = echo(args[name], _candidates(args), lang)
        return cli_text(self.key, lang, **args)

    def render(self, lang: str = "en", near_miss: bool = False) -> str:
        """The one-line message in ``lang``: ``path:line: message`` (see :meth:`message`)."""
        where = ""
        if self.path is not None:
            shown = safe_name(str(self.path))
            where = f"{shown}:{self.line}: " if self.line else f"{shown}: "
        return where + self.message(lang, near_miss)

    def __str__(self) -> str:  # for logs and tracebacks; users get render(lang)
        return self.render("en")


class InputError(KommunlintError):
    """A post that cannot be read: missing, binary, undecodable, bad front matter."""


class Note(InputError):
    """Not an error: a file skipped on purpose (a FIFO in a checked folder). Printed
    as one line on stderr like an error, but does not make the exit code 2."""

    note = True


class ProfileError(KommunlintError):
    """A profile or configuration file that does not validate."""
