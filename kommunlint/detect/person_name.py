"""Detector of private persons' names.

A first name followed by a surname (``Anna Berg``, ``Matti Virtanen``,
``Anna-Karin Lindholm``) is looked up in real name lists (:mod:`.names`); a surname not
listed counts when it ends like one (-sson, -berg, -nen). In a reply about the
addressee's own matter ("Hej Anna! Din ansökan ...", "Hei Matti, hakemuksesi ..."), the
greeted first name alone is a name too. Not private: the writer's own name (signature),
the profile's ``public_officials``, people named in a public role ("kommunstyrelsens
ordförande Anna Berg", "Anna Berg, bibliotekarie", performers and speakers: the shared
``detect/data/titles.yaml``), and names on a contact line with an official e-mail address.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from . import vocabulary

if TYPE_CHECKING:
    from . import Analysis

_CAP_WORD = re.compile(r"(?<![\w@#/.-])[A-ZÅÄÖÜÉ][a-zåäöüéèáš]+(?:-[A-ZÅÄÖ][a-zåäöüé]+)?(?![\w@])")


def _public_roles() -> tuple[str, ...]:
    return vocabulary.words("titles", "public_roles")


@lru_cache(maxsize=1)
def _greeting() -> re.Pattern[str]:
    openings = vocabulary.alternation(vocabulary.words("greetings", "opening"))
    return re.compile(rf"^\s*(?:{openings})\s+(?P<name>[A-ZÅÄÖ][a-zåäöé]+)\b", re.I)


#: Words saying that a reply is about the addressee's own matter.
OWN_CASE = re.compile(
    r"(?i)\b(?:ditt|din|dina|er)\s+(?:ärende|ansökan|beslut|barn|son|dotter|situation|handläggare|diagnos|klagomål|räkning|faktura)"
    r"|\b\w*(?:hakemukse|asia|lapse|poika|tyttäre|päätökse|tilantee|valitukse|lasku|diagnoosi)(?:si|nsa)\b"
)


@dataclass(frozen=True)
class NameHit:
    """A name of a private person: 0-based ``start``/``end`` in ``Post.text``, and the
    message ``key`` (``name`` for first name + surname, ``addressed`` for a first name
    greeted in a reply about the person's own case)."""

    start: int
    end: int
    key: str


def _runs(text: str) -> Iterator[list[re.Match]]:
    """Runs of capitalised words separated by a single space (no punctuation or line break)."""
    run: list[re.Match] = []
    for match in _CAP_WORD.finditer(text):
        if run and text[run[-1].end() : match.start()] == " ":
            run.append(match)
            continue
        if len(run) >= 2:
            yield run
        run = [match]
    if len(run) >= 2:
        yield run


def _full_names(text: str) -> Iterator[tuple[int, int]]:
    from .names import is_first_name, is_surname

    for run in _runs(text):
        i = 0
        while i < len(run) - 1:
            if not is_first_name(run[i].group()):
                i += 1
                continue
            # First name(s), then a surname; take the longest such span (up to 3 words).
            end = None
            for j in range(i + 1, min(i + 3, len(run))):
                if is_surname(run[j].group()):
                    end = j
                elif not is_first_name(run[j].group()):
                    break
            if end is None:
                i += 1
                continue
            yield run[i].start(), run[end].end()
            i = end + 1


def _in_public_role(text: str, start: int, end: int) -> bool:
    from .signature import title_in

    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 45) : start]
    line_end = text.find("\n", end)
    after = text[end : (len(text) if line_end < 0 else line_end)][:40]
    last_words = " ".join(before.split()[-3:]).lower()
    if title_in(last_words) or any(role in last_words for role in _public_roles()):
        return True
    following = re.match(r"\s*[,(–—-]\s*(?P<role>[\wåäö -]+)", after)
    return bool(following and (title_in(following.group("role")) or any(r in following.group("role").lower() for r in _public_roles())))


def _official_contact_line(text: str, start: int, domains: list[str]) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : (len(text) if line_end < 0 else line_end)].lower()
    return any("@" + d in line or "." + d in line for d in domains)


def detect(analysis: "Analysis") -> list[NameHit]:
    """Names of private persons in the post, in order (see the module docstring).

    Read through :attr:`Analysis.person_names`; the sensitive-data detector uses it to
    tell whether special-category data is tied to a person.
    """
    post = analysis.post
    text = post.text
    sig = analysis.signature
    signer = sig.name.lower() if sig else None
    officials = {o.lower() for o in analysis.profile.public_officials}
    domains = [d.lower() for d in analysis.profile.domains]
    out: list[NameHit] = []
    for start, end in _full_names(text):
        name = text[start:end]
        lowered = " ".join(name.split()).lower()
        if sig and sig.start <= start < sig.end:
            continue
        if signer and (lowered == signer or lowered.startswith(signer + " ") or signer.startswith(lowered)):
            continue
        if lowered in officials or _in_public_role(text, start, end) or _official_contact_line(text, start, domains):
            continue
        out.append(NameHit(start, end, "name"))
    if post.kind == "reply":
        from .names import is_first_name

        body_start = len(text) - len(text.lstrip())
        greeting = _greeting().match(text[body_start:])
        if greeting and is_first_name(greeting.group("name")) and OWN_CASE.search(text):
            start = body_start + greeting.start("name")
            end = body_start + greeting.end("name")
            if not any(h.start <= start < h.end for h in out) and not (signer and greeting.group("name").lower() in signer):
                out.append(NameHit(start, end, "addressed"))
    return sorted(out, key=lambda h: h.start)
