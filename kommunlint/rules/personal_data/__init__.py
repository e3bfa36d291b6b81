"""Personal-data rules (``personal-data/*``): one module per rule.

- :mod:`.national_id` – Swedish personnummer/samordningsnummer, Finnish henkilötunnus
- :mod:`.phone` – private phone numbers
- :mod:`.email` – addresses outside the municipality's domains
- :mod:`.bank_account` – IBANs and Swedish accounts with clearing number
- :mod:`.vehicle_plate` – registration plates in vehicle context
- :mod:`.street_address` – home addresses (public venues excepted)
- :mod:`.person_name` – names of private persons (name lists in :mod:`.names`)
- :mod:`.sensitive` – GDPR art. 9/10 data tied to a person

Shared per-post work (which number is what, the signature, URLs) is in
:mod:`.context`, cached in ``ctx.state``. Every problem these rules yield carries
``pii=<kind>``, so reports mask the matched text and ``kommunlint redact`` replaces it.
"""

from .bank_account import check as bank_account
from .email import check as email
from .national_id import check as national_id
from .person_name import check as person_name
from .phone import check as phone
from .sensitive import check as sensitive
from .street_address import check as street_address
from .vehicle_plate import check as vehicle_plate

RULES = [national_id, phone, email, bank_account, vehicle_plate, street_address, person_name, sensitive]
