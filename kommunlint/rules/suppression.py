"""``suppression/missing-reason``: an inline suppression must say why.

A ``<!-- kommunlint-disable RULE -- reason -->`` comment hides findings from every
later reviewer; the reason is how the team sees that someone weighed the guideline
clause and decided (for example, that a phone number is the switchboard's). This is
the practice of ESLint's ``eslint-comments/require-description`` and of Vale's and
yamllint's reviewed exceptions; the guidelines themselves require that what is
published has been checked (e.g. Hangö punkt 2, Norsjö 4.9). The directive syntax is
documented in :mod:`kommunlint.suppress`.
"""

from __future__ import annotations

from typing import Iterator

from ..finding import Problem
from . import rule


@rule("suppression/missing-reason", severity="warning")
def missing_reason(post, ctx) -> Iterator[Problem]:
    """Directive comments without a reason, naming a rule that does not exist, or
    misspelled (``kommunlint-disabel``: it suppresses nothing).

    ``<!-- kommunlint-disable personal-data/phone -->`` (no `` -- reason``) is
    reported; it still suppresses, so adding the reason is the whole fix. A
    directive naming an unknown rule or group (a typo suppresses nothing) is
    reported too. Source: the team's review practice (see the module docstring);
    a suppression is an exception to the municipality's guideline and must be
    explained to the next reader.
    """
    suppressions = post.suppressions
    for directive in suppressions.directives if suppressions else ():
        if directive.kind != "enable" and not directive.reason:
            yield Problem(directive.start, directive.end, "missing-reason", {"directive": f"kommunlint-{directive.kind}"}, suggestion_key="add-reason")
        for name in directive.unknown:
            yield Problem(directive.start, directive.end, "unknown-rule", {"rule": name})
    # A misspelled directive ("kommunlint-disabel") suppresses nothing: say so, with the
    # closest directive word (rapidfuzz, as the CLI's "did you mean").
    from ..suppress import DIRECTIVE_WORDS

    for start, end, word in suppressions.misspelled if suppressions else ():
        from rapidfuzz import process

        best = process.extractOne(word, DIRECTIVE_WORDS)
        yield Problem(start, end, "misspelled", {"written": f"kommunlint-{word}", "suggestion": f"kommunlint-{best[0]}"})


RULES = [missing_reason]
