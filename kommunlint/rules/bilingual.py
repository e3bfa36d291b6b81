"""PLACEHOLDER: rules declared, not yet implemented (being built now)."""

from . import rule

@rule("bilingual/missing-language", severity="warning")
def _missing_language(post, ctx):
    return iter(())

@rule("bilingual/unbalanced", severity="warning")
def _unbalanced(post, ctx):
    return iter(())

RULES = [_missing_language, _unbalanced]
