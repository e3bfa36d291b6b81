"""``links/*`` rules: links a reader should not be sent to blind.

Source: Karleby "Filer och länkar som innehåller virus förekommer även på de sociala
medierna"; Hangö punkt 8 "dataskydd och -säkerhet".
"""

from .insecure import insecure

RULES = [insecure]
