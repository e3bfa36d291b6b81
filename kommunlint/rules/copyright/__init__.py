"""``copyright/*`` rules: reused material without a credit.

Source: Kimitoön and Hangö punkt 4 "Beakta upphovsrättslagen"; Hangö punkt 4 "Ladda
inte upp bilder utan lov"; Norsjö 4.10 e; Vimmerby "upphovsrättsintrång ... 5 kap.
upphovsrättslagen"; upphovsrättslagen (1960:729), tekijänoikeuslaki (404/1961).
"""

from .missing_credit import missing_credit

RULES = [missing_credit]
