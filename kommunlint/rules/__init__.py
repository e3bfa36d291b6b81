"""Rules: what to report, given what the detectors found (ruff's checkers + violations).

A rule module declares each rule with :func:`rule`::

    @rule("personal-data/phone", severity="warning",
          options={"extra_public_numbers": Option(list, [], item=str, help="...")})
    def phone(post, ctx):
        \"\"\"One line on what it reports. Source: the clause or law it enforces.\"\"\"
        for number in ctx.analysis.phones:
            ...
            yield Problem(number.start, number.end, "mobile", pii="phone")

``check(post, ctx)`` is a generator of :class:`~kommunlint.finding.Problem`; ``ctx`` is a
:class:`RuleContext`: the rule's validated options, the profile, and the per-post
:class:`~kommunlint.detect.Analysis` (what the detectors found, computed once per post
and shared by every rule). A rule never imports another rule; what two rules share is
a detector.

Where things are, for a rule id ``group/name``:

- the rule: ``kommunlint/rules/<group>/<name>.py`` (or ``rules/<group>.py`` when the
  group's rules are a few lines each); the list of ids: :mod:`kommunlint.registry`;
- what it detects: the detector named by the ``ctx.analysis`` attribute it reads
  (:mod:`kommunlint.detect`);
- its user texts and documentation (what, why, an example that fails and one that
  passes, in sv, fi and en): ``kommunlint/messages/<group>.yaml``, printed by
  ``kommunlint explain``;
- which guideline clauses it cites: ``profiles/*.yaml``;
- its fixtures: ``tests/fixtures/<group>/<name>/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Iterator

if TYPE_CHECKING:
    from ..detect import Analysis
    from ..finding import Problem
    from ..post import Post
    from ..profile import Profile

CheckFn = Callable[["Post", "RuleContext"], Iterator["Problem"]]

_TYPE_NAMES = {bool: "bool", int: "int", float: "float", str: "str", list: "list"}


@dataclass(frozen=True)
class Option:
    """A typed rule option (yamllint's ``CONF``): its type, default and allowed values.

    Attributes:
        type: ``bool``, ``int``, ``float``, ``str`` or ``list``.
        default: the value when neither profile nor config sets it.
        choices: allowed values (for ``str`` and ``int``), or ``None``.
        minimum, maximum: inclusive range for ``int`` and ``float``, or ``None``.
        item: the type of a ``list``'s items.
        help: one line for ``kommunlint explain`` and the docs.
    """

    type: type
    default: Any
    choices: tuple[Any, ...] | None = None
    minimum: float | None = None
    maximum: float | None = None
    item: type | None = None
    help: str = ""

    def expected(self) -> str:
        """What a valid value looks like, for error messages: ``int 1..10``, ``info | off``."""
        if self.choices is not None:
            return " | ".join(str(c) for c in self.choices)
        name = _TYPE_NAMES.get(self.type, self.type.__name__)
        if self.type is list and self.item is not None:
            return f"list of {_TYPE_NAMES.get(self.item, self.item.__name__)}"
        if self.minimum is not None or self.maximum is not None:
            low = "" if self.minimum is None else f"{self.minimum:g}"
            high = "" if self.maximum is None else f"{self.maximum:g}"
            return f"{name} {low}..{high}"
        return name

    def valid(self, value: Any) -> bool:
        """True when ``value`` has the option's type and lies in its choices or range.

        ``bool`` is not accepted for ``int``/``float`` options (YAML's ``yes`` is not 3),
        and an ``int`` is accepted for a ``float`` option.
        """
        if self.type is float:
            ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        elif self.type is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, self.type)
        if not ok:
            return False
        if self.type is list and self.item is not None and not all(isinstance(v, self.item) for v in value):
            return False
        if self.choices is not None and value not in self.choices:
            return False
        if self.minimum is not None and value < self.minimum:
            return False
        return self.maximum is None or value <= self.maximum


@dataclass(frozen=True)
class Rule:
    """A rule's declaration.

    Attributes:
        id: ``group/name``, fixed once published (configs and suppressions name it).
        severity: default severity (``error``, ``warning`` or ``info``).
        options: the typed options a profile or config may set (name → :class:`Option`).
        check: the generator function.
    """

    id: str
    severity: str
    options: dict[str, Option]
    check: CheckFn

    @property
    def group(self) -> str:
        """The part of the id before ``/``."""
        return self.id.split("/", 1)[0]

    def defaults(self) -> dict[str, Any]:
        """Every option's default value."""
        return {name: option.default for name, option in self.options.items()}


@dataclass
class RuleContext:
    """What a rule's ``check`` gets besides the post.

    Attributes:
        rule: the rule being run.
        options: the rule's defaults overlaid with the profile's and config's values,
            validated at load (:func:`kommunlint.profile.apply_rule_settings`).
        profile: the effective :class:`~kommunlint.profile.Profile`.
        analysis: the post's :class:`~kommunlint.detect.Analysis`, shared by all rules.
    """

    rule: Rule
    options: dict[str, Any]
    profile: "Profile"
    analysis: "Analysis"


def rule(rule_id: str, *, severity: str, options: dict[str, Option] | None = None) -> Callable[[CheckFn], Rule]:
    """Decorator declaring a rule; returns the :class:`Rule` (the module lists it in ``RULES``)."""

    def wrap(fn: CheckFn) -> Rule:
        return Rule(rule_id, severity, dict(options or {}), fn)

    return wrap


__all__ = ["Option", "Rule", "RuleContext", "rule"]
