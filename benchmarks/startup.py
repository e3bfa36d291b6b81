"""Cold start-up: wall time of `kommunlint check POST` as a fresh process, median of N runs.

Usage: python benchmarks/startup.py [--runs 21] [--profile hango] [POST]

Prints the median, min and max in seconds, and the slowest imports of one run
(python -X importtime), so a regression can be traced to the module that caused it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_POST = ROOT / "examples" / "hango" / "svar-sekretess.txt"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("post", nargs="?", default=str(DEFAULT_POST))
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--profile", default=None)
    args = parser.parse_args()

    exe = shutil.which("kommunlint") or str(Path(sys.executable).parent / "kommunlint")
    cmd = [exe, "check", "--format", "json", args.post] + (["--profile", args.profile] if args.profile else [])
    env = {**os.environ, "NO_COLOR": "1"}
    # A user's install has bytecode (pip compiles on install; Python caches it after the
    # first run). Some sandboxes set PYTHONDONTWRITEBYTECODE, which would time the
    # compiler instead: the warm-up run below writes the cache, as a first real run does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run(cmd, capture_output=True, env=env)  # OS file cache and bytecode cache
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, env=env)
        times.append(time.perf_counter() - start)
        if proc.returncode not in (0, 1):
            sys.exit(f"kommunlint failed: {proc.stderr.decode()}")
    print(f"cold `kommunlint check` on {Path(args.post).name}: median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s, max {max(times):.3f} s over {args.runs} runs")

    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "kommunlint", *cmd[1:]], capture_output=True, text=True, env=env)
    rows = []
    for line in proc.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            parts = [p.strip() for p in line[len("import time:"):].split("|")]
            if parts[1].isdigit():
                rows.append((int(parts[1]), parts[2]))
    print("slowest imports (cumulative µs):", flush=True)
    for micros, name in sorted(rows, reverse=True)[:12]:
        print(f"  {micros:>8}  {name}")


if __name__ == "__main__":
    main()
