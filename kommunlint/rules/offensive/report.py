"""From matcher hits to :class:`~kommunlint.finding.Problem` objects for one rule.

Severity (documented in README, section "offensive"): a hit is reported at most as
severe as its lexicon sureness says — 2 → ``error``, 1 → ``warning``, 0 → ``info`` —
and never more severe than the rule's configured severity. A quoted or meta hit is
``info`` (or dropped with option ``quoted: off``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem

#: Options every offensive rule accepts (profiles and configs may set them).
OPTIONS: dict = {"min_sureness": 0, "quoted": "info"}
#: Reported severity per lexicon sureness.
SEVERITY_BY_SURENESS: dict[int, str] = {2: "error", 1: "warning", 0: "info"}


def problems(post, ctx, category: str) -> Iterator[Problem]:
    """Problems of one category for ``post`` (hits cached per post in ``ctx.state``).

    Raises ``ValueError`` for an option value outside its range (``min_sureness`` 0–2,
    ``quoted`` ``info``/``off``), which a profile could set wrongly.
    """
    from .matcher import scan

    min_sureness = ctx.options.get("min_sureness", 0)
    quoted = ctx.options.get("quoted", "info")
    if min_sureness not in (0, 1, 2) or quoted not in ("info", "off"):
        raise ValueError(f"{ctx.rule.id}: min_sureness must be 0-2 and quoted info|off")
    for hit in scan(post, ctx.profile, ctx.state):
        if hit.category != category or hit.sureness < min_sureness:
            continue
        args = {"term": hit.term}
        if hit.context != "use":
            if quoted == "off":
                continue
            yield Problem(hit.start, hit.end, hit.context, args, severity="info")
            continue
        key = "phrase" if hit.how == "phrase" else "word"
        yield Problem(hit.start, hit.end, key, args, severity=SEVERITY_BY_SURENESS[hit.sureness], suggestion_key="rephrase")
