"""Round-11 mechanisms of the offensive detector (issue 16), in Swedish and Finnish with
parity, read off the threat, insult and identity-attack misses of every spent round and of
the round-19 development thirds by grammar: the end of someone as a consequence ("då är det
slut med dig", "sit on sun loppu"), a role or a group warned to watch out, never again to
dare show oneself or sleep in peace, harm to one's family presented as a pity, a weapon
taken to a political meeting; a role called a swear noun or a gang of fools, an exclamative
plural verdict, a vocative with an insulting adjective; a group said to live on benefits or
to have no culture, a group told to keep away or go back.

Cases are written for the mechanism, not taken from a data set; each asserts the rule id,
line and column (1-based). The traps (a warning about ice, the end of an office, a budget,
a promise, a traffic-safety post, scouts with knives, praise of a team, belongings, a grant
to a group, reindeer moved to the fells, a child holding a rail, refugees going home for
Christmas or when a war ends) assert that the rule stays silent.
"""

from __future__ import annotations

import pytest

from conftest import offensive_columns as _columns, offensive_found

found = offensive_found


THREATS = [
    # the end of someone as the consequence of a condition
    ("sv", "Flyttar du min brygga en gång till är det slut med dig.", 36),
    ("sv", "Fortsätter han så blir det inte mycket kvar av honom.", 19),
    ("fi", "Jos kaadat mun aidan niin sit on sun loppu.", 27),
    ("fi", "Susta ei jää paljon jäljelle jos jatkat.", 1),
    # a role or a group warned to watch out; a reported "han/hon"
    ("sv", "Rektorn får passa sig.", 1),
    ("sv", "Säg till ordföranden att han ska passa sig.", 26),
    ("fi", "Rehtori saa varoa.", 1),
    ("fi", "Puheenjohtaja saa varoa kun tulee pimeää.", 1),
    # never again to dare show oneself or sleep in peace, seen to by the writer
    ("sv", "Jag ser till att du aldrig mer vågar visa dig på torget.", 5),
    ("fi", "Teen niin ettei se lautakunnan pomo enää ikinä nuku yönsä rauhassa.", 1),
    # harm to the family presented as a pity
    ("sv", "Vore synd om något skulle hända dina barn på vägen hem.", 1),
    ("fi", "Olis sääli jos lapsillesi sattuis jotain.", 1),
    # a weapon taken to a political meeting
    ("sv", "Jag ska ta yxan med mig till fullmäktige på torsdag.", 5),
    ("fi", "Otan puukon mukaan valtuuston kokoukseen.", 1),
    # coming, and then no more talk
    ("sv", "Jag hämtar dig efter jobbet, och då blir det inget samtal.", 34),
    ("sv", "Nästa gång ni skickar hit en kontrollant slutar det inte med prat.", 7),
    ("fi", "Tuun huomenna virastoon ja sitten ei enää puhuta.", 1),
    ("fi", "Tulen kokoukseen eikä se sitten jää puhumiseen.", 1),
]


@pytest.mark.parametrize("lang, text, column", THREATS)
def test_round11_threat_mechanisms(lang, text, column):
    assert column in _columns(text, lang, "offensive/threat"), found(text, lang)


INSULTS = [
    # a role called a swear or obscene noun, an adjective between
    ("sv", "Kommunchefen är en korrupt jävel som borde sparkas.", 1),
    ("fi", "Kunnanjohtaja on korruptoitunut kusipää.", 1),
    # a role called a gang of fools
    ("sv", "Nämnden är ett pajasgäng.", 1),
    ("fi", "Lautakunta on yhtä pellesakkia.", 1),
    # an exclamative plural verdict
    ("sv", "Vilka amatörer ni är!", 1),
    ("fi", "Mitä amatöörejä te ootte!", 1),
    # a vocative with an insulting adjective before the noun
    ("sv", "Sitt ner din fega skit.", 10),
    # a role as the head of a compound (parity with the Finnish "\\w+johtaja")
    ("sv", "Kulturchefen e en pretentiös tönt.", 1),
    ("sv", "Byggnadsinspektören är en feg jävel.", 1),
    # three words between the copula and the verdict
    ("sv", "Du är ju helt jävla dum i huvudet.", 1),
    ("fi", "Olet ihan täysin vitun tyhmä.", 1),
    # a role with a name between, a compound role (Finnish)
    ("fi", "Valtuutettu Virtanen on aina ollut paskanjauhaja.", 1),
    ("fi", "Koko tekninen lautakunta on yhtä pellesakkia.", 15),
    ("fi", "Koko ympäristölautakunta on yhtä pellesakkia.", 6),
    # an obscene noun naming a third person
    ("fi", "Taas joku kyrpä on jättänyt ostoskärryt pyörätielle.", 6),
    ("sv", "Nån kuk har tagit min cykel vid stationen.", 1),
]


@pytest.mark.parametrize("lang, text, column", INSULTS)
def test_round11_insult_mechanisms(lang, text, column):
    assert column in _columns(text, lang, "offensive/insult"), found(text, lang)


IDENTITY = [
    # a group said to live on benefits
    ("sv", "Somalier lever på bidrag och gör inget annat.", 1),
    ("fi", "Saamelaiset elää vaan tuilla.", 1),
    ("fi", "Somalit makaa sossun rahoilla koko päivän.", 1),
    # a group said to have no culture
    ("sv", "Afghaner har ingen kultur.", 1),
    ("fi", "Romaneilla ei ole kulttuuria.", 1),
    # a group told to keep away or go back
    ("sv", "Muslimer kan hålla sig borta från våra skolor.", 1),
    ("sv", "Åk tillbaka dit ni kom ifrån.", 1),
    ("fi", "Muslimit voi pysyä poissa meidän kouluista.", 1),
    ("fi", "Menkää takaisin sinne mistä tulitte.", 1),
    # the spoken negation "int" in a group's lack
    ("sv", "Somalier kan int anpassa sig.", 1),
    ("sv", "Kvinnor ska int sitta i räddningsnämnden.", 1),
    # no business in a field; too emotional to act
    ("sv", "Kvinnor har inget i politiken att göra.", 1),
    ("sv", "Kvinnor är för känslostyrda för att leda kommunen.", 1),
    ("fi", "Naisilla ei oo mitään tekemistä politiikassa.", 1),
    ("fi", "Naiset on liian tunteellisia johtamaan kuntaa.", 1),
]


@pytest.mark.parametrize("lang, text, column", IDENTITY)
def test_round11_identity_mechanisms(lang, text, column):
    assert column in _columns(text, lang, "offensive/hate-speech"), found(text, lang)


def test_round11_slur_inside_a_group_phrase_stays_an_insult():
    """A slur inside a round-11 group phrase keeps its own hit (``keep_words``): the slur is
    hate speech *and* an insult, the phrase only adds a warning."""
    rules = {rule for rule, _, _ in found("Blattarna lever på bidrag.", "sv")}
    assert {"offensive/hate-speech", "offensive/insult"} <= rules


@pytest.mark.parametrize(
    "lang, text",
    [
        # a warning for a danger, the end of an office, a budget, a promise
        ("sv", "Cyklister får passa sig för halkan i morgon."),
        ("sv", "Ni får passa er för isen på sjön."),
        ("sv", "Då är det slut med dig som ordförande."),
        ("sv", "Det blir inte mycket kvar av er budget efter höjningen."),
        ("sv", "Vi ser till att du aldrig mer behöver oroa dig för snöskottningen."),
        # a traffic-safety post, scouts with knives, praise, belongings
        ("sv", "Tänk om något hände ditt barn i korsningen, kör försiktigt."),
        ("sv", "Scouterna ska ta med kniven till mötet i skogen."),
        ("sv", "Styrelsen är ett toppengäng!"),
        ("sv", "Vilka fantastiska lärare ni är!"),
        ("sv", "Ta hand om din gamla skit i källaren."),
        # a grant to a group, reindeer, a rail, refugees going home for Christmas
        ("sv", "Kommunen ger bidrag till romer som startar företag."),
        ("sv", "Samerna flyttar ut på fjället med renarna i maj."),
        ("sv", "Barnen kan hålla sig i räcket på bryggan."),
        ("sv", "Skicka tillbaka blanketten till kommunen."),
        ("sv", "Flyktingar kan åka hem till jul med rabatterade biljetter."),
        # compassion with the weak, no objection, a matter unrelated
        ("sv", "Många flyktingar är för svaga för att arbeta efter traumat."),
        ("sv", "Kvinnor har inget emot den nya tiden för simhallen."),
        ("sv", "Invandrare har ingenting i kassan att göra med beslutet, sa handläggaren."),
        ("fi", "Monet pakolaiset ovat liian väsyneitä tekemään töitä."),
        ("fi", "Naiset ovat liian harvoin päättämässä asioista."),
        # a statue, a diligent councillor
        ("sv", "Kuken på statyn i parken har renoverats."),
        ("fi", "Valtuutettu Virtanen on aina ollut ahkera."),
        # a compound role praised, a verdict denied
        ("sv", "Kulturchefen är en fantastisk ledare."),
        ("sv", "Du är ju inte alls dum i huvudet."),
        # Finnish: slippery spots, a season's end, promises, a traffic-safety post
        ("fi", "Pyöräilijät saa varoa liukkaita kohtia."),
        ("fi", "Kauden loppu on sun viimeinen mahdollisuus."),
        ("fi", "Pidämme huolen, ettei kenenkään tarvitse enää koskaan jonottaa."),
        ("fi", "Huolehdimme, ettei kukaan enää koskaan nuku ulkona."),
        ("fi", "Olisi ikävää, jos jollekin sattuisi jotain liukkaalla kelillä."),
        # knives on a hike, praise, a subsidy, a library book, refugees when a war ends
        ("fi", "Otamme puukot mukaan retkelle."),
        # a project that will not stay talk, a visit with a talk
        ("fi", "Tämä hanke ei jää pelkäksi puheeksi, vaan rakennamme."),
        ("fi", "Tulemme kylään ja sitten puhutaan kaavasta."),
        ("sv", "Nästa gång ses vi i parken, och då blir det samtal om lekplatsen."),
        ("fi", "Valtuusto on mukavaa porukkaa."),
        ("fi", "Mitä taitureita te olette!"),
        ("fi", "Saamelaiset nostavat tukia poronhoitoon."),
        ("fi", "Kunta myöntää tukia pakolaisille."),
        ("fi", "Palauta kirja takaisin sinne mistä otit sen."),
        ("fi", "Pakolaiset voivat muuttaa takaisin kotimaahansa kun sota loppuu."),
        ("fi", "Pakolaiset saavat mennä takaisin kotimaahansa kun sota loppuu."),
    ],
)
def test_round11_traps_stay_clean(lang, text):
    rules = {rule for rule, _, _ in found(text, lang)}
    assert not rules & {"offensive/threat", "offensive/insult", "offensive/hate-speech"}, found(text, lang)
