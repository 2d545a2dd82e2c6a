"""``read_document``: one entry point for every kind of complaint file, with a size limit."""

from __future__ import annotations

import os
from pathlib import Path

from kzreview.intake.decode import decode_text
from kzreview.intake.docx_reader import read_docx
from kzreview.intake.errors import (
    BrokenFile,
    EmptyFile,
    FileTooLarge,
    NoTextFound,
    UnsupportedFormat,
)
from kzreview.intake.model import DocumentText
from kzreview.intake.ocr import image_pages_to_png, recognise_png, require_ocr
from kzreview.intake.pdf_reader import read_pdf

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

TEXT_EXT = {".txt", ".text"}
IMAGE_EXT = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}
# extensions people try: say what to do instead of "unsupported"
HINTS = {
    ".doc": "an old binary Word .doc file; save it as .docx",
    ".rtf": "an RTF file; save it as .docx or .pdf",
    ".odt": "an OpenDocument .odt file; save it as .docx or .pdf",
    ".heic": "a HEIC photo; save it as .jpg or .png",
}


def max_bytes_from_env() -> int:
    """The size limit: ``$KZREVIEW_MAX_FILE_MB`` megabytes, 20 by default."""
    raw = os.environ.get("KZREVIEW_MAX_FILE_MB")
    try:
        return int(float(raw) * 1024 * 1024) if raw else DEFAULT_MAX_BYTES
    except ValueError:
        return DEFAULT_MAX_BYTES


def _sniff(data: bytes) -> str | None:
    """The format the first bytes announce, whatever the file is called."""
    if data.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return ".pdf"
    if data.startswith(b"PK\x03\x04"):
        return ".docx"
    if data.startswith(b"\x89PNG"):
        return ".png"
    if data.startswith(b"\xff\xd8\xff"):
        return ".jpg"
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return ".tif"
    return None


def _check_text(text: str, filename: str) -> None:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if text and controls / len(text) > 0.05:
        raise BrokenFile(filename, "text", "it contains binary data")


def read_document(
    source: str | os.PathLike[str] | bytes,
    filename: str | None = None,
    *,
    max_bytes: int | None = None,
) -> DocumentText:
    """Read a complaint from a path or from bytes (then ``filename`` gives the kind by its extension).

    >>> read_document("Апелляционная жалоба".encode("cp1251"), "a.txt").text
    'Апелляционная жалоба'
    """
    limit = max_bytes if max_bytes is not None else max_bytes_from_env()
    if isinstance(source, bytes):
        name = filename or "upload"
        if len(source) > limit:
            raise FileTooLarge(name, len(source), limit)
        data = source
    else:
        path = Path(source)
        name = filename or path.name
        try:
            size = path.stat().st_size
        except OSError as err:
            raise BrokenFile(name, "input", f"cannot open it: {err.strerror or err}") from None
        if path.is_dir():
            raise UnsupportedFormat(name, "a folder, not a file")
        if size > limit:
            raise FileTooLarge(name, size, limit)
        data = path.read_bytes()
    if not data:
        raise EmptyFile(name)

    ext = Path(name).suffix.lower()
    sniffed = _sniff(data)
    warnings: list[str] = []
    if ext in HINTS:
        raise UnsupportedFormat(name, HINTS[ext])
    if ext == "":
        ext = sniffed or ".txt"
    elif ext not in TEXT_EXT | IMAGE_EXT | {".pdf", ".docx"}:
        raise UnsupportedFormat(name, f"unknown file type {ext!r}")
    elif sniffed and sniffed != ext and not (ext in IMAGE_EXT and sniffed in IMAGE_EXT):
        if ext in TEXT_EXT:
            warnings.append(f"named {ext} but the content is {sniffed}; read as {sniffed}")
            ext = sniffed
        else:
            raise BrokenFile(name, ext.lstrip(".").upper(), f"the content is a {sniffed} file")

    if ext in TEXT_EXT:
        text, encoding, warns = decode_text(data)
        _check_text(text, name)
        doc = DocumentText.from_pages(name, "txt", [text], warnings + warns, encoding)
    elif ext == ".docx":
        doc = DocumentText.from_pages(name, "docx", read_docx(data, name), warnings)
    elif ext == ".pdf":
        if sniffed != ".pdf":
            raise BrokenFile(name, "PDF", "it does not start with a PDF header")
        pages, kind, warns = read_pdf(data, name)
        doc = DocumentText.from_pages(name, kind, pages, warnings + warns)
    else:
        binary = require_ocr(name)
        pages = [recognise_png(png, name, binary) for png in image_pages_to_png(data, name)]
        warns = ["recognised by OCR (Tesseract rus+kaz), check names and numbers"]
        doc = DocumentText.from_pages(name, "image-ocr", pages, warnings + warns)
    if not any(ch.isalpha() for ch in doc.text):
        raise NoTextFound(
            name, "the file has no letters" if doc.kind in ("txt", "docx") else "OCR found no letters"
        )
    return doc
