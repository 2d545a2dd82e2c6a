"""PDF files: the text layer page by page (PDFium); pages without one are rasterised and OCR'd."""

from __future__ import annotations

import io

from kzreview.intake.errors import BrokenFile, EncryptedFile, IntakeError
from kzreview.intake.model import SourceKind
from kzreview.intake.ocr import recognise_png, require_ocr

MIN_LETTERS = 20  # fewer letters than this on a page: treat it as a scan
OCR_DPI = 250
MAX_OCR_PAGES = 40


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def read_pdf(data: bytes, filename: str) -> tuple[list[str], SourceKind, list[str]]:
    """``(pages, kind, warnings)``; kind is ``pdf-text`` or, when any page needed OCR, ``pdf-ocr``."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped,unused-ignore]

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        if "password" in str(err).lower():
            raise EncryptedFile(filename) from None
        raise BrokenFile(filename, "PDF", str(err)) from None
    warnings: list[str] = []
    try:
        pages: list[str] = []
        scanned: list[int] = []
        for index in range(len(pdf)):
            page = pdf[index]
            text = page.get_textpage().get_text_bounded()
            pages.append(text if _letters(text) >= MIN_LETTERS else "")
            if _letters(text) < MIN_LETTERS:
                scanned.append(index)
        if not pages:
            raise BrokenFile(filename, "PDF", "it has no pages")
        if scanned:
            binary = require_ocr(filename)
            if len(scanned) > MAX_OCR_PAGES:
                raise IntakeError(
                    filename,
                    f"{len(scanned)} scanned pages; OCR is limited to {MAX_OCR_PAGES} pages per file",
                )
            for index in scanned:
                image = pdf[index].render(scale=OCR_DPI / 72, grayscale=True).to_pil()
                buf = io.BytesIO()
                image.save(buf, "PNG")
                pages[index] = recognise_png(buf.getvalue(), filename, binary)
                if _letters(pages[index]) == 0:
                    warnings.append(f"page {index + 1}: no text recognised")
            warnings.append(
                "recognised by OCR (Tesseract rus+kaz), check names and numbers: pages "
                + ", ".join(str(i + 1) for i in scanned)
            )
    finally:
        pdf.close()
    return pages, ("pdf-ocr" if scanned else "pdf-text"), warnings
