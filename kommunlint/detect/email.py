"""Detector of e-mail addresses, and whether each is at one of the municipality's domains."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from . import Analysis

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@(?P<domain>[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})(?![\w-])")


@dataclass(frozen=True)
class EmailAddress:
    """An e-mail address: 0-based ``start``/``end`` (end exclusive) and its lower-case ``domain``."""

    start: int
    end: int
    domain: str

    def at(self, domains: Iterable[str]) -> bool:
        """True when the address is at one of ``domains`` or a subdomain of one."""
        return any(self.domain == d or self.domain.endswith("." + d) for d in (str(x).lower() for x in domains))


def detect(analysis: "Analysis") -> list[EmailAddress]:
    """Every e-mail address in the post, in order."""
    return [EmailAddress(m.start(), m.end(), m.group("domain").lower()) for m in _EMAIL.finditer(analysis.post.text)]
