"""Word drafts (``.docx``) as text: one line per paragraph.

Comms officers write drafts in Word. :func:`docx_text` turns a ``.docx`` file into the
text kommunlint checks, so that a finding's *line* is the paragraph's number (1-based,
empty paragraphs counted) and its *column* the code point in that paragraph:

- each ``w:p`` of the body is one line, in document order; a table gives one line per
  paragraph of each cell, row by row;
- text is the ``w:t`` of runs, also inside hyperlinks, fields, content controls and
  **tracked insertions** (``w:ins``: they are part of the draft as it now reads);
- **tracked deletions** (``w:del`` with ``w:delText``), the source of tracked moves
  (``w:moveFrom``), field codes (``w:instrText``) and **comments** (kept in
  ``word/comments.xml``, referenced by ``w:commentReference``) are not text;
- ``w:tab`` is a tab; a soft line break (``w:br``, ``w:cr``) is a space, so that lines
  stay paragraphs; a non-breaking hyphen is ``-``;
- text boxes and drawings are skipped (Word stores them twice, and they are rarely
  part of a post).

The file is opened with python-docx (which validates the package); the paragraph XML
is walked here because python-docx's ``Paragraph.text`` leaves out runs inside
``w:ins``.
"""

from __future__ import annotations

import io

from .errors import InputError

#: ``word/document.xml`` larger than this (uncompressed, bytes) is refused: 64 MiB.
MAX_DOCUMENT_XML = 64 * 1024 * 1024

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: Elements whose whole subtree is not draft text.
_SKIP = {
    W + "del", W + "moveFrom", W + "instrText", W + "delText", W + "delInstrText",
    W + "drawing", W + "pict", W + "object", W + "txbxContent", W + "footnoteReference",
    W + "endnoteReference", W + "commentReference", W + "rPr", W + "pPr", MC + "AlternateContent",
}


class DocxError(InputError):
    """A ``.docx`` file that cannot be read (not a Word document, damaged, too large).

    An :class:`~kommunlint.errors.InputError` with the ``cannot-read`` message, so it is
    one line naming the file (exit code 2) like any unreadable post.
    """


def _reason(key: str):
    """The reason as a text key, rendered in the language the error is printed in."""
    from .errors import Localised

    return Localised(key)


def _paragraph_text(p) -> str:
    out: list[str] = []

    def walk(element) -> None:
        for child in element:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == W + "t":
                out.append(child.text or "")
            elif tag == W + "tab" or tag == W + "ptab":
                out.append("\t")
            elif tag in (W + "br", W + "cr"):
                out.append(" ")
            elif tag == W + "noBreakHyphen":
                out.append("-")
            elif tag == W + "softHyphen":
                continue
            elif tag == W + "sym":
                continue
            else:
                walk(child)

    walk(p)
    return "".join(out)


def _blocks(parent):
    """Paragraph elements of ``parent`` (body or table cell) in order, tables flattened."""
    for child in parent:
        tag = child.tag
        if tag == W + "p":
            yield child
        elif tag == W + "tbl":
            for row in child.iter(W + "tr"):
                for cell in row.iter(W + "tc"):
                    yield from _blocks(cell)
        elif tag == W + "sdt":  # a content control around block content
            content = child.find(W + "sdtContent")
            if content is not None:
                yield from _blocks(content)
        elif tag in (W + "ins", W + "customXml"):
            yield from _blocks(child)


def docx_text(data: bytes, path: str) -> str:
    """The text of the ``.docx`` file ``data`` (named ``path`` in errors): one line per
    paragraph, joined with ``\\n``, ending in ``\\n`` unless empty.

    Raises :class:`DocxError` when ``data`` is not a Word document, is damaged, or its
    main part is larger than :data:`MAX_DOCUMENT_XML`.
    """
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCUMENT_XML:
                raise DocxError("cannot-read", path, reason=_reason("docx-too-large"))
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise DocxError("cannot-read", path, reason=_reason("docx-invalid")) from None
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - python-docx raises many kinds for a damaged package
        raise DocxError("cannot-read", path, reason=_reason("docx-invalid")) from None
    lines = [_paragraph_text(p) for p in _blocks(document.element.body)]
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""

