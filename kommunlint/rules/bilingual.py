"""bilingual/*: a bilingual municipality's post in both official languages, equally.

Sources: Hangö's guideline, punkt 6 (the channels are updated "regelbundet ... och på
båda språken"), and for every bilingual municipality in Finland the Language Act
(kielilaki / språklag 423/2003), § 32: a bilingual authority informs the public in
Finnish and Swedish (tiedottaa yleisölle suomen ja ruotsin kielellä).

What must be bilingual, and what not (the rules' ``kinds`` option, default ``[post]``):
a *post* informs the public, so § 32 asks for both languages. A *reply* answers one
person, and there the Act asks for the other thing: § 10 gives everyone the right to
use Finnish or Swedish with a bilingual municipality's authorities, and § 23 obliges
the authority to serve the person in that language of their own accord (the
Association of Finnish Municipalities' guidance: a bilingual municipality finds out
which language the person uses and uses it). A reply in the asker's language is
therefore what the law asks for, and a bilingual reply is not required; the rules
look at posts only. A municipality whose own guideline demands bilingual replies sets
``kinds: [post, reply]`` in its profile.

Both rules look only at what the municipality publishes (``account: official``): a
personal account chooses its own language. Front matter ``languages: [fi]`` marks a
post as monolingual on purpose (e.g. a Finnish-only school's notice) and turns both
rules off for it.

Layouts understood (:mod:`kommunlint.detect.language`): a Swedish block then a
Finnish block (either order), alternating lines, "Välkommen! / Tervetuloa!" on one line
(split at `` / `` and `` | ``), a shared heading, hashtag, date or link line (carries no
language, counts for both versions), a line in both languages whose date, time or
contact stands beside both wordings ("Fredag/Perjantai 29.8.", "kl./klo 18 Öppning /
Avajaiset", "Mer information / Lisätietoja: name, phone"), and a bilingual signature
("Hangö stad / Hangon kaupunki": the municipality's own names and the writer's
signature are left out).
"""

from __future__ import annotations

from ..finding import Problem
from . import Option, rule

_PII_KINDS = {"email": "emails", "phone": "phones", "name": "names"}


def _required_languages(post, ctx) -> tuple[str, ...]:
    """The languages this post must have: front matter ``languages`` or the profile's."""
    wanted = post.meta.get("languages") or ctx.profile.languages or []
    return tuple(dict.fromkeys(str(lang).lower() for lang in wanted))


def _applies(post, ctx) -> bool:
    return (
        post.account == "official"
        and post.kind in ctx.options["kinds"]
        and len(_required_languages(post, ctx)) >= 2
    )


def _key(prefix: str, lang: str) -> str:
    return f"{prefix}-{lang}" if lang in ("sv", "fi") else f"{prefix}-other"


_MIN_WORDS = Option(int, 3, minimum=1, help="words a language needs to count as present")
_KINDS = Option(
    list, ["post"], item=str,
    help="post kinds that must be bilingual: posts inform the public (Language Act § 32); "
    "a reply answers in the asker's language (§§ 10, 23)",
)


@rule("bilingual/missing-language", severity="warning", options={"min_words": _MIN_WORDS, "kinds": _KINDS})
def missing_language(post, ctx):
    """A post on a bilingual municipality's own channel lacks one of its official languages.

    Checks posts (``kinds``, default ``[post]``) of ``account: official`` under a profile
    with two or more ``languages`` (Hangö, Karleby, Kimitoön). A language counts as
    present when at least ``min_words`` words (default 3) that carry language are
    identified as it; a lone "Tervetuloa!" under a Swedish text is not a Finnish
    version, nor is a contact, name or list line ("Lisätietoja: name, phone",
    "Kälviä, Lohtaja, Ullava"): names, hashtags, links, numbers, dates, the signature and
    the municipality's own bilingual name count for neither. Front matter
    ``languages: [fi]`` marks a deliberately monolingual post.

    Replies are not checked by default: under the Language Act (423/2003) §§ 10 and 23
    a bilingual municipality answers a person in the language the person uses; the
    duty to inform in both languages (§ 32) concerns what it publishes.

    Source: Hangö's guideline punkt 6 ("på båda språken"); the Language Act
    (språklag / kielilaki 423/2003) § 32 for every bilingual municipality.
    """
    if not _applies(post, ctx):
        return
    found = ctx.analysis.versions(_required_languages(post, ctx))
    present = [lang for lang in found.languages if found.words(lang) >= ctx.options["min_words"]]
    if not present:
        return  # too little text to say anything about its language
    first = found.of(present[0])[0]
    for lang in found.languages:
        if lang not in present:
            yield Problem(first.start, first.end, _key("missing", lang), {"language": lang})


@rule("bilingual/unbalanced", severity="warning", options={
    "min_words": _MIN_WORDS,
    "kinds": _KINDS,
    "stub_ratio": Option(float, 0.4, minimum=0.0, maximum=1.0, help="a version shorter than this share of the other is a stub"),
    "min_length": Option(int, 80, minimum=0, help="characters the longer version needs before a stub is reported"),
})
def unbalanced(post, ctx):
    """Both languages are there, but one version is a stub or leaves out facts.

    Facts compared (see :mod:`kommunlint.detect.facts`): dates (12.5., 12.5, 12 maj and
    12. toukokuuta are the same date; a range in any common form gives both ends),
    weekdays, times (kl. 18 = klo 18.00 = kl./klo 18), prices, numbers, links (by site;
    a municipality's two domains are one site), e-mail addresses ("@" = "(at)"), phone
    numbers, and names (capitalised words not starting their sentence and not an
    ALL-CAPS heading, found in the other version inflected, "Bergin" = "Berg", or by a
    translated part: Hangö Vatten = Hangon Vesi, -gatan = -katu, Ab = Oy). Facts on lines
    without language, and beside the wording of a line written in both languages, count
    for both versions (:class:`kommunlint.detect.language.Versions`). A version shorter
    than ``stub_ratio`` (default 0.4) of the other, when the longer has at least
    ``min_length`` characters, is a stub. Each finding points at the first sentence of
    the version that lacks something. Checks posts only by default (``kinds``; see
    ``bilingual/missing-language`` for why replies are not).

    Source: Hangö's guideline punkt 6; the Language Act (423/2003) § 32, which obliges a
    bilingual municipality to inform in Finnish and Swedish alike.
    """
    if not _applies(post, ctx):
        return
    from ..detect.facts import NameIndex, extract
    from ..detect.language import own_names

    found = ctx.analysis.versions(_required_languages(post, ctx))
    langs = [lang for lang in found.languages if found.words(lang) >= ctx.options["min_words"]]
    if len(langs) < 2:
        return
    own = own_names(ctx.analysis)
    text = post.text
    facts: dict[str, list] = {lang: [] for lang in langs}
    neutral = []
    for piece in found.pieces:
        for fact in extract(piece.text, piece.start, own):
            if piece.lang is None or found.is_shared(fact.start, fact.end):
                neutral.append(fact)
            elif piece.lang in facts:
                facts[piece.lang].append(fact)
    neutral_text = " ".join([p.text for p in found.of(None)] + [text[s:e] for s, e in found.shared])
    for lacking in langs:
        first = found.of(lacking)[0]
        longest = max(found.length(other) for other in langs if other != lacking)
        mine = found.length(lacking)
        if longest >= ctx.options["min_length"] and mine < ctx.options["stub_ratio"] * longest:
            yield Problem(first.start, first.end, _key("stub", lacking), {"percent": round(100 * mine / longest)})
        have = {(f.kind, f.key) for f in facts[lacking] + neutral}
        names = NameIndex(" ".join(p.text for p in found.of(lacking)) + " " + neutral_text)
        shown: list[str] = []
        shown_labels: set[str] = set()  # the labels of ``shown`` (a set: many facts, no rescan)
        counts = {kind: set() for kind in _PII_KINDS}
        for other in langs:
            if other == lacking:
                continue
            for fact in facts[other]:
                if fact.kind == "name":
                    if not names.has(fact.text):
                        counts["name"].add(fact.key)
                elif (fact.kind, fact.key) not in have:
                    if fact.kind in counts:
                        counts[fact.kind].add(fact.key)
                    elif fact.label not in shown_labels:
                        shown.append(fact)
                        shown_labels.add(fact.label)
        if shown:
            # As written; the last without its period, which the message's own ends ("7.12.", not "7.12..").
            listed = ", ".join([f.text for f in shown[:-1]] + [shown[-1].label])
            yield Problem(first.start, first.end, _key("facts-missing", lacking), {"facts": listed})
        for kind, plural in _PII_KINDS.items():
            if counts[kind]:
                # Contact details and names may be personal data: counted, never quoted.
                yield Problem(first.start, first.end, _key(f"{plural}-missing", lacking), {"count": len(counts[kind])})


RULES = [missing_language, unbalanced]
