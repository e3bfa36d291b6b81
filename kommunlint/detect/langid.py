"""Language identification of sentences and paragraphs (sv, fi, en).

API: :func:`identify(text, candidates)` → ISO 639-1 code or ``None`` when the text
carries no language (numbers, URLs, e-mail addresses, hashtags, mentions, emoji). The
per-post view (the language of each sentence, computed once and shared by every rule)
is :mod:`kommunlint.detect.language`, read through ``Analysis.language_at``.

How it decides (all deterministic):

1. Tokens that carry no language are dropped: URLs, e-mail addresses, ``#hashtags``,
   ``@mentions``, numbers, emoji and punctuation. Nothing left: ``None``.
2. Fixed phrases (``God jul!``, ``Kiitos!``, ``Tervetuloa!``, ``Välkommen!`` ...) are
   looked up in a small greeting lexicon.
3. Otherwise three kinds of evidence are added up as log-odds per candidate:
   langdetect's character n-gram probabilities (only the candidate languages'
   profiles are loaded, with a fixed seed), a vote of function words (och, är, att /
   ja, on, ei, että / the, and, is), and spelling cues that one language cannot have
   (``å`` is never Finnish; ``ää``, ``yy`` and case endings such as ``-ssa`` are
   Finnish; ``ä``/``ö`` are never English).

The backend sits behind :func:`identify` so it can be replaced without touching rules.
Accuracy and speed are measured by ``benchmarks/langid.py`` (figures in README).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Iterable

from .. import recache

DEFAULT_CANDIDATES: tuple[str, ...] = ("sv", "fi", "en")

# Common words that are (nearly) unique to one language. Words shared by two of the
# languages ("i" sv/en, "on" fi/en, "se" sv/fi) vote for both; the other evidence decides.
# Besides function words, each list ends with the administrative vocabulary municipal
# posts cite (decisions, boards, articles and chapters of acts), none of them English,
# and the words of a deadline or a period ("senast 15.3 via", "15.3. mennessä", "1.6.
# alkaen"), which a notice's short lines are often made of.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "sv": frozenset(
        """och är att på det som en ett för med av till inte har vi du jag kan om den de var
        ska vill hej tack välkommen i från eller men så också när där här hur vad vem vilken
        vilket vilka sig sin sitt sina han hon hans hennes dem deras oss vår vårt våra er ni
        min mitt mina din ditt dina alla allt inga ingen inget något någon några mycket mer
        mest efter före under över mellan genom utan mot hos vid enligt sedan även bara redan
        nu då idag i dag igår imorgon skulle kunde måste får fick blev blir vara varit bli
        göra gör gjorde finns fanns kommer kom sa säger ta tar går gick både denna detta dessa
        samma andra annan annat eftersom medan därför vilket ju nog väl inom utanför kl stad
        kommun kommunen staden året år dag dagar vecka veckan och/eller hälsningar välkomna
        varmt gärna man heller sen vem vissa varje dock vidare upp ut ur
        hela helt själv själva just ännu nästan knappast sällan ofta alltid aldrig kanske visst tog
        artikel artikeln kapitel kapitlet paragraf paragrafen bilaga bilagan beslut beslutet
        ärende ärendet nämnd nämnden styrelse styrelsen fullmäktige ordförande ledamot
        ledamöter invånare kommuninvånare
        senast via samt tills""".split()
    ),
    "fi": frozenset(
        """ja on ei että se ovat oli mutta kun tai myös kanssa sekä tämä olla voi mitä kiitos
        tervetuloa hei hän he me te minä sinä mä sä niin nyt jo vielä kuin jos koska vaikka
        joka jotka jonka mikä mitkä kuka ole olen olet olemme olette olivat ollut ollaan
        oli ovat tämän tätä nämä näitä tuo tuon nuo sen sitä siitä siihen sille niitä niiden
        hänen heidän meidän teidän minun sinun jo vain aina myös sitten kuitenkin jälkeen ennen
        aikana välillä kautta mukaan mukana ilman yli alle noin paljon vähän kaikki kaikkia
        mutta eikä emme eivät en et ette voi voivat voidaan pitää täytyy saa saada tulee tuli
        tulla menee meni vuonna vuoden päivä päivänä viikolla tänään huomenna eilen klo
        kaupunki kaupungin kunta kunnan tervetuloa terveisin lämpimästi mielellään kuten eli
        siis jopa yhä ehkä koko joten eri sitten siellä täällä missä miten miksi joten
        artikla artiklan luku luvun pykälä pykälän momentti momentin kohta kohdan liite liitteen
        päätös päätöksen lautakunta lautakunnan hallitus hallituksen valtuusto valtuuston
        puheenjohtaja jäsen puolesta asukas asukkaat kuntalainen kuntalaiset
        mennessä viimeistään alkaen asti saakka""".split()
    ),
    "en": frozenset(
        """the and is are of to in that it for with on was this you we be not have has had
        they he she his her their our your my from by at as an or but if then than which who
        what when where there here will would can could should may might must been being were
        do does did so no yes all any some more most other into about after before over under
        between through also only just very its it's i'm don't welcome thanks thank hello please
        town city council today tomorrow""".split()
    ),
}

# Whole short segments that langdetect gets wrong but any reader knows.
GREETINGS: dict[str, str] = {
    **dict.fromkeys(
        "god jul|gott nytt år|glad påsk|glad midsommar|trevlig helg|välkommen|välkomna|tack|"
        "tack så mycket|hej|hej hej|grattis|hälsningar|god morgon|god kväll|trevlig sommar|"
        "varmt välkomna|stort tack|glad sommar".split("|"),
        "sv",
    ),
    **dict.fromkeys(
        "hyvää joulua|hyvää uutta vuotta|hyvää pääsiäistä|hyvää juhannusta|hyvää viikonloppua|"
        "kiitos|kiitos paljon|kiitokset|tervetuloa|lämpimästi tervetuloa|hei|moi|terve|"
        "onnea|onneksi olkoon|terveisin|huomenta|hyvää huomenta|hyvää iltaa|hyvää kesää|"
        "iso kiitos|kiitos kaikille".split("|"),
        "fi",
    ),
    **dict.fromkeys(
        "merry christmas|happy new year|welcome|thank you|thanks|hello|hi|congratulations|"
        "good morning|happy easter|have a nice weekend".split("|"),
        "en",
    ),
}

# Tokens without language: URL, e-mail, hashtag, mention, number-like.
_NO_LANGUAGE = recache.compile(
    r"(?:https?://|www\.)\S+|(?<![^\s@])[^\s@]+@[^\s@]+\.\w+|[#@][\w.-]+|(?<![\w.-])[\w.-]+\.(?:fi|se|com|net|org)\b\S*|\d+(?:[.,:/–-]\d+)*\.?"
)
_WORD = recache.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_FI_ENDINGS = recache.compile(
    r"(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|ineen|inen|iset|ista|istä|ssaan|ssään|"
    r"aan|ään|kin|kaan|kään|ko|kö|han|hän|mme|tte|vat|vät|nsa|nsä|ja|jä|t[aä]|ksen|uksen)$"
)
_FI_DOUBLES = recache.compile(r"aa|ää|ii|uu|yy|öö|ei|äi|öy|uo|yö|ie")
_SV_CUES = recache.compile(r"^(?:sj|skj|stj|tj|kj)|(?:ning|ningen|het|heten|else|tion|erna|arna|orna|ligt|lig|ska|iga)$")
_CONSONANT_START = recache.compile(r"[bcdfghjklmnpqrstvwxz]{2}")
_BACK_VOWEL = recache.compile(r"[aou]")
_FRONT_VOWEL = recache.compile(r"[äöy]")
_EN_CUES = recache.compile(r"th|wh|ing$|tion$|ould|ough|ght|^w|ly$|ed$")

_CAP_LOGPROB = math.log(0.05)  # langdetect's certainty is capped so other evidence can outvote it
_WEIGHTS = {"function_word": 5.0, "spelling": 1.2, "langdetect": 1.0}


def _words(text: str) -> list[str]:
    """Words that carry language: letters only, without URLs, tags, numbers."""
    return _WORD.findall(_NO_LANGUAGE.sub(" ", text))


def _without_names(words: list[str]) -> list[str]:
    """``words`` without capitalised words after the first (names, titles), if any remain.

    Names carry no language ("The Stone Roses" in a Finnish sentence); the first word is
    capitalised because it starts the sentence, and ALL-CAPS words are headings.
    """
    first = words[:1]
    if len(words) > 2 and words[1] in _COMPANY_FORMS:
        first = []  # "Skärgårdsvarvet Ab palkkaa ...": a firm's name, though it starts the sentence
    # A conjunction between two capitalised words is part of a name ("Pohjoisen Silta ja
    # Maa Oy", "Bröderna Ek och Son"): its language is the name's, not the sentence's.
    inside = {i for i in range(1, len(words) - 1)
              if words[i] in _NAME_CONJUNCTIONS and _is_name_word(words[i - 1]) and _is_name_word(words[i + 1])}
    kept = first + [w for i, w in enumerate(words[1:], 1)
                    if i not in inside and (not _is_name_word(w) or w == "I")]
    return kept if len(kept) > 1 or len(words) == 1 else words


_NAME_CONJUNCTIONS = frozenset({"ja", "och", "and", "of"})


def _is_name_word(word: str) -> bool:
    return word[0].isupper() and not word.isupper()


#: Legal forms written after a firm's name (Finnish and Swedish company and association
#: registers' abbreviations, as written): the word before one is a name.
_COMPANY_FORMS = frozenset({"Ab", "AB", "Abp", "Oy", "OY", "Oyj", "Ky", "Kb", "Ry", "Rf", "Ltd"})


@lru_cache(maxsize=8)
def _factory(candidates: tuple[str, ...]):
    """A langdetect ``DetectorFactory`` with only ``candidates``' profiles (seeded)."""
    from importlib import resources

    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    profiles = resources.files("langdetect") / "profiles"
    factory.load_json_profile([(profiles / lang).read_text(encoding="utf-8") for lang in candidates])
    factory.set_seed(0)
    return factory


def _langdetect_scores(text: str, candidates: tuple[str, ...]) -> dict[str, float]:
    """Log-probabilities from langdetect, floored at :data:`_CAP_LOGPROB`."""
    from langdetect.lang_detect_exception import LangDetectException

    known = tuple(c for c in candidates if _has_profile(c))
    if len(known) < 2:
        return {c: 0.0 for c in candidates}
    detector = _factory(known).create()
    detector.append(text)
    try:
        probs = {p.lang: p.prob for p in detector.get_probabilities()}
    except LangDetectException:
        return {c: 0.0 for c in candidates}
    return {c: max(math.log(probs[c]), _CAP_LOGPROB) if probs.get(c) else _CAP_LOGPROB for c in candidates}


@lru_cache(maxsize=64)
def _has_profile(lang: str) -> bool:
    from importlib import resources

    return (resources.files("langdetect") / "profiles" / lang).is_file()


def _spelling_scores(words: list[str], candidates: tuple[str, ...]) -> dict[str, float]:
    """Spelling evidence: letters and endings one of the languages cannot have."""
    score = dict.fromkeys(candidates, 0.0)
    for word in words:
        # The same steps, in the same order, as computing them here (bit for bit the
        # same sums); a post repeats its words, so each word's steps are worked out once.
        for lang, delta in _spelling_steps(word.lower(), candidates):
            score[lang] += delta
    return score


@lru_cache(maxsize=4096)
def _spelling_steps(w: str, candidates: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    """The additions to the spelling score that the lower-case word ``w`` makes, in order."""
    steps: list[tuple[str, float]] = []
    if "å" in w:
        if "sv" in candidates:
            steps.append(("sv", 3.0))
        if "fi" in candidates:
            steps.append(("fi", -3.0))
    if ("ä" in w or "ö" in w) and "en" in candidates:
        steps.append(("en", -3.0))
    if "fi" in candidates:
        steps.append(("fi", 0.7 * len(_FI_DOUBLES.findall(w)) + (1.0 if _FI_ENDINGS.search(w) else 0.0)))
        if re.search(r"[bcdfgqwxz]", w[1:] if w else w):
            steps.append(("fi", -0.5))
        # Native Finnish words end in a vowel or n/t/s/l/r, start with at most one
        # consonant and keep vowel harmony (no a/o/u with ä/ö/y in a simple word).
        if len(w) > 1 and w[-1] not in "aeiouyäöntslr":
            steps.append(("fi", -0.7))
        if _CONSONANT_START.match(w):
            steps.append(("fi", -1.0))
        if _BACK_VOWEL.search(w) and _FRONT_VOWEL.search(w):
            steps.append(("fi", -1.0))
    if "sv" in candidates and _SV_CUES.search(w):
        steps.append(("sv", 1.0))
    if "en" in candidates and _EN_CUES.search(w):
        steps.append(("en", 1.0))
    return tuple(steps)


def _function_word_scores(words: list[str], candidates: tuple[str, ...]) -> dict[str, float]:
    score = dict.fromkeys(candidates, 0.0)
    for word in words:
        w = word.lower()
        for lang in candidates:
            if w in FUNCTION_WORDS.get(lang, ()):
                score[lang] += 1.0
    return score


def scores(text: str, candidates: Iterable[str] = DEFAULT_CANDIDATES) -> dict[str, float] | None:
    """Evidence per candidate language as summed log-odds (higher is likelier).

    Returns ``None`` when ``text`` has no words that carry language.
    """
    candidates = tuple(candidates)
    words = _words(text)
    if not words:
        return None
    words = _without_names(words)
    total = _cheap_scores(words, candidates)
    detected = _langdetect_scores(" ".join(words).lower(), candidates)
    for lang in candidates:
        total[lang] += _WEIGHTS["langdetect"] * detected[lang]
    return total


def _cheap_scores(words: list[str], candidates: tuple[str, ...]) -> dict[str, float]:
    """Function-word and spelling evidence (microseconds, against langdetect's ~1 ms)."""
    total = dict.fromkeys(candidates, 0.0)
    for name, part in (
        ("function_word", _function_word_scores(words, candidates)),
        ("spelling", _spelling_scores(words, candidates)),
    ):
        for lang in candidates:
            total[lang] += _WEIGHTS[name] * part[lang]
    return total


# langdetect's log-probability per language lies in [_CAP_LOGPROB, 0], so it can move
# two languages apart by at most this much: a bigger lead from the cheap evidence is
# final, and skipping langdetect then gives exactly the same answer, faster.
_LANGDETECT_SWING = -_CAP_LOGPROB * _WEIGHTS["langdetect"]


def identify(text: str, candidates: Iterable[str] = DEFAULT_CANDIDATES) -> str | None:
    """The language of ``text`` among ``candidates`` (ISO 639-1), or ``None``.

    ``None`` when the text carries no language (only numbers, URLs, e-mail addresses,
    hashtags, mentions, emoji, punctuation). Deterministic. With a single candidate,
    any text with words is that language.
    """
    candidates = tuple(candidates)
    if not candidates:
        return None
    return _identify(text, candidates)


# identify() is a pure function of its text and candidates (langdetect is reseeded for
# every text). A post's own repeats are memoised with the post (Languages.identify);
# this small memo is for the lines posts share (a greeting, a signature,
# "Välkommen! / Tervetuloa!"), bounded so a long run's memory levels off.
@lru_cache(maxsize=512)
def _identify(text: str, candidates: tuple[str, ...]) -> str | None:
    found = _words(text)
    phrase = " ".join(w.lower() for w in found)
    if not phrase:
        return None
    if len(candidates) == 1:
        return candidates[0]
    greeting = GREETINGS.get(phrase)
    if greeting in candidates:
        return greeting
    words = _without_names(found)
    cheap = _cheap_scores(words, candidates)
    best, second = sorted(cheap.values(), reverse=True)[:2]
    if best - second > _LANGDETECT_SWING:
        result = cheap
    else:  # as scores() computes it, without finding the words again
        detected = _langdetect_scores(" ".join(words).lower(), candidates)
        result = {lang: cheap[lang] + _WEIGHTS["langdetect"] * detected[lang] for lang in candidates}
    return max(candidates, key=lambda lang: result[lang])
