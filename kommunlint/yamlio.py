"""YAML loading: safe only, libyaml's C loader when present, and line numbers kept.

Profiles and configuration are validated strictly; to name the line of a bad key
we compose the node tree and build plain Python data alongside a map from each
mapping key's path to its 1-based line.
"""

from __future__ import annotations

from typing import Any

from .errors import ProfileError

Path = tuple[Any, ...]


def safe_loader():
    """libyaml's ``CSafeLoader`` when PyYAML was built with it, else ``SafeLoader``."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml_text(text: str, source: str) -> Any:
    """``yaml.safe_load`` with the C loader; raises :class:`ProfileError` naming ``source`` and line."""
    import yaml

    try:
        return yaml.load(text, Loader=safe_loader())  # noqa: S506 - CSafeLoader/SafeLoader only
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, source) from None


def load_yaml_with_lines(text: str, source: str) -> tuple[Any, dict[Path, int]]:
    """Parse ``text``; return ``(data, lines)``.

    ``lines`` maps the path of every mapping key (a tuple of keys and list indexes,
    e.g. ``("rules", "offensive/threat", "severity")``) to its 1-based line.
    Raises :class:`ProfileError` for invalid YAML.
    """
    import yaml

    try:
        node = yaml.compose(text, Loader=safe_loader())
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, source) from None
    lines: dict[Path, int] = {}
    if node is None:
        return None, lines
    data = _construct(node, (), lines, source)
    return data, lines


def _construct(node: Any, path: Path, lines: dict[Path, int], source: str) -> Any:
    import yaml

    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = _scalar(key_node, source)
            lines[path + (key,)] = key_node.start_mark.line + 1
            out[key] = _construct(value_node, path + (key,), lines, source)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for i, item in enumerate(node.value):
            lines[path + (i,)] = item.start_mark.line + 1
            items.append(_construct(item, path + (i,), lines, source))
        return items
    return _scalar(node, source)


def _scalar(node: Any, source: str) -> Any:
    import yaml

    if not isinstance(node, yaml.ScalarNode):
        raise ProfileError("yaml-key", source, node.start_mark.line + 1)
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, source) from None
    finally:
        loader.dispose()


def _yaml_error(exc: Exception, source: str) -> ProfileError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    return ProfileError("yaml-invalid", source, mark.line + 1 if mark else None, problem=problem)
