"""personal-data/vehicle-plate and personal-data/street-address."""

import pytest

from conftest import lint_text, rule_hits

PLATE, ADDRESS = "personal-data/vehicle-plate", "personal-data/street-address"


def hits(text, rule_id, profile="base", **kw):
    return rule_hits(lint_text(text, profile, select=[rule_id], **kw), rule_id)


@pytest.mark.parametrize("plate", ["ABC 123", "ABC 12A", "MLB123"])
def test_swedish_plates_in_vehicle_context(plate):
    found = hits(f"Bilen {plate} står felparkerad vid skolan.", PLATE, "vimmerby")
    assert [(f.column, f.severity) for f in found] == [(7, "warning")]
    assert found[0].message.startswith("Registreringsnumret")


def test_finnish_plate_in_vehicle_context_finnish_message():
    found = hits("Auto ABC-123 on pysäköity väärin.", PLATE, "hango", lang="fi")
    assert [(f.column, f.excerpt) for f in found] == [(6, "[rekisteritunnus]")]
    assert found[0].message.startswith("Rekisteritunnus")


@pytest.mark.parametrize(
    "text",
    ["Vi följer COVID-19 läget.", "Standarden SFS 123 gäller.", "Ärende KS-145 bordlades.", "Kurs ABC 123 börjar i höst.",
     "Bilden visar ABC 123."],
)
def test_codes_without_vehicle_context_are_not_plates(text):
    assert hits(text, PLATE, "vimmerby") == []


def test_private_address_is_error():
    found = hits("Han bor på Ringvägen 12 B, 598 37 Vimmerby.", ADDRESS, "vimmerby")
    assert [(f.column, f.severity) for f in found] == [(12, "error")]
    assert found[0].excerpt == "[adress]"


def test_finnish_private_address_finnish_message():
    found = hits("Naapuri asuu osoitteessa Ankkurikatu 3 B 12, 10900 Hanko.", ADDRESS, "hango", lang="fi")
    assert len(found) == 1 and found[0].column == 26
    assert found[0].message.startswith("Osoite")


@pytest.mark.parametrize(
    "text",
    [
        "På Storgatan 5 finns biblioteket.",
        "Välkommen till Stadshuset, Storgatan 12, på lördag!",
        "Besöksadress: Drottninggatan 11, Vimmerby.",
        "Kirjasto sijaitsee osoitteessa Vuorikatu 6.",
        "Tapahtuma järjestetään Esplanaditie 4:ssä.",
    ],
)
def test_public_venues_are_not_findings(text):
    assert hits(text, ADDRESS, "vimmerby") == []


def test_address_in_signature_is_not_a_finding():
    text = "Tack för frågan!\n\nHälsningar Anna Berg, kommunikatör\nStorgatan 5, 598 80 Vimmerby"
    assert hits(text, ADDRESS, "vimmerby") == []


def test_venue_word_far_away_in_the_sentence_does_not_hide_a_home_address():
    text = "Vi har pratat med grannen på Ringvägen 12 om bilen som står parkerad vid skolan."
    assert [f.column for f in hits(text, ADDRESS, "vimmerby")] == [30]


def test_municipal_facilities_and_polling_stations_are_not_homes():
    for text, profile in (
        ("Hämta riskorna vid kommunförrådet, Verkstadsvägen 6, på fredag.", "norsjo"),
        ("Vallokalen har flyttat till Nybyns skolcentrum, Skolvägen 2.", "vimmerby"),
        ("Puut voi hakea kaupungin varastolta, Varastotie 6, perjantaina.", "vimmerby"),
    ):
        assert hits(text, ADDRESS, profile) == [], text


def test_an_invitation_to_drop_by_names_a_public_place():
    assert hits("Käy maistamassa uutta keittoa, Rantakatu 9!", ADDRESS, "karleby") == []
    assert hits("Kom förbi och smaka våffla, Strandgatan 4!", ADDRESS, "vimmerby") == []
    # still a home when the words around say so
    [found] = hits("Kom förbi min granne på Strandgatan 4 och hälsa.", ADDRESS, "vimmerby")
    assert found.severity == "error"


# -- round 10 (pd10): a public building named by its use before the address ----------------
@pytest.mark.parametrize(
    "text, profile",
    [
        ("Kulturskolan flyttar in i gamla tingshuset på Storgatan 14 i höst.", "vimmerby"),
        ("Kulttuurikoulu muuttaa syksyllä vanhaan käräjätaloon osoitteessa Kirkkokatu 14.", "karleby"),
    ],
)
def test_a_public_building_before_the_address_is_no_home(text, profile):
    assert [f for f in hits(text, ADDRESS, profile, account="personal", kind="post") if f.severity != "info"] == []


def test_a_neighbour_at_the_address_is_still_a_home():
    found = hits("Min granne på Storgatan 14 har fått demens.", ADDRESS, "vimmerby", account="personal", kind="post")
    assert [(f.column, f.severity) for f in found] == [(15, "error")]


@pytest.mark.parametrize("text, profile", [
    # A list of the buildings a water cut affects: the word before the first covers all.
    ("Vattnet stängs av på tisdag för fastigheterna Skolgatan 4, Skolgatan 6 och Kyrkvägen 12 samt Ågatan 1.", "vimmerby"),
    ("Katko koskee kiinteistöjä Koulukatu 3 / Kirkkotie 5 / Rantatie 9 ja Puistotie 2 keskiviikkona.", "hango"),
    # Water points named with a note in parentheses after the first.
    ("Vesikärryt tuodaan osoitteisiin Koulukatu 3 (piha) ja Kirkkotie 5 (parkkipaikka).", "hango"),
    # A venue opening to the public.
    ("Nya konsthallen öppnas för allmänheten den 4.6 på Ågatan 8 med en utställning av lokala konstnärer.", "vimmerby"),
    ("Uusi näyttelytila avataan yleisölle 4.6. osoitteessa Jokikatu 8, ja ensimmäisenä esillä on paikallista taidetta.", "hango"),
])
def test_addresses_of_a_notice_list_and_a_venue_opening_are_no_homes(text, profile):
    found = lint_text(text, profile, select=["personal-data/street-address"])
    assert [f for f in found if f.severity != "info"] == []


def test_a_home_in_the_list_keeps_its_neighbours_from_sharing():
    """The list reading never crosses a home: "bor" beside one address keeps it an
    error, and the address beside it gets no public reading from it."""
    found = lint_text("Familjen bor på Skolgatan 4 och grannen på Skolgatan 6.", "vimmerby",
                      select=["personal-data/street-address"])
    assert [(f.severity, f.line, f.column) for f in found][:1] == [("error", 1, 17)]
