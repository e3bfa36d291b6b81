"""Detector of language pieces: the language of each sentence, and a post split into its
language versions for the bilingual comparison.

The identification itself is :func:`kommunlint.detect.langid.identify`; this module
runs it once per sentence (and paragraph) and candidate set, and answers "which
language is at this offset" by binary search, so a rule may ask for every hit.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import recache

if TYPE_CHECKING:
    from ..post import Post
    from . import Analysis

# The lookbehind makes only the first blank of a run a start: linear on long runs.
_SLASH = r"(?<![ \t])[ \t]+[/|][ \t]+"
#: " / " between the two languages of a line (:data:`_SLASH`), or an emoji between two captions.
_SPLIT = recache.compile(
    _SLASH +
    # an emoji between two captions on one line: "Morgonljus vid hamnen ☀️⛵ Aamuvaloa satamassa."
    # (after a word, or a date or number ending the first: "... igen fr.o.m. 1.6 ☀️🚌 Saaristobussi ...")
    r"|(?:(?<=[^\W_])|(?<=\d\.))[ \t]+[\U0001F300-\U0001FAFF\u2600-\u27BF][\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]{0,6}[ \t]+(?=[A-ZÅÄÖ])"
)
_WORD = recache.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_DIGIT = recache.compile(r"\d")


class Languages:
    """Languages of a post's sentences and paragraphs, per candidate set, computed lazily.

    Args:
        post: the post; its ``sentences`` and ``paragraphs`` are the segments.
    """

    def __init__(self, post: "Post") -> None:
        self._post = post
        self._by_candidates: dict[tuple[tuple[str, ...], str], list[str | None]] = {}
        self._identified: dict[tuple[str, tuple[str, ...]], str | None] = {}

    def identify(self, text: str, candidates: tuple[str, ...]) -> str | None:
        """:func:`kommunlint.detect.langid.identify`, once per text and candidate set of
        this post: the sentences, the version split's pieces (mostly the same sentences)
        and repeated lines are identified once. Kept with the post, so a long run's
        memory does not grow with it."""
        key = (text, candidates)
        found = self._identified.get(key, self)
        if found is self:
            from .langid import identify

            found = self._identified[key] = identify(text, candidates)
        return found  # type: ignore[return-value]

    def _of(self, level: str, candidates: tuple[str, ...]) -> list[str | None]:
        key = (candidates, level)
        if key not in self._by_candidates:
            segments = self._post.sentences if level == "sentences" else self._post.paragraphs
            self._by_candidates[key] = [self.identify(seg.text, candidates) for seg in segments]
        return self._by_candidates[key]

    def at(self, offset: int, candidates: tuple[str, ...]) -> str | None:
        """Language of the sentence holding 0-based ``offset``, else of its paragraph; ``None``
        when neither carries language (a bare number, a URL)."""
        post = self._post
        i = bisect.bisect_right(post.sentence_starts, offset) - 1
        if i >= 0 and offset < post.sentences[i].end:
            lang = self._of("sentences", candidates)[i]
            if lang:
                return lang
        paragraphs = post.paragraphs
        j = bisect.bisect_right(post.paragraph_starts, offset) - 1
        if j >= 0 and offset < paragraphs[j].end:
            return self._of("paragraphs", candidates)[j]
        return None

    def of_sentences(self, candidates: tuple[str, ...]) -> list[tuple[object, str | None]]:
        """Every sentence of the post with its language among ``candidates``."""
        return list(zip(self._post.sentences, self._of("sentences", candidates)))


@dataclass
class Piece:
    """A sentence, or one side of "Välkommen! / Tervetuloa!"; offsets 0-based, end exclusive.

    ``words`` are the spans of its words that carry language (see
    :func:`kommunlint.detect.facts.language_words`: not names, facts, the capitalised
    first word or the municipality's own names); ``count`` is their number with the weekday and month
    names added (words of the language, though facts); ``line`` is the start offset
    of its line; ``value_words`` are those of ``count`` in the value after a label
    written in both languages ("Lisätietoja / Mer information: tekninen toimisto"),
    read by both groups and so no version's words (:meth:`Versions.words`).
    """

    start: int
    end: int
    text: str
    lang: str | None
    words: list[tuple[int, int]] = field(default_factory=list)
    line: int = 0
    count: int = 0
    value_words: int = 0


@dataclass
class Versions:
    """The post split by language. ``pieces`` in order; those with ``lang`` ``None`` carry no language.

    ``shared`` are spans (0-based, end exclusive) read by both language groups:

    - what stands beside the wording of a line written in both languages ("kl./klo 18
      Öppning / Avajaiset", "Hakuaika päättyy / Ansökningstiden går ut 15.3. klo/kl. 15");
    - the value after a bilingual label ("Mer information / Lisätietoja: name, phone");
    - in a post laid out side by side (two or more " / " lines in two languages), a
      short " / " line whose halves were both taken for one language ("ti 22.4. Centrum
      / Keskusta", "2️⃣ Bada på Plagen / Ui Plagenilla"): a pair of names or terse
      halves, read by both groups;
    - outside a one-language block, the names and numbers beside a label ("Kuva: name",
      "Tfn 040 ...": a line with at most one word that carries language after its
      first, and at most two in all). Such a label, contact, name or list line counts
      for no language when deciding whether a version is there;
    - an item announced as held in its own language in one version only ("Författaren
      berättar ... (på svenska)"; ``held_in`` in ``data/sv_fi_names.yaml``).

    A fact inside a shared span counts for every version.
    """

    languages: tuple[str, ...]
    pieces: list[Piece] = field(default_factory=list)
    shared: list[tuple[int, int]] = field(default_factory=list)

    def of(self, lang: str | None) -> list[Piece]:
        """The pieces in ``lang`` (``None``: those without language), in order."""
        return [p for p in self.pieces if p.lang == lang]

    def words(self, lang: str) -> int:
        """Number of words in ``lang`` that carry language (names, facts and the
        municipality's own names left out: a contact, name or list line is no version;
        nor is the value after a label written in both languages)."""
        return sum(max(0, p.count - p.value_words) for p in self.of(lang))

    def length(self, lang: str) -> int:
        """Number of characters in ``lang``, shared spans left out.

        What stands in a shared span (a bilingual label's value, the date and time beside
        both wordings, a name or contact line) is read by both groups; counted for the
        language its line was taken for, it made the other version look like a stub.
        """
        total = 0
        for piece in self.of(lang):
            total += len(piece.text) - self.shared_overlap(piece.start, piece.end)
        return total

    def shared_overlap(self, start: int, end: int) -> int:
        """Characters of ``start``–``end`` (0-based, end exclusive) inside the union of the shared spans.

        By binary search over the union (merged once, indexed again if ``shared`` is
        replaced or grows): asked for every piece of a post, a scan of all the shared
        spans per piece was quadratic.
        """
        index = self.__dict__.get("_union_index")
        if index is None or index[0] is not self.shared or index[1] != len(self.shared):
            union: list[list[int]] = []
            for s, e in sorted(self.shared):
                if e <= s:
                    continue
                if union and s <= union[-1][1]:
                    union[-1][1] = max(union[-1][1], e)
                else:
                    union.append([s, e])
            before = [0]  # characters covered by the union spans before the i-th
            for s, e in union:
                before.append(before[-1] + e - s)
            index = self.__dict__["_union_index"] = (self.shared, len(self.shared), [s for s, _ in union], [e for _, e in union], before)
        _, _, starts, ends, before = index

        def covered_to(offset: int) -> int:  # characters of the union below ``offset``
            i = bisect.bisect_right(starts, offset)
            if i == 0:
                return 0
            return before[i - 1] + min(ends[i - 1], offset) - starts[i - 1]

        return max(0, covered_to(end) - covered_to(start)) if end > start else 0

    def is_shared(self, start: int, end: int) -> bool:
        """Whether ``start``–``end`` lies inside a shared span.

        A binary search (the spans sorted by start, with the running maximum of their
        ends, indexed on first use and again if ``shared`` is replaced or grows): asked
        for every fact of a post, a scan over all shared spans was quadratic.
        """
        index = self.__dict__.get("_shared_index")
        if index is None or index[0] is not self.shared or index[1] != len(self.shared):
            spans = sorted(self.shared)
            max_ends: list[int] = []
            for _, e in spans:
                max_ends.append(max(e, max_ends[-1]) if max_ends else e)
            index = self.__dict__["_shared_index"] = (self.shared, len(self.shared), [s for s, _ in spans], max_ends)
        _, _, starts, max_ends = index
        i = bisect.bisect_right(starts, start)  # spans starting at or before ``start``
        return i > 0 and max_ends[i - 1] >= end


def own_names(analysis: "Analysis") -> set[str]:
    """Lower-case words of the municipality's names in every language (Hangö, Hanko, stad ...)."""
    profile = analysis.profile
    names = " ".join([*profile.municipality.values(), *profile.aliases])
    return {w.lower() for w in _WORD.findall(names)}


# "Fredag/Perjantai", "kl./klo", "Foto/Kuva": two words joined by a slash, no spaces.
_TIGHT_PAIR = recache.compile(r"(?<![\w./:])([^\W\d_]+)\.?/([^\W\d_]+)\b(?!\.\w|/)")
_COLON = recache.compile(r":(?:\s|$)")
# A signature is a few short lines (name, title, organisation); a long line is text.
_SIGNATURE_LINE_WORDS = 14


def _is_translation_pair(a: str, b: str) -> bool:
    """Whether ``a/b`` names one thing in two languages (weekday, month, kl/klo, a name pair)."""
    from .facts import _concepts, _month, _weekday

    a, b = a.lower(), b.lower()
    if {a, b} <= {"kl", "klo"}:
        return a != b
    if _weekday(a) and _weekday(a) == _weekday(b):
        return True
    if _month(a) and _month(a) == _month(b):
        return True
    return bool(_concepts(a) & _concepts(b))


def pairs_across(line: str) -> bool:
    """Whether ``line`` joins a word and its translation with a slash, no spaces
    ("Må/ma–fre/pe", "Dalsbruk/Taalintehdas", "kl./klo"): a weekday, month, clock word
    or a name pair of ``data/sv_fi_names.yaml``."""
    return any(_is_translation_pair(m.group(1), m.group(2)) for m in _TIGHT_PAIR.finditer(line))


_LAST_WORD = recache.compile(r"(?<![\w.])([^\W\d_]{1,12})\.?[ \t]*$")
_FIRST_WORD = recache.compile(r"([^\W\d_]{1,12})\.?(?![\w])")


def _pair_across(left: str, right: str) -> bool:
    """Whether a " / " joins one word and its translation: ``left`` ends with a word
    ("klo", "ma", "... 14.5. klo") and ``right`` starts with its other-language form
    ("kl. 9.00 ...", "må 8.9."): a bilingual label, whose value after it is for both
    groups."""
    lone = _LAST_WORD.search(left[-16:])
    first = _FIRST_WORD.match(right)
    # Only a label of the number, date or time that follows ("klo / kl. 9.00", "ma / må
    # 8.9."): "kyrkbyn / kirkonkylä" at a line's end is the content in two languages.
    return bool(lone and first) and bool(re.match(r"[ \t.]{0,3}\d", right[first.end() :])) and lone.group(1).lower() != first.group(1).lower() and _is_translation_pair(
        lone.group(1), first.group(1))


#: A price closing the text before a " / ": "28 €", "5 euroa", "120 kr", "€ 12".
_PRICE_END = recache.compile(r"(?:\d[ \t\u00a0]*(?:€|eur|euro[a-z]{0,2}|kr|:-)|€[ \t\u00a0]*\d[\d,.]*)[ \t]*$", re.I)
#: A unit after a price's " / ": a lowercase word ("aikuinen", "vuxen", "hlö", "st", "vrk").
_UNIT_START = recache.compile(r"[a-zåäö]")


def _per_unit(left: str, right: str) -> bool:
    """Whether a " / " between ``left`` and ``right`` reads "per": ``left`` ends with a
    price and ``right`` starts with a lowercase word ("Liput 28 € / aikuinen, 14 € /
    lapsi", "Biljetter 28 € / vuxen"). A price's unit belongs to its sentence; the two
    languages of a line start their sides with a capital or a figure ("Fri entré /
    Vapaa pääsy", "10 € / 10 €")."""
    return bool(_UNIT_START.match(right)) and _PRICE_END.search(left[-24:]) is not None


def _signature_span(analysis: "Analysis") -> tuple[int, int, int] | None:
    """``(start, end, name_start)`` of the signature, when it looks like one (a few short
    lines), else ``None``."""
    signature = analysis.signature
    if not signature:
        return None
    text = analysis.post.text[signature.start : signature.end]
    if any(len(_WORD.findall(line)) > _SIGNATURE_LINE_WORDS for line in text.splitlines()):
        return None
    return signature.start, signature.end, signature.name_start


def split_versions(analysis: "Analysis", languages: tuple[str, ...]) -> Versions:
    """Split the post into language pieces among ``languages`` (plus English).

    The signature is left out; a sentence is split at `` / `` and `` | `` ("Välkommen! /
    Tervetuloa!") and at an emoji between a word and a capitalised word ("Morgonljus
    vid hamnen ☀️ Aamuvaloa satamassa": two captions on one line); a piece without words that carry language (only the municipality's
    own names, names, numbers, dates) carries no language; a piece that looks English
    in a paragraph that is not is taken as one of ``languages``. Then each line's shared
    spans are marked (see :class:`Versions`).
    """
    from .facts import language_words

    identify = analysis.languages.identify
    post = analysis.post
    candidates = tuple(dict.fromkeys([*languages, "en"]))
    own = own_names(analysis)
    signature = _signature_span(analysis)
    result = Versions(languages)
    paragraph_langs: dict[int, str | None] = {}
    for sentence in post.sentences:
        line = post.text.rfind("\n", 0, sentence.start) + 1
        if signature and sentence.start < signature[1] and sentence.end > signature[0]:
            # The signature carries no language, but its facts (the signer's name, phone)
            # count for both versions, like a shared line. What stands before the signer's
            # name on its line is the post's text ("Lisätietoja antaa Eva Lund, puh. ...").
            cut = max(0, signature[2] - sentence.start)
            if len(_WORD.findall(sentence.text[:cut])) < 2:
                cut = 0
            if sentence.text[cut:].strip():
                result.pieces.append(Piece(sentence.start + cut, sentence.end, sentence.text[cut:], None, [], line, 0))
            if not cut:
                continue
            sentence = type(sentence)(sentence.start, sentence.start + cut, sentence.text[:cut])
        pos = 0
        for brk in [*_SPLIT.finditer(sentence.text), None]:
            if brk and _pair_across(sentence.text[pos : brk.start()], sentence.text[brk.end() :]):
                continue  # "klo / kl. 9.00", "ma / må 8.9.": one label in both languages, not two pieces
            if brk and _per_unit(sentence.text[pos : brk.start()], sentence.text[brk.end() :]):
                continue  # "28 € / aikuinen": a price per unit, not two versions
            end = brk.start() if brk else len(sentence.text)
            text = sentence.text[pos:end]
            base = sentence.start + pos
            words = [
                (s, e) for s, e in language_words(text, base, initial=False) if post.text[s:e].lower() not in own
            ]
            count = len([
                (s, e) for s, e in language_words(text, base, calendar=True) if post.text[s:e].lower() not in own
            ])
            asides = _bilingual_asides(text)
            if asides:
                # "(klo 11 suomeksi, kl. 12.30 på svenska)" tells both groups when; its
                # words of the other language do not make the sentence that language.
                for a_start, a_end in asides:
                    result.shared.append((base + a_start, base + a_end))
                plain = "".join(" " if any(a <= i < b for a, b in asides) else ch for i, ch in enumerate(text))
            else:
                plain = text
            lang = identify(plain, candidates) if count else None
            if lang not in languages and lang is not None:
                # A short piece may look English ("Mer information ger ..."): it is
                # English only where its paragraph is; else it is one of the languages.
                if _paragraph_language(post, base, candidates, paragraph_langs, identify) in languages:
                    lang = identify(text, languages)
            if text.strip():
                piece = Piece(base, sentence.start + end, text, lang, words, line, count)
                result.pieces.extend(_split_at_dash(piece, languages, identify, own) if lang in languages else [piece])
            if brk:
                pos = brk.end()
    result.pieces.sort(key=lambda piece: piece.start)
    _settle_weak_pieces(post, result, languages)
    _mark_shared(post, result)
    _mark_own_language_items(result)
    return result


#: A dash between two versions written on one line: "Kaupunginhallitus kokoontuu ma
#: 3.3. klo 16 – Stadsstyrelsen sammanträder må 3.3 kl. 16".
_DASH_BETWEEN = recache.compile(r"[ \t][–—][ \t]+(?=[A-ZÅÄÖ])")
#: What stands between the two pieces of :data:`_DASH_BETWEEN`.
_DASH_GAP = recache.compile(r"[ \t][–—][ \t]+")


def _split_at_dash(piece: Piece, languages: tuple[str, ...], identify, own: set[str]) -> list[Piece]:
    """``piece`` split at a dash between two versions, or ``[piece]``.

    A dash followed by a capital splits the piece when the text on each side has at
    least two words of language of its own (its capitalised first word included) and
    is one of ``languages`` for sure (a lead of :data:`WEAK_MARGIN`), the two sides
    different: "Kaupunginhallitus kokoontuu ma 3.3. klo 16 – Stadsstyrelsen
    sammanträder må 3.3 kl. 16" is both versions, not a Swedish sentence with Finnish
    in it. A dash inside one language ("Kuoro Sirius – Joululauluja") stays.
    ``identify(text, candidates)`` is the post's; ``own`` the municipality's names.
    """
    from .facts import language_words

    text = piece.text
    for dash in _DASH_BETWEEN.finditer(text):
        left, right = text[: dash.start()], text[dash.end() :]
        if len(language_words(left)) < 2 or len(language_words(right)) < 2:
            continue
        left_lang, right_lang = identify(left, languages), identify(right, languages)
        if (left_lang == right_lang or language_lead(left, left_lang, languages) < WEAK_MARGIN
                or language_lead(right, right_lang, languages) < WEAK_MARGIN):
            continue
        halves = []
        for start, part, lang in ((piece.start, left, left_lang), (piece.start + dash.end(), right, right_lang)):
            words = [(s, e) for s, e in piece.words if start <= s and e <= start + len(part)]
            count = len([w for w in language_words(part, calendar=True) if part[w[0] : w[1]].lower() not in own])
            halves.append(Piece(start, start + len(part), part, lang, words, piece.line, count))
        return halves
    return [piece]


#: A piece with at most this many words of language may be settled by its neighbours.
_WEAK_WORDS = 4
#: Evidence (log-odds, :func:`kommunlint.detect.langid.scores`) below which a short
#: piece's language is a guess ("11.00 Kimito Brass spelar julmusik": names left out,
#: two words that no list knows).
WEAK_MARGIN = 2.0


def language_lead(text: str, language: str, languages: tuple[str, ...]) -> float:
    """How far ``language`` leads the best other of ``languages`` for ``text`` (log-odds,
    :func:`kommunlint.detect.langid.scores`; negative when another leads, 0.0 without
    evidence). A lead of :data:`WEAK_MARGIN` or more makes the language sure."""
    from .langid import scores

    found = scores(text, languages)
    if not found or language not in found or len(found) < 2:
        return 0.0
    return found[language] - max(v for k, v in found.items() if k != language)


def _margin(text: str, languages: tuple[str, ...]) -> float:
    """How far the best of ``languages`` leads the second for ``text`` (0 without evidence)."""
    from .langid import scores

    found = scores(text, languages)
    if not found:
        return 0.0
    best = sorted(found.values(), reverse=True)
    return best[0] - best[1] if len(best) > 1 else best[0]


def _settle_weak_pieces(post: "Post", versions: Versions, languages: tuple[str, ...]) -> None:
    """Give a short piece whose language is a guess the language its neighbours say.

    - one side of a line split at " / " ("kl./klo 20 Kvällskonsert / Iltakonsertti: Maja
      Lind & band") whose other side is the same language for sure: the other language;
    - a whole line in a paragraph whose other pieces (those with sure evidence) are all
      one language ("11.00 Kimito Brass spelar julmusik" in a Swedish programme block):
      that language;
    - a short sentence, or a one-word fragment with a figure (a sentence cut after a
      date, "Ilmoittaudu 5.–9.4."), on a line with two or more sure sentences of one
      language and no " / " between them: that language.

    Changes ``versions.pieces`` in place. Only the two official languages are settled;
    a piece without language stays so.
    """
    if len(languages) != 2:
        return
    weak: dict[int, bool] = {}

    def is_weak(i: int) -> bool:
        if i not in weak:
            piece = versions.pieces[i]
            weak[i] = (piece.lang in languages and 0 < piece.count <= _WEAK_WORDS
                       and _margin(piece.text, languages) < WEAK_MARGIN)
        return weak[i]

    def sure(i: int) -> bool:
        piece = versions.pieces[i]
        return piece.lang in languages and piece.count > 0 and not is_weak(i)

    by_line: dict[int, list[int]] = {}
    for i, piece in enumerate(versions.pieces):
        by_line.setdefault(piece.line, []).append(i)
    settled: dict[int, str] = {}
    for indices in by_line.values():
        if len(indices) != 2:
            continue
        a, b = indices
        pa, pb = versions.pieces[a], versions.pieces[b]
        if pa.lang != pb.lang or pa.lang not in languages or not _SPLIT.fullmatch(post.text[pa.end : pb.start]):
            continue  # not the two sides of one " / " (two sentences of a line are not translations)
        for weak_i, sure_i in ((a, b), (b, a)):
            if is_weak(weak_i) and sure(sure_i):
                settled[weak_i] = next(lang for lang in languages if lang != pa.lang)
                break
    for indices in by_line.values():
        # A weak sentence, or a one-word fragment with a figure (a sentence cut after a
        # date: "Ilmoittaudu 5.–9.4." then "Kirjaston kautta."), among two or more sure
        # sentences of one language on its line, none split from it at " / ": a line of
        # sentences is written in one language; the short one was a guess.
        if len(indices) < 3 or any(_SPLIT.fullmatch(post.text[versions.pieces[a].end : versions.pieces[b].start])
                                   for a, b in zip(indices, indices[1:])):
            continue
        for i in indices:
            others = [versions.pieces[j].lang for j in indices if j != i and sure(j)]
            piece = versions.pieces[i]
            fragment = piece.lang in languages and piece.count == 1 and _DIGIT.search(piece.text) is not None
            if (i not in settled and (is_weak(i) or fragment) and len(others) >= 2 and len(set(others)) == 1
                    and versions.pieces[i].lang not in others):
                settled[i] = others[0]
    by_paragraph: dict[int, list[int]] = {}
    for i, piece in enumerate(versions.pieces):
        by_paragraph.setdefault(paragraph_of(post, piece.start), []).append(i)
    for indices in by_paragraph.values():
        if len({versions.pieces[i].lang for i in indices if versions.pieces[i].lang}) < 2:
            continue  # one language throughout: nothing to settle (and no evidence to weigh)
        for i in indices:
            piece = versions.pieces[i]
            if i in settled or len(by_line.get(piece.line, ())) != 1 or not is_weak(i):
                continue
            sure_others = [versions.pieces[j].lang for j in indices if j != i and sure(j)]
            others = set(sure_others)
            # Two sure pieces make a block; one line beside it may be its translation
            # (a heading over its other-language twin), not part of it.
            if len(others) == 1 and len(sure_others) >= 2 and piece.lang not in others:
                settled[i] = others.pop()
    settled.update(_list_lines_in_block(post, versions, languages, by_line, settled))
    for i, lang in settled.items():
        versions.pieces[i].lang = lang


#: Words of language (the capitalised first word left out) a list line may have.
_LIST_WORDS = 3


def _list_lines_in_block(
    post: "Post", versions: Versions, languages: tuple[str, ...], by_line: dict[int, list[int]], settled: dict[int, str]
) -> dict[int, str]:
    """Pieces of list lines taken for the other language inside one language's list.

    A list line is mostly a name and a figure ("• Nikko Sergejeff, musik – 1 000 €",
    "Öja Byaråd rf – 1 200 € (frisbeegolfrata)", "10–14 m vene ... 35 €/vrk"): its few
    words of language are often a name or loan word that looks like the other
    language, however sure the evidence. One or two such lines (one piece each, at
    most :data:`_LIST_WORDS` words of language, the capitalised first word left out, no
    sentence end) take the language of the lines around them when, in the same
    paragraph and without a blank line, the line above and the line after are of that
    language, each with one piece that has words of language (not a " / " pair; a
    piece of names only, "Maria Sjöblom" after "feat.", is no evidence), and the line
    before the one above is of that language too, or is a heading without language
    while the line below the one after is not of the list line's language: an
    alternating layout (sv line, fi line, sv line, ...) takes turns and is left alone.
    A line of two sides split at " / " is never a line of the block.
    Returns ``{piece index: language}``; ``settled`` (pieces already given a language)
    is left alone.
    """
    from .facts import language_words

    text = post.text
    line_starts = sorted(by_line)
    line_lang: list[str | None] = []
    line_worded: list[int] = []  # pieces with words of language on each line
    for start in line_starts:
        # A piece of names only ("Maria Sjöblom" after "feat.") says nothing of its line's language.
        worded = [i for i in by_line[start] if versions.pieces[i].words] or by_line[start]
        langs = {(settled.get(i) or versions.pieces[i].lang) for i in worded}
        line_lang.append(langs.pop() if len(langs) == 1 else None)
        line_worded.append(len(worded))
    # A line of two sides split at " / " ("🚧 Isokadun / Storgatans kaivutyöt 🚧") is
    # both languages side by side, even when both sides were taken for one: never a line
    # of one language's block (it says nothing of a block around a list line).
    paired = [any(_SPLIT.fullmatch(text[versions.pieces[a].end : versions.pieces[b].start])
                  for a, b in zip(by_line[start], by_line[start][1:])) for start in line_starts]
    paragraphs = [paragraph_of(post, start) for start in line_starts]
    # Consecutive text lines only: a blank line between two lines ends the list.
    adjacent = [k > 0 and text.count("\n", line_starts[k - 1], start) == 1 for k, start in enumerate(line_starts)]

    def list_line(k: int) -> bool:
        indices = by_line[line_starts[k]]
        if len(indices) != 1 or line_lang[k] not in languages:
            return False
        piece = versions.pieces[indices[0]]
        return len(language_words(piece.text, initial=False)) <= _LIST_WORDS and not _SENTENCE_END.search(piece.text)

    result: dict[int, str] = {}
    k = 0
    while k < len(line_starts):
        if not list_line(k):
            k += 1
            continue
        run = 1 if k + 1 >= len(line_starts) or line_lang[k + 1] != line_lang[k] or not adjacent[k + 1] or not list_line(
            k + 1) else 2
        after = k + run
        block = line_lang[k - 1] if k >= 1 else None

        def joined(j: int) -> bool:  # line j is the next text line of this paragraph after line j - 1
            return 0 < j < len(line_starts) and adjacent[j] and paragraphs[j] == paragraphs[k]

        def block_line(j: int) -> bool:
            return line_lang[j] == block and line_worded[j] == 1 and not paired[j]

        if (block in languages and block != line_lang[k] and all(joined(j) for j in range(k, after + 1))
                and block_line(k - 1) and block_line(after)
                # two lines of the block before, or a heading: not the turn of an alternating layout
                and joined(k - 1) and (block_line(k - 2) or (
                    # under a heading, one line of the block above: the line below the
                    # one after must not turn back to the list line's language
                    not any(versions.pieces[i].lang for i in by_line[line_starts[k - 2]])
                    and not (joined(after + 1) and line_lang[after + 1] == line_lang[k])))):
            for j in range(k, after):
                for i in by_line[line_starts[j]]:
                    result[i] = block
        k += run
    return result


_PARENTHESIS = recache.compile(r"\([^()\n]{1,120}\)")


def _bilingual_asides(text: str) -> list[tuple[int, int]]:
    """Spans (0-based, end exclusive, in ``text``) of parentheses that say in which
    language each part is held, for two languages: "(klo 11 suomeksi, kl. 12.30 på
    svenska)". Such an aside speaks to both groups."""
    return [m.span() for m in _PARENTHESIS.finditer(text) if len(_held_in(m.group(), asides=False)) >= 2]


def _held_in(text: str, asides: bool = True) -> set[str]:
    """Languages ``text`` says an item is held in ("på svenska", "suomeksi"); with
    ``asides`` false, a parenthesis naming two languages (:func:`_bilingual_asides`)
    is read too, else it is left out: it says when each group's item is, not that this
    item is one group's."""
    return set(_held_in_text(text, asides))


@lru_cache(maxsize=512)  # asked twice per piece, and again by the bilingual rules
def _held_in_text(text: str, asides: bool) -> frozenset[str]:
    if asides:
        for a_start, a_end in reversed(_bilingual_asides(text)):
            text = text[:a_start] + text[a_end:]
    low = text.lower()
    return frozenset(lang for lang, pattern in _held_in_patterns() if pattern.search(low))


@lru_cache(maxsize=1)
def _held_in_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per language of ``held_in`` (``sv_fi_names.yaml``), one pattern of its phrases,
    each a whole word: some phrase is found exactly where one of ``\\bphrase\\b`` is."""
    from .vocabulary import load

    # A phrase is a whole word, or ends in its parenthesis: "(sv)" has no word edge outside.
    return tuple(
        (lang, recache.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)"))
        for lang, phrases in load("sv_fi_names").get("held_in", {}).items()
        if phrases
    )


@lru_cache(maxsize=1)
def _refers_to_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Per direction of ``refers_to`` (``sv_fi_names.yaml``), one pattern of its words."""
    from .vocabulary import load

    return tuple(
        (direction, recache.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)"))
        for direction, words in load("sv_fi_names").get("refers_to", {}).items()
        if words
    )


def refers_to(text: str) -> list[tuple[str, int]]:
    """Where ``text`` points at what stands above or below ("kontaktuppgifter ovan",
    "alueet yllä", "se nedan"): ``(direction, offset)`` pairs, ``direction`` ``"above"``
    or ``"below"``, ``offset`` the 0-based start of the word in ``text``. Matched
    case-insensitively on whole words (``refers_to`` in ``data/sv_fi_names.yaml``).
    None in a sentence that names a language ("Mer information på finska ovan",
    ``held_in``): that sends the reader to the other version as a whole, a summary in
    place of a translation, not to a list or contacts."""
    if _held_in(text):
        return []
    low = text.lower()
    found = [(m.start(), direction) for direction, pattern in _refers_to_patterns() for m in pattern.finditer(low)]
    return [(direction, start) for start, direction in sorted(found)]


def held_in_own_language(piece: Piece) -> bool:
    """Whether ``piece`` says it is held in its own language ("Författarbesök ... (på
    svenska)" in Swedish, "... suomeksi" in Finnish)."""
    return bool(piece.lang) and piece.lang in _held_in(piece.text)


def _mark_own_language_items(versions: Versions) -> None:
    """Share the pieces that announce an item held in their own language ("... (på
    svenska)" in the Swedish version) when the other version names no item in that
    language: each group is told of its own item, and that is no gap."""
    said: dict[str, set[str]] = {}
    for piece in versions.pieces:
        if piece.lang:
            said.setdefault(piece.lang, set()).update(_held_in(piece.text))
    for piece in versions.pieces:
        if not piece.lang or piece.lang not in _held_in(piece.text):
            continue
        if any(piece.lang in held for other, held in said.items() if other != piece.lang):
            continue  # the other version tells of the same item: compare them
        versions.shared.append((piece.start, piece.end))


#: Words a part of a " / " line may have for the line to be label pairs, not sentences.
_PAIR_WORDS = 4
_PAIR_SPLIT = recache.compile(r" [/|] ")
_PAIR_WORD = recache.compile(r"(?<![#@\w])[^\W\d_]{2,}(?:-[^\W\d_]+)*")
#: A part that ends a sentence ("... i stadshuset.", "Tervetuloa!"): a sentence, not a label.
_SENTENCE_END = recache.compile(r"[^\W\d_]{2}[.!?]\s*$")


def label_pair_line(line: str) -> bool:
    """Whether ``line`` (one line of text, no newline) is split at " / " or " | " into
    parts of at most :data:`_PAIR_WORDS` words each, none ending a sentence: label pairs
    in two languages ("Kimito gravgård / Kemiön hautausmaa 16.05 – retur / paluu
    17.30", "Kimito hälsostation / Kemiön terveysasema, Vretavägen 4"), read by both
    groups whichever language each half was taken for; so is a chain of three or more
    parts of at most twice as many words each, only the last ending a sentence."""
    parts = _PAIR_SPLIT.split(line)
    if len(parts) >= 3 and all(len(_PAIR_WORD.findall(part)) <= 2 * _PAIR_WORDS for part in parts) and not any(
            _SENTENCE_END.search(part) for part in parts[:-1]):
        # A chain of pairs ("Biljettpris / Lipun hinta 2 €, pensionärer och barn /
        # eläkeläiset ja lapset 1 €", "Julhelgen / joulunpyhät 24.–26.12. stängt /
        # suljettu."): each middle part ends one language and starts the other, so a
        # figure in it stands between the two wordings, read by both.
        return True
    return len(parts) >= 2 and all(
        len(_PAIR_WORD.findall(part)) <= _PAIR_WORDS and not _SENTENCE_END.search(part) for part in parts)


#: Words of language a paragraph needs in a language to be that language's block.
_BLOCK_WORDS = 3


_SLASH_SPLIT = recache.compile(_SLASH)
#: A phone number or an e-mail address in a line.
_CONTACT_IN_LINE = recache.compile(r"(?<![\w.+-])[\w.+-]+(?:@|\(at\)|\[at\])[\w-]+\.\w|(?<![\w+])\+?\d[\d \-]{5,}\d")
def contact_in_line(line: str) -> bool:
    """Whether ``line`` gives a phone number (seven or more digits and separators) or an
    e-mail address ("@", "(at)", "[at]")."""
    return _CONTACT_IN_LINE.search(line) is not None


#: Words of language a contact line under a bilingual label may have (its title: "varhaiskasvatuksen palveluohjaaja").
_CONTACT_LINE_WORDS = 3
#: A line that starts with a time, date or number ("14.00 Kören ...", "2️⃣ ...").
_STARTS_WITH_FIGURE = recache.compile(r"[ \t]{0,4}\d")
#: What separates the items of a list written on one line ("Kauppatori · Koivuhaka · Kälviä").
_ITEM_SEPARATOR = recache.compile(r"[·•,;]")
#: Characters a list line of a side-by-side post may have (see :func:`_mark_shared`).
_PAIR_LINE = 120


#: Letters of a weekday or month name written out ("lördag", "maaliskuuta"), longer
#: than any abbreviation ("tors", "ons").
_CALENDAR_NAME = 5
#: A word in capitals of two or more letters (a heading's word; hyphenated parts too:
#: "LIIKUNTA-AVUSTUKSET").
_CAPS_WORD = recache.compile(r"(?<![^\W\d_])[A-ZÅÄÖ]{2,}(?:-[A-ZÅÄÖ]+)*-?(?![^\W\d_])")


def _mark_shared(post: "Post", versions: Versions) -> None:
    """Fill ``versions.shared`` line by line (see :class:`Versions`)."""
    from .facts import language_words

    text = post.text
    by_line: dict[int, list[Piece]] = {}
    for piece in versions.pieces:
        by_line.setdefault(piece.line, []).append(piece)
    lines = []
    # Lines read whole by both groups as a pair of translations: they say nothing of
    # the language of the block around them.
    pair_lines: set[int] = set()
    # A post laid out side by side: two or more lines whose " / " halves are in two
    # languages. Every other " / " line of it is a pair too ("ti 22.4. Centrum / Keskusta",
    # "2️⃣ Bada på Plagen / Ui Plagenilla", "Må / Ma – Köttsoppa / Lihakeitto"), even when
    # one half holds only names or the leading date stands on the left: read by both.
    split_lines = {start for start, pieces in by_line.items() if len(pieces) >= 2 and _SLASH_SPLIT.search(
        text, start, pieces[-1].start + 1)}
    side_by_side = sum(1 for start in split_lines if len({p.lang for p in by_line[start] if p.lang}) >= 2) >= 2
    # Lines in both languages side by side, per paragraph.
    pair_paragraphs: dict[int, int] = {}
    for start in split_lines:
        if len({p.lang for p in by_line[start] if p.lang}) >= 2:
            index = paragraph_of(post, start)
            pair_paragraphs[index] = pair_paragraphs.get(index, 0) + 1
    programme = _programme_for_both(post, by_line, split_lines) if side_by_side else set()
    for line_start, pieces in by_line.items():
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        langs = {p.lang for p in pieces if p.lang}
        pairs = list(_TIGHT_PAIR.finditer(line))
        if side_by_side and line_start in split_lines and len(langs) < 2 and len(line) <= _PAIR_LINE:
            # (A short line only: in a long one, "Palkkio 180 € / päivä. Ruotsinkielentaitoisia
            # ..." is one language's sentences with a slash in them, not a pair.)
            versions.shared.append((line_start, line_end))
            pair_lines.add(line_start)
        elif (side_by_side and line_start not in split_lines and len(langs) == 1
              and sum(len(p.words) for p in pieces) <= 1 and _STARTS_WITH_FIGURE.match(line)
              and pair_paragraphs.get(paragraph_of(post, line_start), 0) >= 2):
            # A programme line of names among lines in both languages ("14.00 Kören
            # Cantilena, dir. X" between "13.00 Tomten kommer! / Joulupukki saapuu!"
            # lines): names and a time, the same for both groups.
            versions.shared.append((line_start, line_end))
            pair_lines.add(line_start)
        if line_start in programme:
            versions.shared.append((line_start, line_end))
            pair_lines.add(line_start)
            for piece in pieces:
                piece.count = 0  # the programme's words are for both groups, no version's
        if len(pairs) >= 2:
            # "Biljetter/Liput: dagsbiljett/päivälippu 20 €, ...": each word beside its
            # translation; the whole line is read by both groups.
            versions.shared.append((line_start, line_end))
            pair_lines.add(line_start)
        bilingual = len(langs) >= 2 or any(_is_translation_pair(m.group(1), m.group(2)) for m in pairs)
        words = [w for p in pieces for w in p.words]
        head_end = line_end
        colon = _COLON.search(line)
        if colon and _SLASH_SPLIT.search(line[: colon.start()]):
            # "Mer information / Lisätietoja: ...": the value after a bilingual label is for both.
            # (A slash, not an emoji between two captions: "... 🚢 Puhutko ...? Ilmoittaudu:
            # name, e-mail" is one language's sentences, its contact its own.)
            head_end = line_start + colon.end()
            versions.shared.append((head_end, line_end))
            words = [w for w in words if w[1] <= head_end]
            if not _SLASH_SPLIT.search(text, head_end, line_end):
                for piece in pieces:
                    if piece.end > head_end and piece.count:
                        # The value's words ("Lisätietoja / Mer information: tekninen
                        # toimisto, 040 ...") are for both groups: they make no
                        # version. (A value in both languages, "Må / Ma: Laxsoppa /
                        # Lohikeitto", is each language's.)
                        start = max(piece.start, head_end)
                        piece.value_words = len(language_words(text[start : piece.end], calendar=True))
        label = len(words) <= 1 and sum(p.count for p in pieces) <= 2
        # A line with two words of language of its own ("Vesihuoltoverkoston saneeraus
        # Länsikylässä 4.8.–31.10.2025", a heading above its translation) keeps the
        # language it was identified as, whatever block it stands in; only a line of
        # calendar words and numbers ("On 14–20") takes its block's. Two weekday or month
        # names written out are words of their language too ("Lauantaina 29.
        # marraskuuta Bulevardilla" under "Lördag 29 november på Bulevarden"): an
        # abbreviation ("On", "ti–to") is not.
        sure_own = label and len(pieces) == 1 and pieces[0].lang in versions.languages and (
            len(language_words(pieces[0].text)) >= 2 or len([
                (s, e) for s, e in language_words(pieces[0].text, calendar=True)
                if e - s >= _CALENDAR_NAME]) >= 2
            # A heading in capitals above its translation ("KULTTUURI- JA
            # LIIKUNTA-AVUSTUKSET 2025 haettavana 1.–31.1.2025" over "KULTUR- OCH
            # IDROTTSBIDRAG 2025 kan sökas ..."): its capitalised words are no names but
            # words of its language, which the evidence gives for sure.
            or (len(_CAPS_WORD.findall(pieces[0].text)) >= 2
                and language_lead(pieces[0].text, pieces[0].lang, versions.languages) >= WEAK_MARGIN))
        if label and not bilingual:
            # A label, contact, name or list line ("Lisätietoja: name, phone", "Hangö
            # Energi Ab, Bangatan 5"): no version of its own.
            for piece in pieces:
                piece.count = 0
        if (len(words) <= _CONTACT_LINE_WORDS and (_CONTACT_IN_LINE.search(line) or (
                len(_ITEM_SEPARATOR.findall(line)) >= 2 and not _SENTENCE_END.search(line))) and lines
                and lines[-1][3] and text[lines[-1][0]:line_start].rstrip().endswith(":")
                and text.count("\n", lines[-1][0], line_start) == 1):
            # A contact line under a label written in both languages ("Svenskspråkiga
            # daghem / Ruotsinkieliset päiväkodit:" then "servicehandledare X, 040 ..."):
            # the contact is for both groups, whatever language its title is in; so is
            # a list of places ("Kuusien keräyspisteet / Insamlingspunkter för granar:"
            # then "Kauppatori (Torikatu 8) · Koivuhaan ostari · Kälviän paloasema").
            versions.shared.append((line_start, line_end))
        lines.append((line_start, head_end, words, bilingual, label, sure_own))
    _mark_tables(post, versions)
    # A label line inside a one-language block belongs to that block (a contact the other
    # block leaves out is missing from it); elsewhere (beside lines in both languages, in
    # a closing paragraph of its own) both versions read it.
    block_lang: dict[int, set[str]] = {}
    block_words: dict[tuple[int, str], int] = {}  # words of language per (paragraph, language)
    for piece in versions.pieces:
        # A pair line ("Kimito hälsostation / Kemiön terveysasema", whose halves may
        # both be taken for one language) makes no block one-language: the date lines
        # beneath it are for both groups.
        if piece.count and piece.lang and piece.line not in pair_lines:
            block_lang.setdefault(paragraph_of(post, piece.start), set()).add(piece.lang)
            key = (paragraph_of(post, piece.start), piece.lang)
            block_words[key] = block_words.get(key, 0) + piece.count
    for line_start, head_end, words, bilingual, label, sure_own in lines:
        block = block_lang.get(paragraph_of(post, line_start), ())
        if label and not bilingual and len(block) == 1 and not sure_own:
            # A label, list or timetable line inside a one-language block is that block's
            # when its own guess has a block of its own elsewhere: "On 14–20" in a
            # Swedish timetable is Wednesday, not the Finnish "on", when the Finnish
            # timetable is a paragraph of its own. (A terse line whose language has no
            # other block is that language's only version: it keeps its guess.)
            (block_language,) = block
            paragraph = paragraph_of(post, line_start)
            for piece in by_line[line_start]:
                if piece.lang and piece.lang != block_language and any(
                    words_there >= _BLOCK_WORDS for (index, lang), words_there in block_words.items()
                    if index != paragraph and lang == piece.lang
                ):
                    piece.lang = block_language
        if not bilingual and not (label and len(block) != 1):
            continue
        if not words:
            versions.shared.append((line_start, head_end))
            continue
        versions.shared.append((line_start, words[0][0]))
        line_text = text[line_start:head_end]
        line_pieces = by_line[line_start]
        if bilingual and any(_DASH_GAP.fullmatch(text, a.end, b.start) and a.lang != b.lang
                             for a, b in zip(line_pieces, line_pieces[1:])):
            continue  # two versions split at a dash (:func:`_split_at_dash`): each ends in its own facts
        if bilingual and _SLASH_SPLIT.search(line_text) and _SENTENCE_END.search(
                _PAIR_SPLIT.split(line_text)[0]):
            # Two sentences side by side ("Brådskande ärenden: ring växeln. / Kiireelliset
            # asiat: 040 ..."): what ends the second half is that half's own; what leads
            # the line ("12.00 Tomten kommer! / Joulupukki tulee!") stands before both.
            continue
        versions.shared.append((words[-1][1], head_end))


def _programme_for_both(post: "Post", by_line: dict[int, list[Piece]], split_lines: set[int]) -> set[int]:
    """Line starts of the programme lists of a post written side by side throughout.

    In a post whose every paragraph is either " / " lines (both versions on each line:
    "BYAKVÄLLAR ... / KYLÄILLAT ...", "Kaffe bjuds. / Kahvitarjoilu.") or a list whose
    every line starts with a date or time and has no " / " ("11.3 kl. 18 Västanfjärds
    Byagård – kontakt: ...", "22.4 kl. 18 Kemiö seurojentalo – yhteyshenkilö: ..."),
    the lists are read by both groups: no version has a block of its own they could
    belong to, and each item is written in its own village's or venue's language.
    Lines without language (a hashtag line) are neither and allowed anywhere."""
    text = post.text
    lists: list[int] = []
    by_paragraph: dict[int, list[int]] = {}
    for start, pieces in by_line.items():
        if any(p.lang is not None and p.count for p in pieces) or start in split_lines:
            by_paragraph.setdefault(paragraph_of(post, start), []).append(start)
    has_list = False
    for starts in by_paragraph.values():
        if all(start in split_lines for start in starts):
            continue
        if all(start not in split_lines and _STARTS_WITH_FIGURE.match(text, start) for start in starts):
            lists.extend(starts)
            has_list = True
            continue
        return set()  # a paragraph of one version's text: the lists may be that version's
    return set(lists) if has_list else set()


def _paragraph_language(
    post: "Post", offset: int, candidates: tuple[str, ...], cache: dict[int, str | None], identify
) -> str | None:
    """Language of the paragraph holding ``offset`` among ``candidates`` (cached by index);
    ``identify(text, candidates)`` is the post's (:meth:`Languages.identify`)."""
    index = paragraph_of(post, offset)
    if index not in cache:
        cache[index] = identify(post.paragraphs[index].text, candidates) if index >= 0 else None
    return cache[index]


#: A gap between two cells of a table laid out in columns: three or more blanks.
_CELL_GAP = recache.compile(r"\S[ \t]{3,}(?=\S)")
#: Rows (besides the header) a table needs.
_TABLE_ROWS = 2


def _mark_tables(post: "Post", versions: Versions) -> None:
    """Mark as shared the rows of a table laid out in columns whose header row is written
    in both languages ("Hamn / Satama      Sista dag / Viimeinen päivä      Service",
    then "Dalsbruk gästhamn      30.9.      el, vatten / sähkö, vesi"): one table for
    both groups, whose dates and figures each version reads. A table is a paragraph's
    consecutive lines that each have a gap of three or more blanks between cells, at
    least :data:`_TABLE_ROWS` rows under the header; the header holds " / "."""
    text = post.text
    offset = 0
    run: list[tuple[int, int]] = []
    lines = text.split("\n")
    for number, line in enumerate([*lines, ""]):
        start, end = offset, offset + len(line)
        offset = end + 1
        if number < len(lines) and _CELL_GAP.search(line):
            run.append((start, end))
            continue
        if len(run) > _TABLE_ROWS and _SLASH_SPLIT.search(text, run[0][0], run[0][1]):
            versions.shared.extend(run[1:])
        run = []


def paragraph_of(post: "Post", offset: int) -> int:
    """Index into ``post.paragraphs`` of the paragraph holding 0-based ``offset`` (-1
    before the first)."""
    return bisect.bisect_right(post.paragraph_starts, offset) - 1
