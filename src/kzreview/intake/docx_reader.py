"""Word documents (.docx): paragraphs and tables in the order they stand in the body."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from kzreview.intake.errors import BrokenFile, EncryptedFile

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _block_texts(element: object) -> Iterator[str]:
    """Paragraph texts of a body or a table cell, tables read row by row, cells left to right."""
    for child in element.iterchildren():  # type: ignore[attr-defined]
        tag = child.tag
        if tag == f"{_W}p":
            yield _paragraph_text(child)
        elif tag == f"{_W}tbl":
            for row in child.iterchildren(f"{_W}tr"):
                for cell in row.iterchildren(f"{_W}tc"):
                    yield from _block_texts(cell)
        elif tag == f"{_W}sdt":  # content controls (form fields in court templates)
            for content in child.iterchildren(f"{_W}sdtContent"):
                yield from _block_texts(content)


def _paragraph_text(paragraph: object) -> str:
    parts: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):  # type: ignore[attr-defined]
        if node.tag == f"{_W}t":
            parts.append(node.text or "")
        else:
            parts.append("\t" if node.tag == f"{_W}tab" else "\n")
    return "".join(parts)


def read_docx(data: bytes, filename: str) -> list[str]:
    """The document as one page of text."""
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        # an OLE container: an old .doc renamed, or a password-protected .docx
        raise (
            EncryptedFile(filename)
            if b"E\x00n\x00c\x00r\x00y\x00p\x00t" in data[:65536]
            else BrokenFile(filename, "DOCX", "this is an old binary Word .doc; save it as .docx")
        )
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        document = docx.Document(io.BytesIO(data))
        lines = list(_block_texts(document.element.body))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError) as err:
        raise BrokenFile(filename, "DOCX", f"{type(err).__name__}: {err}") from None
    except Exception as err:  # lxml syntax errors inside the package and the like
        raise BrokenFile(filename, "DOCX", f"{type(err).__name__}: {err}") from None
    return ["\n".join(lines)]
