"""PLACEHOLDER: rules declared, not yet implemented (being built now)."""

from .. import rule

@rule("personal-data/national-id", severity="error")
def _national_id(post, ctx):
    return iter(())

@rule("personal-data/phone", severity="warning")
def _phone(post, ctx):
    return iter(())

@rule("personal-data/email", severity="warning")
def _email(post, ctx):
    return iter(())

@rule("personal-data/bank-account", severity="error")
def _bank_account(post, ctx):
    return iter(())

@rule("personal-data/vehicle-plate", severity="warning")
def _vehicle_plate(post, ctx):
    return iter(())

@rule("personal-data/street-address", severity="warning")
def _street_address(post, ctx):
    return iter(())

@rule("personal-data/person-name", severity="warning")
def _person_name(post, ctx):
    return iter(())

@rule("personal-data/sensitive", severity="error")
def _sensitive(post, ctx):
    return iter(())

RULES = [_national_id, _phone, _email, _bank_account, _vehicle_plate, _street_address, _person_name, _sensitive]
