"""Every regular expression of kommunlint on adversarial 10 KB strings, each with a time limit.

Usage::

    python benchmarks/regex_linearity.py [--limit 8]

Collects the patterns as ``tests/test_regex_linearity.py`` does (module globals and
the patterns compiled while linting sample posts, lexicon phrases included) and times
each on its adversarial fragments at 10 KB in a forked process, killed after
``--limit`` seconds. Prints the patterns over one second or over the limit: candidates
for a super-linear (or word-level, never meant for a whole post) pattern. The full
ratio check of the test (10 KB vs 100 KB) runs with ``pytest -m slow``.
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

PATTERNS = sweep._patterns()


def _cost(index: int) -> float:
    pattern = PATTERNS[index]
    start = time.perf_counter()
    for fragment in sweep.adversarial_fragments(pattern):
        sweep._time(pattern, sweep._build(fragment, sweep.SMALL))
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=float, default=8.0, help="seconds per pattern")
    args = parser.parse_args()
    context = multiprocessing.get_context("fork")
    slow = []
    started = time.time()
    for index in range(len(PATTERNS)):
        pool = context.Pool(1)
        try:
            cost = pool.apply_async(_cost, (index,)).get(timeout=args.limit)
            if cost > 1.0:
                slow.append((f"{cost:.1f} s", PATTERNS[index].pattern[:120]))
        except multiprocessing.TimeoutError:
            slow.append((f"> {args.limit:g} s", PATTERNS[index].pattern[:120]))
        finally:
            pool.terminate()
    print(f"{len(PATTERNS)} patterns in {time.time() - started:.0f} s; over 1 s on 10 KB: {len(slow)}")
    for cost, source in slow:
        print(f"  {cost:>8}  {source!r}")


if __name__ == "__main__":
    main()
