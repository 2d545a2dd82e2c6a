"""Optical character recognition of scanned pages with Tesseract (``-l rus+kaz``), run as a subprocess.

The binary is ``$KZREVIEW_TESSERACT`` or ``tesseract`` on ``PATH``; the Russian and Kazakh models must
be installed (Debian: tesseract-ocr-rus, tesseract-ocr-kaz).  When either is missing the caller gets
:class:`OcrUnavailable` — never an empty text that would be analysed as an empty complaint.
"""

from __future__ import annotations

import functools
import io
import os
import shutil
import subprocess

from kzreview.intake.errors import BrokenFile, OcrUnavailable

LANGS = ("rus", "kaz")
TIMEOUT_S = 180


def tesseract_binary() -> str | None:
    return os.environ.get("KZREVIEW_TESSERACT") or shutil.which("tesseract")


@functools.lru_cache(maxsize=4)
def installed_languages(binary: str) -> frozenset[str]:
    """The models ``tesseract --list-langs`` reports (empty when the binary does not run)."""
    try:
        done = subprocess.run(
            [binary, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (done.stdout + "\n" + done.stderr).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and " " not in line.strip())


def require_ocr(filename: str) -> str:
    """The Tesseract binary to use, or :class:`OcrUnavailable` saying what is missing."""
    binary = tesseract_binary()
    if binary is None:
        raise OcrUnavailable(filename, "the tesseract program is not installed")
    missing = [lang for lang in LANGS if lang not in installed_languages(binary)]
    if missing:
        raise OcrUnavailable(
            filename, f"the Tesseract language model(s) {', '.join(missing)} are not installed"
        )
    return binary


def recognise_png(png: bytes, filename: str, binary: str) -> str:
    """The text Tesseract reads on one page image (PNG bytes)."""
    try:
        done = subprocess.run(
            [binary, "stdin", "stdout", "-l", "+".join(LANGS), "--psm", "3"],
            input=png,
            capture_output=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BrokenFile(filename, "scanned", f"OCR took longer than {TIMEOUT_S} s on one page") from None
    except OSError as err:
        raise OcrUnavailable(filename, f"tesseract could not be started ({err})") from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise BrokenFile(filename, "image", f"tesseract failed: {detail[-1] if detail else done.returncode}")
    return done.stdout.decode("utf-8", errors="replace")


def image_pages_to_png(data: bytes, filename: str) -> list[bytes]:
    """Every frame of an image file (a TIFF may hold several pages) as a greyscale PNG."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            frames = []
            for frame in ImageSequence.Iterator(img):
                buf = io.BytesIO()
                frame.convert("L").save(buf, "PNG")
                frames.append(buf.getvalue())
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, ValueError) as err:
        raise BrokenFile(filename, "image", f"{type(err).__name__}: {err}") from None
    return frames
