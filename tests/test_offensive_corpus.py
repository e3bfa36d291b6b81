"""offensive/* on clean text at corpus scale (skipped without ../shared/corpora).

Talbanken (Swedish news/nonfiction) and the Swedish and Finnish PUD sentences hold
no offensive language except a few quoted uses; every place name, surname and
everyday word that contains a swear word's letters must stay quiet.
"""

from __future__ import annotations

import csv

import pytest

from conftest import needs_corpus
from kommunlint.detect.offensive.matcher import scan_text
from kommunlint.segment import paragraphs, sentences


def _scan(text: str, lang: str):
    paras = paragraphs(text)
    return scan_text(text, sentences(text, paras), paras, ("sv", "fi", "en"), lambda offset, c: lang)


def _errors(lines, lang):
    found = []
    for line in lines:
        found += [(h.term, line[h.start : h.end]) for h in _scan(line, lang) if h.sureness >= 1 and h.context == "use"]
    return found


@pytest.mark.corpus
def test_talbanken_is_clean():
    path = needs_corpus("ud_swedish_talbanken", "sv_sentences.txt")
    found = _errors(path.read_text(encoding="utf-8").splitlines(), "sv")
    # The one known hit is a real swear word: "så fan heller".
    assert found == [("fan", "fan")]


@pytest.mark.corpus
@pytest.mark.parametrize("lang, allowed", [("sv", {"idiot"}), ("fi", set())])
def test_pud_is_clean(lang, allowed):
    path = needs_corpus("ud_pud_sv_fi_parallel", "sv_fi_en_parallel.tsv")
    with open(path, encoding="utf-8", newline="") as handle:
        lines = [row[lang] for row in csv.DictReader(handle, delimiter="\t")]
    found = _errors(lines, lang)
    # PUD sv quotes a politician's "(idiot)" and "den mest idiotiska situation": real uses.
    assert {term for term, _ in found} <= allowed and len(found) <= 2


@pytest.mark.corpus
def test_finnish_names_are_not_offensive():
    path = needs_corpus("fi_names_dvv", "fi_people_names_dvv2016.tsv")
    # The 8,000 commonest first names and surnames (the file is sorted by count per type).
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8-sig").splitlines()[1:] if line]
    names = [row[0] for row in rows][:8000]
    hits = [n for n in names if _scan(f"Tervetuloa {n} kirjastoon ja kiitos.", "fi")]
    assert len(hits) <= len(names) // 500, hits[:20]
