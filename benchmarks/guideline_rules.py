"""Precision and recall of issue 12's guideline rules on a blind labelled set.

Usage::

    python benchmarks/guideline_rules.py [--heldout] [--data FILE] [--misses]

The set (``benchmarks/data/guideline_rules.yaml``; ``--heldout`` scores
``guideline_rules_heldout.yaml``, which nothing is tuned on) was written blind: each post
names its profile, account, kind and platform, and lists in ``expect`` the rule ids it
must trigger; ``expect: []`` marks a post that must stay clean (a trap). ``kind:
comment`` is a reply. Each post runs under its own profile with every rule the profile
enables. Scoring is per post and rule, for the rules the set labels: a warning or error
rule counts as flagged with a warning or error finding; an info rule
(``accessibility/*``, ``plain-language/*``, ``signature/personal-opinion``) with any
finding. A flag on a post that does not expect it is a false positive, an expected rule
that is not flagged a false negative.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's package and benchmarks
from benchmarks.scoring import tally  # noqa: E402
from kommunlint.linter import Options, lint
from kommunlint.post import parse_post
from kommunlint.profile import load_profile
from kommunlint.registry import get_rule
from kommunlint.yamlio import load_yaml_text

DATA = Path(__file__).parent / "data"

#: The rules the labelled set covers, in report order.
RULES: tuple[str, ...] = (
    "tone/shouting", "tone/accusation", "accuracy/rumour", "accuracy/placeholder",
    "commercial/advertising", "copyright/missing-credit", "links/insecure", "platform/length",
    "accessibility/hashtag", "accessibility/emoji", "plain-language/officialese", "signature/personal-opinion",
)


def post_of(item: dict):
    """The :class:`~kommunlint.post.Post` of a labelled item (``comment`` → ``reply``)."""
    kind = item.get("kind")
    meta = {"account": item.get("account"), "kind": "reply" if kind == "comment" else kind, "platform": item.get("platform")}
    return parse_post(item["text"], f"{item['id']}.txt", meta)


def flagged(findings) -> set[str]:
    """Labelled rules flagged by ``findings`` (warning/error; any finding for info rules)."""
    out = set()
    for finding in findings:
        if finding.rule not in RULES:
            continue
        if finding.severity != "info" or get_rule(finding.rule).severity == "info":
            out.add(finding.rule)
    return out


def score(posts: list[dict]) -> tuple[Counter, Counter, Counter, list[tuple[str, set[str], set[str]]]]:
    """``(tp, fp, fn, misses)`` per rule; a miss is ``(post id, expected, flagged)``."""
    profiles = {name: load_profile(name) for name in {p["profile"] for p in posts}}
    tp, fp, fn = Counter(), Counter(), Counter()
    misses = []
    for item in posts:
        got = flagged(lint(post_of(item), profiles[item["profile"]], Options()).findings)
        want = set(item.get("expect") or []) & set(RULES)
        tally(tp, fp, fn, got, want)
        if got != want:
            misses.append((item["id"], want, got))
    return tp, fp, fn, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help="score guideline_rules_heldout.yaml")
    parser.add_argument("--data", type=Path, default=None, help="labelled file (default: guideline_rules.yaml)")
    parser.add_argument("--misses", action="store_true", help="print every false positive and negative")
    args = parser.parse_args()
    path = args.data or DATA / ("guideline_rules_heldout.yaml" if args.heldout else "guideline_rules.yaml")
    posts = load_yaml_text(path.read_text(encoding="utf-8"), str(path))["posts"]
    tp, fp, fn, misses = score(posts)
    print(f"{path.name}: {len(posts)} posts ({sum(1 for p in posts if not p.get('expect'))} with nothing expected)")
    print(f"{'rule':32} {'sev':>7} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    for rule in RULES:
        p = tp[rule] / (tp[rule] + fp[rule]) if tp[rule] + fp[rule] else float("nan")
        r = tp[rule] / (tp[rule] + fn[rule]) if tp[rule] + fn[rule] else float("nan")
        print(f"{rule:32} {get_rule(rule).severity:>7} {tp[rule]:>4} {fp[rule]:>4} {fn[rule]:>4} {p:>10.2f} {r:>8.2f}")
    if args.misses:
        for post_id, want, got in misses:
            print(f"  {post_id}: missed {sorted(want - got)} extra {sorted(got - want)}")


if __name__ == "__main__":
    main()
