"""Signature layouts of round 10 (issue 10, "Signatures"): a disclaimer on the
signature's own line or a statement of capacity after it, a name no list has over a
title line, a local list or a party's council group, the employer's genitive before a
title stated in the body, a registration label before a titled contact, and a personal
post about private life that needs no title. Swedish and Finnish; posts that really
lack a name stay reported."""

import pytest
from conftest import lint_text, rule_hits

from kommunlint.detect.signature import find_signature, speaks_of_work

MISSING = "signature/missing"
TITLE = "signature/missing-title"


def hits(text, profile="hango", rule=MISSING, lang="sv", **meta):
    """(rule, line, column, severity, message) of one signature rule's findings on ``text``
    as a personal post unless ``meta`` says otherwise."""
    meta = {"account": "personal", "kind": "post", **meta}
    found = rule_hits(lint_text(text, profile, select=[MISSING, TITLE], lang=lang, **meta), rule)
    return [(f.rule, f.line, f.column, f.severity, f.message) for f in found]


@pytest.mark.parametrize(
    "text, name, title, party",
    [
        # a disclaimer after the signature on its line; the name's closing period dropped
        ("Simskolan börjar i juni.\nKarl Holm, fritidsledare. Åsikterna är mina egna.", "Karl Holm", "fritidsledare", None),
        ("Koulun piha on valmis.\nRiikka Salo, rehtori. Mielipiteet ovat omiani.", "Riikka Salo", "rehtori", None),
        # a disclaimer before it, in parentheses or as a sentence
        ("Bra att vägen blir lagad.\n(Egna åsikter.) – Per Sandberg, C", "Per Sandberg", None, "C"),
        ("Hyvä päätös.\n– Kirjoitan yksityishenkilönä. Outi Rantanen", "Outi Rantanen", None, None),
        # one line: the text, the note, then the signature after a dash
        ("Beslutet är fel. (Egna åsikter.) – Per Sandberg, C", "Per Sandberg", None, "C"),
        ("Päätös on väärä. (Mielipiteet omiani.) – Outi Rantanen, kesk.", "Outi Rantanen", None, "kesk."),
        # a slash signature with the note in parentheses after it
        ("Det stämmer inte alls.\n/Lena Björk (skriver som privatperson)", "Lena Björk", None, None),
        ("Tuo ei pidä paikkaansa.\n/Sanna Koski (kirjoitan omana itsenäni)", "Sanna Koski", None, None),
    ],
)
def test_disclaimer_on_the_signature_line(text, name, title, party):
    sig = find_signature(text)
    assert sig is not None and (sig.name, sig.title, sig.party) == (name, title, party)
    assert text[sig.name_start : sig.name_end] == name


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Motionen om gång- och cykelvägar behandlas i april.\n\nJonas Ek (V)\nledamot i socialnämnden\n"
         "Detta skrivs i egenskap av fritidspolitiker, inte som kommunens talesperson.", "sv"),
        ("Aloite pyöräteistä käsitellään huhtikuussa.\n\nHeikki Mäkelä (vihr.)\nvaravaltuutettu\n"
         "Kirjoitan tämän lautakunnan jäsenen ominaisuudessa.", "fi"),
    ],
)
def test_statement_of_capacity_after_the_signature(text, lang):
    assert hits(text, "norsjo" if lang == "sv" else "karleby", lang=lang) == []


@pytest.mark.parametrize(
    "text, name, title, party",
    [
        ("Budgeten var på bordet i går.\n\nYrsi Quandtvall\nledamot i kultur- och fritidsnämnden, L", "Yrsi Quandtvall", "ledamot", "L"),
        ("Talousarvio oli esillä eilen.\n\nOddvei Tarnqvo\nlautakunnan jäsen, vihr.", "Oddvei Tarnqvo", "lautakunnan jäsen", "vihr."),
    ],
)
def test_unlisted_name_over_a_title_line(text, name, title, party):
    sig = find_signature(text)
    assert sig is not None and (sig.name, sig.title, sig.party) == (name, title, party)


def test_unlisted_name_over_the_employer_alone_is_no_signature():
    # only a title or a party line vouches for a name no list has; the employer does not
    text = "Isbanan är spolad.\n\nYrsi Quandtvall\nVimmerby kommun"
    assert find_signature(text) is None
    assert [h[:3] for h in hits(text, "vimmerby")] == [(MISSING, 4, 1)]


@pytest.mark.parametrize(
    "text, party",
    [
        ("Vi har skrivit till regionen om öppettiderna.\n\nÅsa Nordin\nLandsbygdslistan, Norsjö", "Landsbygdslistan"),
        ("Ni blandar ihop siffrorna.\n/Karin Bergman, M-gruppen", "M-gruppen"),
        ("Luvut ovat väärin.\n/Heikki Laine, SDP-ryhmä", "SDP-ryhmä"),
    ],
)
def test_local_list_and_council_group_are_parties(text, party):
    sig = find_signature(text)
    assert sig is not None and sig.party == party


def test_party_group_counts_as_title_on_a_vimmerby_reply():
    text = "Ni blandar ihop siffrorna i budgeten.\n/Karin Bergman, M-gruppen"
    assert hits(text, "vimmerby", rule=TITLE, kind="reply") == []


@pytest.mark.parametrize(
    "text, title",
    [
        ("Sista dagen för mig som kommunens miljö- och hälsoskyddsinspektör.\n\nElin Holm\nVimmerby kommun",
         "hälsoskyddsinspektör"),
        ("I dag börjar jag som Vimmerby kommuns nya bibliotekarie.\n\nElin Holm\nVimmerby kommun", "bibliotekarie"),
        ("Aloitin tänään kunnan uutena nuoriso-ohjaajana.\n\nElin Holm\nVimmerbyn kunta", "nuoriso-ohjaajana"),
    ],
)
def test_title_stated_after_the_employers_genitive(text, title):
    sig = find_signature(text)
    assert sig is not None and sig.title == title
    assert hits(text, "vimmerby", rule=TITLE) == []


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Träffa oss på stationen på lördag!\nAnmälan: Malin Grahn, simlärare, malin.grahn@hanko.fi", "sv"),
        ("Tule mukaan lauantaina!\nIlmoittautumiset: Tuomas Aho, nuoriso-ohjaaja, tuomas.aho@hanko.fi", "fi"),
    ],
)
def test_registration_label_before_a_titled_contact(text, lang):
    assert hits(text, "hango", lang=lang) == []


def test_registration_label_before_a_bare_contact_is_no_signature():
    # no title: a seller's or a club's number, not the writer's sign-off
    text = "Barnvagn säljes, fint skick.\nAnmälan: Malin Grahn, malin.grahn@example.com"
    assert [h[:3] for h in hits(text, "hango")] == [(MISSING, 2, 1)]


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Långpromenad runt sjön med barnen i dag, så fint väder! ☀️\nMaria Lund", "sv"),
        ("Sunnuntaina sienimetsässä koko perheen kanssa 🍄\nAino Laaksonen", "fi"),
        # the writer says they write as a private person (Vimmerby: "göra klart att man då
        # uppträder som privatperson")
        ("Jag hörde att kommunen ska sälja ishallen.\nJag skriver här som privatperson.\nMaria Lund", "sv"),
    ],
)
def test_private_post_needs_no_title(text, lang):
    assert hits(text, "vimmerby", rule=TITLE, lang=lang) == []


@pytest.mark.parametrize(
    "text, lang, message",
    [
        ("Nu har vi spolat isbanan vid skolan.\nMaria Lund", "sv", 'Underskriften "Maria Lund" saknar titel.'),
        ("Uimahallin uusi sauna on valmis, tervetuloa!\nAino Laaksonen", "fi", None),
    ],
)
def test_work_post_still_needs_a_title(text, lang, message):
    found = hits(text, "vimmerby", rule=TITLE, lang=lang)
    assert [h[:4] for h in found] == [(TITLE, 2, 1, "warning")]
    if message:
        assert found[0][4] == message
    else:  # Finnish message
        assert "allekirjoitu" in found[0][4].lower() or "nimike" in found[0][4].lower()


def test_reply_needs_a_title_however_private():
    text = "Vi ses på stranden i helgen!\n/Maria Lund"
    assert [h[:3] for h in hits(text, "vimmerby", rule=TITLE, kind="reply")] == [(TITLE, 2, 1)]


def test_speaks_of_work():
    assert speaks_of_work("Biblioteket har öppet i kväll.")
    assert speaks_of_work("Idag invigde vi den nya lekplatsen.")
    assert speaks_of_work("Kirjasto on auki.")
    assert not speaks_of_work("Kvällsdopp i sjön med hunden.")
    assert not speaks_of_work("Kiitos kaikille synttäreille tulleille!")


@pytest.mark.parametrize(
    "text, lang",
    [
        # a greeting without a name, or a note alone, still lacks the name
        ("Tack för i dag!\nKram", "sv"),
        ("Kiitos kaikille!\nTerveisin", "fi"),
        ("Bra beslut i fullmäktige i kväll.\nÅsikterna är mina egna.", "sv"),
        ("Hyvä päätös valtuustossa.\n(Kirjoitan omana itsenäni.)", "fi"),
        ("Bra beslut i kväll. Åsikterna är mina egna.", "sv"),
    ],
)
def test_still_unsigned(text, lang):
    found = hits(text, "hango", lang=lang)
    assert [(h[0], h[3]) for h in found] == [(MISSING, "warning")]


@pytest.mark.parametrize(
    "text, name",
    [("Nu har vi öppnat vår lilla bokhandel på torget!\nSiri & Olle", "Siri & Olle"),
     ("Avasimme pienen kirjakaupan torin laidalle!\nLiisa ja Pekka", "Liisa ja Pekka")],
)
def test_two_first_names_sign_together(text, name):
    sig = find_signature(text)
    assert sig is not None and sig.name == name
    assert hits(text, "hango") == []


def test_two_street_names_are_no_pair_of_signers():
    text = "Vägarbetet flyttar i morgon till korsningen.\nStorgatan och Kyrkogatan"
    assert [h[:3] for h in hits(text, "hango")] == [(MISSING, 2, 1)]
