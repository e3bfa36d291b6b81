"""Regenerate kommunlint/detect/offensive/data/lexicons.pickle, the offensive lexicons
parsed, expanded and indexed (:data:`kommunlint.detect.offensive.lexicon.CACHE`).

Run after editing a lexicon, an exception list, ``lexicon.py``, ``morph.py`` or
``patterns.py``: until then the cache's key no longer matches and every run builds the
lexicons from the YAML again (same findings, ~0.1 s slower to start), and
``tests/test_offensive_lexicon.py`` fails.

Usage::

    PYTHONPATH=. python scripts/offensive_cache.py [--check]

``--check`` exits 1 when the cache is missing or out of date instead of rewriting it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kommunlint.detect.offensive import lexicon as lx  # noqa: E402

OUT = ROOT / "kommunlint" / "detect" / "offensive" / "data" / lx.CACHE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 when the cache is out of date")
    args = parser.parse_args()
    if args.check:
        current = lx.cached()
        print("current" if current else f"out of date: run python {Path(__file__).name}")
        return 0 if current else 1
    OUT.write_bytes(lx.build_cache())
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
