"""bilingual/*: quiet on correct bilingual posts, still loud on real gaps (issue 10).

The same fact written two ways is one fact; a line written in both languages is read
by both; a contact, name or list line in the other language is no version of its own;
a reply answers in the asker's language. Every post here is written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import lint_text, needs_corpus, rule_hits

from kommunlint.detect.facts import counterparts, extract

MISSING = "bilingual/missing-language"
UNBALANCED = "bilingual/unbalanced"


def check(text, profile="hango", lang="sv", **meta):
    meta.setdefault("account", "official")
    return lint_text(text, profile, select=["bilingual"], lang=lang, **meta)


def keys(text):
    return [(f.kind, f.key) for f in extract(text)]


# -- one fact, two spellings (the facts detector) ------------------------------------
@pytest.mark.parametrize(
    "sv, fi",
    [
        ("7.12", "7.12."),
        ("7.12.2026", "7.12."),
        ("18-31.3.2024", "18.–31.3.2024"),
        ("2–13.9", "2.–13.9."),
        ("30.10–20.11.2023", "30.10. – 20.11.2023"),
        ("lö 4.10", "la 4.10."),
        ("onsdagen", "keskiviikon"),
        ("må–fre", "ma–pe"),
        ("kl. 15", "klo 15.00"),
        ("kl./klo 15", "kl(o). 15"),
        ("Kl/klo 9–11", "klo 9.00–11.00"),
        ("lisa.nyman@kimitoon.fi", "lisa.nyman(at)kemionsaari.fi"),
        ("kundtjanst [at] hango.fi", "kundtjanst@hanko.fi"),
        ("www.karleby.fi/sv/bibliotek", "https://www.kokkola.fi/kirjasto"),
        ("15–17 år", "15–17-vuotiaille"),
        ("(018) 555 1200", "018 555 1200"),
        ("20–21 juni", "20.–21.6.2027"),
        ("5 mars", "maaliskuun 5. päivänä"),
        ("må–fre kl. 8–16", "ma–pe 8.00–16.00"),
        ("lördagar 10–14", "lauantaisin klo 10–14"),
        ("ons 9–12", "ke 9–12"),
    ],
)
def test_one_fact_two_spellings(sv, fi):
    assert keys(sv) == keys(fi)


def test_finnish_on_before_a_date_is_no_weekday():
    assert keys("Kokous on 12.5. kaupungintalolla") == [("date", "05-12")]
    assert keys("Skolgatan 12–20") == [("address", "12"), ("number", "20")]


def test_a_range_gives_both_ends():
    assert keys("30.10. – 20.11.2023") == [("date", "10-30"), ("date", "11-20")]


def test_emphasis_numbers_placeholders_and_headings_are_no_facts():
    assert extract("Kom ihåg (1) sak: anmälan senast XX.XX kl. XX") == []
    assert extract("Muista (2) asiaa: ilmoittautuminen viimeistään XX.XX.") == []
    assert [f.kind for f in extract("VATTENAVBROTT PÅ STRANDVÄGEN 3.2.")] == ["date"]
    assert [f.kind for f in extract("VESIKATKO RANTATIELLÄ TIISTAINA")] == ["weekday"]


def test_a_name_does_not_run_across_a_quote_or_colon():
    assert [f.kind for f in extract('Kaupunginteatteri: Ensi-ilta "Merituuli" tänään')] == []
    assert [f.kind for f in extract('Stadsmuseet: Utställningen "Sjövind" öppnar')] == []


@pytest.mark.parametrize(
    "sv, fi",
    [
        ("Hangö Vatten", "Hangon Vesi"),
        ("Södra Finland", "Etelä-Suomi"),
        ("Granholm Bygg Ab", "Granholm Rakennus Oy"),
        ("Dalsbruk", "Taalintehtaalla"),
        ("Kelviå", "Kälviän"),
        ("Björkhagegatan", "Koivuhaankatu"),
        ("Fiskarvägen", "Kalastajantiellä"),
        ("Östra hamnen", "Itäsatamassa"),
    ],
)
def test_translated_names_are_counterparts(sv, fi):
    assert counterparts(sv, fi) and counterparts(fi, sv)


def test_unrelated_names_are_not_counterparts():
    assert not counterparts("Anna Lindqvist", "Matti Korhonen")
    assert not counterparts("Björkhagegatan", "Koivuhaantie")


def test_hsl_street_pairs_match_by_their_parts():
    """Most fi/sv stop-name pairs of the capital region (HSL) pair by their generic
    parts (-katu/-gatan, -tie/-vägen, -puisto/-parken); shuffled, few do. The data is
    EUPL-1.2 and not shipped: the test reads it from ../shared when present."""
    import csv
    import random

    path = needs_corpus("fi_sv_place_names", "fi_sv_hsl_stop_names.tsv")
    with open(path, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    paired = sum(counterparts(r["sv"], r["fi"]) for r in rows) / len(rows)
    shuffled = [r["fi"] for r in rows]
    random.Random(0).shuffle(shuffled)
    chance = sum(counterparts(r["sv"], fi) for r, fi in zip(rows, shuffled)) / len(rows)
    assert paired >= 0.75, paired
    assert chance <= 0.25, chance


# -- correct bilingual posts are quiet -----------------------------------------------
def test_block_post_with_each_languages_date_forms_passes():
    text = (
        "VATTENAVBROTT PÅ FISKARVÄGEN TISDAG 7.12\n"
        "Hangö Vatten byter en ventil på Fiskarvägen 2–8 tisdag 7.12 kl. 9–12. Fastigheterna är utan vatten "
        "under arbetet. Gatan är avstängd 6–10.12.\n"
        "\n"
        "VESIKATKO KALASTAJANTIELLÄ TIISTAINA 7.12.\n"
        "Hangon Vesi vaihtaa venttiilin Kalastajantiellä 2–8 tiistaina 7.12. klo 9.00–12.00. Kiinteistöt "
        "ovat ilman vettä työn aikana. Katu on suljettu 6.–10.12.\n"
    )
    assert check(text) == []


def test_shared_programme_lines_pass():
    text = (
        "Höstmarknad / Syysmarkkinat\n"
        "Söndag/Sunnuntai 16.9. kl(o). 15\n"
        "kl./klo 12 Öppning vid biblioteket / Avajaiset kirjaston luona\n"
        "Klo/kl. 14.30 Barnkören sjunger / Lapsikuoro laulaa – Duo Vårljus\n"
        "Biljetter / Liput 5 €, kontant eller kort / käteinen tai kortti\n"
    )
    assert check(text, "kimitoon") == []


def test_bilingual_label_contact_line_passes():
    text = (
        "Biblioteket i Dalsbruk håller stängt hela vecka 12 på grund av renovering av golven.\n"
        "Kirjasto Taalintehtaalla on suljettu koko viikon 12 lattioiden remontin vuoksi.\n"
        "Mer information / Lisätietoja: bibliotekschef / kirjastonjohtaja Lisa Nyman, 040 555 1234, "
        "lisa.nyman(at)kimitoon.fi\n"
        "Kuva: Mikael Saarinen\n"
    )
    assert check(text, "kimitoon") == []


def test_each_languages_domain_and_name_pass():
    text = (
        "Västra Hamnens Båtklubb rf ordnar seglarskola för barn från 3.6. Anmälan på www.kimitoon.fi/segling.\n"
        "\n"
        "Länsisataman Veneseura ry järjestää lasten purjehduskoulun 3.6. alkaen. Ilmoittautuminen "
        "www.kemionsaari.fi/purjehdus.\n"
    )
    assert check(text, "kimitoon") == []


def test_a_service_mailbox_named_in_each_language_passes():
    text = (
        "Anmälan till simskolan senast 30.5. till fritid@kimitoon.fi.\n"
        "\n"
        "Ilmoittautuminen uimakouluun viimeistään 30.5. osoitteeseen vapaa-aika@kemionsaari.fi.\n"
    )
    assert check(text, "kimitoon") == []
    assert keys("fritid@kimitoon.fi") == keys("vapaa-aika(at)kemionsaari.fi")
    assert keys("eva.lund@hanko.fi") != keys("mats.ek@hanko.fi")


def test_a_swedish_sentence_that_looks_english_stays_swedish():
    text = (
        "Kommunen söker simlärare. Mer information ger personalchef Eva Lund, tfn 040 555 8800.\n"
        "\n"
        "Kunta hakee uimaopettajia. Lisätietoja antaa henkilöstöpäällikkö Eva Lund, puh. 040 555 8800.\n"
    )
    assert check(text, "kimitoon") == []


def test_emphasis_number_and_template_placeholders_pass():
    text = (
        "Kommunen söker en (1) skolgångsbiträde till Kimito skola. Ansökningstiden går ut XX.XX kl. XX.\n"
        "\n"
        "Kunta hakee koulunkäyntiavustajaa Kemiön kouluun. Hakuaika päättyy XX.XX. klo XX.\n"
    )
    assert check(text, "kimitoon") == []


def test_items_held_in_each_language_pass():
    text = (
        "Bokprat på biblioteket / Kirjakeskusteluja kirjastossa\n"
        "Onsdag/Keskiviikko 8.4. kl./klo 17\n"
        "Poeten Lena Sjögren läser ur sin nya diktsamling (på svenska).\n"
        "Onsdag/Keskiviikko 15.4. kl./klo 17\n"
        "Runoilija Jussi Kallio lukee uudesta kokoelmastaan (suomeksi).\n"
    )
    assert check(text, "karleby") == []


def test_an_item_both_versions_describe_is_still_compared():
    text = (
        "Guidningen i Kimito kyrka hålls på finska lördag 6.6. kl. 14.\n"
        "\n"
        "Opastus Kemiön kirkossa pidetään suomeksi lauantaina.\n"
    )
    [hit] = rule_hits(check(text, "kimitoon"), UNBALANCED)
    assert (hit.line, hit.column) == (3, 1)
    assert hit.message == "Den finska versionen saknar uppgifter som finns i den svenska: 6.6., kl. 14."


def test_replies_answer_in_the_askers_language():
    swedish = "Hej! Simhallen har öppet som vanligt under lovet, vardagar kl. 7–20.\nHälsningar Mia, idrottsbyrån\n"
    finnish = "Hei! Uimahalli on auki normaalisti loman aikana, arkisin klo 7–20.\nTerveisin Mia, liikuntatoimisto\n"
    assert check(swedish, kind="reply") == []
    assert check(finnish, "karleby", kind="reply") == []


# -- real gaps are still found ------------------------------------------------------
def test_missing_date_is_named_readably():
    text = (
        "Julkonserten hålls i kyrkan tisdag 7.12. med kören och stadsorkestern.\n"
        "\n"
        "Joulukonsertti pidetään kirkossa kuoron ja kaupunginorkesterin kanssa.\n"
    )
    [hit] = rule_hits(check(text), UNBALANCED)
    assert (hit.line, hit.column) == (3, 1)
    assert hit.message == "Den finska versionen saknar uppgifter som finns i den svenska: tisdag, 7.12."
    assert ".." not in hit.message


def test_missing_time_in_finnish_version_message_in_finnish():
    text = (
        "Kaupungintalon asiakaspalvelu on auki torstaina 5.6. klo 8–14, koska henkilöstöllä on koulutuspäivä.\n"
        "\n"
        "Stadshusets kundtjänst har öppet torsdag 5.6. eftersom personalen har utbildningsdag.\n"
    )
    [hit] = rule_hits(check(text, "karleby", lang="fi"), UNBALANCED)
    assert (hit.line, hit.column) == (3, 1)
    assert hit.message == "Ruotsinkielisestä versiosta puuttuu suomenkielisessä olevia tietoja: klo 8–14."


def test_phone_missing_from_one_side_of_an_alternating_line():
    text = (
        "Parkeringen vid torget stängs för marknaden. / Torin pysäköinti suljetaan markkinoiden ajaksi.\n"
        "Frågor besvaras av marknadsansvarig, tfn 040 555 9876. / Kysymyksiin vastataan mielellään.\n"
    )
    hits = rule_hits(check(text, lang="en"), UNBALANCED)
    assert [(h.line, h.column) for h in hits] == [(1, 48)]
    assert hits[0].message == "The Finnish version lacks 1 phone number(s) given in the Swedish one."


def test_stub_version_is_still_a_stub():
    text = (
        "Kunnan kesätyöhaku on auki maaliskuun loppuun. Töitä on puistoissa, kirjastoissa ja keittiöissä, "
        "ja jokainen hakija saa vastauksen huhtikuussa.\n"
        "\n"
        "Sök sommarjobb nu!\n"
    )
    hits = rule_hits(check(text, "kimitoon"), UNBALANCED)
    assert [(h.line, h.column) for h in hits] == [(3, 1)]
    assert hits[0].message.startswith("Den svenska versionen är bara ")


# -- one language, a stray line of the other ------------------------------------------
def test_swedish_post_with_finnish_contact_line_lacks_finnish_error_in_hango():
    text = (
        "Gatubelysningen på Parkvägen byts ut under vecka 42. Under arbetet kan gatan vara avstängd en kort stund.\n"
        "\n"
        "Lisätietoja: Kalle Mäkinen, Hangon Vesi, 040 555 1122\n"
    )
    hits = check(text)
    assert [(h.rule, h.severity, h.line, h.column) for h in hits] == [(MISSING, "error", 1, 1)]
    assert hits[0].message.startswith("Inlägget saknar finsk version")


def test_finnish_post_with_swedish_name_and_list_lines_lacks_swedish():
    text = (
        "Leikkipuiston keinut uusitaan ensi viikolla. Puisto on suljettu maanantaista keskiviikkoon.\n"
        "\n"
        "Mer information: Sara Lind, tfn 040 765 4321\n"
        "Karleby Energi Ab, Storgatan 5\n"
    )
    hits = check(text, "karleby", lang="fi")
    assert [(h.rule, h.severity, h.line, h.column) for h in hits] == [(MISSING, "warning", 1, 1)]
    assert hits[0].message.startswith("Julkaisusta puuttuu ruotsinkielinen versio")


def test_swedish_post_with_finnish_address_and_opening_days_lacks_finnish():
    text = (
        "Biblioteket har nya öppettider från och med mars. Vi har öppet längre på torsdagar.\n"
        "\n"
        "Kirjasto, Kirjastokatu 2\n"
        "Maanantai–perjantai 10–19\n"
    )
    assert [(h.rule, h.line, h.column) for h in check(text, "kimitoon")] == [(MISSING, 1, 1)]


def test_contact_line_inside_one_block_is_missing_from_the_other():
    text = (
        "Simhallen stänger för underhåll 2.–15.6. Bastun är också stängd.\n"
        "Mer information: Anna Berg, tfn 040 111 2233\n"
        "\n"
        "Uimahalli suljetaan huollon ajaksi 2.–15.6. Myös sauna on suljettu.\n"
    )
    hits = rule_hits(check(text, lang="en"), UNBALANCED)
    assert [(h.line, h.column) for h in hits] == [(4, 1), (4, 1)]
    assert [h.message for h in hits] == [
        "The Finnish version lacks 1 phone number(s) given in the Swedish one.",
        "The Finnish version lacks 1 name(s) mentioned in the Swedish one.",
    ]


def test_date_and_time_missing_from_one_half_of_a_line():
    text = "Mötet hålls 12.5. kl. 18 i stadshuset. / Kokous pidetään toukokuussa kaupungintalolla.\n"
    [hit] = rule_hits(check(text), UNBALANCED)
    assert (hit.line, hit.column) == (1, 42)
    assert hit.message == "Den finska versionen saknar uppgifter som finns i den svenska: 12.5., kl. 18."


def test_ranges_with_different_ends_are_different_facts():
    text = "Vägen är avstängd 3–14.11.\n\nTie on suljettu 3.–12.11.\n"
    hits = rule_hits(check(text, "kimitoon", lang="fi"), UNBALANCED)
    assert [(h.line, h.column, h.message) for h in hits] == [
        (1, 1, "Ruotsinkielisestä versiosta puuttuu suomenkielisessä olevia tietoja: 3.–12.11."),
        (3, 1, "Suomenkielisestä versiosta puuttuu ruotsinkielisessä olevia tietoja: 3–14.11."),
    ]


def test_swedish_post_with_finnish_photo_credit_lacks_finnish():
    text = (
        "Biblioteket är stängt på fredag på grund av personalutbildning. Vi öppnar igen på lördag kl. 10.\n"
        "Kuva: Pekka Laine\n"
    )
    assert [(h.rule, h.severity, h.line, h.column) for h in check(text)] == [(MISSING, "error", 1, 1)]


def test_every_shipped_pair_is_a_counterpart_and_the_data_names_its_source():
    from importlib import resources

    from kommunlint.detect.vocabulary import load

    data = load("sv_fi_names")
    for section in ("places", "municipalities"):
        for sv, fi in data[section]:
            assert counterparts(sv, fi), (sv, fi)
    header = resources.files("kommunlint.detect").joinpath("data", "sv_fi_names.yaml").read_text(encoding="utf-8")
    assert header.startswith("#") and "Statistics Finland" in header.split("\n\n")[0]


# -- round 3: what the neighbours say, what stands beside both wordings ----------------
def _versions(text, profile="hango"):
    from kommunlint.detect import Analysis
    from kommunlint.post import parse_post
    from kommunlint.profile import load_profile

    loaded = load_profile(profile)
    post = parse_post(text, "t.txt", {"account": "official"})
    return Analysis(post, loaded).versions(tuple(loaded.languages))


def test_weak_side_of_a_slash_line_takes_the_other_language():
    # "Iltakonsertti: Sara Ek & band" alone reads Swedish (names and "band" left); beside a
    # sure Swedish side of the same " / " it is the Finnish one.
    text = (
        "Lördag/Lauantai 23.8.\n"
        "kl./klo 17 Musik vid fontänen / Musiikkia suihkulähteellä: Hangö dragspelsklubb\n"
        "kl./klo 21 Konsert på stora scenen / Iltakonsertti: Sara Ek & band\n"
    )
    pieces = {p.text: p.lang for p in _versions(text).pieces}
    assert pieces["Iltakonsertti: Sara Ek & band"] == "fi"
    assert pieces["kl./klo 21 Konsert på stora scenen"] == "sv"


def test_two_sentences_of_a_line_are_not_settled_as_translations():
    text = "Kunta hakee koulunkäyntiavustajaa Kemiön kouluun. Hakuaika päättyy 14.3. klo 12.\n"
    assert {p.lang for p in _versions(text, "kimitoon").pieces if p.count} == {"fi"}


def test_length_leaves_out_what_both_groups_read():
    text = (
        "Invånarkväll / Asukasilta: onsdag/keskiviikko 3.12. kl./klo 18.00, Dalsbruks skola, matsalen\n"
    )
    found = _versions(text, "kimitoon")
    # The value after the bilingual label (weekday, date, time, place) is read by both
    # groups: it makes neither version longer.
    assert found.length("sv") + found.length("fi") < 30
    assert sum(len(p.text) for p in found.pieces) > 80


def test_a_unit_after_a_date_is_a_whole_word():
    assert keys("5.9 mellan") == keys("5.9.")
    assert [k for k, _ in keys("2.5 m bred")] == ["number"]
