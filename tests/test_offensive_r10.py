"""Round-10 threat and insult mechanisms of the offensive detector (issue 16), in Swedish and
Finnish, read off the threat and insult misses of every spent round and of the round-18
development thirds by grammar: a burial promised as a consequence, coming after people one by
one, "just wait till I get you", regret promised, things that will happen *to* people, waiting
outside someone's home for when they come, a body found as a consequence, the impersonal
passive aimed at the one addressed, never being found again, life leaving someone else, a gun's
plural, a body part torn off with the first person dropped; insults that liken a person to a
herd or their brain to a dull thing, superlative verdicts on a role, "haista" with words
between.

Cases are written for the mechanism, not taken from a data set; each asserts the rule id,
line and column (1-based). The traps (a work party with axes, a queue called in turn, a park
that things happen to, an invitation, a listing, posters torn down, a guided walk, the
writer's own exhaustion, mushrooms in a forest, a mine adit, traps set for rats) assert that
no threat or insult is found.
"""

from __future__ import annotations

import pytest

from conftest import offensive_columns as _columns, offensive_found

found = offensive_found


THREATS = [
    # a gun's plural, coming with it after a condition
    ("sv", "Stänger ni badhuset så kommer vi till stadshuset med bössorna.", 24),
    # a body part torn off, the first person dropped
    ("sv", "Ska slita huvudet av honom om han rör min brevlåda.", 1),
    # a burial as the consequence, first person inverted
    ("sv", "Flyttar du staketet en gång till så gräver jag ner dig i rabatten.", 37),
    # coming after people one by one, V2 too
    ("sv", "Vi kommer efter er, en efter en, ni i nämnden.", 4),
    ("sv", "Sänk skatten. Annars kommer vi hem till er en efter en.", 22),
    # just wait till I get you
    ("sv", "Vänta du bara tills jag får tag i dig på parkeringen.", 1),
    # regret promised
    ("sv", "Ni ska få ångra det här, det lovar jag.", 1),
    # things that will happen to people
    ("sv", "Det kommer att hända saker med dig om planen går igenom.", 1),
    # waiting outside the home for when one comes
    ("sv", "Jag står utanför ditt hus när du kommer hem ikväll.", 1),
    # a body found as a consequence
    ("sv", "Rör ni min brygga så hittar ni honom flytande i viken.", 22),
    # Finnish: the passive aimed at the one addressed
    ("fi", "Jos et peru päätöstä niin sut revitään kappaleiksi.", 27),
    ("fi", "Teidät haudataan sinne suolle jos jatkatte.", 1),
    # never found again, found yet
    ("fi", "Viedään sut metsään eikä sua enää löydetä.", 21),
    ("fi", "Odota vaan, kyllä sinut vielä löydetään.", 13),
    # life leaving someone else
    ("fi", "Vielä kerran niin lähtee henki sulta.", 19),
    ("fi", "Henki lähtee siltä joka koskee mun veneeseen.", 1),
    # waiting at the home
    ("fi", "Odotan sua kotiovella kun tuut töistä.", 1),
    # a body found as a consequence
    ("fi", "Siirrä aitaa vielä niin löydät sen ukon ojasta kuolleena.", 20),
    # something bad to happen to the one addressed; just wait till I get you; a burial
    ("fi", "Teille tapahtuu vielä jotain pahaa.", 1),
    ("fi", "Odota vaan kun mä saan sut kiinni.", 1),
    ("fi", "Kaada se aita niin hautaan sut.", 20),
]


@pytest.mark.parametrize("lang, text, column", THREATS)
def test_round10_threat_mechanisms(lang, text, column):
    assert column in _columns(text, lang, "offensive/threat"), found(text, lang)


INSULTS = [
    ("sv", "Du är som en flock får, följer bara partiet.", 4),
    ("sv", "Rektorn har lika mycket ryggrad som en daggmask.", 13),
    ("sv", "Ordföranden har samma IQ som en tegelsten.", 17),
    ("sv", "Han är en av kommunens sämsta politiker genom tiderna.", 14),
    ("fi", "Rehtorilla on yhtä paljon selkärankaa kuin meduusalla.", 15),
    ("fi", "Puheenjohtaja on yksi kunnan surkeimmista päättäjistä.", 23),
    ("fi", "Haista sinä pitkä paska.", 1),
]


@pytest.mark.parametrize("lang, text, column", INSULTS)
def test_round10_insult_mechanisms(lang, text, column):
    assert column in _columns(text, lang, "offensive/insult"), found(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        # a work party with tools, a queue called in turn, children fetched
        ("sv", "Vi kommer till parken med yxorna och sågarna på talkot."),
        ("sv", "Vi ringer upp er en efter en när det är er tur."),
        ("sv", "Vi tar er en efter en in till vaccinationen."),
        # an invitation, news about a park, a stand with coffee
        ("sv", "Ni ska inte ångra det om ni kommer på konserten."),
        ("sv", "Det kommer att hända saker med torget i sommar, häng med!"),
        ("sv", "Vi står utanför ert kontor med kaffe på måndag."),
        # a cat found, cables buried, waiting to see a playground
        ("sv", "Hittar ni en katt flytande i viken, ring räddningstjänsten."),
        ("sv", "Vi gräver ner kablarna i marken i vår."),
        ("sv", "Vänta du bara tills du ser den nya lekparken!"),
        # a mine adit ("stoll", definite "stollen")
        ("sv", "Vi går ner i gruvstollen på lördag med pannlampa."),
        # comparisons that judge no one
        ("sv", "Barnets hjärna är som en svamp de första åren."),
        ("sv", "Han har lika mycket erfarenhet som en veteran."),
        ("sv", "Vi har samma mål som en vanlig förening."),
        # pest control: rats named beside traps are no insult to anyone (the `not_people` set)
        ("sv", "Vi sätter ut fällor mot sorkar och råttor i koloniområdet i vår."),
        # Finnish: posters torn down, a guided walk, a listing, one's own exhaustion
        ("fi", "Vanhat julisteet revitään pois ja ne kierrätetään."),
        ("fi", "Teidät viedään metsään opastetulle kävelylle."),
        ("fi", "Odota vaan, kyllä sinut vielä löydetään sieltä listalta."),
        ("fi", "Sinut löydetään helposti puhelinluettelosta."),
        ("fi", "Multa lähtee henki kun katson tätä laskua."),
        # an invitation, an appointment, mushrooms, a child's mind, the best decision-maker
        ("fi", "Odotan teitä ovella kello kuusi, tervetuloa!"),
        ("fi", "Haemme teidät yksi kerrallaan vastaanotolle."),
        ("fi", "Lähde metsään niin löydät kantarellit metsästä."),
        ("fi", "Lapsi on kuin sieni, imee kaiken."),
        ("fi", "Hän oli kunnan paras päättäjä vuonna 2025."),
        ("fi", "Sinulle tapahtuu jotain kivaa tänään!"),
    ],
)
def test_round10_traps_stay_clean(lang, text):
    assert not {rule for rule, _, _ in found(text, lang)} & {"offensive/threat", "offensive/insult"}, found(text, lang)
