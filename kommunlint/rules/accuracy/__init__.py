"""``accuracy/*`` rules, one module per rule: hearsay and unfilled templates.

Source: Hangö's memory list "Försäkra dig om att alla uppgifter är korrekta innan du
publicerar"; Karleby "Riktig information, inte rykten eller skvaller", "Saklig och
riktig information!"; Kimitoön "Spridande av grundlösa påståenden eller rykten".
"""

from .placeholder import placeholder
from .rumour import rumour

RULES = [rumour, placeholder]
