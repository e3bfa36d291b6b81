"""personal-data/national-id: Swedish personnummer/samordningsnummer and Finnish HETU."""

import json
import random

import pytest

from conftest import lint_text, needs_corpus, rule_hits

RULE = "personal-data/national-id"


def ids(text, profile="base", **kw):
    return rule_hits(lint_text(text, profile, select=[RULE], **kw), RULE)


@pytest.mark.parametrize("number", ["811218-9876", "19811218-9876", "198112189876", "8112189876"])
def test_swedish_personnummer_forms_are_errors(number):
    found = ids(f"Hans personnummer är {number}, tack.")
    assert [(f.line, f.column, f.severity) for f in found] == [(1, 22, "error")]
    assert found[0].message.startswith("Personnummer eller samordningsnummer ")
    assert "9876" not in found[0].message and "8112" not in found[0].message  # no date of birth either
    assert "[personnummer]" in found[0].message


def test_samordningsnummer_day_plus_60_is_found():
    found = ids("Samordningsnummer 701063-2391 gäller.")
    assert len(found) == 1 and found[0].severity == "error" and found[0].column == 19


def test_samordningsnummer_with_unknown_month_or_day():
    # Skatteverket test numbers: month 00; day 60 (= unknown); day 91 in April.
    assert [f.severity for f in ids("Nr 19150072-2390, 19180660-2395 och 19200491-2388.")] == ["error"] * 3
    assert [f.severity for f in ids("Nr 19150072-2391")] == ["info"]


def test_plus_separator_means_a_hundred_years():
    # 121212+1212 is born 1912; with "-" the same digits are born 2012: both valid.
    assert ids("nummer 121212+1212")[0].severity == "error"
    # 12 digits with "+" for someone younger than 100 is inconsistent: at most info.
    assert [f.severity for f in ids("nummer 20121212+1212")] == ["info"]


def test_bad_check_digit_is_info_unless_called_an_id():
    found = ids("Numret 811218-9875 i texten.")
    assert [(f.severity, f.column) for f in found] == [("info", 8)]
    assert "kontrollsiffran" in found[0].message
    # Called a personnummer, a mistyped id still gives away the birth date: an error.
    labelled = ids("Personnummer 811218-9875 i texten.")
    assert [(f.severity, f.column) for f in labelled] == [("error", 14)]


def test_impossible_date_is_not_an_id():
    assert ids("Kod 811232-9876 och 811318-9876.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Mötet hålls 2024-05-12 och 12.5.2024.",
        "Dnr KS 2023/145 behandlas i kommunstyrelsen.",
        "Betala med OCR 8112189876 senast fredag.",
        "Fakturanummer 811218-9876 gäller hyran.",
        "Organisationsnummer 212000-0688.",
        "Läs mer på https://www.vimmerby.se/nyheter/8112189876/ nu.",
        "Ring 0701234567 om du har frågor.",
        "Y-tunnus 0201256-6, viitenumero 131052-308T.",
    ],
)
def test_not_national_ids(text):
    assert ids(text) == []


def test_bare_ten_digits_starting_with_0_are_phones_unless_called_personnummer():
    assert ids("Ring 0405019985 i morgon.") == []
    assert [(f.severity, f.column) for f in ids("Mitt pnr 0405019985 i morgon.")] == [("error", 10)]


@pytest.mark.parametrize("hetu", ["131052-308T", "131052+308T", "010594Y9032", "020594X903P", "010516B903X", "030516D9037"])
def test_valid_hetu_including_2023_century_signs(hetu):
    found = ids(f"Henkilötunnukseni on {hetu}.", lang="fi")
    assert [(f.severity, f.column) for f in found] == [("error", 22)]
    assert found[0].message == "Henkilötunnusta [henkilötunnus] ei saa julkaista."


def test_hetu_with_wrong_check_character_is_info_unless_called_an_id():
    found = ids("Numero 131052-308U", lang="fi")
    assert [f.severity for f in found] == ["info"]
    assert [f.severity for f in ids("Hetu 131052-308U", lang="fi")] == ["error"]


def test_hetu_with_impossible_or_future_date_is_ignored():
    # 31 February; day 32; 2052 (sign A) is in the future.
    assert ids("Koodi 310252-308Y ja 321052-308T ja 131052A308T.") == []


def test_masked_in_message_and_excerpt_unless_show_pii():
    found = ids("Pnr 811218-9876.")
    assert found[0].excerpt == "[personnummer]"
    assert ids("Pnr 811218-9876.", show_pii=True)[0].excerpt == "811218-9876"


def _ten_digit(pin: str) -> str:
    import datetime

    # Samordningsnummer may have month 00 or day 60 (unknown) or a day past the month's end.
    year, month, day = int(pin[:4]), int(pin[4:6]) or 1, (int(pin[6:8]) % 60) or 1
    today = datetime.date.today()
    age = today.year - year - ((today.month, today.day) < (month, day))
    return pin[2:8] + ("+" if age >= 100 else "-") + pin[8:]


@pytest.mark.corpus
def test_skatteverket_test_numbers_are_all_found_in_sentences():
    folder = needs_corpus("se_test_personnummer")
    pins = json.loads((folder / "allPins.json").read_text())
    coords = json.loads((folder / "allCoords.json").read_text())
    sample = random.Random(7).sample(pins, 600) + coords
    for i in range(0, len(sample), 40):
        chunk = sample[i : i + 40]
        lines = []
        for j, pin in enumerate(chunk):
            form = pin if j % 2 else _ten_digit(pin)
            lines.append(f"Invånaren uppgav personnummer {form} i sitt meddelande.")
        found = ids("\n".join(lines))
        assert [(f.line, f.severity) for f in found] == [(n + 1, "error") for n in range(len(chunk))], chunk


@pytest.mark.corpus
def test_invalid_numbers_of_list_json_are_not_errors():
    folder = needs_corpus("se_test_personnummer", "list.json")
    cases = json.loads(folder.read_text())
    for case in cases:
        for key in ("long_format", "short_format", "separated_format", "separated_long"):
            found = ids(f"Numret {case[key]} stod i kommentaren.")
            severities = [f.severity for f in found]
            if case["valid"]:
                # A bare 10-digit number starting with 0 is read as a phone number (documented).
                if not (key == "short_format" and case[key].startswith("0")):
                    assert severities == ["error"], (case[key], severities)
            else:
                assert "error" not in severities, (case[key], severities)
