"""Round-8 threat frames of the offensive detector (issue 16), in Swedish and Finnish, from
the grammar of threats rather than from rows: an inverted consequence ("så ska ni få se
vad som händer" / "saatte nähdä mitä tapahtuu"), a warning given ("ni har blivit varnade" /
"teitä on varoitettu"), violence as a way to one's ends ("med våld om det behövs" /
"väkisin jos tarvii"), a fight promised ("så blir det knytnävar" / "sit tulee nyrkistä"),
burning a building as a wish or a plan, and "ge mig fem minuter med X".

Cases are written for the mechanism, not taken from a data set; each asserts the rule id and
line; the traps assert that no threat is found.
"""

from __future__ import annotations

import pytest

from conftest import offensive_found

found = offensive_found


def threats(text, lang):
    return [hit for hit in found(text, lang) if hit[0] == "offensive/threat"]


@pytest.mark.parametrize(
    "lang, text",
    [
        ("sv", "Fäller ni en enda björk till i parken så ska ni få se vad som händer."),
        ("sv", "Stänger ni vårt bibliotek får du se vad som händer, kommunalråd."),
        ("fi", "Jos suljette kyläkoulun, saatte nähdä mitä tapahtuu."),
        ("sv", "Det här är sista gången jag säger det. Ni har blivit varnade."),
        ("sv", "Ta bort min båt från bryggan igen och du är varnad."),
        ("fi", "Tämä oli viimeinen kerta. Teitä on varoitettu."),
        ("sv", "Jag hämtar tillbaka min husvagn från depån, med våld om det behövs."),
        ("fi", "Haen koirani takaisin tarhalta, väkisin jos tarvii."),
        ("sv", "Kommer plogbilen in på min gård igen så blir det knytnävar."),
        ("fi", "Jos se tarkastaja tulee vielä pihalle niin sit tulee nyrkistä."),
        ("sv", "Ge mig bara fem minuter med den där handläggaren."),
        ("sv", "Det nya asylboendet borde brännas ner innan det öppnar."),
    ],
)
def test_threat_frames(lang, text):
    assert [(rule, line) for rule, line, _ in threats(text, lang)][:1] == [("offensive/threat", 1)], found(text, lang)


@pytest.mark.parametrize(
    "lang, text",
    [
        # a consequence that is no threat, a warning of weather, force as news, a fire reported
        ("sv", "Kom på öppet hus i morgon så får du se vad som händer i den nya skolan!"),
        ("sv", "SMHI har varnat för storm, och ni är varnade för halka på morgonen."),
        ("fi", "Tule avoimiin oviin, niin saat nähdä miten uusi koulu toimii."),
        ("sv", "Polisen fick använda våld när mannen greps i går."),
        ("fi", "Poliisi joutui käyttämään voimaa kiinniotossa."),
        ("sv", "Den gamla ladan på Norrgården brann ner i natt, ingen skadades."),
        ("sv", "Ge mig fem minuter så skickar jag protokollet."),
        ("fi", "Anna mulle viisi minuuttia, niin lähetän pöytäkirjan."),
    ],
)
def test_frames_do_not_fire_on_everyday_sentences(lang, text):
    assert threats(text, lang) == [], found(text, lang)
