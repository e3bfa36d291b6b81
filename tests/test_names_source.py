"""The Swedish name lists read from faker's source equal faker's own provider data."""

import pytest

from kommunlint.detect import names


@pytest.mark.parametrize("locale", ["sv_SE", "fi_FI"])
def test_provider_source_reading_matches_faker(locale):
    faker_module = pytest.importorskip(f"faker.providers.person.{locale}")
    read = names._provider_literals(locale)
    assert read is not None
    for field in ("first_names_female", "first_names_male", "last_names"):
        assert set(read[field]) == set(getattr(faker_module.Provider, field)), field


def test_swedish_names_are_known():
    assert names.is_first_name("Agnes") and names.is_surname("Lindqvist")
    assert names.is_first_name("Aino") and names.is_surname("Virtasen")
