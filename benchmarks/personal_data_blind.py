"""Recall and precision per kind of personal data on the blind set (issue 11).

Usage::

    python benchmarks/personal_data_blind.py [--data benchmarks/data/personal_data_blind.yaml] [--misses]

Each snippet of the blind set lists its personal data (``pii``: ``kind``, ``value`` as
an exact substring of ``text``, ``severity``); ``pii: []`` marks a clean trap. Every
snippet runs under its own profile, account and kind with the personal-data rules.

- A labelled value counts as *found* when a warning or error finding of the rule of
  its kind (``personal-data/<kind>``) overlaps one of its occurrences in the text.
- A warning or error finding that overlaps no labelled value of its kind is a *false
  alarm* (the precision side). ``info`` findings are hints and count for neither.

The held-out companion (``personal_data_blind_heldout.yaml``) is scored with
``--data``, only at the end: nothing may be tuned on it.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kommunlint.linter import Options, lint
from kommunlint.post import parse_post
from kommunlint.profile import load_profile
from kommunlint.yamlio import load_yaml_text

DEFAULT_DATA = Path(__file__).parent / "data" / "personal_data_blind.yaml"
GROUP = "personal-data/"


def occurrences(text: str, value: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every occurrence of ``value`` in ``text``."""
    spans, at = [], text.find(value)
    while at >= 0:
        spans.append((at, at + len(value)))
        at = text.find(value, at + 1)
    return spans


def score(snippets: list[dict]) -> tuple[Counter, Counter, Counter, list[str]]:
    """(found, missed, false alarms) per kind, and a line per miss or false alarm."""
    profiles = {name: load_profile(name) for name in {s["profile"] for s in snippets}}
    options = Options(select=["personal-data"])
    found, missed, false = Counter(), Counter(), Counter()
    notes: list[str] = []
    for item in snippets:
        meta = {"account": item.get("account"), "kind": item.get("kind")}
        post = parse_post(item["text"], f"{item['id']}.txt", meta)
        findings = [f for f in lint(post, profiles[item["profile"]], options).findings
                    if f.rule.startswith(GROUP) and f.severity != "info"]
        labelled: dict[str, list[tuple[int, int]]] = {}
        for pii in item.get("pii") or []:
            spans = occurrences(post.text, pii["value"])
            labelled.setdefault(pii["kind"], []).extend(spans)
            hit = any(f.rule == GROUP + pii["kind"] and f.start < e and s < f.end for f in findings for s, e in spans)
            if hit:
                found[pii["kind"]] += 1
            else:
                missed[pii["kind"]] += 1
                notes.append(f"MISS {item['id']} {pii['kind']} {pii['value']!r}")
        for f in findings:
            kind = f.rule[len(GROUP):]
            if not any(f.start < e and s < f.end for s, e in labelled.get(kind, [])):
                false[kind] += 1
                notes.append(f"FALSE {item['id']} {kind} {post.text[f.start:f.end]!r}")
    return found, missed, false, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DEFAULT_DATA))
    parser.add_argument("--misses", action="store_true", help="print every miss and false alarm")
    args = parser.parse_args()
    snippets = load_yaml_text(Path(args.data).read_text(encoding="utf-8"), args.data)["snippets"]
    found, missed, false, notes = score(snippets)
    if args.misses:
        print("\n".join(notes))
    print(f"{Path(args.data).name}: {len(snippets)} snippets ({sum(1 for s in snippets if not s.get('pii'))} clean traps)")
    print(f"{'kind':<16} {'found':>5} {'missed':>6} {'false':>5} {'recall':>7} {'precision':>9}")
    kinds = sorted(set(found) | set(missed) | set(false))
    for kind in kinds + ["all"]:
        tp = sum(found.values()) if kind == "all" else found[kind]
        fn = sum(missed.values()) if kind == "all" else missed[kind]
        fp = sum(false.values()) if kind == "all" else false[kind]
        recall = tp / (tp + fn) if tp + fn else float("nan")
        precision = tp / (tp + fp) if tp + fp else float("nan")
        print(f"{kind:<16} {tp:>5} {fn:>6} {fp:>5} {recall:>7.2f} {precision:>9.2f}")


if __name__ == "__main__":
    main()
