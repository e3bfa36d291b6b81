"""Finding offensive words in a post: tokens, obfuscation, stems, compounds, context.

:func:`detect` runs once per post (as ``Analysis.offensive``) and returns every
:class:`Hit`; each ``offensive/*`` rule keeps the hits of its category.

How a word is looked up (first that succeeds), in the lexicon of the sentence's
language plus English:

1. the word is an exception (place name, everyday word, or a capitalised first name
   or surname) or an inflected one (its Snowball stem is an exception's, five letters
   or more: "Helvetinjärvellä", "Fittjas", "tarvittua") → innocent;
2. an explicit form of an entry ("idioterna", "vitun");
3. the Snowball stem (PyStemmer) equals an entry's stem, when that stem has at
   least :data:`~.lexicon.MIN_STEM` letters ("idiootteja" → "idioot"); in Finnish the
   ending must also keep the entry's vowel harmony ("persia", Persia, is no "perse");
4. a compound: starts with a ``prefix`` entry form or ends with a ``suffix`` one,
   the rest at least three letters ("skitsnack", "kärringjävel", "paskapuhe");
5. only for obfuscated words: the letter skeleton ("vitttuuu" → "vitu");
6. only for words of :data:`FUZZY_MIN` letters or more: a rapidfuzz edit distance of 1
   to a sureness-2 form with the same first letter; short words are never
   fuzzy-matched, so "kukka" or "fanns" can't drift into a swear word. The edit must
   look like a typing slip, not like inflection of another word: a substituted letter
   must be a neighbouring key or a twin vowel ("paikantaa" is no "paskantaa"), and a
   word whose own Snowball stem is a proper prefix of the form's stem is an inflected
   shorter word, not a misspelt form ("jumal|asta", god, is no "jumalauta").

A hyphen is a written compound boundary: when the whole word matches nothing, the
part after the last hyphen is looked up as a compound head, any lexicon word
("CP-vammanen", "kokoomus-idiootit"), and the first part tells only whether it names a
group or person. A masked word prefers a swear word ("f*n" is "fan", not "fån"); dots
inside a word hide letters ("v..tun"), and a letter split off by a space is joined
("v itun", listed forms only), and so is a word broken by a hyphen and a space ("pas-
kat"). A capitalised compound ending in a place-name part
(``data/place_parts.txt``) that does not start its sentence is a place name
("Paskalammella").

English entries marked ``english_only`` ("slut", "prick": Swedish "end", "dot")
are matched only in English sentences.

Context: a hit whose previous/next word is in the entry's ``not_after`` /
``not_before`` is innocent ("ett fan av"; the bare word only, not a compound: "en
bögfjolla"), and so is one in a sentence with a word of
the entry's ``innocent_near`` ("parasiter" in a notice about drinking water). A hit inside quotation marks in a
paragraph that reports what someone else wrote (moderation: "tagit bort",
"poistimme", "kommentar") is marked ``quoted``; a hit right after a word like
"ordet", "sana", "the word", or joined by a hyphen to such a noun ("neger-ordet",
"idiootti-sanaa"), is marked ``meta``; a name the sentence reports someone was called
(after "kallades", "haukuttiin", "kutsui", "was called") is softened to sureness 0; a hit in the title of a film, book,
song or other work named as such is marked ``title``: a capitalised or quoted title
within three words after a noun like "filmen", "boken", "elokuva" ("filmen Fucking
Åmål", romaanin "Paskamaa"; unquoted, the title must follow the noun directly or after
"heter", or after a presenting verb whose subject names works: "Filmklubben visar
Fucking Åmål"), or a title joined by a hyphen to such a noun
("Perkele-elokuva", "Fucking Åmål -elokuva"); nouns in ``data/title_nouns.txt``.
Rules report those as ``info``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from ... import recache
from . import lexicon as lx
from .hit import Hit
from .normalize import _STRETCH, candidates, is_obfuscated, mask_pattern, skeleton, slip

if TYPE_CHECKING:
    from ...profile import Profile
    from .. import Analysis

#: Shortest word (and lexicon form) that may be fuzzy-matched, at edit distance 1.
FUZZY_MIN = 9
#: Category preference when one word matches several entries (compounds).
_PRIORITY = {"hate-speech": 0, "threat": 1, "incitement": 2, "sexual": 3, "insult": 4, "profanity": 5}

# A word, possibly with leetspeak, masks or inner hyphens/apostrophes ("j*vla", "sh!t", "kärring-jävel").
_TOKEN = recache.compile(r"[\w@$€*#|]+(?:(?:[-'’]|!(?=\w))[\w@$€*#|]+)*")
#: The word of a hashtag after its "#": letters, digits and "_", no mask character.
_HASHTAG_WORD = recache.compile(r"[^\W_]\w*")
# Single letters split by one separator: "v i t t u", "v-i-t-t-u", "f.a.n".
_SPACED = recache.compile(r"(?<![\w*])(?:[^\W\d_][ .\-_]){2,}[^\W\d_](?![\w*])")
_WORD = recache.compile(r"[^\W\d_]+")
_QUOTED = recache.compile(r"\"[^\"\n]{1,400}\"|“[^”\n]{1,400}”|”[^”\n]{1,400}”|«[^»\n]{1,400}»|»[^«»\n]{1,400}[«»]|‘[^’\n]{1,400}’|„[^“”\n]{1,400}[“”]")
# Paragraph reports someone else's words (moderation, citing a comment).
_REPORTING = recache.compile(
    r"(?i)\b(?:tagit\s+bort|tog\s+bort|tar\s+bort|raderat|raderade|dolt|dolde|gömt|kommentar\w*|inlägg\w*|skrev|skriver|"
    r"stod|kallade|kallat|citera\w*|anmäl\w*|polisanmäl\w*|moderer\w*|meddelande\w*|anklaga\w*|"
    r"poist\w*|piilot\w*|kommen\w*|kirjoitt?\w*|viesti\w*|kutsu\w*|ilmoit\w*|rikosilmoit\w*|moderoi\w*|"
    r"removed|deleted|hidden|comment\w*|wrote|reported|"
    # Verbs of shouting that report someone's words ("Joku huusi mulle "idiootti"",
    # "han skrek "jävla kärring" efter mig"). Not "sanoi"/"said": 'sanoi kirjan olevan
    # "paska"' calls the book so, in scare quotes.
    r"skrek|skrikit|vrålade|ropade|fräste|huusi|huus|huudettiin|huusivat|karjui|shouted|yelled)\b"
)
# A hyphen joining the word to a noun for "word" mentions it ("neger-ordet",
# "Mutakuono-sanaa", "the f-word"): what follows the hit's token (the rest of it from a
# hyphen on, or a separate "-sana" / "–ordet").
_META_NOUN = r"(?:ord(?:et|en)?|uttryck(?:et)?|skällsord(?:et)?|glosan|termen|sana(?:a|n|na|ksi|lla|sta|an|t)?|ilmaus\w*|kirosana\w*|haukkumasana\w*|word)"
_META_HYPHEN = recache.compile(r"(?i)-" + _META_NOUN + r"$")
_META_AFTER = recache.compile(r"(?i)\s+[-–]\s?" + _META_NOUN + r"\b")
# Words that announce a mention of a word rather than a use of it.
_META_BEFORE = frozenset(
    "ordet orden uttrycket uttryck ord svordomen svordomar skällsordet skällsord glosan termen "
    "sana sanaa sanan sanat sanoja ilmaus ilmausta ilmauksen kirosana kirosanaa kirosanan haukkumasana "
    "word words term expression betyder kallas tarkoittaa means".split()
)


def candidate_languages(profile: "Profile") -> tuple[str, ...]:
    """The profile's languages that have a lexicon, plus English."""
    langs = [lang for lang in getattr(profile, "languages", ()) or () if lang in lx.LANGUAGES]
    return tuple(dict.fromkeys([*langs, "en"]))


def detect(analysis: "Analysis") -> list[Hit]:
    """Every offensive hit in the post, sorted by position (read as ``Analysis.offensive``)."""
    post = analysis.post
    return scan_text(post.text, post.sentences, post.paragraphs, candidate_languages(analysis.profile), analysis.language_at)


def scan_text(text, sentences, paragraphs, langs, language_at, learned: bool | dict = True) -> list[Hit]:
    """Core of :func:`scan` over segments (``Segment(start, end, text)`` lists).

    ``language_at(offset, candidates)`` gives a sentence's language or ``None``; with
    ``None`` the profile's lexicons are tried but only their sureness-2 entries.
    ``learned``: add the learned scorer's hits (:mod:`.scorer`) to Swedish and Finnish
    sentences; its training script reads the engine's hits alone (``False``), and scores
    a model it has just trained by passing its weights dict (:func:`.scorer.weights`).
    """
    from .phrases import find_phrases

    hits: list[Hit] = []
    learn: list = []  # (sentence, language, its hits, whether it may fire) for the learned scorer
    may_fire = None  # imported with the first Swedish or Finnish sentence
    for sentence in sentences:
        if not _WORD.search(sentence.text):
            continue
        lang = language_at(sentence.start, langs)
        if lang in lx.LANGUAGES:
            plan = [(lang, 0, False)] + ([("en", 0, False)] if lang != "en" else [])
            # A Finnish swear word in a Swedish sentence (or vice versa) is still one,
            # but only its listed forms of sureness 2: no stems, compounds or fuzz.
            plan += [(code, 2, True) for code in langs if code not in (lang, "en")]
        else:  # unknown: every language of the profile, but only what is always offensive
            plan = [(code, 2 if code != "en" else 0, False) for code in langs]
        lowered = frozenset(_LOWER_WORDS.findall(sentence.text.lower()))
        phrase_hits = _longest([h for code, floor, _ in plan for h in find_phrases(sentence, lx.load(code), floor, lowered)])
        tokens = list(_tokens(sentence))
        word_hits = [h for code, floor, exact in plan for h in _words(sentence, lx.load(code), floor, exact, lang, tokens)]
        phrase_hits = _reported(sentence, phrase_hits, lx.load(lang) if lang in lx.LANGUAGES else None)
        if phrase_hits or word_hits:
            called = _called_spans(sentence.text, sentence.start)
            if called:
                phrase_hits, word_hits = _soften_called(phrase_hits, called), _soften_called(word_hits, called)
            denied = _denied_spans(sentence.text, sentence.start)
            if denied:
                ends = frozenset(h.end for h in word_hits if h.category in _DENIABLE)
                phrase_hits = _soften_called(phrase_hits, denied, _DENIABLE, ends)
                word_hits = _soften_called(word_hits, denied, _DENIABLE)
        first = len(hits)
        hits.extend(phrase_hits)
        covering = _Covering(phrase_hits)
        seen: set[tuple[int, int, str]] = set()
        for hit in sorted(word_hits, key=lambda h: (h.start, _PRIORITY[h.category], -h.sureness)):
            if (hit.start, hit.end, hit.category) in seen or covering.covers(hit):
                continue
            seen.add((hit.start, hit.end, hit.category))
            hits.append(hit)
        if learned and lang in _LEARNED_LANGS:
            if may_fire is None:
                from .scorer import may_fire
            learn.append((sentence, lang, hits[first:], may_fire(sentence.text, lang, hits[first:], lowered,
                                                                  learned if isinstance(learned, dict) else None)))
    if any(piece[3] for piece in learn):
        hits.extend(_learned(text, paragraphs, learn, learned if isinstance(learned, dict) else None))
    context = _Context(text, paragraphs)
    marked = [context.of(hit) for hit in sorted(hits, key=lambda h: (h.start, h.end))]
    # A learned reading of a quoted comment or a work's title is no use of a word: the
    # engine's own hit there is already reported as info, the model's would be noise.
    return [hit for hit in marked if hit.how != "model" or hit.context == "use"]


def _learned(text: str, paragraphs, pieces: list, model: dict | None = None) -> list[Hit]:
    """The learned scorer's hits (:mod:`.scorer`), one reading per paragraph: the union
    of its Swedish and Finnish sentences' features (the model was trained on whole
    comments), in the paragraph's most frequent of the two languages, beside the
    engine's hits there. The scorer speaks only for a label the engine left unsaid in the
    paragraph; a sentence that reports a threat, or the name someone was called,
    softens a hit in it as it does the phrases' (:func:`_reported`). ``pieces``:
    ``(sentence, language, its engine hits, whether it may fire)`` (:func:`.scorer.may_fire`);
    a paragraph none of whose sentences may fire is not read."""
    import bisect

    from .scorer import families_of, features, model_hits

    families = families_of(model)  # the features the model was trained with
    starts = [p.start for p in paragraphs]
    groups: dict[int, list] = {}
    for piece in pieces:
        groups.setdefault(bisect.bisect_right(starts, piece[0].start) - 1, []).append(piece)
    out: list[Hit] = []
    for group in groups.values():
        if not any(fires for _, _, _, fires in group):
            continue
        feats: dict = {}
        engine: list[Hit] = []
        langs = [lang for _, lang, _, _ in group]
        lang = max(dict.fromkeys(langs), key=langs.count)
        for sentence, sentence_lang, sentence_hits, _ in group:
            for name, span in features(sentence.text, sentence.start, sentence_lang, sentence_hits, families).items():
                feats.setdefault(name, span)
            engine.extend(sentence_hits)
        feats = {k: v for k, v in feats.items() if not k.startswith("L:")}
        feats[f"L:{lang}"] = None
        for hit in model_hits(text, 0, lang, engine, feats, model):
            sentence = next(s for s, _, _, _ in group if s.start <= hit.start < s.end)
            hit = _reported(sentence, [hit], lx.load(lang))[0]
            called = _called_spans(sentence.text, sentence.start) + _denied_spans(sentence.text, sentence.start)
            out.extend(_soften_called([hit], called, _DENIABLE if hit.category in _DENIABLE else None) if called else [hit])
    return out


#: Languages of the learned scorer (:data:`.scorer.LANGS`, repeated so that a sentence
#: of another language does not import it).
_LEARNED_LANGS = ("fi", "sv")

# -- words --------------------------------------------------------------------
_LOWER_WORDS = recache.compile(r"\w+")
_SPACING = recache.compile(r"[ .\-_]")
_HAS_LETTER = recache.compile(r"[^\W\d_]")


#: Categories a sentence can report rather than commit ("X hotade att döda Y").
_REPORTABLE = ("threat", "incitement", "hate-speech")
#: Categories a question starting with a question word only asks about (see :func:`_reported`).
_ASKABLE = ("threat", "incitement")
_QUESTION_START = recache.compile(r"^\W*(?:varför|vem|vilka|hur|miksi|kuka|ketkä|miten|why|who|how)\b", re.I)


def _reported(sentence, hits: list[Hit], lex: lx.Lexicon | None) -> list[Hit]:
    """Phrase hits of a threat, incitement or identity attack that the sentence reports
    or asks about rather than makes, softened to sureness 0 (``info``):

    - the sentence has a reporting or refuting word of its language (set ``report``:
      "hotade", "dömdes", "polisanmälan", "påståendet", "fördomen"; "uhkasi",
      "tuomittiin", "väite", "ennakkoluulo", "ei pidä paikkaansa");
    - it is a question that starts with a question word ("Varför skulle någon vilja
      skjuta honom?", "Miksi joku uhkaisi tappaa hänet?"): only threat and incitement
      phrases, as a stereotype inside a question is still stated ("Varför är alla X
      kriminella?").
    """
    if not hits or lex is None:
        return hits
    text = sentence.text
    if lex.report and lex.report.search(text):
        softened = _REPORTABLE
    elif text.rstrip().endswith("?") and _QUESTION_START.match(text):
        # "Miksi joku uhkaisi tappaa hänet?" asks about a threat, but "Miksi kaikki
        # mamut ovat rikollisia?" still says what it asks: a question word softens only
        # the acts (threat, incitement), not a stereotype stated inside the question.
        softened = _ASKABLE
    else:
        return hits
    from dataclasses import replace

    return [replace(h, sureness=0) if h.category in softened else h for h in hits]


# A verb of name-calling in the past or passive: what follows is the name someone was
# called, reported ("hon kallades hora", "häntä haukuttiin idiootiksi", "he was called
# a moron"). Present active forms are left out: "jag kallar dig idiot" calls now.
_CALLED = recache.compile(
    r"(?i)(?<!\w)(?:kallade(?:s)?|kallats?|kallad|blev\s+kallad|benämnde(?:s)?|titulerade(?:s)?|skällde(?:s)?\s+ut|utskälld|"
    r"haukuttiin|haukkui(?:vat)?|haukuttu\w*|haukkun(?:ut|eet)|kutsuttiin|kutsui(?:vat)?|kutsuttu\w*|kutsun(?:ut|eet)|"
    r"nimitettiin|nimitti(?:vät)?|nimiteltiin|nimitteli(?:vät)?|nimitelty\w*|nimitellyt|"
    r"(?:was|were|been|got|get)\s+called|called\s+(?:him|her|them|me|us|you)|name-called)(?!\w)"
)
# Where the name ends: a clause boundary or a word that starts a new clause.
_CALLED_END = recache.compile(r"(?i)[.,;!?()\n]|\s(?:och|men|eftersom|fast|ja|mutta|koska|vaikka|että|and|but|because)\s")
#: Words the name may reach after the verb ("kallade honom för en jävla idiot").
_CALLED_WORDS = 5


def _called_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """Post offsets (start, end) of the names a sentence reports someone was called:
    up to :data:`_CALLED_WORDS` words after a verb of :data:`_CALLED`, not past a clause
    boundary. Empty for most sentences (one regular-expression search)."""
    spans = []
    for m in _CALLED.finditer(text):
        stop = _CALLED_END.search(text, m.end())
        limit = stop.start() if stop else len(text)
        words = list(_WORD.finditer(text, m.end(), limit))[:_CALLED_WORDS]
        if words:
            spans.append((offset + m.end(), offset + words[-1].end()))
    return spans


def _soften_called(hits: list[Hit], spans: list[tuple[int, int]], categories: tuple[str, ...] | None = None,
                   ends: frozenset[int] = frozenset()) -> list[Hit]:
    """``hits`` with those inside a reported name (:func:`_called_spans`) or a denied
    predicate (:func:`_denied_spans`) at sureness 0: a name someone was called is
    reported, like a reported threat (:func:`_reported`). ``categories``: soften only
    hits of these (``None``: all). ``ends``: offsets where a word hit ends; a hit that
    begins before a span but ends at one of them inside it is softened too ("Ni är inga
    idioter": the phrase began before the negation, its last word is a denied name; but
    "du är inte klok" keeps its insult, its last word names nothing)."""
    from dataclasses import replace

    return [replace(h, sureness=0) if (categories is None or h.category in categories)
            and any((a <= h.start or h.end in ends and a < h.end) and h.end <= b for a, b in spans) else h for h in hits]


# Denial of a name or a degrading predicate: the writer says someone is *not* one, or
# that nobody says so ("Kjell är ingen idiot", "jag tycker inte att hon är dum", "ingen
# här tycker att du är dum", "att kalla folk för idioter hjälper ingen"; "ei se mikään
# idiootti ole", "kukaan ei ole väittänyt, että he olisivat tyhmiä", "en sano, että
# olet tyhmä"). Not "inte bara" / "ei vain" (not only: still said), not "ingen annan
# än" / "ei muu kuin" (none other than: said), and not a question with the subject
# after the verb ("Är du inte klok?", "Etkö ole tyhmä?": the frame needs the copula
# right before the negation, or a negated verb of saying or thinking).
_SAY_SV = r"(?:tycker|tyckte|tror|trodde|anser|ansåg|säger|sa|sade|menar|menade|påstår|påstod|har\s+(?:sagt|påstått|tyckt))"
_SAY_FI = r"(?:väitä|väittänyt|väittäny|väittää|sano|sanonut|sanonu|sanoa|tarkoita|tarkoittanut|tarkoittanu|ajattele|ajatellut|usko|uskonut|kutsu|kutsunut|kutsuisi)"
_DENIED = recache.compile(
    r"(?i)(?<!\w)(?:"
    r"(?:är|var|blir|vore|är\s+ju|är\s+väl|är\s+verkligen)\s+(?:inte|ingen|inget|inga|aldrig)(?!\s+(?:bara|enbart|endast|heller\s+bara|annan|annat|andra))"
    r"|(?:inte|aldrig)\s+(?:\w+\s+){0,2}?" + _SAY_SV + r"|" + _SAY_SV + r"\s+(?:\w+\s+)?(?:inte|aldrig)(?:\s+att)?"
    r"|(?:ingen|inga|ingen\s+\w+)\s+(?:här\s+|av\s+oss\s+)?" + _SAY_SV +
    r"|(?:att|inte|aldrig)\s+kalla\s+(?:\w+\s+){0,2}?för"
    r"|(?:ei|en|et|emme|ette|eivät|eikä)\s+(?:\w+\s+){0,2}?(?:mikään|mitkään)(?!\s+(?:muu|muuta|muut)\b)"
    r"|(?:mikään|mitkään)(?=\s+\w+\s+(?:\w+\s+)?(?:ole|oo|ollut|ollu|ei|en|et|eivät)\b)"
    r"|(?:ei|en|et|emme|ette|eivät|kukaan\s+ei|ei\s+kukaan)\s+(?:\w+\s+)?(?:ole\s+|oo\s+)?" + _SAY_FI +
    r")(?!\w)"
)
# Where a denied predicate ends: a sentence end, a contrast ("men", "utan", "mutta",
# "vaan") or a new clause with its own claim.
_DENIED_END = recache.compile(r"(?i)[.;!?()\n]|\s(?:men|utan|eftersom|fast|mutta|vaan|koska|vaikka)\s")
_SAYING = recache.compile(r"(?i)" + _SAY_SV + "|" + _SAY_FI)
#: Words a denied predicate may reach after the frame ("... att kommunalrådet är en idiot").
_DENIED_WORDS = 8
#: Categories a denial softens: name-calling only. A threat or a slur is not undone by a
#: negation before it ("ingen saknar dom, jävla X").
_DENIABLE = ("insult",)


def _denied_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """Post offsets (start, end) of what a sentence denies (:data:`_DENIED`): up to
    :data:`_DENIED_WORDS` words after the frame, not past :data:`_DENIED_END` (a comma
    is crossed only by "att"/"että" clauses, which say what is denied). Empty for most
    sentences (one regular-expression search)."""
    spans = []
    for m in _DENIED.finditer(text):
        stop = _DENIED_END.search(text, m.end())
        limit = stop.start() if stop else len(text)
        if _SAYING.search(m.group()) and _CONTRAST.search(text, m.end()):
            # "Jag säger inte att du är dum, men ...", "En sano, että olet tyhmä, mutta":
            # saying one does not say it, then a "but", says it (apophasis).
            continue
        comma = text.find(",", m.end(), limit)
        if comma >= 0 and not re.match(r"(?i),\s*(?:att|että|et)\b", text[comma:]):
            limit = comma
        words = list(_WORD.finditer(text, m.end(), limit))[:_DENIED_WORDS]
        if words:
            spans.append((offset + m.end(), offset + words[-1].end()))
    return spans


class _Words(list):
    """The lower-case words of a sentence as ``(start, word)`` pairs, with their starts
    for a binary search (the words before or after a hit without a scan per hit)."""

    def __init__(self, text: str) -> None:
        super().__init__((m.start(), m.group().lower()) for m in _WORD.finditer(text))
        self.starts = [s for s, _ in self]

    def before(self, start: int, n: int) -> list[str]:
        """The last ``n`` words starting before offset ``start``."""
        import bisect

        i = bisect.bisect_left(self.starts, start)
        return [w for _, w in self[max(0, i - n) : i]]

    def after(self, end: int) -> str | None:
        """The first word starting at or after offset ``end``, or ``None``."""
        import bisect

        i = bisect.bisect_left(self.starts, end)
        return self[i][1] if i < len(self) else None


def _said_of_oneself(words: "_Words", start: int, lex: lx.Lexicon, end: int | None = None) -> bool:
    """True when an insult word follows a first-person copula within two words
    ("jag är en idiot", "olen ihan ääliö", "mä oon niin tyhmä"), or an exclamation puts
    the copula with its pronoun right after it ("Vilken klantskalle jag är", "Mikä
    ääliö minä olen"; ``end``: the word's end offset): said of oneself."""
    if not lex.self_copula:
        return False
    before = words.before(start, 4)
    pairs = {" ".join(before[i:i + 2]) for i in range(len(before))} | set(before)
    if pairs & lex.self_copula:
        return True
    if end is None or _EXCLAIMING.isdisjoint(before[-3:]):
        return False
    import bisect

    i = bisect.bisect_left(words.starts, end)
    after = " ".join(w for _, w in words[i : i + 2])
    return after in _SELF_AFTER


#: Words that open an exclamation about what someone is ("Vilken idiot jag är").
_EXCLAIMING = frozenset("vilken vilket vilka sån sådan mikä mitä millainen melkonen".split())
#: A first-person pronoun and copula after the word ("... jag är", "... minä olen").
_SELF_AFTER = frozenset(["jag är", "jag var", "vi är", "vi var", "minä olen", "mä oon", "mää oon", "minä olin", "mä olin", "me ollaan", "me olemme"])


# A short word start, dots, and the rest in lower case: a word with hidden letters
# ("v..tun", "p...a"), not an ellipsis between words ("ole...Ja").
_DOTTED = recache.compile(r"(?<![\w.*])[^\W\d_]{1,3}\.{2,4}[^\W\d_]{2,}(?![\w*])")
# One letter split off a word by a space ("v itun", "p askaa"); the letters that are
# words of their own (sv "i", "å", "ö", "e"; fi "o"; en "a") are left out.
_DETACHED = recache.compile(r"(?<![\w.,'’*-])[b-df-hj-np-zäB-DF-HJ-NP-ZÄ] [^\W\d_A-ZÅÄÖ]{3,}(?![\w*])")

# A word broken by a hyphen and a space, as at a line end ("pas- kat"); a suspended
# compound ("koti- ja ulkomaan", "barn- och ungdom") joins into no listed form.
_BROKEN = recache.compile(r"(?<![\w*-])[^\W\d_]{2,}- [^\W\d_A-ZÅÄÖ]{2,}(?![\w*-])")


def _tokens(sentence) -> Iterable[tuple[int, int, str]]:
    text = sentence.text
    if ".." in text:
        for m in _DOTTED.finditer(text):
            if m.group().split(".")[-1][:1].islower():
                yield m.start(), m.end(), m.group()
    if " " in text:
        for m in _DETACHED.finditer(text):
            yield m.start(), m.end(), m.group()
        if "- " in text:
            for m in _BROKEN.finditer(text):
                yield m.start(), m.end(), m.group().replace("-", "")
    spaced = []
    for m in _SPACED.finditer(sentence.text):
        spaced.append((m.start(), m.end()))
        yield m.start(), m.end(), _SPACING.sub("", m.group())
    for m in _TOKEN.finditer(sentence.text):
        token = m.group()
        if (spaced and any(s <= m.start() < e for s, e in spaced)) or not (token.isalpha() or _HAS_LETTER.search(token)):
            continue
        # A hashtag ("#ks", "#vimmerby") is the word after the "#", not a masked letter:
        # "#" hides a letter inside a word ("f#n", "k#k"), never at the start of one.
        if token[0] == "#" and _HASHTAG_WORD.fullmatch(token, 1):
            yield m.start() + 1, m.end(), token[1:]
            continue
        yield m.start(), m.end(), token


def _covers(phrase: Hit, word: Hit) -> bool:
    # A phrase stands for the words of its own category inside it ("vitun idiootit" is
    # one insult); a swear word or obscene word inside a phrase of another category is
    # still profanity ("haista vittu" is an insult and profanity, "bränn ner hela
    # skiten" incitement and profanity), and so is every word of another category
    # inside a ``keep_words`` phrase ("vitun demarit").
    inside = phrase.start <= word.start and word.end <= phrase.end
    if not inside or phrase.category == word.category:
        return inside
    return not (phrase.keep_words or word.category in ("profanity", "sexual"))


class _Covering:
    """The phrase hits of a sentence, asked whether one covers a word hit (:func:`_covers`)
    without trying every phrase for every word (a long line with many hits stays linear)."""

    def __init__(self, phrases: list[Hit]) -> None:
        self.phrases = sorted(phrases, key=lambda h: h.start)
        self.starts = [h.start for h in self.phrases]
        self.reach: list[int] = []  # the furthest end among phrases[:i + 1]
        for hit in self.phrases:
            self.reach.append(max(hit.end, self.reach[-1]) if self.reach else hit.end)

    def covers(self, word: Hit) -> bool:
        # Only a phrase starting at or before the word can hold it; walking back from the
        # last such phrase, stop once no earlier phrase reaches the word's end.
        import bisect

        i = bisect.bisect_right(self.starts, word.start) - 1
        while i >= 0 and self.reach[i] >= word.end:
            if _covers(self.phrases[i], word):
                return True
            i -= 1
        return False


def _longest(hits: list[Hit]) -> list[Hit]:
    """Drop phrase hits that overlap an earlier or longer one of the same category.

    "bränn ner" within "bränn ner kommunhuset", "tapan teidät kaikki" after "Minä tapan
    teidät": one threat is reported once.
    """
    kept: list[Hit] = []
    # Hits come by start, so a kept hit of the category overlaps a later one exactly
    # when the furthest end kept so far lies beyond the later one's start.
    reach: dict[str, int] = {}
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if hit.start == hit.end:  # an empty match (no pattern makes one): the plain test
            if any(k.start < hit.end and hit.start < k.end and k.category == hit.category for k in kept):
                continue
        elif reach.get(hit.category, -1) > hit.start:
            continue
        kept.append(hit)
        reach[hit.category] = max(reach.get(hit.category, -1), hit.end)
    return kept


def _words(sentence, lex: lx.Lexicon, floor: int, exact_only: bool = False, lang: str | None = None, tokens=None) -> list[Hit]:
    out = []
    words = None
    everyday: dict[tuple[str, ...], bool] = {}
    memo = _MEMOS.get((lex.lang, exact_only)) or {}
    for start, end, token in _tokens(sentence) if tokens is None else tokens:
        # A letter split off by a space counts only when the joined word is a listed form.
        if " " in token:
            found = _lookup_memo(token.replace(" ", ""), lex.lang, True)
        else:
            # _lookup_memo's memo read here first: most words of a post are in it.
            found = memo.get(token, _UNSEEN)
            if found is _UNSEEN:
                found = _lookup_memo(token, lex.lang, exact_only)
        if not found:
            continue
        terms, how = found
        if how == "compound" and token[:1].isupper() and _place_name(token) and _WORD.search(sentence.text).start() < start:
            continue
        if words is None:
            words = _Words(sentence.text)
        for term in terms:
            # ``not_after`` / ``not_before`` guard the bare word's innocent idioms ("en
            # fjolla" is no name-calling); a compound is its own word ("en bögfjolla").
            if term.sureness < floor or (term.english_only and lang != "en") or (how != "compound" and _innocent_context(term, words, start, end)):
                continue
            if term.innocent_near:
                if term.innocent_near not in everyday:  # once per sentence and word list, not per hit
                    everyday[term.innocent_near] = _everyday_sense(term, words)
                if everyday[term.innocent_near]:
                    continue
            sureness = term.sureness
            if term.category == "insult" and _said_of_oneself(words, start, lx.load(lang) if lang in lx.LANGUAGES else lex, end):
                sureness = 0
            categories = (term.category, *term.also)
            for category in categories:
                out.append(Hit(sentence.start + start, sentence.start + end, category, sureness, lex.lang, term.term, how))
            if (
                "insult" not in categories
                and term.category in _NAME_CALLING_FROM
                and lang in lx.LANGUAGES
                and _aimed_at_person(sentence.text, words, start, end, lx.load(lang).aimed)
            ):
                out.append(Hit(sentence.start + start, sentence.start + end, "insult", sureness, lex.lang, term.term, how))
    return out


#: Categories whose nouns call the one addressed names when aimed at them ("du är en
#: kuk", "ootte ihan perseestä", "ditt fittstim,"): the word is an insult too.
_NAME_CALLING_FROM = frozenset(("profanity", "sexual"))
#: What ends a vocative: punctuation, or the sentence's end ("din jävel!", "sinä paska.").
_CLAUSE_END = recache.compile(r"\s*(?:[,.!?…:;)\]]|$)")


def _aimed_at_person(text: str, words: "_Words", start: int, end: int, aimed: dict[str, frozenset[str]]) -> bool:
    """True when the swear word or obscene noun at ``text[start:end]`` (offsets in the
    sentence, 0-based, end exclusive) names the one addressed, read from the grammar
    before it (``aimed``: the sentence language's ``Lexicon.aimed``, data ``aimed_at``):

    - a second-person copula (``copula``: "du är en kuk", "ni e ju skit", "ootte ihan
      perseestä", "oot sä paska");
    - a second-person pronoun or possessive (``vocative``) when the word ends its
      clause: a vocative ("din jävel!", "ditt fittstim, ...", "senkin paska.");
    - a second-person copula right after it that ends the clause (``copula_after``,
      :func:`_copula_follows`: "liten skit är du,", "paska sä oot.").

    Words of ``filler`` may stand between ("en", "ju", "ihan"). Never for an attributive
    or exclamative form (``not``: "du är så jävla ...", "olet vitun hyvä"): it says how,
    not who. A negation or any other word between breaks the chain ("du är inte en
    ..."), as does a first person ("jag är"). ``aimed`` empty (English): never.
    """
    token = text[start:end].lower()
    none: frozenset[str] = frozenset()
    if not aimed or token in aimed.get("not", none):
        return False
    fillers = aimed.get("filler", none)
    before = words.before(start, 5)
    i = len(before)
    while i and before[i - 1] in fillers:
        i -= 1
    if not i:
        return False
    last, pair = before[i - 1], " ".join(before[max(0, i - 2) : i])
    copulas = aimed.get("copula", none)
    if last in copulas or pair in copulas:
        return True
    return (last in aimed.get("vocative", none) and bool(_CLAUSE_END.match(text, end))) or _copula_follows(
        text, words, end, aimed.get("copula_after", none)
    )


#: What ends a clause after a postposed copula: not a question mark ("var i helvete är du?"
#: asks where, it calls no one names).
_STATEMENT_END = recache.compile(r"\s*(?:[,.!…:;)\]]|$)")


def _copula_follows(text: str, words: "_Words", end: int, copulas: frozenset[str]) -> bool:
    """True when a second-person copula of ``copulas`` (one or two words, data
    ``aimed_at.copula_after``) follows the word ending at ``end`` (offset in the
    sentence, 0-based) and the clause ends right after it: the noun fronted, Swedish V2
    "liten skit är du," or Finnish "paska sä oot." Not before a question mark."""
    if not copulas:
        return False
    import bisect

    i = bisect.bisect_left(words.starts, end)
    for n in (1, 2):
        if i + n > len(words):
            break
        chunk = words[i : i + n]
        # Only spaces between the word and its copula: a comma or a full stop starts
        # another clause ("Skit. Är du ...").
        if text[end : chunk[0][0]].strip() or (n == 2 and text[chunk[0][0] + len(chunk[0][1]) : chunk[1][0]].strip()):
            return False
        if " ".join(w for _, w in chunk) in copulas and _STATEMENT_END.match(text, chunk[-1][0] + len(chunk[-1][1])):
            return True
    return False


#: Most words a memo of :func:`_lookup_memo` holds before it starts afresh: a long run's
#: memory stays bounded (issue 15) and a post's words are still mostly found there.
MEMO_MAX = 8192
_UNSEEN = object()  # a memo's "not looked up yet" (None is a looked-up innocent word)
_MEMOS: dict[tuple[str, bool], dict[str, "tuple[tuple[lx.Term, ...], str] | None"]] = {}


def _lookup_memo(token: str, lang: str, exact_only: bool) -> tuple[tuple[lx.Term, ...], str] | None:
    # A word's lexicon match depends only on the word and the (loaded-once) lexicon,
    # and the same words recur in every post: look each up once per process. One plain
    # dict per lexicon and mode, keyed by the word: half the memory of an LRU cache
    # keyed by (word, lang, mode), so more words fit in the same bound.
    memo = _MEMOS.get((lang, exact_only))
    if memo is None:
        memo = _MEMOS[(lang, exact_only)] = {}
    try:
        return memo[token]
    except KeyError:
        pass
    if len(memo) >= MEMO_MAX:
        memo.clear()
    lex = lx.load(lang)
    if not _may_match(token, lex, exact_only):
        memo[token] = None
        return None
    found = memo[token] = lookup_form(token, lex) if exact_only else lookup_all(token, lex)
    return found


#: Longest head ending and modifier beginning kept in :func:`_gate` (a compound head or
#: modifier of more letters is found by its last or first this many).
_GATE_KEY = 5
#: id of a lexicon → (the lexicon, its gate: :func:`_gate`); the lexicon is kept so
#: that its id cannot be reused.
_GATES: dict[int, tuple] = {}


class _Gate:
    """What :func:`_may_match` asks of one lexicon, built once: its forms, stems, every
    compound head (three letters or more) cut to its last :data:`_GATE_KEY` letters,
    every compound-initial form cut to its first :data:`_GATE_KEY`, the ``(first two
    letters, length)`` keys of the fuzzy index, and a Snowball stemmer without a cache
    (the gate meets each word once: PyStemmer's cache would cost more than it saves;
    the same algorithm as :func:`.lexicon.stemmer`, so the same stems)."""

    __slots__ = ("by_form", "by_stem", "endings", "beginnings", "fuzzy", "stem", "finnish")

    def __init__(self, lex: lx.Lexicon) -> None:
        import Stemmer

        self.by_form = lex.by_form
        self.by_stem = lex.by_stem
        self.endings = frozenset(h[-_GATE_KEY:] for h in lex.heads if len(h) >= _MIN_HEAD)
        self.beginnings = frozenset(m[:_GATE_KEY] for m in lex.modifiers if len(m) >= _MIN_MODIFIER)
        self.fuzzy = frozenset(lex.fuzzy_index)
        self.stem = Stemmer.Stemmer(lx.STEMMERS[lex.lang], 0).stemWord if lex.by_stem else None
        self.finnish = lex.lang == "fi"


def _gate(lex: lx.Lexicon) -> _Gate:
    found = _GATES.get(id(lex))
    if found is None or found[0] is not lex:
        found = _GATES[id(lex)] = (lex, _Gate(lex))
    return found[1]


def _may_match(token: str, lex: lx.Lexicon, exact_only: bool) -> bool:
    """False only when :func:`lookup_all` (``exact_only``: :func:`lookup_form`) certainly
    finds nothing for ``token``: a cheap test run before them on every word not yet in
    the memo (most words of a post match nothing, and English is looked up for every
    Swedish and Finnish sentence).

    Only a plain word is judged (letters alone, its lower case as many letters, no
    letter three times in a row); for it the lookups try the word itself alone (no
    de-obfuscated spelling, no hyphen, no mask), so it can match only when

    - one of its bases (:func:`_bases`) is a listed form;
    - it has :data:`FUZZY_MIN` letters or more and the fuzzy index has forms of its first
      two letters and a length within one (:func:`_fuzzy`);
    - it has six letters or more and a base ends in a compound head's last letters or
      begins with a compound-initial form's first letters (at most :data:`_GATE_KEY` of
      them: :class:`_Gate`, :func:`_compound`);
    - its Snowball stem is an entry's stem (four letters or more: :data:`~.lexicon.MIN_STEM`).

    Any other token (digits, symbols, hyphens, apostrophes, stretched letters) → True.
    ``tests/test_offensive_gate.py`` checks that no word the lookups match is refused.
    """
    if not token.isalpha():
        return True
    word = token.lower()
    n = len(word)
    if n != len(token) or not word.isalpha() or (n >= 3 and _STRETCH.search(word)):
        return True
    gate = _gate(lex)
    if gate.finnish and n > 5:
        bases = _bases(word, lex)
        by_form = gate.by_form
        for base in bases:
            if base in by_form:
                return True
    else:
        if word in gate.by_form:
            return True
        bases = (word,)
    if exact_only:
        return False
    if n >= FUZZY_MIN:
        fuzzy, first = gate.fuzzy, word[:2]
        if (first, n - 1) in fuzzy or (first, n) in fuzzy or (first, n + 1) in fuzzy:
            return True
    if n >= _MIN_MODIFIER + _MIN_HEAD:
        endings, beginnings = gate.endings, gate.beginnings
        # Three to five letters: _MIN_HEAD and _MIN_MODIFIER to _GATE_KEY.
        for base in bases:
            if (base[-3:] in endings or base[-4:] in endings or base[-5:] in endings
                    or base[:3] in beginnings or base[:4] in beginnings or base[:5] in beginnings):
                return True
    return n >= lx.MIN_STEM and gate.stem is not None and gate.stem(word) in gate.by_stem


#: Finnish case endings (and none) after a place-name part: "-lammella", "-järveen".
_PLACE_ENDINGS = frozenset(
    "|n|s|a|ä|lla|llä|lle|lta|ltä|ssa|ssä|sta|stä|en|an|än|na|nä|ksi|t|lla|llä|hen|seen|ille|iin|ihin".split("|")
)


@lru_cache(maxsize=1)
def _place_parts() -> tuple[str, ...]:
    return tuple(sorted(lx.read_word_list("place_parts.txt"), key=len, reverse=True))


def _place_name(token: str) -> bool:
    """True when ``token`` ends in a place-name part of ``data/place_parts.txt`` after a
    first part of three letters or more, followed by a Finnish case ending or a Swedish
    genitive -s ("Paskalammella", "Skitsjöns"). The caller asks only for a capitalised
    compound that does not start its sentence: a capital there is the only sign of a
    name, so a sentence-initial one proves nothing."""
    word = token.lower()
    for part in _place_parts():
        at = word.rfind(part)
        while at >= 3:
            if word[at + len(part) :] in _PLACE_ENDINGS:
                return True
            at = word.rfind(part, 0, at)
    return False


def _everyday_sense(term: lx.Term, words: list[tuple[int, str]]) -> bool:
    """True when a word of the sentence starts with one of the term's ``innocent_near``
    beginnings ("parasiter" beside "dricksvattnet")."""
    return any(w.startswith(near) for _, w in words for near in term.innocent_near)


def _innocent_context(term: lx.Term, words: "_Words", start: int, end: int) -> bool:
    if not (term.not_after or term.not_before):
        return False
    before = words.before(start, 1)
    after = words.after(end)
    return bool((before and before[-1] in term.not_after) or (after is not None and after in term.not_before))


def lookup(token: str, lex: lx.Lexicon) -> tuple[lx.Term, str] | None:
    """The (first) lexicon entry ``token`` is a use of, and how it matched; ``None`` if innocent."""
    found = lookup_all(token, lex)
    return (found[0][0], found[1]) if found else None


_SEPARATOR = re.compile(r"[-'’]")


def lookup_all(token: str, lex: lx.Lexicon) -> tuple[tuple[lx.Term, ...], str] | None:
    """Every lexicon entry ``token`` is a use of (a compound may be two: "mamu|paskat"),
    and how it matched; ``None`` if innocent."""
    if token[:1].isupper() and token.lower() in lx.names():
        return None
    lower = token.lower()
    if _SEPARATOR.search(lower):
        parts = _SEPARATOR.split(lower)
        # A capitalised name joined by a hyphen ("Pelle-Hermanni") is a name too.
        names = [p.lower() for p in _SEPARATOR.split(token) if p[:1].isupper() and p.lower() in lx.names()]
        if names:
            parts = [p for p in parts if p not in names]
            found = [lookup_all(part, lex) for part in parts if part and part not in lex.exceptions]
            return next((f for f in found if f), None)
        if any(part in lex.exceptions for part in parts):
            # "Perseus-tähdistö", "Fittja-bor": the name is innocent, look at the other parts alone.
            found = [lookup_all(part, lex) for part in parts if part and part not in lex.exceptions]
            return next((f for f in found if f), None)
    obfuscated = is_obfuscated(token)
    words = candidates(token)
    # Exceptions (place names, everyday words) are checked only for a word that matched:
    # most words match nothing, and the exception check stems the word.
    for word in words:
        found = _exact(word, lex)
        if found:
            return None if _is_exception(word, lex) else found
    for word in words:
        found = _compound(word, lex)
        if found:
            return None if (_is_exception(word, lex) or _innocent_first_part(word, lex)) else found
    if "-" in lower and not obfuscated:
        # The hyphen marks the compound boundary itself: "CP-vammanen", "kokoomus-
        # idiootit", "muslimi-koirat" are compounds whatever the first part, even one
        # too short or too odd for the unmarked split.
        found = _hyphenated(lower, lex)
        if found:
            return found, "compound"
    if obfuscated:
        found = _masked(token, lex) or _skeleton(words[-1], lex)
        if found:
            return (found[0],), "obfuscated"
    found = _fuzzy(words[-1], lex)
    return ((found[0],), found[1]) if found else None


#: Letters a compound's first part has at least to be taken for an everyday word.
_FIRST_PART_MIN = 5


def _innocent_first_part(word: str, lex: lx.Lexicon) -> bool:
    """True when the compound ``word`` opens with an everyday word or a name of the
    exception lists and what follows matches nothing on its own: the letters that looked
    offensive lie in the innocent part ("runko|linjassa", a trunk line, is no "runka";
    "runko|vesijohdon"). The exception lists give words, not their compounds: a Finnish
    compound in a Swedish sentence is split and stemmed by the Swedish lexicon, whose
    stems do not cover it."""
    for n in range(len(word) - 3, _FIRST_PART_MIN - 1, -1):  # the longest first part
        if word[:n] in lex.exceptions:
            return lookup_all(word[n:], lex) is None
    return False


def _is_exception(word: str, lex: lx.Lexicon) -> bool:
    return word in lex.exceptions or bool(lex.exception_stems and lx.stemmer(lex.lang).stemWord(word) in lex.exception_stems)


def lookup_form(token: str, lex: lx.Lexicon) -> tuple[tuple[lx.Term, ...], str] | None:
    """Like :func:`lookup_all` but listed and generated forms only (plus de-obfuscation):
    no stems, compounds or fuzz."""
    for word in candidates(token):
        if word in lex.exceptions:
            return None
        for base in _bases(word, lex):
            term = lex.by_form.get(base)
            if term and _allowed(word, term):
                return (term,), "form"
    found = _masked(token, lex) if is_obfuscated(token) else None
    return ((found[0],), "obfuscated") if found else None


def _allowed(word: str, term: lx.Term) -> bool:
    return word not in term.exceptions


def _bases(word: str, lex: lx.Lexicon) -> list[str]:
    """``word`` and, in Finnish, the word without its clitic and possessive suffix."""
    if lex.lang == "fi" and len(word) > 5:
        from .morph import fi_bases

        return fi_bases(word)
    return [word]


def _exact(word: str, lex: lx.Lexicon):
    for base in _bases(word, lex):
        term = lex.by_form.get(base)
        if term and _allowed(word, term):
            return (term,), "form"
    if len(word) >= lx.MIN_STEM and lex.by_stem:
        root = lx.stemmer(lex.lang).stemWord(word)
        term = lex.by_stem.get(root)
        if term and _allowed(word, term) and (lex.lang != "fi" or _harmonic(word[len(root) :], term.term)):
            return (term,), "stem"
    return None


_BACK, _FRONT = frozenset("aou"), frozenset("äöy")


def _harmonic(ending: str, lemma: str) -> bool:
    """Finnish vowel harmony: an inflected form's ending has the lemma's vowels. The
    last back (a, o, u) or front (ä, ö, y) vowel of the lemma decides (a compound
    follows its last part; only e and i count as front): "perse" takes "persettä", so
    "persia" (Persia) is no form of it, though Snowball gives both the stem "pers"."""
    harmonic = [c for c in lemma if c in _BACK or c in _FRONT]
    back = bool(harmonic) and harmonic[-1] in _BACK
    wrong = _FRONT if back else _BACK
    return not any(c in wrong for c in ending)


#: Shortest first part of a compound, and shortest last part; a first part before an
#: offensive last part must be longer ("tul|lutkaan" is no compound).
_MIN_MODIFIER, _MIN_HEAD, _MIN_HEAD_MODIFIER = 3, 3, 4


def _compound(word: str, lex: lx.Lexicon):
    """A compound with an offensive part, first or last (see :func:`_compound_parts`)."""
    if len(word) < _MIN_MODIFIER + _MIN_HEAD or not word.isalpha():
        return None
    for base in _bases(word, lex):
        found = _compound_parts(base, lex)
        if found:
            return found, "compound"
    return None


#: id of a lexicon's head table → (that table, its modifier table, longest head, longest
#: modifier, head endings, modifier beginnings), see _compound_keys. The tables are kept
#: so that an id cannot be reused.
_LONGEST: dict[int, tuple[dict, dict, int, int, frozenset[str], frozenset[str]]] = {}


def _longest_keys(lex: lx.Lexicon) -> tuple[int, int]:
    """The length in code points of the longest compound head and of the longest
    compound-initial form of ``lex`` (0 when it has none)."""
    found = _compound_keys(lex)
    return found[2], found[3]


def _compound_keys(lex: lx.Lexicon) -> tuple[dict, dict, int, int, frozenset[str], frozenset[str]]:
    """``(heads, modifiers, longest head, longest modifier, head endings, modifier
    beginnings)`` of ``lex``: the last and first :data:`_MIN_HEAD` / :data:`_MIN_MODIFIER`
    letters of every head and modifier. A word can end in a head only if it ends in one
    of the endings, and begin with a modifier only if it begins with one of the
    beginnings (heads and modifiers are at least that long), so most words skip the
    slicing of :func:`_compound_parts` after two set lookups."""
    found = _LONGEST.get(id(lex.heads))
    if found is None or found[0] is not lex.heads or found[1] is not lex.modifiers:
        found = (
            lex.heads, lex.modifiers, max(map(len, lex.heads), default=0), max(map(len, lex.modifiers), default=0),
            frozenset(h[-_MIN_HEAD:] for h in lex.heads if len(h) >= _MIN_HEAD),
            frozenset(m[:_MIN_MODIFIER] for m in lex.modifiers if len(m) >= _MIN_MODIFIER),
        )
        _LONGEST[id(lex.heads)] = found
    return found


def _compound_parts(word: str, lex: lx.Lexicon, split: int | None = None) -> tuple[lx.Term, ...] | None:
    """The entries a compound word is made of, with the categories the whole takes.

    The last part (the head, inflected: "kärring|jävlarna") is looked up among every
    generated form of the compound-capable entries, the longest first; the first part
    among their compound-initial forms ("skit|", "vitun|", "hor|"). A head that names a
    person when its first part names a person or group adds its ``head_also``
    ("byrokraatti|paskat": an insult as well as profanity); a first part that names an
    identity group makes a degrading head hate speech ("mamu|paskat", "muslimi|koirat",
    "finn|jävlarna"). A head marked ``alone: false`` ("koira") counts only after the
    first part its ``needs`` says (``group``, ``person`` by default, or ``any``:
    "klant|skalle"). The remaining part must be at least three letters.
    """
    n = len(word)
    head = head_term = None
    if split is not None:
        # A written boundary (hyphen): the head is any lexicon word there, also one
        # that forms no unmarked compounds ("vammanen"), and the first part is only
        # read for what it names.
        head_term = lex.heads.get(word[split:])
        if head_term is None:
            found = _exact(word[split:], lex)
            # A short word kept out of compounds is often an everyday one too: a
            # "Liverpool-fan" is a supporter. Longer ones ("vammanen") are not.
            head_term = found[0][0] if found and len(found[0][0].term) >= _MIN_HYPHEN_HEAD else None
        if head_term is not None and not _allowed(word[split:], head_term):
            head_term = None
        head = split if head_term is not None else None
    _, _, longest_head, longest_modifier, endings, beginnings = _compound_keys(lex)
    # Only slices no longer than the longest head or modifier can be one, so a long
    # token is tried at a bounded number of places (linear, not quadratic, in its length).
    first_head = max(_MIN_HEAD_MODIFIER if lex.lang == "fi" else _MIN_MODIFIER, n - longest_head)
    for i in range(first_head, n - _MIN_HEAD + 1) if split is None and word[-_MIN_HEAD:] in endings else ():
        term = lex.heads.get(word[i:])
        if term is not None and _allowed(word, term) and _plausible_split(word, i, lex):
            head, head_term = i, term
            break
    first_term = None
    for i in range(min(n - _MIN_HEAD, longest_modifier), _MIN_MODIFIER - 1, -1) if split is None and word[:_MIN_MODIFIER] in beginnings else ():
        term = lex.modifiers.get(word[:i])
        if term is not None and _allowed(word, term) and _plausible_rest(word[i:], lex):
            first_term = term
            break
    if head_term is None and first_term is None:
        return None
    modifier = word[:head] if head is not None else ""
    group = bool(modifier) and _names(modifier, lex.group_roots)
    person = bool(modifier) and (group or _names(modifier, lex.person_roots) or (first_term is not None and first_term.category != "profanity"))
    terms: list[lx.Term] = []
    if head_term is not None:
        needed = {"group": group, "any": True}.get(head_term.needs, person)
        if not head_term.alone and not needed:
            head_term = None
        else:
            terms.append(head_term)
            extra = head_term.head_also if person or head_term.head_needs == "any" else ()
            if group and head_term.category in ("profanity", "insult", "sexual") or group and not head_term.alone:
                extra = (*extra, "hate-speech")
                if head_term.alone:  # "bög|jävlar": hate speech and profanity, not also an insult
                    extra = tuple(c for c in extra if c != "insult")
            if extra:
                terms.append(_with_categories(head_term, extra))
    if first_term is not None and (head_term is None or first_term.term != head_term.term):
        terms.insert(0, first_term) if head_term is None or _PRIORITY[first_term.category] < _PRIORITY[head_term.category] else terms.append(first_term)
    return tuple(terms) or None


#: Shortest lemma read after a hyphen when its entry takes no part in compounds.
_MIN_HYPHEN_HEAD = 5


def _hyphenated(word: str, lex: lx.Lexicon) -> tuple[lx.Term, ...] | None:
    """The entries of a hyphenated compound read at its last hyphen (``word`` lower
    case): the last part is looked up as a head (any form, stem or compound-only head
    of at least three letters, not an exception); the first part only tells whether it
    names a group or person (:func:`_compound_parts`)."""
    modifier, _, last = word.rpartition("-")
    modifier = modifier.replace("-", "")
    if len(last) < _MIN_HEAD or not last.isalpha() or not modifier.isalpha() or _is_exception(last, lex):
        return None
    return _compound_parts(modifier + last, lex, split=len(modifier))


def _plausible_split(word: str, i: int, lex: lx.Lexicon) -> bool:
    """True when ``word[:i]`` + ``word[i:]`` reads as a compound, not as an innocent word
    that happens to end in an offensive form ("päänsä|ryssä" is "päänsäry|ssä",
    headache, inessive; "tul|lutkaan" is "tullut|kaan"):

    - the whole word's Snowball stem reaches into the last part (the ending the stemmer
      strips belongs to the last part, not to the first: "byrokraatti|paskat" → "…pask");
    - in Finnish the first part ends as a compound's first part does, in a vowel or in
      the genitive -n or -s ("sian|persettä", "hysteerikko|ämmille"; not "tul|", "luul|").
    """
    if lex.lang == "fi" and word[i - 1] not in "aeiouyäöns":
        return False
    stem = lx.stemmer(lex.lang).stemWord
    return len(stem(word)) > i


#: Finnish derivational endings: what follows an offensive first part when the word is a
#: derivation of it, not a compound ("hölmö|ily" is foolery, "hölmö|läinen" a Hölmölä
#: villager); derivations worth reporting are lexicon words of their own.
_FI_DERIVATIONS = ("il", "ly", "lu", "läi", "lai", "mai", "mäi", "inen", "isuu", "uus", "yys", "tta", "ttä", "nta", "ntä", "ste", "ist", "ell", "ism")


def _plausible_rest(rest: str, lex: lx.Lexicon) -> bool:
    """True when what follows an offensive first part can be a word of its own: in
    Finnish four letters or more and no derivational ending (see ``_FI_DERIVATIONS``)."""
    if lex.lang != "fi":
        return True
    return len(rest) >= 4 and not rest.startswith(_FI_DERIVATIONS)


def _names(modifier: str, roots: tuple[str, ...]) -> bool:
    """True when a compound's first part ends in (or is) one of ``roots``, also with a
    linking -s or genitive -n ("invandrar|", "muslimi|", "valtuusto|", "kommunens|")."""
    for m in (modifier, modifier[:-1] if modifier[-1:] in "sn" else None):
        if m and any(m.endswith(root) for root in roots):
            return True
    return False


def _with_categories(term: lx.Term, categories: tuple[str, ...]) -> lx.Term:
    """``term`` with other categories; at least sureness 1, as the compound is surer
    than its last part alone ("ämmä" is 0, "hysteerikko|ämmät" a warning)."""
    from dataclasses import replace

    categories = tuple(dict.fromkeys(c for c in categories if c != term.category))
    if not categories:
        return replace(term, sureness=max(term.sureness, 1))
    return replace(term, category=categories[0], also=categories[1:], sureness=max(term.sureness, 1))


def _masked(token: str, lex: lx.Lexicon):
    pattern = mask_pattern(token)
    if not pattern:
        return None
    key = pattern.pattern[:1]
    matches = [term for form, term in lex.by_form.items() if form[:1] == key and pattern.fullmatch(form)] if key.isalpha() else \
        [term for form, term in lex.by_form.items() if pattern.fullmatch(form)]
    # A masked word is most often a swear word hidden from filters: "f*n" is "fan"
    # (profanity) before "fån" (an insult), whatever their sureness.
    return (min(matches, key=lambda t: (t.category != "profanity", -t.sureness, _PRIORITY[t.category])), "masked") if matches else None


def _skeleton(word: str, lex: lx.Lexicon):
    key = skeleton(word)
    if len(key) < 4:
        return None
    for form, term in lex.by_form.items():
        if form[:1] == key[:1] and skeleton(form) == key:
            return term, "skeleton"
    return None


def _fuzzy(word: str, lex: lx.Lexicon):
    # Measured on talbanken/PUD: distance 2, or forms under nine letters, turned
    # "vaikutusta" into "vitutusta", "hyrorna" into "hororna", "perheet" into "perseet".
    # The cheap filter: only forms of the same first two letters and a length within one
    # (the lexicon's ``fuzzy_index``) are compared.
    if len(word) < FUZZY_MIN or not word.isalpha():
        return None
    limit = 1
    candidates_ = [pair for size in (len(word) - 1, len(word), len(word) + 1) for pair in lex.fuzzy_index.get((word[:2], size), ())]
    if not candidates_:
        return None
    from rapidfuzz.distance import Levenshtein

    stem = lx.stemmer(lex.lang).stemWord
    for form, term in candidates_:
        if len(form) >= FUZZY_MIN and Levenshtein.distance(word, form, score_cutoff=limit) <= limit and _typing_slip(word, form, stem):
            return term, "fuzzy"
    return None


def _typing_slip(word: str, form: str, stem) -> bool:
    """True when ``word`` reads as ``form`` mistyped, not as another word inflected."""
    from rapidfuzz.distance import Levenshtein

    for op in Levenshtein.editops(word, form):
        if op.tag == "replace" and not slip(word[op.src_pos], form[op.dest_pos]):
            return False
    own, theirs = stem(word), stem(form)
    return not (len(own) < len(theirs) and theirs.startswith(own))


# -- context --------------------------------------------------------------------
class _Context:
    """Marks hits ``meta``, ``quoted`` or ``title`` (see the module docstring).

    Each paragraph's quotations and reporting words are found once, however many hits
    it holds, and a hit's paragraph and quotation are found by binary search: a long
    line with many hits costs time in proportion to its length.
    """

    def __init__(self, text: str, paragraphs) -> None:
        self.text = text
        self.paragraphs = list(paragraphs)
        self.starts = [p.start for p in self.paragraphs]
        self._quotes: dict[int, tuple[list[int], list[tuple[int, int]], bool]] = {}

    def _paragraph(self, offset: int) -> int | None:
        """Index of the paragraph holding ``offset``, or ``None`` (paragraphs are sorted
        and do not overlap: the last one starting at or before it, if it reaches it)."""
        import bisect

        i = bisect.bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.paragraphs[i].end else None

    def _quotations(self, index: int) -> tuple[list[int], list[tuple[int, int]], bool]:
        if index not in self._quotes:
            para = self.paragraphs[index]
            spans = [(para.start + m.start(), para.start + m.end()) for m in _QUOTED.finditer(para.text)]
            self._quotes[index] = ([a for a, _ in spans], spans, bool(spans) and bool(_REPORTING.search(para.text)))
        return self._quotes[index]

    def of(self, hit: Hit) -> Hit:
        """``hit`` with its context set (``use`` unchanged)."""
        import bisect

        text = self.text
        before = _WORD.findall(text[max(0, hit.start - 40) : hit.start])
        if before and any(w.lower() in _META_BEFORE for w in before[-2:]):
            return _replace(hit, "meta")
        token_end = _TOKEN_REST.match(text, hit.end).end()
        if _META_HYPHEN.search(text[hit.start : token_end]) or _META_AFTER.match(text, token_end):
            return _replace(hit, "meta")
        span = None
        index = self._paragraph(hit.start)
        if index is not None:
            starts, spans, reporting = self._quotations(index)
            # Quotations found by one scan do not overlap: only the last one starting at
            # or before the hit can hold it.
            i = bisect.bisect_right(starts, hit.start) - 1
            if i >= 0 and hit.end <= spans[i][1]:
                span = spans[i]
                if reporting:
                    return _replace(hit, "quoted")
        if _in_title(text, hit, span):
            return _replace(hit, "title")
        return hit


@lru_cache(maxsize=1)
def _title_nouns() -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    nouns = lx.read_word_list("title_nouns.txt")
    joined = "|".join(sorted((re.escape(n) for n in nouns), key=len, reverse=True))
    # A title joined to the noun by a hyphen: "Perkele-elokuva", "Fucking Åmål -elokuva".
    inside = re.compile(r"-(?:" + joined + r")\w*$", re.I)
    after = re.compile(r"(?:\s+[A-ZÅÄÖ0-9][\w'’]*){0,3}\s*-\s*(?:" + joined + r")\w*", re.I)
    return nouns, inside, after


def _is_title_noun(word: str, nouns: frozenset[str]) -> bool:
    word = word.lower()
    # Finnish nouns may be listed as stems: "elokuv" covers "elokuvassa", "elokuvan". The
    # noun may head a compound: "dokumentärfilmen", "toimintaelokuvan", "skräckromanen".
    return word in nouns or any(
        len(n) >= 4 and ((at := word.rfind(n)) >= 0) and len(word) - at - len(n) <= 5 for n in nouns
    )


def _in_title(text: str, hit: Hit, quote: tuple[int, int] | None) -> bool:
    """True when the hit is part of a work's title named as such (see the module docstring)."""
    nouns, inside, after = _title_nouns()
    start, end = quote if quote else (hit.start, hit.end)
    token_end = end
    if not quote:  # the whole token: "Perkele-elokuva" is one
        token_end = _TOKEN_REST.match(text, hit.end).end()
    # Titles are capitalised: "paska-elokuva" is a crappy film, and in 'kirjan olevan
    # "paska"' the book is called shit, not named.
    first = re.search(r"\w", text[start:end])
    if not (first and first.group().isupper()):
        return False
    if inside.search(text[hit.start : token_end]):
        return True
    if after.match(text, token_end):
        return True
    sentence_before = re.split(r"[.!?\n]", text[max(0, start - 60) : start])[-1]
    words = _WORD.findall(sentence_before)
    if quote:  # boken "Jävla karlar", romaanista "Paskamaa"
        return any(_is_title_noun(w, nouns) for w in words[-3:])
    # Unquoted, the capitalised title follows the noun directly ("filmen Fucking Åmål") or
    # after a naming verb ("boken heter Jävla karlar"); "Kirja oli Paska" is no title.
    if words and words[-1].lower() in _NAMING:
        words = words[:-1]
    if bool(words) and _is_title_noun(words[-1], nouns):
        return True
    # A film club, cinema, choir or reading circle that shows, plays or reads the work:
    # "Filmklubben visar Fucking Åmål", "Elokuvakerho esittää Perkeleen".
    if len(words) >= 2 and words[-1].lower() in _PRESENTING and any(
            w.lower().startswith(n) for w in words[-4:-1] for n in nouns | _PRESENTERS if len(n) >= 3):
        return True
    # A capitalised word inside a sentence (not its first word) that names a work by its
    # author ("Idioten av Dostojevskij", "Dostojevskin Idiootti") or stands in a notice
    # of a club or circle that shows or reads works ("Läsecirkeln tar sig an Idioten",
    # "Vad roligt att Fucking Åmål visas på filmklubben", "Elokuvakerho näyttää pe klo 19
    # Perkele!"): a title. The sentence runs to a full stop, question mark or line end
    # ("!" may end a title).
    if not words or words[-1].lower() in _PREDICATIVE:
        return False
    if _BY_AUTHOR.match(text, token_end) or (words[-1][:1].isupper() and words[-1].endswith("n") and len(words) >= 2
                                             and _CLUB.search(text[max(0, start - 120) : start])):
        return True
    line_start = max(text.rfind(c, 0, start) for c in ".?,\n") + 1
    stops = [i for i in (text.find(c, token_end) for c in ".?,\n") if i >= 0]
    clause = text[line_start : min(stops) if stops else len(text)]
    return bool(_CLUB.search(clause)) and not _CONTRAST.search(clause)


# Words after which a capitalised name-calling word is a predicate or a vocative, not a
# title ("Kalle är en Idiot", "Sä oot Idiootti").
_PREDICATIVE = frozenset("en ett är var du din ditt ni on olet oot olette ootte oli sä sinä te se".split())
_CONTRAST = re.compile(r"(?i)(?<!\w)(?:men|mutta|but)(?!\w)")


# A work's author after its title: "av Dostojevskij", "by Dostoevsky" (a capitalised name).
_BY_AUTHOR = re.compile(r"\s(?:av|by)\s[A-ZÅÄÖ]")
# Clubs, circles and screenings that name works in their notices (word beginnings).
_CLUB = re.compile(
    r"(?i)(?<!\w)(?:läsecirkel|bokcirkel|bokklubb|filmklubb|filmkväll|filmvisning|biograf|bion\b|cinema|"
    r"lukupiiri|kirjapiiri|lukuklubi|elokuvakerho|elokuvaillan|elokuvailta|elokuvanäytös|kino|dokumenttielokuv|"
    r"\w*(?:elokuv|dokumentti|dokumentin|filmen|romanen|romaani|romaanin|novellin|näytelmä))"
)


_TOKEN_REST = re.compile(r"[\w-]*")
_NAMING = frozenset("heter hette kallas kallad betitlad called named titled".split())
_PRESENTING = frozenset(
    "visar visas spelar spelas framför framförs läser läses presenterar "
    "esittää esittävät esitetään näyttää näytetään lukee lukevat luetaan soittaa soittavat soitetaan "
    "shows screens presents plays reads".split()
)
_PRESENTERS = frozenset("bio biograf biografen kör kören orkester band teater lukupiiri kuoro orkesteri bändi teatteri cinema choir".split())


def _replace(hit: Hit, context: str) -> Hit:
    from dataclasses import replace

    return replace(hit, context=context)
