"""Detector of promotion of a private business: a commercial cue next to a business.

A *cue* is a discount or an offer ("rabatt", "-20 %", "erbjudande", "kampanj", "köp nu",
"rabattkoden NORSJO20", "tarjous", "alennuskoodi", "tilaa nyt"); a *business* is a
company form after a capitalised name ("Hangö Kajak Ab", "Maanrakennus Koski Oy"), a
shop or restaurant named by its kind ("Restaurang Stallet", "Kahvila Kanelin",
"Urheilukauppa Kipinän", "Presentboden"), a capitalised "X & Y" name ("Norsjö Bil &
Däck"), "hos" + a capitalised name, a capitalised name after the word for a company
("yritystä Pihapalvelu Korpela", "företaget Norrbygg"), a name of two to four capitalised
words as the subject of a selling verb ("Taalintehtaan Venekeskus myy", "säljer") or
the holder of an offer (also one word with its place: "Elon i Norsjö har specialpris",
"Kukkakauppa Orvokilla on tarjous"), or a web shop ("webbshop", "verkkokaupasta").
Vocabulary: ``detect/data/advertising.yaml``. A promotion is a cue and a business in the
same paragraph. The municipality's own services ("simhallens kassa", "kunnan
kuntosalikortti", "kaupunginmuseon pääsyliput") are no business, and a contractor or a
car make named without a cue is no promotion.

Beyond the company-name pattern: *price cues* ("nu bara 99 kr", "189 kr/kg", "sommarrea",
"medlemsförmån", "asukasetu", "2,99 €/rasia", a price beside the ordinary one: "(norm.
25 €)", "ord. pris 199 kr") count like the cues above; *invitations*
and recommendations ("boka", "besök", "käy", "tilaa", "suosittelemme", "pizzor för 99
kr") count only with a named business in the same sentence (the municipality invites
readers to its own services all the time); shop and restaurant *chains* ("ICA",
"Prismasta") are businesses; a *shop's link* (not the profile's domains, not a public
authority's) is a business for an offer. Own services also match as compound heads
("Familjecentralen").

With an offer only a seller makes (*strong cues*: "-40 %", "alennuskoodilla KOKKOLA15",
"puoleen hintaan", "erbjudandet gäller") and no business found otherwise, a name of two
or more capitalised words inside a sentence, or a hyphenated one, is taken for the seller
("Saariston Kukka ja Puutarha", "Hangon Kalustetalossa"), unless it is the
municipality's own or only places ("vierailuesityksiä Oulusta ja Vaasasta").

Not sellers: several words in capitals (a heading, "GYMMET I DALSBRUK", where every
word has a capital), and the municipality's staff named as the signer or on a contact
line when the seller is guessed for a strong offer. A coupon ("Visa det här inlägget i
kassan", "Näytä tämä julkaisu kassalla") is a cue; a price per area ("för 95 kr/kvm") is
a land price, no offer.

Source: Norsjö 4.10 g "kommersiella budskap eller reklam"; the equal treatment of
businesses: kommunallagen (2017:725) 2 kap. 3 § and 8 §; hallintolaki (434/2003) 6 §.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import indexed, vocabulary
from .context import sentence_index

if TYPE_CHECKING:
    from . import Analysis

_CAP = r"[A-ZÅÄÖÜ][\w'’-]*"


@dataclass(frozen=True)
class Promotion:
    """A commercial cue with a business in its paragraph: 0-based ``start``/``end`` of the
    cue (end exclusive), the ``cue`` text and the ``business`` it promotes."""

    start: int
    end: int
    cue: str
    business: str


@lru_cache(maxsize=1)
def _patterns() -> tuple[indexed.Indexed, re.Pattern[str], re.Pattern[str]]:
    data = vocabulary.load("advertising")
    cues = [p for key in ("sv", "fi") for p in data["cues"][key]]
    # searched in every post: only where a cue can start (issue 15)
    cue = indexed.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in cues) + r")|(?:" + "|".join(f"(?:{p})" for p in data["cues"]["any"]) + ")", re.I)
    nouns = vocabulary.words("advertising", "business_nouns")
    # A noun may carry the Swedish definite ending ("Blomsterhandeln", "Sportbutiken");
    # a bare "-n" only after a vowel or an unstressed -el/-er ("Kafén", "handeln"), so
    # that "bar" + "n" is not "barn".
    noun_alt = "(?:" + vocabulary.alternation(tuple(nouns)) + ")(?:en|(?:(?<=[aeiouyåäöé])|(?<=e[lr]))n|et)?"
    forms = vocabulary.alternation(tuple(data["company_forms"]))
    shop = vocabulary.patterns("advertising", "shop_words")
    introducer = vocabulary.alternation(tuple(vocabulary.words("advertising", "business_introducers")))
    seller = vocabulary.alternation(tuple(vocabulary.words("advertising", "seller_verbs")))
    holds = vocabulary.patterns("advertising", "seller_offers")
    business = recache.compile(
        rf"(?<![\w'’-])(?:{_CAP}\s+){{1,6}}(?:{forms})(?!\w)"    # Hangö Kajak Ab (linear: at a word start, six words at most)
        rf"|(?i:\b(?:{noun_alt}))\s+{_CAP}"                        # Restaurang Stallet
        rf"|(?<![\w'’-]){_CAP}\s+(?i:(?:{noun_alt}))\b"                      # Taalintehtaan Kalakauppa
        rf"|\b[A-ZÅÄÖ]\w*(?i:(?:{noun_alt}))\b"                    # Presentboden, Urheilukauppa
        rf"|(?<![\w'’-])(?:{_CAP}\s+){{0,5}}{_CAP}\s+&\s+{_CAP}(?:\s+{_CAP})?"     # Norsjö Bil & Däck
        rf"|\bhos\s+(?:{_CAP}\s+)*{_CAP}"                          # hos Modehuset Linnea
        # "Handlarn i Norsjö", "Bageriet i Hitis": a shop's kind in the definite form as its
        # name, with the place it stands ("Loppis i parken" is an event, not a shop)
        rf"|(?<![\w'’-])(?=[A-ZÅÄÖ])(?i:(?:{noun_alt}))(?<=[nt])\s+(?:i|på|vid)\s+{_CAP}"
        rf"|(?i:\b(?:{introducer}))\s+{_CAP}(?:\s+{_CAP}){{0,3}}"      # yritystä Pihapalvelu Korpela
        # the subject of a selling verb, a name of two to four capitalised words
        # ("Taalintehtaan Venekeskus myy ...", "Norsjö Fiske säljer ...")
        rf"|(?<![\w'’-])(?:{_CAP}[ \t]+){{1,3}}{_CAP}(?=[ \t]+(?:{seller})(?!\w))"
        # the holder of an offer, a name of two to four capitalised words or one with the
        # place it stands in ("Elon i Norsjö har specialpris", "Kukkakauppa Orvokilla on
        # tarjous"); a pronoun is no holder ("Vi har extrapris")
        rf"|(?<![\w'’-])(?!(?:Vi|Ni|Du|De|Det|Den|Här|Nu|Man|Me|Te|Sinä|Nyt|Täällä|Meillä|Teillä|Kaikilla)[ \t])"
        rf"(?:(?:{_CAP}[ \t]+){{1,3}}{_CAP}|{_CAP}[ \t]+(?:i|på|vid)[ \t]+{_CAP})(?=[ \t]+(?i:{holds}))"
        rf"|(?i:{shop})"
    )
    return cue, business, recache.compile(noun_alt, re.I)


@lru_cache(maxsize=1)
def _more() -> tuple[re.Pattern[str], indexed.Indexed, re.Pattern[str], frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """``(price cues, invitations, chains, municipal words, public hosts, public host
    words)`` from ``advertising.yaml``: the offers, invitations and business names that
    do not need the company-name pattern of :func:`_patterns`."""
    price = recache.compile(r"(?<!\w)(?:" + vocabulary.patterns("advertising", "price_cues") + ")", re.I)
    invite = indexed.compile(r"(?<!\w)(?:" + vocabulary.patterns("advertising", "invitations") + r")(?!\w)", re.I)
    chains = recache.compile(r"(?<![\w-])(?:" + vocabulary.alternation(vocabulary.words("advertising", "chains")) + r")(?::?[a-zåäö]{1,6})?(?![\w-])")
    municipal = frozenset(w.lower() for w in vocabulary.words("advertising", "municipal") + vocabulary.words("advertising", "municipal_more"))
    return (price, invite, chains, municipal, vocabulary.words("advertising", "public_hosts"),
            vocabulary.words("advertising", "public_host_words"))


@lru_cache(maxsize=1)
def _strong() -> re.Pattern[str]:
    """Offers only a seller makes (``strong_cues``): a percentage off, a code, half price."""
    return recache.compile(r"(?<!\w)(?:" + vocabulary.patterns("advertising", "strong_cues") + ")", re.I)


@lru_cache(maxsize=1)
def _priced_offer() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``(offer word, price)`` (``offer_words``, ``price``): an offer word with a price in
    its paragraph is a seller's offer, read like a strong cue."""
    return (recache.compile(r"(?<!\w)(?:" + vocabulary.patterns("advertising", "offer_words") + ")", re.I),
            recache.compile(r"(?<![\w,.])(?:" + vocabulary.patterns("advertising", "price") + ")", re.I))


def _strong_offer(paragraph: str) -> bool:
    """Whether ``paragraph`` makes an offer only a seller makes: a strong cue ("-40 %",
    "halva priset"), or an offer word with its price ("Erbjudande! ... vinterdäck för
    3 995 kr", "tarjous ... 49 €")."""
    if _strong().search(paragraph):
        return True
    offer, price = _priced_offer()
    return bool(offer.search(paragraph)) and bool(price.search(paragraph))


#: A name of two or more capitalised words ("Saariston Kukka ja Puutarha", "Hangon
#: Kalustetalossa") or a hyphenated capitalised compound ("Urheilu-Lindbergiin") after
#: a word inside a sentence (the lookbehind: not after a sentence end or a line start).
_INNER_NAME = recache.compile(
    r"(?<=[^\s.!?…])[ \t]+(?P<name>[A-ZÅÄÖ][a-zåäö][\w'’]{0,30}(?:-[A-ZÅÄÖ][\w'’]{1,30}"
    r"|(?:[ \t]+(?:(?:ja|och|&)[ \t]+)?[A-ZÅÄÖ][\w'’-]{1,30}){1,3}))")


@lru_cache(maxsize=1)
def _company_form() -> re.Pattern[str]:
    """A company form (``company_forms``: "Oy", "Ab") as a word of a name."""
    return recache.compile(r"(?<![\w'’-])(?:" + vocabulary.alternation(tuple(vocabulary.words("advertising", "company_forms"))) + r")(?!\w)")


#: A name of two to four capitalised words anywhere, also first in a sentence ("Hangö
#: Båtservice ger ..."): taken for the seller of a strong offer only when its first word
#: is the municipality's own place name (sellers are often named after the town).
_PLACE_NAME = recache.compile(r"(?<![\w'’-])(?P<name>[A-ZÅÄÖ][a-zåäö][\w'’]{0,30}(?:[ \t]+[A-ZÅÄÖ][\w'’-]{1,30}){1,3})")


#: The municipality's own word right before a business-looking noun: "kommunens webbshop",
#: "kaupungin verkkokauppa" is its own service.
_OWN_BEFORE = recache.compile(r"(?i)(?<!\w)(?:kommunens|stadens|regionens|kaupungin|kunnan|vår|vårt|oma|omassa|omasta|meidän)[ \t]+$")


@lru_cache(maxsize=1)
def _shops_generic() -> re.Pattern[str]:
    """Shops named only by their kind in the plural (``advertising.yaml``
    ``shops_generic``): with an offer only a seller makes, they are its sellers."""
    return recache.compile(r"(?i)(?<!\w)(?:" + vocabulary.patterns("advertising", "shops_generic") + r")(?!\w)")


def _capitals_only(name: str) -> bool:
    """Whether ``name`` is several words in capitals ("GYMMET I DALSBRUK"): in a heading
    written in capitals every word has a capital, so the capital is no sign of a name
    (chains in capitals, "ICA", are matched apart)."""
    letters = [c for c in name if c.isalpha()]
    return " " in name.strip() and bool(letters) and all(c.isupper() for c in letters)


#: Why a person's name is the municipality's own people (``NameHit.public``): the
#: signer, an official by title, a role, a contact line.
_STAFF_REASONS = frozenset({"signer", "official", "role", "contact"})


def _staff(analysis: "Analysis", start: int, end: int) -> bool:
    """Whether ``[start, end)`` (0-based, end exclusive) overlaps a person's name that the
    person-name detector reads as the municipality's staff (:data:`_STAFF_REASONS`), or
    lies in the signature."""
    signature = analysis.signature
    if signature is not None and start >= signature.start:
        return True
    return any(hit.start < end and start < hit.end and hit.public in _STAFF_REASONS for hit in analysis.person_names)


def _place_led(name: str, profile_names: frozenset[str]) -> bool:
    """Whether ``name``'s first word is (an inflection of) the municipality's place name."""
    first = name.split()[0].lower()
    return any(len(n) >= 4 and first.startswith(n) for n in profile_names)


def _private(name: str, profile_names: frozenset[str]) -> bool:
    """Whether a business-looking ``name`` is private: none of its words is (or, as a
    compound of five letters or more, ends in) one of the municipality's own services,
    and it is not just the municipality's name. A registered company ("Kokkolan Autokoulu
    Oy") is read by its words only: a compound such as "autokoulu" (a driving school) is
    a business of its own kind, not the municipality's "koulu"."""
    words = {w.lower().strip(".,") for w in re.findall(r"[\w'’-]+", name)}
    words.discard("hos")
    own = _more()[3]  # the municipality's own services (``municipal`` and ``municipal_more``)
    company = bool(_company_form().search(name))
    # A kind of business in its own right ("autokoulu", "trafikskola": business_nouns) is
    # no municipal "koulu"/"skola" though it ends in one.
    kinds = _business_kinds()
    if any(w in own or (not company and w not in kinds and any(len(m) >= 5 and w.endswith(m) for m in own)) for w in words):
        return False
    # The municipality's name, also inflected ("Hangon", "Kokkolaan"), is no business.
    return not (words and all(w in profile_names or any(len(n) >= 4 and w.startswith(n) for n in profile_names)
                                 for w in words - {"ja", "och", "&"}))


@lru_cache(maxsize=1)
def _business_kinds() -> frozenset[str]:
    """The kinds of business (``business_nouns``), lower case."""
    return frozenset(w.lower() for w in vocabulary.words("advertising", "business_nouns"))


def _places_only(name: str) -> bool:
    """Whether every word of ``name`` (but "ja", "och", "&") is a known place, also with a
    case ending of up to four letters ("Oulusta ja Vaasasta"; a name of six letters or
    more may change its last two before it, as in consonant gradation: "Lappeenrannasta"):
    places say where, not who sells (:func:`.vocabulary.place_names`)."""
    places = vocabulary.place_names()
    words = [w.lower() for w in name.split() if w.lower() not in ("ja", "och", "&")]
    return bool(words) and all(
        w in places or any(len(p) >= 4 and w.startswith(p if len(p) < 6 else p[:-2]) and len(w) - len(p) <= 4
                           for p in places if p[:2] == w[:2])
        for w in words
    )


def _shop_link(host: str, own_domains: tuple[str, ...]) -> bool:
    """Whether a link's ``host`` may be a shop's: not the municipality's own domain, not a
    public authority's, and without a municipal word in it."""
    host = host.lower().removeprefix("www.")
    _, _, _, _, public, public_words = _more()
    if any(host == d or host.endswith("." + d) for d in tuple(own_domains) + public):
        return False
    return not any(w in host for w in public_words)


def detect(analysis: "Analysis") -> list[Promotion]:
    """Every commercial cue that shares its paragraph with a private business, in order.

    A discount, offer or price cue counts with a business anywhere in its paragraph (a
    company name, a chain, or a link to a shop); an invitation ("boka", "käy",
    "suosittelemme") only with a named business in its own sentence.
    """
    post = analysis.post
    cue_re, business_re, _ = _patterns()
    price_re, invite_re, chain_re, _, _, _ = _more()
    text = post.text
    cues = sorted(list(cue_re.finditer(text)) + list(price_re.finditer(text)), key=lambda m: m.start())
    invites = list(invite_re.finditer(text))
    if not cues and not invites:
        return []
    profile = analysis.profile
    names = {str(v).lower() for v in (getattr(profile, "municipality", None) or {}).values()}
    profile_names = frozenset(w for n in names for w in re.findall(r"\w+", n))
    own_domains = tuple(getattr(profile, "domains", None) or ())
    import bisect

    # Cues, invitations and links of a paragraph by binary search over their starts, and
    # an invitation's sentence likewise (not every cue, link and sentence per paragraph).
    cue_starts = [m.start() for m in cues]
    invite_starts = [m.start() for m in invites]
    sentences = post.sentences
    links = sorted(((link.start, i, link) for i, link in enumerate(analysis.links)), key=lambda t: t[:2])
    link_starts = [start for start, _, _ in links]
    found = []
    for paragraph in post.paragraphs:
        inside = cues[bisect.bisect_left(cue_starts, paragraph.start) : bisect.bisect_left(cue_starts, paragraph.end)]
        asked = invites[bisect.bisect_left(invite_starts, paragraph.start) : bisect.bisect_left(invite_starts, paragraph.end)]
        if not inside and not asked:
            continue
        named = [(m.start() + paragraph.start, m.group()) for m in business_re.finditer(paragraph.text)
                 if _private(m.group(), profile_names) and not _OWN_BEFORE.search(paragraph.text, max(0, m.start() - 20), m.start())
                 and not _capitals_only(m.group())]
        named += [(m.start() + paragraph.start, m.group()) for m in chain_re.finditer(paragraph.text)]
        here = links[bisect.bisect_left(link_starts, paragraph.start) : bisect.bisect_left(link_starts, paragraph.end)]
        shop_links = [link.url for _, _, link in sorted(here, key=lambda t: t[1]) if _shop_link(link.host, own_domains)]
        if not named and not shop_links and _strong_offer(paragraph.text):
            # An offer only a seller makes names its seller however it is written.
            named = [(m.start("name") + paragraph.start, m.group("name")) for m in _INNER_NAME.finditer(paragraph.text)
                     if _private(m.group("name"), profile_names) and not _places_only(m.group("name"))]
            if not named:
                named = [(m.start("name") + paragraph.start, m.group("name")) for m in _PLACE_NAME.finditer(paragraph.text)
                         if _place_led(m.group("name"), profile_names) and _private(m.group("name"), profile_names)]
            # The municipality's staff named on a contact line or as the signer are who
            # answers questions, not who sells ("Mer info: miljöinspektör Elin Forsberg").
            named = [(start, name) for start, name in named if not _staff(analysis, start, start + len(name))]
            if not named:
                # "i alla butiker i Saluhallen", "kaikissa liikkeissä": the shops unnamed
                named = [(m.start() + paragraph.start, m.group()) for m in _shops_generic().finditer(paragraph.text)]
        businesses = [name for _, name in sorted(named)] + shop_links
        hits = [(m, businesses[0]) for m in inside] if businesses else []
        # Whether a cue covers an offset: the largest end among the cues starting at or
        # before it (the invitations already taken do not overlap a later invitation).
        covered_to: list[int] = []
        for m, _ in hits:
            covered_to.append(max(m.end(), covered_to[-1]) if covered_to else m.end())
        hit_starts = [m.start() for m, _ in hits]
        named_sorted = sorted(named)
        named_starts = [start for start, _ in named_sorted]
        for match in asked:
            i = sentence_index(post, match.start())
            if i is None:
                continue
            sentence = sentences[i]
            near = [name for _, name in named_sorted[bisect.bisect_left(named_starts, sentence.start) : bisect.bisect_left(named_starts, sentence.end)]]
            j = bisect.bisect_right(hit_starts, match.start()) - 1
            if near and not (j >= 0 and covered_to[j] > match.start()):
                hits.append((match, near[0]))
        for match, business in sorted(hits, key=lambda h: h[0].start()):
            found.append(Promotion(match.start(), match.end(), match.group(), business))
    return found
