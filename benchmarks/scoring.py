"""Counting shared by the benchmark scripts: true and false positives and negatives per label."""

from __future__ import annotations

from collections import Counter


def tally(tp: Counter, fp: Counter, fn: Counter, got: set[str], want: set[str]) -> None:
    """Add one item's outcome: labels in both ``got`` and ``want`` are true positives,
    only in ``got`` false positives, only in ``want`` false negatives."""
    for label in got & want:
        tp[label] += 1
    for label in got - want:
        fp[label] += 1
    for label in want - got:
        fn[label] += 1
