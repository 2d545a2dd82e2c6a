"""Errors of the domain stage: a filing that is malformed, contradictory or outside the modelled law.

All are :class:`kzreview.errors.KzReviewError` subclasses, so the CLI exits 2 and the API answers 422
with the message, which names the field, the value and what is allowed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kzreview.errors import InvalidValue, KzReviewError


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: ``field``, the ``value`` given, and ``message`` for the user."""

    field: str
    value: object
    message: str
    allowed: str = ""

    @classmethod
    def not_allowed(cls, field: str, value: object, allowed: str) -> Problem:
        return cls(field, value, f"{field}: {value!r} is not allowed; allowed: {allowed}", allowed)


class InvalidFiling(InvalidValue):
    """The filing does not validate: every problem found is listed, one per line."""

    http_status = 422

    def __init__(self, problems: list[Problem]) -> None:
        if not problems:
            raise ValueError("InvalidFiling needs at least one problem")
        first = problems[0]
        KzReviewError.__init__(self, "\n".join(p.message for p in problems))
        self.field = first.field
        self.value = first.value
        self.allowed = first.allowed
        self.problems = problems


class ContradictoryFacts(InvalidFiling):
    """Fields that cannot all be true at once (``received_on 2025-08-01 is before filed_on 2025-08-05``)."""


class UnsupportedLaw(KzReviewError):
    """The law in force on the date asked is not the one this version models."""

    http_status = 422

    def __init__(self, field: str, value: date, message: str) -> None:
        super().__init__(f"{field} {value.isoformat()}: {message}")
        self.field = field
        self.value = value


class UnsupportedInstance(KzReviewError):
    """A filing this triage does not cover (the appeal triage is a separate stage)."""

    http_status = 422

    def __init__(self, field: str, value: object, allowed: str) -> None:
        super().__init__(f"{field}: {value!r} is not handled by this triage; handled: {allowed}")
        self.field = field
        self.value = value
