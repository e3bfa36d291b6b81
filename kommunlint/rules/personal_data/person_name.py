"""``personal-data/person-name``: names of private persons."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from ...finding import Problem
from .. import rule
from .context import cached, signature

_CAP_WORD = re.compile(r"(?<![\w@#/.-])[A-ZÅÄÖÜÉ][a-zåäöüéèáš]+(?:-[A-ZÅÄÖ][a-zåäöüé]+)?(?![\w@])")
#: Roles that make a named person act in public (besides signature.TITLES): performers,
#: speakers, elected bodies. Stems, lower case.
PUBLIC_ROLES: tuple[str, ...] = (
    "ordförande", "artist", "författare", "föreläsare", "musiker", "konstnär", "tränare", "talare", "moderator",
    "minister", "riksdagsledamot", "kommunalråd", "borgmästare", "landshövding", "biskop", "präst", "kyrkoherde",
    "puheenjohtaja", "taiteilija", "kirjailija", "luennoitsija", "muusikko", "kouluttaja", "puhuja", "juontaja",
    "ministeri", "kansanedustaja", "pormestari", "piispa", "pappi", "kirkkoherra", "laulaja", "sångare", "sångerska",
    "kontaktperson", "yhteyshenkilö", "lisätietoja", "mer information", "information:", "tiedustelut", "frågor",
    "fotograf", "valokuvaaja", "trädgårdsmästare", "puutarhuri", "guide", "opas", "skådespelare", "näyttelijä",
    "regissör", "ohjaaja", "forskare", "tutkija", "valmentaja",
)
_GREETING = re.compile(r"^\s*(?:hej|hejsan|hallå|bästa|kära|hei|moi|terve|hyvä|tack|kiitos)\s+(?P<name>[A-ZÅÄÖ][a-zåäöé]+)\b", re.I)
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
    from ...signature import title_in

    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 45) : start]
    line_end = text.find("\n", end)
    after = text[end : (len(text) if line_end < 0 else line_end)][:40]
    last_words = " ".join(before.split()[-3:]).lower()
    if title_in(last_words) or any(role in last_words for role in PUBLIC_ROLES):
        return True
    following = re.match(r"\s*[,(–—-]\s*(?P<role>[\wåäö -]+)", after)
    return bool(following and (title_in(following.group("role")) or any(r in following.group("role").lower() for r in PUBLIC_ROLES)))


def _official_contact_line(text: str, start: int, domains: list[str]) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : (len(text) if line_end < 0 else line_end)].lower()
    return any("@" + d in line or "." + d in line for d in domains)


def find_private_names(post, ctx: Any) -> list[NameHit]:
    """Names of private persons in ``post.text`` (see :func:`check` for what is excluded).

    Cached per post in ``ctx.state``; ``personal-data/sensitive`` uses it to tell
    whether special-category data is tied to a person.
    """

    def compute() -> list[NameHit]:
        text = post.text
        sig = signature(post, ctx)
        signer = sig.name.lower() if sig else None
        officials = {o.lower() for o in ctx.profile.public_officials}
        domains = [d.lower() for d in ctx.profile.domains]
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
            greeting = _GREETING.match(text[body_start:])
            if greeting and is_first_name(greeting.group("name")) and OWN_CASE.search(text):
                start = body_start + greeting.start("name")
                end = body_start + greeting.end("name")
                if not any(h.start <= start < h.end for h in out) and not (signer and greeting.group("name").lower() in signer):
                    out.append(NameHit(start, end, "addressed"))
        return sorted(out, key=lambda h: h.start)

    return cached(ctx, "names", compute)


@rule("personal-data/person-name", severity="warning")
def check(post, ctx) -> Iterator[Problem]:
    """Names of private persons.

    A first name followed by a surname (``Anna Berg``, ``Matti Virtanen``,
    ``Anna-Karin Lindholm``) is looked up in real name lists: Finnish first names and
    surnames from DVV's name statistics and Swedish ones from Isof and Skatteverket (via
    the ``faker`` package); a surname not listed counts when it ends like one (-sson,
    -berg, -nen). In a reply about the addressee's own matter ("Hej Anna! Din ansökan
    ...", "Hei Matti, hakemuksesi ..."), the greeted first name alone is reported too.

    Not reported: the writer's own name (signature), the profile's
    ``public_officials``, people named in a public role ("kommunstyrelsens ordförande
    Anna Berg", "rektor Anna Berg", "Anna Berg, bibliotekarie", performers and
    speakers), and names on a contact line with an official e-mail address.

    Source: GDPR art. 4(1); Hangö punkt 6 removes messages containing names; the
    profiles cite the municipality's privacy clause.
    """
    for hit in find_private_names(post, ctx):
        yield Problem(hit.start, hit.end, hit.key, suggestion_key="remove-name", pii="person-name")
