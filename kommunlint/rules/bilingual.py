"""bilingual/*: a bilingual municipality's post in both official languages, equally.

Sources: Hangö's guideline, punkt 6 (the channels are updated "regelbundet ... och på
båda språken"), and for every bilingual municipality in Finland the Language Act
(kielilaki / språklag 423/2003), § 32: a bilingual authority informs the public in
Finnish and Swedish (tiedottaa yleisölle suomen ja ruotsin kielellä).

What must be bilingual, and what not (the rules' ``kinds`` option, default ``[post]``):
a *post* informs the public, so § 32 asks for both languages. A *reply* answers one
person, and there the Act asks for the other thing: § 10 gives everyone the right to
use Finnish or Swedish with a bilingual municipality's authorities, and § 23 obliges
the authority to serve the person in that language of their own accord (the
Association of Finnish Municipalities' guidance: a bilingual municipality finds out
which language the person uses and uses it). A reply in the asker's language is
therefore what the law asks for, and a bilingual reply is not required; the rules
look at posts only. A municipality whose own guideline demands bilingual replies sets
``kinds: [post, reply]`` in its profile.

Both rules look only at what the municipality publishes (``account: official``): a
personal account chooses its own language. Front matter ``languages: [fi]`` marks a
post as monolingual on purpose (e.g. a Finnish-only school's notice) and turns both
rules off for it.

Layouts understood (:mod:`kommunlint.detect.language`): a Swedish block then a
Finnish block (either order), alternating lines, "Välkommen! / Tervetuloa!" on one line
(split at `` / `` and `` | ``), a shared heading, hashtag, date or link line (carries no
language, counts for both versions), a line in both languages whose date, time or
contact stands beside both wordings ("Fredag/Perjantai 29.8.", "kl./klo 18 Öppning /
Avajaiset", "Mer information / Lisätietoja: name, phone"), and a bilingual signature
("Hangö stad / Hangon kaupunki": the municipality's own names and the writer's
signature are left out).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import recache
from ..finding import Problem
from . import Option, rule

#: Distinct bare numbers whose omission is content, not wording: a paragraph of counts,
#: years and classes left out of one version (two numbers are often written as words).
_NUMBERS_ARE_CONTENT = 3
#: A house number is written as an address in one version and as a number in the other.
_OTHER_FORM = {"address": "number", "number": "address"}
#: Words before a house number that may name its street ("Esplanadin talot 12–28").
_STREET_WORDS_BEFORE = 3


def _house_number_met(fact, mine: list, text: str) -> bool:
    """Whether an address ``fact`` ("Esplanaden 12") is in ``mine`` (a version's facts and
    the shared ones) as the same number after its street's name in another construction
    ("Esplanadin talot 12–28", "Koulukadun talot 3–17" for "Skolgatan 3–17"), or a
    number ``fact`` is there as such an address: the street named within
    :data:`_STREET_WORDS_BEFORE` words before the number, inflected or translated
    (:func:`kommunlint.detect.facts.counterparts`). An age "3–6-vuotiaille" is no house
    number of "Frihetsgatan 3"."""
    from ..detect.facts import counterparts

    def street(address) -> str:
        return address.text.rsplit(None, 1)[0] if " " in address.text.strip() else address.text

    def named_before(number, name: str) -> bool:
        words = _LETTER_WORD.findall(text[max(0, number.start - 60) : number.start])[-_STREET_WORDS_BEFORE:]
        return any(counterparts(name, word) for word in words)

    other = _OTHER_FORM[fact.kind]
    for mine_fact in mine:
        if mine_fact.kind != other or mine_fact.key != fact.key:
            continue
        address, number = (fact, mine_fact) if fact.kind == "address" else (mine_fact, fact)
        if named_before(number, street(address)):
            return True
    return False
_PII_KINDS = {"email": "emails", "phone": "phones", "address": "addresses", "name": "names"}
#: Facts a version may give by pointing at the other's ("kontaktuppgifter ovan", "enligt
#: listan ovan", "(alueet yllä)"): a list's names, figures, prices, addresses, links and
#: contacts. Not dates, weekdays or times: a pointer sends the reader to a list, the
#: when of the notice is its own message and is still compared.
_POINTABLE = frozenset({"email", "phone", "address", "name", "number", "price", "url"})
#: Facts that serve both readers when they stand on a line written in both languages: a
#: link (keyed by site, and the site has both languages). A phone number or e-mail
#: address given to one reader ("Frågor: tfn ... / Kysymyksiä voi lähettää.") is a
#: contact the other version should give too.
_SIDE_BY_SIDE = frozenset({"url"})
#: "on" (onsdag) right before a date, in a Swedish version: "on 23.12.", "on 11.9".
_SV_ON_BEFORE_DATE = re.compile(r"(?<![\w.])(on)\.?[ \t]+(?=\d{1,2}\.\d{1,2}(?!\d))")
#: A line that is one label word and what it labels: "Jour: 040 ...", "Päivystys: 040 ...".
_ONE_WORD_LABEL = re.compile(r"^[ \t]{0,8}[^\W\d_]+[ \t]{0,3}:\s")
#: Two words joined by a slash, "dirigent/kapellimestari", "Söndag/Sunnuntai", or an
#: abbreviation and its translation, "tfn/p." (one letter with its period), not digits,
#: not a link; a unit after a price ("45 €/dygn/vrk", per day in each language) is a pair too.
_WORD_PAIR = re.compile(r"(?:(?<![\w/.:])|(?<=€/))(?:[^\W\d_]{2,}\.?|[^\W\d_]\.)/(?:[^\W\d_]{2,}|[^\W\d_]\.)(?![\w/])")


#: The separator of a line that gives both versions side by side.
_SIDE_BY_SIDE_SPLIT = re.compile(r" [/|] ")
#: What a label, contact or list line has and a caption has not.
_NOT_CAPTION = re.compile(r"[:,@\d]")
#: A hashtag: a series number ("Hangö i blått #4") or tag, no contact or list.
_HASHTAG = recache.compile(r"(?<!\w)#\w+")
#: A line of text (for lines written the same in two paragraphs).
_LINE = re.compile(r"[^\n]+")


def _required_languages(post, ctx) -> tuple[str, ...]:
    """The languages this post must have: front matter ``languages`` or the profile's."""
    wanted = post.meta.get("languages") or ctx.profile.languages or []
    return tuple(dict.fromkeys(str(lang).lower() for lang in wanted))


def _applies(post, ctx) -> bool:
    return (
        post.account == "official"
        and post.kind in ctx.options["kinds"]
        and len(_required_languages(post, ctx)) >= 2
    )


def _key(prefix: str, lang: str) -> str:
    return f"{prefix}-{lang}" if lang in ("sv", "fi") else f"{prefix}-other"


_MIN_WORDS = Option(int, 3, minimum=1, help="words a language needs to count as present")
_KINDS = Option(
    list, ["post"], item=str,
    help="post kinds that must be bilingual: posts inform the public (Language Act § 32); "
    "a reply answers in the asker's language (§§ 10, 23)",
)


#: First words of a courtesy line: a welcome, thanks or wish ("Välkommen att söka!",
#: "Tervetuloa hakemaan!", "Trevlig sommar!", "Hyvää kesää kaikille!").
_COURTESY_HEADS = frozenset({
    "välkommen", "välkomna", "varmt", "hjärtligt", "tack", "trevlig", "glad", "god", "gott",
    "tervetuloa", "lämpimästi", "kiitos", "kiitokset", "hyvää", "mukavaa", "antoisaa", "iloista",
})
#: Words of letters a courtesy line may have.
_COURTESY_WORDS = 4
#: What may follow the head in a courtesy line: whom it greets and the bare invitation or
#: the season wished ("att söka", "kaikki mukaan", "hakemaan", "sommar"). A line that
#: names its event ("Tervetuloa leikkipuiston avajaisiin!") tells what, and is a stub of
#: a version, not a courtesy.
_COURTESY_FILLERS = frozenset({
    "att", "söka", "alla", "med", "oss", "er", "dig", "till", "hit", "in", "på", "och", "så", "mycket", "hjärtligt",
    "välkomna", "varmt", "sommar", "helg", "jul", "påsk", "midsommar", "nytt", "år", "höst", "vår",
    "kaikki", "kaikille", "mukaan", "hakemaan", "paikalle", "osallistumaan", "myös", "ja", "paljon", "lämpimästi",
    "kesää", "joulua", "viikonloppua", "juhannusta", "pääsiäistä", "uutta", "vuotta", "syksyä", "kevättä",
})


def _courtesy_only(found, lang: str) -> bool:
    """Whether every piece of ``lang`` that carries words is a courtesy line: a welcome,
    thanks or wish (first word in :data:`_COURTESY_HEADS`, the others in
    :data:`_COURTESY_FILLERS`, at most :data:`_COURTESY_WORDS` words, no fact:
    "Välkommen att söka!" under a Finnish job ad, "Tervetuloa kaikki mukaan!"). Such a line tells the other language group nothing of the notice: the post
    lacks that language (``missing-language``), it has no stub of a version."""
    from ..detect.facts import extract

    pieces = [p for p in found.of(lang) if p.count]
    for piece in pieces:
        words = _LETTER_WORD.findall(piece.text)
        if (not words or words[0].lower() not in _COURTESY_HEADS or len(words) > _COURTESY_WORDS
                or any(w.lower() not in _COURTESY_FILLERS for w in words[1:]) or extract(piece.text)):
            return False
    return bool(pieces)


#: A contact line: a label of one or two words and a colon ("Mer information:",
#: "Lisätietoja:", "Kontakt:"), then its value.
_CONTACT_LABEL = re.compile(r"^[ \t]{0,4}[^\W\d_]+(?:[ \t]+[^\W\d_]+)?:[ \t]+(?=\S)")


def _contact_only(found, lang: str, text: str) -> bool:
    """Whether every piece of ``lang`` that carries words is on a contact line
    (:func:`_on_contact_line`): "Mer information: lokalservicechef X", "Mer info:
    kokkola.fi" under a Finnish notice. Such a line tells whom to ask or where to read,
    not what the notice says: the post lacks that language (``missing-language``), it
    has no version of it."""
    pieces = [p for p in found.of(lang) if p.count]
    return bool(pieces) and all(_on_contact_line(piece, text) for piece in pieces)


def _on_contact_line(piece, text: str) -> bool:
    """Whether ``piece`` lies on a contact line: a label of one or two words and a colon,
    then at most one word of language (a title) beside a name, a phone number, an e-mail
    address or a link."""
    from ..detect.facts import extract, language_words

    start = text.rfind("\n", 0, piece.start) + 1
    end = text.find("\n", piece.end)
    line = text[start : len(text) if end < 0 else end]
    label = _CONTACT_LABEL.match(line)
    if not label or piece.start < start + label.start() or piece.end > len(line) + start:
        return False
    value = line[label.end() :]
    if len(language_words(value, initial=False)) > 1:
        return False
    kinds = {f.kind for f in extract("- " + value)}
    # A link alone is a pointer only under a label that points ("Mer info:", "Lue
    # lisää:"); under a heading's words ("Rantalaiturin uusiminen: hanko.fi/...") the
    # line is a stub of a version.
    return bool(kinds & {"name", "phone", "email"}) or ("url" in kinds and _pointer_label(line[: label.end()]))


@lru_cache(maxsize=1)
def _pointer_labels() -> frozenset[str]:
    from ..detect import vocabulary

    return frozenset(w.lower() for key in ("further_info", "pointer_labels") for w in vocabulary.words("context_words", key))


def _pointer_label(label: str) -> bool:
    """Whether ``label`` (with its colon) points the reader elsewhere ("Mer info:",
    "Lisätietoja:", "Lue lisää:"; ``context_words.yaml`` ``further_info`` and
    ``pointer_labels``)."""
    return " ".join(label.rstrip().rstrip(":").lower().split()) in _pointer_labels()


#: Lines a post laid out side by side throughout needs (one line is a caption's pair).
_SIDE_BY_SIDE_LINES = 2


def _side_by_side_post(found, text: str) -> bool:
    """Whether every line of the post that carries words of language gives both
    languages: pieces of two languages on it ("Sommaröppet / Kesäaukiolo 16.6–17.8",
    "Välkommen! Tervetuloa!") or a word joined to its translation
    ("Må/ma–fre/pe kl(o) 9–17", "Strandvägen/Rantatie 2, Dalsbruk/Taalintehdas"; see
    :func:`kommunlint.detect.language.pairs_across`), on at least
    :data:`_SIDE_BY_SIDE_LINES` lines. Such a notice is one text for both language
    groups, however few of its words one language has."""
    from ..detect.language import pairs_across

    by_line: dict[int, set] = {}
    for piece in found.pieces:
        if piece.lang is not None and piece.count:
            by_line.setdefault(piece.line, set()).add(piece.lang)
    if len(by_line) < _SIDE_BY_SIDE_LINES:
        return False
    for start, langs in by_line.items():
        end = text.find("\n", start)
        if len(langs) < 2 and not pairs_across(text[start : len(text) if end < 0 else end]):
            return False
    return True


def _present(found, min_words: int, text: str | None = None) -> list[str]:
    """The languages of ``found`` with at least ``min_words`` words of language, less a
    version that is only a courtesy line (:func:`_courtesy_only`) beside another: a
    post whose only words are "Kiitos kaikille osallistujille!" under a results list
    is still a Finnish post. With ``text`` (the post's), a version that is only a contact
    line (:func:`_contact_only`) is none either."""
    present = [lang for lang in found.languages if found.words(lang) >= min_words]
    courteous = [lang for lang in present if _courtesy_only(found, lang)
                 or (text is not None and _contact_only(found, lang, text))]
    return [lang for lang in present if lang not in courteous] if len(courteous) < len(present) else present


def _short_version(found, lang: str, present: list[str]) -> bool:
    """A terse version is a version: a notice line in ``lang`` with few words of
    language ("Vesikatko Vuorikadulla tiistaina 14.10. klo 9–12.") that gives at least
    two of the dates, weekdays and times of a present version, and none that it lacks.
    A lone "Tervetuloa!" gives none and stays no version."""
    from ..detect.facts import extract, language_words

    kinds = ("date", "weekday", "time")
    mine = {(f.kind, f.key) for p in found.of(lang) for f in extract(p.text, p.start) if f.kind in kinds}
    # At least one word of its own besides the facts ("Vesikatko"): a bare
    # "Tiistaina 14.10. klo 9–12." says when, not what.
    if len(mine) < 2 or not any(language_words(p.text) for p in found.of(lang)):
        return False
    theirs = {(f.kind, f.key) for other in present for p in found.of(other) for f in extract(p.text, p.start)
              if f.kind in kinds}
    return mine <= theirs


def _caption_line_words(text: str, language: str, languages: tuple[str, ...]) -> int:
    """Words of ``language`` in one caption piece: its words that carry language, or,
    when the piece is ``language`` for sure (a lead of
    :data:`kommunlint.detect.language.WEAK_MARGIN` over the other of ``languages``),
    every word of letters (names included: "Itäsatamassa" is a Finnish word as well as
    a place)."""
    from ..detect.facts import language_words
    from ..detect.language import WEAK_MARGIN, language_lead

    plain = len(language_words(text, calendar=True))
    if language_lead(text, language, languages) < WEAK_MARGIN:
        return plain
    return max(plain, len(_LETTER_WORD.findall(text)))


_LETTER_WORD = re.compile(r"(?<![#@\w])[^\W\d_]{2,}(?:-[^\W\d_]+)*")
#: A heading's word in capitals ("SOMMARJOBB", "FÖR").
_CAPS_WORD = re.compile(r"(?<![#@\w])[A-ZÅÄÖ]{2,}(?![\w])")


def _caption_version(found, lang: str, present: list[str], min_words: int, text: str) -> bool:
    """A caption's other half is a version: in a post whose every present version is
    short (at most twice ``min_words`` words of language, a photo caption such as
    "Morgonljus över hamnen i dag" with its translation beneath), a version in ``lang``
    with at least two words and at least half as many as the longest present version
    counts. Its words are counted on caption lines only: lines without a colon, comma,
    digit or "@" outside a hashtag ("#4" numbers a photo series), which a label,
    contact or list line has ("Lisätietoja: ...", "Kälviä, Lohtaja, Ullava"); its capitalised first word counts, as names do not
    ("Aamuvaloa Itäsatamassa tänään": two words). A lone "Tervetuloa!" (one word) or
    "Tervetuloa kaikki!" under a longer text stays no version."""
    from ..detect.facts import language_words

    def line_of(piece) -> str:
        end = text.find("\n", piece.line)
        return text[piece.line : len(text) if end < 0 else end]

    def caption_words(language: str) -> int:
        # Words on caption lines only: a credit line ("Foto / Kuva: X") gives a label
        # word to each language, which is no caption. On a line whose language is sure,
        # its capitalised words count too: a caption is mostly a place ("Talviaamu
        # Itäsatamassa", "Vintermorgon vid Östra hamnen"), and the place, inflected or
        # with its article, is written in that language.
        return sum(_caption_line_words(p.text, language, found.languages) for p in found.of(language)
                   if not _NOT_CAPTION.search(_HASHTAG.sub("", line_of(p))))

    longest = max(found.words(other) for other in present)
    if longest > 2 * min_words:
        return False
    mine = caption_words(lang)
    theirs = max(caption_words(other) for other in present)
    return mine >= 2 and 2 * mine >= theirs


#: Facts that, beside a heading's words, make a block of its own a version: a link to the
#: whole text or the date of the event ("Asukaskyselyn 2025 tulokset: kemionsaari.fi/...").
_HEADING_FACTS = frozenset({"url", "date"})


def _heading_version(found, lang: str, present: list[str], min_words: int, analysis) -> bool:
    """A block of its own in ``lang`` that heads the other version's text is a version,
    a stub: "LEDIG TJÄNST: Socialarbetare – se Kuntarekry." under a Finnish job ad,
    "KIMITOÖNS MARKNAD lör 9.8 🎪 Välkommen!" under a Finnish programme, "Asukaskyselyn
    2025 tulokset: kemionsaari.fi/kysely2025" under a Swedish report. Every piece of
    ``lang`` that carries letters stands in paragraphs where no present version has a
    piece; its words of letters outside facts and the municipality's own names (the
    heading's capitals and the capitalised first word counted: a heading is words of its
    language, not names) number at least ``min_words``, or two beside a link or a date;
    and they are taken for ``lang``, with a word of language in lower case.
    Such a block is reported by ``bilingual/unbalanced`` as a stub, not as a missing
    language: the other language group is told what the post is about, not what it
    says. A label and contact line beside the other version ("Mer information:
    lokalservicechef X" under "Lisätietoja: ...") shares its paragraph and is no such
    block; a block that is only a pointer ("Mer info: kokkola.fi") is none either."""
    from ..detect.facts import extract, language_words
    from ..detect.language import language_lead, own_names, paragraph_of

    post = analysis.post
    pieces = [p for p in found.of(lang) if _LETTER_WORD.search(p.text)]
    # A pointer ("Mer info: kokkola.fi", "Lisätietoja: X, 040 ...") heads nothing: the
    # post has no version in that language (missing-language), not a short one.
    if not pieces or all(_on_contact_line(p, post.text) for p in pieces):
        return False
    mine = {paragraph_of(post, p.start) for p in pieces}
    if any(paragraph_of(post, p.start) in mine for other in present for p in found.of(other)):
        return False
    own = own_names(analysis)
    words = 0
    kinds = set()
    for piece in pieces:
        facts = extract(piece.text)
        kinds.update(f.kind for f in facts)
        plain = list(piece.text)
        for fact in facts:
            plain[fact.start : fact.end] = " " * (fact.end - fact.start)
        words += sum(1 for w in _LETTER_WORD.findall("".join(plain)) if w.lower() not in own)
    if words < min_words and not (words >= 2 and kinds & _HEADING_FACTS):
        return False
    # Taken for ``lang`` (a heading is short, and its evidence rarely sure), with a word
    # of language in lower case ("tulokset", "se") or two in capitals ("SOMMARJOBB FÖR
    # UNGA"): a credit "Kuva: Anna Berg" is names.
    return language_lead(" ".join(p.text for p in pieces), lang, found.languages) > 0 and any(
        language_words(p.text, initial=False) or len(_CAPS_WORD.findall(p.text)) >= 2 for p in pieces)


#: Words of language a line of a contact directory may have ("Västanfjärds byaråd –
#: ordf. X, 040 ...", "Kemiön suomenkielinen koulu / Kimito finska skola: rehtori X, 040 ...").
_DIRECTORY_LINE_WORDS = 6
#: Facts that say when: a line with one is a notice, not a directory entry.
_WHEN = frozenset({"date", "weekday", "time"})


def _directory_paragraphs(post) -> set[int]:
    """Indexes (into ``post.paragraphs``) of contact directories: paragraphs of two or
    more lines, each giving a phone number or an e-mail address with at most
    :data:`_DIRECTORY_LINE_WORDS` words of language and no date, weekday or time (a
    notice line with a phone is text, not a directory entry), after at most one label line ending
    in a colon ("Kontakt / Yhteystiedot:"). Such a list of associations, schools or
    staff with their contacts is read by both language groups, whichever language its
    organisations' names are in; a contact closing one version's prose paragraph is
    that version's."""
    from ..detect.facts import extract, language_words
    from ..detect.language import contact_in_line

    found = set()
    for index, paragraph in enumerate(post.paragraphs):
        lines = [line for line in paragraph.text.splitlines() if line.strip()]
        if lines and lines[0].rstrip().endswith(":") and not contact_in_line(lines[0]):
            lines = lines[1:]
        if len(lines) >= 2 and all(
                contact_in_line(line) and len(language_words(line, initial=False)) <= _DIRECTORY_LINE_WORDS
                and not any(f.kind in _WHEN for f in extract(line))
                for line in lines):
            found.add(index)
    return found


#: A short label that starts an item line: "Hagapark skola: ", "Hangon Yhteiskoulu: "
#: (at most four words before the colon).
#: Anchored at a line's start (multiline ``^``): tried from every position, a run of word
#: characters would be scanned once per start.
_ITEM_LABEL = recache.compile(r"^[ \t]{0,4}[^\W\d_][\w.'&-]*(?:[ \t]+[\w.'&-]+){0,3}:[ \t]", re.M)


def _start_index(facts: list) -> tuple[list[int], list[int]]:
    """``(starts, order)``: the positions of ``facts`` sorted by start, and those starts."""
    order = sorted(range(len(facts)), key=lambda i: facts[i].start)
    return [facts[i].start for i in order], order


def _facts_within(facts: list, index: tuple[list[int], list[int]], start: int, end: int) -> list:
    """The facts starting in ``[start, end)``, in their order in ``facts`` (0-based offsets)."""
    import bisect

    starts, order = index
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return [facts[i] for i in sorted(order[lo:hi])]


def _drop_own_language_items(text: str, found, facts: dict[str, list], neutral: list) -> dict[str, list[tuple[int, int]]]:
    """Leave out programme items given in their own language only.

    A programme often lists each event in the language it is held in ("Ti 21.10. klo 18
    Kirjailija X kertoo ..." then "Ti 28.10. kl. 18 Författaren Y samtalar ..."). An item
    is a whole line in one language that starts with a date or a weekday; it is the
    event's own when none of its dates is in any other version. A line that starts
    with a short label and then a time ("Hagapark skola: kl. 9.30, Hangö kyrka" beside
    "Hangon Yhteiskoulu: klo 9.00, ...": each school's festival in its own language) is
    an item too, its own when none of its times is in any other version. When two languages both
    have such items, they are events, not omissions: their facts are not compared.
    A version that leaves out an item the other has, with nothing of its own, is still
    reported. An item that says it is held in its own language ("ti 1.10. kl. 18
    Författarbesök ... (på svenska)") is that language's own whatever its dates. Changes
    ``facts`` in place; returns the spans of the items left out, per language (empty
    when none is).
    """
    from ..detect.facts import extract
    from ..detect.language import held_in_own_language

    date_kinds = ("date", "weekday")
    have_all: dict[str, set] = {}
    for lang, mine in facts.items():
        have_all[lang] = {(f.kind, f.key) for f in mine if f.kind == "date"} | {
            (f.kind, f.key) for f in neutral if f.kind == "date"}
    have_times = {lang: {(f.kind, f.key) for f in mine + neutral if f.kind == "time"} for lang, mine in facts.items()}
    own: dict[str, list[tuple[int, int]]] = {}
    # Each language's facts indexed by start: a piece's facts by binary search, not a
    # scan of every fact for every whole-line piece (quadratic in a long post).
    by_start = {lang: _start_index(mine) for lang, mine in facts.items()}
    # An item is a line: its sentences ("ti 5.3. klo 17.30 Kirjailijavieras: X ... Juontaa
    # Y. Pääkirjasto, Isokatu 3.") are one event, in the one language of its pieces.
    by_line: dict[int, list] = {}
    for piece in found.pieces:
        by_line.setdefault(piece.line, []).append(piece)
    for line_start, pieces in by_line.items():
        langs = {p.lang for p in pieces if p.lang is not None}
        if len(langs) != 1 or pieces[0].lang is None:
            continue
        (lang,) = langs
        if lang not in facts or text[line_start : pieces[0].start].strip():
            continue  # not a whole line of one version
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        announced = any(held_in_own_language(p) for p in pieces)
        inside = extract(text[line_start:line_end], line_start) if announced else _facts_within(
            facts[lang], by_start[lang], line_start, line_end)
        if not inside:
            continue
        label = _ITEM_LABEL.match(text, line_start, line_end)
        if label and inside[0].kind == "time" and inside[0].start - label.end() <= 3:
            # "Hagapark skola: kl. 9.30, Hangö kyrka" beside "Hangon Yhteiskoulu: klo
            # 9.00, ...": a labelled item with a time of its own, which no other version has
            times = {(f.kind, f.key) for f in inside if f.kind == "time"}
            if not times & set().union(*(have_times[o] for o in facts if o != lang)):
                own.setdefault(lang, []).append((line_start, line_end))
            continue
        if inside[0].kind not in date_kinds or inside[0].start - pieces[0].start > 3:
            continue
        dates = {(f.kind, f.key) for f in inside if f.kind == "date"}
        others = set().union(*(have_all[o] for o in facts if o != lang))
        if dates and (announced or not dates & others):
            own.setdefault(lang, []).append((line_start, line_end))
    if len(own) < 2:
        return {}
    for lang, spans in own.items():
        facts[lang][:] = [f for f in facts[lang] if not any(s <= f.start < e for s, e in spans)]
    return own


@rule("bilingual/missing-language", severity="warning", options={"min_words": _MIN_WORDS, "kinds": _KINDS})
def missing_language(post, ctx):
    """A post on a bilingual municipality's own channel lacks one of its official languages.

    Checks posts (``kinds``, default ``[post]``) of ``account: official`` under a profile
    with two or more ``languages`` (Hangö, Karleby, Kimitoön). A language counts as
    present when at least ``min_words`` words (default 3) that carry language are
    identified as it; a lone "Tervetuloa!" under a Swedish text is not a Finnish
    version, nor is a contact, name or list line ("Lisätietoja: name, phone",
    "Kälviä, Lohtaja, Ullava"): names, hashtags, links, numbers, dates, the signature and
    the municipality's own bilingual name count for neither. A terse line with fewer
    words is a version when it gives two or more of the other version's dates, weekdays
    and times and nothing else of that kind ("Vesikatko Vuorikadulla tiistaina 14.10.
    klo 9–12."), and so is the other half of a short caption (two words or more, at
    least half the length of a version of at most twice ``min_words``). A version that
    is only a courtesy line beside the other language ("Välkommen att söka!",
    "Tervetuloa kaikki mukaan!") is no version. Front matter
    ``languages: [fi]`` marks a deliberately monolingual post.

    Replies are not checked by default: under the Language Act (423/2003) §§ 10 and 23
    a bilingual municipality answers a person in the language the person uses; the
    duty to inform in both languages (§ 32) concerns what it publishes.

    Source: Hangö's guideline punkt 6 ("på båda språken"); the Language Act
    (språklag / kielilaki 423/2003) § 32 for every bilingual municipality.
    """
    if not _applies(post, ctx):
        return
    found = ctx.analysis.versions(_required_languages(post, ctx))
    present = _present(found, ctx.options["min_words"], post.text)
    if not present:
        return  # too little text to say anything about its language
    present += [lang for lang in found.languages if lang not in present and (
        _short_version(found, lang, present) or _caption_version(found, lang, present, ctx.options["min_words"], post.text)
        or _heading_version(found, lang, present, ctx.options["min_words"], ctx.analysis))]
    if len(present) < len(found.languages) and _side_by_side_post(found, post.text):
        return  # a notice written side by side, line by line: one text for both groups
    first = found.of(present[0])[0]
    for lang in found.languages:
        if lang not in present:
            yield Problem(first.start, first.end, _key("missing", lang), {"language": lang})


@rule("bilingual/unbalanced", severity="warning", options={
    "min_words": _MIN_WORDS,
    "kinds": _KINDS,
    "stub_ratio": Option(float, 0.4, minimum=0.0, maximum=1.0, help="a version shorter than this share of the other is a stub"),
    "min_length": Option(int, 80, minimum=0, help="characters the longer version needs before a stub is reported"),
})
def unbalanced(post, ctx):
    """Both languages are there, but one version is a stub or leaves out facts.

    Facts compared (see :mod:`kommunlint.detect.facts`): dates (12.5., 12.5, 12 maj and
    12. toukokuuta are the same date; a range in any common form gives both ends),
    weekdays, times (kl. 18 = klo 18.00 = kl./klo 18), prices ("tre euro" = 3 €),
    numbers, links (by site; a municipality's two domains are one site), e-mail
    addresses ("@" = "(at)"), phone numbers (and 112, 116 117, 1177), street addresses
    (by house number: Tullgatan 3 = Tullikatu 3, "Koulukadulla 4"), and names (capitalised words not starting their sentence and not an
    ALL-CAPS heading, found in the other version inflected, "Bergin" = "Berg", or by a
    translated part: Hangö Vatten = Hangon Vesi, -gatan = -katu, Ab = Oy). Facts on lines
    without language, and beside the wording of a line written in both languages, count
    for both versions, and so does a link on a line that holds both versions side by
    side ("Lue lisää: www.x.fi / Läs mer."); programme items given each in its own
    language only ("Ti 21.10. klo 18 Kirjailija X ..." beside "Ti 28.10. kl. 18
    Författaren Y ..."), when both languages have such items, are events, not omissions (:class:`kommunlint.detect.language.Versions`). A version shorter
    than ``stub_ratio`` (default 0.4) of the other, when the longer has at least
    ``min_length`` characters, is a stub; what both groups read (lines without
    language, shared spans, side-by-side lines) counts in each version's length. A bare
    number, or a weekday right before its date, is reported only beside a missing date,
    time, price or link: alone its omission is wording ("kolme" for 3; the date gives
    the day). Names left out, with nothing else missing, are a hint (``info``): a
    translation may leave out a presenter or name a place its own way. Contact details,
    addresses and names are counted, never quoted. Each finding points at the first sentence of
    the version that lacks something. Checks posts only by default (``kinds``; see
    ``bilingual/missing-language`` for why replies are not).

    Source: Hangö's guideline punkt 6; the Language Act (423/2003) § 32, which obliges a
    bilingual municipality to inform in Finnish and Swedish alike.
    """
    if not _applies(post, ctx):
        return
    from ..detect.facts import Fact, NameIndex, extract, same_day
    from ..detect.language import label_pair_line, own_names, paragraph_of, refers_to

    found = ctx.analysis.versions(_required_languages(post, ctx))
    langs = _present(found, ctx.options["min_words"], post.text)
    if len(langs) == 1:
        # A heading's block in the other language is a stub of a version, compared here.
        langs += [lang for lang in found.languages if lang not in langs
                  and _heading_version(found, lang, langs, ctx.options["min_words"], ctx.analysis)]
    if len(langs) < 2:
        return  # one language or none: missing-language's finding, if any
    own = own_names(ctx.analysis)
    text = post.text
    facts: dict[str, list] = {lang: [] for lang in langs}
    neutral = []
    # Weekdays right before their date ("ti 5.3.", "torstaina 13.2."): the date says the day.
    dated_weekdays: set[tuple[int, int]] = set()
    # Lines holding both languages side by side ("Lue lisää: www.x.fi / Läs mer."): a
    # link on such a line stands beside both wordings.
    line_langs: dict[int, set] = {}
    for piece in found.pieces:
        if piece.lang is not None:
            line_langs.setdefault(text.rfind("\n", 0, piece.start) + 1, set()).add(piece.lang)
    # The languages of each paragraph's pieces that carry words: a paragraph of one
    # language is that version's block, and what its lines give is that version's.
    post = ctx.analysis.post
    block_langs: dict[int, set] = {}
    for piece in found.pieces:
        if piece.lang is not None and piece.count:
            block_langs.setdefault(paragraph_of(post, piece.start), set()).add(piece.lang)
    # A line written the same in two paragraphs ("19.00 Sara Wikström & band" in each
    # version's programme) is in both versions, whichever language its words suggest.
    paragraphs_of_line: dict[str, set[int]] = {}
    for line_match in _LINE.finditer(text):
        if line_match.group().strip():
            paragraphs_of_line.setdefault(line_match.group().strip(), set()).add(paragraph_of(post, line_match.start()))
    directories = _directory_paragraphs(post)
    for piece in found.pieces:
        line_start = text.rfind("\n", 0, piece.start) + 1
        both = len(line_langs.get(line_start, ())) >= 2
        line_end = text.find("\n", piece.end)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        block = block_langs.get(paragraph_of(post, piece.start), set())
        # A line that pairs words across the languages ("dirigent/kapellimestari X",
        # "Solist/Solisti: X, violin/viulu") or a label and a contact ("Jour: 040 ...",
        # one word of language at most) speaks to both readers, whichever language it
        # was taken for; but not inside one version's block ("Frågor: fritidssekreterare
        # X, 040 ..." closing the Swedish block is the Swedish version's contact).
        for_both = (piece.count <= 1 and bool(_ONE_WORD_LABEL.match(line)) and len(block) != 1) or bool(
            _WORD_PAIR.search(line)) or paragraph_of(post, piece.start) in directories
        piece_facts = extract(piece.text, piece.start, own)
        if piece.lang is None and len(line_langs.get(line_start, ())) == 1 and block == line_langs[line_start]:
            # The signer's name and contact after a label on the same line, inside one
            # version's block ("Lisätietoja: liikuntasihteeri X, 040 ..."): that
            # version's contact, which the other version may lack.
            (block_language,) = block
            if block_language in facts:
                facts[block_language].extend(f for f in piece_facts if not found.is_shared(f.start, f.end))
                continue
        if piece.lang == "sv":
            # In the Swedish version "on" before a date is onsdag ("to 24.12. → on 23.12.",
            # "Informationsmöte on 11.9."); in Finnish it is "is", so facts leaves it alone.
            piece_facts = piece_facts + [
                Fact("weekday", "day3", m.group(1), piece.start + m.start(1), piece.start + m.end(1))
                for m in _SV_ON_BEFORE_DATE.finditer(piece.text)]
        ordered = sorted(piece_facts, key=lambda f: f.start)
        for before, after in zip(ordered, ordered[1:]):
            if before.kind == "weekday" and after.kind == "date" and after.start - before.end <= 4:
                dated_weekdays.add((before.start, before.end))
        repeated = len(paragraphs_of_line.get(line.strip(), ())) >= 2
        for fact in piece_facts:
            if piece.lang is None or for_both or repeated or found.is_shared(fact.start, fact.end) or (
                # a line of short label pairs split at " / " ("Kimito gravgård / Kemiön
                # hautausmaa 16.05 – retur / paluu 17.30"): its facts stand beside both
                # (not a line of two sentences, where one may leave out a date)
                (both and fact.kind in _SIDE_BY_SIDE) or label_pair_line(line)
            ):
                neutral.append(fact)
            elif piece.lang in facts:
                facts[piece.lang].append(fact)
    own_items = _drop_own_language_items(text, found, facts, neutral)
    neutral_text = " ".join([p.text for p in found.of(None)] + [text[s:e] for s, e in found.shared])

    # Lines holding the two versions side by side, split at " / " or " | ".
    side_by_side = set()
    for line_start, line_languages in line_langs.items():
        line_end = text.find("\n", line_start)
        if len(line_languages) >= 2 and _SIDE_BY_SIDE_SPLIT.search(text[line_start : len(text) if line_end < 0 else line_end]):
            side_by_side.add(line_start)

    # What both groups read (lines without language, shared spans, lines holding both
    # languages side by side: "Midsommar på X / Juhannus Y" is both versions at once,
    # however its names fall to one side or the other) belongs to every version's
    # length. Added to each rather than left out of each: a post that is mostly such
    # lines (a timetable, a side-by-side programme) has little else, and a ratio of
    # the small remainders is noise, not a stub.
    # A contact directory is read by both groups too.
    def read_by_both(piece) -> bool:
        return piece.line in side_by_side or paragraph_of(post, piece.start) in directories

    common = sum(len(p.text) for p in found.of(None)) + sum(
        len(p.text) if read_by_both(p) else found.shared_overlap(p.start, p.end)
        for lang in langs for p in found.of(lang))

    def length(lang: str) -> int:
        # Each language's own programme items are events, not text the other lacks.
        return common + found.length(lang) - sum(
            len(p.text) - found.shared_overlap(p.start, p.end) for p in found.of(lang)
            if read_by_both(p) or any(s <= p.start < e for s, e in own_items.get(lang, ())))

    for lacking in langs:
        first = found.of(lacking)[0]
        longest = max(length(other) for other in langs if other != lacking)
        mine = length(lacking)
        if longest >= ctx.options["min_length"] and mine < ctx.options["stub_ratio"] * longest:
            yield Problem(first.start, first.end, _key("stub", lacking), {"percent": round(100 * mine / longest)})
        have = {(f.kind, f.key) for f in facts[lacking] + neutral}
        names = NameIndex(" ".join(p.text for p in found.of(lacking)) + " " + neutral_text)
        shown: list[str] = []
        shown_labels: set[str] = set()  # the labels of ``shown`` (a set: many facts, no rescan)
        counts = {kind: set() for kind in _PII_KINDS}
        pointers = [(direction, piece.start + offset) for piece in found.of(lacking)
                    for direction, offset in refers_to(piece.text)]
        for other in langs:
            if other == lacking:
                continue
            for fact in facts[other]:
                if fact.kind in _POINTABLE and any(
                        fact.start < at if direction == "above" else fact.start > at for direction, at in pointers):
                    continue  # "kontaktuppgifter ovan", "(alueet yllä)": the reader is sent there
                if fact.kind == "name":
                    if not names.has(fact.text):
                        counts["name"].add(fact.key)
                elif (fact.kind, fact.key) not in have and not (
                        # a night is met by its days, and a day by its nights
                        fact.kind == "weekday" and any(("weekday", k) in have for k in same_day(fact.key))) and not (
                        # a house number met as a number: "Esplanaden 12–28" = "Esplanadin talot
                        # 12–28" (the street's name in the genitive, the numbers after a noun)
                        fact.kind in ("address", "number") and _house_number_met(fact, facts[lacking] + neutral, text)):
                    if fact.kind in counts:
                        counts[fact.kind].add(fact.key)
                    elif fact.label not in shown_labels:
                        shown.append(fact)
                        shown_labels.add(fact.label)
        if all(f.kind == "number" or (f.start, f.end) in dated_weekdays for f in shown) and len(
                {f.key for f in shown if f.kind == "number"}) < _NUMBERS_ARE_CONTENT:
            # A bare number or two, or a weekday beside its date, left out with every
            # date, time, price and link there, is a matter of wording: the date gives
            # the day, and "kolme" or "tre" writes the number. Listed only beside a fact
            # that is missing. (A weekday on its own, "lauantaisin", is a fact; and
            # several numbers left out are a passage left out.)
            shown = []
        if shown:
            # As written; the last without its period, which the message's own ends ("7.12.", not "7.12..").
            listed = ", ".join([f.text for f in shown[:-1]] + [shown[-1].label])
            yield Problem(first.start, first.end, _key("facts-missing", lacking), {"facts": listed})
        contact_missing = shown or counts["phone"] or counts["email"] or counts["address"]
        for kind, plural in _PII_KINDS.items():
            if counts[kind]:
                # Contact details and names may be personal data: counted, never quoted.
                # Names alone are a hint (info): a translation may leave out a
                # presenter or name a place in its own way ("Kemiön Pohjoisranta" for
                # "Norrstranden"), and a name a reader acts on comes with a date,
                # time, link or contact that is reported in its own right.
                yield Problem(first.start, first.end, _key(f"{plural}-missing", lacking), {"count": len(counts[kind])},
                              severity=None if kind != "name" or contact_missing else "info")


RULES = [missing_language, unbalanced]
