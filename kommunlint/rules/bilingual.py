"""bilingual/*: a bilingual municipality's post in both official languages, equally.

Sources: Hangö's guideline, punkt 6 ("... och på båda språken"), and for every
bilingual municipality in Finland the Language Act (kielilaki / språklag 423/2003),
which obliges it to inform the public in Finnish and Swedish.

Both rules look only at what the municipality publishes (``account: official``, posts
and replies): a personal account chooses its own language. Front matter
``languages: [fi]`` marks a post as monolingual on purpose (e.g. a Finnish-only
school's notice) and turns both rules off for it.

Layouts understood: a Swedish block then a Finnish block (either order), alternating
lines, "Välkommen! / Tervetuloa!" on one line (split at `` / `` and `` | ``), a shared
heading, hashtag or link line (carries no language, counts for both versions), and a
bilingual signature ("Hangö stad / Hangon kaupunki": the municipality's own names and
the writer's signature are left out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..finding import Problem
from . import rule

_SPLIT = re.compile(r"(?<!\s)\s+[/|]\s+")
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_PII_KINDS = {"email": "emails", "phone": "phones", "name": "names"}


@dataclass
class Piece:
    """A sentence, or one side of "Välkommen! / Tervetuloa!"; offsets 0-based, end exclusive."""

    start: int
    end: int
    text: str
    lang: str | None


@dataclass
class Versions:
    """The post split by language. ``pieces`` in order; ``neutral`` carry no language."""

    languages: tuple[str, ...]
    pieces: list[Piece] = field(default_factory=list)

    def of(self, lang: str | None) -> list[Piece]:
        return [p for p in self.pieces if p.lang == lang]

    def words(self, lang: str) -> int:
        return sum(len(_WORD.findall(p.text)) for p in self.of(lang))

    def length(self, lang: str) -> int:
        return sum(len(p.text) for p in self.of(lang))


def _required_languages(post, ctx) -> tuple[str, ...]:
    """The languages this post must have: front matter ``languages`` or the profile's."""
    wanted = post.meta.get("languages") or ctx.profile.languages or []
    return tuple(dict.fromkeys(str(lang).lower() for lang in wanted))


def _own_names(ctx) -> set[str]:
    """Lower-case words of the municipality's names in every language (Hangö, Hanko, stad ...)."""
    names = " ".join([*ctx.profile.municipality.values(), *ctx.profile.aliases])
    return {w.lower() for w in _WORD.findall(names)}


def versions(post, ctx) -> Versions:
    """Split ``post`` into language pieces (cached in ``ctx.state`` for both rules)."""
    languages = _required_languages(post, ctx)
    key = ("bilingual", languages)
    if key in ctx.state:
        return ctx.state[key]
    from ..langid import identify

    candidates = tuple(dict.fromkeys([*languages, "en"]))
    own = _own_names(ctx)
    signature = post.signature
    result = Versions(languages)
    for sentence in post.sentences:
        if signature and sentence.start < signature.end and sentence.end > signature.start:
            continue
        pos = 0
        for brk in [*_SPLIT.finditer(sentence.text), None]:
            end = brk.start() if brk else len(sentence.text)
            text = sentence.text[pos:end]
            words = [w.lower() for w in _WORD.findall(text)]
            lang = None if all(w in own for w in words) else identify(text, candidates)
            if text.strip():
                result.pieces.append(Piece(sentence.start + pos, sentence.start + end, text, lang))
            if brk:
                pos = brk.end()
    ctx.state[key] = result
    return result


def _applies(post, ctx) -> bool:
    return post.account == "official" and len(_required_languages(post, ctx)) >= 2


def _key(prefix: str, lang: str) -> str:
    return f"{prefix}-{lang}" if lang in ("sv", "fi") else f"{prefix}-other"


@rule("bilingual/missing-language", severity="warning", options={"min_words": 3})
def missing_language(post, ctx):
    """A post on a bilingual municipality's own channel lacks one of its official languages.

    Checks posts and replies of ``account: official`` under a profile with two or more
    ``languages`` (Hangö, Karleby, Kimitoön). A language counts as present when at
    least ``min_words`` words (default 3) are identified as it; a lone "Tervetuloa!"
    under a Swedish text is not a Finnish version. Hashtags, links, numbers, the
    signature and the municipality's own bilingual name count for neither. Front matter
    ``languages: [fi]`` marks a deliberately monolingual post.

    Source: Hangö's guideline punkt 6 ("på båda språken"); the Language Act
    (språklag / kielilaki 423/2003) for every bilingual municipality.
    """
    if not _applies(post, ctx):
        return
    found = versions(post, ctx)
    present = [lang for lang in found.languages if found.words(lang) >= ctx.options["min_words"]]
    if not present:
        return  # too little text to say anything about its language
    first = found.of(present[0])[0]
    for lang in found.languages:
        if lang not in present:
            yield Problem(first.start, first.end, _key("missing", lang), {"language": lang})


@rule("bilingual/unbalanced", severity="warning", options={"min_words": 3, "stub_ratio": 0.4, "min_length": 80})
def unbalanced(post, ctx):
    """Both languages are there, but one version is a stub or leaves out facts.

    Facts compared (see :mod:`kommunlint.facts`): dates (12.5., 12 maj, 12. toukokuuta
    are the same date), weekdays, times (kl. 18 = klo 18.00), prices, numbers, links
    (by site), e-mail addresses, phone numbers, and names (a capitalised word not
    starting its sentence, matched on its first four letters so "Bergin" matches
    "Berg"). Facts on lines without language (a shared date or hashtag line) count for
    both versions. A version shorter than ``stub_ratio`` (default 0.4) of the other,
    when the longer has at least ``min_length`` characters, is a stub. Each finding
    points at the first sentence of the version that lacks something.

    Source: Hangö's guideline punkt 6; the Language Act (423/2003), which obliges a
    bilingual municipality to inform in Finnish and Swedish alike.
    """
    if not _applies(post, ctx):
        return
    from ..facts import extract, name_stems

    found = versions(post, ctx)
    langs = [lang for lang in found.languages if found.words(lang) >= ctx.options["min_words"]]
    if len(langs) < 2:
        return
    own = _own_names(ctx)
    facts = {lang: [f for p in found.of(lang) for f in extract(p.text, p.start, own)] for lang in langs}
    neutral = [f for p in found.of(None) for f in extract(p.text, p.start, own)]
    neutral_text = " ".join(p.text for p in found.of(None))
    for lacking in langs:
        first = found.of(lacking)[0]
        longest = max(found.length(other) for other in langs if other != lacking)
        mine = found.length(lacking)
        if longest >= ctx.options["min_length"] and mine < ctx.options["stub_ratio"] * longest:
            yield Problem(first.start, first.end, _key("stub", lacking), {"percent": round(100 * mine / longest)})
        have = {(f.kind, f.key) for f in facts[lacking] + neutral}
        stems = name_stems(" ".join(p.text for p in found.of(lacking)) + " " + neutral_text)
        shown: list[str] = []
        counts = {kind: set() for kind in _PII_KINDS}
        for other in langs:
            if other == lacking:
                continue
            for fact in facts[other]:
                if fact.kind == "name":
                    if fact.key not in stems:
                        counts["name"].add(fact.key)
                elif (fact.kind, fact.key) not in have:
                    if fact.kind in counts:
                        counts[fact.kind].add(fact.key)
                    elif fact.text not in shown:
                        shown.append(fact.text)
        if shown:
            yield Problem(first.start, first.end, _key("facts-missing", lacking), {"facts": ", ".join(shown)})
        for kind, plural in _PII_KINDS.items():
            if counts[kind]:
                # Contact details and names may be personal data: counted, never quoted.
                yield Problem(first.start, first.end, _key(f"{plural}-missing", lacking), {"count": len(counts[kind])})


RULES = [missing_language, unbalanced]
