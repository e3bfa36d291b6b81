"""The regex-linearity sweep of ``tests/test_regex_linearity.py``, pattern by pattern, with times.

Usage::

    python benchmarks/regex_linearity.py [--slowest 15]

Collects the patterns as the test does (module globals and the patterns compiled while
linting sample posts, lexicon phrases included), checks each as the test does
(adversarial strings of 1 KB, 3 KB and 10 KB, confirmed on 30 KB; word-level patterns
on strings of the longest input their callers give them; a CPU-time limit per pattern)
on two forked workers, and prints: the number of patterns, the CPU time of the sweep,
the patterns that failed with their ratio, and the slowest patterns to check.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import test_regex_linearity as sweep  # noqa: E402


def _timed_check(pattern):
    start = time.process_time()
    worst = sweep.check_pattern(pattern)
    return worst, time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--slowest", type=int, default=15, help="how many of the slowest patterns to list")
    args = parser.parse_args()
    started = time.process_time()
    patterns = sweep._patterns()
    collected = time.process_time() - started
    with multiprocessing.get_context("fork").Pool(2) as pool:
        results = pool.map(_timed_check, patterns, chunksize=4)
    cpu = sum(seconds for _, seconds in results)
    failed = [(p, w) for p, (w, _) in zip(patterns, results) if w]
    bounded = sum(1 for p in patterns if sweep.usage_of(p).bound is not None)
    print(
        f"{len(patterns)} patterns ({bounded} word-level, bounded); collecting {collected:.1f} s, "
        f"checking {cpu:.1f} s of CPU on two workers; super-linear: {len(failed)}"
    )
    for pattern, (ratio, fragment, small, large) in failed:
        print(f"  ×{ratio:<6.0f} {fragment!r:<12} {small:.3f} s / {large:.3f} s  {pattern.pattern[:110]!r}")
    print(f"slowest {args.slowest} to check (CPU s):")
    order = sorted(zip(patterns, results), key=lambda item: -item[1][1])
    for pattern, (_, seconds) in order[: args.slowest]:
        print(f"  {seconds:6.2f}  {pattern.pattern[:110]!r}")


if __name__ == "__main__":
    main()
