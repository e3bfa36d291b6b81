"""Detectors: what is in a post, found once per post (Presidio's recognizers).

A detector looks at a post and reports *what is there*: a national id and whether its
check digit is valid, a phone number and whether it stands on a staff member's
contact line, a name and whether it is the signer's, an offensive word and whether it
is quoted. It does not decide what to report: that is the rules' job
(:mod:`kommunlint.rules`), which read the detectors' results from the per-post
:class:`Analysis` and map them to problems.

One module per detector, each with a ``detect(analysis)`` function:

============================  ==========================================================
``Analysis`` attribute        detector module (vocabulary in ``detect/data/``)
============================  ==========================================================
``urls``                      :mod:`.context` (URL and e-mail spans)
``words``                     :mod:`.tokens` (the post's words, found once)
``signature``                 :mod:`.signature` (greetings.yaml, titles.yaml, parties.yaml)
``national_ids``              :mod:`.national_id` (context_words.yaml)
``phones``                    :mod:`.phone` (context_words.yaml, contact.yaml, titles.yaml)
``emails``                    :mod:`.email` (the profile's municipality names)
``bank_accounts``             :mod:`.bank_account` (context_words.yaml)
``vehicle_plates``            :mod:`.vehicle_plate` (context_words.yaml)
``street_addresses``          :mod:`.street_address` (places.yaml)
``person_names``              :mod:`.person_name` (names via :mod:`.names`, titles.yaml, relations.yaml)
``sensitive_terms``           :mod:`.sensitive` (sensitive_terms.yaml)
``offensive``                 :mod:`.offensive` (offensive/data/lexicon_*.yaml)
``confidential_markers``      :mod:`.confidential` (confidential.yaml)
``language_at`` / ``versions``  :mod:`.language` (engine: :mod:`.langid`)
``facts``                     :mod:`.facts` (used by the bilingual comparison)
``shouting``                  :mod:`.shouting` (shouting.yaml)
``accusations``               :mod:`.accusation` (accusation.yaml)
``hearsay``                   :mod:`.rumour` (rumour.yaml)
``placeholders``              :mod:`.placeholder` (placeholder.yaml)
``promotions``                :mod:`.advertising` (advertising.yaml)
``credits``                   :mod:`.credit` (credit.yaml)
``links``                     :mod:`.links` (links.yaml)
``hashtags``                  :mod:`.hashtags` (hashtags.yaml)
``emoji``                     :mod:`.emoji` (the ``emoji`` package)
``readability``               :mod:`.readability`
``officialese``               :mod:`.officialese` (officialese.yaml)
``platform_fit``              :mod:`.platform` (platforms.yaml)
``opinion``                   :mod:`.opinion` (opinion.yaml)
============================  ==========================================================

Offsets everywhere are 0-based code points into ``Post.text``, end exclusive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Generic, TypeVar

if TYPE_CHECKING:
    from ..post import Post
    from ..profile import Profile
    from .bank_account import BankAccount
    from .confidential import Marker
    from .email import EmailAddress
    from .language import Languages, Versions
    from .national_id import NationalId
    from .offensive.matcher import Hit
    from .person_name import NameHit
    from .phone import PhoneNumber
    from .sensitive import SensitiveTerm
    from .signature import Signature
    from .street_address import StreetAddress
    from .tokens import Words
    from .vehicle_plate import VehiclePlate
    from .accusation import Accusation
    from .advertising import Promotion
    from .credit import Credits
    from .emoji import Emoji
    from .hashtags import Hashtag
    from .links import Link
    from .officialese import Officialese
    from .opinion import Opinion
    from .placeholder import Placeholder
    from .platform import Fit
    from .readability import Readability
    from .rumour import Hearsay
    from .shouting import Shout


_T = TypeVar("_T")


class cached_property(Generic[_T]):  # noqa: N801 - named and used as functools' is
    """``functools.cached_property`` without its lock: the value is computed on first
    access and kept in the instance's ``__dict__`` (which then answers every later
    access without this descriptor). Python 3.11's version takes a lock shared by every
    instance around the first access, a cost paid for each of the 30 detectors of each
    post (about 1.3 µs each) for thread safety an analysis never needs: one analysis
    belongs to one post in one thread (Python 3.12 dropped the lock for the same reason).
    An exception propagates and nothing is kept, as with functools'."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


class Analysis:
    """What the detectors found in one post under one profile, each computed at most once.

    Every attribute is filled lazily on first use, so a run whose enabled rules need
    no phone numbers never parses one. Rules get the analysis as ``ctx.analysis``
    and must treat it as read-only.

    Args:
        post: the :class:`~kommunlint.post.Post` (its ``text`` must not change afterwards).
        profile: the effective :class:`~kommunlint.profile.Profile` (domains, published
            numbers and officials, languages).
    """

    def __init__(self, post: "Post", profile: "Profile") -> None:
        self.post = post
        self.profile = profile
        self._versions: dict[tuple[str, ...], "Versions"] = {}

    # -- structure --------------------------------------------------------------
    @cached_property
    def urls(self) -> list[tuple[int, int]]:
        """``(start, end)`` of every URL and e-mail address, sorted."""
        from .context import find_urls

        return find_urls(self.post.text)

    @cached_property
    def words(self) -> "Words":
        """The post's words (runs of letters) with offsets, lower-cased forms, sentences
        and lines, found once and shared by the detectors (:mod:`.tokens`)."""
        from .tokens import for_post

        return for_post(self.post)

    @cached_property
    def signature(self) -> "Signature | None":
        """The writer's signature at the end of the post, or ``None``."""
        from .signature import find_signature

        author = self.post.meta.get("author")
        return find_signature(self.post.text, author=str(author) if author else None)

    @cached_property
    def languages(self) -> "Languages":
        """Language of every sentence and paragraph, per candidate set (:mod:`.language`)."""
        from .language import Languages

        return Languages(self.post)

    def language_at(self, offset: int, candidates: tuple[str, ...] = ("sv", "fi", "en")) -> str | None:
        """ISO 639-1 code of the sentence holding ``offset`` (else its paragraph), or ``None``."""
        return self.languages.at(offset, tuple(candidates))

    def versions(self, languages: tuple[str, ...]) -> "Versions":
        """The post split into language pieces for a bilingual comparison (:mod:`.language`)."""
        if languages not in self._versions:
            from .language import split_versions

            self._versions[languages] = split_versions(self, languages)
        return self._versions[languages]

    # -- personal data ------------------------------------------------------------
    @cached_property
    def national_ids(self) -> list["NationalId"]:
        """Swedish personnummer/samordningsnummer and Finnish HETU (:mod:`.national_id`)."""
        from .national_id import detect

        return detect(self)

    @cached_property
    def phones(self) -> list["PhoneNumber"]:
        """Phone numbers with their context (:mod:`.phone`)."""
        from .phone import detect

        return detect(self)

    @cached_property
    def emails(self) -> list["EmailAddress"]:
        """E-mail addresses, official or not (:mod:`.email`)."""
        from .email import detect

        return detect(self)

    @cached_property
    def _email_starts(self) -> list[int]:
        return [address.start for address in self.emails]  # emails are in text order

    def emails_in(self, lo: int, hi: int) -> list["EmailAddress"]:
        """The e-mail addresses starting in ``[lo, hi)`` (0-based offsets, end exclusive),
        by binary search: detectors ask this for every name or number."""
        import bisect

        starts = self._email_starts
        return self.emails[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]

    @cached_property
    def bank_accounts(self) -> list["BankAccount"]:
        """IBANs and Swedish accounts (:mod:`.bank_account`)."""
        from .bank_account import detect

        return detect(self)

    @cached_property
    def vehicle_plates(self) -> list["VehiclePlate"]:
        """Registration plates in a vehicle context (:mod:`.vehicle_plate`)."""
        from .vehicle_plate import detect

        return detect(self)

    @cached_property
    def street_addresses(self) -> list["StreetAddress"]:
        """Street addresses, with whether they are a public place (:mod:`.street_address`)."""
        from .street_address import detect

        return detect(self)

    @cached_property
    def person_names(self) -> list["NameHit"]:
        """Persons' names, each with why it is public (``public is None``: a private person) (:mod:`.person_name`)."""
        from .person_name import detect

        return detect(self)

    @cached_property
    def special_category_matches(self) -> list[tuple[int, int, str]]:
        """``(start, end, category)`` of every special-category word or phrase in the
        post's text, before any reading of who it is about (:func:`.sensitive.matches`);
        shared by the person-name and sensitive-term detectors."""
        from .sensitive import matches

        return matches(self.post.text)

    @cached_property
    def sensitive_terms(self) -> list["SensitiveTerm"]:
        """Special-category terms and whether each is tied to a person (:mod:`.sensitive`)."""
        from .sensitive import detect

        return detect(self)

    # -- wording --------------------------------------------------------------------
    @cached_property
    def offensive(self) -> list["Hit"]:
        """Offensive words and phrases, every category (:mod:`.offensive`)."""
        from .offensive.matcher import detect

        return detect(self)

    @cached_property
    def confidential_markers(self) -> list["Marker"]:
        """Secrecy and classification markers with their sentence's reading (:mod:`.confidential`)."""
        from .confidential import detect

        return detect(self)

    # -- guideline rules (issue 12) ---------------------------------------------------
    @cached_property
    def shouting(self) -> list["Shout"]:
        """Runs of four or more words in capitals and of four or more ``!`` (:mod:`.shouting`)."""
        from .shouting import detect

        return detect(self)

    @cached_property
    def accusations(self) -> list["Accusation"]:
        """Lying, bribery and fraud words with their sentence's reading (:mod:`.accusation`)."""
        from .accusation import detect

        return detect(self)

    @cached_property
    def hearsay(self) -> list["Hearsay"]:
        """Hearsay markers ("det sägs att", "kuulemma") with their reading (:mod:`.rumour`)."""
        from .rumour import detect

        return detect(self)

    @cached_property
    def placeholders(self) -> list["Placeholder"]:
        """Template text never filled in ([NAMN], XX.XX, TODO) (:mod:`.placeholder`)."""
        from .placeholder import detect

        return detect(self)

    @cached_property
    def promotions(self) -> list["Promotion"]:
        """Commercial cues next to a private business (:mod:`.advertising`)."""
        from .advertising import detect

        return detect(self)

    @cached_property
    def credits(self) -> "Credits":
        """Statements that material is reused, and credits naming its maker (:mod:`.credit`)."""
        from .credit import detect

        return detect(self)

    @cached_property
    def links(self) -> list["Link"]:
        """Links with their problem (plain http, IP host, shortener) (:mod:`.links`)."""
        from .links import detect

        return detect(self)

    @cached_property
    def hashtags(self) -> list["Hashtag"]:
        """Hashtags, run-together and in-sentence ones marked (:mod:`.hashtags`)."""
        from .hashtags import detect

        return detect(self)

    @cached_property
    def emoji(self) -> list["Emoji"]:
        """Emoji with their place in the line (:mod:`.emoji`)."""
        from .emoji import detect

        return detect(self)

    @cached_property
    def readability(self) -> list["Readability"]:
        """LIX (Swedish) or its Finnish counterpart per paragraph (:mod:`.readability`)."""
        from .readability import detect

        return detect(self)

    @cached_property
    def officialese(self) -> list["Officialese"]:
        """Bureaucratic words with a plainer suggestion (:mod:`.officialese`)."""
        from .officialese import detect

        return detect(self)

    @cached_property
    def platform_fit(self) -> "Fit | None":
        """Length against the front matter's ``platform:`` limit, or ``None`` (:mod:`.platform`)."""
        from .platform import detect

        return detect(self)

    @cached_property
    def opinion(self) -> "Opinion":
        """Municipal-topic words and the personal-views disclaimer (:mod:`.opinion`)."""
        from .opinion import detect

        return detect(self)

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        done: list[Any] = [k for k in self.__dict__ if not k.startswith("_") and k not in ("post", "profile")]
        return f"Analysis({self.post.path!r}, computed={done})"
