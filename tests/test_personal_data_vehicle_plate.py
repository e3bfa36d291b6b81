"""personal-data/vehicle-plate: the organisation's own vehicle, and plates after a
Finnish possessive ("autosi rekisterikilpi"). Sentences written for these tests."""

from conftest import lint_text, rule_hits

PLATE = "personal-data/vehicle-plate"


def found(text, profile="vimmerby", **kw):
    return [(f.line, f.column) for f in rule_hits(lint_text(text, profile, select=[PLATE], **kw), PLATE)]


def test_the_municipalitys_own_car_is_not_personal_data():
    assert found("Kommunens nya bil för hemtjänsten har reg.nr BRT 41K och går på el.") == []
    # the same plate in the other language's version too
    text = "Stadens nya bil (reg. GXT-512) är en elbil.\nKaupungin uusi auto (rek. GXT-512) on sähköauto."
    assert found(text, "hango") == []
    # a resident's car stays personal data
    assert found("Bilen med reg.nr BRT 41K har stått parkerad på gatan i tre veckor.") == [(1, 18)]


def test_a_plate_after_a_finnish_possessive():
    text = "Hei! Kuvassa näkyy autosi rekisterikilpi TPX-271, joten rajaamme sen pois."
    assert found(text, "karleby", kind="reply") == [(1, 42)]
