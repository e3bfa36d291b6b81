"""Round-9 threat mechanisms of the offensive detector (issue 16), in Swedish and Finnish,
read off the threat misses of every spent round by grammar: a first person without a pronoun
(a clause opened by "ska"/"tänker" and a violent verb aimed at someone), an inverted first
person after a condition with the spoken "ja", taking the law into one's own hands with
someone, someone who will burn or kill, a person hung from a lamp post, a group sunk or
gassed, a condition on the one addressed with a fire in a building as its consequence, going
home in a box or by ambulance as a consequence, self-harm urged, running someone over.

Cases are written for the mechanism, not taken from a data set; each asserts the rule id,
line and column (1-based). The traps (postponements, particle verbs, lights on lamp posts,
police warnings, fire-safety advice, a hospital's transport, boarding a train, news) assert
that no threat is found.
"""

from __future__ import annotations

import pytest

from conftest import offensive_columns as _columns, offensive_found

found = offensive_found


@pytest.mark.parametrize(
    "lang, text, column",
    [
        # a first person without a pronoun
        ("sv", "Ska slå ihjäl den som klottrade på garaget.", 1),
        ("sv", "Tänker strypa den där handläggaren när jag ser honom.", 1),
        ("sv", "Nu räcker det. Kommer att slå sönder näsan på den som flyttade skylten.", 16),
        ("sv", "Ska spöa skiten ur grannen på lördag.", 1),
        # an inverted first person, spoken "ja"
        ("sv", "Rör du min moped en gång till så slår ja ihjäl dig.", 34),
        ("sv", "Kommer du hit igen så kör jag ner dig i diket.", 23),
        ("sv", "Om han ljuger igen så krossar ja hans käke.", 23),
        ("sv", "Du din råtta, ja ska döda dig.", 15),
        # the law into one's own hands, with someone
        ("sv", "Snart tar vi saken i egna händer med den där byggchefen.", 14),
        # someone who will burn or kill
        ("sv", "En natt kommer någon att tända eld på rådhuset.", 16),
        # a person hung from a lamp post
        ("sv", "Rektorn borde hängas i närmaste lyktstolpe.", 1),
        ("sv", "Häng upp hela byggnadsnämnden i flaggstången.", 1),
        # a group or a body killed, a group sunk
        ("sv", "Hela gänget på kontoret borde skjutas.", 1),
        ("sv", "Alla romer borde slängas ut i havet.", 1),
        # a condition on the one addressed, a fire in a building as its consequence
        ("sv", "Drar ni in bussen så brinner det på rådhuset.", 22),
        ("sv", "Det blir blodbad på mötet om ni säger ja.", 10),
        # going home in a box or by ambulance as a consequence
        ("sv", "Visar du dig här igen åker du hem i en låda.", 23),
        ("sv", "Sätt foten på min gård så åker du hem med ambulans.", 27),
        # self-harm urged
        ("sv", "Hoppa framför tåget, ingen saknar dig.", 1),
        # coming with a weapon, then no more talk; advice "if I were you"
        ("sv", "Kommer förbi ditt kontor i morgon med en yxa.", 1),
        ("sv", "Nästa gång så kommer ja in med släggan.", 15),
        ("sv", "Vi hittar dig och då blir det inget prat.", 19),
        ("sv", "Om jag vore du skulle jag inte promenera ensam i parken.", 4),
        # Finnish
        ("fi", "Tullaan huomenna käymään ja sitten puhutaan toisella äänellä.", 1),
        ("fi", "Huomenna tulee porukka käymään eikä se tule puhumaan.", 10),
        ("fi", "Sinuna en enää kävelisi pimeällä siinä puistossa.", 1),
        ("fi", "Isken veitsen sen rakennustarkastajan kylkeen.", 1),
        ("fi", "Me tullaan hakemaan oikeutta omin käsin.", 12),
        ("fi", "Koko lautakunta lipputankoon roikkumaan.", 1),
        ("fi", "Kaikki romanit pitäis laittaa proomuun ja upottaa.", 8),
        ("fi", "Mustalaiset kaasukammioon.", 1),
        ("fi", "Mene hirteen, kukaan ei kaipaa.", 1),
        ("fi", "Tuu vielä kerran tänne niin lähdet ambulanssilla.", 24),
        ("fi", "Ajan sut ojaan jos näen sut tiellä.", 1),
        ("fi", "Jos vielä kerran tuut pihaan ni haulikko laulaa.", 30),
    ],
)
def test_round9_threat_mechanisms(lang, text, column):
    assert column in _columns(text, lang), found(text, lang)


@pytest.mark.parametrize(
    "lang, text, column",
    [
        ("sv", "Dum som en gås är han, den nya planeringschefen.", 1),
        ("sv", "Hon e lika ful som en padda.", 12),
        ("sv", "Planchefen har ju hjärna som en myra.", 12),
        ("sv", "Handläggaren e en riktig åsna.", 1),
        ("sv", "Lögnare. Hela bunten på stadshuset.", 1),
        ("sv", "Nämnden är ett gäng snorungar utan erfarenhet.", 16),
        ("fi", "Laiska kuin mato se uusi rakennustarkastaja.", 1),
        ("fi", "Valehtelijoita koko porukka siellä virastossa.", 1),
    ],
)
def test_round9_insult_mechanisms(lang, text, column):
    assert column in _columns(text, lang, "offensive/insult"), found(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("sv", "Trafiken var trög som sirap hela morgonen."),
        ("sv", "Isen är tjock som en planka vid stranden nu."),
        ("sv", "Barnets hjärna är som en svamp de första åren."),
        ("sv", "Tack till er allihop som kom på talkot!"),
        ("sv", "Vår nya maskot är en glad gris som heter Knorr."),
        ("fi", "Netti on hidas kuin etana tänään."),
        ("fi", "Kukaan ei ole yhtä tyhmä kuin minä, unohdin avaimet taas."),
        ("fi", "Kiitos koko porukka talkoista!"),
    ],
)
def test_round9_insult_traps(lang, text):
    assert "offensive/insult" not in {rule for rule, _, _ in found(text, lang)}, found(text, lang)


@pytest.mark.parametrize(
    "lang, text, column",
    [
        ("sv", "Romer hör inte hemma på vår camping.", 1),
        ("sv", "I föreningen har muslimer inget att göra.", 18),
        ("sv", "Somalierna vill bara ta över hela stadsdelen.", 1),
        ("sv", "Alla zigenare stjäl, varenda en.", 6),
        ("fi", "Muslimit ei kuulu meidän kouluun.", 1),
        ("fi", "Somalit haluavat vain lisääntyä täällä.", 1),
    ],
)
def test_round9_identity_mechanisms(lang, text, column):
    assert column in _columns(text, lang, "offensive/hate-speech"), found(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("sv", "Cyklar hör inte hemma på trottoaren."),
        ("sv", "Föreningen vill ta över driften av badet."),
        ("fi", "Muovipussit eivät kuulu biojätteeseen."),
    ],
)
def test_round9_identity_traps(lang, text):
    assert "offensive/hate-speech" not in {rule for rule, _, _ in found(text, lang)}, found(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        # particle verbs and postponements
        ("sv", "Ska skjuta upp mötet till nästa vecka."),
        ("sv", "Då skjuter vi upp nästa möte en vecka."),
        ("sv", "Om vargen kommer nära gården så skjuter dom den."),
        ("sv", "Alla ärenden som inte hunnits med ska skjutas upp till maj."),
        ("sv", "Kommer att skjuta fram den där punkten på listan."),
        # the spoken "ja" as an answer
        ("sv", "Ja, ska vi ses på lördag?"),
        # civic "own hands" with no one named
        ("sv", "Byborna tog saken i egna händer och städade stranden."),
        # lights and flags on lamp posts
        ("sv", "Vi hänger upp julbelysningen i lyktstolparna på torget."),
        ("sv", "Flaggan ska hängas i flaggstången före klockan åtta."),
        # fire-safety advice and fireworks
        ("sv", "Om du glömmer spisen på så brinner det snabbt."),
        ("sv", "Om ni lämnar ljusen tända så kan det börja brinna i huset."),
        # a hospital's transport, boarding a train
        ("sv", "Efter operationen åker du hem med ambulans om det behövs."),
        ("sv", "Hoppa på tåget i Karis och byt i Åbo."),
        # news reporting a fire
        ("sv", "Det brann i kommunhuset i natt, ingen skadades."),
        # a course that asks for tools, a choir, ice safety
        ("sv", "Kommer ni med yxor och sågar till talkot på lördag?"),
        ("sv", "Kom ihåg att ta med kniv till scoutlägret."),
        ("fi", "Kuoron harjoituksissa sitten puhutaan eri äänistä."),
        # Finnish: a police warning, a friend driven to hospital, lights, a curse, the oven, hunting
        ("fi", "Poliisi muistuttaa, ettei oikeutta saa ottaa omiin käsiin."),
        ("fi", "Ajan sut sairaalaan, jos olo pahenee."),
        ("fi", "Jouluvalot lyhtypylväisiin roikkumaan ensi viikolla."),
        ("fi", "Painu hiiteen siitä."),
        ("fi", "Laita kaikki pullat uuniin kahdeksi kymmeneksi minuutiksi."),
        ("fi", "Mies jäi junan alle Keravalla, kertoo poliisi."),
        ("fi", "Jos hirvi tulee passiin, niin haulikko on valmiina."),
    ],
)
def test_round9_traps_get_no_threat(lang, text):
    assert not _columns(text, lang), found(text, lang)
