"""``POST /api/v1/analyze``: upload a complaint (multipart field ``file``), get its analysis (CONTRACT.md §5).

The upload is read in chunks and refused with 413 as soon as it passes the size limit
(``KZREVIEW_MAX_FILE_MB``, 20 MB by default) — a 200 MB file is never held in memory.  A file that
cannot be read is 422 with a message naming it; a scan without OCR installed is 503.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, HTTPException, UploadFile
from starlette.concurrency import run_in_threadpool

from kzreview.analysis import Analysis, analyze
from kzreview.errors import KzReviewError
from kzreview.intake import FileTooLarge, max_bytes_from_env, read_document

router = APIRouter(tags=["analysis"])
CHUNK = 1024 * 1024


async def _read_limited(upload: UploadFile, limit: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    while chunk := await upload.read(CHUNK):
        size += len(chunk)
        if size > limit:
            raise FileTooLarge(upload.filename or "upload", None, limit)
        parts.append(chunk)
    return b"".join(parts)


def _run(data: bytes, filename: str, limit: int) -> Analysis:
    return analyze(read_document(data, filename, max_bytes=limit))


@router.post(
    "/api/v1/analyze",
    response_model=Analysis,
    summary="Analyse a complaint: contents, grounds, improper language, findings, triage facts",
    responses={
        413: {"description": "file too large"},
        422: {"description": "the file cannot be read"},
        503: {"description": "a scan, and OCR is not installed"},
    },
)
async def analyze_upload(
    file: Annotated[UploadFile, File(description="The complaint: .txt, .docx, .pdf, .png, .jpg, .tif")],
) -> Analysis:
    limit = max_bytes_from_env()
    try:
        data = await _read_limited(file, limit)
        return await run_in_threadpool(_run, data, file.filename or "upload", limit)
    except KzReviewError as err:
        raise HTTPException(status_code=err.http_status, detail=err.message) from None
