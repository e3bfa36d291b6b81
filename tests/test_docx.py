"""Word drafts: paragraphs as lines, tracked changes and comments, the commands and the page.

Every .docx is built in the test with python-docx; tracked changes are written as
WordprocessingML (``w:ins``/``w:del``) since python-docx has no API for them.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

docx = pytest.importorskip("docx")
from docx.oxml.ns import qn  # noqa: E402

from kommunlint.cli import app  # noqa: E402
from kommunlint.docx import docx_text  # noqa: E402


def _run(text: str):
    from docx.oxml import OxmlElement

    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    return run


def _tracked(kind: str, text: str):
    """A ``w:ins`` or ``w:del`` element holding one run of ``text``."""
    from docx.oxml import OxmlElement

    change = OxmlElement(f"w:{kind}")
    change.set(qn("w:id"), "1" if kind == "ins" else "2")
    change.set(qn("w:author"), "Anna Berg")
    change.set(qn("w:date"), "2026-11-30T08:00:00Z")
    run = _run(text)
    if kind == "del":  # deleted text is w:delText, not w:t
        t = run.find(qn("w:t"))
        t.tag = qn("w:delText")
    change.append(run)
    return change


def make_docx(tmp_path, name="utkast.docx", paragraphs=(), edit=None) -> str:
    """Write a .docx with ``paragraphs`` (one w:p each); ``edit(document)`` may change it."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if edit:
        edit(document)
    path = tmp_path / name
    document.save(str(path))
    return str(path)


def body_paragraphs(document):
    return document.paragraphs


def invoke(*args, input=None):
    return CliRunner().invoke(app, list(args), input=input)


# -- the text ------------------------------------------------------------------------
def test_paragraphs_become_lines_tables_and_tabs(tmp_path):
    def edit(document):
        table = document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "Cell A"
        table.cell(0, 1).text = "Cell B"
        document.add_paragraph("Efter\ttabellen")

    path = make_docx(tmp_path, paragraphs=["Rubrik", "", "Andra stycket."], edit=edit)
    with open(path, "rb") as handle:
        assert docx_text(handle.read(), path) == "Rubrik\n\nAndra stycket.\nCell A\nCell B\nEfter\ttabellen\n"


def test_tracked_deletion_is_not_text_insertion_is(tmp_path):
    def edit(document):
        p = document.paragraphs[0]._p
        p.append(_tracked("del", "sekretessbelagt och "))
        p.append(_tracked("ins", "offentligt sedan maj"))
        p.append(_run("."))

    path = make_docx(tmp_path, paragraphs=["Beslutet är "], edit=edit)
    with open(path, "rb") as handle:
        assert docx_text(handle.read(), path) == "Beslutet är offentligt sedan maj.\n"
    result = invoke("check", "--profile", "norsjo", "-f", "json", path)
    assert json.loads(result.stdout)["files"][0]["findings"] == []


def test_comment_is_not_text(tmp_path):
    def edit(document):
        para = document.paragraphs[0]
        document.add_comment(para.runs, text="Är detta sekretessbelagt? Ring 070-123 45 67.", author="Anna Berg", initials="AB")

    path = make_docx(tmp_path, paragraphs=["Biblioteket har öppet på lördag."], edit=edit)
    with open(path, "rb") as handle:
        data = handle.read()
    assert docx_text(data, path) == "Biblioteket har öppet på lördag.\n"
    import zipfile, io  # noqa: E401

    assert b"sekretessbelagt" in zipfile.ZipFile(io.BytesIO(data)).read("word/comments.xml")
    result = invoke("check", "--profile", "norsjo", "-f", "json", path)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["files"][0]["findings"] == []


# -- the commands --------------------------------------------------------------------------
def test_check_reports_paragraph_and_column(tmp_path):
    def edit(document):
        document.paragraphs[2]._p.append(_tracked("ins", "Ärendet är sekretessbelagt."))

    path = make_docx(tmp_path, paragraphs=["Hej!", "", ""], edit=edit)
    result = invoke("check", "--profile", "norsjo", "--format", "json", path)
    assert result.exit_code == 1
    (entry,) = json.loads(result.stdout)["files"]
    assert entry["path"] == path
    (finding,) = entry["findings"]
    assert (finding["rule"], finding["line"], finding["column"], finding["end_column"]) == ("confidential/marker", 3, 12, 27)
    text_report = invoke("check", "--profile", "norsjo", path).stdout
    assert text_report.startswith(f"{path}:3:12: fel confidential/marker")
    assert "    3 | Ärendet är sekretessbelagt." in text_report


def test_front_matter_in_a_word_draft(tmp_path):
    path = make_docx(tmp_path, paragraphs=["---", "profile: Norsjö", "---", "Ärendet är sekretessbelagt."])
    result = invoke("check", "--lang", "en", "-f", "json", path)
    (finding,) = json.loads(result.stdout)["files"][0]["findings"]
    assert (finding["line"], finding["column"]) == (4, 12)
    assert finding["message"].startswith('The marker "sekretessbelagt"')


def test_folder_scan_includes_docx(tmp_path):
    make_docx(tmp_path, "b.docx", ["Asia on salassa pidettävä."])
    (tmp_path / "a.txt").write_text("Hej!\n", encoding="utf-8")
    (tmp_path / "c.doc").write_bytes(b"\xd0\xcf\x11\xe0")  # old Word format: not scanned
    result = invoke("check", "-f", "json", str(tmp_path))
    files = json.loads(result.stdout)["files"]
    assert [f["path"] for f in files] == [str(tmp_path / "a.txt"), str(tmp_path / "b.docx")]
    assert files[1]["findings"][0]["rule"] == "confidential/marker"


def test_docx_on_stdin(tmp_path):
    path = make_docx(tmp_path, paragraphs=["Ärendet är sekretessbelagt."])
    with open(path, "rb") as handle:
        data = handle.read()
    result = CliRunner().invoke(app, ["check", "--profile", "norsjo", "-"], input=data)
    assert result.exit_code == 1
    assert result.stdout.startswith("<stdin>:1:12: fel confidential/marker")


def test_redact_and_strip_read_docx(tmp_path):
    path = make_docx(tmp_path, paragraphs=["---", "profile: vimmerby", "---", "Ring mig på 070-123 45 67.", "<!-- kommunlint-disable-next-line -- ok -->", "Hej då."])
    redacted = invoke("redact", path)
    assert redacted.exit_code == 0
    assert "Ring mig på [telefonnummer].\n" in redacted.stdout and "070-123" not in redacted.stdout
    stripped = invoke("strip", path)
    assert stripped.stdout == "Ring mig på 070-123 45 67.\nHej då.\n"
    in_place = invoke("redact", "--in-place", "--lang", "en", path)
    assert in_place.exit_code == 2
    assert in_place.stderr == f"kommunlint: {path}: --in-place cannot rewrite a .docx; without it the redacted text is printed\n"


@pytest.mark.parametrize("data", [b"not a zip at all, just text", b"PK\x03\x04broken"])
def test_bad_docx_is_one_line_exit_2(tmp_path, data):
    path = tmp_path / "trasig.docx"
    path.write_bytes(data)
    result = invoke("check", str(path))
    assert result.exit_code == 2
    assert result.stderr == f"kommunlint: {path}: kan inte läsas (inte ett Word-dokument (.docx) eller skadat)\n"
    assert "Traceback" not in result.stdout + result.stderr


def test_zip_that_is_not_word(tmp_path):
    import zipfile

    path = tmp_path / "arkiv.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hej")
    result = invoke("check", "--lang", "fi", str(path))
    assert result.exit_code == 2
    assert result.stderr == f"kommunlint: {path}: ei voi lukea (ei Word-asiakirja (.docx) tai vioittunut)\n"


# -- the page's file upload ---------------------------------------------------------------
def test_api_extract(tmp_path):
    pytest.importorskip("httpx")
    from starlette.testclient import TestClient

    from kommunlint.web.app import create_app

    path = make_docx(tmp_path, paragraphs=["Hei!", "Asia on salassa pidettävä."])
    with TestClient(create_app()) as client, open(path, "rb") as handle:
        ok = client.post("/api/extract", content=handle.read(), headers={"Content-Type": "application/octet-stream"})
        assert ok.json() == {"text": "Hei!\nAsia on salassa pidettävä.\n"}
        bad = client.post("/api/extract", content=b"plain text", headers={"Accept-Language": "fi"})
        assert bad.status_code == 415
        assert bad.json() == {"error": "Tiedostotyyppiä ei voi avata; käytä muotoa .txt, .md tai .docx."}


def test_folder_scan_skips_words_lock_file(tmp_path):
    """Word keeps "~$name.docx" beside an open draft; it is no draft and must not stop the run."""
    from kommunlint.runner import iter_paths

    (tmp_path / "utkast.txt").write_text("Välkommen till biblioteket.\n", encoding="utf-8")
    (tmp_path / "~$utkast.docx").write_bytes(b"\x0bAnna Berg" + b"\x00" * 150)
    assert [str(p) for p in iter_paths([str(tmp_path)])] == [str(tmp_path / "utkast.txt")]
