"""What the analysis of a complaint produces (CONTRACT.md §5), as typed objects."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

from kzreview.citations.model import Citation, CitationMatch
from kzreview.domain.filing import Contents

#: The contents keys of CONTRACT.md §3, in the order of УПК 423.1 / 488.1 and НП P250000001S п.7, п.8.
ELEMENT_KEYS: tuple[str, ...] = tuple(Contents.model_fields)
#: Keys whose presence is a defect.
DEFECT_KEYS: frozenset[str] = frozenset({"improper_language", "irrelevant_matter", "addressed_to_other_body"})

Severity = Literal["error", "warning", "info"]


class Element(BaseModel):
    """One contents requirement: is it there, and the text that shows it (offsets into ``text``)."""

    present: bool
    evidence: str | None = None
    start: int | None = None
    end: int | None = None


class Span(BaseModel):
    text: str
    start: int
    end: int


class ImproperSpan(Span):
    kind: Literal["insult", "obscene", "incorrect"] = "insult"
    lemma: str | None = None


class IrrelevantSpan(Span):
    topic: str


class GroundDetail(BaseModel):
    """A ground of review the filing cites or describes, checked against the law."""

    ground: str = Field(description='"485.1.3"; for a provision that does not exist, what was written')
    how: Literal["cited", "inferred"]
    status: Literal["ok", "not_in_law", "repealed", "wrong_instance", "not_for_document", "no_item"]
    text: str
    start: int
    end: int
    label_ru: str | None = None
    label_kk: str | None = None


class Finding(BaseModel):
    code: str
    severity: Severity
    text_ru: str
    text_kk: str
    citations: list[Citation]
    element: str | None = None


class SourceInfo(BaseModel):
    filename: str
    kind: str
    pages: int
    chars: int
    warnings: list[str]


class Analysis(BaseModel):
    """CONTRACT.md §5 fields first; the rest explains them."""

    language: Literal["ru", "kk"]
    instance: Literal["appeal", "cassation"] | None
    elements: dict[str, Element]
    citations: list[CitationMatch]
    grounds: list[str]
    improper_language: list[ImproperSpan]
    findings: list[Finding]
    suggested_triage: dict[str, Any]
    document: str | None = Field(
        default=None, description="complaint | private_complaint | prosecutor_motion | protest | submission"
    )
    mixed: bool = False
    kk_share: float = 0.0
    ground_details: list[GroundDetail] = Field(default_factory=list)
    irrelevant_matter: list[IrrelevantSpan] = Field(default_factory=list)
    only_retroactivity_or_amnesty: bool = False
    source: SourceInfo | None = None
    citation_extractor: str = "simple"
