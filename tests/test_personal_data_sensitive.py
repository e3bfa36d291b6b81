"""personal-data/sensitive: compounds, acronyms, ties across sentences and to a reply's
reader, roles and units that are not facts, and Swedish–Finnish parity of the terms."""

from __future__ import annotations

import pytest

from conftest import lint_text, rule_hits
from kommunlint.detect import vocabulary
from kommunlint.detect.sensitive import WORD_LISTS

SENSITIVE = "personal-data/sensitive"


def hits(text, profile="vimmerby", **kw):
    return [(f.line, f.column, f.severity) for f in rule_hits(lint_text(text, profile, select=[SENSITIVE], **kw), SENSITIVE)]


@pytest.mark.parametrize(
    ("text", "profile", "expected"),
    [
        # a diagnosis inside a compound, tied by the name in the sentence before
        ("Vi hälsar Kerstin Holm välkommen tillbaka.\nHon har behandlats för lungcancer i vår.", "vimmerby", [(2, 24, "error")]),
        ("Onnittelemme Seppo Rantasta. Hän sai hoitoa eturauhassyöpään viime vuonna.", "karleby", [(1, 45, "error")]),
        # an aid and an allergy, in both languages
        ("Sune Berglund behöver rullstol på resan och har nötallergi.", "norsjo", [(1, 23, "error"), (1, 49, "error")]),
        ("Aino Mäkelä tarvitsee pyörätuolin ja hänellä on pähkinäallergia.", "karleby", [(1, 23, "error"), (1, 49, "error")]),
    ],
)
def test_terms_inside_compounds_and_across_sentences(text, profile, expected):
    assert hits(text, profile) == expected


def test_reply_speaking_to_its_reader_ties_the_fact_without_a_name():
    text = "Tack för ditt meddelande. Din ansökan om färdtjänst är beviljad från måndag."
    assert hits(text, kind="reply") == [(1, 42, "error")]
    # the same sentence in a post speaks to nobody in particular
    assert hits(text, kind="post") == []


def test_finnish_polite_plural_possessive_is_the_reader():
    text = "Kiitos viestistä. Hakemuksenne toimeentulotuesta on käsittelyssä."
    assert hits(text, "karleby", kind="reply") == [(1, 32, "error")]
    # "tänne" (here) is no possessive
    assert hits("Toimeentulotukea voi hakea tänne tulemalla.", "karleby", kind="reply") == []


def test_acronyms_are_case_sensitive_whole_words():
    assert hits("Gunnar Lind har KOL och vill ha hemtjänst.", "norsjo") == [(1, 17, "error"), (1, 33, "error")]
    assert hits("Gunnar Lind ska kolla om bussen går.", "norsjo") == []


def test_a_unit_or_a_role_is_not_a_fact():
    text = "Hemtjänstpersonalen och Kotihoidon esihenkilö Marja Lahti svarar på frågor."
    assert hits(text, "karleby") == []


def test_a_topic_without_a_person_is_not_a_finding():
    assert hits("Föreläsning om minnessjukdom på biblioteket i kväll.") == []
    assert hits("Luento muistisairauksista kirjastossa tänään.", "karleby") == []


def test_a_name_in_another_paragraph_does_not_tie():
    text = "Kristina Ahl har fyllt 90 år.\n\nVi informerar om hemtjänst och färdtjänst på torsdag."
    assert hits(text) == []


def test_every_concept_has_swedish_and_finnish_terms():
    data = vocabulary.load("sensitive_terms")
    for category, concepts in data.items():
        if category in WORD_LISTS:  # word lists, not concepts
            keys = data[category]
            assert any(k.startswith("sv") for k in keys) and any(k.startswith("fi") for k in keys), category
            continue
        for concept in concepts:
            assert concept.get("sv") and concept.get("fi"), f"{category}: {concept}"


@pytest.mark.parametrize("text, profile, term", [
    ("Min granne har fått ett trygghetslarm efter fallet.", "vimmerby", "trygghetslarm"),
    ("Naapurini sai turvapuhelimen kaatumisen jälkeen.", "karleby", "turvapuhelimen"),
    ("Hej! Din mammas läkemedel finns att hämta på apoteket.", "norsjo", "läkemedel"),
    ("Hänen äitinsä lääkitys on muuttunut.", "karleby", "lääkitys"),
    ("Min kollega går på cytostatika hela våren.", "vimmerby", "cytostatika"),
    ("Hänen isänsä on saattohoidossa.", "karleby", "saattohoidossa"),
    ("Hej! Utredningen om ditt barn blir klar i mars.", "vimmerby", "Utredningen om ditt barn"),
    ("Hänen lapsistaan tehdään lastensuojelutarpeen selvitys.", "karleby", "lastensuojelutarpeen selvitys"),
])
def test_new_concepts_in_both_languages(text, profile, term):
    found = [f for f in lint_text(text, profile, select=["personal-data/sensitive"], kind="reply" if "Hej" in text else "post")
             if f.rule == "personal-data/sensitive"]
    assert [text[f.start:f.end] for f in found] == [term]


# -- round 3: coverage, one finding per fact, the service calling the reader ---------------
@pytest.mark.parametrize(
    ("text", "profile", "expected"),
    [
        # a named disease ("tauti") and an acronym diagnosis, tied across sentences
        ("Kävimme katsomassa Helvi Korpelaa. Hänellä on todettu Bechterewin tauti.", "karleby", [(1, 67, "error")]),
        ("Vi hälsade på Sixten Granlund i dag. Han fick beskedet om ALS i höstas.", "vimmerby", [(1, 59, "error")]),
        # an aid with consonant gradation, and the Swedish "rollator"
        ("Raili Hakalalle toimitettiin uusi kuulolaitteen paristo.", "karleby", [(1, 35, "error")]),
        ("Gösta Wiklund har fått en ny rollator från kommunen.", "norsjo", [(1, 30, "error")]),
        # home help in both languages
        ("Eila Vainio odottaa yhä kotiapua.", "karleby", [(1, 25, "error")]),
        ("Birgit Nyholm väntar fortfarande på hemhjälp.", "kimitoon", [(1, 37, "error")]),
        # housing adapted for a disability
        ("Åke Lundqvist har sökt bostadsanpassning för badrummet.", "vimmerby", [(1, 24, "error")]),
        ("Pentti Aaltoselle myönnettiin asunnon muutostyö kylpyhuoneeseen.", "karleby", [(1, 31, "error")]),
        # a pupil's special support at school
        ("Vi har beslutat om särskilt stöd för Ebba Lind i matematik.", "vimmerby", [(1, 20, "error")]),
        ("Veeti Hämäläinen siirtyy pienluokalle syksyllä.", "karleby", [(1, 26, "error")]),
        # a country of origin, a religion named as the reason
        ("Familjen Yusuf från Eritrea har fått en lägenhet i centrum.", "vimmerby", [(1, 16, "error")]),
        ("Tapasin Farah Alin, joka on eritrealainen yksinhuoltaja.", "karleby", [(1, 29, "error")]),
        ("Amir Hosseini äter inte fläskkött av religiösa skäl.", "norsjo", [(1, 38, "error")]),
        ("Mirjam Laine ei uskontonsa vuoksi osallistu iltaan.", "karleby", [(1, 17, "error")]),
        # an offence and a dependence (the charge and the offence are two words apart: two findings)
        ("Grannen Kjell Boman åtalas nu för misshandel.", "norsjo", [(1, 21, "error"), (1, 35, "error")]),
        ("Toni Salmisen rattijuopumus käsitellään käräjäoikeudessa.", "karleby", [(1, 15, "error")]),
        ("Leif Sundberg har länge kämpat med sitt spelberoende.", "norsjo", [(1, 41, "error")]),
        ("Tarja Kinnunen on hakenut apua alkoholismiinsa.", "karleby", [(1, 32, "error")]),
    ],
)
def test_round_3_coverage_both_languages(text, profile, expected):
    assert hits(text, profile) == expected


def test_terms_of_one_phrase_are_one_finding():
    # "sjukskriven för utmattningssyndrom": one fact, one finding spanning both words
    findings = rule_hits(lint_text("Lena Åberg är sjukskriven för utmattningssyndrom.", "vimmerby", select=[SENSITIVE]), SENSITIVE)
    assert [(f.line, f.column, f.end_column) for f in findings] == [(1, 15, 49)]
    findings = rule_hits(lint_text("Tiedän, että Kaija Ruotsalainen sairastui rintasyöpään.", "karleby", select=[SENSITIVE]), SENSITIVE)
    assert [(f.line, f.column, f.end_column) for f in findings] == [(1, 33, 55)]
    # two facts in two clauses stay two findings
    assert hits("Lena Åberg har diabetes. Hon har också astma.") == [(1, 16, "error"), (1, 40, "error")]


def test_the_services_staff_calling_the_reader_make_the_reader_its_client():
    # a role of a sensitive service is no fact of its own ...
    assert hits("Hei! Lastensuojelun sosiaalityöntekijä vastaa kysymyksiin torstaisin.", "hango", kind="reply") == []
    assert hits("Hej! Hemtjänstens samordnare svarar på frågor i telefon.", "vimmerby", kind="reply") == []
    # ... but when that role calls or contacts the reader, the reader is its client
    assert hits("Hei! Lastensuojelun sosiaalityöntekijä ottaa teihin yhteyttä huomenna.", "hango", kind="reply") == [(1, 6, "error")]
    assert hits("Hej! Hemtjänstens samordnare ringer dig i morgon förmiddag.", "vimmerby", kind="reply") == [(1, 6, "error")]
    # not in a post, which has no reader
    assert hits("Hemtjänstens samordnare ringer dig gärna om du har frågor.", "vimmerby", kind="post") == []


def test_a_relative_of_someone_else_points_at_one_person():
    assert hits("Naapurin tytär on sijoitettu sijaisperheeseen.", "karleby") == [(1, 19, "error")]
    assert hits("Grannens son har placerats i ett familjehem.", "vimmerby") == [(1, 34, "error")]
    # the same terms about no one in particular
    assert hits("Sijaisperheeksi voi ryhtyä moni.", "karleby") == []


def test_a_language_or_a_cuisine_is_no_ones_origin():
    assert hits("Hej Anna Lind! Broschyren om din ansökan finns också på somaliska och arabiska.", kind="reply") == []
    assert hits("Ravintolan omistaja Minna Toivonen tarjoilee ukrainalaista borssikeittoa.", "karleby") == []


def test_round_3_dev_coverage_both_languages():
    # infectious diseases a daycare notice ties to a named child
    assert hits("Päiväkodissa on todettu vesirokkoa, sairastuneena muun muassa Eetu Laaksonen.", "karleby") != []
    assert hits("Vattkoppor har konstaterats på förskolan, bland annat hos Vilgot Eriksson.") != []
    # a speech therapist, insulin, a special diet
    assert hits("Pojallesi Eelille on varattu aika puheterapeutille ensi viikolla.", "karleby", kind="reply") != []
    assert hits("Margareta Nordin behöver hjälp med sitt insulin varje morgon.", "norsjo") != []
    # debt, temporary protection, a mood disorder (one phrase: one finding)
    assert hits("Hej! Din hyresskuld kan delas upp på tre månader.", kind="reply") == [(1, 10, "error")]
    text = "Koska Seppo Laine sairastaa kaksisuuntaista mielialahäiriötä, hän tarvitsee tukea."
    findings = rule_hits(lint_text(text, "karleby", select=[SENSITIVE]), SENSITIVE)
    assert [text[f.start:f.end] for f in findings] == ["sairastaa kaksisuuntaista mielialahäiriötä"]


def test_a_term_inside_an_address_is_no_fact():
    text = "Hei Antti! Voit lähettää viestin osoitteeseen vammaispalvelut@hanko.fi, hakemuksesi on vastaanotettu."
    assert hits(text, "hango", kind="reply") == []


def test_a_unit_called_a_group_is_no_fact():
    assert hits("Hej Siv! Vi har pratat med hemtjänstgruppen om tiderna.", "norsjo", kind="reply") == []
    assert hits("Hei Siv! Olemme keskustelleet kotihoitoryhmän kanssa ajoista.", "karleby", kind="reply") == []


def test_a_refusal_to_confirm_whether_is_no_fact():
    text = "Hei! Emme voi vahvistaa, onko Arto Kinnusella asiakkuutta päihdehuollossa."
    assert hits(text, "karleby", kind="reply") == []
    text = "Hej! Vi kan tyvärr inte bekräfta om Ingvar Lund har hemtjänst."
    assert hits(text, kind="reply") == []
    # a fact told after a refusal of something else is still a fact
    text = "Hej! Vi kan inte kommentera ärendet, men Ingvar Lund har hemtjänst sedan maj."
    assert hits(text, kind="reply") == [(1, 58, "error")]


# -- round 7: matching details --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "terms"),
    [
        # overlapping phrases are one term, a phrase found inside another's words
        ("Han har kommit ut som gay i höstas.", ["kommit ut som gay"]),
        # an acronym before a capitalised word is a product's name; with a hyphenated
        # ending it is still the term ("LSS-boendet Granen")
        ("Mötet hålls i MS Teams.", []),
        ("Hon flyttar till LSS-boendet Tallen i mars.", ["LSS-boendet"]),
        ("Lausunto MS:stä tuli eilen.", ["MS"]),
        # a term after a hyphen starts a word too
        ("Hon har typ 1-diabetes sedan barndomen.", ["1-diabetes"]),
        # a word that begins like a term but names another benefit
        ("Kotihoidon tuki maksetaan Kelasta.", []),
        ("Hemvårdsstödet betalas ut av FPA.", []),
    ],
)
def test_matching_round_7(text, terms):
    from kommunlint.detect.sensitive import matches

    assert [text[s:e] for s, e, _ in matches(text)] == terms


def test_weak_and_place_flags_come_from_the_data():
    from kommunlint.detect.sensitive import matches

    text = "mobbning äldreboende särskilt boende diabetes"
    flags = [(text[s:e], c, c.weak, c.place) for s, e, c in matches(text)]
    assert flags == [
        ("mobbning", "social-care", True, None),
        ("äldreboende", "social-care", False, "building"),
        ("särskilt boende", "social-care", False, "service"),
        ("diabetes", "health", False, None),
    ]


@pytest.mark.parametrize(
    ("text", "profile", "expected"),
    [
        # a weak term is tied by a name in its own sentence, not in the next one
        ("Ella Nyström har blivit utsatt för mobbning på fritids.", "vimmerby", [(1, 36, "error")]),
        ("Vi gratulerar Ella Nyström! Temat i år är mobbning.", "vimmerby", []),
        ("Veikko Laine on JHL:n jäsen.", "karleby", [(1, 17, "error")]),
        ("Onnea Veikko Laineelle! Illan aiheena on koulukiusaaminen.", "karleby", []),
        # a care home named is a place; an application for an unnamed one is a fact
        ("Vi besökte Ester Lund på Solängens äldreboende i dag.", "vimmerby", []),
        ("Hej Per! Din mammas ansökan om plats på äldreboende är beviljad.", "vimmerby", [(1, 41, "error")]),
    ],
)
def test_weak_terms_and_care_homes(text, profile, expected):
    kind = "reply" if text.startswith(("Hej", "Hei")) else "post"
    assert hits(text, profile, kind=kind) == expected


# -- round 10 (pd10): laws, kinds of matters, forwarding, facilities, witnesses' reports --
@pytest.mark.parametrize(
    ("text", "profile", "kind", "expected"),
    [
        # a law's name is no one's fact, in a reply to a named resident too
        ("Hej Göran! Beslutet fattas enligt socialtjänstlagen och LSS-lagen, inte av oss.", "vimmerby", "reply", []),
        ("Hei Raimo! Päätös tehdään lastensuojelulain ja sosiaalihuoltolain mukaan.", "karleby", "reply", []),
        # ... but said right after the fact it grounds, it is part of that one fact
        ("Hei Raimo! Sinulle on myönnetty omaishoidon tuki omaishoitolain perusteella.", "karleby", "reply", [(1, 33, "error")]),
        # a kind of matters in general, not the reader's own
        ("Hej Lisbeth! Vi svarar inte på frågor om enskilda barnskyddsärenden här.", "vimmerby", "reply", []),
        ("Hei Tuula! Emme käsittele yksittäisiä toimeentulotukiasioita somessa.", "karleby", "reply", []),
        # with a possessive before it, the matters are someone's
        ("Hej Lisbeth! Vi kan inte diskutera hennes barnskyddsärenden här.", "vimmerby", "reply", [(1, 43, "error")]),
    ],
)
def test_laws_and_kinds_of_matters_are_not_facts(text, profile, kind, expected):
    assert hits(text, profile, kind=kind) == expected


@pytest.mark.parametrize(
    ("text", "profile", "expected"),
    [
        # the unit a message is forwarded to
        ("Hej Agneta! Vi har förmedlat till hemtjänsten att trappan är hal.", "vimmerby", []),
        ("Hei Pirjo! Palautteesi on välitetty kotihoitoon ja sitä käsitellään.", "karleby", []),
        # a service the reader is granted is still a fact
        ("Hej Agneta! Din ansökan om hemtjänst är beviljad.", "vimmerby", [(1, 28, "error")]),
        # a facility for a group of people
        ("Hej Ronny! Bilen står på handikapparkeringen vid torget sedan i går.", "vimmerby", []),
        ("Hei Jarmo! Invavessan ja pyörätuolipysäköinnin korjaus alkaa maanantaina.", "karleby", []),
        # what the reader reported as a witness is not their own crime
        ("Hej Tobbe! Tack, vi har fått din synpunkt om skadegörelsen vid skolan.", "vimmerby", []),
        ("Hei Sami! Kiitos, ilmoitit ilkivallasta koulun pihalla, ja asia on selvityksessä.", "karleby", []),
        # a private person named in the sentence makes the unit that person's
        ("Hei Pirjo! Viesti on välitetty Aili Rantasen kotihoidon tiimille.", "karleby", [(1, 46, "error")]),
    ],
)
def test_units_facilities_and_reports_are_not_the_readers_facts(text, profile, expected):
    assert hits(text, profile, kind="reply") == expected


def test_a_fact_listed_twice_with_a_comma_is_one_finding():
    text = "Hej Mona! Majas kost (glutenfri, celiaki) är nu registrerad i köket."
    assert hits(text, "kimitoon", kind="reply") == [(1, 23, "error")]
    text = "Hei Mona! Majan ruokavalio (gluteeniton, keliakia) on nyt kirjattu keittiöön."
    assert hits(text, "kimitoon", kind="reply") == [(1, 29, "error")]


def test_anxiety_is_a_fact_but_not_inside_a_compound():
    assert hits("Hej Ulla! Vi vet att din son lider av svår ångest.", "vimmerby", kind="reply") == [(1, 44, "error")]
    assert hits("Hei Ulla! Tiedämme, että poikasi kärsii ahdistuksesta.", "karleby", kind="reply") == [(1, 41, "error")]
    # a general mood in a compound is no diagnosis
    assert hits("Föreläsning om klimatångest för unga på biblioteket.", "vimmerby") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the service as the office to call: a contact verb before it, or its fixed line after it
        ("Hej Ulla! Kontakta gärna missbrukarvården direkt om du har frågor.", []),
        ("Hei Ulla! Lastensuojelun päivystys vastaa numerossa 02 426 0399 iltaisin.", []),
        # the reader in the term's own clause: their fact, whatever number follows the dash
        ("Hej Ulla. Att du får hemtjänst ska vi inte skriva om här – ring växeln på 02 426 0399.", [(1, 22, "error")]),
        # a mobile after the service is a person's, not the office's line
        ("Hej Ulla! Hemtjänsten ringer från 040 123 4567 i morgon om din mammas besök.", [(1, 11, "error")]),
        # a fixed line said to be the reader's own is not the office's line
        ("Hej Ulla. Hemtjänsten når er på hemnumret 0918-123 45 i morgon.", [(1, 11, "error")]),
    ],
)
def test_a_service_named_as_whom_to_contact_is_no_fact(text, expected):
    assert hits(text, "kimitoon", kind="reply") == expected


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # advice on what may be applied for, nobody named in the sentence
        ("Hej! Då kan du ansöka om färdtjänst via e-tjänsten.", "reply", []),
        ("Hei! Voit hakea toimeentulotukea Kelasta.", "reply", []),
        # the same with a private person named in the sentence: that person's
        ("Hej! Din pappa Sture kan ansöka om färdtjänst nu.", "reply", [(1, 36, "error")]),
        # a notice to all of a service's clients, singular client named: theirs
        ("Kotihoidon asiakkaille: turvapuhelinten huolto ensi viikolla. Asentaja on ammattilainen, hän on aina tunnistettavissa.", "post", []),
        ("Kotihoidon asiakas Eero Mäki tarvitsee apua.", "post", [(1, 1, "error")]),
    ],
)
def test_advice_and_notices_to_all_clients_are_no_fact(text, kind, expected):
    assert hits(text, "karleby", kind=kind) == expected


@pytest.mark.parametrize("text", [
    "Kommunens handikappråd sammanträder på torsdag; Eva Lund är ny ordförande i rådet.",
    "Vammaisneuvoston uusi jäsen on Eero Salo, joka edustaa kunnallisia vammaisneuvostoja alueella.",
    "Reumatikerföreningen och Anna Ek bjuder in till föreläsning om trädgårdsarbete.",
    "Muistiyhdistyksen puheenjohtaja Kaija Oja avasi tilaisuuden.",
])
def test_a_council_or_association_named_by_its_group_is_no_fact(text):
    """A body that speaks for a group (the municipal disability council, a patient
    association) says nothing about its members' health (GDPR art. 9 needs a fact about
    the person)."""
    assert [f for f in lint_text(text, "kimitoon", select=["personal-data/sensitive"]) if f.severity != "info"] == []


@pytest.mark.parametrize("text, term", [
    ("Eva Lund i handikapprådet har själv en synnedsättning sedan olyckan.", "synnedsättning"),
    ("Vammaisneuvoston jäsen Eero Salo sairastaa MS-tautia.", "sairastaa MS-tautia"),
])
def test_a_members_own_fact_beside_the_council_is_still_one(text, term):
    found = [f for f in lint_text(text, "kimitoon", select=["personal-data/sensitive"], show_pii=True)
             if f.rule == "personal-data/sensitive"]
    assert [text[f.start:f.end] for f in found] == [term]
    assert found[0].severity == "error" and found[0].line == 1
