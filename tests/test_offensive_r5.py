"""Round-5 mechanisms of the offensive detector (issue 16), each in Swedish and Finnish where
the language has it: threats as grammar (harm to a body or a home, knowing where someone lives,
people like you, regret promised, a weapon at hand, idioms of breath and bones), death wished by
fate as an insult, insults without a swear word (plural partitive and inverted verdicts,
exclamatives, a role called names), and Swedish identity attacks (a list of groups, a qualified
group, a group kept out of an office).

Cases are written for the mechanism, not taken from a data set. Each asserts the rule id at
warning or error with its line and column; the traps assert that nothing at warning or error
is found.
"""

from __future__ import annotations

import pytest

from conftest import offensive_found

found = offensive_found


# Threats as grammar: harm to the addressee's body or home after a first person (pro-drop too), windows
# and stones, knowing where a named person lives, a weapon at hand, people like you, regret promised,
# finding someone, the car looked under, the door waited at, blood, never walking again, bones, breath.
@pytest.mark.parametrize(
    "lang, text, rule, column",
    [
        ("sv", "Vi ska knäcka din näsa om du kommer hit igen.", "offensive/threat", 1),
        ("sv", "Ska slå sönder fönstren på din bil i natt.", "offensive/threat", 1),
        ("fi", "Mä katkaisen sun sormet jos koskee mun aitaan.", "offensive/threat", 4),
        ("fi", "Poltetaan sun autotalli ensi yönä.", "offensive/threat", 1),
        ("sv", "Ni kan räkna med att få däcken sönderskurna i helgen.", "offensive/threat", 22),
        ("fi", "Heitän tiilen sun olohuoneen ikkunasta läpi.", "offensive/threat", 1),
        ("sv", "Sen vet vi var kassören bor.", "offensive/threat", 5),
        ("sv", "Jag vet exakt vilken bil på parkeringen som är din.", "offensive/threat", 1),
        ("fi", "Me tiedetään ihan tarkalleen missä se sihteeri asuu.", "offensive/threat", 4),
        ("fi", "Meillä on haulikot ja tiedetään mihin te ajatte.", "offensive/threat", 1),
        ("sv", "Jag har en yxa i bilen och vet var du parkerar.", "offensive/threat", 28),
        ("sv", "Såna som ni brukar hamna på sjukhus.", "offensive/threat", 1),
        ("fi", "Teidän kaltaisillenne sattuu helposti onnettomuuksia.", "offensive/threat", 8),
        ("sv", "De som rev vår lekplats ska få ångra sig.", "offensive/threat", 1),
        ("fi", "Tuut vielä katumaan tota päätöstä.", "offensive/threat", 1),
        ("sv", "Vi hittar er och då blir det inte kul.", "offensive/threat", 1),
        ("fi", "Kato auton alle ennen kuin starttaat.", "offensive/threat", 1),
        ("sv", "Kolla under din bil innan du kör till jobbet.", "offensive/threat", 1),
        ("sv", "Vi väntar vid din port när du kommer hem.", "offensive/threat", 1),
        ("sv", "Det ska ni betala med ert blod.", "offensive/threat", 12),
        ("sv", "Jag ska visa dig vad ett basebollträ kan göra.", "offensive/threat", 5),
        ("sv", "Vi ser till att han aldrig mer kan gå.", "offensive/threat", 4),
        ("fi", "Sulta ei jää ainuttakaan luuta ehjäksi.", "offensive/threat", 14),
        ("fi", "Huomenna te ette enää hengitä.", "offensive/threat", 13),
        ("fi", "Te tuutte saamaan turpiin ens viikolla.", "offensive/threat", 4),
        ("fi", "Jokainen joka tulee pihaan saa luoteja.", "offensive/threat", 28),
        ("fi", "Nuo petturit pitäisi panna seinää vasten.", "offensive/incitement", 14),
        ("sv", "Ni får passa er.", "offensive/threat", 8),
    ],
)
def test_threats(lang, text, rule, column):
    assert (rule, 1, column) in found(text, lang)


# Death and disease wished by fate: an insult, not a threat (no one is said to act).
@pytest.mark.parametrize(
    "lang, text, rule, column",
    [
        ("fi", "Toivon että teidän lapset hukkuu järveen.", "offensive/insult", 1),
        ("sv", "Hoppas era barn drunknar i sjön.", "offensive/insult", 1),
    ],
)
def test_fate_wishes(lang, text, rule, column):
    assert (rule, 1, column) in found(text, lang)


# Insults without a swear word: plural partitive and inverted verdicts, exclamatives, a role called a
# name-calling noun, a gang of animals, animal compounds in the vocative, get a life, name-calling nouns.
@pytest.mark.parametrize(
    "lang, text, rule, column",
    [
        ("fi", "Olette te ihan saamattomia siellä virastossa.", "offensive/insult", 1),
        ("fi", "On ne surkeita nuo kunnan insinöörit.", "offensive/insult", 1),
        ("fi", "Onko te kaikki jotain hulluja?", "offensive/insult", 1),
        ("fi", "Koko hallitus on pelkkiä tunareita.", "offensive/insult", 18),
        ("fi", "Ilkeä ja katkera akka sä oot.", "offensive/insult", 1),
        ("fi", "Sä oot kyllä kiero tyyppi.", "offensive/insult", 4),
        ("fi", "Hanki itsellesi elämä.", "offensive/insult", 1),
        ("sv", "Skaffa dig ett liv.", "offensive/insult", 1),
        ("sv", "Vilken mes han är!", "offensive/insult", 1),
        ("sv", "Ni är verkligen ett gäng gamla tomtar och en fjant.", "offensive/insult", 43),
        ("sv", "Ordföranden är en feg liten nolla.", "offensive/insult", 1),
        ("sv", "Vad ni är korkade.", "offensive/insult", 1),
        ("sv", "Styrelsen är en flock giriga hyenor.", "offensive/insult", 1),
        ("sv", "Sluta gnälla, din lilla skolgris.", "offensive/insult", 15),
        ("sv", "Tyst nu, kverulant.", "offensive/insult", 10),
        ("fi", "Painu kotiis, moukka.", "offensive/insult", 15),
    ],
)
def test_insults(lang, text, rule, column):
    assert (rule, 1, column) in found(text, lang)


# Swedish identity attacks: a list of groups then 'alla är', a group with a relative clause then
# degraded, a group kept out of an office, a habit as a flat claim.
@pytest.mark.parametrize(
    "lang, text, rule, column",
    [
        ("sv", "Polacker, rumäner – alla är kriminella.", "offensive/hate-speech", 11),
        ("sv", "Muslimer som bor i förorten är en belastning.", "offensive/hate-speech", 1),
        ("sv", "Invandrare borde inte få rösta i valet.", "offensive/hate-speech", 1),
        ("sv", "Romer ljuger.", "offensive/hate-speech", 1),
        ("sv", "Alla bulgarer är tjuvar.", "offensive/hate-speech", 1),
    ],
)
def test_identity(lang, text, rule, column):
    assert (rule, 1, column) in found(text, lang)


# Traps: the everyday look-alikes of each frame (a possessive without harm, a negated or asked
# "where", regret denied, a recovery wished, farm animals, a broom, a campaign for women, a
# returning cat, "no stupid questions", a bone whole, furniture against a wall).
@pytest.mark.parametrize(
    "lang, text",
    [
        ("sv", "Vi ska bryta din isolering: kom till träffen på biblioteket!"),
        ("sv", "Jag krossade rutan på min egen bil när jag backade."),
        ("sv", "Vet du var biblioteket ligger?"),
        ("sv", "Jag vet inte var han bor."),
        ("sv", "Den som anmäler sig före fredag kommer inte att ångra sig."),
        ("sv", "Kolla under bilen efter läckor innan du besiktigar den."),
        ("sv", "Hoppas din mamma blir frisk snart!"),
        ("sv", "Vi har ett gäng grisar på gården som barnen får klappa."),
        ("sv", "Det finns inga dumma frågor, skaffa dig information i god tid."),
        ("sv", "Vilken sopa ska jag köpa till förrådet?"),
        ("sv", "Kvinnor ska inte behöva vara rädda på vägen hem."),
        ("sv", "Nästa år ska vi visa er vad som händer med plasten när den återvinns."),
        ("fi", "Toivottavasti sun kissa palaa pian kotiin."),
        ("fi", "Ei ole tyhmiä kysymyksiä."),
        ("fi", "Sähkökatkon aikana et enää hengitä huoneilmaa, vaan raitista ulkoilmaa."),
        ("fi", "Tiedän missä kirjasto on, voin näyttää."),
        ("fi", "Röntgenissä luu on ehjä."),
        ("fi", "Et tule katumaan, jos tulet mukaan kuoroon!"),
        ("fi", "Kivi lensi ruohonleikkurista."),
        ("fi", "Olette ihania, kiitos illasta!"),
        ("fi", "Hanki elämäsi paras kesätyö kunnalta."),
        ("fi", "Sohva kannattaa laittaa seinää vasten."),
    ],
)
def test_traps_get_nothing(lang, text):
    assert found(text, lang) == set()
