"""kommunlint: a pre-publish linter for the social-media posts of Nordic municipalities.

It checks a draft post against a municipality's social-media guideline (a *profile*)
and reports every *finding* with the guideline *clause* it breaks, quoted verbatim.
"""

__version__ = "0.1.0"

from . import recache as _recache

# Before any of kommunlint's modules defines a dataclass (see recache.cache_dataclass_code).
_recache.cache_dataclass_code()
