"""Round-6 mechanisms of the offensive detector (issue 16), in Swedish and Finnish: categories
aligned with the Suomi24 annotation (a slur is name-calling, so an insult as well as hate
speech) and a swear word or obscene noun aimed at the one addressed (a second-person copula,
or a vocative after a second-person pronoun or possessive) as name-calling.

Cases are written for the mechanism, not taken from a data set. Each asserts the rule id at
warning or error with its line and column (1-based); the traps assert that no insult is found.
"""

from __future__ import annotations

import pytest

from conftest import offensive_found

found = offensive_found


# A slur calls a person names by their group: hate speech and an insult, at the same column.
@pytest.mark.parametrize(
    "lang, text, column",
    [
        ("sv", "Där står blattarna och hänger igen.", 10),
        ("sv", "Varför ska svartskallar få förtur?", 12),
        ("sv", "Krymplingar borde hålla sig hemma.", 1),
        ("fi", "Taas ne ryssät ostaa mökkejä.", 9),
        ("fi", "Mitä ne huivipäät täällä tekee?", 9),
        ("fi", "Mamut jonottaa taas sossun luukulla.", 1),
    ],
)
def test_slur_is_hate_speech_and_insult(lang, text, column):
    got = found(text, lang)
    assert ("offensive/hate-speech", 1, column) in got
    assert ("offensive/insult", 1, column) in got


# A swear word or obscene noun aimed at the one addressed: after a second-person copula
# (fillers between), or a vocative ending its clause.
@pytest.mark.parametrize(
    "lang, text, column",
    [
        ("sv", "Du är en kuk.", 11),
        ("sv", "Ni e ju bara skit allihop.", 14),
        ("sv", "Är du helt kåt eller?", 12),
        ("sv", "Sluta tjata, ditt jävla arsle!", 25),
        ("fi", "Oot sä ihan paska?", 1),
        ("fi", "Ootte te kaikki ihan perseestä.", 22),
        ("fi", "Painu kotiis senkin runkkari.", 21),
        ("fi", "Lopeta jo, sinä paska.", 18),
    ],
)
def test_obscene_word_aimed_at_the_addressee_is_an_insult(lang, text, column):
    columns = {col for rule, line, col in found(text, lang) if rule == "offensive/insult" and line == 1}
    assert columns and min(columns) <= column


# Traps: an attributive or exclamative swear word says how, not who; a negation or another
# word breaks the chain; a body part that does not end the clause; a first person.
@pytest.mark.parametrize(
    "lang, text",
    [
        ("sv", "Du är så jävla bra på det här!"),
        ("sv", "Ni är fan bäst, tack för i kväll."),
        ("sv", "Du är inte en jävel, du är en ängel."),
        ("sv", "Din kuk är ingen sak för kommunen."),
        ("sv", "Jag är en jävel på att baka."),
        ("sv", "Du skiter väl i det där."),
        ("sv", "Jävlar, vad kallt det är i dag!"),
        ("sv", "Era jävlar, laga vägen nu."),  # swearing at an office: profanity (README, round 4)
        ("fi", "Olet vitun hyvä."),
        ("fi", "Ootte helvetin taitavia."),
        ("fi", "Et ole mikään paska."),
        ("fi", "Oon ihan paska tässä pelissä."),
        ("fi", "Sä paskannat housuihis kohta naurusta."),
        ("fi", "Voi perkele, kun sataa."),
    ],
)
def test_aimed_traps_get_no_insult(lang, text):
    assert not {rule for rule, _, _ in found(text, lang)} & {"offensive/insult"}


# Threats written from the grammar: intention before a violent verb, seeing to it that someone
# ends up in hospital, a blow given, beating to pieces, paying with one's life, blowing up a
# building in the first person, verbs of drowning and hacking to death.
@pytest.mark.parametrize(
    "lang, text, column",
    [
        ("sv", "Jag tänker hugga ihjäl honom.", 1),
        ("sv", "Vi ska se till att han hamnar på sjukhus.", 4),
        ("sv", "Jag ska ge dig en käftsmäll.", 5),
        ("sv", "Jag kommer att slå dig gul och blå.", 1),
        ("sv", "Jag dränker dig i ån.", 1),
        ("fi", "Aion hukuttaa sut järveen.", 1),
        ("fi", "Meinaan hakata sut ensi kerralla.", 1),
        ("fi", "Pidän huolen että joudut teholle.", 1),
        ("fi", "Saat maksaa tästä hengelläsi.", 1),
        ("fi", "Räjäytän koko kunnantalon.", 1),
    ],
)
def test_threat_grammar(lang, text, column):
    assert ("offensive/threat", 1, column) in found(text, lang)


# Traps: safety advice with a negation, sport, chopping wood, hunting, a spring bonfire at a
# school, quarry blasting and demolition plans, getting to hospital in time, laughing to death.
@pytest.mark.parametrize(
    "lang, text",
    [
        ("sv", "Se till att du inte hamnar på sjukhus – använd hjälm!"),
        ("sv", "Vi ska ge er stryk i derbyt på lördag!"),
        ("sv", "Vi ska slå er i finalen."),
        ("sv", "Jag tänker hugga ved i helgen."),
        ("sv", "Du kommer att dö av skratt när du ser föreställningen."),
        ("fi", "Pääsiäiskokko poltetaan koulun pihalla."),
        ("fi", "Louhintatyömaalla räjäytetään kalliota koulun vieressä."),
        ("fi", "Pidän huolen siitä, että pääset sairaalaan ajoissa."),
        ("fi", "Aion hakata halkoja koko päivän."),
        ("fi", "Aion ampua hirven ensi syksynä."),
        ("fi", "Hukutan suruni työhön."),
    ],
)
def test_threat_grammar_traps_get_nothing(lang, text):
    assert not found(text, lang)


# Swedish parity with Finnish, concept by concept: each identity-attack concept as a Swedish and a
# Finnish sentence (written for the concept, not taken from a data set); both must be hate speech.
PARITY = [
    # concept: (Swedish, Finnish)
    ("parasites", "Invandrarna är parasiter.", "Maahanmuuttajat ovat loisia."),
    ("not human", "Muslimer är inte människor.", "Muslimit eivät ole ihmisiä."),
    ("lazy", "Somalier är lata allihop.", "Somalit on laiskoja."),
    ("greedy", "Judar är giriga.", "Juutalaiset on ahneita."),
    ("barbaric", "Ryssarna är ett barbariskt folk.", "Venäläiset on barbaarinen kansa."),
    ("less intelligent", "Svarta är mindre intelligenta.", "Mustat on vähemmän älykkäitä."),
    ("disgusting", "Lesbiska är vidriga.", "Lesbot on ällöttäviä."),
    ("alcoholics", "Finnarna är alkoholister.", "Saamelaiset on alkoholisteja."),
    ("a disease", "Homosexualitet är en sjukdom.", "Homous on sairaus."),
    ("a cancer", "Islam är en cancer.", "Islam on syöpä."),
    ("breeding like rabbits", "Muslimerna förökar sig som kaniner.", "Muslimit lisääntyy kuin kanit."),
    ("no business here", "Invandrare har ingenting här att göra.", "Ulkomaalaisilla ei ole täällä mitään tekemistä."),
    ("criminals", "Romer är kriminella.", "Romanit on rikollisia."),
    ("a burden", "Flyktingarna är en börda för samhället.", "Pakolaiset on taakka yhteiskunnalle."),
]


@pytest.mark.parametrize("concept, sv, fi", PARITY, ids=[c for c, _, _ in PARITY])
def test_identity_concepts_in_both_languages(concept, sv, fi):
    assert "offensive/hate-speech" in {rule for rule, _, _ in found(sv, "sv")}, sv
    assert "offensive/hate-speech" in {rule for rule, _, _ in found(fi, "fi")}, fi


# Traps: the same words about no group, or a comparison that is not about people.
@pytest.mark.parametrize(
    "lang, text",
    [
        ("sv", "Kaninerna förökar sig som kaniner gör på våren."),
        ("sv", "Barnen har ingenting att göra här på sommarlovet, så vi öppnar fritidsgården."),
        ("sv", "Den nya bron är ett gissel för trafiken."),
        ("fi", "Lapsilla ei ole täällä mitään tekemistä kesällä, joten nuorisotila on auki."),
        ("fi", "Mene takaisin kotiin ja lepää."),
        ("fi", "Kanit lisääntyy kuin kanit keväällä."),
    ],
)
def test_parity_traps_get_nothing(lang, text):
    assert not found(text, lang)
