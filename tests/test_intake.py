"""Reading complaint files: text encodings, Word, PDF text layers, scans, and every malformed case."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest

from kzreview.errors import KzReviewError
from kzreview.intake import (
    BrokenFile,
    EmptyFile,
    EncryptedFile,
    FileTooLarge,
    IntakeError,
    OcrUnavailable,
    UnsupportedFormat,
    read_document,
)
from kzreview.intake.decode import decode_text

CORPUS = Path(__file__).parent / "data" / "complaints"
BAD = CORPUS / "malformed"
needs_ocr = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")

TEXT = "Кассационная жалоба\nПрошу отменить приговор Акжарского районного суда.\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8_r", "cp866", "utf-16"])
def test_russian_text_in_any_usual_encoding(encoding: str) -> None:
    doc = read_document(TEXT.encode(encoding), "жалоба.txt")
    assert doc.kind == "txt"
    assert doc.text == TEXT.strip()


def test_kazakh_windows_code_page_is_detected() -> None:
    text = "Кассациялық шағым. Үкімнің күшін жойып, мені ақтауды сұраймын."
    decoded, encoding, warnings = decode_text(text.encode("kz1048"))
    assert decoded == text and encoding == "kz1048" and warnings


def test_cp1251_file_of_the_corpus() -> None:
    doc = read_document(CORPUS / "ru24_app_legalrep_cp1251.txt")
    assert doc.encoding == "cp1251" and "законного представителя" in doc.text
    assert "\r" not in doc.text
    assert any("cp1251" in w for w in doc.warnings)


def test_docx_paragraphs_and_tables_in_order() -> None:
    doc = read_document(CORPUS / "ru03_app_defender_complete.docx")
    assert doc.kind == "docx"
    # the header block of this file sits in a table cell (addressee at the top right)
    assert doc.text.index("В судебную коллегию") < doc.text.index("АПЕЛЛЯЦИОННАЯ ЖАЛОБА")
    assert "Кравченко Ольга Викторовна" in doc.text


def test_text_pdf_page_by_page() -> None:
    doc = read_document(CORPUS / "ru06_cass_victimrep_complete.pdf")
    assert doc.kind == "pdf-text" and len(doc.pages) == 2
    assert doc.text.startswith("В Кассационный суд по уголовным делам")
    assert doc.text.count("\n\n") >= 1


def test_bytes_and_path_give_the_same_text() -> None:
    path = CORPUS / "kk09_app_defender_wrong_language.docx"
    assert read_document(path.read_bytes(), path.name).text == read_document(path).text


@needs_ocr
def test_scanned_pdf_is_recognised() -> None:
    doc = read_document(CORPUS / "ru17_cass_convict_scan.pdf")
    assert doc.kind == "pdf-ocr"
    assert "КАССАЦИОННАЯ ЖАЛОБА" in doc.text and "485" in doc.text
    assert any("OCR" in w for w in doc.warnings)


@needs_ocr
def test_scanned_image_is_recognised() -> None:
    doc = read_document(CORPUS / "ru23_app_convict_scan.png")
    assert doc.kind == "image-ocr" and "АПЕЛЛЯЦИОННАЯ ЖАЛОБА" in doc.text


def test_scan_without_tesseract_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KZREVIEW_TESSERACT", "/nonexistent/tesseract")
    from kzreview.intake import ocr

    ocr.installed_languages.cache_clear()
    with pytest.raises(OcrUnavailable, match=r"ru23_app_convict_scan.png: .*tesseract-ocr-rus"):
        read_document(CORPUS / "ru23_app_convict_scan.png")


def test_scan_without_kazakh_model_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = tmp_path / "tesseract"
    fake.write_text("#!/bin/sh\necho 'List of available languages (2):'\necho eng\necho rus\n")
    fake.chmod(0o755)
    monkeypatch.setenv("KZREVIEW_TESSERACT", str(fake))
    from kzreview.intake import ocr

    ocr.installed_languages.cache_clear()
    with pytest.raises(OcrUnavailable, match="kaz are not installed"):
        read_document(CORPUS / "ru17_cass_convict_scan.pdf")


def test_zero_bytes() -> None:
    with pytest.raises(EmptyFile, match=r"empty\.docx: the file is empty"):
        read_document(b"", "empty.docx")


def test_zero_byte_path(tmp_path: Path) -> None:
    path = tmp_path / "пусто.txt"
    path.write_bytes(b"")
    with pytest.raises(EmptyFile, match=r"пусто\.txt"):
        read_document(path)


def test_broken_docx() -> None:
    with pytest.raises(BrokenFile, match=r"broken\.docx: not a readable DOCX file"):
        read_document(BAD / "broken.docx")


def test_docx_without_a_document_part() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "not a word document")
    with pytest.raises(BrokenFile, match="DOCX"):
        read_document(buf.getvalue(), "x.docx")


def test_old_doc_renamed_to_docx() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(BrokenFile, match="old binary Word"):
        read_document(ole, "жалоба.docx")


def test_encrypted_pdf() -> None:
    with pytest.raises(EncryptedFile, match=r"encrypted\.pdf: the PDF is password-protected"):
        read_document(BAD / "encrypted.pdf")


def test_text_named_pdf() -> None:
    with pytest.raises(BrokenFile, match=r"not_a_pdf\.pdf: not a readable PDF"):
        read_document(BAD / "not_a_pdf.pdf")


def test_truncated_pdf() -> None:
    data = (CORPUS / "ru09_app_prosecutor_motion.pdf").read_bytes()
    with pytest.raises(BrokenFile, match="PDF"):
        read_document(data[:300], "обрезан.pdf")


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("a.exe", "unknown file type"),
        ("a.doc", "save it as .docx"),
        ("a.rtf", "RTF"),
        ("a.odt", "OpenDocument"),
    ],
)
def test_unknown_or_unsupported_extension(name: str, hint: str) -> None:
    with pytest.raises(UnsupportedFormat, match=hint):
        read_document(b"data", name)


def test_oversize_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.pdf"
    with big.open("wb") as f:  # a sparse 200 MB file: no disk is used, nothing is read
        f.truncate(200 * 1024 * 1024)
    with pytest.raises(
        FileTooLarge, match=r"big\.pdf: the file is too large \(200\.0 MB\); the limit is 20 MB"
    ):
        read_document(big)


def test_size_limit_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KZREVIEW_MAX_FILE_MB", "0.001")
    with pytest.raises(FileTooLarge, match="limit is 0 MB"):
        read_document(b"x" * 2000, "a.txt")
    assert read_document(b"x" * 2000, "a.txt", max_bytes=5000).text


def test_binary_garbage_named_txt() -> None:
    with pytest.raises(BrokenFile, match="binary"):
        read_document(bytes(range(0, 32)) * 50, "a.txt")


def test_pdf_content_named_txt_is_read_as_pdf() -> None:
    data = (CORPUS / "ru09_app_prosecutor_motion.pdf").read_bytes()
    doc = read_document(data, "жалоба.txt")
    assert doc.kind == "pdf-text" and any("read as .pdf" in w for w in doc.warnings)


def test_missing_path() -> None:
    with pytest.raises(BrokenFile, match="cannot open"):
        read_document(Path("/nonexistent/жалоба.pdf"))


def test_every_intake_error_is_a_kzreview_error_with_the_file_name() -> None:
    for cls in (EmptyFile, BrokenFile, EncryptedFile, FileTooLarge, UnsupportedFormat, OcrUnavailable):
        assert issubclass(cls, IntakeError) and issubclass(cls, KzReviewError)
    try:
        read_document(b"", "имя.txt")
    except KzReviewError as err:
        assert str(err).startswith("имя.txt: ")
