"""Rules as data, compiled: what a rule file entry becomes after loading and validation.

A :class:`Rule` is one provision (or one reading of a provision by the resolution): an id, the
provision it encodes, its conditions, its consequence, typed citations, a validity interval and
Russian and Kazakh explanation templates.  Rules with the same id are versions of one rule over
non-overlapping intervals (e.g. УПК 484.2.1 until 30.06.2027 and from 01.07.2027).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from kzreview.citations.model import Citation
from kzreview.domain.enums import Actor, Form, Outcome
from kzreview.domain.filing import Filing
from kzreview.rules.predicates.registry import Bound

ReasonKind = Literal["admissible", "defect", "withdrawal", "leave", "limit", "note", "none"]
Stage = Literal["admissibility", "consequences"]


@dataclass(frozen=True, slots=True)
class DeadlineSpec:
    """A period that starts running on a known event: ``amount unit`` from the date at ``start``."""

    code: str
    amount: int
    unit: Literal["sutki", "months", "years"]
    start: str
    start_date: Callable[[Filing], date | None]
    event_ru: str
    event_kk: str
    sets_due: bool = False
    need_if_missing: bool = False


@dataclass(frozen=True, slots=True)
class BenchSpec:
    judges: int
    collegial: bool


@dataclass(frozen=True, slots=True)
class Effect:
    """What a rule does when it wins: a reason of some kind, and possibly a deadline, a bench, a defender ground."""

    reason: ReasonKind = "none"
    return_item: str | None = None
    deadline: DeadlineSpec | None = None
    bench: BenchSpec | None = None
    defender_item: str | None = None


@dataclass(frozen=True, slots=True, eq=False)
class Rule:
    """One version of a rule; compared and hashed by identity (each loaded version is one object)."""

    id: str
    title_ru: str
    title_kk: str
    provision: Citation
    group: str
    question: str | None
    conclusion: str | None
    when: tuple[Bound, ...]
    exception_to: tuple[str, ...]
    effect: Effect
    citations: tuple[Citation, ...]
    text_ru: str
    text_kk: str
    valid_from: date
    valid_to: date | None
    path: str
    line: int | None
    reading: str = ""
    dated_changes: tuple[date, ...] = ()
    static_text: bool = False
    cites_short: str = ""

    @property
    def source(self) -> str:
        """``484.yaml:27`` — the rule file and line of this version."""
        return f"{self.path.rsplit('/', 1)[-1]}:{self.line}"

    def valid_on(self, d: date) -> bool:
        return self.valid_from <= d and (self.valid_to is None or d <= self.valid_to)


@dataclass(frozen=True, slots=True)
class Group:
    """Rules evaluated together; a *question* group must reach exactly one conclusion."""

    id: str
    stage: Stage
    values: tuple[str, ...] = ()
    required: bool = False
    title_ru: str = ""
    title_kk: str = ""

    @property
    def is_question(self) -> bool:
        return bool(self.values)


@dataclass(frozen=True, slots=True)
class OutcomeSpec:
    """How the court acts once the admissibility reasons are known (precedence: first match wins)."""

    id: str
    on_reason: ReasonKind | None
    outcome: Outcome
    form: Form | None
    by: Actor | None
    citations: tuple[Citation, ...]


@dataclass(frozen=True, eq=False)
class Model:
    """Everything loaded from one rule folder: groups, outcomes, rules (all versions), coverage notes.

    ``coverage[doc][para]`` says why a paragraph of a resolution is implemented by no rule.
    """

    instance: str
    valid_from: date
    before_message: str
    groups: tuple[Group, ...]
    outcomes: tuple[OutcomeSpec, ...]
    rules: tuple[Rule, ...]
    coverage: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    dated_changes: tuple[date, ...] = ()

    def rule_versions(self, rule_id: str) -> list[Rule]:
        return [r for r in self.rules if r.id == rule_id]
