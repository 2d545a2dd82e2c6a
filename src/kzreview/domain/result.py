"""The answer of a triage (CONTRACT.md §3 output), plus what a reader needs to check it line by line.

Contract fields: ``outcome, form, by, due, reasons, deadlines, bench, law_as_of``.  Extensions:
``provisional`` (some fact a rule needs is missing), ``needs`` (those facts and the rules that need
them), ``pending_deadlines`` (periods whose starting event has not happened or is not given),
``defender`` (УПК 495 → 67.1), ``notes`` (dated changes, readings of the law, related routes) and
``trace`` (every rule that fired, was defeated by an exception, or could not be decided).
"""

from __future__ import annotations

from datetime import date
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from kzreview.citations.model import Citation
from kzreview.domain.enums import Actor, Form, Outcome

ReasonKind = Literal["admissible", "defect", "withdrawal", "leave", "limit"]
_M = TypeVar("_M", bound=BaseModel)


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True)


class Reason(_Out):
    """Why the outcome is what it is; ``code`` is the id of the rule that gave it."""

    code: str
    text_ru: str
    text_kk: str
    citations: list[Citation]
    kind: ReasonKind = Field(description="extension: admissible, defect, withdrawal, leave, limit")
    return_item: str | None = Field(default=None, description="extension: the item of УПК 489.1, if any")


class Deadline(_Out):
    code: str
    due: date
    counted_from: date
    citations: list[Citation]
    period: str = Field(description="extension: «3 сутки», «6 months»")
    text_ru: str = ""
    text_kk: str = ""


class PendingDeadline(_Out):
    """A period the law sets whose starting event is not known yet (extension)."""

    code: str
    period: str
    counted_from_event: str
    citations: list[Citation]
    text_ru: str
    text_kk: str


class Bench(_Out):
    judges: int
    collegial: bool
    citations: list[Citation]
    odd: bool = Field(default=True, description="extension: the number of judges must be odd (УПК 52.3)")
    minimum: bool = Field(default=True, description="extension: ``judges`` is the minimum (УПК 52.3)")


class DefenderGround(_Out):
    item: str
    text_ru: str
    text_kk: str


class Defender(_Out):
    """Whether a defender must take part in the cassation hearing (УПК 495 → 67.1) — extension."""

    mandatory: bool | None
    grounds: list[DefenderGround]
    citations: list[Citation]
    text_ru: str
    text_kk: str


class Need(_Out):
    """A fact that was not given and that rules need: the field, the rules (first in ``rule``), their provisions.

    ``message``: «needs act.in_force_on to decide 487.2-in-time (УПК 487.2, УПК 48.4, УПК 49.1)».
    """

    field: str
    rule: str
    rules: list[str]
    message: str
    text_ru: str
    text_kk: str
    citations: list[Citation]


class Note(_Out):
    code: str
    text_ru: str
    text_kk: str
    citations: list[Citation]


class TraceStep(_Out):
    """One rule considered: ``fired``, ``defeated`` (by ``by``), or ``undetermined`` (missing facts)."""

    rule: str
    status: Literal["fired", "defeated", "undetermined"]
    question: str | None
    conclusion: str | None
    title_ru: str
    title_kk: str
    citations: list[Citation]
    by: list[str] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)


class TriageResult(_Out):
    """CONTRACT.md §3 output with extensions."""

    outcome: Outcome
    form: Form | None
    by: Actor | None
    due: date | None
    reasons: list[Reason]
    deadlines: list[Deadline]
    bench: Bench | None
    law_as_of: date
    provisional: bool = False
    needs: list[Need] = Field(default_factory=list)
    pending_deadlines: list[PendingDeadline] = Field(default_factory=list)
    defender: Defender | None = None
    notes: list[Note] = Field(default_factory=list)
    trace: list[TraceStep] = Field(default_factory=list)

    def contract_dict(self) -> dict[str, object]:
        """Only the fields of CONTRACT.md §3, JSON-ready."""
        full = self.model_dump(mode="json")
        keep = ("outcome", "form", "by", "due", "reasons", "deadlines", "bench", "law_as_of")
        return {k: full[k] for k in keep}


_setattr = object.__setattr__


def build(cls: type[_M], **values: object) -> _M:
    """Make a result object from values the rules produced themselves, without re-validating them.

    The same as ``cls.model_construct(**values)`` for these flat output models (no aliases, no
    validators), at a fraction of the cost; every field must be given.  A test checks that objects
    built this way equal validated ones.
    """
    m = cls.__new__(cls)
    _setattr(m, "__dict__", values)
    _setattr(m, "__pydantic_fields_set__", set(values))
    _setattr(m, "__pydantic_extra__", None)
    _setattr(m, "__pydantic_private__", None)
    return m
