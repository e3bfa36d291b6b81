"""Project configuration: ``.kommunlint.yaml`` or ``[tool.kommunlint]`` in pyproject.toml.

Discovery is yamllint's: for each checked file, look in its directory and each parent
for ``.kommunlint.yaml`` (or ``.kommunlint.yml``), then ``pyproject.toml`` with a
``[tool.kommunlint]`` table; stop after the repository root (a directory holding
``.git``) or the home directory. ``--config FILE`` replaces discovery. Shape::

    profile: hango                 # built-in name, alias or path (relative to this file)
    lang: sv                       # language of messages: sv | fi | en
    fail-on: warning               # error | warning | info | never
    rules:                         # as a profile's rules: off | on | severity | mapping
      offensive/profanity: warning
      personal-data/phone: {options: {...}}
    exclude: [drafts/old/, "*.bak.md"]     # gitignore-style, relative to this file
    max-size: 5MB                  # largest post checked (bytes, or K/M suffix); larger: one line, skipped
    overrides:                     # later entries win
      - files: ["posts/karleby/**"]
        profile: karleby
      - files: ["replies/**"]
        kind: reply
        account: official
        rules: {signature/missing: error}

Precedence: built-in profile < this file (``rules``, then matching ``overrides``) <
front matter of the post < command line. Validation is strict: an unknown key or
rule, a bad value or an unknown profile is a :class:`~kommunlint.errors.ProfileError`
naming the file and line.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import KommunlintError, ProfileError

CONFIG_NAMES = (".kommunlint.yaml", ".kommunlint.yml")
LANGS = ("sv", "fi", "en")
FAIL_ON = ("error", "warning", "info", "never")
CONFIG_KEYS = ("profile", "lang", "fail-on", "rules", "exclude", "overrides", "max-size")
OVERRIDE_KEYS = ("files", "profile", "rules", "account", "kind")
_CHOICES = {"lang": LANGS, "fail-on": FAIL_ON, "account": ("personal", "official"), "kind": ("post", "reply")}


@dataclass
class Override:
    """One ``overrides`` entry: settings for files matching ``files`` (gitignore-style globs)."""

    files: list[str]
    profile: str | None = None
    rules: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)  # account / kind
    path: tuple = ()  # key path in the file, for line numbers of rule errors
    spec: Any = None


@dataclass
class Config:
    """A loaded, validated configuration.

    Attributes:
        source: the file it came from (``None`` for the empty default).
        root: the directory ``exclude`` and ``overrides`` globs are relative to.
        lines: key path → 1-based line in ``source``, for errors found later.
    """

    source: str | None = None
    root: str = "."
    profile: str | None = None
    lang: str | None = None
    fail_on: str | None = None
    max_size: int | None = None
    rules: dict[str, Any] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)
    lines: dict[tuple, int] = field(default_factory=dict)
    _exclude_spec: Any = None

    def relative(self, path: str) -> str | None:
        """``path`` relative to :attr:`root` in POSIX form, or ``None`` when outside it."""
        rel = os.path.relpath(os.path.abspath(path), self.root)
        if rel == os.pardir or rel.startswith(os.pardir + os.sep):
            return None
        return Path(rel).as_posix()

    def excluded(self, path: str) -> bool:
        """True when ``path`` matches an ``exclude`` pattern (gitignore semantics)."""
        rel = self.relative(path) if self.exclude else None
        return rel is not None and self._exclude_spec.match_file(rel)

    def matching(self, path: str) -> list[Override]:
        """The ``overrides`` entries whose ``files`` match ``path``, in file order."""
        rel = self.relative(path) if self.overrides else None
        if rel is None:
            return []
        return [o for o in self.overrides if o.spec.match_file(rel)]

    def settings_for(self, path: str) -> tuple[str | None, dict[str, str], list[tuple[dict, tuple]]]:
        """For ``path``: ``(profile, meta defaults, rule layers)``.

        ``rule layers`` are ``(rules mapping, key path)`` pairs to apply in order with
        :func:`kommunlint.profile.apply_rule_settings` (the file's ``rules``, then
        each matching override's).
        """
        profile, meta = self.profile, {}
        layers = [(self.rules, ("rules",))] if self.rules else []
        for override in self.matching(path):
            profile = override.profile or profile
            meta.update(override.meta)
            if override.rules:
                layers.append((override.rules, override.path + ("rules",)))
        return profile, meta, layers


EMPTY = Config()


#: Most ``*`` wildcards in one path segment of an ``exclude``/``files`` pattern, and most
#: ``**`` segments in one pattern. pathspec matches with backtracking regular
#: expressions: ``*a*a*a*a*a*b`` against a long name takes time exponential in the
#: number of stars (28 letters: 1.4 s, 40: hours), so a pattern past these is refused.
MAX_STARS_PER_SEGMENT = 2
MAX_DOUBLE_STARS = 3


def _check_patterns(patterns: list[str], key: str, source: str, line: int | None) -> None:
    """Raise ``glob-too-complex`` for a pattern that could make matching hang."""
    for pattern in patterns:
        segments = pattern.split("/")
        stars = max((seg.count("*") for seg in segments if seg != "**"), default=0)
        if stars > MAX_STARS_PER_SEGMENT or segments.count("**") > MAX_DOUBLE_STARS or len(pattern) > 1000:
            shown = pattern if len(pattern) <= 60 else pattern[:57] + "..."
            raise ProfileError(
                "glob-too-complex", source, line, key=key, pattern=shown, stars=MAX_STARS_PER_SEGMENT, double=MAX_DOUBLE_STARS
            )


def _spec(patterns: list[str]):
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(patterns)


# -- discovery -----------------------------------------------------------------
def _has_tool_table(pyproject: Path) -> bool:
    from .safeio import MAX_CONFIG_BYTES, is_regular, read_regular

    if not is_regular(str(pyproject))[0]:  # missing, or a FIFO/device: never opened
        return False
    try:
        text = read_regular(str(pyproject), MAX_CONFIG_BYTES).decode("utf-8")
    except (KommunlintError, UnicodeDecodeError):
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*kommunlint\s*[\].]", text, re.M) is not None


@lru_cache(maxsize=None)
def _find_in(directory: str) -> str | None:
    """The config file governing ``directory`` (an absolute path), or ``None``."""
    home = os.path.expanduser("~")
    current = Path(directory)
    while True:
        for name in CONFIG_NAMES:
            if (current / name).is_file():
                return str(current / name)
        if _has_tool_table(current / "pyproject.toml"):
            return str(current / "pyproject.toml")
        if (current / ".git").exists() or str(current) == home or current.parent == current:
            return None
        current = current.parent


def discover(path: str) -> str | None:
    """The config file for the post at ``path`` (a file, a directory, or ``-`` for stdin:
    the current directory), found by walking up; ``None`` when there is none."""
    if path == "-":
        start = os.getcwd()
    else:
        absolute = os.path.abspath(path)
        start = absolute if os.path.isdir(absolute) else os.path.dirname(absolute)
    return _find_in(start)


def config_for(path: str, explicit: str | None = None) -> Config:
    """The :class:`Config` that applies to ``path`` (``explicit``: ``--config FILE``).

    Raises :class:`ProfileError` when the file is unreadable or does not validate.
    """
    source = explicit or discover(path)
    return load_config(source) if source else EMPTY


# -- loading and validation ------------------------------------------------------
@lru_cache(maxsize=None)
def load_config(source: str) -> Config:
    """Load and validate the config file ``source`` (YAML, or pyproject.toml's table).

    Raises :class:`ProfileError` naming the file and line of the first problem.
    """
    from .safeio import MAX_CONFIG_BYTES, read_text

    text = read_text(source, MAX_CONFIG_BYTES, ProfileError)
    if os.path.basename(source) == "pyproject.toml":
        data, lines = _load_toml(text, source)
    else:
        from .yamlio import load_yaml_with_lines

        data, lines = load_yaml_with_lines(text, source)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ProfileError("config-mapping", source, 1)
    config = Config(source=source, root=os.path.dirname(os.path.abspath(source)), lines=lines)
    _validate(config, data, lines, source)
    return config


def _load_toml(text: str, source: str) -> tuple[dict, dict]:
    import tomllib

    try:
        document = tomllib.loads(text)
    except RecursionError:
        raise ProfileError("toml-invalid", source, None, problem="nested too deeply") from None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise ProfileError("toml-invalid", source, int(match.group(1)) if match else None, problem=str(exc)) from None
    tool = document.get("tool", {})
    data = tool.get("kommunlint", {}) if isinstance(tool, dict) else {}
    return data, _toml_lines(text, data)


def _toml_lines(text: str, data: Any) -> dict[tuple, int]:
    """Approximate key lines for ``[tool.kommunlint]`` (tomllib keeps none): the first
    line after the table header where each key is assigned or opens a sub-table."""
    all_lines = text.splitlines()
    header = next((i for i, line in enumerate(all_lines) if re.match(r"\s*\[\s*tool\s*\.\s*kommunlint\s*[\].]", line)), 0)
    lines: dict[tuple, int] = {}

    # Index once (name → first line) so that many keys cost one pass, not one pass each.
    index: dict[str, int] = {}
    token = re.compile(r"(?:^|[\s.{,\[])[\"']?([^\"'\s=.{,\[\]]+)[\"']?\s*(?:=|\])")
    for i in range(header, len(all_lines)):
        for match in token.finditer(all_lines[i]):
            index.setdefault(match.group(1), i)

    def walk(value: Any, path: tuple) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                found = index.get(str(key))
                if found is None and len(value) < 50:  # a key the index cannot hold (a dot, a quote)
                    pattern = re.compile(r"(?:^|[\s.{,\[])[\"']?" + re.escape(str(key)) + r"[\"']?\s*(?:=|\])")
                    found = next((i for i in range(header, len(all_lines)) if pattern.search(all_lines[i])), None)
                if found is not None:
                    lines[path + (key,)] = found + 1
                walk(item, path + (key,))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if path in lines:
                    lines[path + (i,)] = lines[path]
                walk(item, path + (i,))

    walk(data, ())
    return lines


def _check_type(value: Any, kind: type, key: str, source: str, line: int | None) -> None:
    if not isinstance(value, kind) or (kind is list and not all(isinstance(v, str) for v in value)):
        name = "list of strings" if kind is list else kind.__name__
        raise ProfileError("wrong-type", source, line, key=key, kind=name)


def _check_choice(key: str, value: Any, source: str, line: int | None) -> None:
    if value not in _CHOICES[key]:
        raise ProfileError("config-value", source, line, key=key, allowed=", ".join(_CHOICES[key]), value=value)


def _resolve_profile(name: Any, config: Config, source: str, line: int | None) -> str:
    """Validate a ``profile:`` value and make a relative path absolute (to the config's dir)."""
    from .profile import load_profile

    _check_type(name, str, "profile", source, line)
    if name.endswith((".yaml", ".yml")) or "/" in name or os.sep in name:
        if not os.path.isabs(name):
            name = os.path.join(config.root, name)
    try:
        load_profile(name)
    except ProfileError as exc:
        if exc.path is None:  # e.g. an unknown built-in name: point at this file
            raise ProfileError(exc.key, source, line, **exc.args_) from None
        raise
    return name


def _validate_rules(rules: Any, profile: str | None, path: tuple, lines: dict, source: str) -> dict:
    """Check a ``rules`` mapping by applying it to the profile it will be used with."""
    from .profile import BASE, apply_rule_settings, load_profile

    if not isinstance(rules, dict):
        raise ProfileError("wrong-type", source, lines.get(path), key="rules", kind="mapping")
    apply_rule_settings(load_profile(profile or BASE), rules, lines, source, path)
    return rules


def _validate(config: Config, data: dict, lines: dict, source: str) -> None:
    for key in data:
        if key not in CONFIG_KEYS:
            raise ProfileError("unknown-key", source, lines.get((key,)), key=key, known=", ".join(CONFIG_KEYS))
    if "profile" in data:
        config.profile = _resolve_profile(data["profile"], config, source, lines.get(("profile",)))
    for key in ("lang", "fail-on"):
        if key in data:
            _check_choice(key, data[key], source, lines.get((key,)))
    config.lang, config.fail_on = data.get("lang"), data.get("fail-on")
    if "max-size" in data:
        from .safeio import parse_size

        try:
            config.max_size = parse_size(data["max-size"])
        except (ValueError, OverflowError):
            value = str(data["max-size"])[:40]
            raise ProfileError("bad-size", source, lines.get(("max-size",)), key="max-size", value=value) from None
    if "rules" in data:
        config.rules = _validate_rules(data["rules"], config.profile, ("rules",), lines, source)
    if "exclude" in data:
        _check_type(data["exclude"], list, "exclude", source, lines.get(("exclude",)))
        config.exclude = list(data["exclude"])
        _check_patterns(config.exclude, "exclude", source, lines.get(("exclude",)))
        config._exclude_spec = _spec(config.exclude)
    overrides = data.get("overrides", [])
    if not isinstance(overrides, list):
        raise ProfileError("wrong-type", source, lines.get(("overrides",)), key="overrides", kind="list")
    for i, entry in enumerate(overrides):
        config.overrides.append(_override(entry, i, config, lines, source))


def _override(entry: Any, i: int, config: Config, lines: dict, source: str) -> Override:
    path = ("overrides", i)
    line = lines.get(path)
    if not isinstance(entry, dict):
        raise ProfileError("wrong-type", source, line, key=f"overrides[{i}]", kind="mapping")
    for key in entry:
        if key not in OVERRIDE_KEYS:
            raise ProfileError("unknown-key", source, lines.get(path + (key,), line), key=key, known=", ".join(OVERRIDE_KEYS))
    if "files" not in entry:
        raise ProfileError("override-files", source, line)
    _check_type(entry["files"], list, "files", source, lines.get(path + ("files",), line))
    _check_patterns(entry["files"], "files", source, lines.get(path + ("files",), line))
    override = Override(files=list(entry["files"]), path=path, spec=_spec(entry["files"]))
    if "profile" in entry:
        override.profile = _resolve_profile(entry["profile"], config, source, lines.get(path + ("profile",), line))
    for key in ("account", "kind"):
        if key in entry:
            _check_choice(key, entry[key], source, lines.get(path + (key,), line))
            override.meta[key] = entry[key]
    if "rules" in entry:
        profile = override.profile or config.profile
        override.rules = _validate_rules(entry["rules"], profile, path + ("rules",), lines, source)
    return override
