"""Round-7 mechanisms of the offensive detector (issue 16), in Swedish and Finnish: a swear
word or obscene noun fronted before a second-person copula that ends the clause (Swedish V2
"skit är du,", Finnish "paska sä oot.") is name-calling; a first person who will break a body
part owned by "på/av dig" (Swedish, either word order) or by a possessive suffix (Finnish
"murran niskasi") threatens.

Cases are written for the mechanism, not taken from a data set; each asserts the rule id,
line and column (1-based). The traps assert that nothing of the kind is found.
"""

from __future__ import annotations

import pytest

from conftest import offensive_found

found = offensive_found


@pytest.mark.parametrize(
    "lang, text, column",
    [
        ("sv", "Feg liten skit är du, det vet hela byn.", 11),
        ("sv", "En riktig kuk är ni, allihop.", 11),
        ("fi", "Surkea paska sä oot, kukaan ei usko sua.", 8),
        ("fi", "Ihan mulkku olet.", 6),
    ],
)
def test_noun_before_a_postposed_copula_is_an_insult(lang, text, column):
    assert ("offensive/insult", 1, column) in found(text, lang), found(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("sv", "Var i helvete är du?"),
        ("sv", "Vad fan är ni för några?"),
        ("sv", "Skit. Är du säker på att bussen går?"),
        ("fi", "Missä helvetissä oot?"),
        ("fi", "Paska. Olet oikeassa, bussi on myöhässä."),
    ],
)
def test_postposed_copula_traps_get_no_insult(lang, text):
    assert "offensive/insult" not in {rule for rule, _, _ in found(text, lang)}, found(text, lang)


@pytest.mark.parametrize(
    "lang, text, column",
    [
        ("sv", "Gör det en gång till så bryter jag armen på dig.", 22),
        ("sv", "Jag ska knäcka båda benen på honom när jag ser honom.", 1),
        ("sv", "Håll käften annars krossar vi käken på er.", 13),
        ("fi", "Tee se vielä kerran niin murran niskasi.", 26),
        ("fi", "Katkaisen teidän jalkanne jos tulette pihalle.", 1),
    ],
)
def test_harm_to_a_body_part_owned_by_the_addressee_is_a_threat(lang, text, column):
    assert any(rule == "offensive/threat" and line == 1 for rule, line, _ in found(text, lang)), found(text, lang)
    assert any(rule == "offensive/threat" and col == column for rule, _, col in found(text, lang)), found(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("sv", "Jag bröt armen på skidresan i februari."),
        ("sv", "Så bryter vi isen på mötet: en kort presentationsrunda."),
        ("sv", "Läkaren sa att hon skulle knäcka nacken på flaskan först."),
        ("fi", "Murran leivän ja annan puolet sinulle."),
        ("fi", "Rikon ikkunan vain hätätilanteessa."),
    ],
)
def test_harm_traps_get_no_threat(lang, text):
    assert "offensive/threat" not in {rule for rule, _, _ in found(text, lang)}, found(text, lang)


# A group behind it all (the conspiracy trope), in both languages.
@pytest.mark.parametrize(
    "lang, text, column",
    [
        ("sv", "Muslimerna ligger bakom alltihop, fatta det.", 1),
        ("sv", "Det är judarna som drar i trådarna i regeringen.", 8),
        ("fi", "Juutalaiset on kaiken takana.", 1),
        ("fi", "Maahanmuuttajat ovat koko jutun takana, usko pois.", 1),
    ],
)
def test_a_group_behind_it_all_is_hate_speech(lang, text, column):
    assert ("offensive/hate-speech", 1, column) in found(text, lang), found(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("sv", "Invandrare ligger bakom hela befolkningsökningen i kommunen."),
        ("sv", "Flyktingarna ligger bakom oss i kön."),
        ("fi", "Maahanmuuttajat on väestönkasvun takana."),
        ("fi", "Nuoret vetävät naruista leikissä."),
    ],
)
def test_behind_a_finding_is_not_a_plot(lang, text):
    assert not found(text, lang), found(text, lang)
