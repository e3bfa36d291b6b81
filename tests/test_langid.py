"""kommunlint.detect.langid: identification of short and long segments, no-language segments."""

from __future__ import annotations

import csv

import pytest

from kommunlint.detect import langid
from kommunlint.post import parse_post

from conftest import needs_corpus


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Välkommen till biblioteket på lördag!", "sv"),
        ("Tervetuloa kirjastoon lauantaina!", "fi"),
        ("Welcome to the library on Saturday!", "en"),
        ("Simhallen är stängd för underhåll.", "sv"),
        ("Uimahalli on suljettu huollon ajan.", "fi"),
        ("Det är", "sv"),
        ("Se on", "fi"),
        ("Kirjastossa esiintyy lauantaina The Beatles Tribute Band.", "fi"),  # English name in Finnish
        ("I biblioteket spelar The Beatles Tribute Band på lördag.", "sv"),
        ("JOULUN LÄHESTYESSÄ", "fi"),  # all capitals
    ],
)
def test_identifies_swedish_finnish_english(text, expected):
    assert langid.identify(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("God jul!", "sv"), ("Kiitos!", "fi"), ("Tervetuloa!", "fi"), ("Välkommen!", "sv"), ("Tack!", "sv"), ("Hei!", "fi")],
)
def test_short_greetings_come_from_the_lexicon(text, expected):
    assert langid.identify(text, ("sv", "fi", "en")) == expected


@pytest.mark.parametrize(
    "text",
    ["#hanko #hangö", "https://www.hanko.fi/evenemang", "info@hanko.fi", "12.5. 18:00", "🎉🎄", "@hangonkaupunki", "– – –"],
)
def test_segments_without_language_do_not_decide(text):
    assert langid.identify(text) is None


def test_hashtags_and_links_do_not_sway_a_sentence():
    assert langid.identify("Tervetuloa! #welcome #thanks https://example.com/the-best") == "fi"


def test_candidates_restrict_the_answer():
    assert langid.identify("Welcome to the library", ("sv", "fi")) in ("sv", "fi")
    assert langid.identify("Välkommen", ("sv",)) == "sv"
    assert langid.identify("Välkommen", ()) is None


def test_deterministic():
    text = "Kom och lyssna"
    assert len({langid.identify(text) for _ in range(20)}) == 1


def test_sentence_languages_and_language_at_use_offsets():
    from kommunlint.detect import Analysis
    from kommunlint.profile import load_profile

    post = parse_post("Välkommen till stadshuset i kväll.\nTervetuloa kaupungintalolle tänä iltana.\n#hanko\n")
    analysis = Analysis(post, load_profile("hango"))
    found = [(seg.start, seg.end, lang) for seg, lang in analysis.languages.of_sentences(("sv", "fi", "en"))]
    assert found[0] == (0, 34, "sv")
    assert found[1][2] == "fi" and post.text[found[1][0] : found[1][1]].startswith("Tervetuloa")
    assert found[2][2] is None
    assert analysis.language_at(5) == "sv"
    assert analysis.language_at(40) == "fi"
    # Identified once per sentence and candidate set: the same list answers again.
    assert analysis.languages._of("sentences", ("sv", "fi", "en")) is analysis.languages._of("sentences", ("sv", "fi", "en"))


@pytest.mark.corpus
def test_tatoeba_pairs_are_identified():
    """Short conversational sentences (not the benchmark corpora): both sides of 300 pairs."""
    path = needs_corpus("tatoeba_fin_swe", "fi_sv_tatoeba_test_v2021-08-07.tsv")
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))[:300]
    right = sum(langid.identify(row[lang], ("sv", "fi")) == lang for row in rows for lang in ("sv", "fi"))
    assert right / (2 * len(rows)) >= 0.98
