"""``signature/*``: a post written in a person's name ends with that person's signature.

Sources: Kimitoön "Skriv under eget namn"; Hangö punkt 1 "uppträda under eget
namn"; Karleby "Använd ditt eget namn"; Vimmerby "uppge ditt namn och din titel";
Norsjö 5 "berättar vem du är och vad du arbetar med"; for ``signature/personal-opinion``
Norsjö 5 "klargör att du deltar som privatperson", Karleby "påpeka att åsikterna är
personliga", Vimmerby "göra klart att man då uppträder som privatperson".

Detector: :mod:`kommunlint.detect.signature` (``ctx.analysis.signature``);
:mod:`kommunlint.detect.opinion` (``ctx.analysis.opinion``) for ``signature/personal-opinion``.
"""

from __future__ import annotations

from typing import Iterator

from ..detect.signature import ends_with_credit, last_content_line, speaks_of_work
from ..finding import Problem
from . import Option, rule

_OFFICIAL_REPLIES = Option(
    bool, False,
    help="also require a signature on replies from the official account (Vimmerby: "
         "\"när du svarar på ett inlägg från en person, att uppge ditt namn och din titel\")")


def _signature_required(post, ctx) -> bool:
    # A person writing on their own account signs. The organisation speaking on its own
    # channel needs no personal signature, and neither does its answer to a resident
    # unless the guideline asks for the answerer's name (Vimmerby does; the others ask
    # staff to use their own name when they write as themselves, and municipalities
    # commonly answer unsigned in the organisation's name).
    return post.account == "personal" or (post.kind == "reply" and ctx.options["official_replies"])


def _video_caption(post) -> bool:
    """True when the post's ``platform:`` is one whose posts are videos with a caption
    (``platforms.yaml`` ``video_captions``: TikTok)."""
    from ..detect import vocabulary

    platform = str(post.meta.get("platform") or "").strip().lower()
    return bool(platform) and platform in {str(p).lower() for p in vocabulary.load("platforms").get("video_captions", [])}


@rule("signature/missing", severity="warning", options={"official_replies": _OFFICIAL_REPLIES})
def missing(post, ctx) -> Iterator[Problem]:
    """A personal post (and, where the profile asks, a reply on an official account) must
    end with the writer's name.

    Required when ``account: personal``; for ``kind: reply`` on an official account when
    the option ``official_replies`` is on (Vimmerby's profile); a post the organisation
    publishes itself (``account: official``, ``kind: post``) needs none. Recognises greetings ("Hälsningar Anna Berg",
    "Terveisin Matti"), slash and dash signatures ("/Anna", "– Matti", "/AB") and
    "Name, title" lines. A post that ends with an organisation's contact line
    ("Hangö stad, tfn ...") names no writer: still missing. A post that ends with a photo
    credit naming someone ("Foto: Andreas Ström") and no signature is ``info``: the
    credited person may be the writer, which the text cannot show. So is a missing
    signature under a video's caption (``platform: tiktok``; ``platforms.yaml``
    ``video_captions``): the account shows who speaks with the video. The finding points at
    the last line of the post that is not hashtags or links (where the signature belongs).
    """
    if not _signature_required(post, ctx):
        return
    span = last_content_line(post.text)
    signature = ctx.analysis.signature
    if span and (signature is None or signature.organisation):
        if signature is None and ends_with_credit(post.text):
            yield Problem(span[0], span[1], "credit-only", severity="info", suggestion_key="add-signature")
            return
        if _video_caption(post):
            # The caption of a video (TikTok): the account shows who speaks, and captions
            # are not signed as text posts are; whether the video names the writer the
            # text cannot show, so a hint.
            yield Problem(span[0], span[1], "video-caption", severity="info", suggestion_key="add-signature")
            return
        yield Problem(span[0], span[1], "missing", suggestion_key="add-signature")


def _private_post(post, ctx) -> bool:
    """A personal account's own post written as a private person, where the clause's
    "vad du arbetar med" does not reach: it says so (a disclaimer: "Jag skriver här som
    privatperson", "Åsikterna är mina egna"), or it concerns neither the municipality nor
    the writer's work (no municipal topic, unit, organisation, title or "vi"; see
    :func:`~kommunlint.detect.signature.speaks_of_work`). Vimmerby's clause asks for the
    title "när du publicerar innehåll som rör din verksamhet och Vimmerby kommun" and,
    of private use, "att göra klart att man då uppträder som privatperson"."""
    opinion = ctx.analysis.opinion
    if opinion.disclaimer is not None:
        return True
    return not opinion.topics and not speaks_of_work(post.text)


@rule("signature/missing-title", severity="warning", options={"official_replies": _OFFICIAL_REPLIES})
def missing_title(post, ctx) -> Iterator[Problem]:
    """The signature must give the writer's title as well as the name (Vimmerby).

    Vimmerby: "när du svarar på ett inlägg från en person, att uppge ditt namn och
    din titel". Runs where a signature is required (see ``signature/missing``) and
    a signature is present; a missing signature is ``signature/missing``'s finding.
    A party marker counts as the title: it says in which capacity an elected official writes.
    So does the writer's work unit ("Mats Berg, parkenheten", "// Malin på biblioteket"),
    which says what they work with; the employer alone ("Vimmerby kommun") does not. A
    signature read from a photo credit ("Foto: X / Vimmerby kommun") is ``info``: the
    credited person may not be the writer.
    """
    if not _signature_required(post, ctx):
        return
    signature = ctx.analysis.signature
    if post.kind != "reply" and signature is not None and _private_post(post, ctx):
        return
    # A party marker ("Erik Nyström (S)", "Anna Lindberg, L") says in which capacity an
    # elected official writes: the "vad du arbetar med" of Vimmerby's guideline.
    if signature is not None and not signature.organisation and not signature.title and not signature.party:
        credit = ends_with_credit(post.text[: signature.end])
        yield Problem(signature.start, signature.end, "missing-title", {"name": signature.name},
                      severity="info" if credit else None, suggestion_key="add-title")


@rule("signature/personal-opinion", severity="info")
def personal_opinion(post, ctx) -> Iterator[Problem]:
    """A personal account (``account: personal``, posts and replies) giving views ("jag
    tycker", "borde", "mielestäni", "pitäisi"; a rumour, an accusation or shouting) on
    municipal matters (the municipality, its bodies, decisions, budget, politicians,
    services: "kommunen", "fullmäktige", "kaupunki", "valtuusto") without saying the views
    are the writer's own ("Åsikterna är mina egna", "Jag skriver som privatperson",
    "Kirjoitan omana itsenäni", "Mielipiteet ovat omiani", "(Egna åsikter.)", "Mielipiteet
    omiani."). The finding points at the first municipal word; the signature's title is
    not read as a topic, except that a post with no municipal topic of its own signed
    with an elected role ("ledamot i kommunstyrelsen") takes the role as its topic when
    it accuses, passes on a rumour or shouts. A
    neutral report with no view word needs no disclaimer (the clauses speak of
    "synpunkter", "åsikterna"); see the README on this choice.

    Source: Norsjö 5 "Det är också bra att du klargör att du deltar som privatperson och
    att dina synpunkter är dina egna"; Karleby "påpeka att åsikterna är personliga";
    Vimmerby "göra klart att man då uppträder som privatperson".
    """
    if post.account != "personal":
        return
    opinion = ctx.analysis.opinion
    if opinion.topics and opinion.views and opinion.disclaimer is None:
        start, end, word = opinion.topics[0]
        yield Problem(start, end, "no-disclaimer", {"word": word}, suggestion_key="add-disclaimer")


RULES = [missing, missing_title, personal_opinion]
