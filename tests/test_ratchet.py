"""No benchmark set gets worse unnoticed: every count of ``benchmarks/ratchet.json`` holds.

``benchmarks/ratchet.py`` counts, per set in ``benchmarks/data/``, the false alarms on
correct posts, the personal-data values missed and the false positives, and the false
positives and negatives of the guideline, bilingual and offensive rules. A change that
raises any of them fails here with the set and the count; one that lowers them is
recorded with ``python benchmarks/ratchet.py --update`` (the diff shows what moved).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # `benchmarks` is a folder of scripts beside the package
    sys.path.insert(0, str(ROOT))

from benchmarks import ratchet  # noqa: E402

RECORD = ratchet.recorded()


@pytest.mark.parametrize("name", ratchet.set_names())
def test_no_count_rises_above_the_record(name):
    assert name in RECORD, f"{name}: not in benchmarks/ratchet.json (run benchmarks/ratchet.py --update)"
    rose = ratchet.worse(ratchet.counts(name), RECORD[name])
    assert not rose, f"{name}: " + "; ".join(rose)


def test_every_recorded_set_still_exists():
    assert sorted(RECORD) == ratchet.set_names()


def test_worse_and_better_compare_count_by_count():
    then = {"alarms": 2, "alarms personal-data/phone": 2}
    now = {"alarms": 3, "alarms personal-data/phone": 1, "alarms bilingual/unbalanced": 2}
    assert ratchet.worse(now, then) == ["alarms: 2 → 3", "alarms bilingual/unbalanced: 0 → 2"]
    assert ratchet.better(now, then) == ["alarms personal-data/phone: 2 → 1"]
    assert ratchet.worse(then, then) == [] and ratchet.better(then, then) == []


def test_a_false_alarm_on_a_correct_post_is_counted(tmp_path, monkeypatch):
    """The count comes from the real linter: a post with a private mobile number and a
    resident's name in a reply counts alarms, a plain notice counts none."""
    (tmp_path / "clean_posts_t.yaml").write_text(
        "posts:\n"
        "- id: t1\n  profile: vimmerby\n  account: official\n  kind: post\n"
        "  text: Biblioteket har stängt på måndag. Välkommen tillbaka på tisdag kl. 10!\n"
        "- id: t2\n  profile: vimmerby\n  account: official\n  kind: reply\n"
        "  text: Hej Kerstin Lindqvist, din ansökan om försörjningsstöd är beviljad. Ring mig på 070-345 67 89.\n",
        encoding="utf-8")
    monkeypatch.setattr(ratchet, "DATA", tmp_path)
    got = ratchet.counts("clean_posts_t.yaml")
    assert got["alarms"] >= 2
    assert got["alarms personal-data/sensitive"] >= 1
    assert set(got) <= {"alarms"} | {f"alarms {rule}" for rule in (
        "personal-data/person-name", "personal-data/sensitive", "personal-data/phone", "signature/missing")}
