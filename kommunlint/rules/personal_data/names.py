"""Name lists for ``personal-data/person-name``, loaded once on first use.

- Finnish first names and surnames: DVV (Digi- ja väestötietovirasto) name statistics
  2016, CC BY 4.0, trimmed copies ``fi_first_names.txt`` / ``fi_surnames.txt`` (see SOURCE.md).
  They include Swedish-language names common in Finland (Lindholm, Johansson).
- Swedish first names and surnames: the ``faker`` package's ``sv_SE`` person provider
  (Isof first-name statistics 2023 top 500 per gender, Skatteverket surname statistics
  2025 top 500), imported lazily since it is only needed here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

#: Endings that make a capitalised word a likely surname even when it is not listed.
SURNAME_ENDINGS: tuple[str, ...] = (
    "sson", "son", "berg", "ström", "lund", "qvist", "kvist", "gren", "holm", "strand", "blad", "dahl",
    "stedt", "stam", "backa", "bäck", "nen", "mäki", "niemi", "salo", "lahti", "järvi", "vaara", "koski",
)


def _package_list(name: str) -> set[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


def _faker_names() -> tuple[set[str], set[str]]:
    try:
        from faker.providers.person.fi_FI import Provider as FiProvider
        from faker.providers.person.sv_SE import Provider as SvProvider
    except ImportError:  # faker is a dependency; without it only the DVV lists are used
        return set(), set()
    first = set(SvProvider.first_names_female) | set(SvProvider.first_names_male) | set(FiProvider.first_names)
    last = set(SvProvider.last_names) | set(FiProvider.last_names)
    return first, last


@lru_cache(maxsize=None)
def first_names() -> frozenset[str]:
    """Known first names (Finnish DVV + Swedish Isof via faker), as written (capitalised)."""
    return frozenset(_package_list("fi_first_names.txt") | _faker_names()[0])


@lru_cache(maxsize=None)
def surnames() -> frozenset[str]:
    """Known surnames (Finnish DVV + Swedish Skatteverket via faker), as written."""
    return frozenset(_package_list("fi_surnames.txt") | _faker_names()[1])


def is_first_name(word: str) -> bool:
    """True when ``word`` (or each part of a hyphenated name) is a known first name."""
    return all(part in first_names() for part in word.split("-"))


_FI_CASE = re.compile(r"(?:n|lle|lla|lta|ssa|sta|a|ä|lle|ksi)$")
_FI_NEN = re.compile(r"s(?:en|elle|ella|elta|essa|esta|eksi|ta|tä)$")


def _base_forms(word: str) -> set[str]:
    """``word`` and its likely nominative when it carries a Finnish case ending
    (Virtasen, Virtaselle → Virtanen; Koskelan → Koskela)."""
    forms = {word, _FI_CASE.sub("", word)}
    if _FI_NEN.search(word):
        forms.add(_FI_NEN.sub("nen", word))
    return forms


def is_surname(word: str) -> bool:
    """True when ``word`` (or its Finnish nominative) is a known surname or ends like one
    (-sson, -berg, -nen ...)."""
    return any(form in surnames() for form in _base_forms(word)) or all(p in surnames() for p in word.split("-")) or (
        len(word) > 5 and word.lower().endswith(SURNAME_ENDINGS)
    )
