"""The dates this package answers for, and the check that names a date outside them."""

from __future__ import annotations

from datetime import date, datetime

from kzreview.errors import InvalidValue

#: The ``holidays`` package moves holidays that fall on a weekend (Law on holidays) from 2002 on.
FIRST_DAY = date(2002, 1, 1)
#: Far enough for a one-year term from any plausible act; Islamic dates beyond are estimates anyway.
LAST_DAY = date(2099, 12, 31)
#: УПК РК No. 231-V of 04.07.2014 is in force from 01.01.2015: periods start on or after this day.
CODE_IN_FORCE = date(2015, 1, 1)


def check_day(field: str, value: object, *, first: date = FIRST_DAY, last: date = LAST_DAY) -> date:
    """Return ``value`` as a ``date`` if it is one within ``first..last``; else raise ``InvalidValue``.

    A ``datetime`` is accepted and reduced to its day (the day on which the event happened).
    """
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        raise InvalidValue(
            field, value, f"a date (YYYY-MM-DD) from {first.isoformat()} to {last.isoformat()}"
        )
    if not first <= value <= last:
        raise InvalidValue(field, value.isoformat(), f"a date from {first.isoformat()} to {last.isoformat()}")
    return value
