"""Time and memory against the size of one post: 10 KB, 100 KB, 1 MB, 10 MB.

Each post is built by repeating varied, realistic Swedish and Finnish paragraphs:
sentences from the UD Swedish Talbanken and Finnish TDT corpora when
``../shared/corpora`` is present (else the built-in paragraphs below), mixed with
municipal-post paragraphs that give every rule group work (a resident's phone number
and e-mail address, a personnummer, a secrecy marker, an insult, a bilingual
"Välkommen! / Tervetuloa!" line, a signature). The post is linted in this process
with the ``hango`` profile (bilingual rules on) and all rules, and rendered with
the text report, as ``kommunlint check`` does.

Prints per size: characters, CPU seconds (``time.process_time``), CPU milliseconds
per KB, findings, and peak memory: the traced Python allocation peak
(``tracemalloc``, a second run) and the process's maximum resident set
(``resource.getrusage``, which only grows, so it is the peak so far).

Targets (issue 14): 1 MB in under 10 s, 10 MB in under 100 s, time per KB flat.

Usage: python benchmarks/size.py [--sizes 10K,100K,1M,10M] [--profile hango] [--no-tracemalloc] [--trace-max 1M]

The posts are linted through the API, so the CLI's size limit (5 MB by default,
``--max-size``) does not apply here.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPORA = Path(os.environ.get("KOMMUNLINT_SHARED", ROOT.parent / "shared")) / "corpora"

PARAGRAPHS = [
    "Välkommen till biblioteket på lördag 12 maj kl. 11–14! Vi läser sagor för barn och bjuder på saft. "
    "Mer information på www.hanko.fi/sv/bibliotek.",
    "Tervetuloa kirjastoon lauantaina 12. toukokuuta klo 11–14! Luemme satuja lapsille ja tarjoamme mehua. "
    "Lisätietoja osoitteessa www.hanko.fi/kirjasto.",
    "Hej Anna! Tack för ditt meddelande. Vi har skickat din fråga vidare till tekniska avdelningen, "
    "som svarar inom en vecka. Ring gärna 070-123 45 67 om det brådskar.",
    "Vägarbetet på Strandgatan pågår till den 30 juni. Under arbetet är gatan avstängd för biltrafik "
    "mellan kl. 7 och 16. Vi ber om förståelse.",
    "Tietyöt Rantakadulla jatkuvat 30. kesäkuuta asti. Katu on suljettu autoliikenteeltä klo 7–16. "
    "Pahoittelemme häiriötä.",
    "Ärendet är sekretessbelagt enligt OSL och kan inte diskuteras här. Kontakta socialtjänsten.",
    "Den här kommentaren innehöll en jävla massa svordomar och har tagits bort av moderatorn.",
    "Välkommen! / Tervetuloa!",
    "Personnumret 811218-9876 och e-postadressen anna.berg@gmail.com ska inte publiceras.",
    "Simhallen har stängt under julhelgen. Uimahalli on suljettu joulun ajan. Öppettider: 5 €, 2,50 € för barn.",
]
SIGNATURE = "\n\nHälsningar\nMatti Virtanen, kommunikatör\n"


def corpus_sentences(limit: int = 3000) -> list[str]:
    """Sentences from UD Talbanken (sv) and TDT (fi), if ``../shared/corpora`` has them."""
    out: list[str] = []
    for folder, name in (("ud_swedish_talbanken", "sv_sentences.txt"), ("ud_finnish_tdt", "fi_sentences.txt")):
        path = CORPORA / folder / name
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                out.extend(line.strip() for _, line in zip(range(limit), handle) if line.strip())
    return out


def build_post(size: int, seed: int = 0) -> str:
    """A realistic post of ``size`` characters (±1 paragraph): paragraphs of 3–6
    corpus sentences alternating with the municipal paragraphs above, blank-line
    separated, ending with a signature."""
    rng = random.Random(seed)
    sentences = corpus_sentences()
    parts: list[str] = []
    length = 0
    while length < size - len(SIGNATURE):
        if sentences and rng.random() < 0.6:
            paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(3, 6)))
        else:
            paragraph = rng.choice(PARAGRAPHS)
        parts.append(paragraph)
        length += len(paragraph) + 2
    return "\n\n".join(parts) + SIGNATURE


def parse_size(text: str) -> int:
    """``10K``, ``1M``, ``1.5M`` or a number of characters."""
    units = {"K": 1_000, "M": 1_000_000}
    text = text.strip().upper()
    if text[-1] in units:
        return int(float(text[:-1]) * units[text[-1]])
    return int(text)


def run_once(text: str, profile_name: str):
    from kommunlint.linter import Options, lint
    from kommunlint.post import parse_post
    from kommunlint.profile import load_profile
    from kommunlint.report import ReportContext, render

    post = parse_post(text, "post.txt")
    result = lint(post, load_profile(profile_name), Options())
    report = render("text", [result], ReportContext(lang="sv", show_pii=False, color=False, input_errors=0))
    return result, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10K,100K,1M,10M")
    parser.add_argument("--profile", default="hango")
    parser.add_argument("--no-tracemalloc", action="store_true", help="skip the second, traced run (it is slower)")
    parser.add_argument("--trace-max", default="1M", help="trace allocations only up to this size (default 1M: tracing is ~5x slower)")
    args = parser.parse_args()
    run_once(build_post(2_000), args.profile)  # warm up: imports, data files, langdetect profiles
    print(f"{'size':>6} | {'chars':>10} | {'CPU s':>8} | {'ms/KB':>6} | {'findings':>8} | {'traced peak MB':>14} | {'max RSS MB':>10}")
    for label in args.sizes.split(","):
        text = build_post(parse_size(label))
        start = time.process_time()
        result, _ = run_once(text, args.profile)
        cpu = time.process_time() - start
        traced = "-"
        if not args.no_tracemalloc and parse_size(label) <= parse_size(args.trace_max):
            tracemalloc.start()
            run_once(text, args.profile)
            traced = f"{tracemalloc.get_traced_memory()[1] / 1e6:.0f}"
            tracemalloc.stop()
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        kb = len(text.encode("utf-8")) / 1000
        print(f"{label:>6} | {len(text):>10,} | {cpu:>8.2f} | {cpu * 1000 / kb:>6.2f} | {len(result.findings):>8} | {traced:>14} | {rss:>10.0f}", flush=True)


if __name__ == "__main__":
    main()
