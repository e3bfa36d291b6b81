"""A longer fuzzing run: the checks of ``tests/test_fuzz.py`` with many more examples.

Generated posts (with front matter, directives, hostile file names, adversarial
repetitions and a valid personnummer), configurations and profiles go through the
API (lint + every report format) and the command line (typer's runner). A failure
stops the run with hypothesis' shrunk example. Prints the number of inputs, the
exit-code mix of the CLI runs and time per input (mean, max).

Usage: python benchmarks/fuzz.py [--examples 2000] [--cli-examples 500] [--seed N]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=2000, help="API inputs")
    parser.add_argument("--cli-examples", type=int, default=500, help="CLI runs")
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: random)")
    args = parser.parse_args()

    from hypothesis import HealthCheck, given, seed, settings
    from hypothesis import strategies as st

    import test_fuzz as fuzz

    api_times: list[float] = []
    cli_times: list[float] = []
    exits: Counter = Counter()
    common = dict(deadline=None, suppress_health_check=list(HealthCheck), database=None)

    @settings(max_examples=args.examples, **common)
    @given(fuzz.posts())
    def api(sample):
        start = time.process_time()
        fuzz._check_api(*sample)
        api_times.append((time.process_time() - start, len(sample[0])))

    @settings(max_examples=args.cli_examples, **common)
    @given(
        fuzz.posts(),
        fuzz.sometimes(fuzz.yaml_document(fuzz.CONFIG_KEYS), 4),
        fuzz.sometimes(fuzz.yaml_document(fuzz.PROFILE_KEYS).map(lambda doc: "extends: hango\n" + doc), 4),
        st.sampled_from(fuzz.FORMATS),
        st.booleans(),
    )
    def cli(sample, config, profile, fmt, stdin):
        folder = Path(tempfile.mkdtemp(prefix="kommunlint-fuzz-"))
        original = fuzz.CliRunner.invoke

        def counting(self, *a, **k):
            result = original(self, *a, **k)
            exits[result.exit_code] += 1
            return result

        fuzz.CliRunner.invoke = counting
        start = time.process_time()
        try:
            fuzz._check_cli(folder, *sample, config, profile, fmt, stdin)
        finally:
            fuzz.CliRunner.invoke = original
            cli_times.append(time.process_time() - start)
            shutil.rmtree(folder, ignore_errors=True)

    for test in (api, cli):
        if args.seed is not None:
            test = seed(args.seed)(test)
        begin = time.monotonic()
        test()
        print(f"{test.__name__}: done in {time.monotonic() - begin:.0f} s", flush=True)
    sizes = sum(n for _, n in api_times) / 1000
    api_cpu = sum(t for t, _ in api_times)
    print(f"API inputs: {len(api_times)}, {sizes:.0f} KB in all; CPU per input mean {api_cpu / len(api_times) * 1000:.1f} ms, "
          f"max {max(t for t, _ in api_times) * 1000:.0f} ms; {api_cpu * 1000 / max(sizes, 1e-9):.2f} ms/KB")
    print(f"CLI runs: {len(cli_times)}; CPU per run mean {sum(cli_times) / len(cli_times) * 1000:.1f} ms, max {max(cli_times) * 1000:.0f} ms; "
          f"exit codes {dict(sorted(exits.items()))}")
    print("no failure: no exception escaped, exit codes in {0, 1, 2}, every error line named its file, no personnummer leaked")


if __name__ == "__main__":
    main()
