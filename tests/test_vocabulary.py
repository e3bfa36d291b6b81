"""The detectors' vocabularies (detect/data/*.yaml): the fast loader used at run time
reads every file exactly as the checking loader does (no alias, no duplicate key)."""

from __future__ import annotations

from importlib import resources

import pytest

from kommunlint.detect import vocabulary

NAMES = sorted(p.name[:-5] for p in resources.files("kommunlint.detect").joinpath("data").iterdir() if p.name.endswith(".yaml"))


def test_there_are_vocabularies():
    assert {"titles", "confidential", "sensitive_terms"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_fast_and_checking_loader_agree(name):
    assert vocabulary.load(name) == vocabulary.load_strict(name)


def test_checking_loader_refuses_a_duplicate_key(tmp_path):
    from kommunlint.errors import ProfileError
    from kommunlint.yamlio import load_yaml_text

    with pytest.raises(ProfileError) as caught:
        load_yaml_text("words:\n  - a\nwords:\n  - b\n", "dup.yaml")
    assert caught.value.key == "yaml-duplicate-key" and caught.value.line == 3
