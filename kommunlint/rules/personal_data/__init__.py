"""Personal-data rules (``personal-data/*``), one module per rule.

Each reads one detector of :mod:`kommunlint.detect` through ``ctx.analysis`` and
decides what to report. Every problem carries ``pii=<kind>``, so reports mask the
matched text and ``kommunlint redact`` replaces it.

Source common to all: GDPR art. 4(1) (information relating to an identified or
identifiable person); the profiles cite each municipality's privacy clause.
"""

from .bank_account import bank_account
from .email import email
from .national_id import national_id
from .person_name import person_name
from .phone import phone
from .sensitive import sensitive
from .street_address import street_address
from .vehicle_plate import vehicle_plate

RULES = [national_id, phone, email, bank_account, vehicle_plate, street_address, person_name, sensitive]
