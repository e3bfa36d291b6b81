"""``links/insecure``: plain http://, a bare IP address, or a URL shortener.

Detector: :mod:`kommunlint.detect.links` (``ctx.analysis.links``).
"""

from __future__ import annotations

from typing import Iterator

from ...finding import Problem
from .. import Option, rule


@rule("links/insecure", severity="warning", options={
    "allow_shorteners": Option(list, [], item=str, help="shortener domains the municipality runs itself (e.g. a own go.kommun.se)"),
})
def insecure(post, ctx) -> Iterator[Problem]:
    """Each link whose scheme is plain ``http://`` (key ``http``), whose host is a bare IP
    address (key ``ip``) or a URL shortener that hides the destination (key
    ``shortener``; bit.ly, tinyurl.com, t.co, ow.ly ..., a list in
    ``detect/data/links.yaml``; option ``allow_shorteners`` exempts the municipality's own).
    ``https://`` links and addresses without a scheme ("www.kokkola.fi/...") are fine.

    Source: Karleby "Filer och länkar som innehåller virus förekommer även på de sociala
    medierna. Om du misstänker att ett meddelande inte är äkta är det säkrare att inte
    öppna länken eller filen."; Hangö punkt 8 "dataskydd och -säkerhet".
    """
    allowed = {d.lower() for d in ctx.options["allow_shorteners"]}
    for link in ctx.analysis.links:
        if link.problem is None:
            continue
        if link.problem == "shortener" and any(link.host == d or link.host.endswith("." + d) for d in allowed):
            continue
        yield Problem(link.start, link.end, link.problem, {"url": link.url, "host": link.host},
                      suggestion_key="https" if link.problem == "http" else "full-address")
