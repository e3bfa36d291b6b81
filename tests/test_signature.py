"""signature/missing and signature/missing-title in Swedish and Finnish."""

import pytest
from conftest import lint_text, rule_hits

from kommunlint.detect.signature import find_signature

MISSING = "signature/missing"
TITLE = "signature/missing-title"


def hits(text, profile="hango", rule=MISSING, **meta):
    return rule_hits(lint_text(text, profile, select=[MISSING, TITLE], **meta), rule)


@pytest.mark.parametrize(
    "text, name, title",
    [
        ("Tack för frågan!\nHälsningar Anna Berg, kommunikatör", "Anna Berg", "kommunikatör"),
        ("Tack!\n\nMed vänliga hälsningar\nAnna Berg\nbibliotekarie\n#vimmerby", "Anna Berg", "bibliotekarie"),
        ("Tack för tipset! /Anna", "Anna", None),
        ("Vi åtgärdar det.\n// AB", "AB", None),
        ("Kiitos palautteesta!\nTerveisin Matti Virtanen, tiedottaja", "Matti Virtanen", "tiedottaja"),
        ("Kiitos!\nYstävällisin terveisin\nLiisa Laine", "Liisa Laine", None),
        ("Korjaamme asian.\n– Matti", "Matti", None),
        ("Tack för frågan.\nKommunstyrelsens ordförande Anna Berg", "Anna Berg", "ordförande"),
        ("Kiitos.\nMatti Virtanen / kaupunginjohtaja", "Matti Virtanen", "kaupunginjohtaja"),
    ],
)
def test_find_signature(text, name, title):
    sig = find_signature(text)
    assert sig is not None
    assert (sig.name, sig.title) == (name, title)
    assert text[sig.name_start : sig.name_end] == name


@pytest.mark.parametrize("text", ["Välkommen till biblioteket på lördag!", "Tervetuloa kirjastoon lauantaina!", "Tack! Vi hörs."])
def test_no_signature(text):
    assert find_signature(text) is None


def test_personal_post_without_signature_points_at_last_line():
    found = hits("Idag invigde vi nya skolan.\nStolt över alla som jobbat!", account="personal")
    assert len(found) == 1
    assert (found[0].rule, found[0].line, found[0].column, found[0].severity) == (MISSING, 2, 1, "warning")
    assert found[0].message == "Inlägget saknar underskrift med ditt namn."
    assert found[0].clause.id == "hango-1"


def test_finnish_reply_without_signature_in_finnish():
    found = hits("Kiitos kysymyksestä! Uimahalli on auki klo 6–21.", "vimmerby", kind="reply", lang="fi")
    assert [(f.line, f.column) for f in found] == [(1, 1)]
    assert found[0].message == "Viestistä puuttuu allekirjoitus omalla nimelläsi."


def test_official_post_needs_no_signature():
    assert hits("Tervetuloa kirjastoon lauantaina!", account="official", kind="post") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tack för frågan! Simhallen öppnar kl. 6.\nHälsningar Anna",
        "Kiitos kysymyksestä! Uimahalli aukeaa klo 6.\nTerveisin Matti",
    ],
)
def test_signed_reply_passes(text):
    assert hits(text, kind="reply") == []


def test_vimmerby_requires_title_in_signature():
    found = hits("Tack för frågan! Vi återkommer.\nHälsningar Anna Berg", "vimmerby", rule=TITLE, kind="reply")
    assert len(found) == 1
    assert (found[0].line, found[0].column) == (2, 1)
    assert "Anna Berg" in found[0].message
    assert found[0].clause.id == "vimmerby-name-title"
    assert hits("Tack!\nHälsningar Anna Berg, kommunikatör", "vimmerby", rule=TITLE, kind="reply") == []


def test_title_not_required_outside_vimmerby():
    assert hits("Tack!\nHälsningar Anna Berg", "hango", rule=TITLE, kind="reply") == []


def test_finnish_signature_without_title_in_vimmerby_profile_in_finnish():
    found = hits("Kiitos!\nTerveisin Matti Virtanen", "vimmerby", rule=TITLE, kind="reply", lang="fi")
    assert found and found[0].message == 'Allekirjoituksesta "Matti Virtanen" puuttuu tehtävänimike.'


def test_missing_signature_points_at_last_line_before_hashtags():
    found = hits("Upea ilta kesäteatterissa!\nKiitos talkoolaisille.\n#hanko #kesäteatteri\n", account="personal")
    assert [(f.line, f.column, f.end_column) for f in found] == [(2, 1, 23)]
