"""Procedural time limits (УПК РК art. 48-49) on the Kazakhstan working calendar.

Takes dates and periods; produces due dates with the rule that set them.  Imports no other stage
(only :mod:`kzreview.citations.model` for the citation type and :mod:`kzreview.errors`).

    >>> from datetime import date
    >>> d = due(date(2026, 3, 6), Period(15, "sutki"))
    >>> d.last_day, d.due            # 21.03.2026 is Nauryz (and a Saturday): next working day
    (datetime.date(2026, 3, 21), datetime.date(2026, 3, 26))
    >>> filed_in_time(date(2026, 3, 26), d, via="post")
    True

Modules: :mod:`~kzreview.calendar.workdays` (the working calendar), :mod:`~.transfers` (the data file
of transfers of days off), :mod:`~.periods` (art. 48), :mod:`~.filing` (art. 49-50),
:mod:`~.explain` (Russian and Kazakh one-liners), :mod:`~.law` (the provisions and their text).
"""

from kzreview.calendar.filing import (
    AFTER_DEADLINE_NOTES,
    VIAS,
    FilingCheck,
    Note,
    Via,
    check_filing,
    filed_in_time,
)
from kzreview.calendar.law import PROVISIONS, Provision
from kzreview.calendar.periods import (
    MEASURES,
    UNITS,
    Deadline,
    Measure,
    Period,
    Step,
    Unit,
    add_months,
    due,
)
from kzreview.calendar.transfers import Correction, Transfer, TransferFile, load_transfer_file
from kzreview.calendar.workdays import DayStatus, WorkCalendar

__all__ = [
    "AFTER_DEADLINE_NOTES",
    "MEASURES",
    "PROVISIONS",
    "UNITS",
    "VIAS",
    "Correction",
    "DayStatus",
    "Deadline",
    "FilingCheck",
    "Measure",
    "Note",
    "Period",
    "Provision",
    "Step",
    "Transfer",
    "TransferFile",
    "Unit",
    "Via",
    "WorkCalendar",
    "add_months",
    "check_filing",
    "due",
    "filed_in_time",
    "load_transfer_file",
]
