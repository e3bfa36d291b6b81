"""``signature/*``: a post written in a person's name ends with that person's signature.

Sources: Kimitoön "Skriv under eget namn"; Hangö punkt 1 "uppträda under eget
namn"; Karleby "Använd ditt eget namn"; Vimmerby "uppge ditt namn och din titel";
Norsjö 5 "berättar vem du är och vad du arbetar med".

Detector: :mod:`kommunlint.detect.signature` (``ctx.analysis.signature``).
"""

from __future__ import annotations

from typing import Iterator

from ..detect.signature import last_content_line
from ..finding import Problem
from . import rule


def _signature_required(post) -> bool:
    # The organisation speaking on its own channel needs no personal signature;
    # a person (personal account) or a person answering on the official one does.
    return post.account == "personal" or post.kind == "reply"


@rule("signature/missing", severity="warning")
def missing(post, ctx) -> Iterator[Problem]:
    """A personal post, or a reply on an official account, must end with the writer's name.

    Required when ``account: personal``, and for ``kind: reply`` on an official
    account; a post the organisation publishes itself (``account: official``,
    ``kind: post``) needs none. Recognises greetings ("Hälsningar Anna Berg",
    "Terveisin Matti"), slash and dash signatures ("/Anna", "– Matti", "/AB") and
    "Name, title" lines. The finding points at the last line of the post that is
    not hashtags or links (where the signature belongs).
    """
    if not _signature_required(post):
        return
    span = last_content_line(post.text)
    if span and ctx.analysis.signature is None:
        yield Problem(span[0], span[1], "missing", suggestion_key="add-signature")


@rule("signature/missing-title", severity="warning")
def missing_title(post, ctx) -> Iterator[Problem]:
    """The signature must give the writer's title as well as the name (Vimmerby).

    Vimmerby: "när du svarar på ett inlägg från en person, att uppge ditt namn och
    din titel". Runs where a signature is required (see ``signature/missing``) and
    a signature is present; a missing signature is ``signature/missing``'s finding.
    """
    if not _signature_required(post):
        return
    signature = ctx.analysis.signature
    if signature is not None and not signature.title:
        yield Problem(signature.start, signature.end, "missing-title", {"name": signature.name}, suggestion_key="add-title")


RULES = [missing, missing_title]
