"""kommunlint redact: placeholders, front matter kept, --in-place with backup, errors."""

from typer.testing import CliRunner

from kommunlint.cli import app

POST_SV = (
    "---\nprofile: vimmerby\nkind: reply\n---\n"
    "Hej! Lisa Andersson på Ringvägen 12 har ringt från 070-123 45 67. Hennes personnummer är 811218-9876.\n"
    "\nHälsningar Anna Berg, kommunikatör\n"
)
POST_FI = "---\nprofile: hango\n---\nMatti Virtasen henkilötunnus on 131052-308T ja sähköposti matti@gmail.com.\n"


def invoke(*args):
    return CliRunner().invoke(app, ["redact", *args])


def test_redact_to_stdout_swedish_placeholders(tmp_path):
    path = tmp_path / "svar.txt"
    path.write_text(POST_SV, encoding="utf-8")
    result = invoke(str(path))
    assert result.exit_code == 0
    assert result.stdout == (
        "---\nprofile: vimmerby\nkind: reply\n---\n"
        "Hej! [namn] på [adress] har ringt från [telefonnummer]. Hennes personnummer är [personnummer].\n"
        "\nHälsningar Anna Berg, kommunikatör\n"
    )
    assert path.read_text(encoding="utf-8") == POST_SV  # untouched without --in-place


def test_redact_finnish_placeholders(tmp_path):
    path = tmp_path / "viesti.txt"
    path.write_text(POST_FI, encoding="utf-8")
    out = invoke(str(path)).stdout
    assert out == "---\nprofile: hango\n---\n[nimi] henkilötunnus on [henkilötunnus] ja sähköposti [sähköpostiosoite].\n"


def test_in_place_writes_atomically_and_keeps_a_backup(tmp_path):
    path = tmp_path / "svar.txt"
    path.write_bytes(POST_SV.replace("\n", "\r\n").encode("utf-8"))
    result = invoke(str(path), "--in-place", "--backup")
    assert result.exit_code == 0 and result.stdout == ""
    assert (tmp_path / "svar.txt.bak").read_bytes() == POST_SV.replace("\n", "\r\n").encode("utf-8")
    new = path.read_bytes().decode("utf-8")
    assert "[personnummer]" in new and "811218" not in new and "\r\n" in new
    assert sorted(p.name for p in tmp_path.iterdir()) == ["svar.txt", "svar.txt.bak"]  # no temp file left


def test_profile_option_overrides_front_matter_default(tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("Nina Näsänen och Lisa Andersson kommer.\n", encoding="utf-8")
    assert invoke(str(path), "--profile", "hango").stdout == "Nina Näsänen och [namn] kommer.\n"


def test_bad_input_exits_2_with_one_line(tmp_path):
    result = invoke(str(tmp_path / "saknas.txt"))
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "filen finns inte" in result.stderr
    stdin = CliRunner().invoke(app, ["redact", "-", "--in-place"], input="hej")
    assert stdin.exit_code == 2 and "--in-place" in stdin.stderr
    bad = tmp_path / "bad.txt"
    bad.write_text("---\nprofile: [\n---\nx\n")
    assert invoke(str(bad)).exit_code == 2
