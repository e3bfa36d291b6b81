"""Precision and recall of the personal-data rules per labelled VALUE, on the blind set.

Usage::

    python benchmarks/personal_data_values.py [--data benchmarks/data/personal_data_blind.yaml] [--heldout] [--misses]

Each snippet of ``personal_data_blind*.yaml`` lists every piece of personal data in it
(``pii``: kind, the exact text, and the severity publishing it deserves). Scoring:

- a labelled value is *found* when a warning or error finding of ``personal-data/<kind>``
  overlaps it; it is *found as error* when such a finding is an error;
- a warning or error finding that overlaps no labelled value (of any kind) is a false
  positive; so is an error finding that overlaps only values labelled ``warning``.

Reported per kind and overall: recall (all values), and precision/recall at error level
(labelled ``error`` values against error findings), the issue's target (≥ 0.95 each on
the held-out part). ``--heldout`` scores ``personal_data_blind_heldout.yaml``, which
nothing is tuned on.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from kommunlint.linter import Options, lint
from kommunlint.post import parse_post
from kommunlint.profile import load_profile
from kommunlint.yamlio import load_yaml_text

DATA = Path(__file__).parent / "data"
GROUP = "personal-data/"


def spans_of(text: str, value: str) -> list[tuple[int, int]]:
    """Every ``(start, end)`` of ``value`` in ``text`` (0-based, end exclusive)."""
    out, at = [], text.find(value)
    while at >= 0:
        out.append((at, at + len(value)))
        at = text.find(value, at + 1)
    return out


def score(snippets: list[dict], misses: bool = False) -> dict[str, Counter]:
    """Counters per kind: ``values``, ``found``, ``err_values``, ``err_found``, ``fp``, ``err_fp``."""
    profiles = {name: load_profile(name) for name in {s["profile"] for s in snippets}}
    counts: dict[str, Counter] = {}
    for snippet in snippets:
        meta = {"account": snippet.get("account"), "kind": snippet.get("kind")}
        post = parse_post(snippet["text"], f"{snippet['id']}.txt", meta)
        findings = [f for f in lint(post, profiles[snippet["profile"]], Options(select=["personal-data"])).findings
                    if f.severity in ("error", "warning")]
        labelled = [(item, span) for item in snippet["pii"] for span in spans_of(post.text, item["value"])]
        for item in snippet["pii"]:
            c = counts.setdefault(item["kind"], Counter())
            spans = spans_of(post.text, item["value"])
            hits = [f for f in findings if f.rule == GROUP + item["kind"] and any(f.start < e and s < f.end for s, e in spans)]
            c["values"] += 1
            c["found"] += bool(hits)
            if item.get("severity") == "error":
                c["err_values"] += 1
                c["err_found"] += any(f.severity == "error" for f in hits)
            if misses and not hits:
                print(f"MISS {snippet['id']} {item['kind']}: {item['value']!r}")
        for finding in findings:
            kind = finding.rule[len(GROUP):]
            c = counts.setdefault(kind, Counter())
            covering = [item for item, (s, e) in labelled if finding.start < e and s < finding.end]
            if not covering:
                c["fp"] += 1
                if finding.severity == "error":
                    c["err_fp"] += 1
                if misses:
                    print(f"FP   {snippet['id']} {finding.rule} {finding.severity}: {finding.excerpt!r}")
            elif finding.severity == "error" and all(item.get("severity") != "error" for item in covering):
                c["err_fp"] += 1
                if misses:
                    print(f"ERR> {snippet['id']} {finding.rule}: labelled warning, reported error")
    return counts


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.2f}" if b else "  - "


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=None)
    parser.add_argument("--heldout", action="store_true", help="score personal_data_blind_heldout.yaml")
    parser.add_argument("--misses", action="store_true", help="print every miss and false positive")
    args = parser.parse_args()
    path = args.data or DATA / ("personal_data_blind_heldout.yaml" if args.heldout else "personal_data_blind.yaml")
    snippets = load_yaml_text(path.read_text(encoding="utf-8"), str(path))["snippets"]
    counts = score(snippets, args.misses)
    total = sum(counts.values(), Counter())
    print(f"{path.name}: {len(snippets)} snippets ({sum(1 for s in snippets if not s['pii'])} clean traps)")
    print(f"{'kind':16} {'values':>6} {'recall':>7} {'FP':>4} {'precision':>9} | {'err values':>10} {'err R':>6} {'err FP':>6} {'err P':>6}")
    for kind in sorted(counts) + ["all"]:
        c = total if kind == "all" else counts[kind]
        err_tp = c["err_found"]
        print(f"{kind:16} {c['values']:6d} {_ratio(c['found'], c['values']):>7} {c['fp']:4d} "
              f"{_ratio(c['found'], c['found'] + c['fp']):>9} | {c['err_values']:10d} {_ratio(err_tp, c['err_values']):>6} "
              f"{c['err_fp']:6d} {_ratio(err_tp, err_tp + c['err_fp']):>6}")


if __name__ == "__main__":
    main()
