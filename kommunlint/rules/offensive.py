"""``offensive/*``: profanity, insults, threats, hate speech, sexual content, incitement.

Sources: Kimitoön "hot och trakasserier, nedsättande kommentarer, rasism och sexuellt
ofredande"; Hangö punkt 5 "svordomar, nedlåtande tillmälen, rasistiska, religiöst och
politiskt kränkande ståndpunkter, uppmaningar till brott"; Vimmerby "kränkande
uppgifter, hets mot folkgrupp, olaga våldsskildring"; Norsjö 4.10 a–f; Karleby
"nolltolerans mot osakligt bemötande". Laws behind them: brottsbalken 16 kap. 8 §
(hets mot folkgrupp), 4 kap. 5 § (olaga hot), 16 kap. 5 § (uppvigling); rikoslaki
11:10 (kiihottaminen kansanryhmää vastaan), 25:7 (laiton uhkaus), 17:1 (julkinen
kehottaminen rikokseen).

Detector: :mod:`kommunlint.detect.offensive` finds every hit once per post
(``ctx.analysis.offensive``); each rule here keeps the hits of its category.

Severity: a hit is reported at most as severe as its lexicon sureness says (2 →
``error``, 1 → ``warning``, 0 → ``info``) and never more severe than the rule's
configured severity. A quoted or meta hit is ``info`` (or dropped with ``quoted: off``).

Learned second opinion: where the lexicon and phrases find no insult, threat, identity
attack or swearing in a Swedish or Finnish sentence, a logistic regression over the
engine's features (:mod:`kommunlint.detect.offensive.scorer`) may still report one as a
``warning`` (message key ``model``), quoting the word that weighed most and naming the
three that weighed most.
"""

from __future__ import annotations

from typing import Iterator

from ..finding import Problem
from . import Option, rule

#: Options every offensive rule accepts (profiles and configs may set them).
OPTIONS: dict[str, Option] = {
    "min_sureness": Option(int, 0, choices=(0, 1, 2), help="drop hits whose lexicon sureness is lower"),
    "quoted": Option(str, "info", choices=("info", "off"), help="how to report quoted or mentioned words"),
}
#: Reported severity per lexicon sureness.
SEVERITY_BY_SURENESS: dict[int, str] = {2: "error", 1: "warning", 0: "info"}


def problems(ctx, category: str) -> Iterator[Problem]:
    """Problems of one category from the post's offensive hits."""
    min_sureness = ctx.options["min_sureness"]
    quoted = ctx.options["quoted"]
    for hit in ctx.analysis.offensive:
        if hit.category != category or hit.sureness < min_sureness:
            continue
        args = {"term": hit.term}
        if hit.context != "use":
            if quoted == "off":
                continue
            yield Problem(hit.start, hit.end, hit.context, args, severity="info")
            continue
        # A learned-model hit (:mod:`kommunlint.detect.offensive.scorer`) says so and
        # names the words that weighed most.
        key = {"phrase": "phrase", "model": "model"}.get(hit.how, "word")
        yield Problem(hit.start, hit.end, key, args, severity=SEVERITY_BY_SURENESS[hit.sureness], suggestion_key="rephrase")


@rule("offensive/profanity", severity="error", options=dict(OPTIONS))
def profanity(post, ctx) -> Iterator[Problem]:
    """Swear words (svordomar, kirosanat): "jävla", "helvete", "vittu", "perkele", "fuck".

    Swedish terms are matched in Swedish sentences, Finnish in Finnish ones, English
    everywhere. Inflected ("jävlar", "vitun": every lemma's paradigm is generated),
    compound ("skitsnack", "paskapuhe", "kärringjävel") and obfuscated ("j*vla",
    "v-i-t-t-u", "p4sk4", "jäääävla") forms count, also inside an insult or threat
    phrase ("haista vittu"). Severity follows
    the lexicon's sureness: 2 → error, 1 → warning, 0 → info (e.g. "jäkla", "hitto");
    option ``min_sureness`` (0–2) drops less sure words. A word quoted in a post that
    reports someone else's comment, or mentioned as a word ("ordet ..."), is reported as
    ``info`` (option ``quoted``: ``info`` or ``off``).
    Source: Hangö punkt 5 (svordomar); Norsjö 4.10; Karleby (osakligt bemötande).
    """
    yield from problems(ctx, "profanity")


@rule("offensive/insult", severity="error", options=dict(OPTIONS))
def insult(post, ctx) -> Iterator[Problem]:
    """Insults and name-calling aimed at people: "idiot", "pucko", "ääliö", "kusipää", "håll käften", "haista vittu".

    Words and multi-word phrases; inflection, compounds ("kärringjävel", "jubelidiot") and
    obfuscation as for ``offensive/profanity``; same options and severities. A swear word
    before a person or political noun ("vitun demarit", "jävla politiker", "ditt jävla
    pucko") and a degrading word said to the reader ("olet hullu", "ni är patetiska",
    "senkin pelle", "olette rasisteja") are insults (phrases built from the lexicons' word
    sets), and so is a compound naming people ("byrokraattipaskat"). A swear word used as
    name-calling is profanity too ("kusipää"). Said of oneself ("jag är en idiot") it is
    info; a negation in between ("du är inte dum") is no insult.
    Source: Hangö punkt 5 (nedlåtande tillmälen); Kimitoön (nedsättande kommentarer);
    Karleby (nolltolerans mot osakligt bemötande).
    """
    yield from problems(ctx, "insult")


@rule("offensive/threat", severity="error", options=dict(OPTIONS))
def threat(post, ctx) -> Iterator[Problem]:
    """Threats of violence or harm, as phrases: "jag vet var du bor", "du ska få se", "tapan sut", "ansaitset kuolla".

    Phrases are regular expressions in the lexicons (``phrases``, with inflected verb
    sets: "tapan/ammun/hakkaan sut", "teidät tapetaan", "jag dödar dig", "akta dig,",
    self-harm "tapa itsesi", "gå och häng dig"; grammar with gaps and inverted order:
    "tulen polttamaan", "stryk ska du få", "saat turpaan", "kuula kalloon", "vi vet var du
    bor"); a threat is never a single word. A sentence that reports a threat ("hotade",
    "uhkasi", "berättade") or asks about it makes it info. Source: Kimitoön (hot och trakasserier); Vimmerby (olaga
    våldsskildring); brottsbalken 4 kap. 5 § olaga hot; rikoslaki 25:7 laiton uhkaus.
    """
    yield from problems(ctx, "threat")


@rule("offensive/hate-speech", severity="error", options=dict(OPTIONS))
def hate_speech(post, ctx) -> Iterator[Problem]:
    """Slurs and degrading statements about groups (ethnicity, religion, sexuality, gender, disability).

    Words ("neger", "blatte", "neekeri", "ryssä", "mamu") and statements
    ("invandrare är parasiter", "mene takaisin maahasi", "homot ovat sairaita", "kvinnor
    kan inte leda", "romanit varastaa aina"), compounds with a group word
    ("finnjävlarna", "muslimikoirat"), and a swear word aimed at a group ("saatanan
    muslimit", "jävla muslimer"; an insult too). A reported or refuted statement
    ("fördomen att ...") is info. Reclaimed or dated words
    ("bög", "zigenare") have sureness 0 and are reported as info.
    Source: Hangö punkt 5 (rasistiska ... kränkande ståndpunkter); Kimitoön (rasism);
    Vimmerby (hets mot folkgrupp, BrB 16:8); rikoslaki 11:10.
    """
    yield from problems(ctx, "hate-speech")


@rule("offensive/sexual", severity="error", options=dict(OPTIONS))
def sexual(post, ctx) -> Iterator[Problem]:
    """Obscene or sexually harassing words: "fitta", "kuk", "knulla", "kyrpä", "pillu", "huora".

    Place names and names that contain such letters (Fittja, Kukkola, Fanny) and
    everyday words ("kukka", flower) are exceptions kept as data in this package.
    Source: Kimitoön (sexuellt ofredande); Norsjö 4.10.
    """
    yield from problems(ctx, "sexual")


@rule("offensive/incitement", severity="error", options=dict(OPTIONS))
def incitement(post, ctx) -> Iterator[Problem]:
    """Urging crime or violence: "bränn ner", "någon borde skjuta", "polttakaa", "jonkun pitäisi ampua".

    Generalised with verb sets: "X pitäisi ampua/tappaa/kiduttaa" (not pests, game,
    invasive species or fireworks just before, not after "ei"), "politikerna borde skjutas".

    Source: Hangö punkt 5 (uppmaningar till brott); brottsbalken 16 kap. 5 § uppvigling;
    rikoslaki 17:1 julkinen kehottaminen rikokseen.
    """
    yield from problems(ctx, "incitement")


RULES = [profanity, insult, threat, hate_speech, sexual, incitement]
