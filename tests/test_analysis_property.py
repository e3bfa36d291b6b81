"""The lock-free cached_property of kommunlint/detect/__init__.py behaves as functools'
for the per-post Analysis: computed once on first access, kept in the instance, an
exception kept nowhere."""

from __future__ import annotations

import pytest

from kommunlint.detect import Analysis, cached_property


class _Counted:
    def __init__(self) -> None:
        self.calls = 0
        self.fail = False

    @cached_property
    def value(self) -> int:
        """A value counted."""
        self.calls += 1
        if self.fail:
            raise ValueError("not now")
        return 41 + self.calls


def test_computed_once_and_kept_in_the_instance():
    first, second = _Counted(), _Counted()
    assert first.value == 42 and first.value == 42 and first.calls == 1
    assert first.__dict__["value"] == 42
    assert second.calls == 0  # each instance its own
    assert _Counted.value.__doc__ == "A value counted." and isinstance(_Counted.value, cached_property)


def test_an_exception_is_not_kept():
    counted = _Counted()
    counted.fail = True
    with pytest.raises(ValueError):
        counted.value
    assert "value" not in counted.__dict__
    counted.fail = False
    assert counted.value == 43 and counted.calls == 2


def test_the_analysis_computes_a_detector_once():
    from kommunlint.post import parse_post
    from kommunlint.profile import load_profile

    analysis = Analysis(parse_post("Ring 040-123 45 67 eller se https://example.org.\n", "post.txt", {}), load_profile("base"))
    urls = analysis.urls
    assert urls and analysis.urls is urls and analysis.__dict__["urls"] is urls
