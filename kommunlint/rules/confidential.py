"""``confidential/marker``: secrecy and classification markers in a post.

Sources: Kimitoön "Sprid inte konfidentiella ärenden eller företagshemligheter";
Hangö punkt 2 "Stadens interna angelägenheter förblir interna" and punkt 8;
Norsjö 4.9 and 4.10 h "sekretessbelagda uppgifter"; Karleby "Sekretessbelagd
information ... hör inte hemma på sociala medier". Laws named by the markers:
offentlighets- och sekretesslagen (OSL, SFS 2009:400) and lagen om offentlighet i
myndigheternas verksamhet / julkisuuslaki (JulkL 621/1999) 24 §.

Detector: :mod:`kommunlint.detect.confidential` (``ctx.analysis.confidential_markers``).
"""

from __future__ import annotations

from typing import Iterator

from ..finding import Problem
from . import Option, rule


@rule("confidential/marker", severity="error", options={
    "meta_severity": Option(str, "info", choices=("error", "warning", "info"), help="severity of a question about the word"),
})
def marker(post, ctx) -> Iterator[Problem]:
    """A marker in a sentence that neither refuses on grounds of secrecy nor asks about
    the word is reported; a question about the term at ``meta_severity``.

    Source: Kimitoön "Sprid inte konfidentiella ärenden"; Hangö punkt 2 and 8; Norsjö
    4.9 and 4.10 h; Karleby "Sekretessbelagd information"; OSL (2009:400); JulkL 24 §.
    """
    for found in ctx.analysis.confidential_markers:
        if found.reading == "refusal":
            continue
        meta = found.reading == "meta"
        yield Problem(
            found.start, found.end, "meta" if meta else "marker", {"term": found.term},
            severity=ctx.options["meta_severity"] if meta else None,
            suggestion_key=None if meta else "check-public",
        )


RULES = [marker]
