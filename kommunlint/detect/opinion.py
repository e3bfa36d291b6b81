"""Detector of whether a post is about municipal matters and says its views are the writer's own.

*View* words state an opinion ("jag tycker", "borde", "måste", "mielestäni", "pitäisi");
a hearsay marker, an accusation or shouting count as a view too. *Topic* words show
municipal matters: the municipality, its bodies, decisions, budget,
politicians and services ("kommunen", "fullmäktige", "nämnden", "majoriteten",
"hemtjänsten", "kaupunki", "valtuusto", "lautakunta", "koulu"). A *disclaimer* says the
views are personal ("Åsikterna är mina egna", "Jag skriver som privatperson", "Kirjoitan
omana itsenäni", "Mielipiteet ovat omiani"). Both are data (``detect/data/opinion.yaml``);
the writer's signature is left out of the topic search (a title such as
"kommunfullmäktige" is no topic of the post), except that a post with no municipal
topic of its own, signed with an elected role, takes that role as its topic when it
accuses, passes on a rumour or shouts (such views under the title "ledamot i
kommunstyrelsen" may be read as the body's; staff titles such as "bibliotekarie" and
feelings about private matters do not count).

Source: Norsjö 5 "klargör att du deltar som privatperson och att dina synpunkter är dina
egna"; Karleby "påpeka att åsikterna är personliga"; Vimmerby "göra klart att man då
uppträder som privatperson".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import indexed, vocabulary

if TYPE_CHECKING:
    from . import Analysis


@dataclass(frozen=True)
class Opinion:
    """``topics``: ``(start, end, word)`` of each topic word outside the signature
    (0-based, end exclusive); ``views``: the same for each word that states a view;
    ``disclaimer``: ``(start, end)`` of the first disclaimer, or ``None``."""

    topics: list[tuple[int, int, str]] = field(default_factory=list)
    views: list[tuple[int, int, str]] = field(default_factory=list)
    disclaimer: tuple[int, int] | None = None


@lru_cache(maxsize=1)
def _patterns() -> tuple[indexed.Indexed, indexed.Indexed, indexed.Indexed]:
    def join(key: str) -> str:
        return vocabulary.patterns("opinion", key)

    # searched in every post: only at the words they can start with (issue 15)
    return (
        indexed.compile(r"(?<!\w)(?:" + join("topic") + r")(?!\w)", re.I),
        indexed.compile(r"(?<!\w)(?:" + join("view") + r")", re.I),
        indexed.compile(r"(?<!\w)(?:" + join("disclaimer") + ")", re.I),
    )


@lru_cache(maxsize=1)
def _proposal() -> re.Pattern[str]:
    """A proposal put forward in the first person (``proposal``: "jag kommer att föreslå
    att", "ehdotan")."""
    return recache.compile(r"(?<!\w)(?:" + vocabulary.patterns("opinion", "proposal") + r")", re.I)


@lru_cache(maxsize=1)
def _elected() -> re.Pattern[str]:
    """An elected or political role in a signature's title (``elected_title``)."""
    return recache.compile(r"(?<!\w)(?:" + vocabulary.patterns("opinion", "elected_title") + r")", re.I)


def detect(analysis: "Analysis") -> Opinion:
    """Topic words, view words and the disclaimer of the post.

    A hearsay marker (:mod:`.rumour`), an accusation (:mod:`.accusation`) or shouting
    (:mod:`.shouting`) outside the signature is listed among the views, and so is a
    proposal in the first person ("jag kommer att föreslå att", "ehdotan") when the
    signature gives neither a title nor a party.
    """
    text = analysis.post.text
    topic_re, view_re, disclaimer_re = _patterns()
    signature = analysis.signature
    end = signature.start if signature is not None else len(text)
    disclaimer = disclaimer_re.search(text)
    topics = [(m.start(), m.end(), m.group()) for m in topic_re.finditer(text, 0, end)]
    from_title = False
    if not topics and not disclaimer and signature is not None and signature.title and _elected().search(signature.title):
        # A writer who signs with an elected role ("ledamot i kommunstyrelsen",
        # "kaupunginvaltuutettu") and charges someone, passes on a rumour or shouts
        # speaks in public matters from that role, though no municipal word is in the
        # post: the reader may take it for the body's (Norsjö 5 "klargör att du deltar
        # som privatperson"). The title then stands for the topic. A feeling about a
        # private matter ("Olin tänään ylpeä") under the same title is no such view.
        at = text.find(signature.title, signature.start, signature.end)
        start = signature.start if at < 0 else at
        topics = [(start, start + len(signature.title), signature.title)]
        from_title = True
    if not topics or disclaimer:
        return Opinion(topics, [], disclaimer.span() if disclaimer else None)
    views = [] if from_title else [(m.start(), m.end(), m.group()) for m in view_re.finditer(text, 0, end)]
    if not from_title and (signature is None or not (signature.title or signature.party)):
        # a proposal in the first person, signed without a title or a party: in which
        # capacity it is made the reader cannot tell (under a title of office or a party
        # marker it is that office's or group's act: "Jag yrkade på ... / Liberalerna")
        views += [(m.start(), m.end(), m.group()) for m in _proposal().finditer(text, 0, end)]
    views += [(h.start, h.end, h.marker) for h in analysis.hearsay if h.reading == "hearsay" and h.start < end]
    views += [(a.start, a.end, a.term) for a in analysis.accusations if a.reading == "accusation" and a.start < end]
    views += [(s.start, s.end, s.text) for s in analysis.shouting if s.start < end]
    return Opinion(topics, sorted(views), None)
