"""Detector of shouting: runs of words in capitals and runs of exclamation marks.

A *capitals run* is at least ``min_words`` (issue 12: four) consecutive words whose
letters are all capitals, on one line. Numbers, dates and punctuation between them
neither count nor break the run; acronyms (a list in ``detect/data/shouting.yaml``, or
any capitalised token without a vowel: SFP, HSL) neither count nor break it; a one-word
marker set off by its own punctuation or by a time, a dash or an emoji ("OBS!", "HUOM:",
"PÄIVITYS 14.30:") breaks it, and so do hashtags, @mentions, links and any word with a
small letter. A bare marker that runs on into other words in capitals, or continues
them, is one of them ("HUOM HUOM KAIKKI PIENVENEILIJÄT", "TÄRKEÄ TIEDOTE KAIKILLE
ASUKKAILLE"): issue 12 spares a *single* marker, not a sentence that opens with one. The
words before a bracketed acronym that spell it are its name, not shouting ("VIKTIGT
MEDDELANDE TILL ALLMÄNHETEN (VMA)").

A line that is capitals only (no small letter anywhere on it) is a heading, not
shouting, when it heads a body: the post has at least two other lines before its
signature, or a blank line sets the heading off ("VATTENAVBROTT PÅ SKOLGATAN ONSDAG
12.3." above a notice of several lines). It must read as a title: no "!!", no "!"
followed by more words (one closing each half of a bilingual heading is a title's:
"LADUT AUKI! ⛷️ SKIDSPÅREN ÖPPNA! ⛷️"), and no full stop after its last word (a
sentence: "HUOM! ÄLÄ HUUHTELE ... ALAS."). A line in capitals over a single line of text
(and a signature) is the post's message written in capitals ("VI SÖKER FLER FAMILJEHEM I
VIMMERBY" over one paragraph), a closing line in capitals heads nothing, and a post whose
only text is capitals shouts. Why headings at all: the tone clauses below are about how
one addresses people, while the look of a post is the brand guide's (Karleby "Innehållet
och utseendet i stadens konton på sociala medier följer anvisningarna i
varumärkesguiden"), and the correct-post corpora title their notices in capitals. The
first line of a paragraph, with more text after it, may open with a heading in capitals
(after an emoji or two) set off by an emoji, a dash, a date or a colon, or followed only
by its date and time, and go on in small letters ("JULMARKNAD I KIMITO CENTRUM 🎄 lördag
7 december kl. 10–15", "HÖSTMARKNAD PÅ TORGET lör 10 oktober kl. 9–15"): a heading too.

A marker set off by a single "!" that runs straight on into capitals opens the shouted
sentence and counts ("HUOM! VEDENKEITTOSUOSITUS ON VOIMASSA"). A line wholly in capitals
that opens with a bare marker ("VIKTIGT INFÖR ...") is a heading only when it heads a
body. A heading segment that calls out to every reader ("TILL ALLA ...", "KAIKILLE
ASUKKAILLE") addresses people and is no heading. A title line set off by a blank line may
close in capitals after a dash or a colon ("Influensavaccination – NU KAN DU BOKA"), and
a capitals heading opened by an emoji may put its statement, with a full stop, after a
dash ("🔥 METSÄPALOVAROITUS VOIMASSA – AVOTULEN TEKO ON KIELLETTY.").

An *exclamation run* is four or more ``!`` in a row ("!!!!"); three are emphasis.

Source: Kimitoön "Bete dig vänligt", "Undvik att provocera"; Karleby "välj en ton som
passar situationen och din roll"; Hangö's memory list "uppför dig väl".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache
from . import vocabulary

if TYPE_CHECKING:
    from . import Analysis

_TOKEN = recache.compile(r"\S+")
_LETTERS = recache.compile(r"[^\W\d_]")
_VOWELS = set("AEIOUYÅÄÖÆØÜ")
_EXCLAMATIONS = recache.compile(r"!{4,}")
_ALNUM = recache.compile(r"\w")
# A word of four letters or more with a full stop: a sentence's end (not "KL.", "FR.O.M.").
# (Left-anchored at a word start, so that a long word is not rescanned from every letter.)
_SENTENCE_END = recache.compile(r"(?<![^\W\d_])[^\W\d_]{4,}\.")
_DATE_PARTS = recache.compile(r"[/–—-]")


@dataclass(frozen=True)
class Shout:
    """A shouted span: 0-based ``start``/``end`` (end exclusive), ``kind`` (``caps`` or
    ``exclamation``), the ``text`` and, for capitals, the number of ``words``."""

    start: int
    end: int
    kind: str
    text: str
    words: int = 0


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    return frozenset(vocabulary.words("shouting", "markers")), frozenset(vocabulary.words("shouting", "acronyms"))


@lru_cache(maxsize=1)
def _addressees() -> frozenset[str]:
    """Words in capitals that address every reader ("ALLA", "KAIKILLE"); data file."""
    return frozenset(vocabulary.words("shouting", "addressees"))


def _classify(token: str) -> str:
    """``caps``, ``acronym``, ``marker`` (set off by its punctuation), ``bare-marker``,
    ``neutral`` (no letters) or ``break``."""
    if token[0] in "#@" or "://" in token or token.lower().startswith("www."):
        return "break"
    if re.fullmatch(r"\([A-ZÅÄÖ]{2,6}\)[.,:;!?]*", token):
        return "acronym"
    core = token.strip(".,:;!?¡¿()[]{}\"'”“«»‘’…–—-/")
    letters = "".join(_LETTERS.findall(core))
    if not letters:
        return "neutral"
    if letters != letters.upper() or letters == letters.lower():
        return "break"
    markers, acronyms = _lists()
    if core in markers or core.rstrip("!") in markers:
        # Set off by its own punctuation ("OBS!", "HUOM:") a marker stands alone; bare, it
        # may run on into the words after it (see _caps_runs).
        return "marker" if token != core else "bare-marker"
    # Hyphenated acronym compounds ("NTM-CENTRALEN" is capitals; "NTM-centralen" breaks above).
    if core in acronyms or not (set(letters) & _VOWELS):
        return "acronym"
    return "caps"


def _caps_runs(text: str, line_start: int, line: str, min_words: int) -> list[Shout]:
    runs: list[Shout] = []
    current: list[re.Match[str]] = []

    def close() -> None:
        if len(current) >= min_words:
            start = line_start + current[0].start()
            end = line_start + current[-1].end()
            # Trim trailing punctuation from the span.
            while end > start and not text[end - 1].isalnum():
                end -= 1
            runs.append(Shout(start, end, "caps", text[start:end], len(current)))
        current.clear()

    tokens = list(_TOKEN.finditer(line))
    kinds = [_classify(match.group()) for match in tokens]
    for index, (match, kind) in enumerate(zip(tokens, kinds)):
        # " / " between the language versions of a line ("KIMITOÖNS KOMMUNSTYRELSE /
        # KEMIÖNSAAREN KUNNANHALLITUS"): each side is read alone, four words in a row
        # are four in one language.
        if match.group() in ("/", "|"):
            close()
            continue
        if kind == "marker" and match.group().endswith("!") and "!!" not in match.group():
            # A marker set off by one "!" and running straight on into words in
            # capitals opens the shouted sentence ("HUOM! VEDENKEITTOSUOSITUS ON
            # VOIMASSA"); alone, or before a name of two words ("HUOM! HANGON REGATTA
            # tuo ..."), it stays a marker: the run still needs its four words.
            following = kinds[index + 1] if index + 1 < len(kinds) else None
            if following in ("caps", "bare-marker") and not current:
                kind = "caps"
        if kind == "bare-marker":
            # A bare marker running straight on into words in capitals, or continuing
            # them, is one of them ("HUOM HUOM KAIKKI PIENVENEILIJÄT", "TÄRKEÄ TIEDOTE
            # KAIKILLE"); set off by a time, a dash or an emoji ("PÄIVITYS 14.30: ...") it
            # stands alone.
            following = kinds[index + 1] if index + 1 < len(kinds) else None
            kind = "caps" if following in ("caps", "bare-marker") or current else "marker"
        if kind == "caps":
            current.append(match)
        elif kind in ("break", "marker"):
            close()
        elif kind == "acronym" and match.group()[0] == "(":
            # "VIKTIGT MEDDELANDE TILL ALLMÄNHETEN (VMA)": the words before a bracketed
            # acronym that spell it are its expansion, a name, not shouting.
            del current[len(current) - _expansion_length(current, match.group()) :]
    close()
    return runs


def _expansion_length(words: list[re.Match[str]], bracketed: str) -> int:
    """How many of the last ``words`` spell the acronym in ``bracketed`` ("(VMA)") by their
    initials, small words between them allowed ("Viktigt Meddelande till Allmänheten");
    0 when they do not."""
    letters = [c for c in bracketed if c.isalpha()]
    taken = 0
    for match in reversed(words):
        if not letters:
            break
        initial = _LETTERS.search(match.group())
        taken += 1
        if initial and initial.group() == letters[-1]:
            letters.pop()
        elif len(match.group()) > 4:  # only a short word (TILL, OCH, FÖR) may go unspelled
            return 0
    return taken if not letters else 0


def _opens_with_marker(line: str) -> bool:
    """Whether the first word of ``line`` with a letter is a marker written bare, with no
    punctuation of its own ("VIKTIGT INFÖR ...", "TÄRKEÄ TIEDOTE ...")."""
    for token in _TOKEN.findall(line):
        kind = _classify(token)
        if kind != "neutral":
            return kind == "bare-marker"
    return False


def _addresses_everyone(runs: list[Shout]) -> bool:
    """Whether one of the capitals ``runs`` calls out to every reader: a word of the data
    ``addressees`` opening the run ("ALLA HUSHÅLL ...", "KAIKKI KOIRANOMISTAJAT"), after
    "TILL" ("... TILL ALLA BOENDE") or in the allative ("KAIKILLE"). "PÅ ALLA STRÄNDER"
    names a place, no addressee."""
    addressees = _addressees()
    for run in runs:
        words = [word.strip(".,:;!?") for word in run.text.split()]
        for index, word in enumerate(words):
            if word in addressees and (index == 0 or words[index - 1] == "TILL" or word.endswith("LLE")):
                return True
    return False


def _thanks(line: str) -> bool:
    """Whether ``line`` opens with a word of thanks (data ``thanks``) among its first
    three words ("TACK TILL ALLA", "ETT STORT TACK TILL ALLA", "ISO KIITOS KAIKILLE")."""
    thanks = _thanks_words()
    first = [token.strip(".,:;!?") for token in _TOKEN.findall(line) if _LETTERS.search(token)][:3]
    return any(word in thanks for word in first)


@lru_cache(maxsize=1)
def _thanks_words() -> frozenset[str]:
    """Words of thanks that open a capitals line ("TACK", "KIITOS"); data ``thanks``."""
    return frozenset(vocabulary.words("shouting", "thanks"))


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    """Finite verbs that make a line a sentence rather than a topic ("ÄR", "ON"); data."""
    return frozenset(vocabulary.words("shouting", "sentence_verbs"))


def _states(runs: list[Shout]) -> bool:
    """Whether a capitals run has a finite verb of ``sentence_verbs``: a statement ("VATTNET
    ÄR TJÄNLIGT IGEN"), not a topic ("FISKE I KOMMUNENS SJÖAR 2026")."""
    verbs = _verbs()
    return any(word.strip(".,:;!?") in verbs for run in runs for word in run.text.split())


def _has_lower(line: str) -> bool:
    """Whether ``line`` has a word with a small letter (hashtags, @mentions and links aside)."""
    for token in _TOKEN.findall(line):
        if token[0] in "#@" or "://" in token or token.lower().startswith("www."):
            continue
        letters = "".join(_LETTERS.findall(token))
        if letters and letters != letters.upper():
            return True
    return False


def _heads_a_body(text: str, line_start: int, line: str, lines: list[tuple[int, str]]) -> bool:
    """Whether a line in capitals heads a body of text: text follows it, and the post has
    at least two other non-blank lines or a blank line sets the heading off. ``lines``
    are the post's non-blank lines as ``(offset, line)``; a closing line in capitals
    heads nothing."""
    if not lines or lines[-1][0] <= line_start:
        return False
    if len(lines) >= 3:
        return True
    end = line_start + len(line)
    newline = text.find("\n", end + 1)
    next_line = text[end + 1 : newline if newline >= 0 else len(text)]
    return text[end : end + 1] == "\n" and not next_line.strip()


def _reads_as_title(line: str) -> bool:
    """Whether a line in capitals reads as a title rather than a sentence: no "!!", no "!"
    followed by another word ("HUOM! ÄLÄ HUUHTELE ..."), and no full stop right after the
    word that ends it ("... VESSANPÖNTÖSTÄ ALAS."; a date's "12.3." and an abbreviation's
    "KL." are fine)."""
    if "!!" in line:
        return False
    tokens = _TOKEN.findall(line)
    for index, token in enumerate(tokens):
        if "!" in token and any(_classify(other) != "neutral" for other in tokens[index + 1 : index + 2]):
            return False
    # A line opened by an emoji is a designed heading, whose second half may be the
    # notice's statement with its full stop ("🔥 METSÄPALOVAROITUS VOIMASSA – AVOTULEN
    # TEKO ON KIELLETTY."); otherwise a full stop after the last word ends a sentence.
    if tokens and not _ALNUM.search(tokens[0]) and any(dash in tokens for dash in ("–", "—")):
        return True
    # The last token with a letter or digit; emoji after it do not count.
    last = next((token for token in reversed(tokens) if _ALNUM.search(token)), "")
    return not _SENTENCE_END.fullmatch(last)


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    """Words of a date or a time after a heading, lower case: weekdays and their
    abbreviations, months, the clock words (sv and fi)."""
    # Imported here: facts is heavier than this module needs at start-up.
    from .context import WEEKDAY_ABBREVIATIONS
    from .facts import MONTHS_FI, MONTHS_SV, WEEKDAYS_FI, WEEKDAYS_SV

    return frozenset([*WEEKDAY_ABBREVIATIONS, *MONTHS_SV, *MONTHS_FI, *WEEKDAYS_SV, *WEEKDAYS_FI, "kl", "klo",
                      # from when and until when: "från och med i dag ... tills vidare",
                      # "fr.o.m. 1.6", "tänään klo 12 alkaen toistaiseksi"
                      *_VALIDITY_WORDS])


#: Words of a validity period after a notice's heading, lower case (sv, fi).
_VALIDITY_WORDS = ("från", "och", "med", "fr.o.m", "t.o.m", "i", "dag", "idag", "morgon", "tills", "vidare",
                   "till", "alkaen", "lähtien", "asti", "saakka", "tänään", "huomenna", "toistaiseksi",
                   # a week number names the date of a weekly column or notice ("MIN VECKA I
                   # POLITIKEN v. 47", "VIIKON TAPAHTUMAT vko 12"): sv "v."/"vecka", fi
                   # "vko"/"viikko" (the abbreviations of Språkrådets and Kotus's lists)
                   "v", "vecka", "veckan", "vk", "vko", "viikko", "viikon", "viikolla")


def _date_tail(rest: str) -> bool:
    """Whether ``rest`` (what follows a heading on its line) is only a date and a time,
    with numbers, punctuation and emoji: "lör 10 oktober kl. 9–15 🍎", "kl./klo 14",
    "lauantaina 7. joulukuuta klo 10–15". Weekday and month names count inflected (the
    longer ones as stems: "lördagen", "joulukuuta")."""
    words = _date_words()
    stems = tuple(w for w in words if len(w) > 4)
    seen = False
    for token in _TOKEN.findall(rest):
        for part in _DATE_PARTS.split(token):
            core = part.strip(".,:;()").lower()
            if not _LETTERS.search(core):
                continue
            if core not in words and not core.startswith(stems):
                return False
            seen = True
    return seen


#: What follows a heading up to a dash or a colon that opens the text after it.
_DATE_THEN_TEXT = recache.compile(r"^([^:–—\n]{1,60}?)(?:[ \t]{1,3}[–—-][ \t]|:)")


def _heading_segment(line: str, run: Shout, line_start: int) -> bool:
    """Whether ``run`` is a heading written in capitals at the start of its line (after
    an emoji or other signs) and set off from the rest of the line by an emoji, a dash, a
    date or a colon, or followed only by its date and time ("JULMARKNAD I KIMITO CENTRUM
    🎄 lördag 7 december", "VATTENAVBROTT PÅ SKOLGATAN: torsdag ...", "🔥 ELDNINGSFÖRBUD
    FRÅN I DAG kl. 12")."""
    before = line[: run.start - line_start]
    # Capitals calling out to every reader ("TÄRKEÄ TIEDOTE KAIKILLE ASUKKAILLE: ...")
    # address people; a heading names a topic.
    addressees = _addressees()
    if any(word.strip(".,:;!?") in addressees for word in run.text.split()):
        return False
    if "!" in run.text or any(_classify(token) != "neutral" for token in _TOKEN.findall(before)):
        return False
    rest = line[run.end - line_start :]
    closing = rest[: len(rest) - len(rest.lstrip("!?.,;:"))]
    # "VI KRÄVER SVAR NU!! 😡" shouts, and a sentence in capitals ends with a full stop
    # ("ULKOILUREITEILLÄ ON NYT VAARALLISEN LIUKASTA. / Det är ..."): a heading has neither.
    if "!" in closing or "." in closing:
        return False
    if rest[:1] == ":" or rest.lstrip()[:1] == "(":
        # set off by a colon, or followed by a parenthesis ("KUULUTUS – ASEMAKAAVAN
        # MUUTOS, HAKALAHTI (kortteli 2817)")
        return True
    following = _TOKEN.search(rest)
    if following is None:
        return False
    if _classify(following.group()) == "neutral" or _date_tail(rest):
        return True
    # its date and time, then a dash or a colon and the text: "TEST AV ALLMÄNT
    # FAROMEDDELANDE mån 2.12. kl. 12 – varningssignalerna testas ..."
    dated = _DATE_THEN_TEXT.match(rest)
    return bool(dated) and _date_tail(dated.group(1))


def _title_tail(text: str, line: str, run: Shout, line_start: int) -> bool:
    """Whether ``run`` closes a title line after a dash or a colon ("Influensavaccination
    på vårdcentralen – NU KAN DU BOKA", "Kesäteatteri: LIPUT MYYNNISSÄ"): the line is set
    off from the text below by a blank line, has no "!" and no full stop closing it, and
    nothing but signs and emoji follow the run. A title's second half in capitals is its
    design, like a heading in capitals."""
    end = line_start + len(line)
    newline = text.find("\n", end + 1)
    if text[end : end + 1] != "\n" or text[end + 1 : newline if newline >= 0 else len(text)].strip():
        return False
    if "!" in line or any(_classify(token) != "neutral" for token in _TOKEN.findall(line[run.end - line_start :])):
        return False
    before = line[: run.start - line_start].rstrip()
    if not before or before[-1] not in "–—-:":
        return False
    last = next((token for token in reversed(_TOKEN.findall(line)) if _ALNUM.search(token)), "")
    return not last.endswith(".")


def find_shouting(text: str, min_words: int = 4, body_end: int | None = None) -> list[Shout]:
    """Capitals runs of at least ``min_words`` words and runs of four or more ``!`` in
    ``text`` (a ``Post.text``), in order of position. ``body_end``: where the signature
    starts (0-based), if the post has one; its lines are no body for a heading to head."""
    found: list[Shout] = []
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
    # Front matter is blanked to spaces: a line of spaces is blank.
    end = len(text) if body_end is None else body_end
    non_blank = [(s, line) for s, line in lines if line.strip() and s < end]
    content = [(s, line) for s, line in lines if _LETTERS.search(line)]
    headed_line = -1  # start of the last paragraph-opening line with a heading segment
    for index, (start, line) in enumerate(content):
        runs = _caps_runs(text, start, line, min_words)
        if not runs:
            continue
        heading = not _has_lower(line) and any(_has_lower(other) for _, other in content)
        heads_body = heading and _heads_a_body(text, start, line, non_blank)
        # A line in capitals that calls out to every reader ("VIKTIG INFORMATION TILL ALLA
        # BOENDE I ...") addresses people, as in a heading segment below: no title.
        # A thanks to everyone ("TACK TILL ALLA SOM VAR MED!", "KIITOS KAIKILLE") is
        # friendly, no call for attention: a title still.
        if heads_body and _reads_as_title(line) and (not _addresses_everyone(runs) or _thanks(line)):
            continue
        # The first line of a paragraph with more text after it may open with a heading
        # in capitals and go on in small letters on the same line.
        # (Front matter is blanked to spaces, so a blank line is one of spaces only.)
        previous_line = text[text.rfind("\n", 0, max(start - 1, 0)) + 1 : max(start - 1, 0)]
        opens_paragraph = start == 0 or not previous_line.strip()
        # (or follows such a heading line as its other language: "⚠️ METSÄPALOVAROITUS
        # ... tänään klo 12 alkaen" then "⚠️ VARNING FÖR SKOGSBRAND ... i dag från kl. 12")
        # A line wholly in capitals that opens with a marker running on into it
        # ("VIKTIGT INFÖR SOPHÄMTNINGEN I VECKA 52" over one sentence) is a call for
        # attention, a heading only by the test above; a topic in capitals closed by its
        # number ("JAKT PÅ KOMMUNENS MARK 2026/2027") stays a heading segment.
        # A sentence wholly in capitals over a single line of text, emoji around it or not
        # ("🚨 VATTNET ÄR TJÄNLIGT IGEN 🚨" over one sentence), is the post's message in
        # capitals (the test above): no segment of it is a heading either. A topic in
        # capitals ("FISKE I KOMMUNENS SJÖAR 2026") has no verb and stays a heading.
        if (opens_paragraph or headed_line == start - len(previous_line) - 1) and index + 1 < len(content) \
                and (_has_lower(line) or (not _opens_with_marker(line)
                                          and (heads_body or not heading or not _states(runs)))):
            kept = [run for run in runs if not _heading_segment(line, run, start)
                    and not _title_tail(text, line, run, start)]
            if len(kept) < len(runs) and opens_paragraph:
                headed_line = start
            runs = kept
        found.extend(runs)
    found.extend(Shout(m.start(), m.end(), "exclamation", m.group()) for m in _EXCLAMATIONS.finditer(text))
    return sorted(found, key=lambda s: s.start)


def detect(analysis: "Analysis") -> list[Shout]:
    """The post's shouted spans (capitals runs of four or more words, ``!!!!``)."""
    return find_shouting(analysis.post.text, body_end=body_end(analysis))


def body_end(analysis: "Analysis") -> int | None:
    """Where the post's signature starts (a writer's name and title close the post but
    are no body under a heading), or ``None``."""
    signature = analysis.signature
    return signature.start if signature is not None else None
