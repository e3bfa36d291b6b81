"""Work skipped for a post that cannot need it (issue 15), and proof that skipping it
changes nothing: each pre-filter is checked against the component it stands in front of.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import phonenumbers
import pytest
from phonenumbers import PhoneMetadata, phonenumberutil

from kommunlint.detect import phone

ROOT = Path(__file__).resolve().parent.parent


# -- phone numbers: phonenumbers only where a run of digits could be one -----------------
def test_number_punctuation_is_phonenumbers_own():
    assert phone._NUMBER_PUNCTUATION == phonenumberutil._VALID_PUNCTUATION


def test_shortest_valid_number_has_at_least_min_digits():
    shortest = []
    for region in ("SE", "FI"):  # national format, read in the profile's regions
        lengths = PhoneMetadata.metadata_for_region(region).general_desc.possible_length
        shortest.append(min(n for n in lengths if n > 0))
    for region in phonenumbers.SUPPORTED_REGIONS:  # international format: +CC and the number
        metadata = PhoneMetadata.metadata_for_region(region)
        lengths = [n for n in metadata.general_desc.possible_length or () if n > 0]
        if lengths:
            shortest.append(len(str(metadata.country_code)) + min(lengths))
    assert min(shortest) >= phone.MIN_NUMBER_DIGITS


@pytest.mark.parametrize("text", [
    "Ring 070-123 45 67 i dag", "puh. 040 1234567", "Tel +46 (0)8 123 456", "Soita 09 310 1691.",
    "nro 0295 16001", "+358 40 123 4567", "ring 08–123\u00a045\u00a067",
    "0701234567", "(040) 123-4567", "070 - 12 34 567",
])
def test_numbers_pass_the_filter(text):
    assert phone.may_hold_number(text)
    assert any(True for region in ("SE", "FI") for _ in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID))


@pytest.mark.parametrize("text", [
    "Mötet är 2024 i sal 12.", "Kello 14.30 alkaen", "Vuonna 1998 ja 2003", "Sidan 12–14, 3 st.",
    "Inga siffror alls.", "år 1999, 2000 och 2001",
])
def test_text_without_a_long_digit_run_is_filtered(text):
    assert not phone.may_hold_number(text)


def test_filter_never_hides_a_number_phonenumbers_finds():
    # Random digit, separator and letter soup: whatever the matcher accepts, the filter passes.
    rng = random.Random(15)
    pieces = list("0123456789") * 3 + [" ", "-", ".", "/", "(", ")", "+", "x", "a", "\n", "–", "\u00a0"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(3, 18)))
        found = [m for region in ("SE", "FI") for m in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)]
        if found:
            assert phone.may_hold_number(text), text


def _modules_after_check(post: str, tmp_path: Path) -> tuple[set[str], list[dict]]:
    """The modules a ``kommunlint check --format json`` of ``post`` imported, and its findings."""
    path = tmp_path / "post.md"
    path.write_text(post, encoding="utf-8")
    code = (
        "import sys; from kommunlint.cli import main\n"
        "sys.argv = ['kommunlint', 'check', '--format', 'json', sys.argv[1]]\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)"
    )
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "KOMMUNLINT_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env, cwd=tmp_path)
    findings = [f for result in json.loads(done.stdout)["files"] for f in result["findings"]]
    return set(done.stderr.split()), findings


def test_post_without_number_never_imports_phonenumbers(tmp_path):
    modules, _ = _modules_after_check("---\nprofile: hango\n---\nVi ses på torget år 2025 kl. 14.\n\nAnna Berg, kommunikatör\n", tmp_path)
    assert "kommunlint.detect.phone" in modules  # the rule ran
    assert "phonenumbers" not in modules


def test_post_with_number_still_reports_it(tmp_path):
    modules, findings = _modules_after_check("---\nprofile: hango\n---\nRing min granne på 070-123 45 67.\n", tmp_path)
    assert "phonenumbers" in modules
    phones = [f for f in findings if f["rule"] == "personal-data/phone"]
    assert [(f["line"], f["column"]) for f in phones] == [(4, 20)]


# -- front matter: a block read once per run ------------------------------------------
def test_repeated_front_matter_gives_each_post_its_own_copy():
    from kommunlint.post import parse_post

    raw = "---\nprofile: hango\nlanguages: [sv, fi]\naccount: personal\n---\nHej.\n"
    first = parse_post(raw, "a.md")
    first.meta["languages"].append("en")
    first.meta["profile"] = "karleby"
    second = parse_post(raw, "b.md", overrides={"profile": "kimitoon"})
    third = parse_post(raw, "c.md")
    assert second.meta == {"profile": "kimitoon", "languages": ["sv", "fi"], "account": "personal"}
    assert third.meta == {"profile": "hango", "languages": ["sv", "fi"], "account": "personal"}
    assert third.meta_lines == {"profile": 2, "languages": 3, "account": 4}


def test_a_bad_front_matter_names_each_file_that_has_it():
    from kommunlint.errors import InputError
    from kommunlint.post import parse_post

    raw = "---\nprofile: hango\ncolour: blue\n---\nHej.\n"
    for path in ("a.md", "b.md"):
        with pytest.raises(InputError) as caught:
            parse_post(raw, path)
        assert caught.value.key == "front-matter-key" and caught.value.path == path and caught.value.line == 3
