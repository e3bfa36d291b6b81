"""The labelled and held-out sets in ``benchmarks/data/`` at their recorded precision and recall.

Scored with the benchmark scripts' own functions (``benchmarks/personal_data.py``
``score``, ``benchmarks/offensive.py`` ``labelled``), so the figures are the ones the
README reports. Each floor below is the value measured on this code base when the test
was written (2026-11-30), rounded down to three decimals; a drop below it fails. When a
change improves a figure, raise its floor here (and update the README's table).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
if str(ROOT) not in sys.path:  # `benchmarks` is a folder of scripts beside the package
    sys.path.insert(0, str(ROOT))

from benchmarks import offensive, personal_data  # noqa: E402

#: set file → rule (or "all"/"any" for the whole set) → (precision floor, recall floor).
FLOORS: dict[str, dict[str, tuple[float, float]]] = {
    "personal_data_labelled.yaml": {
        "national-id": (1.0, 1.0),
        "phone": (1.0, 1.0),
        "email": (1.0, 1.0),
        "bank-account": (1.0, 1.0),
        "vehicle-plate": (1.0, 1.0),
        "street-address": (1.0, 1.0),
        "person-name": (1.0, 1.0),
        "sensitive": (1.0, 1.0),
        "all": (1.0, 1.0),
    },
    "personal_data_heldout.yaml": {
        "national-id": (1.0, 1.0),
        "phone": (0.928, 1.0),
        "email": (1.0, 1.0),
        "bank-account": (1.0, 1.0),  # 0.833 before "clearingnummer X, kontonummer Y" (round 3)
        "vehicle-plate": (1.0, 1.0),
        "street-address": (0.857, 1.0),
        "person-name": (0.875, 0.777),
        # 0.692 before the sensitive-terms rework, 0.769 before round 3; precision 1.0 before
        # round 3 added housing adaptation (bostadsanpassning, a disability service), which
        # this set leaves unlabelled in "Ditt samordningsnummer ... i ansökan om
        # bostadsanpassning" and the round-2 set labels sensitive.
        "sensitive": (0.923, 0.923),
        # precision 0.98 → 0.97 (2026-11-30, round 6): a first name greeted in a reply about
        # no matter of the reader's ("Hej Erik! Tack för tipset ...") is now a warning. Two
        # snippets of this oldest set label it clean; the eleven blind sets written since
        # label 514 of 515 such greetings as personal data.
        "all": (0.97, 0.99),
    },
    "offensive_labelled.yaml": {
        "profanity": (1.0, 1.0),
        "insult": (1.0, 1.0),
        "threat": (1.0, 1.0),
        "hate-speech": (1.0, 1.0),
        "sexual": (1.0, 1.0),
        "incitement": (1.0, 1.0),
        "any": (1.0, 1.0),
    },
    "offensive_heldout.yaml": {
        "profanity": (0.947, 0.837),
        "insult": (0.944, 0.653),
        "threat": (0.7, 0.466),
        "hate-speech": (0.888, 0.533),
        "sexual": (0.833, 0.555),
        "incitement": (1.0, 0.461),
        "any": (0.938, 0.737),
    },
}


def _counts(name: str):
    """``(tp, fp, fn)`` counters per rule (and the whole set) for one data file."""
    path = DATA / name
    if name.startswith("personal_data"):
        tp, fp, fn, _ = personal_data.score(personal_data.load_snippets(path))
        for counter in (tp, fp, fn):
            counter["all"] = sum(counter.values())
        return tp, fp, fn
    _, tp, fp, fn = offensive.labelled(offensive.Ours(), path)
    return tp, fp, fn


def _ratio(hits: int, total: int) -> float | None:
    return hits / total if total else None


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_precision_and_recall_do_not_drop(name):
    tp, fp, fn = _counts(name)
    drops = []
    for rule, (p_floor, r_floor) in FLOORS[name].items():
        precision = _ratio(tp[rule], tp[rule] + fp[rule])
        recall = _ratio(tp[rule], tp[rule] + fn[rule])
        figures = f"tp {tp[rule]}, fp {fp[rule]}, fn {fn[rule]}"
        if precision is None or precision < p_floor:
            drops.append(f"{rule}: precision {precision} < {p_floor} ({figures})")
        if recall is None or recall < r_floor:
            drops.append(f"{rule}: recall {recall} < {r_floor} ({figures})")
    assert not drops, f"{name}: " + "; ".join(drops)


def test_every_rule_of_the_sets_has_a_floor():
    expected_personal = {rule_id.split("/", 1)[1] for rule_id in personal_data.expand("personal-data")}
    for name in ("personal_data_labelled.yaml", "personal_data_heldout.yaml"):
        assert set(FLOORS[name]) == expected_personal | {"all"}, name
    for name in ("offensive_labelled.yaml", "offensive_heldout.yaml"):
        assert set(FLOORS[name]) == {*offensive.RULES, "any"}, name
