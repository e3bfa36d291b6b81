"""Rules, one module (or package) per rule group, as in yamllint.

A rule module declares each rule with :func:`rule`::

    @rule("confidential/marker", severity="error", options={"meta_severity": "info"})
    def check(post, ctx):
        yield Problem(start, end, "marker", {"term": ...})

``check(post, ctx)`` is a generator of :class:`~kommunlint.finding.Problem`; ``ctx`` is
a :class:`RuleContext` with the rule's merged options and the profile. The rule's
documentation is the function's docstring (shown by ``kommunlint explain``), its
user-facing texts are in ``kommunlint/messages/<group>.yaml``, and which guideline
clauses it cites is set per profile (``profiles/*.yaml``).

The group modules are listed in :data:`kommunlint.registry.RULE_MODULES`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterator

if TYPE_CHECKING:
    from ..finding import Problem
    from ..post import Post
    from ..profile import Profile

CheckFn = Callable[["Post", "RuleContext"], Iterator["Problem"]]


@dataclass(frozen=True)
class Rule:
    """A rule's declaration.

    Attributes:
        id: ``group/name``, fixed once published (configs and suppressions name it).
        severity: default severity (``error``, ``warning`` or ``info``).
        options: default options; a profile or config may set only these keys.
        check: the generator function; its docstring documents the rule.
    """

    id: str
    severity: str
    options: dict[str, Any]
    check: CheckFn

    @property
    def group(self) -> str:
        return self.id.split("/", 1)[0]

    @property
    def doc(self) -> str:
        import inspect

        return inspect.cleandoc(self.check.__doc__ or "")


@dataclass
class RuleContext:
    """What a rule's ``check`` gets besides the post.

    Attributes:
        rule: the rule being run.
        options: the rule's defaults merged with the profile's and the config's options.
        profile: the effective :class:`~kommunlint.profile.Profile`.
        state: scratch space shared by all rules on one post (e.g. a cached language map).
    """

    rule: Rule
    options: dict[str, Any]
    profile: "Profile"
    state: dict[str, Any] = field(default_factory=dict)


def rule(rule_id: str, *, severity: str, options: dict[str, Any] | None = None) -> Callable[[CheckFn], Rule]:
    """Decorator declaring a rule; returns the :class:`Rule` (the module keeps it)."""

    def wrap(fn: CheckFn) -> Rule:
        return Rule(rule_id, severity, dict(options or {}), fn)

    return wrap
