"""False alarms of confidential/marker on clean news and nonfiction, and its speed.

Counts findings per 1,000 sentences on ud_swedish_talbanken, the sv and fi sides of
ud_pud_sv_fi_parallel and ud_finnish_tdt (from ../shared/corpora; skipped when absent),
each listed with ``--list`` so a person can judge whether it is a real secrecy marker.

Usage: python benchmarks/confidential.py [--list]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("KOMMUNLINT_SHARED", ROOT.parent / "shared")) / "corpora"


def corpora() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    talbanken = CORPORA / "ud_swedish_talbanken" / "sv_sentences.txt"
    if talbanken.exists():
        out["talbanken (sv)"] = talbanken.read_text(encoding="utf-8").splitlines()
    pud = CORPORA / "ud_pud_sv_fi_parallel" / "sv_fi_en_parallel.tsv"
    if pud.exists():
        with open(pud, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        out["PUD sv"] = [r["sv"] for r in rows]
        out["PUD fi"] = [r["fi"] for r in rows]
    tdt = CORPORA / "ud_finnish_tdt" / "fi_sentences.txt"
    if tdt.exists():
        out["TDT (fi)"] = tdt.read_text(encoding="utf-8").splitlines()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every finding")
    args = parser.parse_args()
    from kommunlint.linter import Options, lint
    from kommunlint.post import parse_post
    from kommunlint.profile import load_profile

    profile, options = load_profile("base"), Options(select=["confidential"])
    texts = corpora()
    if not texts:
        print(f"no corpora under {CORPORA}")
        return 0
    total, start = 0, time.perf_counter()
    for name, sentences in texts.items():
        found = [(f, s) for s in sentences for f in lint(parse_post(s), profile, options).findings]
        total += len(sentences)
        print(f"{name:15} {1000 * len(found) / len(sentences):5.1f} findings / 1,000 sentences ({len(found)} in {len(sentences)})")
        if args.list:
            for finding, sentence in found:
                print(f"    [{finding.severity}] {finding.excerpt!r} in {sentence[:100]!r}")
    print(f"speed: {total / (time.perf_counter() - start):,.0f} sentences/s (whole linter, confidential only)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
