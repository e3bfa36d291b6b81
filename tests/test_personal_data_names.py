"""personal-data/person-name and personal-data/sensitive."""

import pytest

from conftest import lint_text, rule_hits

NAME, SENSITIVE = "personal-data/person-name", "personal-data/sensitive"


def hits(text, rule_id, profile="base", **kw):
    return rule_hits(lint_text(text, profile, select=[rule_id], **kw), rule_id)


def test_swedish_private_name_is_warning_masked():
    found = hits("Tack till Lisa Andersson som hittade plånboken.", NAME, "vimmerby")
    assert [(f.line, f.column, f.severity, f.excerpt) for f in found] == [(1, 11, "warning", "[namn]")]
    assert found[0].message.startswith("Namnet")


def test_finnish_private_name_finnish_message():
    found = hits("Kiitos, Matti Virtanen löysi lompakon. Kiitos myös Liisa Koskelalle!", NAME, "hango", lang="fi")
    assert [f.column for f in found] == [9, 52]  # inflected surnames are looked up in nominative
    assert found[0].message.startswith("Nimi [nimi]")


def test_finland_swedish_names_from_dvv_list():
    assert len(hits("Karl-Erik Lindholm vann tävlingen.", NAME, "kimitoon")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Kommunstyrelsens ordförande Anna Berg invigde skolan.",
        "Rektor Anna Berg hälsar alla välkomna.",
        "Frågor: Anna Berg, bibliotekarie, tel. 0492-76 90 00.",
        "Kaupunginhallituksen puheenjohtaja Matti Virtanen avasi tilaisuuden.",
        "Stadsdirektör Nina Näsänen svarar.",
        "Välkommen till Vimmerby Kommun och Astrid Lindgrens Värld!",
    ],
)
def test_public_roles_and_non_names_are_not_findings(text):
    assert hits(text, NAME, "hango") == []


def test_public_officials_of_the_profile_are_not_findings():
    assert hits("Nina Näsänen deltar i mötet.", NAME, "hango") == []
    assert len(hits("Nina Näsänen deltar i mötet.", NAME, "base")) == 1


def test_signer_is_not_a_finding_even_when_repeated():
    text = "Jag, Anna Berg, svarar gärna.\n\nHälsningar Anna Berg, kommunikatör"
    assert hits(text, NAME, "vimmerby") == []


def test_first_name_greeted_in_reply_about_own_case():
    text = "Hej Anna! Din ansökan är mottagen och behandlas nästa vecka.\n\n/Kalle, handläggare"
    found = hits(text, NAME, "vimmerby", kind="reply")
    assert [(f.column, f.message) for f in found] == [(5, "Namnet [namn] i ett svar om personens eget ärende pekar ut personen.")]
    # Not a reply: no finding. A reply not about the person's own matter: the greeted
    # name is still the resident's, a warning rather than an error.
    assert hits(text, NAME, "vimmerby", kind="post") == []
    plain = hits("Hej Anna! Tack för tipset om konserten.", NAME, "vimmerby", kind="reply")
    assert [(f.column, f.severity, f.message) for f in plain] == [(5, "warning", "Namnet [namn] ser ut att vara en privatpersons.")]


def test_finnish_greeting_in_reply_about_own_case():
    found = hits("Hei Matti, hakemuksesi on käsittelyssä.", NAME, "hango", kind="reply", lang="fi")
    assert [f.column for f in found] == [5]


# -- sensitive --------------------------------------------------------------------
def test_social_care_next_to_a_name_is_error():
    found = hits("Lisa Andersson får försörjningsstöd sedan maj.", SENSITIVE, "vimmerby")
    assert [(f.column, f.severity, f.excerpt) for f in found] == [(20, "error", "[känslig uppgift]")]
    assert found[0].message.startswith("Uppgift om socialtjänst")


def test_general_service_post_is_not_a_finding():
    assert hits("Ansök om försörjningsstöd här: www.vimmerby.se/stod", SENSITIVE, "vimmerby") == []
    assert hits("Toimeentulotukea haetaan Kelasta. Lastensuojelun päivystys palvelee.", SENSITIVE, "hango") == []


def test_finnish_child_welfare_about_a_neighbour():
    found = hits("Naapurini lapset on otettu huostaan.", SENSITIVE, "hango", lang="fi")
    assert [f.column for f in found] == [28]
    assert found[0].message.startswith("Sosiaalihuollon")


def test_reply_to_named_resident_speaking_to_them():
    text = "Hej Anna! Din ansökan om försörjningsstöd är mottagen."
    found = hits(text, SENSITIVE, "vimmerby", kind="reply")
    assert [f.column for f in found] == [26]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Min granne har cancer.", "hälsa"),
        ("Hans son är dömd för stöld.", "brott"),
        ("Hänen poikansa on homoseksuaali.", "sexuell"),
    ],
)
def test_categories(text, key):
    found = hits(text, SENSITIVE, "vimmerby")
    assert len(found) == 1 and key in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "Blomsterarrangemangen görs av trädgårdsmästare Fanni Virtanen.",
        "Kukka-asetelmat tekee puutarhuri Fanni Virtanen.",
    ],
)
def test_named_person_in_occupational_role_is_not_private(text):
    assert rule_hits(lint_text(text, "karleby", select=["personal-data/person-name"]), "personal-data/person-name") == []
