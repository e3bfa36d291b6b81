"""``tone/*`` rules, one module per rule: shouting and accusations.

Source: Kimitoön "Bete dig vänligt", "Undvik att provocera ... undvik att anklaga andra",
"Ogrundad kritik och falska anklagelser"; Hangö punkt 5 "anklagelser mot andra
diskussionsdeltagare" and the memory list "uppför dig väl"; Karleby "välj en ton som
passar situationen och din roll", "De smutskastar inte staden eller dess anställda";
Norsjö 4.10 a "förtal".
"""

from .accusation import accusation
from .shouting import shouting

RULES = [shouting, accusation]
