"""Post: decoding, front matter, offsets to lines and columns, segmentation."""

import codecs

import pytest

from kommunlint.errors import InputError
from kommunlint.post import decode, parse_post, read_post


def test_position_is_one_based_line_and_column():
    post = parse_post("Hej\nVälkommen till biblioteket")
    assert post.position(0) == (1, 1)
    assert post.position(4) == (2, 1)
    assert post.position(8) == (2, 5)
    assert post.position(len(post.text)) == (2, 27)


def test_position_outside_text_raises():
    with pytest.raises(ValueError):
        parse_post("abc").position(4)


def test_crlf_gives_same_positions_as_lf():
    lf = parse_post("Rad ett\nRad två med sekretess\n")
    crlf = parse_post("Rad ett\r\nRad två med sekretess\r\n")
    assert lf.text == crlf.text
    offset = lf.text.index("sekretess")
    assert crlf.position(crlf.text.index("sekretess")) == lf.position(offset) == (2, 13)


def test_front_matter_is_metadata_not_checked_text():
    post = parse_post("---\nprofile: hango\naccount: personal\nkind: reply\n---\nKiitos kysymyksestä!\n")
    assert post.meta == {"profile": "hango", "account": "personal", "kind": "reply"}
    assert "profile" not in post.text
    # the body keeps its place in the file: line 6
    assert post.position(post.text.index("Kiitos")) == (6, 1)
    assert post.account == "personal" and post.kind == "reply"


def test_cli_overrides_win_over_front_matter():
    post = parse_post("---\naccount: personal\n---\nHej\n", overrides={"account": "official", "kind": None})
    assert post.meta["account"] == "official"
    assert "kind" not in post.meta


def test_defaults_are_official_post():
    post = parse_post("Välkommen!")
    assert (post.account, post.kind) == ("official", "post")


@pytest.mark.parametrize(
    "front, key, line",
    [
        ("---\nprofile: hango\ncolour: red\n---\n", "front-matter-key", 3),
        ("---\naccount: private\n---\n", "front-matter-value", 2),
        ("---\nlanguages: fi\n---\n", "front-matter-languages", 2),
        ("---\n- a\n---\n", "front-matter-mapping", 2),
    ],
)
def test_bad_front_matter_names_the_line(front, key, line):
    with pytest.raises(InputError) as info:
        parse_post(front + "Hej", "inlägg.txt")
    assert info.value.key == key
    assert info.value.line == line
    assert str(info.value).startswith(f"inlägg.txt:{line}: ")


def test_decode_utf8_with_and_without_bom():
    assert decode("Hälsningar".encode(), "p") == ("Hälsningar", [])
    assert decode(codecs.BOM_UTF8 + "Hälsningar".encode(), "p") == ("Hälsningar", [])


def test_decode_utf16_with_bom():
    assert decode("Terveisin Äijä".encode("utf-16"), "p")[0] == "Terveisin Äijä"


def test_decode_cp1252_with_warning():
    text, warnings = decode("Välkommen till Hangö".encode("cp1252"), "p")
    assert text == "Välkommen till Hangö"
    assert warnings == ["cp1252"]


def test_binary_is_an_input_error():
    with pytest.raises(InputError) as info:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00", "kuva.png")
    assert info.value.key == "binary"


def test_undecodable_bytes_name_the_line():
    # 0x81 is undefined in cp1252 and invalid as UTF-8
    with pytest.raises(InputError) as info:
        decode(b"rad ett\nrad tv\x81\n", "p.txt")
    assert (info.value.key, info.value.line) == ("undecodable", 2)


def test_missing_file(tmp_path):
    with pytest.raises(InputError) as info:
        read_post(str(tmp_path / "saknas.txt"))
    assert info.value.key == "no-such-file"


def test_error_messages_in_finnish():
    error = InputError("no-such-file", "puuttuu.txt")
    assert error.render("fi") == "puuttuu.txt: tiedostoa ei ole"
    assert error.render("sv") == "puuttuu.txt: filen finns inte"


def test_sentences_split_on_line_breaks_and_sentence_ends_but_not_abbreviations():
    post = parse_post("Välkommen kl. 18 till biblioteket. Vi bjuder på kaffe!\nTervetuloa klo 18 kirjastoon.")
    texts = [s.text for s in post.sentences]
    assert texts == [
        "Välkommen kl. 18 till biblioteket.",
        "Vi bjuder på kaffe!",
        "Tervetuloa klo 18 kirjastoon.",
    ]
    for seg in post.sentences:
        assert post.text[seg.start : seg.end] == seg.text


def test_paragraphs_split_at_blank_lines():
    post = parse_post("Svenska stycket.\nAndra raden.\n\n  \nSuomenkielinen kappale.\n")
    assert [p.text for p in post.paragraphs] == ["Svenska stycket.\nAndra raden.", "Suomenkielinen kappale."]
