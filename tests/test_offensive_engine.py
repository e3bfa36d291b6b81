"""Engine mechanisms of the offensive detector that only code can provide (issue 16):
reported names, hyphenated mentions and compounds, masked swear words, ``not_after``
on bare words only, place names made of compounds, and what a question softens.

Cases are written for the mechanism in Swedish and Finnish, not taken from a data set.
Each asserts the rule ids at warning or error with their line and column, or the
severity (``info``) a softened hit gets.
"""

from __future__ import annotations

import pytest

from conftest import offensive_found
from kommunlint.detect.offensive import lexicon as lx
from kommunlint.detect.offensive.matcher import _place_name, lookup_all


found = offensive_found


def infos(text: str, lang: str) -> set[tuple[str, int, int]]:
    """(rule id, line, column) of every ``info`` finding on ``text``."""
    return offensive_found(text, lang, ("info",))


# -- 1. a name someone was called is reported ----------------------------------------
@pytest.mark.parametrize(
    "lang, text, rule, column",
    [
        ("sv", "Min kusin kallades idiot på jobbet.", "offensive/insult", 20),
        ("sv", "Grannen kallade honom för idiot inför alla.", "offensive/insult", 27),
        ("fi", "Naapuria haukuttiin idiootiksi kokouksessa.", "offensive/insult", 21),
        ("fi", "Opettaja kutsui häntä idiootiksi.", "offensive/insult", 23),
    ],
)
def test_a_reported_name_is_info(lang, text, rule, column):
    assert found(text, lang) == set()
    assert (rule, 1, column) in infos(text, lang)


@pytest.mark.parametrize(
    "lang, text, rule, column",
    [
        ("sv", "Jag kallar dig idiot.", "offensive/insult", 16),  # calls now: present active
        ("fi", "Sinä olet idiootti.", "offensive/insult", 1),
        # The name ends at a clause boundary: what follows is said, not reported.
        ("sv", "Han kallades lat, och du är en idiot.", "offensive/insult", 23),
        ("fi", "Häntä haukuttiin, mutta sinä olet idiootti.", "offensive/insult", 25),
    ],
)
def test_calling_now_or_after_the_name_is_still_use(lang, text, rule, column):
    assert (rule, 1, column) in found(text, lang)


# -- 2. a word mentioned with a hyphenated "word" noun ---------------------------------
@pytest.mark.parametrize(
    "lang, text",
    [
        ("sv", "Läraren förklarade varför neger-ordet inte används."),
        ("sv", "Debatten om idiot -ordet fortsatte."),
        ("fi", "Neekeri-sanaa ei käytetä enää."),
        ("fi", "Keskustelu idiootti-sanan käytöstä jatkui."),
    ],
)
def test_a_hyphenated_word_noun_marks_a_mention(lang, text):
    assert found(text, lang) == set()
    assert infos(text, lang)


def test_a_hyphenated_compound_without_a_word_noun_is_use():
    assert ("offensive/insult", 1, 9) in found("Den där tv-idioten igen.", "sv")
    assert ("offensive/insult", 1, 1) in found("Kokoomus-idiootit taas asialla.", "fi")


# -- 3. hyphenated compounds --------------------------------------------------------
@pytest.mark.parametrize(
    "lang, word, lemma",
    [
        ("fi", "CP-vammanen", "vammanen"),  # first part too short for an unmarked compound
        ("fi", "kokoomus-idiootit", "idiootti"),
        ("sv", "tv-idioten", "idiot"),
        ("sv", "politiker-idioterna", "idiot"),
    ],
)
def test_a_hyphen_marks_the_compound_head(lang, word, lemma):
    terms, how = lookup_all(word, lx.load(lang))
    assert how == "compound" and lemma in {t.term for t in terms}


def test_a_hyphenated_group_head_is_hate_speech():
    terms, _ = lookup_all("muslimi-koirat", lx.load("fi"))
    assert {t.category for t in terms} >= {"hate-speech"}


@pytest.mark.parametrize("lang, word", [("sv", "e-postadress"), ("sv", "jul-fest"), ("fi", "k-kauppa"), ("fi", "Nato-jäsenyys")])
def test_a_hyphen_with_an_innocent_last_part_is_innocent(lang, word):
    assert lookup_all(word, lx.load(lang)) is None


# -- 4. masked words are swear words first ---------------------------------------------
def test_a_mask_prefers_profanity():
    terms, how = lookup_all("f*n", lx.load("sv"))
    assert (terms[0].term, terms[0].category, how) == ("fan", "profanity", "obfuscated")
    assert ("offensive/profanity", 1, 12) in found("Vad i h*e, f*n också.", "sv")


def test_a_mask_without_a_swear_word_keeps_the_insult():
    terms, _ = lookup_all("id*ot", lx.load("sv"))
    assert terms[0].category == "insult"


# -- 5. not_after guards the bare word only ----------------------------------------
def test_not_after_keeps_the_bare_word_innocent():
    # "fjolla" is not reported after "en" (the entry's not_after) ...
    assert not any(rule == "offensive/insult" for rule, _, _ in found("Hon är en fjolla.", "sv"))


@pytest.mark.parametrize("text", ["Han är en bögfjolla.", "Det var en bögfjolla som skrev."])
def test_not_after_does_not_block_a_compound(text):
    # ... but a compound with it is a word of its own.
    assert any(rule == "offensive/hate-speech" for rule, _, _ in found(text, "sv"))


# -- 6. place names made of compounds -------------------------------------------------
@pytest.mark.parametrize("word", ["Paskalammella", "Vittujärveen", "Skitsjöns", "Skitberget", "Vitunmäki"])
def test_place_name_parts(word):
    assert _place_name(word)


@pytest.mark.parametrize("word", ["Paskapuhe", "Kusipää", "Paskasuoli", "Idioottilauma", "Skitsnack"])
def test_not_place_name_parts(word):
    assert not _place_name(word)


@pytest.mark.parametrize(
    "lang, text",
    [("fi", "Kävimme uimassa Paskalammella eilen."), ("fi", "Mökki on Vittujärven rannalla."), ("sv", "Vi fiskade vid Skitsjön i helgen.")],
)
def test_a_capitalised_place_compound_mid_sentence_is_a_name(lang, text):
    assert found(text, lang) == set()


@pytest.mark.parametrize(
    "lang, text, rule",
    [
        # Sentence-initial capital proves nothing: still a compound.
        ("fi", "Paskajärvi tuo teidän kuntanne on.", "offensive/profanity"),
        # Lower case: an offensive compound, not a name.
        ("fi", "Mikä paskajärvi tämä on.", "offensive/profanity"),
        ("sv", "Vilken skitsjö det här är.", "offensive/profanity"),
    ],
)
def test_a_place_part_without_name_evidence_is_use(lang, text, rule):
    assert any(r == rule for r, _, _ in found(text, lang))


# -- 7. questions soften acts, not stereotypes ----------------------------------------
def test_a_question_softens_a_threat():
    assert not any(r == "offensive/threat" for r, _, _ in found("Miksi joku haluaisi tappaa sinut?", "fi"))


def test_a_question_keeps_a_stereotype():
    assert ("offensive/hate-speech", 1, 14) in found("Miksi kaikki mamut ovat rikollisia?", "fi")


# -- dotted and split-off letters (obfuscation) ----------------------------------------
@pytest.mark.parametrize(
    "lang, text, column",
    [
        ("fi", "Taas se v..tun bussi myöhässä.", 9),  # dots hide letters
        ("sv", "Vad i h..vete gör ni nu?", 7),
        ("fi", "Ihan v ittu mitä touhua.", 6),  # first letter split off
        ("sv", "Det är ett j ävla skämt.", 12),
    ],
)
def test_dotted_or_split_swear_words(lang, text, column):
    assert ("offensive/profanity", 1, column) in found(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        ("fi", "Odotin...ja odotin..no joo, tulihan se."),  # an ellipsis between words
        ("sv", "Han sa..nej..inte nu, sen gick han."),
        ("sv", "Vi åkte buss 4 i stan, sen tåg."),  # "i" is a word
        ("fi", "Kolme x viikossa, n. 62 vuotta."),
    ],
)
def test_ellipses_and_lone_letters_are_innocent(lang, text):
    assert found(text, lang) == set()


@pytest.mark.parametrize("lang, text, column", [("fi", "Ihan pas- kaa tämä uusi kaava.", 6), ("sv", "Vilken sk- iten plan igen.", 8)])
def test_a_word_broken_at_a_hyphen_is_joined(lang, text, column):
    assert ("offensive/profanity", 1, column) in found(text, lang)


@pytest.mark.parametrize("lang, text", [("fi", "Koti- ja ulkomaan uutiset luettiin."), ("sv", "Barn- och ungdomsnämnden möts i dag.")])
def test_a_suspended_compound_is_innocent(lang, text):
    assert found(text, lang) == set()


@pytest.mark.parametrize("lang, text", [("sv", "Han är en Liverpool-fan sedan barnsben."), ("sv", "Alla hockey-fans var på plats.")])
def test_a_short_everyday_word_after_a_hyphen_is_innocent(lang, text):
    assert found(text, lang) == set()
