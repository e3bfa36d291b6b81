"""Threads on X, Bluesky and Threads (``detect/platform.thread_parts``): how a draft is cut
into the posts it will be published as, so that ``platform/length`` measures each one.
A bilingual draft is a common case: the two versions of one part share a counter."""

from kommunlint.detect.platform import thread_parts

PART = "Ord " * 60  # 240 characters


def _parts(text):
    return [text[a:b] for a, b in thread_parts(text, 0, len(text))]


def test_counters_closing_their_parts_cut_the_thread_there():
    text = f"{PART}1/2\n\n{PART}2/2\n– Sanna Mäkelä (vihr.)"
    first, second = _parts(text)
    assert first.endswith("1/2") and first.startswith("Ord")
    # the signature after the last counter is published with the last part
    assert second.startswith("Ord") and second.endswith("(vihr.)")


def test_a_counter_repeated_for_the_other_language_continues_its_part():
    text = f"Sv {PART}(1/2)\nFi {PART}(1/2)\nSv {PART}(2/2)\nFi {PART}(2/2)"
    first, second = _parts(text)
    assert first.startswith("Sv") and "\nFi" in first and second.startswith("Sv")


def test_closing_counters_out_of_order_or_a_date_are_no_thread():
    # a Swedish date at a line's end has no total of its own
    assert _parts(f"Ansök senast 1/2\n{PART}") == []
    assert _parts(f"{PART}2/2\n{PART}1/2") == []
    assert _parts(f"{PART}1/3\n{PART}2/3") == []  # a total the parts do not reach


def test_the_thread_sign_cuts_at_paragraphs():
    text = f"🧵 Fullmäktige i dag\n\n{PART}\n\n{PART}"
    assert [p[:3] for p in _parts(text)] == ["🧵 F", "Ord", "Ord"]
    assert len(_parts(f"Kokous tänään 🧵\n\n{PART}")) == 2
    # without paragraphs, or without the sign at the start, the text is one post
    assert _parts(f"🧵 Fullmäktige i dag\n{PART}\n{PART}") == []
    assert _parts(f"Fullmäktige i dag\n\n{PART} 🧵\n\n{PART}") == []


def test_a_bilingual_post_without_thread_marks_is_one_post_and_suggests_a_thread():
    # X shows what is published as one post: both versions count against its 280
    from conftest import lint_text, rule_hits

    sv = ("Simhallen stänger för årligt underhåll 2.–15.6. Bastun och gymmet håller också stängt. "
          "Under stängningen kan du simma i Ekenäs simhall, och säsongskorten förlängs med två veckor.")
    fi = ("Uimahalli suljetaan vuosihuollon ajaksi 2.–15.6. Myös sauna ja kuntosali ovat kiinni. "
          "Sulun aikana voit uida Tammisaaren uimahallissa, ja kausikortteja jatketaan kahdella viikolla.")
    [hit] = rule_hits(lint_text(f"{sv}\n\n{fi}\n", "hango", select=["platform"], lang="fi",
                                account="official", platform="x"), "platform/length")
    assert hit.line == 3 and hit.severity == "warning"
    assert hit.suggestion.startswith("Julkaise kieliversiot numeroituna ketjuna")
    # one language only: the plain suggestion
    [hit] = rule_hits(lint_text(f"{sv} {sv}\n", "hango", select=["platform"], lang="en",
                                account="official", platform="x", languages=["sv"]), "platform/length")
    assert hit.suggestion == "Shorten the text or split it into several posts."
    # the same two versions as a numbered thread: each part fits
    thread = f"{sv} 1/2\n\n{fi} 2/2\n"
    assert rule_hits(lint_text(thread, "hango", select=["platform"], account="official", platform="x"),
                     "platform/length") == []
