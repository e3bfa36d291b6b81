"""YAML loading: safe only, libyaml's C loader when present, and line numbers kept.

Profiles and configuration are validated strictly; to name the line of a bad key
we compose the node tree and build plain Python data alongside a map from each
mapping key's path to its 1-based line.

Hostile input is refused with a :class:`ProfileError` naming the file and line:
aliases (``*name``; an "alias bomb" of nested aliases expands to gigabytes) and
merge keys (``<<``), duplicate keys (YAML says keys are unique; PyYAML silently
keeps the last), integers too long for Python (more than 4,300 digits) and
nesting deeper than :data:`MAX_DEPTH`.
"""

from __future__ import annotations

from typing import Any

from .errors import ProfileError

Path = tuple[Any, ...]

#: Deepest nesting of lists and mappings accepted (real files nest 4 levels).
MAX_DEPTH = 50


def safe_loader():
    """libyaml's ``CSafeLoader`` when PyYAML was built with it, else ``SafeLoader``."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml_text(text: str, source: str) -> Any:
    """``yaml.safe_load`` with the C loader; raises :class:`ProfileError` naming ``source``
    and line (also for aliases, merge keys, duplicate keys, huge integers)."""
    return load_yaml_with_lines(text, source)[0]


def _refuse_aliases(text: str, source: str) -> None:
    """Raise ``yaml-alias`` at the first alias: checked on the event stream (linear),
    before anything is composed or constructed."""
    import yaml

    loader = safe_loader()(text)
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.AliasEvent):
                raise ProfileError("yaml-alias", source, event.start_mark.line + 1)
    finally:
        loader.dispose()


def load_yaml_with_lines(text: str, source: str) -> tuple[Any, dict[Path, int]]:
    """Parse ``text``; return ``(data, lines)``.

    ``lines`` maps the path of every mapping key (a tuple of keys and list indexes,
    e.g. ``("rules", "offensive/threat", "severity")``) to its 1-based line.
    Raises :class:`ProfileError` naming ``source`` and the line for invalid YAML, an
    alias or merge key, a duplicate key, an integer past Python's limit, or nesting
    deeper than :data:`MAX_DEPTH`.
    """
    plain = _plain_mapping(text)
    if plain is not None:
        return plain
    import yaml

    try:
        _refuse_aliases(text, source)
        node = yaml.compose(text, Loader=safe_loader())
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, source) from None
    except RecursionError:
        raise ProfileError("yaml-too-deep", source, None, depth=MAX_DEPTH) from None
    lines: dict[Path, int] = {}
    if node is None:
        return None, lines
    data = _construct(node, (), lines, source)
    return data, lines


#: Words YAML 1.1 (PyYAML's resolver) reads as a boolean or null rather than a string.
_NOT_STRINGS = frozenset("yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL".split())


def _plain_word(word: str, ascii_only: bool) -> bool:
    """A word YAML reads as the plain string it is: a letter first (ASCII for
    ``ascii_only``), then letters, digits, ``_`` and ``-``, and not one of
    :data:`_NOT_STRINGS` (no number, date, comment, quote, alias, tag or flow character
    can be in it)."""
    if not word or word in _NOT_STRINGS or not word[0].isalpha() or (ascii_only and not word.isascii()):
        return False
    return all(c.isalnum() or c in "_-" for c in word)


def _plain_mapping(text: str) -> tuple[dict[str, str], dict[Path, int]] | None:
    """``(data, lines)`` as :func:`load_yaml_with_lines` gives them for the plainest
    front matter (``profile: hango`` / ``account: official``: lines of an ASCII key, a
    colon, spaces and one word, :func:`_plain_word`; blank lines), read without PyYAML,
    whose import is a tenth of a cold check of one post (issue 15). ``None`` for
    anything else (indentation, tabs, quotes, comments, lists, numbers, a repeated key,
    ``\r``, no key at all): that is read by PyYAML as before, with its errors."""
    data: dict[str, str] = {}
    lines: dict[Path, int] = {}
    for number, line in enumerate(text.split("\n"), 1):
        if not line:
            continue
        key, colon, value = line.partition(": ")
        value = value.strip(" ")
        if not colon or not _plain_word(key, True) or key in data or not _plain_word(value, False):
            return None
        data[key] = value
        lines[(key,)] = number
    return (data, lines) if data else None


def _construct(node: Any, path: Path, lines: dict[Path, int], source: str) -> Any:
    import yaml

    if len(path) > MAX_DEPTH:
        raise ProfileError("yaml-too-deep", source, node.start_mark.line + 1, depth=MAX_DEPTH)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise ProfileError("yaml-merge", source, line)
            key = _scalar(key_node, source)
            if key in out:
                raise ProfileError("yaml-duplicate-key", source, line, key=_shown(key), first=lines.get(path + (key,), "?"))
            lines[path + (key,)] = line
            out[key] = _construct(value_node, path + (key,), lines, source)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            lines[path + (i,)] = item.start_mark.line + 1
            items.append(_construct(item, path + (i,), lines, source))
        return items
    return _scalar(node, source)


def _shown(key: Any) -> str:
    """A key for a message: one line, at most 60 characters."""
    text = str(key)
    text = text.encode("unicode_escape").decode("ascii") if not text.isprintable() else text
    return text if len(text) <= 60 else text[:57] + "..."


def _scalar(node: Any, source: str) -> Any:
    import yaml

    if not isinstance(node, yaml.ScalarNode):
        raise ProfileError("yaml-key", source, node.start_mark.line + 1)
    loader = yaml.SafeLoader("")
    try:
        value = loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, source) from None
    except (ValueError, OverflowError):  # int("1" * 5000): past Python's digit limit
        raise ProfileError("yaml-number", source, node.start_mark.line + 1) from None
    finally:
        loader.dispose()
    return value


def _yaml_error(exc: Exception, source: str) -> ProfileError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return ProfileError("yaml-invalid", source, mark.line + 1 if mark else None, problem=problem)
