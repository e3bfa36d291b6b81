"""personal-data/sensitive: compounds, acronyms, ties across sentences and to a reply's
reader, roles and units that are not facts, and Swedish–Finnish parity of the terms."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_hits
from kommunlint.detect import vocabulary

SENSITIVE = "personal-data/sensitive"


def hits(text, profile="vimmerby", **kw):
    return [(f.line, f.column, f.severity) for f in rule_hits(lint_text(text, profile, select=[SENSITIVE], **kw), SENSITIVE)]


@pytest.mark.parametrize(
    ("text", "profile", "expected"),
    [
        # a diagnosis inside a compound, tied by the name in the sentence before
        ("Vi hälsar Kerstin Holm välkommen tillbaka.\nHon har behandlats för lungcancer i vår.", "vimmerby", [(2, 24, "error")]),
        ("Onnittelemme Seppo Rantasta. Hän sai hoitoa eturauhassyöpään viime vuonna.", "karleby", [(1, 45, "error")]),
        # an aid and an allergy, in both languages
        ("Sune Berglund behöver rullstol på resan och har nötallergi.", "norsjo", [(1, 23, "error"), (1, 49, "error")]),
        ("Aino Mäkelä tarvitsee pyörätuolin ja hänellä on pähkinäallergia.", "karleby", [(1, 23, "error"), (1, 49, "error")]),
    ],
)
def test_terms_inside_compounds_and_across_sentences(text, profile, expected):
    assert hits(text, profile) == expected


def test_reply_speaking_to_its_reader_ties_the_fact_without_a_name():
    text = "Tack för ditt meddelande. Din ansökan om färdtjänst är beviljad från måndag."
    assert hits(text, kind="reply") == [(1, 42, "error")]
    # the same sentence in a post speaks to nobody in particular
    assert hits(text, kind="post") == []


def test_finnish_polite_plural_possessive_is_the_reader():
    text = "Kiitos viestistä. Hakemuksenne toimeentulotuesta on käsittelyssä."
    assert hits(text, "karleby", kind="reply") == [(1, 32, "error")]
    # "tänne" (here) is no possessive
    assert hits("Toimeentulotukea voi hakea tänne tulemalla.", "karleby", kind="reply") == []


def test_acronyms_are_case_sensitive_whole_words():
    assert hits("Gunnar Lind har KOL och vill ha hemtjänst.", "norsjo") == [(1, 17, "error"), (1, 33, "error")]
    assert hits("Gunnar Lind ska kolla om bussen går.", "norsjo") == []


def test_a_unit_or_a_role_is_not_a_fact():
    text = "Hemtjänstpersonalen och Kotihoidon esihenkilö Marja Lahti svarar på frågor."
    assert hits(text, "karleby") == []


def test_a_topic_without_a_person_is_not_a_finding():
    assert hits("Föreläsning om minnessjukdom på biblioteket i kväll.") == []
    assert hits("Luento muistisairauksista kirjastossa tänään.", "karleby") == []


def test_a_name_in_another_paragraph_does_not_tie():
    text = "Kristina Ahl har fyllt 90 år.\n\nVi informerar om hemtjänst och färdtjänst på torsdag."
    assert hits(text) == []


def test_every_concept_has_swedish_and_finnish_terms():
    data = vocabulary.load("sensitive_terms")
    for category, concepts in data.items():
        if category == "roles_and_units":
            continue
        for concept in concepts:
            assert concept.get("sv") and concept.get("fi"), f"{category}: {concept}"


@pytest.mark.parametrize("text, profile, term", [
    ("Min granne har fått ett trygghetslarm efter fallet.", "vimmerby", "trygghetslarm"),
    ("Naapurini sai turvapuhelimen kaatumisen jälkeen.", "karleby", "turvapuhelimen"),
    ("Hej! Din mammas läkemedel finns att hämta på apoteket.", "norsjo", "läkemedel"),
    ("Hänen äitinsä lääkitys on muuttunut.", "karleby", "lääkitys"),
    ("Min kollega går på cytostatika hela våren.", "vimmerby", "cytostatika"),
    ("Hänen isänsä on saattohoidossa.", "karleby", "saattohoidossa"),
    ("Hej! Utredningen om ditt barn blir klar i mars.", "vimmerby", "Utredningen om ditt barn"),
    ("Hänen lapsistaan tehdään lastensuojelutarpeen selvitys.", "karleby", "lastensuojelutarpeen selvitys"),
])
def test_new_concepts_in_both_languages(text, profile, term):
    found = [f for f in lint_text(text, profile, select=["personal-data/sensitive"], kind="reply" if "Hej" in text else "post")
             if f.rule == "personal-data/sensitive"]
    assert [text[f.start:f.end] for f in found] == [term]
