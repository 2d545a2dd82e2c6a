"""``POST /api/v1/triage``: the same object as ``kzreview triage`` (CONTRACT.md §3), the same answer.

The body is read and validated by :func:`kzreview.domain.parse_filing`, not by FastAPI, so bad input
answers 422 with the domain's own message: ``{"detail": "filer.role: 'judge' is not allowed; allowed: …"}``.
The OpenAPI document still describes the request body (the :class:`~kzreview.domain.Filing` schema).
"""

from __future__ import annotations

import json

from fastapi import APIRouter, HTTPException, Request

from kzreview.domain import Filing, TriageResult, parse_filing
from kzreview.errors import KzReviewError
from kzreview.rules import triage

router = APIRouter(tags=["triage"])


@router.post(
    "/api/v1/triage",
    response_model=TriageResult,
    summary="Decide what the cassation court does with a complaint, protest or submission",
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": Filing.model_json_schema()}},
        }
    },
    responses={422: {"description": "bad input: the field, the value and what is allowed"}},
)
async def post_triage(request: Request) -> TriageResult:
    raw = await request.body()
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise HTTPException(status_code=422, detail=f"body: not valid JSON ({err})") from None
    try:
        return triage(parse_filing(data))
    except KzReviewError as err:
        raise HTTPException(status_code=err.http_status, detail=err.message) from None
