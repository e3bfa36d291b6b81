"""Detector of links and of the ones a reader should not be sent to blind.

Finds links in a ``Post.text``: ``http://`` and ``https://`` URLs, ``www.`` addresses,
and bare ``host.tld/path`` (so "bit.ly/abc" and "t.co/K8ll3bYx" are links, and a version
number such as "4.12.0.3" is not). Each link has a ``problem``:

- ``http``: the scheme is plain ``http://`` (the page and what the reader types on it
  travel unencrypted, and can be altered on the way), whatever the domain;
- ``ip``: the host is a bare IPv4 or IPv6 address (no domain the reader can recognise);
- ``shortener``: the host is a URL shortener that hides the destination (the list is
  data: ``detect/data/links.yaml``);
- ``None``: nothing to report (an ``https://`` link, or a ``www.`` address without scheme,
  which browsers open over https).

Source: Karleby "Filer och länkar som innehåller virus förekommer även på de sociala
medierna"; Hangö punkt 8 "dataskydd och -säkerhet".
"""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import vocabulary

if TYPE_CHECKING:
    from . import Analysis

_STOP = r"[^\s<>\"'”“»)\]]"
_LINK = recache.compile(
    rf"(?<![\w@.-])(?:"
    rf"(?P<scheme>https?)://(?:\[[0-9a-f:.]+\]{_STOP}*|{_STOP}+)"
    rf"|www\.{_STOP}+"
    rf"|(?:[a-z0-9-]+\.)+[a-z]{{2,}}(?::\d+)?/{_STOP}*"
    rf"|\d{{1,3}}(?:\.\d{{1,3}}){{3}}(?::\d+)?/{_STOP}*"
    rf")",
    re.I,
)
_HOST = recache.compile(r"^(?:[a-z]+://)?(?:[^@/\s]*@)?(?P<host>\[[0-9a-f:.]+\]|[^/:?#\s]+)", re.I)


@dataclass(frozen=True)
class Link:
    """A link: 0-based ``start``/``end`` (end exclusive), the ``url`` as written, its
    lower-case ``host`` and its ``problem`` (``http``, ``ip``, ``shortener`` or ``None``)."""

    start: int
    end: int
    url: str
    host: str
    problem: str | None


@lru_cache(maxsize=1)
def _shorteners() -> frozenset[str]:
    return frozenset(vocabulary.words("links", "shorteners"))


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _is_shortener(host: str) -> bool:
    host = host[4:] if host.startswith("www.") else host
    parts = host.split(".")
    return any(".".join(parts[i:]) in _shorteners() for i in range(len(parts) - 1))


def find_links(text: str) -> list[Link]:
    """Every link in ``text`` with its problem, in order of position."""
    found = []
    for match in _LINK.finditer(text):
        url = match.group().rstrip(".,;:!?")
        host_match = _HOST.match(url)
        host = host_match.group("host").lower() if host_match else ""
        if _is_ip(host):
            problem = "ip"
        elif _is_shortener(host):
            problem = "shortener"
        elif (match.group("scheme") or "").lower() == "http":
            problem = "http"
        else:
            problem = None
        found.append(Link(match.start(), match.start() + len(url), url, host, problem))
    return found


def detect(analysis: "Analysis") -> list[Link]:
    """The post's links."""
    return find_links(analysis.post.text)
