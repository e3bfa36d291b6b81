"""``plain-language/*`` rules: readability and officialese.

Source: Hangö's memory list "Använd ett gott allmänspråk – glöm högtravande och tungt
tjänstemannaspråk"; Vimmerby "lätt och ledigt språk"; språklagen (2009:600) 11 §;
hallintolaki (434/2003) 9 §.
"""

from .officialese import officialese
from .readability import readability

RULES = [readability, officialese]
