"""Detectors linear on one long line of many names, numbers, markers or cues (issue 14).

No timed thresholds: the CPU time of 10 KB and 40 KB of the same line is compared
(linear: about 4x; quadratic: 16x), with a generous bound as in test_regex_linearity.py.
Findings on the line are asserted too, so the bounded windows keep what they find.
"""

from __future__ import annotations

import time

import pytest

from kommunlint.detect import Analysis
from kommunlint.post import parse_post
from kommunlint.profile import load_profile

CASES = {
    # A line of names without a sentence break: every name's context was the whole line before it.
    "person_names": "Anna Berg, Matti Virtanen och Erik Nyström kom, ",
    # Numbers without a sentence break: each number's clause was the whole line before it.
    "phones": "ring 070-123 45 67 eller 040 765 4321, ",
    "confidential_markers": "Ärendet är sekretessbelagt. Utkastet är hemligt och konfidentiellt. ",
    "promotions": "Rabatt 20 % hos Hangö Kajak Ab! Boka nu hos Hangö Kajak Ab. ",
}


def _analysis(fragment: str, size: int) -> Analysis:
    text = (fragment * (size // len(fragment) + 1))[:size]
    post = parse_post(text, "p.txt")
    analysis = Analysis(post, load_profile("hango"))
    # What the detectors read but is not under test: computed before the clock starts.
    _ = post.sentences, post.paragraphs, analysis.signature, analysis.emails, analysis.links, analysis.national_ids
    return analysis


@pytest.mark.parametrize("attribute", sorted(CASES))
def test_detector_grows_linearly_on_one_long_line(attribute):
    fragment = CASES[attribute]

    def cost(size: int) -> tuple[float, int]:
        analysis = _analysis(fragment, size)
        if attribute == "phones":
            _ = analysis.person_names
        start = time.process_time()
        found = getattr(analysis, attribute)
        return time.process_time() - start, len(found)

    cost(2_000)
    (small, n_small), (large, n_large) = min(cost(10_000) for _ in range(2)), cost(40_000)
    assert n_large >= 3 * n_small > 0, (n_small, n_large)
    assert large < 9 * small + 0.3, (small, large)  # linear: 4x; quadratic: 16x


def test_names_and_numbers_on_a_long_line_keep_their_reasons():
    """The windows (400 characters) still see a role or credit right before a name, and
    a private cue right before a number, far into a long line."""
    line = "Vi tackar " + "Anna Berg, Matti Virtanen och Erik Nyström, " * 200
    text = line + "rektor Karin Lund och Foto: Leena Laine. Ring mig privat på 040 765 4321.\n"
    analysis = _analysis(text, len(text))
    reasons = {text[h.start : h.end]: h.public for h in analysis.person_names}
    assert reasons["Karin Lund"] == "role"
    assert reasons["Leena Laine"] == "credit"
    (phone,) = [p for p in analysis.phones if text[p.start : p.end].startswith("040")]
    assert phone.public is None and phone.start > 8000


class _CountingDict(dict):
    """A dict that counts ``get`` calls (the lookups a compound split makes)."""

    calls = 0

    def get(self, key, default=None):
        type(self).calls += 1
        return super().get(key, default)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_compound_split_of_a_long_token_tries_a_bounded_number_of_places(lang, monkeypatch):
    """A compound's head and first part are dictionary forms, so a token is tried only
    where a slice is no longer than the longest of them: the lookups do not grow with
    the token (a 100 KB token was quadratic, issue 14)."""
    from kommunlint.detect.offensive import lexicon, matcher

    lex = lexicon.load(lang)
    counts = []
    for n in (2_000, 20_000):
        heads, modifiers = _CountingDict(lex.heads), _CountingDict(lex.modifiers)
        monkeypatch.setattr(lex, "heads", heads)
        monkeypatch.setattr(lex, "modifiers", modifiers)
        _CountingDict.calls = 0
        assert matcher._compound_parts("a" * n, lex) is None
        counts.append(_CountingDict.calls)
    assert counts[0] == counts[1]
    # The bound loses no compound: the documented examples are still split.
    monkeypatch.undo()
    word = {"fi": "byrokraattipaskat", "sv": "kärringjävlarna"}[lang]
    assert matcher._compound_parts(word, lex) is not None


def test_shared_overlap_by_binary_search_equals_the_plain_count():
    """``Versions.shared_overlap`` (a union index and binary search) counts the same
    characters as walking every shared span, on random spans with overlaps, nesting
    and empty spans."""
    import random

    from kommunlint.detect.language import Versions

    def walked(shared, start, end):
        covered, reach = 0, start
        for s, e in sorted(shared):
            if e <= reach or s >= end:
                continue
            lo, hi = max(s, reach), min(e, end)
            if hi > lo:
                covered, reach = covered + hi - lo, hi
        return covered

    rng = random.Random(7)
    for _ in range(2000):
        shared = [(a, a + rng.randint(0, 15)) for a in (rng.randint(0, 100) for _ in range(rng.randint(0, 8)))]
        versions = Versions(("sv", "fi"), [], shared)
        start = rng.randint(0, 110)
        end = start + rng.randint(0, 40)
        assert versions.shared_overlap(start, end) == walked(shared, start, end), (shared, start, end)
