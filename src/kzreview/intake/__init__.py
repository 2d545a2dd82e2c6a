"""Intake: a complaint file (bytes or path, any of .txt .docx .pdf .png .jpg .tif) to plain text.

Takes the raw file and its name; produces :class:`DocumentText` (the text, per-page texts, how it was
read — ``txt``, ``docx``, ``pdf-text``, ``pdf-ocr``, ``image-ocr`` — and warnings).  Every problem a user
can cause (empty, too large, broken, encrypted, unknown kind, OCR not installed) is an
:class:`IntakeError`, a :class:`kzreview.errors.KzReviewError` that names the file and the problem.

Must not import :mod:`kzreview.cli`, :mod:`kzreview.api`, :mod:`kzreview.web` or :mod:`kzreview.analysis`.
"""

from kzreview.intake.errors import (
    BrokenFile,
    EmptyFile,
    EncryptedFile,
    FileTooLarge,
    IntakeError,
    NoTextFound,
    OcrUnavailable,
    UnsupportedFormat,
)
from kzreview.intake.model import DocumentText, SourceKind
from kzreview.intake.reader import DEFAULT_MAX_BYTES, max_bytes_from_env, read_document

__all__ = [
    "DEFAULT_MAX_BYTES",
    "BrokenFile",
    "DocumentText",
    "EmptyFile",
    "EncryptedFile",
    "FileTooLarge",
    "IntakeError",
    "NoTextFound",
    "OcrUnavailable",
    "SourceKind",
    "UnsupportedFormat",
    "max_bytes_from_env",
    "read_document",
]
