"""What can go wrong reading a file: each error names the file, the problem and what to do."""

from __future__ import annotations

from kzreview.errors import KzReviewError


class IntakeError(KzReviewError):
    """A file that cannot be read as a complaint.  ``str(err)`` is ``"<file>: <problem>"``."""

    http_status = 422

    def __init__(self, filename: str, problem: str) -> None:
        super().__init__(f"{filename}: {problem}")
        self.filename = filename
        self.problem = problem


class EmptyFile(IntakeError):
    def __init__(self, filename: str) -> None:
        super().__init__(filename, "the file is empty (0 bytes)")


class FileTooLarge(IntakeError):
    http_status = 413

    def __init__(self, filename: str, size: int | None, limit: int) -> None:
        got = f"{size / 1_048_576:.1f} MB" if size is not None else f"more than {limit / 1_048_576:.0f} MB"
        super().__init__(
            filename,
            f"the file is too large ({got}); the limit is {limit / 1_048_576:.0f} MB "
            "(set KZREVIEW_MAX_FILE_MB to change it)",
        )
        self.size = size
        self.limit = limit


class UnsupportedFormat(IntakeError):
    def __init__(self, filename: str, what: str) -> None:
        super().__init__(
            filename, f"{what}; allowed: .txt, .docx, .pdf, and scans as .png, .jpg, .jpeg, .tif, .tiff"
        )


class BrokenFile(IntakeError):
    def __init__(self, filename: str, kind: str, detail: str) -> None:
        super().__init__(filename, f"not a readable {kind} file ({detail})")


class EncryptedFile(IntakeError):
    def __init__(self, filename: str) -> None:
        super().__init__(filename, "the PDF is password-protected; save it without a password and try again")


class NoTextFound(IntakeError):
    def __init__(self, filename: str, detail: str) -> None:
        super().__init__(filename, f"no text could be read ({detail})")


class OcrUnavailable(IntakeError):
    """The file is a scan and Tesseract (or its Russian/Kazakh models) is not installed."""

    http_status = 503

    def __init__(self, filename: str, detail: str) -> None:
        super().__init__(
            filename,
            f"the file is a scan and needs OCR, but {detail}; install it with: "
            "apt-get install tesseract-ocr tesseract-ocr-rus tesseract-ocr-kaz",
        )
