"""offensive/*: swear word + target, second-person name-calling, generalised threats and
group statements (phrases built from the lexicons' word sets): rule id, line, column,
severity, and the innocent look-alikes a municipality writes."""

from __future__ import annotations

import pytest

from conftest import lint_text, offensive_found, rule_hits

from kommunlint.detect.offensive import lexicon as lx


def hits(text, rule, **kw):
    return rule_hits(lint_text(text, "hango", select=["offensive"], **kw), rule)


def where(found):
    return [(f.line, f.column, f.excerpt, f.severity) for f in found]


@pytest.mark.parametrize(
    "text, rule, expected",
    [
        # Swedish
        ("Hej!\nJävla politiker som aldrig lyssnar på oss.", "offensive/insult", [(2, 1, "Jävla politiker", "error")]),
        ("Ditt jävla pucko, läs beslutet innan du skriver.", "offensive/insult", [(1, 1, "Ditt jävla pucko", "error")]),
        ("Ni är patetiska allihop i nämnden.", "offensive/insult", [(1, 1, "Ni är patetiska", "warning")]),
        ("Jag dödar dig om du kommer till mötet.", "offensive/threat", [(1, 1, "Jag dödar dig", "error")]),
        ("Vi vet vem du är. Akta dig, vi kommer.", "offensive/threat", [(1, 1, "Vi vet vem du är", "warning"), (1, 19, "Akta dig,", "warning")]),
        ("Gå och häng dig.", "offensive/threat", [(1, 1, "Gå och häng dig", "error")]),
        ("Politikerna borde skjutas allihop.", "offensive/incitement", [(1, 1, "Politikerna borde skjutas", "error")]),
        ("Jävla muslimer överallt i stan.", "offensive/hate-speech", [(1, 1, "Jävla muslimer", "error")]),
        ("Alla invandrare är skadedjur och det vet alla.", "offensive/hate-speech", [(1, 1, "Alla invandrare är skadedjur", "warning")]),
        # Finnish
        ("Hei!\nVitun demarit taas asialla tässä kunnassa.", "offensive/insult", [(2, 1, "Vitun demarit", "error")]),
        ("Sinä olet hullu kun kirjoitat tuollaista.", "offensive/insult", [(1, 1, "Sinä olet hullu", "warning")]),
        ("Naama kiinni senkin pelle.", "offensive/insult", [(1, 1, "Naama kiinni", "warning"), (1, 14, "senkin pelle", "error")]),
        ("Tekijä pitäisi tappaa nälkään torilla.", "offensive/incitement", [(1, 8, "pitäisi tappaa", "error")]),
        ("Minä tapan teidät kaikki huomenna.", "offensive/threat", [(1, 1, "Minä tapan teidät", "error")]),
        ("Ammun sut jos tuut tänne.", "offensive/threat", [(1, 1, "Ammun sut", "error")]),
        ("Tapa itsesi heti.", "offensive/threat", [(1, 1, "Tapa itsesi", "error")]),
        ("Saatanan muslimit pilaavat kaiken.", "offensive/hate-speech", [(1, 1, "Saatanan muslimit", "error")]),
        ("Homot ovat sairaita ihmisiä.", "offensive/hate-speech", [(1, 1, "Homot ovat sairaita", "warning")]),
    ],
)
def test_context_findings(text, rule, expected):
    assert where(hits(text, rule)) == expected


def test_swear_word_before_a_target_stays_profanity_too():
    text = "Vitun demarit taas asialla tässä kunnassa."
    assert where(hits(text, "offensive/profanity")) == [(1, 1, "Vitun", "error")]
    # "vitun idiootit": one insult (the word), not an insult phrase on top of it.
    assert [f.excerpt for f in hits("Vitun idiootit taas asialla.", "offensive/insult")] == ["idiootit"]


@pytest.mark.parametrize(
    "text",
    [
        # Swedish: suicide prevention, scam warnings, postponing, art, cats, the sick.
        "Har du tankar på att ta livet av dig? Ring Självmordslinjen 90101.",
        "Akta dig för falska sms som ser ut att komma från banken.",
        "Vi ska skjuta upp dem till nästa möte i mars.",
        "Vi kommer att hänga dem i foajén efter vernissagen.",
        "Katter bör kastreras innan de släpps ut.",
        "Invasiva arter måste utrotas i hela kommunen.",
        "Om du är sjuk, stanna hemma från skolan.",
        "Invandrare är välkomna till språkcaféet i biblioteket.",
        # Finnish: invasive species, fireworks, pests, logging, "senkin jälkeen", the sick.
        "Kunnan pitäisi tappaa vieraslajit ajoissa.",
        "Ilotulitteita pitää ampua turvallisesti kello 18 jälkeen.",
        "Rotat pitäisi tappaa ennen kevättä.",
        "Metsä pitäisi hakata ensi vuonna.",
        "Senkin jälkeen kokous jatkui normaalisti.",
        "Jos olet sairas, jää kotiin.",
        "Ei pitäisi tappaa ketään.",
        "Maahanmuuttajat ovat tervetulleita kielikahvilaan.",
    ],
)
def test_innocent_look_alikes(text):
    found = lint_text(text, "hango", select=["offensive"])
    assert [(f.rule, f.excerpt) for f in found if f.severity != "info"] == []


def test_word_sets_expand_and_unknown_set_is_an_error():
    assert lx._expand("a %x% b", {"x": ["c", "d"]}) == "a (?:c|d) b"
    assert lx._expand("%y%", {"x": ["c"], "y": ["%x%s"]}) == "(?:(?:c)s)"
    with pytest.raises(KeyError, match="nope"):
        lx._expand("%nope%", {})


@pytest.mark.parametrize("lang", ["sv", "fi"])
def test_phrases_use_word_sets(lang):
    lex = lx.load(lang)
    assert not [p.pattern for p in lex.phrases if "%" in p.pattern]
    assert any(p.keep_words for p in lex.phrases)


def test_context_of_many_hits_on_one_line():
    """Each hit of a long line gets its own paragraph's context (issue 14/15: the
    quotations and reporting words of a paragraph are found once, not once per hit)."""
    quoted = 'Vi har tagit bort en kommentar där det stod "jävla idiot". ' * 30
    used = "Det är jävligt dåligt att bussen inte går. " * 30
    found = hits(quoted + "\n\n" + used, "offensive/profanity")
    first = [f for f in found if f.line == 1]
    third = [f for f in found if f.line == 3]
    assert len(first) == 30 and len(third) == 30
    assert {f.severity for f in first} == {"info"}  # quoted in a moderation note
    assert {f.severity for f in third} == {"error"}
    assert [f.column for f in first[:2]] == [46, 46 + len(quoted) // 30]


@pytest.mark.parametrize("text, lang", [
    ("Kommunstyrelsen sa ja till nya förskolan i dag. #vimmerby #ks #kf", "sv"),
    ("Kunnanhallitus hyväksyi talousarvion. #kh #ks #kemiönsaari", "fi"),
])
def test_a_hashtag_is_its_word_not_a_masked_one(text, lang):
    """"#ks" (kommunstyrelsen) is a hashtag: "#" hides a letter inside a word ("k#k"),
    never at the start of one, so it is not read as a masked obscenity."""
    assert offensive_found(text, lang) == set()


@pytest.mark.parametrize("text, lang, rule_id", [
    ("Vilken #jävla dag på jobbet", "sv", "offensive/profanity"),
    ("Taas yksi #perkele maanantai", "fi", "offensive/profanity"),
])
def test_an_offensive_word_as_a_hashtag_is_still_found(text, lang, rule_id):
    assert {rule for rule, _, _ in offensive_found(text, lang)} == {rule_id}
