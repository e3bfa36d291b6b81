"""Accuracy and speed of the offensive/* rules, against a plain LDNOOBW word match.

Data (from ../shared/corpora when present, see each folder's SOURCE.md):

- fi_suomi24_toxicity/dev.tsv: recall on obscene, insult, threat and identity_attack
  rows (a row counts as found when any offensive/* rule reports it at warning or
  error), and the finding rate on their not-* rows; both also counted with only the
  rules that speak to the row's attribute (:data:`ATTRIBUTE_RULES`);
- ud_swedish_talbanken, the sv and fi sides of ud_pud_sv_fi_parallel (clean news and
  nonfiction): findings per 1,000 sentences; ``--list`` prints each one for a human
  to judge; ud_finnish_tdt and ud_finnish_ood (blogs, forums, fiction with real
  swearing) are counted and listed the same way;
- benchmarks/data/offensive_labelled.yaml (in this repository): precision and recall
  per rule over posts labelled with the rule ids expected;
- throughput: posts per second of the whole linter (profile ``base``, offensive/* only).

The baseline is a plain LDNOOBW match: the sv and fi lists (both versions) as lower-case
whole words or phrases, no language, inflection, exceptions or categories. On the
labelled set it can only say "offensive", so it is scored as predicting every
expected rule of a post it flags, an upper bound for it.

Usage::

    python benchmarks/offensive.py [--list] [--limit N]
    python benchmarks/offensive.py --data benchmarks/data/offensive_heldout.yaml --labelled-only
    python benchmarks/offensive.py --fold A        # or B; add --misses to list wrong rows (fold A only)
    python benchmarks/offensive.py --blind fi      # or sv; --heldout scores the *_heldout.yaml split
    python benchmarks/offensive.py --blind-file PATH --misses   # any set in the blind format (not under /work/blind/)
    python benchmarks/throughput.py --keep DIR && python benchmarks/offensive.py --posts-dir DIR   # group CPU time

``--data`` scores another labelled set of the same format; ``--labelled-only`` skips the
corpora and the throughput measurement.

``--fold A|B`` scores one fold of the Suomi24 development half by TurkuNLP's protocol
(per attribute X: the rows annotated for X, X positive and not-X negative; precision,
recall, F1), with the peers' published predictions (``peer_predictions_dev.tsv``) on the
same rows beside ours. Fold A is the rows whose ID ends in 0, 2, 4 or 6, fold B those
ending in 8, a, c or e: tune on A only, B is scored and never read row by row (so
``--misses`` refuses fold B). A row counts as predicted X when one of
:data:`ATTRIBUTE_RULES`' rules reports it at warning or error.

``--morphology`` compares three ways of recognising inflected forms of lexicon words
(:data:`MORPHOLOGY_GOLD`, hand-written forms, none from a data set): Snowball stems
(PyStemmer, stem of four letters or more equal to the lemma's), simplemma's lemmatiser
(when it is installed: ``pip install simplemma``; its load time is printed) and the
generated paradigms kommunlint uses (:mod:`kommunlint.detect.offensive.morph`); and how
many word types of the clean corpora each maps to a lexicon lemma (false matches).

``--blind fi|sv`` scores the blind sets (``offensive_blind_<lang>.yaml``; with
``--heldout``, ``offensive_blind_<lang>_heldout.yaml``): every comment carries its full
label set, so per label all comments count (label present positive, absent negative).
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPORA = Path(os.environ.get("KOMMUNLINT_SHARED", ROOT.parent / "shared")) / "corpora"
LABELLED = ROOT / "benchmarks" / "data" / "offensive_labelled.yaml"
RULES = ("profanity", "insult", "threat", "hate-speech", "sexual", "incitement")
POSITIVE = ("obscene", "insult", "threat", "identity_attack")
# Which rules speak to each Suomi24 attribute. A not-X row "says nothing about other
# attributes" (SOURCE.md): a not-insult row may well swear, so on it only insult
# findings are false alarms. The baseline has no categories: all its hits count.
ATTRIBUTE_RULES = {
    "obscene": {"profanity", "sexual"},
    "insult": {"insult"},
    "threat": {"threat", "incitement"},
    "identity_attack": {"hate-speech"},
}
#: Labels of the blind sets and the Suomi24 annotation, in report order.
LABELS = ("obscene", "insult", "identity_attack", "threat", "severe_toxicity", "toxicity")
#: Severe toxicity ("very hateful/aggressive", SOURCE.md) has no rule of its own: a threat
#: or incitement, or hate speech reported as an error. Toxicity: any offensive rule.
SEVERE_RULES = {"threat", "incitement"}
PEERS = ("finbert-large-deepl", "finbert-multi-toxic-tr-optimized", "xlmr-large")
FOLDS = {"A": "0246", "B": "8ace"}
#: Inflected forms of lexicon lemmas, written by hand for the morphology comparison.
MORPHOLOGY_GOLD = [
    ("fi", w, lemma) for lemma, words in {
        "vittu": "vitun vittua vittuun vitussa vituille vittujen vituista",
        "paska": "paskaa paskan paskoja paskoista paskaksi paskoihin",
        "perse": "perseen persettä perseeseen perseissä perseitä",
        "huora": "huoran huoraa huorana huoria huorien huorille",
        "ryssä": "ryssän ryssiä ryssillä ryssien ryssät",
        "idiootti": "idiootin idioottia idiootteja idiooteille idioottien idiootiksi",
        "kusipää": "kusipään kusipäätä kusipäitä kusipäille kusipäähän",
        "paskiainen": "paskiaisen paskiaista paskiaisia paskiaisten paskiaisille",
        "nussia": "nussin nussii nussivat nussimaan nussien nussittu",
        "kyrpä": "kyrvän kyrpää kyrpiä kyrvät",
        "tussu": "tussua tussun tussuja",
        "helvetti": "helvetin helvettiä helvettiin helvetissä",
        "mulkku": "mulkun mulkkua mulkut mulkkuja",
    }.items() for w in words.split()
] + [
    ("sv", w, lemma) for lemma, words in {
        "idiot": "idioten idioter idioterna idioternas",
        "fitta": "fittan fittor fittorna",
        "jävel": "jäveln jävlar jävlarna",
        "dumskalle": "dumskallen dumskallar dumskallarna",
        "kärring": "kärringen kärringar kärringarna",
        "blatte": "blatten blattar blattarna",
        "knulla": "knullar knullade knullat",
        "pucko": "puckot puckon puckona",
        "hora": "horan horor hororna",
        "neger": "negern negrer negrerna",
    }.items() for w in words.split()
]


class Ours:
    """kommunlint's offensive rules through the real linter (profile ``base``)."""

    name = "kommunlint"

    def __init__(self, profile: str = "base") -> None:
        from kommunlint.linter import Options, lint
        from kommunlint.post import parse_post
        from kommunlint.profile import load_profile

        self._lint, self._parse, self._profile = lint, parse_post, load_profile(profile)
        self._options = Options(select=["offensive"])

    def findings(self, text: str):
        """(rule name, excerpt) of findings at warning or error."""
        return [(rule, excerpt) for rule, excerpt, _ in self.graded(text)]

    def graded(self, text: str):
        """(rule name, excerpt, severity) of findings at warning or error."""
        result = self._lint(self._parse(text, "post.txt", {}), self._profile, self._options)
        return [(f.rule.split("/", 1)[1], f.excerpt, f.severity) for f in result.findings if f.severity in ("error", "warning")]

    def labels(self, text: str) -> set[str]:
        """The annotation labels our findings stand for (:data:`ATTRIBUTE_RULES`)."""
        return labels_of(self.graded(text))


def labels_of(graded) -> set[str]:
    """Annotation labels from ``(rule, excerpt, severity)`` findings."""
    rules = {rule for rule, _, _ in graded}
    out = {label for label, own in ATTRIBUTE_RULES.items() if rules & own}
    if rules & SEVERE_RULES or any(rule == "hate-speech" and severity == "error" for rule, _, severity in graded):
        out.add("severe_toxicity")
    if rules:
        out.add("toxicity")
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def suomi24_rows(fold: str | None = None):
    """``(id, label, text)`` rows of the development half, or of one fold of it."""
    path = CORPORA / "fi_suomi24_toxicity" / "dev.tsv"
    if not path.exists():
        return []
    rows = [tuple(line.split("\t", 2)) for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.count("\t") >= 2]
    return [row for row in rows if fold is None or row[0][-1] in FOLDS[fold]]


def peer_predictions() -> dict[str, dict[str, set[str]]]:
    """model → row id → predicted labels (``peer_predictions_dev.tsv``)."""
    path = CORPORA / "fi_suomi24_toxicity" / "peer_predictions_dev.tsv"
    out: dict[str, dict[str, set[str]]] = {}
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines()[1:]:
            parts = line.split("\t")
            if len(parts) >= 2:
                labels = parts[2] if len(parts) > 2 else ""
                out.setdefault(parts[1], {})[parts[0]] = {x for x in labels.split(",") if x}
    return out


def fold_scores(system, fold: str, misses: bool = False):
    """label → system name → (tp, fp, fn, n rows) on one fold; ours and each peer."""
    rows = suomi24_rows(fold)
    peers = peer_predictions()
    counts: dict[str, dict[str, list[int]]] = {}
    for row_id, label, text in rows:
        base = label.removeprefix("not-")
        if base not in LABELS:
            continue
        gold = not label.startswith("not-")
        predicted = {"kommunlint": base in system.labels(text)}
        predicted.update({model: base in peers[model].get(row_id, set()) for model in PEERS if model in peers})
        for name, said in predicted.items():
            c = counts.setdefault(base, {}).setdefault(name, [0, 0, 0, 0])
            c[0] += said and gold
            c[1] += said and not gold
            c[2] += gold and not said
            c[3] += 1
        if misses and predicted["kommunlint"] != gold:
            kind = "FN" if gold else "FP"
            print(f"    {kind} {label:20} {row_id[-6:]} {text[:220]!r}")
            if not gold:
                for rule, excerpt, sev in system.graded(text):
                    print(f"          {rule}/{sev}: {excerpt!r}")
    return counts


def morphology() -> None:
    """Print recall on :data:`MORPHOLOGY_GOLD` and false matches on clean word types per method."""
    from kommunlint.detect.offensive import lexicon as lx
    from kommunlint.detect.offensive.morph import fi_bases

    words = {"fi": set(), "sv": set()}
    for name, lang in (("tdt", "fi"), ("pud-fi", "fi"), ("talbanken", "sv"), ("pud-sv", "sv")):
        for text in sentences(name):
            words[lang].update(w.lower() for w in re.findall(r"[^\W\d_]+", text))
    lemmas = {lang: {t.term: t for t in lx.load(lang).terms if t.alone} for lang in ("fi", "sv")}
    methods = {}

    def snowball(lang):
        stem = lx.stemmer(lang).stemWord
        stems = {stem(lemma): lemma for lemma in lemmas[lang] if len(stem(lemma)) >= lx.MIN_STEM}
        return lambda w: stems.get(stem(w))

    def paradigm(lang):
        forms = {f: t.term for t in lemmas[lang].values() for f in t.forms}
        if lang == "fi":
            return lambda w: next((forms[b] for b in fi_bases(w) if b in forms), None)
        return forms.get

    methods["Snowball stems (PyStemmer)"] = {lang: snowball(lang) for lang in ("fi", "sv")}
    try:
        start = time.perf_counter()
        import simplemma

        simplemma.lemmatize("koira", lang="fi"), simplemma.lemmatize("hund", lang="sv")
        loaded = time.perf_counter() - start
        methods[f"simplemma (load {loaded:.1f} s)"] = {
            lang: (lambda w, lang=lang: (lambda lemma: lemma if lemma in lemmas[lang] else None)(simplemma.lemmatize(w, lang=lang)))
            for lang in ("fi", "sv")
        }
    except ImportError:
        print("simplemma is not installed (pip install simplemma): left out")
    methods["generated paradigms (kommunlint)"] = {lang: paradigm(lang) for lang in ("fi", "sv")}
    print(f"{len(MORPHOLOGY_GOLD)} inflected forms; clean word types: fi {len(words['fi'])}, sv {len(words['sv'])}")
    for name, per_lang in methods.items():
        right = sum(per_lang[lang](w) == lemma for lang, w, lemma in MORPHOLOGY_GOLD)
        false = {lang: sorted(w for w in words[lang] if per_lang[lang](w)) for lang in ("fi", "sv")}
        print(f"  {name:36} recall {right}/{len(MORPHOLOGY_GOLD)} = {right / len(MORPHOLOGY_GOLD):.0%};  "
              f"clean word types matched: fi {len(false['fi'])}, sv {len(false['sv'])}")
        print(f"      fi: {', '.join(false['fi'][:14])}\n      sv: {', '.join(false['sv'][:14])}")


def blind_comments(lang: str, heldout: bool = False, path: Path | None = None):
    """(file name, comments) of a blind set: ``offensive_blind_<lang>[_heldout].yaml`` in
    benchmarks/data, or the file at ``path`` (same format) when given."""
    from kommunlint.yamlio import load_yaml_text

    if path is None:
        name = f"offensive_blind_{lang}{'_heldout' if heldout else ''}.yaml"
        path = ROOT / "benchmarks" / "data" / name
    else:
        name = path.name
    if not path.exists():
        return name, []
    data = load_yaml_text(path.read_text(encoding="utf-8"), str(path)) or {}
    return name, data.get("comments") or []


#: Where the sets not yet scored are written (the current round's blind sets). The
#: spent held-out files in benchmarks/data/ are development data and may be scored.
KEPT_ASIDE = Path("/work/blind")


def _kept_aside(path: Path) -> bool:
    """True when ``path`` (resolved, symlinks followed) lies under :data:`KEPT_ASIDE`."""
    try:
        path.resolve().relative_to(KEPT_ASIDE.resolve())
    except ValueError:
        return False
    return True


def blind_scores(system, lang: str, heldout: bool = False, misses: bool = False, path: Path | None = None):
    """label → (tp, fp, fn) over a blind set (or the file at ``path``); all comments count
    for every label."""
    name, comments = blind_comments(lang, heldout, path)
    counts = {label: [0, 0, 0] for label in LABELS if label != "toxicity"}
    for comment in comments:
        gold = set(comment.get("labels") or [])
        graded = system.graded(comment["text"])
        said = labels_of(graded)
        for label, c in counts.items():
            c[0] += label in said and label in gold
            c[1] += label in said and label not in gold
            c[2] += label in gold and label not in said
        if misses and (said - {"toxicity"}) != gold:
            print(f"    {comment['id']} gold {sorted(gold)} ours {sorted(said - {'toxicity'})}: {comment['text'][:200]!r}")
            for rule, excerpt, sev in graded:
                print(f"          {rule}/{sev}: {excerpt!r}")
    return name, len(comments), counts


class Baseline:
    """Plain LDNOOBW sv+fi word/phrase match (what the issue calls the toy version)."""

    name = "LDNOOBW match"

    def __init__(self) -> None:
        words = set()
        for folder in ("ldnoobw_sv_fi", "ldnoobw_v2_sv_fi"):
            for lang in ("sv", "fi"):
                path = CORPORA / folder / f"{lang}.txt"
                if path.exists():
                    words |= {w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines() if w.strip()}
        alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        self._re = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.I)

    def findings(self, text: str):
        return [("any", m.group()) for m in self._re.finditer(text)]


def suomi24(system, limit: int | None):
    path = CORPORA / "fi_suomi24_toxicity" / "dev.tsv"
    if not path.exists():
        return None
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:] if line.count("\t") >= 2]
    rows = rows[:limit] if limit else rows
    hit, matched, total = Counter(), Counter(), Counter()
    for _id, label, text in rows:
        base = label.removeprefix("not-")
        if base not in POSITIVE:
            continue
        total[label] += 1
        rules = {rule for rule, _ in system.findings(text)}
        hit[label] += bool(rules)
        matched[label] += bool(rules & (ATTRIBUTE_RULES[base] | {"any"}))
    return {label: (hit[label], matched[label], total[label]) for label in sorted(total)}


def sentences(name: str) -> list[str]:
    if name == "talbanken":
        path = CORPORA / "ud_swedish_talbanken" / "sv_sentences.txt"
        return path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    if name in ("pud-sv", "pud-fi"):
        path = CORPORA / "ud_pud_sv_fi_parallel" / "sv_fi_en_parallel.tsv"
        if not path.exists():
            return []
        with open(path, encoding="utf-8", newline="") as handle:
            return [row[name[-2:]] for row in csv.DictReader(handle, delimiter="\t")]
    if name == "tdt":
        path = CORPORA / "ud_finnish_tdt" / "fi_sentences.txt"
        return path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    if name == "ood":
        path = CORPORA / "ud_finnish_ood" / "fi_ood_sentences.tsv"
        if not path.exists():
            return []
        with open(path, encoding="utf-8", newline="") as handle:
            return [row["text"] for row in csv.DictReader(handle, delimiter="\t")]
    raise ValueError(name)


def clean_rate(system, name: str, limit: int | None, listing: bool):
    texts = sentences(name)[:limit] if limit else sentences(name)
    if not texts:
        return None
    found = []
    for text in texts:
        for rule, excerpt in system.findings(text):
            found.append((rule, excerpt, text))
    if listing:
        for rule, excerpt, text in found:
            print(f"    [{system.name}] {name} {rule}: {excerpt!r} in {text[:110]!r}")
    return len(found), len(texts)


def labelled(system, path: Path = LABELLED):
    from kommunlint.yamlio import load_yaml_text

    posts = load_yaml_text(path.read_text(encoding="utf-8"), str(path))
    tp, fp, fn = Counter(), Counter(), Counter()
    for post in posts:
        expected = set(post.get("expect") or [])
        got = {rule for rule, _ in system.findings(post["text"])}
        if "any" in got:  # baseline: no categories
            got = expected or {"profanity"}
        for rule in RULES:
            tp[rule] += rule in got and rule in expected
            fp[rule] += rule in got and rule not in expected
            fn[rule] += rule in expected and rule not in got
        tp["any"] += bool(got) and bool(expected)
        fp["any"] += bool(got) and not expected
        fn["any"] += bool(expected) and not got
    return len(posts), tp, fp, fn


def throughput(system, texts: list[str]) -> float:
    start = time.perf_counter()
    for text in texts:
        system.findings(text)
    return len(texts) / (time.perf_counter() - start)


def group_cpu(folder: Path, runs: int = 5) -> tuple[int, float]:
    """(posts, CPU seconds) of the offensive group alone over every post under
    ``folder`` (e.g. written by ``benchmarks/throughput.py --keep DIR``), each with its
    front matter's profile; the least of ``runs`` runs after one warm-up. CPU time, not
    wall time: the figure is about the work done, on a machine that may be shared."""
    from kommunlint.linter import Options, lint
    from kommunlint.post import parse_post
    from kommunlint.profile import load_profile

    posts = [parse_post(p.read_text(encoding="utf-8"), str(p), {}) for p in sorted(folder.rglob("*")) if p.is_file() and p.suffix in (".txt", ".md")]
    profiles: dict[str, object] = {}
    options = Options(select=["offensive"])

    def run() -> float:
        start = time.process_time()
        for post in posts:
            name = str(post.meta.get("profile") or "base")
            if name not in profiles:
                profiles[name] = load_profile(name)
            lint(post, profiles[name], options)
        return time.process_time() - start

    run()
    return len(posts), min(run() for _ in range(runs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="print every finding on the clean corpora")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N rows of each corpus")
    parser.add_argument("--data", type=Path, default=LABELLED, help="labelled set to score (default: %(default)s)")
    parser.add_argument("--labelled-only", action="store_true", help="score only the labelled set (no corpora, no throughput)")
    parser.add_argument("--fold", choices=sorted(FOLDS), help="score one fold of the Suomi24 development half, peers beside")
    parser.add_argument("--blind", choices=("fi", "sv"), help="score a blind set (offensive_blind_<lang>.yaml)")
    parser.add_argument("--blind-file", type=Path, help="score a blind set in the same format at PATH (with --misses: list wrong rows)")
    parser.add_argument("--heldout", action="store_true", help="with --blind: the held-out split")
    parser.add_argument("--morphology", action="store_true", help="compare Snowball stems, simplemma and generated paradigms")
    parser.add_argument("--misses", action="store_true", help="with --fold A, --blind or --blind-file: print each wrong row")
    parser.add_argument("--posts-dir", type=Path, help="CPU seconds of the offensive group over the posts in DIR (benchmarks/throughput.py --keep DIR)")
    parser.add_argument("--swearing-is-insult", action="store_true",
                        help="let the learned scorer add an insult beside swearing, slurs and threats (scorer.SILENT_AFTER "
                             "emptied for this run): the annotators' reading, measured against kommunlint's")
    args = parser.parse_args(argv)
    if args.swearing_is_insult:
        from kommunlint.detect.offensive import scorer

        scorer.SILENT_AFTER = {}
    if args.posts_dir:
        n, seconds = group_cpu(args.posts_dir)
        print(f"offensive group, {n} posts of {args.posts_dir}: {seconds:.3f} s CPU (least of 5 runs), {1000 * seconds / max(n, 1):.3f} ms/post")
        return 0
    if args.morphology:
        morphology()
        return 0
    if args.fold:
        if args.misses and args.fold != "A":
            parser.error("--misses only on fold A: fold B is scored, never read row by row")
        counts = fold_scores(Ours(), args.fold, args.misses)
        if not counts:
            print(f"skipped: no Suomi24 development half in {CORPORA}")
            return 0
        names = ["kommunlint", *(m for m in PEERS if m in next(iter(counts.values())))]
        print(f"Suomi24 development half, fold {args.fold} (IDs ending in {', '.join(FOLDS[args.fold])}): P / R / F1 per attribute")
        print(f"  {'attribute':16} {'rows +/-':>9}  " + "  ".join(f"{n[:22]:>22}" for n in names))
        for label in LABELS:
            if label not in counts:
                continue
            tp, fp, fn, n = counts[label]["kommunlint"]
            cells = []
            for name in names:
                p, r, f = prf(*counts[label][name][:3])
                cells.append(f"{p:.2f}/{r:.2f}/{f:.2f}".rjust(22))
            print(f"  {label:16} {tp + fn:4}/{n - tp - fn:<4}  " + "  ".join(cells))
        return 0
    if args.blind_file and _kept_aside(args.blind_file):
        parser.error("--blind-file does not score files under /work/blind/: they are kept aside for final scoring")
    if args.blind or args.blind_file:
        name, n, counts = blind_scores(Ours(), args.blind or "", args.heldout, args.misses, args.blind_file)
        if not n:
            print(f"skipped: {name} not found or empty")
            return 0
        print(f"{name} ({n} comments): P / R / F1 per label (tp, fp, fn)")
        for label, (tp, fp, fn) in counts.items():
            p, r, f = prf(tp, fp, fn)
            print(f"  {label:16} P {p:.2f}  R {r:.2f}  F1 {f:.2f}   ({tp}, {fp}, {fn})")
        return 0
    systems = [Ours()]
    if (CORPORA / "ldnoobw_sv_fi").exists():
        systems.append(Baseline())
    for system in systems:
        print(f"== {system.name}")
        s24 = None if args.labelled_only else suomi24(system, args.limit)
        if s24:
            print("  Suomi24 dev (rows flagged / rows): any offensive rule | the attribute's own rules")
            for label, (hit, matched, total) in s24.items():
                kind = "finding rate" if label.startswith("not-") else "recall"
                print(f"    {label:22} {kind:12} {hit / total:6.1%}  ({hit}/{total})  |  {matched / total:6.1%}  ({matched}/{total})")
        for name in () if args.labelled_only else ("talbanken", "pud-sv", "pud-fi", "tdt", "ood"):
            rate = clean_rate(system, name, args.limit, args.list)
            if rate:
                found, total = rate
                print(f"  {name:10} findings per 1,000 sentences: {1000 * found / total:6.1f}  ({found} in {total})")
        n, tp, fp, fn = labelled(system, args.data)
        which = "" if args.data == LABELLED else f" {args.data}"
        print(f"  labelled set{which} ({n} posts): precision / recall per rule")
        for rule in (*RULES, "any"):
            p = tp[rule] / (tp[rule] + fp[rule]) if tp[rule] + fp[rule] else 0.0
            r = tp[rule] / (tp[rule] + fn[rule]) if tp[rule] + fn[rule] else 0.0
            print(f"    {rule:12} P {p:6.1%}  R {r:6.1%}  (tp {tp[rule]}, fp {fp[rule]}, fn {fn[rule]})")
        texts = [] if args.labelled_only else sentences("talbanken")[:500] + sentences("pud-fi")[:500]
        if texts:
            print(f"  throughput: {throughput(system, texts):,.0f} posts/s (1,000 corpus sentences as posts)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
