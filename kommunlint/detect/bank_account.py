"""Detector of bank account numbers: IBANs (python-stdnum) and Swedish accounts with clearing number."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import vocabulary
from .context import before, has_word, overlaps, paragraph_at, sentence_at

if TYPE_CHECKING:
    from . import Analysis

_IBAN = recache.compile(r"(?<![\w-])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?(?![\w-])")
# Clearing number (4 digits, Swedbank's 5th digit after a dash) then the account number.
# Clearing numbers run from 1100 to 9969 (Bankföreningen's clearing register), so one
# never starts with 0, which every Swedish area code does ("ring jouren på 0918-141 99").
# The two may be labelled apart: "clearingnummer 8327-9, kontonummer 914 762 318-5".
_SE_ACCOUNT = recache.compile(r"(?<![\w-])(?P<clearing>[1-9]\d{3}(?:-\d)?)(?:\s*[-,]\s*|\s+)(?:(?i:kontonummer|kontonr\.?|konto(?:nr)?)\s*:?\s*)?(?P<account>\d[\d ]{4,14}\d(?:-\d)?)(?![\w-]|[.,]\d)")


_READERS_GIRO = recache.compile(
    r"(?i)(?<!\w)(?:ditt|ert|din|er)[ \t]+(?:bankgiro|plusgiro|bg|pg)(?:nummer)?[ \t]*:?[ \t]*"
    r"(?P<number>\d{3,4}-\d{4}|\d{1,7}-\d)(?![\w-])"
)


@dataclass(frozen=True)
class BankAccount:
    """A bank account number: 0-based ``start``/``end`` (end exclusive); ``kind`` is
    ``iban`` (validated: country format and mod-97) or ``se-account`` (clearing +
    account number after a word such as konto, tilinumero, or a bankgiro or plusgiro
    number called the reader's: "ditt bankgiro 5378-2210"); ``organisation`` when the
    sentence names an organisation as its owner ("kommunens konto", "Kaupungin
    tilinumero"), or when the municipality's own post (not a reply) gives it as where to
    pay a fee or invoice, naming no person in the sentence, paying nothing out and
    collecting nothing (a donation to a family is a private account): a published account for fees, not a person's."""

    start: int
    end: int
    kind: str
    organisation: bool = False


def _ibans(text: str, urls: list[tuple[int, int]]) -> list[BankAccount]:
    out = []
    for match in _IBAN.finditer(text):
        start, end = match.span()
        if overlaps(start, end, urls):
            continue
        # python-stdnum only for a candidate: its stdnum.util imports ssl and pydoc,
        # a third of a cold run's imports for a post without an IBAN.
        from stdnum import iban

        # The pattern may swallow a following word's start; shrink until stdnum accepts it.
        candidate = match.group()
        while candidate and not iban.is_valid(candidate):
            candidate = candidate[:-1].rstrip()
            if len(re.sub(r"\s", "", candidate)) < 15:
                candidate = ""
        if candidate:
            out.append(BankAccount(start, start + len(candidate), "iban"))
    return out


def detect(analysis: "Analysis") -> list[BankAccount]:
    """IBANs of any country, and Swedish account numbers the words before call an account.

    Bankgiro and plusgiro numbers (organisations' published payment numbers) are not
    accounts. Words: ``detect/data/context_words.yaml`` (``account``, ``giro``).
    """
    text = analysis.post.text
    urls = analysis.urls
    found = _ibans(text, urls)
    taken = urls + [(a.start, a.end) for a in found]
    account_words = vocabulary.words("context_words", "account")
    giro_words = vocabulary.words("context_words", "giro")
    # A giro number called the reader's ("ditt bankgiro 5378-2210"): a person's account,
    # although giro numbers are mostly organisations'.
    for match in _READERS_GIRO.finditer(text):
        start, end = match.span("number")
        if not overlaps(start, end, taken):
            found.append(BankAccount(start, end, "se-account"))
            taken.append((start, end))
    for match in _SE_ACCOUNT.finditer(text):
        start, end = match.span()
        window = before(text, start, 40)
        if overlaps(start, end, taken) or has_word(window, giro_words) or not has_word(window, account_words):
            continue
        found.append(BankAccount(start, end, "se-account"))
    owner = _owner_re()
    official = analysis.post.account == "official"
    out = []
    for account in sorted(found, key=lambda a: a.start):
        line_start = text.rfind("\n", 0, account.start) + 1
        window = text[max(line_start, account.start - 80) : account.start]
        clause = re.split(r"[.!?]\s", window)[-1]
        # the owner said before the number ("kommunens konto FI..."), or right after it in
        # an apposition ("FI..., joka on kunnan tili", "FI..., som är kommunens konto")
        organisation = bool(owner.search(clause)) or bool(_owner_after_re().match(text, account.end))
        if not organisation and official and (analysis.post.kind == "post" or _PAY_IN.search(clause)) and _PAYMENT.search(
            clause
        ) and not _PAY_OUT.search(clause):
            # The municipality's own post telling where to pay a fee ("Betalning från
            # utländskt konto: IBAN ...", "Maksu tilille FI..."), or its reply telling the
            # reader how to pay one ("Hautapaikkamaksun voi maksaa tilille FI..."), with no
            # person named in the sentence: its own account. A collection for a named
            # family is not, nor money paid out to the reader.
            s_start, s_end = sentence_at(analysis.post, account.start)
            p_start, p_end = paragraph_at(analysis.post, account.start)
            # (a reply's names are not asked: person-name reads the reply's accounts to
            # tell whether it is about the reader's own matter, and the reply's sentence
            # already tells the reader to pay in)
            organisation = not (
                (analysis.post.kind == "post"
                 and any(s_start <= h.start < s_end and not h.public for h in analysis.person_names))
                or _COLLECTION.search(text, p_start, p_end)
            )
        out.append(BankAccount(account.start, account.end, account.kind, organisation))
    return out


#: Money paid out to someone, or "you": the account is the receiver's.
_PAY_OUT = recache.compile(r"(?i)(?<!\w)(?:betalas\s+ut|betalar\s+(?:ut|tillbaka)|återbetal\w*|maksetaan\s+\w*lle|palautetaan|du|din|ditt|dig|sinun|sinulle)(?!\w)")
#: Telling the reader to pay in (the money goes to the account's owner, the sender):
#: "voi maksaa tilille", "maksakaa", "kan betalas till", "betala in till".
_PAY_IN = recache.compile(
    r"(?i)(?<!\w)(?:voi|voitte|voit)[ \t]+maksaa(?!\w)|(?<!\w)(?:maksa|maksakaa|maksathan)(?!\w)"
    r"|(?<!\w)(?:kan|ska)[ \t]+betalas(?:[ \t]+in)?[ \t]+till(?!\w)|(?<!\w)betala(?:[ \t]+in)?[ \t]+till(?!\w)"
)
#: A payment instruction before the account (sv, fi).
_PAYMENT = recache.compile(r"(?i)(?<!\w)(?:\w*avgift\w*|betalning\w*|inbetalning\w*|faktur\w*|hyra|hyran|\w*maksu\w*|\w*lasku\w*|vuokra\w*)(?!\w)")
#: A collection or donation in the paragraph: the money goes to people, not to the municipality.
_COLLECTION = recache.compile(r"(?i)(?<!\w)(?:insamling\w*|gåva|gåvor|donation\w*|bidra\w*|stöd\w*|lahjoitu\w*|keräy\w*|tuke\w*|avustu\w*)(?!\w)")


@lru_cache(maxsize=1)
def _owner_after_re() -> "re.Pattern[str]":
    """An apposition right after an account naming an organisation as its owner: ", joka on
    kunnan tili", ", som är kommunens konto", ", eli kaupungin tili", " (stadens konto)"."""
    owners = vocabulary.alternation(vocabulary.words("context_words", "account_owner"))
    words = vocabulary.alternation(vocabulary.words("context_words", "account"))
    return recache.compile(
        rf"(?i)(?<![ \t])[ \t]*(?:,[ \t]*(?:joka[ \t]+on|som[ \t]+är|eli|dvs\.?)[ \t]+|\([ \t]*)(?:{owners})[ \t]+(?:\w+[ \t]+){{0,2}}?(?:{words})\w*"
    )


@lru_cache(maxsize=1)
def _owner_re() -> "re.Pattern[str]":
    """An organisation's genitive right before an account word, up to two words between
    ("kommunens konto", "Kaupungin tilinumero asiakasmaksuille", "stadens bankgiro")."""
    owners = vocabulary.alternation(vocabulary.words("context_words", "account_owner"))
    words = vocabulary.alternation(vocabulary.words("context_words", "account"))
    return recache.compile(rf"(?i)(?<!\w)(?:{owners})\s+(?:\w+\s+){{0,2}}?(?:{words})\w*")
