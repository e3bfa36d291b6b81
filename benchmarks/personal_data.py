"""Precision and recall of the personal-data rules on a labelled set, and posts per second.

Usage::

    python benchmarks/personal_data.py [--data benchmarks/data/personal_data_labelled.yaml] [--repeat 5] [--misses]

Each snippet of the labelled set names the personal-data rules it must trigger (``e``);
a snippet with ``e: []`` is a trap that must stay clean. Scoring is per snippet and rule:
a rule with a finding of severity ``warning`` or ``error`` counts as "flagged" (``info``
findings, such as a national id with a wrong check digit or a fixed-line phone number,
are hints and do not count). Speed: the whole set linted ``--repeat`` times with all
personal-data rules (profiles loaded once), after one warm-up pass.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

# Measure the checkout this script lives in, not whichever kommunlint is installed.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scoring import tally  # noqa: E402
from kommunlint.linter import Options, lint
from kommunlint.post import parse_post
from kommunlint.profile import load_profile
from kommunlint.registry import expand
from kommunlint.yamlio import load_yaml_text

DEFAULT_DATA = Path(__file__).parent / "data" / "personal_data_labelled.yaml"
GROUP = "personal-data/"


def flagged(result) -> set[str]:
    """Rule names (without the group) with a warning or error finding."""
    return {f.rule[len(GROUP) :] for f in result.findings if f.rule.startswith(GROUP) and f.severity != "info"}


def load_snippets(path: str | Path = DEFAULT_DATA) -> list[dict]:
    """The ``snippets`` of a labelled set (``t`` text, ``p`` profile, ``k`` kind, ``e`` expected rules)."""
    return load_yaml_text(Path(path).read_text(encoding="utf-8"), str(path))["snippets"]


def score(snippets: list[dict]) -> tuple[Counter, Counter, Counter, list[tuple[dict, set[str], set[str]]]]:
    """True positives, false positives and false negatives per rule name over ``snippets``
    (scored per snippet and rule, see the module docstring), and the snippets scored
    wrong as ``(snippet, expected rules, flagged rules)``.

    Used by :func:`main` and by ``tests/test_benchmark_sets.py``.
    """
    profiles = {name: load_profile(name) for name in {s["p"] for s in snippets}}
    options = Options(select=["personal-data"])
    tp, fp, fn = Counter(), Counter(), Counter()
    wrong = []
    for snippet in snippets:
        post = parse_post(snippet["t"], "bench.txt", {"kind": snippet.get("k")})
        got, want = flagged(lint(post, profiles[snippet["p"]], options)), set(snippet["e"])
        tally(tp, fp, fn, got, want)
        if got != want:
            wrong.append((snippet, want, got))
    return tp, fp, fn, wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--misses", action="store_true", help="print every false positive and negative")
    args = parser.parse_args()

    snippets = load_snippets(args.data)
    profiles = {name: load_profile(name) for name in {s["p"] for s in snippets}}
    options = Options(select=["personal-data"])

    tp, fp, fn, wrong = score(snippets)
    if args.misses:
        for snippet, want, got in wrong:
            print(f"MISS want={sorted(want)} got={sorted(got)}: {snippet['t']!r}")

    rules = [rule_id[len(GROUP) :] for rule_id in expand("personal-data")]
    print(f"{'rule':<16} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>8}")
    for rule in rules:
        p = tp[rule] / (tp[rule] + fp[rule]) if tp[rule] + fp[rule] else float("nan")
        r = tp[rule] / (tp[rule] + fn[rule]) if tp[rule] + fn[rule] else float("nan")
        print(f"{rule:<16} {tp[rule]:>4} {fp[rule]:>4} {fn[rule]:>4} {p:>10.2f} {r:>8.2f}")
    all_tp, all_fp, all_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print(f"{'all':<16} {all_tp:>4} {all_fp:>4} {all_fn:>4} {all_tp / max(all_tp + all_fp, 1):>10.2f} {all_tp / max(all_tp + all_fn, 1):>8.2f}")
    traps = [s for s in snippets if not s["e"]]
    print(f"snippets: {len(snippets)} ({len(traps)} clean traps)")

    def fresh():  # posts cache sentences; parse again so each pass does the full work
        return [(parse_post(s["t"], "bench.txt", {"kind": s.get("k")}), profiles[s["p"]]) for s in snippets]

    for post, profile in fresh():  # warm-up: lazy imports and name lists
        lint(post, profile, options)
    start = time.perf_counter()
    for _ in range(args.repeat):
        for post, profile in fresh():
            lint(post, profile, options)
    elapsed = time.perf_counter() - start
    print(f"speed: {len(snippets) * args.repeat / elapsed:.0f} posts/s ({args.repeat} x {len(snippets)} posts, all personal-data rules)")


if __name__ == "__main__":
    main()
