"""``confidential/marker``: secrecy and classification markers in a post.

Sources: Kimitoön "Sprid inte konfidentiella ärenden eller företagshemligheter";
Hangö punkt 2 "Stadens interna angelägenheter förblir interna" and punkt 8;
Norsjö 4.9 and 4.10 h "sekretessbelagda uppgifter"; Karleby "Sekretessbelagd
information ... hör inte hemma på sociala medier". Laws named by the markers:
offentlighets- och sekretesslagen (OSL, SFS 2009:400) and lagen om offentlighet i
myndigheternas verksamhet / julkisuuslaki (JulkL 621/1999) 24 §.
"""

from __future__ import annotations

import re
from typing import Iterator

from ..finding import Problem
from . import rule

# Each marker: a pattern (case-insensitive, inflected forms included) and the
# language it belongs to. A marker in a post means confidential material may be
# about to be published.
MARKERS: tuple[tuple[str, str], ...] = (
    # Swedish
    (r"sekretess\w*", "sv"),  # sekretess, sekretessen, sekretessbelagd(a|t), sekretessmarkerad
    (r"konfidentiell(?:a|t)?|konfidentialitet\w*", "sv"),
    (r"(?:ej|inte|icke)\s+för\s+(?:publicering|offentliggörande|spridning|publikation)", "sv"),
    (r"får\s+(?:ej|inte)\s+(?:spridas|publiceras|offentliggöras)", "sv"),
    (r"(?:endast|enbart|bara)\s+(?:för\s+)?internt(?:\s+bruk)?|internt\s+bruk|internt\s*:|intern(?:a|t)?\s+(?:handling(?:ar)?|promemoria|pm|dokument|information|uppgifter)", "sv"),
    (r"embargo\w*", "sv"),
    (r"företagshemlighet\w*|affärshemlighet\w*", "sv"),
    (r"hemligstämplad\w*|hemlighållen|hemlighållna", "sv"),
    (r"\bOSL\b(?:\s+\d+\s*kap\.?)?|\d+\s*kap\.?\s*\d+\s*§\s*(?:OSL|offentlighets-\s+och\s+sekretesslagen)", "sv"),
    # Finnish
    (r"salassa\s+pidettäv\w*|salassapidettäv\w*|salassapito\w*|salaiseksi\s+luokitel\w*", "fi"),
    (r"luottamuksellis\w*|luottamuksellinen", "fi"),
    (r"ei\s+julkinen|ei\s+julkaistavaksi|ei\s+julkiseen\s+(?:levitykseen|jakeluun)|ei\s+saa\s+julkaista|ei\s+levitettäväksi", "fi"),
    (r"(?:vain|ainoastaan)\s+sisäiseen\s+käyttöön|sisäinen\s+(?:asiakirja|muistio|tiedote)|sisäiseen\s+käyttöön", "fi"),
    (r"liikesalaisuu\w*|yrityssalaisuu\w*", "fi"),
    (r"\bJulkL\b(?:\s+\d+\s*§)?|julkisuuslain\s+\d+\s*§|vaitiolovelvollisuu\w*", "fi"),
)
_MARKER_RE = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p, _ in MARKERS) + r")(?!\w)", re.I)

# A reply that gives secrecy as the reason it cannot discuss a case is correct
# practice: a refusal verb in the same sentence as the marker.
_REFUSAL = re.compile(
    r"(?i)\b(?:kan|får|kommer)\s+(?:tyvärr\s+|dessvärre\s+|därför\s+)?(?:inte|ej)\s+(?:\w+\s+){0,3}?"
    r"(?:kommentera|diskutera|svara|berätta|lämna\s+ut|gå\s+in\s+på|uttala\s+oss|lämna\s+uppgifter|ge\s+uppgifter)"
    r"|\bpå\s+grund\s+av\s+sekretess|\bomfattas\s+av\s+sekretess|\bsekretessen\s+(?:hindrar|gör)"
    r"|\b(?:emme|en|ei)\s+(?:valitettavasti\s+|voi\s+valitettavasti\s+)?(?:voi|saa)\s+(?:\w+\s+){0,3}?"
    r"(?:kommentoida|keskustella|kertoa|vastata|luovuttaa|antaa\s+tietoja|ottaa\s+kantaa)"
    r"|\bsalassapito\w*\s+(?:vuoksi|takia)|\bvaitiolovelvollisuu\w*\s+(?:vuoksi|takia)"
)
# A question about the word itself ("Vad betyder sekretess?") is a meta mention.
_META = re.compile(r"(?i)\b(?:vad\s+(?:betyder|innebär|är)|mitä\s+(?:tarkoittaa|on)|mikä\s+on|tarkoittaa)\b")


@rule("confidential/marker", severity="error", options={"meta_severity": "info"})
def marker(post, ctx) -> Iterator[Problem]:
    """Secrecy and classification markers: the post may carry confidential material.

    Swedish: sekretess (sekretessbelagd, sekretessmarkerad ...), konfidentiell,
    "ej för publicering", "internt", "endast för internt bruk", embargo,
    företagshemlighet, OSL chapters. Finnish: salassa pidettävä, luottamuksellinen,
    "ei julkinen", "vain sisäiseen käyttöön", liikesalaisuus, JulkL 24 §.
    A sentence that gives secrecy as the reason the writer cannot discuss a case
    ("Vi kan inte kommentera enskilda ärenden på grund av sekretess", "Emme voi
    kommentoida yksittäisiä asioita salassapidon vuoksi") is correct practice and
    no finding; a question about the term ("Vad betyder sekretess?") is reported
    at ``meta_severity`` (default ``info``).
    """
    # One scan of the whole text; most posts have no marker and cost nothing more.
    matches = list(_MARKER_RE.finditer(post.text))
    if not matches:
        return
    for sentence in post.sentences:
        markers = [m for m in matches if sentence.start <= m.start() < sentence.end]
        if not markers or _REFUSAL.search(sentence.text):
            continue
        meta = bool(_META.search(sentence.text)) and sentence.text.rstrip().endswith("?")
        for match in markers:
            yield Problem(
                match.start(),
                min(match.end(), sentence.end),
                "meta" if meta else "marker",
                {"term": post.text[match.start() : min(match.end(), sentence.end)]},
                severity=ctx.options["meta_severity"] if meta else None,
                suggestion_key=None if meta else "check-public",
            )


RULES = [marker]
