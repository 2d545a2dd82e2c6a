"""The bridge to :mod:`kzreview.calendar`: every due date of the rules is computed there (УПК 48, 49).

Nothing here counts days: it calls :func:`kzreview.calendar.due` and :func:`~kzreview.calendar.check_filing`
and memoises the answers (the same act dates recur across filings, and a due date is a pure function
of its start, its period and the bundled working calendar).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from kzreview.calendar import Deadline, FilingCheck, Period, Unit, Via, check_filing, due

UNIT_RU = {"sutki": "сутки", "days": "дни", "hours": "часы", "months": "месяцы", "years": "годы"}


@lru_cache(maxsize=65_536)
def deadline(start: date, amount: int, unit: Unit) -> Deadline:
    """The deadline of ``amount`` ``unit`` running from the event on ``start`` (УПК 48)."""
    return due(start, Period(amount, unit))


@lru_cache(maxsize=65_536)
def filing_check(filed_on: date, start: date, amount: int, unit: Unit, via: Via) -> FilingCheck:
    """Whether a document handed in on ``filed_on`` through ``via`` met the period (УПК 49.1)."""
    return check_filing(filed_on, deadline(start, amount, unit), via=via)


def period_label(amount: int, unit: str) -> str:
    """``3 sutki``, ``6 months`` — the period as data (the texts use the calendar's own wording)."""
    return f"{amount} {unit}"
