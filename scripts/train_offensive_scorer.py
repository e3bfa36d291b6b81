"""Train the offensive detector's learned scorer and write its weights.

Writes ``kommunlint/detect/offensive/data/scorer_weights.json`` (see
:mod:`kommunlint.detect.offensive.scorer`)::

    {"format": 1,
     "trained_on": {source: rows},
     "labels": {label: {"bias": float,
                        "threshold": {"fi": float, "sv": float},
                        "weights": {feature: float}}}}

Training data (never Suomi24 fold B, never the round-3 sets, see :data:`BLIND`):

- Suomi24 development half, fold A only (IDs ending in 0, 2, 4, 6;
  ``../shared/corpora/fi_suomi24_toxicity/dev.tsv``): a row counts for its own
  attribute only (X positive, not-X negative), as in TurkuNLP's protocol;
- the blind Finnish and Swedish sets of rounds 1 and 2 in ``benchmarks/data``
  (development and the spent held-out parts): every label of every comment;
- Tatoeba fin–swe sentences (``tatoeba_fin_swe``; everyday conversation, not the
  clean-news corpora the benchmark measures) as negatives for every label, weight
  :data:`CLEAN_WEIGHT`, leaving out those the engine finds anything in.

Model: per label a logistic regression over the scorer's binary features of each
comment (the union over its sentences), trained in pure Python (AdaGrad, L2,
:data:`EPOCHS` epochs, samples shuffled with ``random.Random(SEED)``), so no numpy or
scikit-learn is needed and the same data gives the same file. Weights under
:data:`PRUNE` are dropped. The threshold per label and language is the one that
maximises, over five-fold out-of-fold probabilities, F1 of "the engine or the model"
on that language's rows (Tatoeba negatives counted as false alarms), never below
:data:`MIN_THRESHOLD`.

Usage: python scripts/train_offensive_scorer.py [--check] [--quiet] [--leave-out SOURCES [--swearing-is-insult]]

``--check`` trains and compares with the shipped file instead of writing it (exit 1
when they differ). ``--leave-out a,b`` trains without those sources (file names
without ``.yaml``, or ``suomi24-A``) and scores them at comment level through the real
engine with the model just trained (``scan_text(..., learned=model)``):
every run-time check applies (negation, denied names, the ``not_people`` words, quoted
and reported sentences, titles, the silence after engine hits).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPORA = Path(os.environ.get("KOMMUNLINT_SHARED", ROOT.parent / "shared")) / "corpora"
OUT = ROOT / "kommunlint" / "detect" / "offensive" / "data" / "scorer_weights.json"
SEED = 20261130
EPOCHS = 25
RATE = 0.3
L2 = 3e-4
PRUNE = 0.02
#: A feature seen in fewer training comments (Tatoeba's left out) is dropped: a word
#: beginning of one comment learns that comment, not the language.
MIN_COUNT = 3
CLEAN_WEIGHT = 0.5
CLEAN_PER_LANG = 1200
MIN_THRESHOLD = 0.85
FOLDS = 5
#: Thresholds maximise the model's own out-of-fold F1 ("model"), not that of "engine or
#: model" ("both"): the engine was tuned on these rows and finds nearly all of them, so
#: "both" would only see the model's false alarms and push the threshold up, where it
#: adds little on unseen comments.
#: Obscenity is the exception: the lexicon's words are nearly all of it, and on left-out
#: comments the model's own threshold only added false alarms.
THRESHOLD_BY = {"obscene": "both"}
FOLD_A = "0246"
#: The blind sets trained on. The round-3 sets are left out on purpose (README, round 4):
#: trained on them, the model learned their writers' reading that a disability or sexual
#: slur aimed at one person is an identity attack ("mongo", "hora"), adding hate speech to
#: insults of the project's labelled and held-out sets; fold B gained 0.02 identity-attack
#: F1 only. They stay a left-out measure: ``--leave-out`` with their names.
BLIND = [f"offensive_blind_{r}{lang}{h}.yaml" for r in ("", "r2_") for lang in ("fi", "sv") for h in ("", "_heldout")]
#: Sets read but never trained on: scored with ``--leave-out`` (their names without ``.yaml``).
KEPT_OUT = [f"offensive_blind_r3_{lang}{h}.yaml" for lang in ("fi", "sv") for h in ("", "_heldout")]


class Sample:
    __slots__ = ("source", "lang", "feats", "labels", "engine", "weight", "text")

    def __init__(self, source, lang, feats, labels, engine, weight, text=""):
        self.source, self.lang, self.feats, self.labels, self.engine, self.weight = source, lang, feats, labels, engine, weight
        self.text = text


def _engine():
    """A function text → (features of the comment, categories the engine reports in use
    at sureness 1–2, language of the comment)."""
    from kommunlint.detect import Analysis
    from kommunlint.detect.offensive import scorer
    from kommunlint.detect.offensive.matcher import candidate_languages, scan_text
    from kommunlint.post import parse_post
    from kommunlint.profile import load_profile

    profile = load_profile("base")
    langs = candidate_languages(profile)

    def run(text: str):
        post = parse_post(text, "post.txt", {})
        analysis = Analysis(post, profile)
        hits = scan_text(post.text, post.sentences, post.paragraphs, langs, analysis.language_at, learned=False)
        feats: set[str] = set()
        said = {h.category for h in hits if h.sureness >= 1 and h.context == "use"}
        seen_langs = []
        for sentence in post.sentences:
            lang = analysis.language_at(sentence.start, langs)
            if lang not in scorer.LANGS:
                continue
            seen_langs.append(lang)
            inside = [h for h in hits if sentence.start <= h.start < sentence.end]
            feats.update(scorer.features(sentence.text, sentence.start, lang, inside))
        # The comment's language: its sentences' most frequent, a tie going to the one
        # met first (not to a set's order, which changes with the hash seed).
        return feats, said, (max(dict.fromkeys(seen_langs), key=seen_langs.count) if seen_langs else None)

    return run


def load_samples(quiet: bool, kept_out: bool = False) -> list[Sample]:
    """Every training sample (see the module docstring); with ``kept_out``, also the
    comments of :data:`KEPT_OUT` (for ``--leave-out``, never for training)."""
    from kommunlint.detect.offensive.scorer import LABELS
    from kommunlint.yamlio import load_yaml_text

    run = _engine()
    samples: list[Sample] = []
    path = CORPORA / "fi_suomi24_toxicity" / "dev.tsv"
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        parts = line.split("\t", 2)
        if len(parts) < 3 or parts[0][-1] not in FOLD_A:
            continue
        base = parts[1].removeprefix("not-")
        if base not in LABELS:
            continue
        feats, said, lang = run(parts[2])
        samples.append(Sample("suomi24-A", lang or "fi", feats, {base: not parts[1].startswith("not-")}, said, 1.0, parts[2]))
    for name in BLIND + (KEPT_OUT if kept_out else []):
        data = load_yaml_text((ROOT / "benchmarks" / "data" / name).read_text(encoding="utf-8"), name) or {}
        for comment in data.get("comments") or []:
            gold = set(comment.get("labels") or [])
            feats, said, lang = run(comment["text"])
            if lang is None:
                continue
            samples.append(Sample(name.removesuffix(".yaml"), lang, feats, {label: label in gold for label in LABELS}, said, 1.0,
                                  comment["text"]))
    with open(CORPORA / "tatoeba_fin_swe" / "fi_sv_tatoeba_test_v2021-08-07.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    for lang in ("fi", "sv"):
        texts = sorted({row[lang] for row in rows if row.get(lang)})
        random.Random(SEED).shuffle(texts)
        kept = 0
        for text in texts:
            feats, said, seen = run(text)
            if said or seen != lang:
                continue
            samples.append(Sample(f"tatoeba-{lang}", lang, feats, {label: False for label in LABELS}, said, CLEAN_WEIGHT))
            kept += 1
            if kept >= CLEAN_PER_LANG:
                break
    if not quiet:
        counts: dict[str, int] = {}
        for s in samples:
            counts[s.source] = counts.get(s.source, 0) + 1
        print("samples:", ", ".join(f"{k} {v}" for k, v in counts.items()))
    return samples


def train(rows: list[tuple[list[int], bool, float]], n_features: int) -> tuple[float, list[float]]:
    """Logistic regression by AdaGrad: ``rows`` of (feature ids, label, weight) →
    (bias, weights by feature id)."""
    from kommunlint.detect.offensive.scorer import sigmoid

    w = [0.0] * n_features
    g2 = [1e-8] * n_features
    bias, b2 = 0.0, 1e-8
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for i in order:
            ids, y, weight = rows[i]
            z = bias + sum(w[j] for j in ids)
            p = sigmoid(z)
            g = (p - y) * weight
            b2 += g * g
            bias -= RATE * g / math.sqrt(b2)
            for j in ids:
                gj = g + L2 * w[j]
                g2[j] += gj * gj
                w[j] -= RATE * gj / math.sqrt(g2[j])
    return bias, w


def probability(bias: float, w: list[float], ids: list[int]) -> float:
    from kommunlint.detect.offensive.scorer import sigmoid

    z = bias + sum(w[j] for j in ids)
    return sigmoid(z)


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def _names_category(feature: str, categories: tuple[str, ...]) -> bool:
    """True for an engine-hit feature (``H:``, ``H0:``, ``Hhow:`` or a pair with one)
    of one of ``categories``."""
    return any(f"H:{c}" in feature or f"H0:{c}" in feature or f"Hhow:{c}:" in feature for c in categories)


def fit(samples: list[Sample], quiet: bool) -> dict:
    """The weights file's content (see the module docstring)."""
    from kommunlint.detect.offensive.scorer import FORMAT, LABELS

    counts: dict[str, int] = {}
    for s in samples:
        if not s.source.startswith("tatoeba"):
            for f in s.feats:
                counts[f] = counts.get(f, 0) + 1
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    index = {f: i for i, f in enumerate(names)}
    out = {"format": FORMAT, "trained_on": {}, "labels": {}}
    for s in samples:
        out["trained_on"][s.source] = out["trained_on"].get(s.source, 0) + 1
    for label, (_, covered) in LABELS.items():
        chosen = [s for s in samples if label in s.labels]
        # The engine's own hits for the label are left out of its model: on the data
        # the engine was tuned on they separate the classes alone, and a model that
        # learned them would learn nothing for the comments the engine misses (the
        # only ones the model speaks for).
        own = tuple(f"{c}" for c in covered)
        usable = {f: j for f, j in index.items() if not _names_category(f, own)}
        rows = [(sorted(usable[f] for f in s.feats if f in usable), s.labels[label], s.weight) for s in chosen]
        # Out-of-fold probabilities for the thresholds: fold of a sample = its place in a
        # seeded shuffle, modulo FOLDS.
        order = list(range(len(rows)))
        random.Random(SEED).shuffle(order)
        fold_of = {i: k % FOLDS for k, i in enumerate(order)}
        oof = [0.0] * len(rows)
        for k in range(FOLDS):
            bias, w = train([r for i, r in enumerate(rows) if fold_of[i] != k], len(names))
            for i, r in enumerate(rows):
                if fold_of[i] == k:
                    oof[i] = probability(bias, w, r[0])
        thresholds = {}
        for lang in ("fi", "sv"):
            best = (-1.0, 1.0)
            for step in range(int(MIN_THRESHOLD * 100), 100, 2):
                t = step / 100
                tp = fp = fn = 0
                for s, p in zip(chosen, oof):
                    if s.lang != lang:
                        continue
                    said = p >= t if THRESHOLD_BY.get(label, "model") == "model" else bool(s.engine.intersection(covered)) or p >= t
                    gold = s.labels[label]
                    tp += said and gold
                    fp += said and not gold
                    fn += gold and not said
                score = f1(tp, fp, fn)
                if score > best[0] + 1e-9:
                    best = (score, t)
            thresholds[lang] = best[1]
            if not quiet:
                engine_only = [0, 0, 0]
                for s in chosen:
                    if s.lang == lang:
                        said, gold = bool(s.engine.intersection(covered)), s.labels[label]
                        engine_only[0] += said and gold
                        engine_only[1] += said and not gold
                        engine_only[2] += gold and not said
                how = "model alone" if THRESHOLD_BY.get(label, "model") == "model" else "engine or model"
                print(f"  {label:16} {lang}: out-of-fold F1 engine {f1(*engine_only):.2f}; {how} {best[0]:.2f} at threshold {best[1]:.2f}")
        bias, w = train(rows, len(names))
        kept = {names[j]: round(x, 4) for j, x in enumerate(w) if abs(x) >= PRUNE}
        out["labels"][label] = {"bias": round(bias, 4), "threshold": thresholds, "weights": dict(sorted(kept.items()))}
        if not quiet:
            top = sorted(kept.items(), key=lambda kv: -kv[1])[:12]
            print(f"  {label}: {len(kept)} weights; top: " + ", ".join(f"{k} {v:+.2f}" for k, v in top))
    return out


def evaluate(model: dict, samples: list[Sample]) -> None:
    """Print engine vs engine+model P/R/F1 per label and language on ``samples`` (a
    left-out part, comment level). The model is scored through the real engine
    (``scan_text(..., learned=model)``), so every run-time check
    applies; a label counts as said when the engine, or the engine with the model, has a
    hit of its categories at sureness 1 or 2 in use."""
    from kommunlint.detect import Analysis
    from kommunlint.detect.offensive import scorer
    from kommunlint.detect.offensive.matcher import candidate_languages, scan_text
    from kommunlint.post import parse_post
    from kommunlint.profile import load_profile

    profile = load_profile("base")
    langs = candidate_languages(profile)
    model = scorer.weights(json.loads(json.dumps(model)))  # a copy, with the thresholds' logits
    said_by: list[tuple[set[str], set[str]]] = []
    for s in samples:
        post = parse_post(s.text, "post.txt", {})
        analysis = Analysis(post, profile)
        hits = scan_text(post.text, post.sentences, post.paragraphs, langs, analysis.language_at, learned=model)
        used = {h.category for h in hits if h.sureness >= 1 and h.context == "use"}
        engine = {h.category for h in hits if h.sureness >= 1 and h.context == "use" and h.how != "model"}
        said_by.append((engine, used))
    for label, (_, covered) in scorer.LABELS.items():
        for lang in ("fi", "sv"):
            c = {"engine": [0, 0, 0], "engine+model": [0, 0, 0]}
            for s, (engine, used) in zip(samples, said_by):
                if s.lang != lang or label not in s.labels:
                    continue
                gold = s.labels[label]
                for name, said in (("engine", bool(engine.intersection(covered))), ("engine+model", bool(used.intersection(covered)))):
                    c[name][0] += said and gold
                    c[name][1] += said and not gold
                    c[name][2] += gold and not said
            if sum(c["engine"]) or sum(c["engine+model"]):
                print(f"  left out {label:16} {lang}: " + "   ".join(f"{k} F1 {f1(*v):.2f} {tuple(v)}" for k, v in c.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the shipped file instead of writing it")
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--leave-out", help="comma-separated sources to leave out and score instead of writing the file")
    parser.add_argument("--swearing-is-insult", action="store_true",
                        help="with --leave-out: let the model add an insult beside swearing (scorer.SILENT_AFTER emptied)")
    args = parser.parse_args(argv)
    if args.swearing_is_insult:
        from kommunlint.detect.offensive import scorer

        scorer.SILENT_AFTER = {}
    samples = load_samples(args.quiet, kept_out=bool(args.leave_out))
    if args.leave_out:
        out = set(args.leave_out.split(","))
        kept = {name.removesuffix(".yaml") for name in KEPT_OUT}
        model = fit([s for s in samples if s.source not in out | kept], args.quiet)
        evaluate(model, [s for s in samples if s.source in out])
        return 0
    model = fit(samples, args.quiet)
    text = json.dumps(model, ensure_ascii=False, sort_keys=False, separators=(",", ":")) + "\n"
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("scorer weights are current" if same else f"{OUT} differs from what the script trains")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({len(text):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
