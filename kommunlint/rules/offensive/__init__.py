"""PLACEHOLDER: rules declared, not yet implemented (being built now)."""

from .. import rule

@rule("offensive/profanity", severity="error")
def _profanity(post, ctx):
    return iter(())

@rule("offensive/insult", severity="error")
def _insult(post, ctx):
    return iter(())

@rule("offensive/threat", severity="error")
def _threat(post, ctx):
    return iter(())

@rule("offensive/hate-speech", severity="error")
def _hate_speech(post, ctx):
    return iter(())

@rule("offensive/sexual", severity="error")
def _sexual(post, ctx):
    return iter(())

@rule("offensive/incitement", severity="error")
def _incitement(post, ctx):
    return iter(())

RULES = [_profanity, _insult, _threat, _hate_speech, _sexual, _incitement]
