"""CPU per detector over a directory of posts, in one process (issue 15).

Usage: python benchmarks/detector_time.py DIR   (e.g. the posts of ``realistic.py --keep DIR``)

Checks the posts with ``kommunlint check --format json DIR`` (``KOMMUNLINT_JOBS=1``) with
each :class:`kommunlint.detect.Analysis` detector wrapped in a CPU clock
(``time.process_time``), and prints per detector its cumulative time (a detector that
asks another first counts the other's time too: ``sensitive_terms`` holds
``person_names``) and its own time (without the detectors it asked for), over the
whole run. ``versions()`` is the bilingual version split. The clocks cost a few µs per
detector and post.
"""
import sys, time, os, collections

if len(sys.argv) != 2:
    sys.exit(__doc__)
from kommunlint import detect
pt = time.process_time
cum = collections.Counter(); calls = collections.Counter(); own = collections.Counter(); stack = []
for name, attr in list(vars(detect.Analysis).items()):
    if isinstance(attr, detect.cached_property):
        f = attr.func
        def wrap(self, f=f, name=name):
            t = pt(); stack.append(0.0)
            try: return f(self)
            finally:
                d = pt() - t; inner = stack.pop(); cum[name] += d; own[name] += d - inner; calls[name] += 1
                if stack: stack[-1] += d
        attr.func = wrap
orig_v = detect.Analysis.versions
def versions(self, langs):
    t = pt(); stack.append(0.0)
    try: return orig_v(self, langs)
    finally:
        d = pt() - t; inner = stack.pop(); cum["versions()"] += d; own["versions()"] += d - inner
        if stack: stack[-1] += d
detect.Analysis.versions = versions
os.environ["KOMMUNLINT_JOBS"] = "1"
from kommunlint.cli import main
sys.argv = ["kommunlint", "check", "--format", "json", sys.argv[1]]
shown, sys.stdout = sys.stdout, open(os.devnull, "w")
t = pt()
try: main()
except SystemExit: pass
sys.stdout = shown
total = pt() - t
print(f"total {total:.2f} s CPU")
for k, v in cum.most_common(20):
    print(f"  {v:6.2f} s  {100*v/total:5.1f} % cumulative, {own[k]:6.2f} s {100*own[k]/total:5.1f} % own  {k} ({calls[k]} posts)")
