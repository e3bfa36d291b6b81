"""Speed on realistic posts, side by side with proselint, in CPU seconds.

Usage::

    python benchmarks/realistic.py [--posts 1000] [--no-peer] [--groups] [--keep DIR] [--memory 10000] [--profile]

Builds ``--posts`` posts from real Swedish and Finnish sentences (UD Talbanken, UD
Finnish-TDT and the aligned sv/fi sentences of UD PUD in ``../shared/corpora``): 3–8
sentences each, a third of them bilingual (a Swedish block and its Finnish translation),
each ending with a signature line, spread over the five profiles. Skips with a message
when ``../shared`` is absent. Then, each as a fresh process and timed by the CPU seconds
it used (user + system, from ``getrusage`` of the child):

- ``kommunlint check --format json DIR`` with one process (``KOMMUNLINT_JOBS=1``) and
  with the default pool;
- proselint (installed in a temporary virtualenv in the same run, unless ``--no-peer``)
  on the same files;
- with ``--groups``, kommunlint with each rule group alone (``--select GROUP``);
- a cold check of one post, against importing kommunlint's command-line dependencies
  (typer, rich, PyYAML, rapidfuzz, phonenumbers) in a bare interpreter.

``--profile`` also checks the posts in one process under a CPU-time sampler
(``ITIMER_PROF``, every 7 ms) and prints where the samples fall: by function (own
time: the innermost Python frame, so a regular expression's or another C function's
time counts to the Python function that called it) and by kommunlint module
(cumulative: any frame of it on the stack). A sampler rather than ``cProfile``,
whose cost per call inflates the small Python functions several times.

Also prints the peak resident memory of each kommunlint run; ``--memory N`` also
checks N such posts in one process (``KOMMUNLINT_JOBS=1``) and prints its CPU seconds
and peak memory (the target: 10,000 posts in at most 80 MB). Template posts
(``benchmarks/throughput.py``) are shorter and measure the CLI's overhead; this script
measures the rules on real prose.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from benchmarks.offensive import CORPORA, sentences  # noqa: E402  (the corpora readers)

PROFILES = ("hango", "karleby", "kimitoon", "norsjo", "vimmerby")
BILINGUAL = ("hango", "karleby", "kimitoon")
SIGNATURES_SV = ["Anna Lindberg, kommunikatör", "Hälsningar Erik Nyström (S), kommunstyrelsens ordförande", "/Maria, kundtjänst"]
SIGNATURES_FI = ["Matti Virtanen, tiedottaja", "Terveisin Liisa Koskinen, kaupunginhallituksen puheenjohtaja", "/Outi, asiakaspalvelu"]
CLI_DEPENDENCIES = "import typer, rich.console, yaml, rapidfuzz, phonenumbers"


def build(directory: Path, count: int, seed: int = 7) -> int:
    """Write ``count`` posts under ``directory``; return how many (0 without the corpora)."""
    sv, fi = sentences("talbanken"), sentences("tdt")
    pairs = list(zip(sentences("pud-sv"), sentences("pud-fi")))
    if not (sv and fi and pairs):
        return 0
    rng = random.Random(seed)
    for i in range(count):
        profile = PROFILES[i % len(PROFILES)]
        n = rng.randint(3, 8)
        if i % 3 == 0 and profile in BILINGUAL:
            chosen = rng.sample(pairs, n)
            body = " ".join(s for s, _ in chosen) + "\n\n" + " ".join(f for _, f in chosen)
            signature = rng.choice(SIGNATURES_SV)
        elif profile in ("karleby",) and i % 2:
            body, signature = " ".join(rng.sample(fi, n)), rng.choice(SIGNATURES_FI)
        else:
            body, signature = " ".join(rng.sample(sv, n)), rng.choice(SIGNATURES_SV)
        account = "personal" if i % 4 == 0 else "official"
        front = f"---\nprofile: {profile}\naccount: {account}\n---\n"
        (directory / f"post-{i:05}.md").write_text(f"{front}{body}\n\n{signature}\n", encoding="utf-8")
    return count


def cpu_of(args: list[str], env: dict | None = None) -> tuple[float, float]:
    """Run ``args``; return (CPU seconds used by the child, its peak RSS in MB)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        sys.exit(f"{args[0]} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')[:300]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, after.ru_maxrss / 1024


def alone(args: list[str], env: dict) -> tuple[float, float]:
    """Like :func:`cpu_of`, but the child is the only one of a fresh parent, so its peak
    memory is its own (``RUSAGE_CHILDREN`` keeps the largest child's)."""
    probe = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
        "u = resource.getrusage(resource.RUSAGE_CHILDREN); print(u.ru_utime + u.ru_stime, u.ru_maxrss / 1024)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, env=env).stdout.split()
    return float(out[0]), float(out[1])


#: Run by ``--profile`` in a child: the CLI under a CPU-time sampler.
SAMPLER = r"""
import collections, os, signal, sys
own, cumulative, total = collections.Counter(), collections.Counter(), [0]

def sample(signum, frame):
    total[0] += 1
    code = frame.f_code
    own[(code.co_filename, code.co_firstlineno, code.co_name)] += 1
    seen = set()
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if name.startswith("kommunlint") and name not in seen:
            seen.add(name)
            cumulative[name] += 1
        frame = frame.f_back

signal.signal(signal.SIGPROF, sample)
signal.setitimer(signal.ITIMER_PROF, 0.007, 0.007)
from kommunlint.cli import main
posts, top = sys.argv[1], int(sys.argv[2])
sys.argv = ["kommunlint", "check", "--format", "json", posts]
shown, sys.stdout = sys.stdout, open(os.devnull, "w")  # the report itself is not wanted
try:
    main()
except SystemExit:
    pass
signal.setitimer(signal.ITIMER_PROF, 0, 0)
sys.stdout = shown
n = total[0] or 1
print(f"{total[0]} samples")
print("own time (innermost Python function):")
for (path, line, name), count in own.most_common(top):
    short = path.split("/kommunlint/")[-1] if "/kommunlint/" in path else "/".join(path.rsplit("/", 2)[-2:])  # "<frozen ...>" has no folder
    print(f"  {100 * count / n:5.1f} %  {short}:{line} {name}")
print("cumulative, by kommunlint module:")
for name, count in cumulative.most_common(top):
    print(f"  {100 * count / n:5.1f} %  {name}")
"""


def profile(posts: Path, top: int = 20) -> None:
    """Print where the CPU samples of checking ``posts`` in one process fall (:data:`SAMPLER`)."""
    env = {**os.environ, "NO_COLOR": "1", "KOMMUNLINT_JOBS": "1"}
    done = subprocess.run([sys.executable, "-c", SAMPLER, str(posts), str(top)], capture_output=True, text=True, env=env)
    print(done.stdout.rstrip() or done.stderr[-500:])


def kommunlint_command() -> list[str]:
    script = Path(sys.executable).parent / "kommunlint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "kommunlint"]


def proselint_command(workdir: Path) -> list[str] | None:
    """proselint in a fresh virtualenv under ``workdir``; ``None`` when it cannot be installed."""
    env_dir = workdir / "proselint-venv"
    venv.create(env_dir, with_pip=True)
    pip = env_dir / "bin" / "pip"
    done = subprocess.run([str(pip), "install", "--quiet", "proselint"], capture_output=True, text=True)
    if done.returncode != 0:
        print(f"proselint could not be installed: {done.stderr.strip()[:200]}")
        return None
    return [str(env_dir / "bin" / "proselint"), "check"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--no-peer", action="store_true", help="do not install and run proselint")
    parser.add_argument("--groups", action="store_true", help="also time each rule group alone")
    parser.add_argument("--keep", help="write the posts here and keep them")
    parser.add_argument("--memory", type=int, default=0, metavar="N", help="also check N posts in one process for its peak memory")
    parser.add_argument("--profile", action="store_true", help="also sample where the CPU of checking the posts in one process goes")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kommunlint-realistic-"))
    posts = Path(args.keep) if args.keep else work / "posts"
    posts.mkdir(parents=True, exist_ok=True)
    try:
        if not build(posts, args.posts):
            print(f"skipped: the corpora are not in {CORPORA}")
            return
        files = sorted(str(p) for p in posts.glob("*.md"))
        env = {**os.environ, "NO_COLOR": "1"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        check = kommunlint_command() + ["check", "--format", "json"]
        cpu_of(check + [files[0]], env)  # bytecode and file caches, as on a user's machine
        print(f"{args.posts} realistic posts, {os.cpu_count()} cores")
        single, rss = cpu_of(check + [str(posts)], {**env, "KOMMUNLINT_JOBS": "1"})
        print(f"kommunlint, one process:  {single:6.2f} s CPU  ({args.posts / single:5.0f} posts per CPU second), peak {rss:.0f} MB")
        pooled, _ = cpu_of(check + [str(posts)], env)
        print(f"kommunlint, default pool: {pooled:6.2f} s CPU")
        if not args.no_peer:
            peer = proselint_command(work)
            if peer:
                cpu_of(peer + [files[0]])
                theirs, _ = cpu_of(peer + files)
                print(f"proselint:                {theirs:6.2f} s CPU;  kommunlint / proselint = {single / theirs:.2f}")
        if args.groups:
            for group in ("confidential", "signature", "personal-data", "offensive", "bilingual"):
                used, _ = cpu_of(check + ["--select", group, str(posts)], {**env, "KOMMUNLINT_JOBS": "1"})
                print(f"  --select {group:14} {used:6.2f} s CPU")
        if args.memory:
            many = work / "many"
            many.mkdir()
            build(many, args.memory)
            used, peak = alone(check + [str(many)], {**env, "KOMMUNLINT_JOBS": "1"})
            print(f"{args.memory} posts in one process: {used:6.2f} s CPU ({args.memory / used:5.0f} posts per CPU second), peak {peak:.0f} MB")
        if args.profile:
            profile(posts)
        cold = sorted(cpu_of(check + [files[1]], env)[0] for _ in range(7))[3]
        deps = sorted(cpu_of([sys.executable, "-c", CLI_DEPENDENCIES], env)[0] for _ in range(7))[3]
        print(f"cold single post: {cold:.3f} s CPU; importing the CLI's dependencies: {deps:.3f} s; ratio {cold / deps:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
