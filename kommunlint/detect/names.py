"""Name lists for the person-name detector, loaded once on first use.

- Finnish first names and surnames: DVV (Digi- ja väestötietovirasto) name statistics
  2016, CC BY 4.0, trimmed copies ``data/fi_first_names.txt`` / ``data/fi_surnames.txt`` (see data/SOURCE-personal-data.md).
  They include Swedish-language names common in Finland (Lindholm, Johansson).
- Swedish first names and surnames: the ``faker`` package's ``sv_SE`` person provider
  (Isof first-name statistics 2023 top 500 per gender, Skatteverket surname statistics
  2025 top 500), imported lazily since it is only needed here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from .. import recache

#: Endings that make a capitalised word a likely surname even when it is not listed.
SURNAME_ENDINGS: tuple[str, ...] = (
    "sson", "son", "berg", "ström", "lund", "qvist", "kvist", "gren", "holm", "strand", "blad", "dahl",
    "stedt", "stam", "backa", "bäck", "nen", "mäki", "niemi", "salo", "lahti", "järvi", "vaara", "koski",
)


def _package_list(name: str) -> set[str]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    return {line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")}


_FAKER_FIELDS = ("first_names_female", "first_names_male", "first_names", "last_names")


_FIELD = recache.compile(r"^    (\w+) = ", re.M)
_NAME_LITERAL = recache.compile(r"""["']([^"'\n]+)["']""")


def _provider_literals(locale: str) -> dict[str, list[str]] | None:
    """The name lists of faker's ``person/<locale>`` provider, read from its source.

    ``import faker`` costs ~60 ms (its package init scans every locale) and parsing the
    provider with ``ast`` ~50 ms, against ~1 ms to pick the quoted names out of each
    field's block, and this runs on every ``kommunlint check``. The data is the same (a
    test compares it with faker's own attributes); ``None`` when the file is not laid
    out as expected, and the caller then imports faker after all.
    """
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("faker")
    if spec is None or not spec.submodule_search_locations:
        return None
    source = Path(list(spec.submodule_search_locations)[0], "providers", "person", locale, "__init__.py")
    try:
        text = source.read_text(encoding="utf-8")
    except OSError:
        return None
    fields = list(_FIELD.finditer(text))
    found: dict[str, list[str]] = {}
    for field, following in zip(fields, fields[1:] + [None]):
        if field.group(1) in _FAKER_FIELDS:
            block = text[field.end() : following.start() if following else len(text)]
            names = [n for n in _NAME_LITERAL.findall(block) if n[:1].isupper() and "{" not in n]
            if names:
                found[field.group(1)] = names
    if not ("last_names" in found and any(k.startswith("first_names") for k in found)):
        return None
    return found


def _provider_names(locale: str) -> dict[str, object]:
    literals = _provider_literals(locale)
    if literals is not None:
        return literals
    try:  # faker laid out differently: import it after all
        from importlib import import_module

        provider = import_module(f"faker.providers.person.{locale}").Provider
    except ImportError:  # faker is a dependency; without it only the DVV lists are used
        return {}
    return {name: getattr(provider, name) for name in _FAKER_FIELDS if hasattr(provider, name)}


def _faker_names() -> tuple[set[str], set[str]]:
    first: set[str] = set()
    last: set[str] = set()
    for locale in ("sv_SE", "fi_FI"):
        fields = _provider_names(locale)
        for name in ("first_names_female", "first_names_male", "first_names"):
            first |= set(fields.get(name, ()))  # a tuple, or a dict of name -> weight
        last |= set(fields.get("last_names", ()))
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


def is_inflected_first_name(word: str) -> bool:
    """True when ``word`` or a nominative it may be inflected from (Sofian, Onnin,
    Veetille, Eliaksen, Lempiä) is a known first name."""
    return any(is_first_name(form) for form in base_forms(word))


_FI_CASE = recache.compile(r"(?:n|lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|a|ä|ksi|na|nä)$")
_FI_NEN = recache.compile(r"s(?:en|elle|ella|ellä|elta|eltä|essa|essä|esta|estä|eksi|ta|tä|ena|enä)$")
# A Finnish case ending on a name that ends in a consonant takes a linking -i-:
# Lindgrenille, Wickströmin, Westerlundia, Janssonista.
_FI_CASE_AFTER_CONSONANT = recache.compile(r"(?<=[bcdfghjklmnpqrstvwxzß])i(?:n|lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|in|a|ä|ksi|na|nä)$")
# -i names with an -e- stem: Koski → Kosken, Koskea, Koskelle; Heinikoski → Heinikosken.
_FI_E_STEM = recache.compile(r"e(?:n|lle|lla|llä|lta|ltä|ssa|ssä|sta|stä|a|ä|ksi|na|nä)$")


# -s names with a -kse- stem: Elias → Eliaksen, Eliakselle; Tobias → Tobiakselle.
_FI_KSE_STEM = recache.compile(r"kse(?:n|lle|llä|lla|ltä|lta|ssa|ssä|sta|stä|na|nä|ksi)$|ksi(?:a|ä)$")


_WEAK_GRADE = recache.compile(r"^(.*[aeiouyäölnr])([kpt])([aeiouyäö])$")


def base_forms(word: str) -> set[str]:
    """``word`` and the nominatives it may be an inflected form of: a Finnish case
    ending (Virtasen, Virtaselle → Virtanen; Koskelan → Koskela; Lindgrenille,
    Wickströmin → Lindgren, Wickström; Heinikosken → Heinikoski; Kovalenkon →
    Kovalenko, with consonant gradation: Pekalle → Pekka) or the Swedish genitive -s
    (Lindgrens → Lindgren)."""
    forms = {word}
    if len(word) < 4:
        return forms
    stem = _FI_CASE.sub("", word)
    forms.add(stem)
    # Consonant gradation: the weak grade of a doubled k, p or t before the case ending
    # (Pekalle, Matin, Antille → Pekka, Matti, Antti).
    graded = _WEAK_GRADE.match(stem)
    if graded and stem != word:
        forms.add(graded.group(1) + graded.group(2) * 2 + graded.group(3))
    if _FI_NEN.search(word):
        forms.add(_FI_NEN.sub("nen", word))
    if _FI_CASE_AFTER_CONSONANT.search(word):
        forms.add(_FI_CASE_AFTER_CONSONANT.sub("", word))
    if _FI_E_STEM.search(word):
        forms.add(_FI_E_STEM.sub("i", word))
    if _FI_KSE_STEM.search(word):
        forms.add(_FI_KSE_STEM.sub("s", word))
    if word.endswith("s") and not word.endswith(("ss", "us", "is", "as", "os", "ys", "ös")):
        forms.add(word[:-1])
    forms.discard("")
    return forms


def is_known_surname(word: str) -> bool:
    """True when ``word`` or a nominative it may be inflected from is a listed surname
    (no guessing from the ending)."""
    return any(form in surnames() for form in base_forms(word)) or all(p in surnames() for p in word.split("-"))


def is_surname(word: str) -> bool:
    """True when ``word`` (or its nominative: Finnish case, Swedish genitive) is a known
    surname or ends like one (-sson, -berg, -nen ...)."""
    if is_known_surname(word):
        return True
    return len(word) > 5 and any(form.lower().endswith(SURNAME_ENDINGS) for form in base_forms(word) if len(form) > 5)
