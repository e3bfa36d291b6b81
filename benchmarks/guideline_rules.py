"""Precision and recall of issue 12's guideline rules on a blind labelled set.

Usage::

    python benchmarks/guideline_rules.py [--heldout] [--data FILE] [--misses] [--clean FILE ...]

The set (``benchmarks/data/guideline_rules.yaml``; ``--heldout`` scores
``guideline_rules_heldout.yaml``, which nothing is tuned on) was written blind: each post
names its profile, account, kind and platform, and lists in ``expect`` the rule ids it
must trigger; ``expect: []`` marks a post that must stay clean (a trap). ``kind:
comment`` is a reply. Each post runs under its own profile with every rule the profile
enables. Scoring is per post and rule, for the rules the set labels: a warning or error
rule counts as flagged with a warning or error finding; an info rule
(``accessibility/*``, ``plain-language/*``, ``signature/personal-opinion``) with any
finding. A flag on a post that does not expect it is a false positive, an expected rule
that is not flagged a false negative. ``--misses`` lists every post scored wrong with
the rules missed and flagged extra (``--text`` adds the post's first line).

``--clean FILE`` lints a corpus of correct posts (``benchmarks/data/clean_posts.yaml``)
and counts, for issue 12's rules only, the posts with a warning or error (false alarms)
and the posts with an info (``plain-language/readability`` among them), per rule.
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
#: Issue 12's rules, for the counts on correct posts (``--clean``): the labelled set's
#: and readability (not labelled: a measure, not a violation), in report order.
_AT = RULES.index("plain-language/officialese")
ISSUE_RULES: tuple[str, ...] = (*RULES[:_AT], "plain-language/readability", *RULES[_AT:])


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


def clean_counts(posts: list[dict]) -> tuple[Counter, Counter, list[tuple[str, str, str, str]]]:
    """On correct posts: ``(posts with a warning/error per rule, posts with an info per
    rule, every finding as (post id, rule, severity, excerpt))`` for :data:`ISSUE_RULES`."""
    profiles = {name: load_profile(name) for name in {p["profile"] for p in posts}}
    alarms, infos, listed = Counter(), Counter(), []
    for item in posts:
        findings = [f for f in lint(post_of(item), profiles[item["profile"]], Options()).findings if f.rule in ISSUE_RULES]
        for rule_id in {f.rule for f in findings if f.severity in ("warning", "error")}:
            alarms[rule_id] += 1
        for rule_id in {f.rule for f in findings if f.severity == "info"}:
            infos[rule_id] += 1
        listed += [(item["id"], f.rule, f.severity, f.excerpt) for f in findings]
    return alarms, infos, listed


def report_clean(path: Path, show: bool) -> None:
    """Print :func:`clean_counts` for the corpus at ``path``."""
    posts = load_yaml_text(path.read_text(encoding="utf-8"), str(path))["posts"]
    alarms, infos, listed = clean_counts(posts)
    n = len(posts)
    flagged = len({post_id for post_id, _, severity, _ in listed if severity != "info"})
    print(f"{path.name}: {n} correct posts; issue-12 rules: posts with a warning/error {flagged} "
          f"({100 * flagged / n:.1f} per 100)")
    print(f"{'rule':32} {'alarm posts':>11} {'info posts':>10} {'info %':>7}")
    for rule_id in ISSUE_RULES:
        if alarms[rule_id] or infos[rule_id]:
            print(f"{rule_id:32} {alarms[rule_id]:>11} {infos[rule_id]:>10} {100 * infos[rule_id] / n:>7.1f}")
    if show:
        for post_id, rule_id, severity, excerpt in listed:
            print(f"  {post_id} {rule_id} {severity}: {excerpt[:80]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", action="store_true", help="score guideline_rules_heldout.yaml")
    parser.add_argument("--data", type=Path, default=None, help="labelled file (default: guideline_rules.yaml)")
    parser.add_argument("--misses", action="store_true", help="print every false positive and negative")
    parser.add_argument("--text", action="store_true", help="with --misses: also print each post's first line")
    parser.add_argument("--clean", type=Path, nargs="+", default=None,
                        help="count issue-12 findings on these corpora of correct posts instead")
    args = parser.parse_args()
    if args.clean:
        for path in args.clean:
            report_clean(path, args.misses)
        return
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
        texts = {p["id"]: p["text"] for p in posts}
        for post_id, want, got in misses:
            print(f"  {post_id}: missed {sorted(want - got)} extra {sorted(got - want)}")
            if args.text:
                print(f"      {texts[post_id].splitlines()[0][:100]}")


if __name__ == "__main__":
    main()
