"""Precision and recall of ``bilingual/*`` on a blind labelled set of bilingual posts.

Usage::

    python benchmarks/bilingual.py [--data FILE] [--misses]

The set (default ``benchmarks/data/bilingual_r14.yaml``; its held-out third is
``bilingual_r14_heldout.yaml``) was written blind, for Hangö, Kimitoön and Karleby:
official posts meant to be bilingual, each labelled ``expect: []`` (both versions give
the same information, freely translated), ``[bilingual/unbalanced]`` (one version leaves
out a date, time, place, price, link or contact, or is a summary; ``missing`` says
what) or ``[bilingual/missing-language]`` (one language only). Each post runs under its
own profile with every rule enabled; a rule counts as flagged with a warning or error
(an ``info`` hint is not a flag). Prints, per rule, true and false positives, false
negatives, precision and recall over posts, and the correct posts (``expect: []``)
with any bilingual warning. ``--misses`` lists every post scored wrong with its
``missing`` note and the messages given (messages never quote contact details).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this checkout's package
from kommunlint.linter import Options, lint  # noqa: E402
from kommunlint.post import parse_post  # noqa: E402
from kommunlint.profile import load_profile  # noqa: E402
from kommunlint.yamlio import load_yaml_text  # noqa: E402

DATA = Path(__file__).parent / "data"
RULES = ("bilingual/unbalanced", "bilingual/missing-language")


def score(posts: list[dict], misses: bool = False) -> tuple[Counter, Counter, Counter, int, int]:
    """``(tp, fp, fn, correct posts, correct posts with a bilingual warning)`` over posts
    (per rule of :data:`RULES`); ``misses`` prints every post scored wrong."""
    tp, fp, fn = Counter(), Counter(), Counter()
    clean = clean_flagged = 0
    profiles = {name: load_profile(name) for name in {p["profile"] for p in posts}}
    for item in posts:
        post = parse_post(item["text"], f"{item['id']}.txt",
                          {"account": item.get("account"), "kind": item.get("kind"), "platform": item.get("platform")})
        findings = lint(post, profiles[item["profile"]], Options()).findings
        got = {f.rule for f in findings if f.rule in RULES and f.severity != "info"}
        want = set(item.get("expect") or [])
        if not want:
            clean += 1
            clean_flagged += bool(got)
        for rule in RULES:
            if rule in got and rule in want:
                tp[rule] += 1
            elif rule in got:
                fp[rule] += 1
            elif rule in want:
                fn[rule] += 1
            if misses and (rule in got) != (rule in want):
                said = [f.message for f in findings if f.rule == rule and f.severity != "info"]
                print(f"{'FP' if rule in got else 'FN'} {item['id']} {rule} | {item.get('missing', '')} | {said}")
    return tp, fp, fn, clean, clean_flagged


def main(argv: list[str] | None = None) -> int:
    """Score the set; prints the table. Returns 0."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA / "bilingual_r14.yaml")
    parser.add_argument("--misses", action="store_true", help="list every post scored wrong")
    args = parser.parse_args(argv)
    posts = load_yaml_text(args.data.read_text(encoding="utf-8"), str(args.data))["posts"]
    tp, fp, fn, clean, clean_flagged = score(posts, args.misses)
    print(f"{args.data.name}: {len(posts)} posts, {clean} correct")
    print(f"{'rule':30} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>5} {'R':>5}")
    for rule in RULES:
        p = tp[rule] / (tp[rule] + fp[rule]) if tp[rule] + fp[rule] else 0.0
        r = tp[rule] / (tp[rule] + fn[rule]) if tp[rule] + fn[rule] else 0.0
        print(f"{rule:30} {tp[rule]:4} {fp[rule]:4} {fn[rule]:4} {p:5.2f} {r:5.2f}")
    print(f"correct posts with a bilingual warning: {clean_flagged} of {clean}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
