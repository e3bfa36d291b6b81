"""Calibrate the Finnish counterpart of LIX on parallel Swedish and Finnish texts.

Usage::

    python benchmarks/readability_calibration.py

The bilingual posts of ``benchmarks/data/clean_posts.yaml`` and
``guideline_rules.yaml`` (``lang: sv+fi`` or ``fi+sv``) say the same thing in both
languages. For each post with at least 15 words in each language, the Swedish part's LIX
(long word: more than 6 letters) is compared with the Finnish part's value for a range of
long-word thresholds; the threshold whose Finnish values lie closest to the Swedish ones
(mean absolute difference) is the one :mod:`kommunlint.detect.readability` uses
(``FI_LONG``).
"""

from __future__ import annotations

from pathlib import Path
from statistics import mean

from kommunlint.detect import Analysis
from kommunlint.detect.readability import counts, lix_value
from kommunlint.post import parse_post
from kommunlint.profile import load_profile
from kommunlint.yamlio import load_yaml_text

DATA = Path(__file__).parent / "data"
FILES = ("clean_posts.yaml", "guideline_rules.yaml")


def parallel_parts() -> list[tuple[str, int, str, int]]:
    """``(swedish text, swedish sentences, finnish text, finnish sentences)`` per bilingual post."""
    pairs = []
    for name in FILES:
        path = DATA / name
        for item in load_yaml_text(path.read_text(encoding="utf-8"), str(path))["posts"]:
            if set(str(item.get("lang", "")).split("+")) != {"sv", "fi"}:
                continue
            post = parse_post(item["text"], "x.txt", {"account": item.get("account")})
            analysis = Analysis(post, load_profile(item["profile"]))
            parts: dict[str, list[str]] = {"sv": [], "fi": []}
            for sentence in post.sentences:
                lang = analysis.language_at(sentence.start, ("sv", "fi"))
                if lang in parts:
                    parts[lang].append(sentence.text)
            sv, fi = "\n".join(parts["sv"]), "\n".join(parts["fi"])
            if counts(sv, 1)[0] >= 15 and counts(fi, 1)[0] >= 15:
                pairs.append((sv, len(parts["sv"]), fi, len(parts["fi"])))
    return pairs


def main() -> None:
    pairs = parallel_parts()
    swedish = [lix_value(*_three(sv, n, 6)) for sv, n, _, _ in pairs]
    print(f"{len(pairs)} parallel posts; Swedish LIX mean {mean(swedish):.1f}")
    print(f"{'fi long >':>9} {'fi mean':>8} {'mean |fi-sv|':>13} {'mean fi-sv':>11}")
    best = None
    for threshold in range(6, 15):
        finnish = [lix_value(*_three(fi, m, threshold)) for _, _, fi, m in pairs]
        gap = mean(abs(f - s) for f, s in zip(finnish, swedish))
        bias = mean(f - s for f, s in zip(finnish, swedish))
        print(f"{threshold:>9} {mean(finnish):>8.1f} {gap:>13.1f} {bias:>11.1f}")
        if best is None or gap < best[1]:
            best = (threshold, gap)
    print(f"closest: a Finnish word is long with more than {best[0]} letters")


def _three(text: str, sentences: int, threshold: int) -> tuple[int, int, int]:
    words, long_words = counts(text, sentences, threshold)
    return words, sentences, long_words


if __name__ == "__main__":
    main()
