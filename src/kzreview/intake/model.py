"""The text of a filing as read from its file."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

SourceKind = Literal["txt", "docx", "pdf-text", "pdf-ocr", "image-ocr"]


class DocumentText(BaseModel):
    """What a file says, page by page.

    ``text`` is the pages joined by a blank line; offsets reported by the analysis are offsets into it.
    ``pages`` has one entry for a text or Word file.  ``warnings`` are things the reader had to guess
    or could not read (an encoding guessed, a page recognised by OCR, an empty page).
    """

    filename: str
    kind: SourceKind
    text: str
    pages: list[str]
    warnings: list[str] = Field(default_factory=list)
    encoding: str | None = Field(default=None, description="for txt: the encoding detected")

    @classmethod
    def from_pages(
        cls,
        filename: str,
        kind: SourceKind,
        pages: list[str],
        warnings: list[str] | None = None,
        encoding: str | None = None,
    ) -> DocumentText:
        clean = [normalise(p) for p in pages]
        return cls(
            filename=filename,
            kind=kind,
            text="\n\n".join(clean),
            pages=clean,
            warnings=warnings or [],
            encoding=encoding,
        )


def normalise(text: str) -> str:
    """Unix line ends, no NULs or BOM, non-breaking spaces as spaces, no trailing blanks on lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "").replace("\x00", "")
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\f", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
