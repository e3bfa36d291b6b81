"""A learned, explainable second opinion on a paragraph: one logistic regression per
Suomi24 label (insult, identity attack, threat) over features the engine already
understands, applied in pure Python (dict look-ups, no numpy).

Why: the lexicon and the phrase patterns are precise but learn the rows they are tuned
on; on comments they never saw, recall of insults, threats and identity attacks falls
to a third or a half. A linear model over *general* features (which lexicon categories
a sentence hits and how, which word sets of the phrase grammar its words belong to,
who it addresses, negation, quoting, reporting; word beginnings and stems) spreads what
the phrases learned over the words around them.

Features of one sentence (:func:`features`), each with the span of the words that
produced it so that a finding can quote them:

- ``H:<category>`` / ``H0:<category>``: an engine hit of that category at sureness 1–2
  / at sureness 0; ``Hhow:<category>:<how>`` how it matched (form, stem, compound,
  phrase...); shared by all languages;
- ``S:<set>``: a word (or two) of one of the lexicon's word sets (``curse``,
  ``person``, ``group``, ``violent_inf``, ``future``, ``object``, ``degrading_you``,
  ...): the sets have the same names in Swedish and Finnish, so what one language
  learned about "a violent verb after a future auxiliary" counts in the other;
- ``C:<cue>``: second person (``you``), first person (``me``), negation (``neg``), a
  question, an exclamation, quotation marks, a reporting word (the lexicon's
  ``report`` set), shouting;
- ``G:group`` / ``G:person``: a word begins with, or ends in (before an inflectional
  ending), a root the lexicon lists for naming a group or a person (``compound_modifiers``);
- ``X:<a>+<b>``: a target (second person, group, person, role, political word) and a
  content feature (a hit category or a degrading/violent set) in the same sentence;
- ``<lang>|p:<prefix>`` / ``<lang>|t:<stem>`` / ``<lang>|b:<p1>_<p2>``: the first five
  letters and the Snowball stem of a word of four letters or more, and adjacent word
  beginnings (four letters). Word endings were tried and dropped: three-letter case
  endings ("-sen", "-lle") learned the rows they stood in, and left-out comments
  scored as well or better without them.

Optional families (:data:`FAMILIES`, named in the weights file's ``"families"`` and
computed at run time only when named): ``<lang>|k:`` a compound's last parts (suffixes
of the stem), ``<lang>|n:`` character 4-grams of a word, ``<lang>|y:`` stems near a
second-person word, ``nobigram`` / ``noprefix`` / ``notarget`` leaving families out.
Round 8 of issue 16 measured each on rounds 11 and 12 (README); none is shipped.

The gates: a model hit rests on a feature the engine understands (:data:`ANCHORS`), or,
for the labels of the weights file's ``"words_gate"`` (round 8: identity attack and
threat), on a single word that weighed for the label, when the paragraph's score reaches
the label's ``words_threshold`` (set by the training script for an out-of-fold precision
of 0.95, never below 0.95), the score without the target features reaches the label's
threshold, and the word is no target, no word of four letters or fewer, no word common in
correct text or beginning as one (``"common"``), not negated, no particle verb and no
word the engine judged (see :func:`model_hits`). A learned identity attack needs a word
that names a group. A sentence is read under the words gate only when a word of it
weighs :data:`OPENS` (CPU).

Weights: ``data/scorer_weights.json``, written by ``scripts/train_offensive_scorer.py``
(format in its docstring; fixed seed, so the same data gives the same file).
:func:`model_hits` turns a score at or above a label's threshold into a :class:`Hit`
(``how="model"``, sureness 1, ``warning``) for the label's rule, when the engine found
nothing of that category there; the matcher reads a paragraph at a time (the union of
its sentences' features: the model was trained on whole comments). The hit spans the
words of the strongest harmful feature (:data:`ANCHORS`) and its ``term`` names the three
words that contributed most.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Iterable

from ... import recache
from .hit import Hit

#: Annotation label → the rule category a model hit is reported under, and the
#: categories of engine hits that already say the label (the model then stays silent).
#: Obscenity is left to the lexicon: its words are nearly all of it, and on left-out
#: comments a model for it added nothing but false alarms.
LABELS: dict[str, tuple[str, tuple[str, ...]]] = {
    "insult": ("insult", ("insult",)),
    "identity_attack": ("hate-speech", ("hate-speech",)),
    "threat": ("threat", ("threat", "incitement")),
}
#: Further categories of engine hits after which the model stays silent on a label. An
#: insult is added only where the engine found nothing offensive at all, not beside a
#: swear word, an obscenity, a slur or a call to violence: Suomi24's annotators would
#: often call "Helvetes kommun, ni klarar inte ..." an insult too, but kommunlint's
#: categories (and its labelled and held-out sets) keep swearing at an office
#: profanity, and the post is reported either way.
SILENT_AFTER: dict[str, tuple[str, ...]] = {"insult": ("profanity", "sexual", "hate-speech", "threat", "incitement")}
#: Languages the model was trained for.
LANGS = ("fi", "sv")
#: Format version of the weights file; the training script writes the same number.
FORMAT = 1
WEIGHTS_FILE = "scorer_weights.json"
#: Feature families a model hit must rest on (see :func:`model_hits`), and the weight
#: one of them must carry at least: something that says harm (a lexicon hit of any
#: category at sureness 1 or 2, a degrading, violent or cursing word of the phrase
#: grammar, or such a word paired with a target). Whom a sentence names ("kommunen",
#: "du", "invandrare") is never enough: municipal posts name offices and people all the
#: time; nor is a word the engine reports only as info (a dated group name), nor an
#: everyday verb of the group-habit sets ("tar", "styr": they say harm only in a
#: statement about a group, the ``X:`` pair).
ANCHORS = ("H:", "Hhow:", "X:", "S:degrading", "S:violent", "S:curse", "S:insult", "S:harm", "S:blow",
           "S:beating", "S:weapon", "S:arson")
ANCHOR_WEIGHT = 0.5
#: A threat must rest on violence itself (a violent or harming verb, a blow, a weapon,
#: arson; alone or paired with its target), not on an insult or a swear word beside
#: it: "Håll käften ... nästa gång" is rude, not a threat.
THREAT_CONTENT = ("S:violent", "S:harm", "S:blow", "S:beating", "S:weapon", "S:arson", "H:incitement", "Hhow:incitement")
def is_anchor(label: str, feature: str) -> bool:
    """True when ``feature`` may carry a model hit of ``label`` (:data:`ANCHORS`; for a
    threat, one of :data:`THREAT_CONTENT` too)."""
    if not feature.startswith(ANCHORS):
        return False
    return label != "threat" or any(c in feature for c in THREAT_CONTENT)


_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_END = recache.compile(r"[.,;:!?]")
_QUOTE_CHARS = frozenset("\"“”«»„")
#: Second-person words (pronouns, and Finnish verbs whose ending says "you").
_YOU = {
    "fi": frozenset("sinä sä sää sun sinun sua sinua sut sinut sulle sinulle sulla sinulla te työ teidän teitä teidät teille teillä "
                    "olet oot olette ootte ole olisit olisitte".split()),
    "sv": frozenset("du dig din ditt dina ni er era ert dej".split()),
}
_ME = {
    "fi": frozenset("minä mä mää mun minun mua minua mut minut me meidän meitä meidät olen oon olemme".split()),
    "sv": frozenset("jag mig mej min mitt mina vi oss vår vårt våra".split()),
}
_NEG = {
    "fi": frozenset("ei en et emme ette eivät eikä älä älkää".split()),
    "sv": frozenset("inte ej icke aldrig ingen inget inga".split()),
}
#: Verb particles that make a Swedish particle verb of the word before them.
_PARTICLES = {"sv": frozenset("upp av till på in ut om fram igen bort undan åt över".split())}
#: Features that name whom a sentence is about, and features that say something bad:
#: their pairs are the ``X:`` features.
_TARGETS = ("C:you", "S:group", "S:person", "S:role", "S:political", "S:object", "S:identity", "G:group", "G:person")
_TARGET_SET = frozenset(_TARGETS)
_THREATENED = _TARGET_SET - {"S:object"}
_GROUP_TARGETS = ("S:group", "G:group", "S:identity")
#: Features that say a text names a group (an engine hit of hate speech, any sureness, too).
_GROUP_NAMED = frozenset(_GROUP_TARGETS + ("H0:hate-speech", "H:hate-speech"))
_CONTENT_PREFIXES = ("H:", "S:degrading", "S:violent", "S:curse", "S:insult", "S:harm", "S:blow", "S:beating",
                     "S:weapon", "S:group_habit", "S:group_lack", "S:future", "S:modal", "S:arson")


@lru_cache(maxsize=None)
def word_sets(lang: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """``(one word → set names, "two words" → set names)`` of the lexicon's word sets
    whose items are finite (:func:`.patterns.word_sets_of`), from the lexicon cache when
    it is current (expanding them was most of the scorer's start-up)."""
    from . import lexicon as lx
    from .patterns import word_sets_of

    found = lx.cached()
    if found and "word_sets" in found:
        return found["word_sets"][lang]
    return word_sets_of(lx.load(lang))


@lru_cache(maxsize=None)
def _word_roles(lang: str):
    """A cached function word → ``("G:group",)``, ``("G:person",)``, both or none: the
    word contains a root the lexicon lists for naming an identity group or a person,
    office or party (``compound_modifiers``), inflected or inside a compound
    ("maahanmuuttajille", "muslimikoirat", "kommunpolitikerna")."""
    from . import lexicon as lx

    lex = lx.load(lang)
    group = tuple(r for r in lex.group_roots if len(r) >= 4)
    person = tuple(r for r in lex.person_roots if len(r) >= 4)

    def indexed(roots: tuple[str, ...]) -> tuple[frozenset[str], tuple[int, ...]]:
        return frozenset(roots), tuple(sorted({len(r) for r in roots}))

    group_index, person_index = indexed(group), indexed(person)

    def has(word: str, index: tuple[frozenset[str], tuple[int, ...]]) -> bool:
        # A root begins the word, or ends a compound before an inflectional ending of
        # five letters at most ("kommun|politikerna"); not anywhere ("hakkaan" holds
        # "akka" but names no one). Roots are looked up by the word's slices, not each
        # root searched for in the word (a sixth of the scorer's time on realistic
        # posts); a root found ending near the word's end is then checked as before:
        # its first place from the fourth letter on must end there.
        roots, sizes = index
        n = len(word)
        for k in sizes:
            if k > n:
                break
            if word[:k] in roots:
                return True
        for end in range(max(0, n - 5), n + 1):
            for k in sizes:
                start = end - k
                if start < 3:
                    break
                r = word[start:end]
                if r in roots:
                    i = word.find(r, 3)
                    if i >= 0 and n - i - k <= 5:
                        return True
        return False

    @lru_cache(maxsize=20000)
    def roles(word: str) -> tuple[str, ...]:
        found = []
        if has(word, group_index):
            found.append("G:group")
        if has(word, person_index):
            found.append("G:person")
        return tuple(found)

    return roles


@lru_cache(maxsize=None)
def _begun_sizes(lang: str) -> tuple[int, ...]:
    """The lengths (3–12) of the word-set items that are word beginnings ("kniv*"), in
    order: a word is looked up by its beginnings of these lengths only."""
    one, _ = word_sets(lang)
    return tuple(sorted({len(k) - 1 for k in one if k.endswith("*") and 3 <= len(k) - 1 <= 12}))


@lru_cache(maxsize=None)
def _stems(lang: str):
    """A cached function word → its Snowball stem (PyStemmer), for inflection-free
    word features."""
    from . import lexicon as lx

    stem_word = lx.stemmer(lang).stemWord
    return lru_cache(maxsize=50000)(stem_word)


@lru_cache(maxsize=None)
def _anchor_words(lang: str):
    """``(single words, first word → second words of two-word items, those first words,
    word beginnings)`` of the word sets whose features can anchor a model hit
    (:data:`ANCHORS`)."""
    one, two = word_sets(lang)

    def anchoring(names) -> bool:
        return any(f"S:{n}".startswith(ANCHORS) for n in names)

    words = frozenset(w for w, names in one.items() if not w.endswith("*") and anchoring(names))
    # A few weapon and participle stems, looked for as substrings of the lower-case
    # sentence (a superset of "a word begins so", which is all a "maybe" test needs).
    begun = tuple(sorted(w[:-1] for w, names in one.items() if w.endswith("*") and anchoring(names)))
    seconds: dict[str, set[str]] = {}
    for pair, names in two.items():
        if anchoring(names):
            a, b = pair.split()
            seconds.setdefault(a, set()).add(b)
    return words, {a: frozenset(b) for a, b in seconds.items()}, frozenset(seconds), begun


def may_fire(text: str, lang: str, hits: Iterable[Hit], lowered: frozenset[str] | None = None,
              model: dict | None = None) -> bool:
    """False when no model hit can come from a sentence (``text``, language ``lang``,
    the engine's ``hits`` in it): it has no engine hit at sureness 1–2 and no word of a
    set that can anchor one (:data:`ANCHORS`), nor, with a model that has a words gate,
    a word whose beginning or stem weighs at least :data:`OPENS` for a label of that
    gate (:func:`_strong_beginnings`). A cheap test that spares most clean sentences
    the features; a paragraph is read when one of its sentences may fire.
    ``lowered``: the sentence's lower-case words, when the caller has them; ``model``:
    another weights dict than the shipped one."""
    if lang not in LANGS:
        return False
    if any(h.sureness >= 1 for h in hits):
        return True
    words, pairs, firsts, begun = _anchor_words(lang)
    if lowered is None:  # the sentence's lower-case words, as the matcher has them
        lowered = frozenset(_WORD.findall(text.lower()))
    if not words.isdisjoint(lowered):
        return True
    if _shipped_or(model).get("words_gate"):
        fives, fours = _strong_beginnings(lang, model)
        if any(w[:5] in fives or w[:4] in fours for w in lowered if len(w) >= 4):
            return True
    if begun:
        lower = text.lower()
        if any(b in lower for b in begun):
            return True
    # Both words of a two-word item anywhere in the sentence (adjacency is not needed
    # for a test that may only say "no" when no feature can fire).
    return not firsts.isdisjoint(lowered) and any(not pairs[w].isdisjoint(lowered) for w in lowered if w in pairs)


#: Optional feature families (see :func:`features`); the weights file names those its
#: model was trained with (``"families"``), and the run time computes the same.
FAMILIES = ("ngram", "compound", "near", "nobigram", "noprefix", "notarget")


def families_of(model: dict | None = None) -> frozenset[str]:
    """The optional feature families of ``model`` (a weights dict, or the shipped one)."""
    return frozenset(weights(model).get("families", ()))


#: Inflected pronouns of five letters or more, which never carry a words-gate finding:
#: a pronoun says whom or what, never harm. Round 10: retrained on rounds 14 and 16 the
#: threat model weighed "siltä" (from "... siltä joka ...") and read a forum line
#: "siltä että ei enää ole." (it seems so) as a threat.
_PRONOUNS = frozenset("""
    siltä sille siitä siihen siinä niiltä niille niistä niihin niissä niitä heiltä heille heistä
    häneltä hänelle hänestä häneen hänessä hänet sinulta sinulle sinusta sinuun sinussa sinut sinua
    teiltä teille teistä teihin teissä teidät meiltä meille meistä meihin meissä meidät tuolta tuolle
    tuosta tuohon tuossa noilta noille noista noihin tältä tälle tästä tähän tässä näiltä näille
    näistä näihin jollekin joltakin jostakin jonkun johonkin kenelle keneltä kenestä kaikille kaikilta
    honom henne dessa denna detta deras hennes någon något några ingen inget inga varandra
    """.split())
#: A word feature (beginning, stem, pair of beginnings) of at least this weight for some
#: label lets a sentence be read under the ``"words"`` gate (:func:`may_fire`).
STRONG = 1.0
#: ... and a sentence is read at all under that gate only when one of its words weighs at
#: least this much (:func:`may_fire`): reading every sentence that holds a word of weight
#: 1.0 made the offensive group a sixth slower on realistic posts (3,008 of 7,296
#: sentences read, against 140 before the gate); at 1.5, 1,027 are read.
OPENS = 1.5


def _shipped_or(model: dict | None) -> dict:
    return model if model is not None else _shipped()


#: What is derived from a weights dict, by ``(id(model), key)``: ``(model, value)``; the
#: model is held so that its id is not reused while the entry lives. Kept outside the
#: dict so that the dict stays what the file holds (JSON, compared in tests).
_DERIVED: dict[tuple[int, str], tuple[dict, object]] = {}


def _derived(model: dict, key: str, build):
    entry = _DERIVED.get((id(model), key))
    if entry is None or entry[0] is not model:
        entry = _DERIVED[(id(model), key)] = (model, build())
    return entry[1]


def _strong_beginnings(lang: str, model: dict | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """``(five-letter beginnings, four-letter beginnings)`` of the words whose feature
    (``<lang>|p:``, ``|t:``, ``|y:``) weighs at least :data:`OPENS` for one of the
    ``model``'s words-gate labels, not common in correct text: a word whose first five
    letters, or first four, are in them may carry such a feature (a stem of four letters
    begins its words). Computed once per model and language."""
    model = _shipped_or(model)
    cache = _derived(model, "strong", dict)
    if lang not in cache:
        fives, fours = set(), set()
        common = _common(model)
        for label in model.get("words_gate", ()):
            for name, weight in model["labels"][label]["weights"].items():
                if weight < OPENS or not name.startswith(f"{lang}|") or name in common:
                    continue
                kind, value = name[len(lang) + 1], name[len(lang) + 3:]
                # Only what can carry a words-gate finding (a word's stem or beginning; a
                # stem of three letters never does): pairs of beginnings are no anchors.
                if kind in "pty" and len(value) >= 4:
                    (fives if len(value) >= 5 else fours).add(value[:5])
                elif kind == "k":
                    # A compound's last part sits anywhere in the word: no beginning
                    # says it, so such features never open a sentence on their own.
                    pass
        cache[lang] = (frozenset(fives), frozenset(fours))
    return cache[lang]


def features(text: str, offset: int, lang: str, hits: Iterable[Hit],
             families: frozenset[str] | None = None) -> dict[str, tuple[int, int] | None]:
    """Features of one sentence: feature name → post offsets ``(start, end)`` (0-based,
    end exclusive) of the first words that produced it, or ``None`` for a feature of the
    whole sentence. ``text`` is the sentence, ``offset`` its start in the post, ``hits``
    the engine's hits in it (before the model's). ``families``: the optional families
    (:data:`FAMILIES`) to add; ``None`` for those of the shipped model."""
    if families is None:
        families = families_of()
    out: dict[str, tuple[int, int] | None] = {f"L:{lang}": None}
    one, two = word_sets(lang)
    you, me, neg = _YOU.get(lang, frozenset()), _ME.get(lang, frozenset()), _NEG.get(lang, frozenset())
    words = [(m.start() + offset, m.end() + offset, m.group().lower()) for m in _WORD.finditer(text)]
    previous = None
    caps = 0
    roles = _word_roles(lang)
    stem = _stems(lang)
    particles = _PARTICLES.get(lang)
    begun_sizes = _begun_sizes(lang)
    stems: list[tuple[int, str, tuple[int, int]]] = []
    you_at: list[int] = []
    for index, ((start, end, w), raw) in enumerate(zip(words, _WORD.findall(text))):
        span = (start, end)
        if len(raw) >= 3 and raw.isupper():
            caps += 1
        if len(w) >= 4:
            for name in roles(w):
                out.setdefault(name, span)
            stemmed = stem(w)
            out.setdefault(f"{lang}|t:{stemmed}", span)
            if "compound" in families:
                for i in range(3, len(stemmed) - 3):
                    out.setdefault(f"{lang}|k:{stemmed[i:]}", span)
            if "ngram" in families:
                marked = f"^{w}$"
                for i in range(len(marked) - 3):
                    out.setdefault(f"{lang}|n:{marked[i:i + 4]}", span)
            if "near" in families:
                stems.append((index, stemmed, span))
        # Words of three letters or fewer are mostly function words ("som", "och",
        # "av"): as features of their own they learned the rows they stood in; the
        # pronouns among them are cues (``C:``) and they still count in pairs.
        if len(w) >= 4 and "noprefix" not in families:
            out.setdefault(f"{lang}|p:{w[:5]}", span)
        names = one.get(w, ())
        if names and particles and index + 1 < len(words) and words[index + 1][2] in particles \
                and f"{w} {words[index + 1][2]}" not in two:
            # A Swedish particle verb is another verb: "skjuta upp" postpones, "slå upp"
            # looks up; only the pairs a set lists ("skjuta ner") keep the set.
            names = ()
        for name in names:
            out.setdefault(f"S:{name}", span)
        for i in begun_sizes:  # word-set items that are beginnings (of these lengths only)
            if i > len(w):
                break
            for name in one.get(w[:i] + "*", ()):
                out.setdefault(f"S:{name}", span)
        if w in you:
            out.setdefault("C:you", span)
            you_at.append(index)
        elif w in me:
            out.setdefault("C:me", span)
        if w in neg:
            out.setdefault("C:neg", span)
        if previous is not None:
            p_start, _, p_word = previous
            if "nobigram" not in families:
                out.setdefault(f"{lang}|b:{p_word[:4]}_{w[:4]}", (p_start, end))
            for name in two.get(f"{p_word} {w}", ()):
                out.setdefault(f"S:{name}", (p_start, end))
        previous = (start, end, w)
    for hit in hits:
        # Context (quoted, title) is marked after the whole post is scanned, so the
        # model sees every hit as used: sureness alone sorts them.
        if hit.sureness >= 1:
            out.setdefault(f"H:{hit.category}", (hit.start, hit.end))
            out.setdefault(f"Hhow:{hit.category}:{hit.how}", (hit.start, hit.end))
        else:  # a word the engine reports only as info: a hint, never an anchor
            out.setdefault(f"H0:{hit.category}", (hit.start, hit.end))
    if you_at:
        # Words near a second-person word: what is said of the one addressed ("du är en
        # ..."), whichever word order the language has.
        for index, stemmed, span in stems:
            if any(abs(index - i) <= 3 for i in you_at):
                out.setdefault(f"{lang}|y:{stemmed}", span)
    stripped = text.rstrip()
    if stripped.endswith("?"):
        out["C:question"] = None
    if "!" in text:
        out["C:exclaim"] = None
    if _QUOTE_CHARS.intersection(text):
        out["C:quote"] = None
    if caps >= 2:
        out["C:shout"] = None
    from . import lexicon as lx

    report = lx.load(lang).report
    if report is not None and report.search(text):
        out["C:report"] = None
    targets = [t for t in _TARGETS if t in out]
    if targets:
        contents = [f for f in out if f.startswith(_CONTENT_PREFIXES)]
        for t in targets:
            for c in contents:
                # What a group "does" or "cannot" (sets group_habit, group_lack) is
                # said of groups only: "människorna som tar hand om" is no statement.
                if c != t and (t in _GROUP_TARGETS or not c.startswith(("S:group_habit", "S:group_lack"))):
                    out.setdefault(f"X:{t}+{c}", out[c] or out[t])
    if "notarget" in families:
        # Whom a text names is no evidence alone (a news sentence names groups and
        # offices); it counts in the pairs with what is said of them (``X:``).
        for t in _TARGETS:
            out.pop(t, None)
    return out


def weights(model: dict | None = None) -> dict:
    """The model in use: ``model`` (a weights-file dict, e.g. one the training script has
    just trained and scores through the engine: its thresholds' logits are set in it) or the
    shipped one (``data/scorer_weights.json``): ``{"format": 1, "trained_on": {source:
    rows}, "labels": {label: {"bias": float, "threshold": {lang: float}, "weights":
    {feature: float}, "logit": {lang: float}}}}``.
    Raises ``ValueError`` when the file's format is not :data:`FORMAT`."""
    if model is not None:
        return _with_logits(model)  # its thresholds may have changed since the last call
    return _shipped()


@lru_cache(maxsize=1)
def _shipped() -> dict:
    data = json.loads(resources.files(__package__).joinpath("data", WEIGHTS_FILE).read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"{WEIGHTS_FILE}: format {data.get('format')!r}, expected {FORMAT}")
    return _with_logits(data)


def _with_logits(data: dict) -> dict:
    for model in data["labels"].values():
        # Each threshold as a sum of weights (its logit), so that a sentence is compared
        # without computing a probability.
        model["logit"] = {lang: math.log(t / (1 - t)) if 0 < t < 1 else math.inf for lang, t in model["threshold"].items()}
        if "words_threshold" in model:  # the words gate's own, higher threshold
            model["words_logit"] = {lang: math.log(t / (1 - t)) if 0 < t < 1 else math.inf
                                    for lang, t in model["words_threshold"].items()}
    return data


def sigmoid(z: float) -> float:
    """The logistic function, with ``z`` clamped to [-30, 30] (no overflow)."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def score(feats: dict, label: str, model: dict | None = None) -> tuple[float, list[tuple[float, str]]]:
    """Probability (0–1) of ``label`` for a sentence's features, and the features that
    contributed, ``(weight, feature)`` sorted from the largest positive weight."""
    model = weights(model)["labels"][label]
    table = model["weights"]
    contributions = [(table[f], f) for f in feats if f in table]
    z = model["bias"] + sum(w for w, _ in contributions)
    contributions.sort(key=lambda pair: (-pair[0], pair[1]))
    return sigmoid(z), contributions


#: Features of one word (after ``<lang>|``): stem, beginning, compound part, n-gram,
#: a word near "you". Pairs of beginnings are left out as anchors: they hold function
#: words ("bara på").
_WORD_FEATURES = ("t:", "p:", "k:", "n:", "y:")
#: Word-set names that say whom a text is about, not what it says of them.
_TARGET_SETS = frozenset(t.removeprefix("S:") for t in _TARGETS if t.startswith("S:"))


def _names_target(word: str, lang: str) -> bool:
    """True when ``word`` names a person, office, party or group, or is a pronoun of
    the first or second person (:data:`_TARGETS`)."""
    w = word.lower()
    if w in _YOU.get(lang, ()) or w in _ME.get(lang, ()):
        return True
    if len(w) >= 4 and _word_roles(lang)(w):
        return True
    return not _TARGET_SETS.isdisjoint(word_sets(lang)[0].get(w, ()))


def _common(model: dict) -> frozenset[str]:
    """The word features of ``model`` that are common in correct text (the weights file's
    ``"common"``, see the training script): such a word never carries a finding alone."""
    return _derived(model, "common", lambda: frozenset(model.get("common", ())))


def _particle_verb(text: str, end: int, lang: str) -> bool:
    """True when the word ending at ``end`` in ``text`` is followed, within three words of
    its clause, by a verb particle of ``lang`` ("skjuta upp", "skjuter nämnden upp"): a
    particle verb is another verb."""
    particles = _PARTICLES.get(lang)
    if not particles:
        return False
    # The particle may follow the object in a main clause ("skjuter nämnden upp frågan"):
    # up to three words on, before the clause ends.
    clause = _CLAUSE_END.split(text[end:end + 60], maxsplit=1)[0]
    return not particles.isdisjoint(w.lower() for w in _WORD.findall(clause)[:3])


def _negated(text: str, start: int, lang: str) -> bool:
    """True when one of the two words before ``start`` in ``text`` is a negation ("du är
    inte dum", "et ole tyhmä"): a negated word carries no finding, as in the engine."""
    before = _WORD.findall(text[max(0, start - 40) : start].lower())[-2:]
    return not _NEG.get(lang, frozenset()).isdisjoint(before)


def model_hits(text: str, offset: int, lang: str, hits: list[Hit], feats: dict | None = None,
               model: dict | None = None) -> list[Hit]:
    """Hits the model adds to one stretch of text (a sentence ``text`` starting at post
    offset ``offset``, or with ``feats`` given, the features of several sentences and
    ``text`` the whole post at ``offset`` 0), in language ``lang``, with the engine's
    ``hits`` in it: one per label whose probability reaches the label's threshold and
    whose categories (:data:`LABELS`) the engine did not already find in use at
    sureness 1 or more. The hit spans the words of the strongest feature the engine
    understands (:data:`ANCHORS`); ``term`` lists up to three words that contributed
    most, e.g. ``"tulen, polttamaan, talosi"``. Empty for a language without a model.
    ``model``: another weights dict than the shipped one (:func:`weights`)."""
    if lang not in LANGS:
        return []
    found = {h.category for h in hits if h.sureness >= 1 and h.context == "use"}
    labels = [label for label, (_, covered) in LABELS.items() if found.isdisjoint(covered + SILENT_AFTER.get(label, ()))]
    if feats is None:
        feats = features(text, offset, lang, hits)
    if "S:not_people" in feats:
        # The engine's exception data: killing pests, invasive species or game is no
        # threat to people ("pitäisi tappaa vieraslajit"), whatever the verbs around; and
        # since round 10 (trained on rounds 14 and 16 as well) no insult either: "fällor
        # mot råttor" in a pest-control notice calls no one a rat.
        labels = [label for label in labels if label not in ("threat", "insult")]
    if _THREATENED.isdisjoint(feats):
        # A learned threat names whom it threatens (the one addressed, a person, office or
        # group; an object pronoun may be a thing): "Vi kommer att hänga dem i foajén"
        # hangs paintings.
        labels = [label for label in labels if label != "threat"]
    if not _GROUP_NAMED.intersection(feats):
        # An identity attack is about a group: without a word that names one ("mongo"
        # aimed at one person is an insult in kommunlint's categories), none is read.
        labels = [label for label in labels if label != "identity_attack"]
    if not labels:
        return []
    trained = weights(model)
    model = trained["labels"]
    out = []
    for label in labels:
        # The sum alone first: most sentences stop here, without sorting contributions.
        table = model[label]["weights"]
        z = model[label]["bias"] + sum(table.get(f, 0.0) for f in feats)
        if z < model[label]["logit"][lang]:
            continue
        probability, contributions = score(feats, label, trained)
        # The decision must rest on something the engine understands (a lexicon hit of
        # any sureness, a word of a phrase-grammar set, a target-and-content pair), not
        # on word beginnings alone; that feature's words are the finding's span.
        anchors = [feats[f] for w, f in contributions if w >= ANCHOR_WEIGHT and is_anchor(label, f) and feats[f] is not None
                   and not _negated(text, feats[f][0] - offset, lang) and not _particle_verb(text, feats[f][1] - offset, lang)]
        if not anchors and label in trained.get("words_gate", ()) and f"H0:{LABELS[label][0]}" not in feats \
                and z >= model[label].get("words_logit", model[label]["logit"])[lang] \
                and z - sum(table.get(t, 0.0) for t in _TARGETS if t in feats) >= model[label]["logit"][lang]:
            # The "words" gate (checked above: the score reaches the gate's own threshold,
            # and the label's threshold without the features that only say whom the text
            # names: "Muslimer i kommunen bjuder in ..." names a group and says nothing of
            # it). The strongest single word that weighed for the label
            # carries the finding (the model learned from whole comments what the phrase
            # grammar's sets do not list), when it is not negated, does not only name
            # whom the text is about ("kommunstyrelsen", "du" or "invandrare" never carry
            # a finding, as under the sets gate), is no word common in correct text (nor
            # begins as one: "kanna|ttaa"), no word of four letters or fewer and no stem of
            # three (mostly function words: "saat", "sillä"), no inflected pronoun
            # (:data:`_PRONOUNS`: "siltä että ei enää ole." is no threat), no particle verb, and
            # no word the engine has already judged: the lexicon's category for a word
            # ("mongo" an insult) and its info reading in context ("bög" in a Pride post:
            # no words-gate finding of hate speech then) stand.
            common = _common(trained)
            anchors = [feats[f] for w, f in contributions if w >= STRONG and feats[f] is not None
                       and f.startswith(_WORD_FEATURES, 3) and f not in common and len(f) >= 9
                       and len(text[feats[f][0] - offset:feats[f][1] - offset]) >= 5
                       and f"{lang}|p:{text[feats[f][0] - offset:feats[f][1] - offset][:5].lower()}" not in common
                       and not _names_target(text[feats[f][0] - offset:feats[f][1] - offset], lang)
                       and text[feats[f][0] - offset:feats[f][1] - offset].lower() not in _PRONOUNS
                       and not any(h.start < feats[f][1] and feats[f][0] < h.end for h in hits)
                       and not _particle_verb(text, feats[f][1] - offset, lang)
                       and not _negated(text, feats[f][0] - offset, lang)][:1]
        if not anchors:
            continue
        spans = [feats[f] for w, f in contributions if w > 0 and feats[f] is not None]
        words: list[str] = []
        for start, end in spans:
            word = text[start - offset : end - offset]
            if word.lower() not in words:
                words.append(word.lower())
            if len(words) == 3:
                break
        start, end = anchors[0]
        out.append(Hit(start, end, LABELS[label][0], 1, lang, ", ".join(words), "model"))
    return out
