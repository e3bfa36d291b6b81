"""Every benchmark set's errors, counted, so that none can grow unnoticed (a ratchet).

Usage::

    python benchmarks/ratchet.py            # compare with benchmarks/ratchet.json, print what moved
    python benchmarks/ratchet.py --update   # write today's counts (review the diff before committing)
    python benchmarks/ratchet.py --only clean_posts_r18.yaml   # one set

For every labelled or correct-post set in ``benchmarks/data/`` the script counts what is
wrong, with the scoring functions of the benchmark scripts themselves, so the counts are
the README's:

- correct posts (``clean_posts*.yaml``, ``false_alarms.py``): warning and error findings
  that the post's guideline does not itself demand, in all and per rule;
- personal-data snippets with values (``personal_data_values.py``): per kind, values
  missed (``missed``), error-labelled values not reported as errors (``err_missed``),
  findings on no labelled value (``fp``) and errors where the label is not one
  (``err_fp``);
- guideline-rule and bilingual posts (``guideline_rules.py``, ``bilingual.py``): per rule,
  false positives and false negatives over posts;
- offensive comments (``offensive.py``, every ``offensive_blind*.yaml``): per label,
  false positives and false negatives.

``benchmarks/ratchet.json`` keeps the counts of the last reviewed state; the test
``tests/test_ratchet.py`` fails when any count rises above it (a new false alarm on a
correct post, a value no longer found, a new false positive), naming the set and the
count. A count that falls is an improvement: ``--update`` records it, and the diff of
``ratchet.json`` shows the reviewer every set a change moved. The counts hold no text of
the sets, only numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's package and benchmark scripts

DATA = ROOT / "benchmarks" / "data"
RECORD = ROOT / "benchmarks" / "ratchet.json"


def set_names() -> list[str]:
    """The file names of the sets the ratchet counts, sorted. The two oldest
    personal-data sets (compact keys, no values) are floored by
    ``tests/test_benchmark_sets.py`` instead, as is ``offensive_labelled``/``_heldout``."""
    names = []
    for path in sorted(DATA.glob("*.yaml")):
        name = path.name
        if name.startswith(("clean_posts", "guideline_rules", "bilingual", "offensive_blind")):
            names.append(name)
        elif name.startswith("personal_data") and name not in ("personal_data_labelled.yaml", "personal_data_heldout.yaml"):
            names.append(name)
    return names


def _load(name: str):
    from kommunlint.yamlio import load_yaml_text

    path = DATA / name
    return load_yaml_text(path.read_text(encoding="utf-8"), str(path))


def counts(name: str) -> dict[str, int]:
    """What is wrong on one set, as ``{"count name": n}`` with only non-zero counts.

    Count names: ``alarms`` and ``alarms <rule>`` (correct posts); ``<kind> missed``,
    ``<kind> err_missed``, ``<kind> fp``, ``<kind> err_fp`` (personal data);
    ``<rule> fp``, ``<rule> fn`` (guideline rules, bilingual); ``<label> fp``,
    ``<label> fn`` (offensive). Raises ``ValueError`` for a file name of no known kind.
    """
    out: Counter = Counter()
    if name.startswith("clean_posts"):
        from benchmarks.false_alarms import false_alarms

        per_rule, _, _ = false_alarms(_load(name)["posts"])
        out["alarms"] = sum(per_rule.values())
        for rule, n in per_rule.items():
            out[f"alarms {rule}"] = n
    elif name.startswith("personal_data"):
        from benchmarks.personal_data_values import score

        for kind, c in score(_load(name)["snippets"]).items():
            out[f"{kind} missed"] = c["values"] - c["found"]
            out[f"{kind} err_missed"] = c["err_values"] - c["err_found"]
            out[f"{kind} fp"] = c["fp"]
            out[f"{kind} err_fp"] = c["err_fp"]
    elif name.startswith(("guideline_rules", "bilingual")):
        if name.startswith("bilingual"):
            from benchmarks.bilingual import score

            _, fp, fn, _, _ = score(_load(name)["posts"])
        else:
            from benchmarks.guideline_rules import score

            _, fp, fn, _ = score(_load(name)["posts"])
        for rule, n in fp.items():
            out[f"{rule} fp"] = n
        for rule, n in fn.items():
            out[f"{rule} fn"] = n
    elif name.startswith("offensive_blind"):
        from benchmarks.offensive import blind_scores

        lang = "sv" if "_sv" in name else "fi"
        _, _, per_label = blind_scores(_ours(), lang, path=DATA / name)
        for label, (_, fp, fn) in per_label.items():
            out[f"{label} fp"] = fp
            out[f"{label} fn"] = fn
    else:
        raise ValueError(f"{name}: not a set the ratchet knows")
    return {key: n for key, n in sorted(out.items()) if n}


_OURS = None


def _ours():
    """One offensive system for every offensive set (its profile is loaded once)."""
    global _OURS
    if _OURS is None:
        from benchmarks.offensive import Ours

        _OURS = Ours()
    return _OURS


def recorded() -> dict[str, dict[str, int]]:
    """The reviewed counts in :data:`RECORD` (``{}`` when the file is absent)."""
    if not RECORD.exists():
        return {}
    return json.loads(RECORD.read_text(encoding="utf-8"))


def worse(now: dict[str, int], then: dict[str, int]) -> list[str]:
    """Counts in ``now`` above ``then`` (a count absent from ``then`` is 0), as
    ``"count name: then → now"`` lines."""
    return [f"{key}: {then.get(key, 0)} → {n}" for key, n in now.items() if n > then.get(key, 0)]


def better(now: dict[str, int], then: dict[str, int]) -> list[str]:
    """Counts in ``then`` that ``now`` has lowered, same form as :func:`worse`."""
    return [f"{key}: {n} → {now.get(key, 0)}" for key, n in then.items() if now.get(key, 0) < n]


def main(argv: list[str] | None = None) -> int:
    """Compare or update; returns 1 when a count rose (compare mode), else 0."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="write today's counts to benchmarks/ratchet.json")
    parser.add_argument("--only", action="append", default=[], metavar="FILE", help="one set (file name in benchmarks/data)")
    args = parser.parse_args(argv)
    names = args.only or set_names()
    record = recorded()
    now = {name: counts(name) for name in names}
    rose = 0
    for name in names:
        up, down = worse(now[name], record.get(name, {})), better(now[name], record.get(name, {}))
        if name not in record:
            print(f"{name}: new set, {sum(now[name].values())} counted")
        for line in up:
            print(f"{name}: WORSE {line}")
        for line in down:
            print(f"{name}: better {line}")
        rose += bool(up)
    if args.update:
        merged = {**record, **now} if args.only else now
        RECORD.write_text(json.dumps(merged, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {RECORD.relative_to(ROOT)} ({len(merged)} sets)")
        return 0
    print(f"{len(names)} sets; {rose} with a count above the record")
    return 1 if rose else 0


if __name__ == "__main__":
    raise SystemExit(main())
