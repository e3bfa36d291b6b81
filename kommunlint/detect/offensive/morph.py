"""Inflected forms of lexicon words, generated from the lemma (paradigm tables).

The offensive detector matches a word by looking its surface form up in a set, so each
lexicon entry needs its complete paradigm: Finnish cases in both numbers (possessive
suffixes and clitics are stripped at lookup, see :func:`fi_bases`), Finnish verb forms,
Swedish definite, plural and genitive forms, English plurals and verb endings.

Why generation and not a stemmer or lemmatiser (measured with ``python
benchmarks/offensive.py --morphology``): Snowball stems miss consonant gradation
("vitun" → "vitu" against "vittu"), stems shorter than four letters collide with
everyday words, and a stem match accepts innocent words that share it ("persia");
simplemma (a pip package with lemma dictionaries) knows most forms but takes ~6 s and
~200 MB to load its Finnish and Swedish tables, and lemmatises slang wrongly ("vitun"
→ "vitu"); libvoikko needs a system library. Generation from the lemma with the paradigm
tables below costs nothing at run time (a set lookup), installs with the package and
reads as data: an entry may name its class (``infl``) when the lemma's ending misleads.

Finnish nominal classes are told from the lemma's ending (Kotus types in brackets):
-nen (38), -ton/-tön (34), long vowel or -iö/-io (17/18/3), -e (48), -i (5/6), -a/-ä
(9/10/13), -o/-u/-y/-ö (1). Consonant gradation (kk/k, pp/p, tt/t, nk/ng, mp/mm, lt/ll,
nt/nn, rt/rr, rp/rv, lp/lv, k/∅, p/v, t/d) gives the weak stem; slang often does not
grade ("matu", "matun"), so both stems are kept. Verbs: -ata/-ätä (73), -ttaa/-Ctaa
(53/54), -lla/-nna/-rra/-sta (67/66), other -Va (52/61/62).
"""

from __future__ import annotations

import re

_VOWELS = "aeiouyäö"
_BACK, _FRONT = frozenset("aou"), frozenset("äöy")

# Weak grade of the consonant(s) before a stem's last vowel (strong → weak).
_GRADATION = (
    ("kk", "k"), ("pp", "p"), ("tt", "t"), ("nk", "ng"), ("mp", "mm"), ("lt", "ll"), ("nt", "nn"),
    ("rt", "rr"), ("rp", "rv"), ("lp", "lv"), ("lk", "lj"), ("rk", "rj"), ("hk", "h"),
)
_SINGLE = {"k": "", "p": "v", "t": "d"}


def back_harmony(word: str) -> bool:
    """True when the Finnish word takes back-vowel endings (-a, -o, -u): its last back
    or front vowel decides ("kusipää" front, "byrokraattipaska" back)."""
    harmonic = [c for c in word if c in _BACK or c in _FRONT]
    return bool(harmonic) and harmonic[-1] in _BACK


def _h(text: str, back: bool) -> str:
    """``text`` written with back vowels, turned front when the word is front ("A" placeholders)."""
    return text if back else text.translate(str.maketrans("aou", "äöy"))


def weak(stem: str) -> set[str]:
    """Weak-grade variants of a stem ending in a vowel ("vittu" → {"vitu", "vittu"},
    "kyrpä" → {"kyrvä", "kyrpä"}); the stem is always one, as slang often does not grade."""
    m = re.search(r"([^aeiouyäö]+)([aeiouyäö]+)$", stem)
    if not m or m.start(1) == 0:
        return {stem}
    head, cons, vowel = stem[: m.start(1)], m.group(1), m.group(2)
    for strong, weak_ in _GRADATION:
        if cons.endswith(strong) and (len(strong) == 2 or not cons[:-len(strong)]):
            # Slang and new loans often do not grade ("urpo", "urpon"): keep the stem too.
            return {head + cons[: -len(strong)] + weak_ + vowel, stem}
    if cons[-1] in _SINGLE and len(cons) <= 2 and (len(cons) == 1 or cons[0] in "lrnhm") and head and head[-1] in _VOWELS:
        return {head + cons[:-1] + _SINGLE[cons[-1]] + vowel, stem}
    return {stem}


def strong(stem: str) -> set[str]:
    """Strong-grade variants of a weak stem ("runka" → {"runkka", "runka"}; "haka" → {"hakka", "haka"})."""
    m = re.search(r"([^aeiouyäö]+)([aeiouyäö]+)$", stem)
    if not m or m.start(1) == 0:
        return {stem}
    head, cons, vowel = stem[: m.start(1)], m.group(1), m.group(2)
    out = {stem}
    for s, w in _GRADATION:
        if w and cons.endswith(w) and len(w) == 2:
            out.add(head + cons[: -len(w)] + s + vowel)
    if cons[-1] in "kpt":
        out.add(head + cons + cons[-1] + vowel)
    if cons[-1] == "d":
        out.add(head + cons[:-1] + "t" + vowel)
    if cons[-1] == "v":
        out.add(head + cons[:-1] + "p" + vowel)
    return out


def _syllables(word: str) -> int:
    return len(re.findall(r"[aeiouyäö]+", word))


# -- Finnish nominals -------------------------------------------------------------
_SG_WEAK = ("n", "ssA", "stA", "llA", "ltA", "lle", "ksi", "ttA", "t")  # gen, local cases, transl., abess., nom. pl.
_PL_WEAK = ("ssA", "stA", "llA", "ltA", "lle", "ksi", "ttA", "n")  # after the plural i: local cases, instructive


def fi_noun(lemma: str) -> set[str]:
    """Case forms, singular and plural, of a Finnish noun or adjective."""
    back = back_harmony(lemma)
    A = "a" if back else "ä"
    out = {lemma}

    def sg(strong_stems, weak_stems, partitive, illative):
        for s in weak_stems:
            out.update(s + _h(e, back).replace("A", A) for e in _SG_WEAK)
        for s in strong_stems:
            out.update((s + "n" + A, s + "ks"))  # essive, colloquial translative
        out.update(partitive)
        out.update(illative)

    def pl(strong_stem: str, weak_stems, partitive, genitive, illative):
        # Both stems end in the plural i: "vittui", weak "vitui".
        out.update(partitive)
        out.update(genitive)
        out.update(illative)
        for s in weak_stems:
            out.update(s + e.replace("A", A) for e in _PL_WEAK)
        out.add(strong_stem + "n" + A)  # essive plural
        out.add(strong_stem + "ne")  # comitative

    m = re.fullmatch(r"(.+)nen", lemma)
    if m:  # paskiainen, ulkomaalainen (38)
        b = m.group(1)
        sg([b + "se"], [b + "se"], [b + "st" + A], [b + "seen"])
        pl(b + "si", [b + "si"], [b + "si" + A], [b + "sten", b + "sien"], [b + "siin"])
        if len(b) >= 5 and b[-1] == "i" and b[-2] in _VOWELS:
            # Spoken Finnish drops the i of a diphthong before the -nen suffix:
            # "tummaihoiset" → "tummaihoset", "venäläiset" → "venäläset", "jokaisen" →
            # "jokasen"; every case of the spoken lemma ("tummaihonen") is a form too.
            out |= fi_noun(b[:-1] + "nen")
        return out
    m = re.fullmatch(r"(.+)t([oö])n", lemma)
    if m:  # aivoton, sydämetön (34)
        b = m.group(1) + "tt" + m.group(2) + "m"
        sg([b + A], [b + A], [lemma + "t" + A], [b + A + A + "n"])
        pl(b + "i", [b + "i"], [b + "i" + A], [b + "ien", b + "i" + "en"], [b + "iin"])
        return out
    if len(lemma) >= 3 and lemma[-1] in _VOWELS and lemma[-2] in _VOWELS:
        # kusipää, ääliö, pelle? (no: -e), homppeli? (no): long vowels and -iö/-io (17, 18, 3)
        last = lemma[-1]
        ill = lemma + "h" + last + "n" if lemma[-2] == last else lemma + last + "n"
        sg([lemma], [lemma], [lemma + "t" + A], [ill, lemma + "seen"])
        stem = lemma[:-1] + "i" if lemma[-2] == last else lemma + "i"
        if lemma[-2:] in ("ie", "uo", "yö"):
            stem = lemma[:-2] + lemma[-1] + "i"  # suo → soi
        pl(stem, [stem], [stem + "t" + A], [stem + "den", stem + "tten"], [stem + "hin", stem + "siin"])
        return out
    m = re.fullmatch(r"(.+[aeiouyäö])s", lemma)
    if m and len(lemma) >= 5:  # typerys, vätys, kaunis? (39): typeryksen, typeryksiä
        b = m.group(1) + "kse"
        sg([b], [b], [lemma + "t" + A], [b + "en"])
        pl(b[:-1] + "i", [b[:-1] + "i"], [b[:-1] + "i" + A], [b[:-1] + "ien", lemma + "ten"], [b[:-1] + "iin"])
        return out
    if lemma.endswith("e"):  # perse, pelle? (pelle is -e but 8-type: pellen, pelleä)
        stem = lemma + "e"
        sg([stem], [stem], [lemma + "tt" + A], [stem + "seen"])
        pl(lemma + "i", [lemma + "i"], [lemma + "it" + A], [lemma + "iden", lemma + "itten"], [lemma + "isiin"])
        if lemma[-2] in _VOWELS:
            return out
        # Type 8 (nalle, pelle, nukke): nominative-like e stem with gradation.
        weak_stems = weak(lemma)
        sg([lemma], weak_stems, [lemma + A], [lemma + "en"])
        pl(lemma[:-1] + "ei", {w[:-1] + "ei" for w in weak_stems},
           [lemma[:-1] + "ej" + A], [lemma + "jen", lemma[:-1] + "ien"], [lemma[:-1] + "eihin"])
        return out
    if lemma.endswith("i"):  # idiootti, neekeri, natsi (5, 6)
        weak_stems = weak(lemma)
        sg([lemma], weak_stems, [lemma + A], [lemma + "in"])
        e = lemma[:-1] + "e"
        weak_e = {w[:-1] + "e" for w in weak_stems}
        pl(e + "i", {w + "i" for w in weak_e},
           [e + "j" + A, e + "it" + A], [lemma[:-1] + "ien", e + "iden", e + "itten", e + "jen"], [e + "ihin"])
        return out
    if lemma[-1] in "aä":
        weak_stems = weak(lemma)
        sg([lemma], weak_stems, [lemma + lemma[-1]], [lemma + lemma[-1] + "n"])
        first = re.search(r"[aeiouyäö]", lemma)
        first_vowel = first.group() if first else "a"
        stems = []
        if lemma[-1] == "ä" or first_vowel in "ouy" or _syllables(lemma) > 2:
            stems.append(lemma[:-1])  # ryssä → ryssi-, huora → huori-
        if lemma[-1] == "a" and (first_vowel in "aei" or _syllables(lemma) > 2):
            stems.append(lemma[:-1] + "o")  # paska → pasko-i-, akka → akko-i-
        for s in stems:
            i = s + "i"
            weak_i = {w[:-1] + ("oi" if s.endswith("o") else "i") for w in weak_stems}
            part = [s + "j" + A, s + "it" + A] if s.endswith("o") else [i + A]
            gen = [s + "jen", s + "iden", s + "itten"] if s.endswith("o") else [i + "en"]
            pl(i, weak_i, part, gen, [i + "hin" if s.endswith("o") else i + "in"])
        return out
    if lemma[-1] in "ouyö":  # vittu, urpo, hölmö, mamu (1)
        weak_stems = weak(lemma)
        sg([lemma], weak_stems, [lemma + A], [lemma + lemma[-1] + "n"])
        pl(lemma + "i", {w + "i" for w in weak_stems}, [lemma + "j" + A], [lemma + "jen"], [lemma + "ihin"])
        return out
    # A consonant-final loan word ("bitch"): Finnish adds -i.
    return out | fi_noun(lemma + "i")


# -- Finnish verbs ------------------------------------------------------------------
def fi_verb(inf: str) -> set[str]:
    """Finite and non-finite forms of a Finnish verb from its first infinitive."""
    back = back_harmony(inf)
    A = "a" if back else "ä"
    O = "o" if back else "ö"
    U = "u" if back else "y"
    out = {inf}

    def personal(strong_stems, weak_stems, third: list[str]):
        for s in weak_stems:
            out.update(s + e for e in ("n", "t", "mme", "tte"))
        for s in strong_stems:
            out.update((s + "v" + A + "t", s + "v" + A, s + "m" + A, s + "m" + A + A + "n", s + "m" + A + "ss" + A,
                        s + "m" + A + "st" + A, s + "m" + A + "ll" + A, s + "m" + A + "tt" + A, s + "minen", s + "mist" + A,
                        s + "j" + A, s + "j" + A + "t", s + "isi", s + "isin", s + "isit", s + "isimme", s + "isitte",
                        s + "isiv" + A + "t", s + "is", s + "m" + A + "t", s + "v" + A + "ll" + A))
        out.update(third)

    m = re.fullmatch(r"(.+[aeiouyäö])t([aä])", inf)
    if m and re.search(r"[^aeiouyäö][aä]t[aä]$", inf):  # runkata, hakata (73)
        base = inf[:-2]  # runka
        strong_stems = {s + A for s in strong(base)}  # runkkaa
        personal(strong_stems, strong_stems, [s for s in strong_stems])
        for s in strong(base):
            out.update((s + "si", s + "sin", s + "sit", s + "simme", s + "sitte", s + "siv" + A + "t", s + "isi"))
        out.update((base + "t" + A + A + "n", base + "ttiin", base + "nn" + U + "t", base + "nneet", base + "tt" + U,
                    base + "tt" + U + "j" + A, base + "ten", base + "tess" + A, base + "tk" + A + A, base + "tk" + O + O + "n",
                    base + "tt" + A + "v" + A, base + "tt" + A + "isiin", base + "tt" + A + "k" + O))
        return out
    m = re.fullmatch(r"(.+)([lnr])\2([aä])|(.+)(s)t([aä])", inf)
    if m:  # vittuilla, kusta (67, 66)
        if m.group(1):
            root, c = m.group(1), m.group(2)
        else:
            root, c = m.group(4), "s"
        stem = root + (c if c != "s" else "s") + "e"  # vittuile, kuse
        personal({stem}, {stem}, [stem + "e"])
        out.update((root + c + "i", root + c + "in", root + c + "it", root + c + "imme", root + c + "ivat",
                    inf + A + "n", inf[:-1] + "tiin" if c != "s" else root + "stiin", root + c + c + U + "t",
                    root + c + "leet" if c == "l" else root + c + c + "eet", root + c + "t" + U, inf[:-1] + "k" + A + A,
                    root + c + "tiin", root + c + "l" + U + "t", root + "ss" + U + "t", root + c + "ten", root + c + "less" + A))
        return out
    if re.search(r"[^aeiouyäö][aä]$", inf) is None and inf[-1] in "aä" and inf[-2] in _VOWELS:
        stem = inf[:-1]  # nussi, ampu, tappa
        strong_stems = {stem}
        weak_stems = weak(stem) if not stem.endswith(("aa", "ää")) else {w for w in weak(stem[:-1] + stem[-1])}
        if stem[-1] in "aä" and stem[-2] not in _VOWELS:  # tappaa (53): tappa-, weak tapa-
            weak_stems = weak(stem)
        personal(strong_stems, weak_stems, [stem + stem[-1]] if stem[-1] not in "iu" or True else [])
        # Past: tappoi / vitutti / nussi / ampui.
        if stem[-1] in "aä":
            # tappaa → tappoi, tapoin (two syllables, first vowel a); vituttaa → vitutti, vitutin.
            oi = stem[-1] == "a" and _syllables(stem) == 2 and (re.search(r"[aeiouyäö]", stem).group() == "a")
            past = [stem[:-1] + ("oi" if oi else "i")]
            weak_past = [w[:-1] + ("oi" if oi else "i") for w in weak_stems]
            pass_stem = [w[:-1] + "e" for w in weak_stems]
        elif stem[-1] == "e":
            past = [stem[:-1] + "i"]
            weak_past = [w[:-1] + "i" for w in weak_stems]
            pass_stem = [w for w in weak_stems]
        else:
            past = [stem + "i" if stem[-1] != "i" else stem]
            weak_past = [w + "i" if w[-1] != "i" else w for w in weak_stems]
            pass_stem = list(weak_stems)
        for p in past:
            out.add(p)
            out.update((p + "v" + A + "t", p + "mme" if False else p))
        for p in weak_past:
            out.update((p + "n", p + "t", p + "mme", p + "tte"))
        for p in past:
            out.add(p + "v" + A + "t")
        for s in pass_stem:
            out.update((s + "t" + A + A + "n", s + "ttiin", s + "tt" + U, s + "tt" + U + "j" + A, s + "tt" + A + "v" + A,
                        s + "tt" + A + "isiin", s + "tt" + A + "k" + O, s + "tt" + A + "is" + A))
        out.update((stem + "n" + U + "t", stem + "neet", stem + "en", stem + "ess" + A, stem + "k" + A + A, stem + "k" + O + O + "n"))
        return out
    return out


def fi_bases(word: str) -> list[str]:
    """``word`` and what it is without a clitic and a possessive suffix, the forms that
    :func:`fi_noun` generates ("huoranakin" → "huorana", "vittusi" → "vittu",
    "perseeseensä" → "perseeseen", "idioottiaan" → "idioottia")."""
    out = [word]
    w = word
    m = re.search(r"(?:kin|kaan|kään|han|hän|pa|pä|ko|kö)$", w)
    if m and m.start() >= 3:
        w = w[: m.start()]
        out.append(w)
    m = re.search(r"(?:ni|si|mme|nne|nsa|nsä)$", w)
    if m and m.start() >= 3:
        rest = w[: m.start()]
        out += [rest, rest + "n", rest + "t"]
        if rest.endswith("kse"):
            out.append(rest[:-1] + "i")
    m = re.search(r"([aeiouyäö])\1n$|([aeiouyäö])(?:[aeiouyäö])n$", w)
    if len(w) > 5 and w[-1] == "n" and w[-2] == w[-3] and w[-2] in _VOWELS:
        out.append(w[:-2])  # idioottiaan → idioottia, vittuunsa → (handled above)
    return list(dict.fromkeys(out))


# -- Swedish ------------------------------------------------------------------------
def sv_forms(lemma: str, infl: str | None = None) -> set[str]:
    """Definite, plural and genitive forms of a Swedish noun (or the forms of an adjective
    or verb when ``infl`` says so: ``adj``, ``verb``). ``infl`` for nouns: ``or``, ``ar``,
    ``er``, ``r``, ``n`` (neuter -o/-e: puckon), ``zero`` (-are, neuter consonant); without
    it the class is told from the ending."""
    out = {lemma}
    if infl == "none":
        return out
    if infl == "verb" or (infl is None and False):
        stem = lemma[:-1] if lemma.endswith("a") else lemma
        out.update((stem + "ar", stem + "ade", stem + "at", stem + "ad", stem + "ande", stem + "as", stem + "ades",
                    stem + "ats", stem + "er", stem + "de", stem + "t", stem + "te", stem + "it", stem, lemma + "s"))
        return out
    if infl == "adj":
        if lemma.endswith("en"):  # efterbliven
            out.update((lemma[:-2] + "et", lemma[:-2] + "na"))
        elif lemma.endswith("d"):  # korkad, störd
            out.update((lemma[:-1] + "t", lemma + "e", lemma + "a"))
        else:
            out.update((lemma + "t", lemma + "a", lemma + "e"))
        return out
    cls = infl
    if cls is None:
        if lemma.endswith("are"):
            cls = "zero"
        elif lemma.endswith("ä"):
            cls = "r"
        elif lemma.endswith("a"):
            cls = "or"
        elif lemma.endswith("e"):
            cls = "ar"
        elif lemma.endswith("o"):
            cls = "n"
        elif re.search(r"[^aeiouyåäö](el|er|en)$", lemma):
            cls = "syncope"
        elif lemma.endswith(("ist", "at", "ant", "ent", "ör", "är", "log", "ot")):
            cls = "er"
        else:
            cls = "ar"
    sg: set[str]
    pl: set[str]
    if cls == "or":
        sg, pl = {lemma, lemma + "n"}, {lemma[:-1] + "or", lemma[:-1] + "orna"}
    elif cls == "ar":
        base = lemma[:-1] if lemma.endswith("e") else lemma
        definite = lemma + "n" if lemma.endswith("e") else lemma + "en"
        sg, pl = {lemma, definite}, {base + "ar", base + "arna"}
    elif cls == "er":
        # after a vowel the definite ending is -n/-t: moské → moskén, idé → idén
        sg = {lemma, lemma + "n", lemma + "t"} if lemma[-1] in "aeiouyåäöé" else {lemma, lemma + "en", lemma + "et"}
        pl = {lemma + "er", lemma + "erna"}
    elif cls == "r":
        sg, pl = {lemma, lemma + "n"}, {lemma + "r", lemma + "rna"}
    elif cls == "n":
        sg, pl = {lemma, lemma + "t", lemma + "n"}, {lemma + "n", lemma + "na", lemma + "s"}
    elif cls == "zero":
        sg = {lemma, lemma + "n", lemma + "t"}
        pl = {lemma, (lemma[:-1] + "na") if lemma.endswith("e") else lemma + "en", lemma + "na"}
    elif cls == "syncope":  # jävel → jävlar, neger → negrer
        short = lemma[:-2] + lemma[-1]
        sg = {lemma, lemma + "n"}
        pl = {short + "ar", short + "arna", short + "er", short + "erna"}
    elif cls == "neuter" and lemma[-1] in "aeiouyåäöé":  # (asyl)boende → boendet, boenden, boendena
        sg, pl = {lemma, lemma + "t"}, {lemma + "n", lemma + "na"}
    elif cls == "neuter":  # svin, rövhål, kukhuvud
        sg, pl = {lemma, lemma + "et"}, {lemma, lemma + "en", lemma + "ena"}
    else:
        raise ValueError(f"unknown Swedish inflection class {cls!r} for {lemma!r}")
    forms = sg | pl
    out |= forms | {f + "s" for f in forms if not f.endswith("s")}
    return out


def en_forms(lemma: str) -> set[str]:
    """Plural and verb endings of an English word."""
    out = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "ing", lemma + "er", lemma + "ers"}
    if lemma.endswith("e"):
        out.update((lemma + "d", lemma[:-1] + "ing"))
    if re.search(r"[^aeiou][aeiou][bcdfgklmnprstvz]$", lemma):
        out.update((lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing", lemma + lemma[-1] + "er", lemma + lemma[-1] + "ers"))
    return out


def paradigm(lemma: str, lang: str, infl: str | None = None) -> set[str]:
    """Every generated form of ``lemma`` (``infl``: the class when the ending misleads;
    ``none`` for no generation, ``verb``/``noun``/``adj`` for the part of speech)."""
    if infl == "none" or " " in lemma:
        return {lemma}
    if lang == "fi":
        if infl == "verb":
            return fi_verb(lemma)
        return fi_noun(lemma)
    if lang == "sv":
        return sv_forms(lemma, infl)
    if lang == "en":
        return en_forms(lemma)
    return {lemma}
