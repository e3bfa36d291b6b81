"""confidential/marker: secrecy markers in Swedish and Finnish, refusals and meta mentions."""

import pytest
from conftest import lint_text, rule_hits

RULE = "confidential/marker"


def hits(text, profile="hango", **kw):
    return rule_hits(lint_text(text, profile, select=[RULE], **kw), RULE)


@pytest.mark.parametrize(
    "text, term, line, column",
    [
        ("Hej!\nBifogat protokoll är sekretessbelagt.", "sekretessbelagt", 2, 22),
        ("Utkastet är konfidentiellt och ej för publicering.", "ej för publicering", 1, 32),
        ("Pressmeddelande under embargo till fredag kl. 10.", "embargo", 1, 23),
        ("Uppgifterna omfattas av företagshemligheter hos leverantören.", "företagshemligheter", 1, 25),
        ("Se 26 kap. 1 § OSL för bakgrund.", "26 kap. 1 § OSL", 1, 4),
        ("Endast för internt bruk: budgetramarna för 2025.", "Endast för internt bruk", 1, 1),
        ("Liite on salassa pidettävä.", "salassa pidettävä", 1, 10),
        ("Tämä muistio on luottamuksellinen, ei julkinen.", "luottamuksellinen", 1, 17),
        ("Tiedot ovat liikesalaisuuksia.", "liikesalaisuuksia", 1, 13),
        ("Asiakirja on salassa pidettävä JulkL 24 § perusteella.", "JulkL 24 §", 1, 32),
        ("Vain sisäiseen käyttöön: talousarvion luonnos.", "Vain sisäiseen käyttöön", 1, 1),
    ],
)
def test_markers_are_errors_with_position(text, term, line, column):
    found = [f for f in hits(text) if f.excerpt == term]
    assert found, [f.excerpt for f in hits(text)]
    assert found[0].severity == "error"
    assert (found[0].line, found[0].column) == (line, column)


def test_message_in_swedish_and_finnish_and_clause_cited():
    sv = hits("Protokollet är sekretessbelagt.")[0]
    fi = hits("Protokollet är sekretessbelagt.", lang="fi")[0]
    assert sv.message.startswith("Markeringen \"sekretessbelagt\"")
    assert fi.message.startswith("Merkintä \"sekretessbelagt\"")
    assert [c.id for c in sv.clauses] == ["hango-2", "hango-8"]
    assert sv.clause.text == "Stadens interna angelägenheter förblir interna."


@pytest.mark.parametrize(
    "text",
    [
        "Vi kan tyvärr inte kommentera enskilda ärenden på grund av sekretess.",
        "Socialtjänsten får inte lämna ut uppgifter om enskilda, eftersom de omfattas av sekretess.",
        "Emme valitettavasti voi kommentoida yksittäisiä asiakastapauksia salassapitosäännösten vuoksi.",
        "Emme voi kertoa yksittäisen oppilaan asioista, koska ne ovat salassa pidettäviä.",
    ],
)
def test_refusal_citing_secrecy_is_correct_practice(text):
    assert hits(text) == []


@pytest.mark.parametrize("text", ["Vad betyder sekretess?", "Mitä luottamuksellinen tarkoittaa?"])
def test_meta_question_is_info(text):
    found = hits(text)
    assert [f.severity for f in found] == ["info"]


@pytest.mark.parametrize(
    "text",
    [
        "Välkommen till biblioteket på lördag kl. 11!",
        "Internationella kvinnodagen firas i stadshuset.",  # 'intern' inside another word
        "Sekreteraren i nämnden svarar på frågor.",  # sekreterare is not sekretess
        "Tervetuloa kirjastoon lauantaina klo 11!",
        "Kaupungin sisäinen tarkastus valmistui ja raportti on julkinen.",
    ],
)
def test_ordinary_text_is_clean(text):
    assert hits(text) == []


def test_vimmerby_cites_public_records_clause():
    found = hits("Underlaget är sekretessbelagt.", "vimmerby")
    assert found[0].clause.id == "vimmerby-public-records"


@pytest.mark.parametrize(
    "text",
    [
        # A rule with its condition: when the law applies, not this material.
        "Sökandens telefonnummer är sekretessbelagt om sökanden själv begär skydd.",
        "Hakijan puhelinnumero on salassa pidettävä, jos hakija itse pyytää suojaa.",
        # Secrecy as the subject of law and rules.
        "Protokollen läggs ut på webben, om inte bestämmelser om sekretess hindrar det.",
        "Sekretessen grundar sig alltid på lag, inte på vad tjänstemannen tycker.",
        "Pöytäkirjat julkaistaan verkossa, jollei salassapitoa koskevista säännöksistä muuta johdu.",
        "Asiakirjan salassapito perustuu aina lakiin eikä viranhaltijan harkintaan.",
        # What documents may hold, said as a possibility.
        "Alla bilagor publiceras inte. Det kan bero på att de innehåller sekretessbelagda uppgifter.",
        "Kaikkia liitteitä ei julkaista. Syy voi olla, että niissä on salassa pidettäviä tietoja.",
        "Bilagorna kan innehålla sekretessbelagda uppgifter och lämnas därför inte ut på webben.",
        "Liitteet voivat sisältää salassa pidettäviä tietoja, joten niitä ei julkaista verkossa.",
    ],
)
def test_rules_about_secrecy_in_general_are_no_marker(text):
    """An explanation of when secrecy applies marks no material (Hangö punkt 2 asks to
    keep internal matters internal, not to keep quiet about the law)."""
    assert hits(text) == []


@pytest.mark.parametrize(
    "text, term",
    [
        ("Bifogade PM är sekretessbelagt, så sprid det inte vidare.", "sekretessbelagt"),
        ("Hakemuksen liite on salassa pidettävä, koska siinä on terveystietoja.", "salassa pidettävä"),
        ("Bilagan innehåller sekretessbelagda uppgifter om två elever.", "sekretessbelagda"),
        ("Muistio sisältää luottamuksellisia tietoja tarjoajista.", "luottamuksellisia"),
    ],
)
def test_material_marked_secret_stays_a_marker(text, term):
    """The explanation families need a condition, the law as subject, or a possibility:
    a statement that this material is secret is still reported, as an error."""
    found = hits(text)
    assert [f.excerpt for f in found] == [term]
    assert found[0].severity == "error" and found[0].line == 1
