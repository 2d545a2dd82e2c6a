"""Periods and due dates, counted as УПК РК art. 48 counts them.

* p.1 — «Сроки ... исчисляются часами, сутками, месяцами, годами.»  ``days`` is accepted as a synonym
  of ``sutki`` (a сутки is a calendar day) for periods other acts state in days.
* p.2 — «не принимаются в расчет тот час и те сутки, которыми начинается течение срока» — except
  for detention, custody, house arrest and stay in a medical or special educational institution.
* p.3 — «в него включается и нерабочее время»: every calendar day counts.
* p.4 — a period in сутки «истекает в двадцать четыре часа последних суток срока»; in months and
  years «в соответствующие месяц и число» of the last month or year, or the last day of a month that
  has no such date; «когда последний день срока приходится на нерабочий день, то днем окончания
  срока считается следующий за ним рабочий день, кроме случаев исчисления сроков при задержании,
  содержании под стражей, домашнем аресте и нахождении в медицинском учреждении или организации
  образования с особым режимом содержания».
* p.5 — detention is counted «с момента (часа с точностью до минуты)» of the actual detention; for
  custody, house arrest and stay in such an institution «в срок включаются первые сутки срока».

Two readings this module makes, both stated in the trace of every deadline:

* periods in hours are never moved to a working day: p.4 moves the last *day*, and an hour period
  ends at an hour (every hour period of the Code runs during detention, the named exception anyway);
* a custody-type period includes its first day, so it ends the day before the day a general period
  of the same length would end on (custody for 2 months from 10.03 ends at 24:00 of 09.05).  Where
  the last month has no corresponding date (from 31.01 for 1 month), that is the day before the
  month's last day (27.02.2026) — the shorter, conservative reading; no court practice was checked.
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Literal, get_args

from kzreview.calendar import law
from kzreview.calendar.bounds import CODE_IN_FORCE, LAST_DAY, check_day
from kzreview.calendar.explain import explain_deadline
from kzreview.calendar.names import MEASURE_KK_NOM, MEASURE_RU, fmt
from kzreview.calendar.workdays import DayStatus, WorkCalendar
from kzreview.citations.model import Citation
from kzreview.errors import InvalidValue

Unit = Literal["hours", "days", "sutki", "months", "years"]
Measure = Literal["detention", "custody", "house_arrest", "special_institution"]
UNITS: tuple[str, ...] = get_args(Unit)
MEASURES: tuple[str, ...] = get_args(Measure)
#: Measures whose first сутки count and whose end is never moved (УПК 48.2, 48.4, 48.5).
CUSTODY_TYPE: frozenset[str] = frozenset({"custody", "house_arrest", "special_institution"})
MAX_AMOUNT = 36_600


@dataclass(frozen=True)
class Period:
    """A period of ``amount`` ``unit`` (УПК 48.1); ``measure`` names the art. 48 exceptions.

    ``measure`` is ``None`` for every period except those of detention (``detention``: hours only,
    from the moment), custody (``custody``), house arrest (``house_arrest``) and stay in a medical
    or special educational institution (``special_institution``).

    >>> Period(15, "sutki")
    Period(amount=15, unit='sutki', measure=None)
    """

    amount: int
    unit: Unit
    measure: Measure | None = None

    def __post_init__(self) -> None:
        if type(self.amount) is not int or not 1 <= self.amount <= MAX_AMOUNT:
            raise InvalidValue("amount", self.amount, f"a whole number from 1 to {MAX_AMOUNT}")
        if self.unit not in UNITS:
            raise InvalidValue("unit", self.unit, UNITS)
        if self.measure is not None and self.measure not in MEASURES:
            raise InvalidValue("measure", self.measure, (*MEASURES, "None"))
        if self.measure == "detention" and self.unit != "hours":
            raise InvalidValue("unit", self.unit, "hours (detention is counted in hours, УПК 48.5)")
        if self.measure in CUSTODY_TYPE and self.unit == "hours":
            raise InvalidValue("unit", self.unit, "sutki, days, months, years (for custody-type measures)")

    @property
    def moves_to_working_day(self) -> bool:
        """Whether a last day on a non-working day moves to the next working day (УПК 48.4)."""
        return self.measure is None and self.unit != "hours"


@dataclass(frozen=True)
class Step:
    """One rule that fired while computing a deadline: its code, its provision, what it did."""

    code: str
    citation: Citation
    text_ru: str
    text_kk: str


@dataclass(frozen=True)
class Deadline:
    """A computed due date with the rules that set it (``steps``) and their ``citations``.

    ``counted_from`` is the day of the event the period runs from (pronouncement, receipt, ...);
    ``first_counted_day`` the first day counted; ``last_day`` the last day by УПК 48.4 before any
    move; ``due`` the day the period ends, at ``ends_at`` (``"24:00"``, or ``"HH:MM"`` for hours);
    ``moved_from`` the non-working last day ``due`` was moved from.  ``calendar_verified`` is
    ``False`` when the move rule applies and a year involved has no verified list of transfers of
    days off yet (a transfer ordered later could change ``due``).
    """

    period: Period
    counted_from: date
    first_counted_day: date
    last_day: date
    due: date
    ends_at: str
    expires_at: datetime
    moved_from: date | None
    calendar_verified: bool
    steps: tuple[Step, ...]
    start_moment: datetime | None = None
    last_day_status: DayStatus | None = field(default=None, compare=False)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The provisions applied, each once, in the order they fired."""
        seen: list[Citation] = []
        for s in self.steps:
            if s.citation not in seen:
                seen.append(s.citation)
        return tuple(seen)

    def explain(self, lang: str = "ru") -> str:
        """One line in Russian (``ru``) or Kazakh (``kk``) that a clerk can paste into a ruling."""
        return explain_deadline(self, lang)

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form (ISO dates, citations as objects)."""
        return {
            "period": {
                "amount": self.period.amount,
                "unit": self.period.unit,
                "measure": self.period.measure,
            },
            "counted_from": self.counted_from.isoformat(),
            "start_moment": self.start_moment.isoformat(timespec="minutes") if self.start_moment else None,
            "first_counted_day": self.first_counted_day.isoformat(),
            "last_day": self.last_day.isoformat(),
            "due": self.due.isoformat(),
            "ends_at": self.ends_at,
            "expires_at": self.expires_at.isoformat(timespec="minutes"),
            "moved_from": self.moved_from.isoformat() if self.moved_from else None,
            "calendar_verified": self.calendar_verified,
            "citations": [c.model_dump() for c in self.citations],
            "steps": [
                {
                    "code": s.code,
                    "citation": s.citation.model_dump(),
                    "text_ru": s.text_ru,
                    "text_kk": s.text_kk,
                }
                for s in self.steps
            ],
            "explanation_ru": self.explain("ru"),
            "explanation_kk": self.explain("kk"),
        }


def add_months(d: date, months: int) -> date:
    """The same date ``months`` later, or the last day of that month if it has no such date (УПК 48.4).

    >>> add_months(date(2026, 1, 31), 1)
    datetime.date(2026, 2, 28)
    """
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    if year > LAST_DAY.year:
        raise InvalidValue("start", d.isoformat(), f"a start whose period ends by {LAST_DAY.isoformat()}")
    return date(year, month, min(d.day, _cal.monthrange(year, month)[1]))


def due(start: date | datetime, period: Period, *, calendar: WorkCalendar | None = None) -> Deadline:
    """When ``period`` running from ``start`` ends (УПК 48), on ``calendar`` (default: bundled).

    ``start`` is the day of the event; for a period in hours, the moment (a ``datetime``).

    >>> due(date(2026, 3, 3), Period(15, "sutki")).due
    datetime.date(2026, 3, 18)
    """
    if not isinstance(period, Period):
        raise InvalidValue("period", period, "a Period(amount, unit[, measure])")
    cal = calendar if calendar is not None else WorkCalendar.default()
    if period.unit == "hours":
        return _due_hours(start, period)
    day = check_day("start", start, first=CODE_IN_FORCE)
    return _due_days(day, period, cal)


def _end_step(start: date, last: date, period: Period) -> Step:
    custody = period.measure in CUSTODY_TYPE
    if period.unit in ("sutki", "days"):
        return Step(
            "end_sutki",
            law.ART48_P4_SUTKI.citation,
            f"срок истекает в 24:00 последних суток срока — {fmt(last)}",
            f"мерзімнің соңғы тәулігі – {fmt(last)}, мерзім сағат 24:00-де бітеді",
        )
    prov = law.ART48_P4_MONTHS if period.unit == "months" else law.ART48_P4_YEARS
    what_ru, what_kk = ("месяца", "айының") if period.unit == "months" else ("года", "жылының")
    months = period.amount * (12 if period.unit == "years" else 1)
    target = add_months(start, months)
    ru = f"срок истекает в соответствующее число последнего {what_ru} срока — {fmt(target)}"
    kk = f"мерзім соңғы {what_kk} тиісті күнінде бітеді – {fmt(target)}"
    if target.day != start.day:
        ru += " (в этом месяце нет соответствующего числа — последний день месяца)"
        kk += " (бұл айда тиісті күн жоқ – айдың соңғы күні)"
    if custody:
        ru += f"; так как первые сутки включены в срок, последний день — {fmt(last)}"
        kk += f"; бірінші тәулік мерзімге қосылатындықтан, соңғы күн – {fmt(last)}"
    return Step("end_months" if period.unit == "months" else "end_years", prov.citation, ru, kk)


def _last_day(start: date, period: Period) -> date:
    custody = period.measure in CUSTODY_TYPE
    if period.unit in ("sutki", "days"):
        return start + timedelta(days=period.amount - (1 if custody else 0))
    months = period.amount * (12 if period.unit == "years" else 1)
    return add_months(start, months) - timedelta(days=1 if custody else 0)


def _due_days(start: date, period: Period, cal: WorkCalendar) -> Deadline:
    custody = period.measure in CUSTODY_TYPE
    first = start if custody else start + timedelta(days=1)
    last = _last_day(start, period)
    if last > LAST_DAY - timedelta(days=31):
        raise InvalidValue("start", start.isoformat(), f"a start whose period ends by {LAST_DAY.isoformat()}")
    steps: list[Step] = []
    if custody:
        steps.append(
            Step(
                "first_day_counted",
                law.ART48_P5_CUSTODY.citation,
                f"первые сутки срока ({fmt(start)}) включаются в срок",
                f"мерзімнің бірінші тәулігі ({fmt(start)}) мерзімге қосылады",
            )
        )
    else:
        steps.append(
            Step(
                "start_not_counted",
                law.ART48_P2.citation,
                f"сутки начала срока ({fmt(start)}) не учитываются, счёт идёт с {fmt(first)}",
                f"мерзімнің өтуі басталатын тәулік ({fmt(start)}) есепке алынбайды, есеп {fmt(first)} "
                "бастап жүргізіледі",
            )
        )
    steps.append(
        Step(
            "non_working_time_included",
            law.ART48_P3.citation,
            "нерабочее время включается в срок",
            "жұмыстан тыс уақыт мерзімге кіреді",
        )
    )
    steps.append(_end_step(start, last, period))
    result, moved_from, status = last, None, None
    if period.moves_to_working_day:
        status = cal.why_non_working(last)
        if status is not None:
            result, moved_from = cal.next_working_day(last), last
            steps.append(
                Step(
                    "moved_to_working_day",
                    law.ART48_P4_MOVE.citation,
                    f"последний день срока {fmt(last)} — нерабочий день ({status.reason_ru}); днём "
                    f"окончания срока считается следующий за ним рабочий день — {fmt(result)}",
                    f"мерзімнің соңғы күні {fmt(last)} – жұмыс істемейтін күн ({status.reason_kk}); одан "
                    f"кейінгі жұмыс күні – {fmt(result)} мерзімнің аяқталу күні болып есептеледі",
                )
            )
        else:
            steps.append(
                Step(
                    "last_day_working",
                    law.ART48_P4_MOVE.citation,
                    f"последний день срока {fmt(last)} — рабочий день, перенос не нужен",
                    f"мерзімнің соңғы күні {fmt(last)} – жұмыс күні, ауыстыру қажет емес",
                )
            )
        verified = {last.year, result.year} <= cal.verified_years
    else:
        assert period.measure is not None
        steps.append(
            Step(
                "no_move_custody",
                law.ART48_P4_MOVE.citation,
                f"окончание срока {MEASURE_RU[period.measure]} на рабочий день не переносится",
                f"{MEASURE_KK_NOM[period.measure]} мерзімінің аяқталуы жұмыс күніне ауыстырылмайды",
            )
        )
        verified = True
    return Deadline(
        period=period,
        counted_from=start,
        first_counted_day=first,
        last_day=last,
        due=result,
        ends_at="24:00",
        expires_at=datetime.combine(result + timedelta(days=1), time()),
        moved_from=moved_from,
        calendar_verified=verified,
        steps=tuple(steps),
        last_day_status=status,
    )


def _due_hours(start: date | datetime, period: Period) -> Deadline:
    if not isinstance(start, datetime):
        raise InvalidValue("start", start, "a date and time (YYYY-MM-DDTHH:MM) for a period in hours")
    check_day("start", start.date(), first=CODE_IN_FORCE)
    moment = start.replace(second=0, microsecond=0)
    steps: list[Step] = []
    if period.measure == "detention":
        begin = moment
        steps.append(
            Step(
                "from_moment",
                law.ART48_P5_DETENTION.citation,
                f"срок исчисляется с момента фактического задержания — {fmt(moment)} {moment:%H:%M}",
                f"мерзім ұстап алу нақты қолданылған кезден бастап есептеледі – {fmt(moment)}, сағат "
                f"{moment:%H:%M}",
            )
        )
    else:
        begin = moment.replace(minute=0) + timedelta(hours=1)
        steps.append(
            Step(
                "start_hour_not_counted",
                law.ART48_P2.citation,
                f"час начала срока ({moment:%H:%M}) не учитывается, счёт идёт с {fmt(begin)} {begin:%H:%M}",
                f"мерзімнің өтуі басталатын сағат ({moment:%H:%M}) есепке алынбайды, есеп {fmt(begin)}, "
                f"сағат {begin:%H:%M} бастап жүргізіледі",
            )
        )
    end = begin + timedelta(hours=period.amount)
    if end.date() > LAST_DAY:
        raise InvalidValue("start", start.isoformat(), f"a start whose period ends by {LAST_DAY.isoformat()}")
    at_midnight = end.time() == time(0, 0)
    day = end.date() - timedelta(days=1) if at_midnight else end.date()
    ends_at = "24:00" if at_midnight else f"{end:%H:%M}"
    steps.append(
        Step(
            "non_working_time_included",
            law.ART48_P3.citation,
            "нерабочее время включается в срок",
            "жұмыстан тыс уақыт мерзімге кіреді",
        )
    )
    if period.measure == "detention":
        no_move = Step(
            "no_move_custody",
            law.ART48_P4_MOVE.citation,
            f"срок истекает {fmt(day)} в {ends_at}; окончание срока задержания на рабочий день не переносится",
            f"мерзім бітетін уақыт – {fmt(day)}, сағат {ends_at}; ұстап алу мерзімінің аяқталуы жұмыс "
            "күніне ауыстырылмайды",
        )
    else:
        no_move = Step(
            "no_move_hours",
            law.ART48_P4_MOVE.citation,
            f"срок истекает {fmt(day)} в {ends_at}; перенос последнего дня на рабочий день к срокам "
            "в часах не применяется",
            f"мерзім бітетін уақыт – {fmt(day)}, сағат {ends_at}; соңғы күнді жұмыс күніне ауыстыру "
            "сағаттармен есептелетін мерзімдерге қолданылмайды",
        )
    steps.append(no_move)
    return Deadline(
        period=period,
        counted_from=moment.date(),
        first_counted_day=begin.date(),
        last_day=day,
        due=day,
        ends_at=ends_at,
        expires_at=end,
        moved_from=None,
        calendar_verified=True,
        steps=tuple(steps),
        start_moment=moment,
    )
