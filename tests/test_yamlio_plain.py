"""The plain front-matter path of kommunlint/yamlio.py: a block of ``key: word`` lines is
read without PyYAML, to exactly what PyYAML reads it to (data, types, key order, lines);
anything else is left to PyYAML, errors included."""

from __future__ import annotations

import itertools

import pytest

from kommunlint import yamlio
from kommunlint.errors import ProfileError


def _by_yaml(text: str):
    """What load_yaml_with_lines gives through PyYAML (the plain path turned off)."""
    plain = yamlio._plain_mapping
    yamlio._plain_mapping = lambda text: None
    try:
        return yamlio.load_yaml_with_lines(text, "post.md")
    finally:
        yamlio._plain_mapping = plain


KEYS = ["profile", "account", "kind", "lang", "a-b_c", "x1", "on", "Null", "y", "ÅÄ", "k "]
VALUES = ["hango", "official", "personal", "Hangö", "kokkola", "a-", "x_2", "yes", "No", "OFF", "null", "n", "y",
          "2026-01-01", "12", "0x1f", "1e3", ".inf", "~", "'sv'", "[sv, fi]", "a#b", "a #b", "*ref", "&a x", "!tag x",
          "a: b", "ⅻ", "ǅemal", "a\u00a0b", "ą²", "b\r", "a\tb", "", " "]


@pytest.mark.parametrize("key,value", list(itertools.product(KEYS, VALUES)))
def test_one_line_reads_as_pyyaml_reads_it(key, value):
    text = f"{key}: {value}\n"
    plain = yamlio._plain_mapping(text)
    try:
        expected = _by_yaml(text)
    except ProfileError:
        assert plain is None  # PyYAML reports it: so must the plain path, by leaving it to PyYAML
        return
    if plain is not None:
        assert plain == expected
        assert [type(k) for k in plain[0]] == [type(k) for k in expected[0]]
        assert [type(v) for v in plain[0].values()] == [type(v) for v in expected[0].values()]


def test_several_lines_keep_their_order_and_line_numbers():
    text = "profile: hango\n\naccount: official\nkind:   post  \n"
    assert yamlio._plain_mapping(text) is not None  # read without PyYAML
    plain = yamlio.load_yaml_with_lines(text, "post.md")
    assert plain == ({"profile": "hango", "account": "official", "kind": "post"},
                     {("profile",): 1, ("account",): 3, ("kind",): 4})
    assert list(plain[0]) == ["profile", "account", "kind"]
    assert plain == _by_yaml(text)


@pytest.mark.parametrize("text", [
    "profile: hango\nprofile: vaasa\n",  # a repeated key: PyYAML's error names both lines
    "profile: hango\n  account: official\n",  # indentation
    "languages:\n  - sv\n  - fi\n",  # a list
    "profile: hango # the town\n",  # a comment
    "profile: hango\r\naccount: official\r\n",  # CR LF
    "profile:hango\n",  # no space after the colon: a plain scalar, not a mapping
    "\n\n",  # no key: PyYAML reads None
    "---\nprofile: hango\n",
])
def test_anything_else_is_left_to_pyyaml(text):
    assert yamlio._plain_mapping(text) is None


def test_a_repeated_key_is_still_reported_with_its_lines():
    with pytest.raises(ProfileError) as caught:
        yamlio.load_yaml_with_lines("profile: hango\naccount: official\nprofile: vaasa\n", "post.md")
    assert caught.value.key == "yaml-duplicate-key" and caught.value.line == 3
    assert caught.value.args_["first"] == 1
