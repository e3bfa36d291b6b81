"""`kommunlint strip`: the publishable text without front matter and directive comments."""

from typer.testing import CliRunner

from kommunlint.cli import app
from kommunlint.post import parse_post
from kommunlint.suppress import strip

runner = CliRunner()

SV = (
    "---\nprofile: hango\naccount: personal\n---\n"
    "<!-- kommunlint-disable-next-line personal-data/phone -- växelns nummer -->\n"
    "Ring växeln på 019 220 3000.  <!-- kommunlint-disable signature -- kommunens konto -->\n"
    "\n"
    "Hälsningar Anna\n"
)
FI = "Tervetuloa torille!\n<!-- kommunlint-disable\n  confidential -- pitkä syy\n  kahdella rivillä -->\nNähdään!\n"


def test_strip_sv_drops_front_matter_and_directive_lines():
    assert strip(parse_post(SV)) == "Ring växeln på 019 220 3000.\n\nHälsningar Anna\n"


def test_strip_fi_multiline_directive():
    assert strip(parse_post(FI)) == "Tervetuloa torille!\nNähdään!\n"


def test_strip_keeps_ordinary_comments_and_text():
    text = "Hej <!-- anteckning --> då.\n"
    assert strip(parse_post(text)) == text


def test_strip_command_and_missing_file(tmp_path):
    path = tmp_path / "utkast.md"
    path.write_text(SV, encoding="utf-8")
    result = runner.invoke(app, ["strip", str(path)])
    assert result.exit_code == 0 and result.stdout == "Ring växeln på 019 220 3000.\n\nHälsningar Anna\n"
    missing = runner.invoke(app, ["strip", "--lang", "fi", str(tmp_path / "puuttuu.md")])
    assert missing.exit_code == 2 and "tiedostoa ei ole" in missing.stderr
