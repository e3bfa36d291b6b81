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
