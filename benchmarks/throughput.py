"""Throughput: `kommunlint check DIR` on a directory of realistic posts.

Generates N posts (default 1,000) in a temporary directory: the posts under
``examples/`` plus posts made from the Swedish and Finnish templates below (events,
replies, road works, decisions; with and without signatures, phone numbers, e-mail
addresses, personal identity numbers, secrecy markers and insults, so that every
rule group has work), spread over the five municipal profiles and both account
kinds. Then runs the CLI as a fresh process (as a user or CI does) and prints:

- wall time of the whole run (median of ``--runs``), start-up included;
- start-up: wall time of checking one post (median);
- posts per second after start-up: N / (whole run − start-up).

Usage: python benchmarks/throughput.py [--posts 1000] [--runs 5] [--format json] [--keep DIR] [-- CHECK_OPTIONS]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROFILES = ("hango", "karleby", "kimitoon", "norsjo", "vimmerby")

SV = [
    "Välkommen till {event} på {place} lördag {day} maj kl. {hour}! Programmet passar hela familjen och inträdet är fritt.",
    "Vägarbetet på {street} fortsätter till och med {day} juni. Trafiken leds om via {street2}; följ skyltningen.",
    "Tack för din fråga om {topic}. Ärendet behandlas av {body} den {day} maj och beslutet publiceras på vår webbplats.",
    "Kommunstyrelsen beslutade i går att {decision}. Protokollet justeras på fredag.",
    "Bilagan om {topic} är sekretessbelagd tills {body} har behandlat ärendet.",
    "Ring mig gärna på {phone} eller mejla {email} om du har frågor om {topic}.",
    "{name} ({pnr}) har ansökt om bygglov på {street}, vi återkommer när beslutet är klart.",
    "Det här är bara dumheter, skärp er!",
]
FI = [
    "Tervetuloa {event_fi} {place_fi} lauantaina {day}. toukokuuta klo {hour}! Ohjelma sopii koko perheelle ja sisäänpääsy on vapaa.",
    "Tietyöt jatkuvat {day}. kesäkuuta asti. Liikenne ohjataan kiertotielle; seuraa opasteita.",
    "Kiitos kysymyksestäsi, joka koskee {topic_fi}. Asia käsitellään {body_fi} {day}. toukokuuta, ja päätös julkaistaan verkkosivuillamme.",
    "Kaupunginhallitus päätti eilen {decision_fi}. Pöytäkirja tarkastetaan perjantaina.",
    "Liite on luottamuksellinen, kunnes {body_fi} on käsitellyt asian.",
    "Soita minulle numeroon {phone_fi} tai lähetä sähköpostia osoitteeseen {email}.",
]
SIGNATURES = ["Hälsningar Anna Berg, kommunikatör", "/Anna", "Terveisin Matti Virtanen, tiedottaja", "– Matti", ""]
SLOTS = {
    "event": ["vårmarknaden", "skördefesten", "biblioteksdagen", "simskolans avslutning"],
    "place": ["torget", "idrottsplanen", "Stadshuset", "hamnen"],
    "street": ["Storgatan", "Skolvägen", "Esplanaden", "Havsgatan"],
    "street2": ["Kyrkogatan", "Parkvägen", "Strandvägen"],
    "topic": ["daghemsplatserna", "skolskjutsen", "snöröjningen", "badstranden"],
    "body": ["kommunstyrelsen", "bildningsnämnden", "tekniska nämnden"],
    "decision": ["bygga en ny skola", "renovera simhallen", "förlänga busslinjen"],
    "event_fi": ["kevätmarkkinoille", "sadonkorjuujuhlaan", "kirjastopäivään"],
    "place_fi": ["torille", "urheilukentälle", "satamaan"],
    "topic_fi": ["päiväkotipaikkoja", "koulukuljetuksia", "lumenaurausta"],
    "body_fi": ["kaupunginhallituksessa", "sivistyslautakunnassa", "teknisessä lautakunnassa"],
    "decision_fi": ["rakentaa uuden koulun", "korjata uimahallin", "jatkaa bussilinjaa"],
    "name": ["Erik Lind", "Maria Nyström", "Jukka Korhonen", "Aino Mäkinen"],
    "pnr": ["811218-9876", "19811218-9876", "131052-308T"],
    "phone": ["070-123 45 67", "+46 70 123 45 67", "0493-123 45"],
    "phone_fi": ["040 123 4567", "+358 40 123 4567", "019 220 1234"],
    "email": ["anna.berg@gmail.com", "matti.virtanen@hanko.fi", "info@vimmerby.se"],
    "day": [str(d) for d in range(1, 29)],
    "hour": ["10", "12", "14", "18"],
}


def _fill(template: str, rng: random.Random) -> str:
    return template.format(**{k: rng.choice(v) for k, v in SLOTS.items()})


def generate(directory: Path, count: int, seed: int = 1) -> int:
    """Write ``count`` posts into ``directory`` (examples first); return how many."""
    rng = random.Random(seed)
    examples = sorted((ROOT / "examples").rglob("*.txt")) + sorted((ROOT / "examples").rglob("*.md"))
    written = 0
    for i, example in enumerate(examples[:count]):
        shutil.copyfile(example, directory / f"example-{i:03}{example.suffix}")
        written += 1
    while written < count:
        profile = rng.choice(PROFILES)
        account = rng.choice(("official", "personal"))
        kind = rng.choice(("post", "reply"))
        paragraphs = [" ".join(_fill(rng.choice(SV), rng) for _ in range(rng.randint(1, 3)))]
        if profile in ("hango", "karleby", "kimitoon") and rng.random() < 0.8:
            paragraphs.append(" ".join(_fill(rng.choice(FI), rng) for _ in range(rng.randint(1, 3))))
        signature = rng.choice(SIGNATURES)
        body = "\n\n".join(paragraphs) + (f"\n\n{signature}" if signature else "")
        front = f"---\nprofile: {profile}\naccount: {account}\nkind: {kind}\n---\n"
        sub = directory / profile
        sub.mkdir(exist_ok=True)
        (sub / f"post-{written:04}.md").write_text(front + body + "\n", encoding="utf-8")
        written += 1
    return written


def _command() -> list[str]:
    script = Path(sys.executable).parent / "kommunlint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "kommunlint"]


def _time(args: list[str]) -> float:
    start = time.perf_counter()
    proc = subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"kommunlint failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--format", default="json", help="report format (default json: no terminal output cost)")
    parser.add_argument("--keep", help="write the posts to this directory and keep them")
    parser.add_argument("cli_args", nargs="*", help="more `kommunlint check` options, after --")
    args = parser.parse_args()
    directory = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="kommunlint-bench-"))
    directory.mkdir(parents=True, exist_ok=True)
    try:
        count = generate(directory, args.posts)
        one = next(p for p in sorted(directory.rglob("*.md")))
        base = _command() + ["check", "--format", args.format, *args.cli_args]
        _time(base + [str(directory)])  # warm the file cache and .pyc files
        startup = statistics.median(_time(base + [str(one)]) for _ in range(args.runs))
        runs = [_time(base + [str(directory)]) for _ in range(args.runs)]
        whole = statistics.median(runs)
        print(f"posts: {count}  cores: {os.cpu_count()}  runs: {args.runs}  format: {args.format}")
        print(f"whole run:  {whole:.2f} s median (min {min(runs):.2f}, max {max(runs):.2f})")
        print(f"start-up:   {startup:.2f} s (one post)")
        print(f"throughput: {count / whole:.0f} posts/s overall, {count / max(whole - startup, 1e-9):.0f} posts/s after start-up")
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
