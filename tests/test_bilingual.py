"""bilingual/missing-language and bilingual/unbalanced on Hangö, Karleby and Kimitoön posts."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import ROOT, lint_text, rule_hits

from kommunlint.detect.facts import extract

MISSING = "bilingual/missing-language"
UNBALANCED = "bilingual/unbalanced"

BOTH = (
    "Välkommen på sommarkonsert i parken lördag 14 juni kl. 18! Inträdet är fritt.\n"
    "\n"
    "Tervetuloa kesäkonserttiin puistoon lauantaina 14. kesäkuuta klo 18! Sisäänpääsy on vapaa.\n"
)
SWEDISH_ONLY = "Simhallen är stängd för årligt underhåll 2.6.–15.6. Vi öppnar igen måndag 16 juni kl. 7.\n"
FINNISH_ONLY = "Uimahalli on suljettu vuosihuollon ajan 2.6.–15.6. Avaamme jälleen maanantaina 16. kesäkuuta klo 7.\n"


def check(text, profile="hango", lang="sv", **meta):
    meta.setdefault("account", "official")
    return lint_text(text, profile, select=["bilingual"], lang=lang, **meta)


# -- missing-language ----------------------------------------------------------
def test_both_languages_pass():
    assert check(BOTH) == []


def test_swedish_only_post_lacks_finnish_error_in_hango():
    [hit] = rule_hits(check(SWEDISH_ONLY), MISSING)
    assert (hit.line, hit.column, hit.severity) == (1, 1, "error")
    assert hit.message.startswith("Inlägget saknar finsk version")
    assert "423/2003" in hit.message
    assert hit.clause.id == "hango-6-languages"


def test_finnish_only_post_lacks_swedish_message_in_finnish():
    [hit] = rule_hits(check(FINNISH_ONLY, lang="fi"), MISSING)
    assert hit.message.startswith("Julkaisusta puuttuu ruotsinkielinen versio")
    assert "kielilaki 423/2003" in hit.message


@pytest.mark.parametrize("profile", ["karleby", "kimitoon"])
def test_warning_without_clause_names_the_language_act(profile):
    [hit] = rule_hits(check(FINNISH_ONLY, profile, lang="en"), MISSING)
    assert hit.severity == "warning" and hit.clauses == []
    assert "Language Act 423/2003" in hit.message


@pytest.mark.parametrize("profile", ["vimmerby", "norsjo", "base"])
def test_off_outside_bilingual_municipalities(profile):
    assert not rule_hits(lint_text(SWEDISH_ONLY, profile, account="official"), MISSING)


def test_personal_account_chooses_its_language():
    assert check(SWEDISH_ONLY, account="personal") == []


def test_replies_answer_in_the_askers_language():
    # Language Act 423/2003 §§ 10, 23: a reply is in the language the person uses.
    assert check(SWEDISH_ONLY, kind="reply") == []


def test_a_profile_may_ask_for_bilingual_replies(tmp_path):
    profile = tmp_path / "strict.yaml"
    profile.write_text(
        "extends: hango\nrules:\n  bilingual/missing-language:\n    options: {kinds: [post, reply]}\n",
        encoding="utf-8",
    )
    assert rule_hits(check(SWEDISH_ONLY, str(profile), kind="reply"), MISSING)


def test_front_matter_marks_a_deliberately_monolingual_post():
    text = "---\naccount: official\nlanguages: [fi]\n---\n" + FINNISH_ONLY
    assert lint_text(text, "kimitoon", select=["bilingual"]) == []


def test_a_lone_greeting_is_not_a_version():
    [hit] = rule_hits(check(SWEDISH_ONLY + "Tervetuloa!\n"), MISSING)
    assert hit.message.startswith("Inlägget saknar finsk version")


def test_bilingual_signature_and_hashtags_do_not_count():
    text = SWEDISH_ONLY + "\nHangö stad / Hangon kaupunki\n#hanko #hangö\n"
    assert [h.message[:29] for h in rule_hits(check(text), MISSING)] == ["Inlägget saknar finsk version"]


def test_alternating_lines_pass():
    text = (
        "Välkommen på invånarmöte! / Tervetuloa asukastilaisuuteen!\n"
        "Mötet hålls i stadshuset torsdag 22 maj kl. 17.30. / Tilaisuus on kaupungintalolla torstaina 22. toukokuuta klo 17.30.\n"
    )
    assert check(text) == []


# -- unbalanced ----------------------------------------------------------------
def test_finnish_version_lacks_time_points_at_finnish_block():
    text = (
        "Återvinningsstationen har öppet extra lördag 26.4. kl. 9–14. Avgiften är 5 € per släpvagn.\n"
        "\n"
        "Kierrätysasema on auki ylimääräisesti lauantaina 26.4. puutarhajätteelle. Maksu on 5 € perävaunulta.\n"
    )
    [hit] = rule_hits(check(text, "kimitoon"), UNBALANCED)
    assert (hit.line, hit.column) == (3, 1)
    assert hit.message == "Den finska versionen saknar uppgifter som finns i den svenska: kl. 9–14."


def test_swedish_version_lacks_date_message_in_finnish():
    text = (
        "Kirjasto on suljettu pääsiäisenä 18.4.–21.4. Palautusluukku on käytössä koko ajan.\n"
        "\n"
        "Biblioteket är stängt under påsken. Återlämningsluckan är öppen hela tiden.\n"
    )
    [hit] = rule_hits(check(text, "karleby", lang="fi"), UNBALANCED)
    assert (hit.line, hit.column) == (3, 1)
    assert hit.message.startswith("Ruotsinkielisestä versiosta puuttuu suomenkielisessä olevia tietoja: 18.4.")


def test_stub_version_is_reported_with_its_share():
    text = (
        "Kokkolan kaupunki hakee kesätyöntekijöitä puistotöihin ja uimahallille. Haku on auki koko maaliskuun "
        "ja kesätyö kestää kuusi viikkoa. Hakemukset käsitellään huhtikuussa ja kaikille vastataan.\n"
        "\n"
        "Sommarjobb i Karleby – sök nu!\n"
    )
    hits = rule_hits(check(text, "karleby"), UNBALANCED)
    assert [(h.line, h.column) for h in hits] == [(3, 1)]
    assert hits[0].message.startswith("Den svenska versionen är bara ")


def test_contacts_and_names_are_counted_not_quoted():
    text = (
        "Frågor besvaras av rektor Anna Lindqvist, tfn 040 123 4567, anna.lindqvist@hanko.fi.\n"
        "\n"
        "Kysymyksiin vastaa rehtori mielellään.\n"
    )
    hits = rule_hits(check(text, lang="en"), UNBALANCED)
    messages = sorted(h.message for h in hits)
    assert "The Finnish version lacks 1 e-mail address(es) given in the Swedish one." in messages
    assert "The Finnish version lacks 1 phone number(s) given in the Swedish one." in messages
    assert "The Finnish version lacks 1 name(s) mentioned in the Swedish one." in messages
    assert not any("Lindqvist" in m or "4567" in m for m in messages)


def test_same_facts_written_each_languages_way_pass():
    text = (
        "Invånarmöte tisdag 3 september kl. 18.00 i stadshuset, inträde 2,50 €. Läs mer på www.hanko.fi/sv/mote. "
        "Rektor Anna Berg berättar.\n"
        "\n"
        "Asukastilaisuus tiistaina 3. syyskuuta klo 18 kaupungintalolla, pääsymaksu 2,50 euroa. Lue lisää "
        "www.hanko.fi/kokous. Rehtori Anna Bergin puheenvuoro.\n"
    )
    assert check(text) == []


def test_shared_date_line_counts_for_both_versions():
    text = "Skärgårdsdagen / Saaristopäivä\n📅 9.8. ⏰ 10–15\n\nMarknad och musik i Dalsbruk.\n\nMarkkinat ja musiikkia Taalintehtaalla.\n"
    assert check(text, "kimitoon") == []


def test_unbalanced_not_checked_on_personal_accounts():
    text = "Möte 12 maj kl. 18 i Dalsbruk.\n\nKokous on toukokuussa.\n"
    assert check(text, "kimitoon", account="personal") == []


# -- facts ---------------------------------------------------------------------
@pytest.mark.parametrize(
    "sv, fi",
    [("12 maj", "12. toukokuuta"), ("12.5.", "12 toukokuuta"), ("kl. 18", "klo 18.00"), ("5 €", "5 euroa"),
     ("måndag", "maanantaina"), ("019 220 3211", "+358 19 220 3211"), ("1 800 €", "1800 euroa")],
)
def test_facts_written_differently_have_the_same_key(sv, fi):
    assert [(f.kind, f.key) for f in extract(sv)] == [(f.kind, f.key) for f in extract(fi)]


def test_long_digit_runs_are_not_facts():
    # The birth-date part of a national ID must never reach a message.
    assert extract("Henkilötunnus 131052-308T ja tili 12345678") == []


# -- the example posts -----------------------------------------------------------
@pytest.mark.parametrize(
    "path, expected",
    [
        ("hango/bilingual-block-ok.txt", []),
        ("hango/bilingual-finnish-missing.txt", [MISSING]),
        ("hango/bilingual-alternating-unbalanced.txt", [UNBALANCED] * 3),
        ("karleby/bilingual-finnish-first-ok.txt", []),
        ("karleby/bilingual-swedish-stub.txt", [UNBALANCED] * 3),
        ("karleby/bilingual-personal-account.txt", []),
        ("kimitoon/bilingual-heading-ok.txt", []),
        ("kimitoon/bilingual-finnish-school-only.txt", []),
        ("kimitoon/bilingual-time-missing.txt", [UNBALANCED]),
    ],
)
def test_examples(path, expected):
    profile = path.split("/")[0]
    text = (Path(ROOT) / "examples" / path).read_text(encoding="utf-8")
    assert [f.rule for f in lint_text(text, profile, select=["bilingual"])] == expected


def test_time_in_words_after_the_clock_word():
    """"klockan tolv" is 12:00; a range in words gives both ends; "illalla" / "på
    kvällen" put an hour before 12 in the evening; a number word without the clock
    word is no time."""
    from kommunlint.detect.facts import extract

    def times(text):
        return [f.key for f in extract(text) if f.kind == "time"]

    assert times("Julfest onsdag klockan tolv.") == ["12:00"]
    assert times("Öppet klockan nio till fjorton.") == ["09:00", "14:00"]
    assert times("Tilaisuus alkaa kello kuusi illalla.") == ["18:00"]
    assert times("Konsert klockan sju på kvällen.") == ["19:00"]
    assert times("Kello yksitoista alkaa opastus.") == ["11:00"]
    assert times("Vi har tolv platser kvar.") == []


def _pieces(text, profile="hango"):
    """The language pieces of ``text`` as ``(language, piece text)``."""
    from kommunlint.detect import Analysis
    from kommunlint.detect.language import split_versions
    from kommunlint.post import parse_post
    from kommunlint.profile import load_profile

    post = parse_post(text, "x.txt", {"account": "official"})
    return [(p.lang, p.text) for p in split_versions(Analysis(post, load_profile(profile)), ("sv", "fi")).pieces]


def test_a_price_per_unit_is_not_two_versions_side_by_side():
    # "30 € / vuxen" reads "per adult": the unit stays in its sentence and language
    sv = _pieces("Inträde 12 € / vuxen, 6 € / barn under sju år.\n\nLiput 12 € / aikuinen, 6 € / lapsi.\n")
    assert sv == [("sv", "Inträde 12 € / vuxen, 6 € / barn under sju år."), ("fi", "Liput 12 € / aikuinen, 6 € / lapsi.")]
    fi = _pieces("Satamamaksu 25 euroa / vrk, sähkö 5 € / vrk.\n\nHamnavgiften 25 euro / dygn, el 5 € / dygn.\n", "kimitoon")
    assert [lang for lang, _ in fi] == ["fi", "sv"]
    # two versions side by side still split, a capital or a figure opening the other side
    assert [lang for lang, _ in _pieces("Inträde 5 € / Pääsymaksu 5 €\n")] == ["sv", "fi"]


def test_finnish_clock_hours_in_cases_are_times():
    def keys(text):
        return [f.key for f in extract(text) if f.kind == "time"]

    # elative "from", illative "till", "noin" between; a smaller second hour is afternoon
    assert keys("kello kahdeksasta noin yhteentoista") == ["08:00", "11:00"]
    assert keys("kello kymmenestä yhteen") == ["10:00", "13:00"]
    assert keys("kello kahdesta neljään iltapäivällä") == ["14:00", "16:00"]
    assert keys("avoinna kello seitsemästä") == ["07:00"]
    assert keys("klockan nio till fjorton") == ["09:00", "14:00"]
    # the part of the day and the hour in one word
    assert keys("aamuneljästä lähtien") == ["04:00"]
    assert keys("auki iltakuuteen asti") == ["18:00"]
    assert keys("aamunkoitto") == []


def test_weekday_abbreviations_listed_before_a_time_are_weekdays():
    def days(text):
        return [f.key for f in extract(text) if f.kind == "weekday"]

    assert days("ma, ke klo 15–20") == ["day1", "day3"]
    assert days("Ma ja pe 9–12") == ["day1", "day5"]
    assert days("må, ons och fre kl. 9–11") == ["day1", "day3", "day5"]
    # an abbreviation-like word with no time after the list is no weekday
    assert days("ma, ke ja to") == []


def test_a_legal_form_after_a_name_is_part_of_the_name():
    from kommunlint.detect.facts import language_words

    def words(text):
        return [text[s:e] for s, e in language_words(text)]

    # (the capitalised first word is taken by default: it may be a word of the sentence)
    assert words("Hitis Byalag rf – evenemangsbidrag 900 €") == ["Hitis", "evenemangsbidrag"]
    assert words("Ullavan Urheilijat ry – toiminta-avustus 600 €") == ["Ullavan", "toiminta-avustus"]
    assert words("Öja byaförening rf – 3 000 €") == ["Öja", "byaförening"]
    # opening the text it is no legal form of a name before it
    assert words("ry on lyhenne") == ["ry", "on", "lyhenne"]


def test_a_date_range_after_weekdays_is_no_opening_hours():
    def kinds(text):
        return [(f.kind, f.key) for f in extract(text)]

    # minutes off the quarter hour and both ends valid dates: a date range
    assert kinds("lördagar 12.10–15.12") == [("weekday", "day6"), ("date", "10-12"), ("date", "12-15")]
    assert kinds("tiistaisin 15.11–20.12") == [("weekday", "day2"), ("date", "11-15"), ("date", "12-20")]
    # opening hours on the quarter hour stay times
    assert kinds("ma–pe 8.15–15.45") == [("weekday", "day1"), ("weekday", "day5"), ("time", "08:15"), ("time", "15:45")]
    assert kinds("lö 10.00–14.30") == [("weekday", "day6"), ("time", "10:00"), ("time", "14:30")]


def test_a_weekday_abbreviation_leading_a_programme_item_is_a_weekday():
    def days(text):
        return [(f.key, f.text, f.start) for f in extract(text) if f.kind == "weekday"]

    assert days("mån – bokloppis i entrén") == [("day1", "mån", 0)]
    assert days("• pe: piirustuspaja") == [("day5", "pe", 2)]  # the day, not the bullet
    # inside a sentence, or without a dash or colon after it, no weekday
    assert days("Vi ses to dess!") == []
    assert days("la kirpputori") == []


def test_hours_listed_after_one_clock_word_and_finnish_hours_at():
    def times(text):
        return [(f.key, f.text) for f in extract(text) if f.kind == "time"]

    assert times("kl. 8, 12 och 16 från hamnen") == [("08:00", "kl. 8"), ("12:00", "12"), ("16:00", "16")]
    assert [k for k, _ in times("klo 9, 11.30 ja 14")] == ["09:00", "11:30", "14:00"]
    # a count after the last number is no hour
    assert [k for k, _ in times("kl. 18 och 20 personer")] == ["18:00"]
    # ablative hours: in a list, after "kello", or before a part of the day
    assert [k for k, _ in times("kahdeksalta, kahdeltatoista ja neljältä iltapäivällä")] == ["08:00", "12:00", "16:00"]
    assert [k for k, _ in times("kuudelta ja yhdeksältä illalla")] == ["18:00", "21:00"]
    assert [k for k, _ in times("yhdeksältä ja kolmelta iltapäivällä")] == ["09:00", "15:00"]
    assert [k for k, _ in times("kello kymmeneltä")] == ["10:00"]
    # alone, "kahdelta" is "from two"
    assert times("palaute kahdelta asukkaalta") == []


def test_a_night_is_keyed_by_the_evening_it_starts():
    from kommunlint.detect.facts import same_day

    def days(text):
        return [f.key for f in extract(text) if f.kind == "weekday"]

    # named by the day after it in Swedish, by the evening in Finnish: the same night
    assert days("natten mot tisdag") == days("maanantaiöisin") == days("måndag natt") == ["night1"]
    assert days("tiistain vastaisena yönä") == days("måndagsnatten") == ["night1"]
    assert days("natten mot måndag") == ["night7"]
    assert days("på måndag") == ["day1"]
    # a night is met by either of its days, a day by the nights beside it
    assert set(same_day("night4")) == {"night4", "day4", "day5"}
    assert set(same_day("day1")) == {"day1", "night1", "night7"}


@pytest.mark.parametrize("pointer, heading", [
    ("Mer info: kokkola.fi/asiointi", "Servicepunktens öppettider: kokkola.fi/asiointi"),
    ("Läs mer: hanko.fi/badet", "Badstrandens nya brygga: hanko.fi/badet"),
])
def test_a_pointer_line_is_no_version_but_a_headings_line_is_a_stub(pointer, heading):
    """A label that points elsewhere with a link ("Mer info: ...") tells where to read,
    not what the notice says: missing-language. A heading's words with a link are a
    short version: unbalanced (Language Act 423/2003 § 32: the same information)."""
    body = ("Kaupungintalon asiointipiste on avoinna poikkeuksellisesti vain klo 9–12 perjantaina 28.11. "
            "Kiireellisissä asioissa soita vaihteeseen 06 828 9111.\n\n")
    for last, rule_id in ((pointer, "bilingual/missing-language"), (heading, None)):
        rules = {f.rule for f in lint_text(body + last, "karleby", select=["bilingual"], account="official")
                 if f.severity != "info"}
        if rule_id:
            assert rule_id in rules and "bilingual/unbalanced" not in rules, (last, rules)
        else:
            assert "bilingual/missing-language" not in rules, (last, rules)
