"""Issue 10, "Signatures": how elected officials and staff really sign, Swedish and Finnish.

A correctly signed personal post gets neither ``signature/missing`` nor
``personal-data/person-name`` on the writer's own name; a greeting without a name is
still no signature. Sentences written for these tests.
"""

import pytest
from conftest import lint_text, rule_hits

from kommunlint.detect.signature import find_signature

MISSING, TITLE, NAME = "signature/missing", "signature/missing-title", "personal-data/person-name"


def findings(text, profile="hango", **meta):
    meta.setdefault("account", "personal")
    return lint_text(text, profile, select=[MISSING, TITLE, NAME], **meta)


SIGNED = [
    # a bare name on the last line; hyphenated, three-part, initial
    ("Tack för en fin kväll på biblioteket!\nKarin Sjöberg", "Karin Sjöberg", None, None),
    ("Kiitos kaikille talkoisiin osallistuneille!\nJukka Rantala", "Jukka Rantala", None, None),
    ("Nu är det bestämt: skolan renoveras.\nAnna-Lena Forsberg", "Anna-Lena Forsberg", None, None),
    ("Päätös tehtiin yksimielisesti.\nMaria Elisabet Nyholm", "Maria Elisabet Nyholm", None, None),
    ("Budgeten är klubbad.\nK. Lindqvist", "K. Lindqvist", None, None),
    # a party marker before or after the title, with or without parentheses
    ("Vi fick igenom cykelvägen!\nJonas Ekström (M), ordförande i tekniska nämnden", "Jonas Ekström", "ordförande", "M"),
    ("Torin remontti alkaa keväällä.\nSanna Koivisto (vihr.)", "Sanna Koivisto", None, "vihr."),
    ("Koulujen ryhmäkoot pysyvät ennallaan.\nVille Heinonen (sd.), sivistyslautakunnan puheenjohtaja",
     "Ville Heinonen", "puheenjohtaja", "sd."),
    ("Simhallen blir kvar i centrum.\nEva Holm, SFP", "Eva Holm", None, "SFP"),
    ("Kirjasto pysyy auki kesällä.\nTiina Laakso, kaupunginvaltuutettu (kok.)", "Tiina Laakso", "kaupunginvaltuutettu", "kok."),
    ("Beslutet kom i går.\n/Olof Brandt (S), kommunstyrelsens ordförande", "Olof Brandt", "ordförande", "S"),
    # roles not in the first list; the body instead of a title
    ("Jag röstade för förslaget.\nLinnea Ström (C), ersättare i socialnämnden", "Linnea Ström", "ersättare", "C"),
    ("Tack för alla samtal under valvakan.\nPer Lindahl, ledamot i barn- och utbildningsnämnden", "Per Lindahl", "ledamot", None),
    ("Äntligen klart med nya bryggan.\nHanna Wiik (SFP), nämndens ordförande", "Hanna Wiik", "ordförande", "SFP"),
    ("Vastaan mielelläni kysymyksiin.\nOlli Pesonen (ps.), varavaltuutettu", "Olli Pesonen", "varavaltuutettu", "ps."),
    ("Asia palaa lautakuntaan ensi kuussa.\nEmma Kallio, ympäristölautakunnan jäsen", "Emma Kallio", "ympäristölautakunnan jäsen", None),
    ("Valtuusto kokoontuu taas maanantaina.\nAki Lehto (kesk.), kaupunginhallitus", "Aki Lehto", "kaupunginhallitus", "kesk."),
    # the title on its own line, then a contact or municipality line
    ("Välkomna på öppet hus i skolan!\nSara Nyberg\nrektor\nsara.nyberg@vimmerby.se", "Sara Nyberg", "rektor", None),
    ("Aloitin tänään uudessa tehtävässä.\nPetri Salo\nrakennustarkastaja\nKokkolan kaupunki", "Petri Salo", "rakennustarkastaja", None),
    ("Tervetuloa kirjastoon!\nLeila Aho, p. 040 123 9876, leila.aho@kokkola.fi", "Leila Aho", None, None),
    # "Name / title", "Name – title"
    ("Vi ses i parken!\nMikael Grön / fritidsledare", "Mikael Grön", "fritidsledare", None),
    ("Nähdään torilla!\nRiikka Mäenpää – nuoriso-ohjaaja", "Riikka Mäenpää", "nuoriso-ohjaaja", None),
]


@pytest.mark.parametrize("text, name, title, party", SIGNED)
def test_signature_forms_are_recognised(text, name, title, party):
    sig = find_signature(text)
    assert sig is not None
    assert (sig.name, sig.title, sig.party) == (name, title, party)
    assert text[sig.name_start : sig.name_end] == name


@pytest.mark.parametrize("text", [t for t, *_ in SIGNED])
def test_signed_personal_posts_are_quiet(text):
    assert [f.rule for f in findings(text)] == []


@pytest.mark.parametrize(
    "text, line",
    [
        ("Tack för i dag, alla!\nKram", 2),
        ("Kiitos kaikille upeasta illasta!\nTerveisin", 2),
        ("Välkommen på invigningen.\nHälsningar\n#vimmerby", 2),
        ("Välkommen! Tervetuloa!\nHälsningar / Terveisin", 2),
        ("Nähdään huomenna!\nYstävällisin terveisin, Kokkolan kaupunki", 2),
    ],
)
def test_greeting_without_a_name_still_lacks_a_name(text, line):
    found = rule_hits(findings(text), MISSING)
    assert [(f.rule, f.line, f.column) for f in found] == [(MISSING, line, 1)]


@pytest.mark.parametrize(
    "text",
    [
        "Idag invigde vi den nya lekparken.\nVälkomna alla!",
        "Tänään avattiin uusi leikkipuisto.\nTervetuloa kaikki!",
        "Hei Liisa, kotihoidon hoitaja soittaa sinulle huomenna.",
    ],
)
def test_a_last_line_that_is_no_name_is_no_signature(text):
    assert find_signature(text) is None


def test_author_of_the_front_matter_is_the_signer_whatever_the_layout():
    text = "Skolan får nya lokaler.\nPetra Lund tackar alla som kom på mötet"
    assert find_signature(text) is None
    sig = find_signature(text, author="Petra Lund")
    assert sig is not None and sig.name == "Petra Lund"
    assert findings(text, author="Petra Lund") == []


def test_signer_named_elsewhere_is_not_a_person_name_finding():
    text = "Jag, Karin Sjöberg, svarar gärna på frågor.\nKarin Sjöberg (L), ersättare"
    assert findings(text, "vimmerby") == []
    fi = "Minä, Jukka Rantala, vastaan mielelläni. Rantalan puhelin on auki.\nYstävällisin terveisin\nJukka Rantala"
    assert findings(fi, lang="fi") == []


def test_signer_by_front_matter_is_not_a_person_name_finding():
    text = "Mötet med Lars Holm var givande. Lars Holm tar upp frågan i nämnden.\n/LH"
    found = rule_hits(findings(text, "vimmerby"), NAME)
    assert [(f.line, f.column) for f in found] == [(1, 11), (1, 34)]
    assert rule_hits(findings(text, "vimmerby", author="Lars Holm"), NAME) == []


def test_a_resident_named_in_a_signed_post_is_still_a_finding():
    text = "Tack till Lisa Andersson som hittade plånboken!\nKarin Sjöberg (S), kommunalråd"
    found = rule_hits(findings(text, "vimmerby"), NAME)
    assert [(f.rule, f.line, f.column) for f in found] == [(NAME, 1, 11)]


def test_title_stated_in_the_first_person_is_the_signatures_title():
    text = "I dag gick jag i pension efter 28 år som undersköterska i hemtjänsten.\nBritt Olsson"
    assert rule_hits(findings(text, "vimmerby"), TITLE) == []
    fi = "Aloitin tänään Kemiönsaaren kunnan rakennustarkastajana.\nTeemu Virtanen"
    assert find_signature(fi).title == "rakennustarkastajana"
    # (about the writer's work: a private post needs no title, see test_signature.py)
    bare = "Tack för i dag, alla på biblioteket!\nBritt Olsson"
    found = rule_hits(findings(bare, "vimmerby"), TITLE)
    assert [(f.rule, f.line, f.column) for f in found] == [(TITLE, 2, 1)]


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Tack för i kväll!\nAnna Lindberg 🌻", "Anna Lindberg", None),
        ("Kiitos kaikille!\nMatti Virtanen, kaupunginhallituksen pj.", "Matti Virtanen", "pj."),
        ("Tack för frågan.\nOskar Dahl, ordf.", "Oskar Dahl", "ordf."),
        # a contact line ends the post: the person answering for it signs it
        ("Ansökan senast 3.4.\nMer information: Ida Berg, rektor, 070-123 45 67", "Ida Berg", "rektor"),
        ("Haku päättyy 3.4.\nLisätietoja / Mer information: rehtori / rektor Ari Salo, 040 123 4567", "Ari Salo", "rehtori"),
        ("Haku päättyy 3.4.\nNuoriso-ohjaaja / Ungdomsledare Aino Laine, 040 765 4321", "Aino Laine", "Nuoriso-ohjaaja"),
        # a greeting in both languages
        ("Tervetuloa! Välkommen!\nYstävällisin terveisin / Med vänliga hälsningar\nEeva Lind\nrehtori / rektor", "Eeva Lind", "rehtori"),
        ("Tack! Kiitos!\nHälsningar / Terveisin\nOla", "Ola", None),
        # a staff photographer's own credit with the employer (round-4/5 blind posts:
        # personal photo posts closed so); a bare credit still names no signer (above)
        ("Kiitos kaikille!\nKuva: Matti Virtanen / Kokkolan kaupunki", "Matti Virtanen", None),
    ],
)
def test_more_signature_layouts(text, name, title):
    sig = find_signature(text)
    assert sig is not None and (sig.name, sig.title) == (name, title)


@pytest.mark.parametrize(
    "text",
    [
        # the object of a line ending in a colon is no signer
        "Årets kulturpris går till:\nAnna Lindberg",
        "Vuoden yrittäjäksi valittiin:\nMatti Virtanen",
        # a photo credit names no signer
        "Tack för i dag!\nFoto: Anna Lindberg",
        # " / Name" inside a bilingual line is a language separator
        "Frågor / Kysymykset: Vatten och avlopp / Vesi ja viemäri, 040 123 4567",
    ],
)
def test_not_a_signature(text):
    assert find_signature(text) is None


def test_credit_at_the_end_of_a_personal_post_still_lacks_a_signature():
    found = rule_hits(findings("Vilken kväll på torget!\nBild: Anna Lindberg", "vimmerby"), MISSING)
    assert [(f.rule, f.line, f.column) for f in found] == [(MISSING, 2, 1)]
    fi = rule_hits(findings("Mikä ilta torilla!\nKuva: Matti Virtanen", "hango", lang="fi"), MISSING)
    assert [(f.rule, f.line, f.column) for f in fi] == [(MISSING, 2, 1)]


def test_an_organisation_contact_line_closes_the_post_but_signs_nothing():
    sig = find_signature("Vattnet är avstängt i dag.\nVimmerby Energi & Miljö, kundtjänst 0492-76 94 00")
    assert sig is not None and sig.organisation
    found = rule_hits(findings("Vesi on poikki tänään.\nKokkolan Vesi, asiakaspalvelu 06 828 9400", "karleby"), MISSING)
    assert [(f.rule, f.line, f.column) for f in found] == [(MISSING, 2, 1)]
    # Vimmerby asks for the answerer's name on replies from the official account too.
    sv = rule_hits(findings("Biblioteket stänger tidigt.\nVimmerby kommun, tfn 0492-76 90 00", "vimmerby", kind="reply", account="official"), MISSING)
    assert [(f.rule, f.line, f.column) for f in sv] == [(MISSING, 2, 1)]


def test_official_replies_are_signed_only_where_the_guideline_asks():
    reply = "Hej! Biblioteket stänger kl. 16 på fredag.\nHangö stad, tfn 019 220 3211"
    assert rule_hits(findings(reply, "hango", kind="reply", account="official"), MISSING) == []
    for profile in ("kimitoon", "karleby", "norsjo"):
        assert rule_hits(findings(reply, profile, kind="reply", account="official"), MISSING) == [], profile
    assert [f.line for f in rule_hits(findings(reply, "vimmerby", kind="reply", account="official"), MISSING)] == [2]


def test_party_name_on_its_own_line_and_four_lines_after_the_name():
    # Name, title, party written out, municipality, phone: all the signer's block.
    text = ("Beslutet om nya badplatsen togs i kväll.\n\nKarin Wiklund\nKommunstyrelsens vice ordförande\n"
            "Centerpartiet\nNorsjö kommun\n070-555 12 12\n")
    assert [f.rule for f in lint_text(text, "norsjo", account="personal") if f.severity != "info"] == []
    text = "Kiitos kaikille palautteesta!\n\nVille Rantanen\nKokoomus\nkaupunginvaltuutettu\n"
    assert [f.rule for f in lint_text(text, "karleby", account="personal") if f.severity != "info"] == []
