"""Detector of e-mail addresses, and whether each is at one of the municipality's domains.

Addresses are found written with "@" and in the obfuscated forms official notices use
against spam ("kirjaamo(at)hanko.fi", "info[at]kimitoon.fi", "cultura (at) hanko.fi").
``own_name`` says the domain is the municipality's own name in one of its languages
(``hango.fi`` beside the profile's ``hanko.fi``, ``karleby.fi`` beside ``kokkola.fi``,
``raseborg.fi`` / ``raasepori.fi``): a bilingual municipality publishes both forms.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from .. import recache

if TYPE_CHECKING:
    from . import Analysis

_AT = r"(?:@|\s?[(\[{]\s?(?:at|ät|@)\s?[)\]}]\s?)"
_EMAIL = recache.compile(
    rf"(?<![\w.+-])(?P<local>[\w.+-]+){_AT}(?P<domain>[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{{2,}})(?![\w-])", re.I
)
#: Words after the municipality's name in its official name ("Hangö stad", "Kokkolan kaupunki").
_ORG_WORDS = recache.compile(r"(?i)(?<!\s)\s+(?:stad|kommun|kaupunki|kunta|stads|kommuns|kaupungin|kunnan|region|landskap)\b.*$")


@dataclass(frozen=True)
class EmailAddress:
    """An e-mail address: 0-based ``start``/``end`` (end exclusive), its lower-case
    ``domain``, ``obfuscated`` when written with "(at)" or "[at]", ``own_name``
    when the domain is the municipality's own name in one of its languages, and
    ``mailbox`` when the local part is an organisation's shared mailbox ("info@",
    "kansli@", "toimisto@"; ``contact.yaml`` ``mailboxes``), not a person's name, and
    ``consumer`` when the domain is a mail service where private persons keep their own
    address (gmail.com, hotmail.se, luukku.com, telia.com; ``contact.yaml``
    ``consumer_mail``), not an organisation's."""

    start: int
    end: int
    domain: str
    obfuscated: bool = False
    own_name: bool = False
    mailbox: bool = False
    consumer: bool = False

    def at(self, domains: Iterable[str]) -> bool:
        """True when the address is at one of ``domains`` or a subdomain of one."""
        return any(self.domain == d or self.domain.endswith("." + d) for d in (str(x).lower() for x in domains))

    def probably_private(self, domains: Iterable[str]) -> bool:
        """True when the address is probably a private person's own: at a consumer mail
        service, and not at one of ``domains`` (the municipality's), the municipality's
        own name, or a shared mailbox. The one criterion by which the other personal-data
        detectors count an e-mail address as a resident's data (issue 11: "a phone number
        or e-mail that is probably private is a warning")."""
        return self.consumer and not (self.own_name or self.mailbox or self.at(domains))


def _fold(text: str) -> str:
    """Lower case without diacritics and spaces, as a domain spells a name (Kimitoön → kimitoon)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if c.isalnum())


def name_as_local_part(name: str) -> str:
    """A person's name as an address's local part spells it, each part folded by
    :func:`_fold` and joined by dots: "Åsa Öberg-Lind" → "asa.oberg.lind"; an address's
    own local part ("asa.oberg") folds to itself."""
    return ".".join(part for part in (_fold(w) for w in re.split(r"[\s.-]+", name)) if part)


def name_stems(municipality: dict[str, str]) -> set[str]:
    """The municipality's names as a domain would spell them, with the genitive endings
    of the official names taken off ("Kimitoöns kommun" → kimitoon; "Raaseporin
    kaupunki" → raasepori; "Kokkolan kaupunki" → kokkola)."""
    stems: set[str] = set()
    for lang, name in municipality.items():
        if lang == "en" or not name:
            continue
        base = _fold(_ORG_WORDS.sub("", name))
        if len(base) < 3:
            continue
        stems.add(base)
        if base.endswith("s"):
            stems.add(base[:-1])
        if base.endswith("n"):
            stems.add(base[:-1])
    return stems


def _same_name(label: str, stem: str) -> bool:
    if label == stem:
        return True
    # A Finnish genitive stem differs at its end ("kemionsaare" for kemionsaari).
    return min(len(label), len(stem)) >= 5 and abs(len(label) - len(stem)) <= 2 and label[:-1] == stem[: len(label) - 1]


def own_name(domain: str, stems: set[str], country: str | None) -> bool:
    """True when ``domain`` (or its parent) is ``<municipality's name>.<country TLD>``."""
    labels = domain.lower().split(".")
    if len(labels) < 2 or not country or labels[-1] != country.lower():
        return False
    return any(_same_name(labels[-2], stem) for stem in stems)


@lru_cache(maxsize=1)
def _consumer_mail() -> tuple[frozenset[str], frozenset[str]]:
    """(whole domains, brands at any top-level domain) of ``contact.yaml`` ``consumer_mail``."""
    from . import vocabulary

    entries = [str(w).lower() for w in vocabulary.words("contact", "consumer_mail")]
    return (frozenset(e for e in entries if not e.endswith(".*")),
            frozenset(e[:-2] for e in entries if e.endswith(".*")))


def is_consumer_domain(domain: str) -> bool:
    """True when ``domain`` (lower case) is a consumer mail service or a subdomain of one
    ("gmail.com", "pp.inet.fi", "hotmail.se" by the brand "hotmail.*", "hotmail.co.uk").
    Such an address is a private person's own; any other domain is an organisation's."""
    whole, brands = _consumer_mail()
    labels = domain.split(".")
    for i in range(len(labels) - 1):
        if ".".join(labels[i:]) in whole:
            return True
    # A brand at any top-level domain: the label before the TLD (or before a
    # second-level "co"/"com" of a country: hotmail.co.uk, yahoo.com.au).
    core = labels[:-1]
    if len(core) >= 2 and core[-1] in ("co", "com"):
        core = core[:-1]
    return bool(core) and core[-1] in brands


@lru_cache(maxsize=1)
def _mailboxes() -> frozenset[str]:
    from . import vocabulary

    return frozenset(str(w).lower() for w in vocabulary.words("contact", "mailboxes"))


def is_mailbox(local: str) -> bool:
    """True when the local part ``local`` is a shared mailbox's ("info", "kansli",
    "toimisto", "info-kokkola"): the whole part or its first piece before a hyphen, or an
    undotted part naming an association ("rosalabyalag"). A dotted part is a person's
    ("kassor.stromberg" is the treasurer Strömberg)."""
    low = local.lower()
    if low in _mailboxes() or ("-" in low and low.split("-", 1)[0] in _mailboxes()):
        return True
    # An association's own address, undotted ("dragsfjardsbyarna@", "rosalabyalag@",
    # "kylayhdistys.hiittinen" is dotted, a person's form): a word of an association
    # (``context_words.yaml`` ``associations``, and the villages "byarna"/"kylat") inside it.
    if "." not in low:
        return any(stem in _fold(low) for stem in _association_stems())
    # A dotted part names an association when one piece is an association's or a
    # village's word and no piece is a person's name ("lappvik.by", "vastanfjard.byarad",
    # "kyrkby.hembygd"; not "kassor.stromberg", nor "kylayhdistys.hiittinen", whose
    # second piece ends like a surname).
    from .names import is_first_name, is_surname

    pieces = [p for p in re.split(r"[._-]+", low) if p]
    # An officer's piece ("kimito.hembygd.sekr", "byalaget.ordf") is the mailbox of the
    # person holding the post, who reads it as their own.
    if any(p in _OFFICER_PIECES for p in pieces):
        return False
    association = any(p in _VILLAGE_PIECES or any(stem in _fold(p) for stem in _association_stems()) for p in pieces)
    return association and not any(
        p not in _VILLAGE_PIECES and (is_first_name(p.capitalize()) or is_surname(p.capitalize())) for p in pieces
    )


#: An association's officers as a local part abbreviates them (chair, secretary, treasurer).
_OFFICER_PIECES = frozenset({"ordf", "ordforande", "sekr", "sekreterare", "kassor", "pj", "puheenjohtaja", "siht", "sihteeri",
                             "rahastonhoitaja", "vpj", "viceordf"})
#: Pieces of a dotted local part that name a village or a local society, not a person:
#: "by"/"kyla" (village), "hembygd" (local heritage society), "rf"/"ry" (registered association).
_VILLAGE_PIECES = frozenset({"by", "byn", "bya", "byarna", "kyla", "kylat", "hembygd", "hembygdsforening", "rf", "ry"})


def _association_stems() -> tuple[str, ...]:
    from . import vocabulary

    words = tuple(vocabulary.words("context_words", "associations")) + ("byarna", "kylat")
    return tuple(_fold(w) for w in words if len(w) >= 5)


def detect(analysis: "Analysis") -> list[EmailAddress]:
    """Every e-mail address in the post, in order."""
    profile = analysis.profile
    stems = name_stems(dict(profile.municipality or {}))
    out = []
    for match in _EMAIL.finditer(analysis.post.text):
        domain = match.group("domain").lower()
        out.append(EmailAddress(
            match.start(), match.end(), domain,
            obfuscated="@" not in match.group() or bool(re.search(r"[(\[{]\s?@", match.group())),
            own_name=own_name(domain, stems, profile.country),
            mailbox=is_mailbox(match.group("local")),
            consumer=is_consumer_domain(domain),
        ))
    return out
