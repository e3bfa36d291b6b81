"""Accuracy and speed of kommunlint.detect.langid on real sentences.

Corpora (from ../shared/corpora, see each folder's SOURCE.md):
ud_swedish_talbanken (sv), ud_finnish_tdt (fi) and the sv/fi/en triples of
ud_pud_sv_fi_parallel. Every sentence is identified whole and cut to its first 1, 2,
3 and 5 words; a segment counts as correct only when the answer is its language
(``None`` counts as wrong). For comparison the same segments go through plain
langdetect restricted to sv/fi/en (seed 0) and, when installed, lingua.

Usage::

    python benchmarks/langid.py [--limit N] [--no-baseline] [--show-errors K]
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPORA = Path(os.environ.get("KOMMUNLINT_SHARED", ROOT.parent / "shared")) / "corpora"
CUTS: tuple[int | None, ...] = (None, 1, 2, 3, 5)
CANDIDATES = ("sv", "fi", "en")


def load_sentences(limit: int | None) -> list[tuple[str, str]]:
    """(language, sentence) pairs from the three corpora; ``limit`` per file."""
    pairs: list[tuple[str, str]] = []
    for lang, rel in (("sv", "ud_swedish_talbanken/sv_sentences.txt"), ("fi", "ud_finnish_tdt/fi_sentences.txt")):
        lines = [line.strip() for line in (CORPORA / rel).read_text(encoding="utf-8").splitlines() if line.strip()]
        pairs.extend((lang, line) for line in lines[:limit])
    with open(CORPORA / "ud_pud_sv_fi_parallel/sv_fi_en_parallel.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))[:limit]
    for lang in CANDIDATES:
        pairs.extend((lang, row[lang]) for row in rows if row[lang].strip())
    return pairs


def cut(sentence: str, words: int | None) -> str:
    return sentence if words is None else " ".join(sentence.split()[:words])


def evaluate(name: str, detect, pairs, show_errors: int = 0) -> None:
    print(f"\n{name}")
    total_segments = 0
    started = time.perf_counter()
    for words in CUTS:
        correct = 0
        errors = []
        for lang, sentence in pairs:
            segment = cut(sentence, words)
            guess = detect(segment)
            if guess == lang:
                correct += 1
            elif len(errors) < show_errors:
                errors.append((lang, guess, segment))
        total_segments += len(pairs)
        label = "whole sentence" if words is None else f"first {words} word{'s' if words > 1 else ''}"
        print(f"  {label:<16} {100 * correct / len(pairs):6.2f}%  ({correct}/{len(pairs)})")
        for lang, guess, segment in errors:
            print(f"      {lang}->{guess}: {segment[:90]}")
    elapsed = time.perf_counter() - started
    print(f"  speed            {total_segments / elapsed:,.0f} segments/second ({total_segments} segments)")


def plain_langdetect():
    from langdetect.detector_factory import DetectorFactory
    from langdetect.lang_detect_exception import LangDetectException
    from importlib import resources

    factory = DetectorFactory()
    profiles = resources.files("langdetect") / "profiles"
    factory.load_json_profile([(profiles / lang).read_text(encoding="utf-8") for lang in CANDIDATES])
    factory.set_seed(0)

    def detect(text: str):
        detector = factory.create()
        detector.append(text)
        try:
            return detector.detect()
        except LangDetectException:
            return None

    return detect


def lingua_detector():
    try:
        from lingua import Language, LanguageDetectorBuilder
    except ImportError:
        return None
    codes = {Language.SWEDISH: "sv", Language.FINNISH: "fi", Language.ENGLISH: "en"}
    detector = LanguageDetectorBuilder.from_languages(*codes).build()

    def detect(text: str):
        found = detector.detect_language_of(text)
        return codes.get(found) if found else None

    return detect


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="sentences per corpus file")
    parser.add_argument("--no-baseline", action="store_true", help="skip plain langdetect / lingua")
    parser.add_argument("--show-errors", type=int, default=0, help="print K errors per cut")
    args = parser.parse_args()
    if not CORPORA.exists():
        sys.exit(f"corpora not found at {CORPORA}")
    pairs = load_sentences(args.limit)
    counts = {lang: sum(1 for l, _ in pairs if l == lang) for lang in CANDIDATES}
    print(f"{len(pairs)} sentences: " + ", ".join(f"{k} {v}" for k, v in counts.items()))

    started = time.perf_counter()
    from kommunlint.detect import langid

    langid.identify("Välkommen till biblioteket", CANDIDATES)
    print(f"start-up (import + first call): {1000 * (time.perf_counter() - started):.0f} ms")
    evaluate("kommunlint.detect.langid.identify", lambda s: langid.identify(s, CANDIDATES), pairs, args.show_errors)
    if not args.no_baseline:
        evaluate("plain langdetect (sv/fi/en profiles, seed 0)", plain_langdetect(), pairs)
        lingua = lingua_detector()
        if lingua:
            evaluate("lingua (sv/fi/en)", lingua, pairs)
        else:
            print("\nlingua not installed: skipped (pip install lingua-language-detector)")


if __name__ == "__main__":
    main()
