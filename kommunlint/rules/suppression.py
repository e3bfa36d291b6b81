"""PLACEHOLDER: rules declared, not yet implemented (being built now)."""

from . import rule

@rule("suppression/missing-reason", severity="warning")
def _missing_reason(post, ctx):
    return iter(())

RULES = [_missing_reason]
