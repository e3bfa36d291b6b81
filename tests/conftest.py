"""Shared test helpers.

``lint_text(text, profile="base", **meta)`` lints a string and returns the findings;
``SHARED`` is ../shared beside the checkout (corpus tests skip when it is absent).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kommunlint.linter import Options, lint
from kommunlint.post import parse_post
from kommunlint.profile import load_profile

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KOMMUNLINT_SHARED", ROOT.parent / "shared"))
CORPORA = SHARED / "corpora"


def lint_text(text: str, profile: str = "base", *, select=None, lang: str = "sv", show_pii: bool = False, **meta):
    """Lint ``text`` as a post with front-matter-like ``meta`` (account=, kind=, ...)."""
    post = parse_post(text, "post.txt", meta)
    options = Options(lang=lang, select=list(select or []), show_pii=show_pii)
    return lint(post, load_profile(profile), options).findings


def offensive_found(text: str, lang: str, severities=("warning", "error")) -> set[tuple[str, int, int]]:
    """(rule id, line, column) of every ``offensive/*`` finding of ``severities`` on
    ``text`` (profile ``hango``: Swedish and Finnish), messages in ``lang``."""
    problems = lint_text(text, "hango", select=["offensive"], lang=lang)
    return {(f.rule, f.line, f.column) for f in problems if f.severity in severities}


def offensive_columns(text: str, lang: str, rule_id: str = "offensive/threat") -> set[int]:
    """The 1-based columns of ``rule_id``'s :func:`offensive_found` findings on the
    text's first line."""
    return {col for rule, line, col in offensive_found(text, lang) if rule == rule_id and line == 1}


def offensive_rules(text: str, lang: str) -> set[str]:
    """Rule ids of :func:`offensive_found` (warning or error) on ``text``."""
    return {rule for rule, _, _ in offensive_found(text, lang)}


def rule_hits(findings, rule_id: str):
    """The findings of one rule."""
    return [f for f in findings if f.rule == rule_id]


def needs_corpus(*parts: str) -> Path:
    """Path under ../shared/corpora; skips the test when it is absent."""
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path
