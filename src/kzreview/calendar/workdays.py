"""Kazakhstan's working calendar: which days are working days, and why a day is not.

A day is **not** a working day if it is

1. a Saturday or a Sunday (five-day week; Labour Code art. 84);
2. a holiday that is a day off — «Дни, в которые отмечаются национальные и государственные праздники
   ... являются нерабочими днями» (Law «О праздниках в Республике Казахстан» art. 5), plus the first
   day of Kurban ait and 7 January (Labour Code art. 84 p.5) — as listed by ``holidays`` 0.109;
3. the next working day after such a holiday that fell on a Saturday or Sunday («При совпадении
   выходного и праздничного дней выходным днем является следующий после праздничного рабочий день»,
   Law on holidays art. 5; not for Kurban ait and Christmas) — also from ``holidays``;
4. a day made a day off by a transfer (Labour Code art. 85 p.3) — from ``holidays`` and
   ``data/transfers.yaml``;

unless it is the Saturday or Sunday a transfer made a working day, or a correction in
``data/transfers.yaml`` says otherwise.  See :mod:`kzreview.calendar.transfers` for the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Literal

import holidays

from kzreview.calendar.bounds import FIRST_DAY, LAST_DAY, check_day
from kzreview.calendar.names import WEEKDAYS_KK, WEEKDAYS_RU, PackageLabel, fmt, read_label
from kzreview.calendar.transfers import Correction, Transfer, TransferFile, load_transfer_file
from kzreview.errors import InvalidValue, MalformedSource

DayKind = Literal[
    "weekday",
    "weekend",
    "holiday",
    "observed_holiday",
    "transferred_day_off",
    "transferred_working_day",
    "corrected_day_off",
    "corrected_working_day",
]

PACKAGE_SOURCE = "holidays 0.109: holidays.country_holidays('KZ'), category 'public'"
_RELIGIOUS = {"Құрбан айт", "Православиелік Рождество"}  # «выходные дни» (Labour Code art. 84 p.5)


@dataclass(frozen=True)
class DayStatus:
    """What a day is and why, in Russian and Kazakh, with the sources of that answer.

    ``reason_*`` is the full reason (with the act of a transfer); ``label_*`` a short form for
    explanations («Наурыз мейрамы, суббота»).
    """

    day: date
    working: bool
    kind: DayKind
    reason_ru: str
    reason_kk: str
    label_ru: str
    label_kk: str
    estimated: bool = False
    sources: tuple[str, ...] = ()


def _weekday_names(d: date) -> tuple[str, str]:
    return WEEKDAYS_RU[d.weekday()], WEEKDAYS_KK[d.weekday()]


def _act(t: Transfer | Correction) -> tuple[str, str]:
    if t.act_ru is None:
        return "по данным пакета holidays", "holidays пакетінің деректері бойынша"
    return t.act_ru, t.act_kk or t.act_ru


def _holiday_status(d: date, labels: list[PackageLabel]) -> DayStatus:
    ru: list[str] = []
    kk: list[str] = []
    short_ru: list[str] = []
    short_kk: list[str] = []
    for lb in labels:
        if lb.kind == "observed":
            ru.append(f"выходной день вместо праздника «{lb.name_ru}», совпавшего с выходным днём")
            kk.append(f"«{lb.name_kk}» демалыс күніне сәйкес келгендіктен берілген демалыс күні")
            short_ru.append(f"выходной день вместо праздника «{lb.name_ru}»")
            holiday_kk = (
                lb.name_kk if lb.name_kk.endswith(("мерекесі", "мейрамы")) else f"{lb.name_kk} мерекесі"
            )
            short_kk.append(f"«{holiday_kk}» орнына берілген демалыс күні")
        else:
            religious = lb.name_kk in _RELIGIOUS
            ru.append(f"{lb.name_ru} ({'выходной' if religious else 'праздничный'} день)")
            kk.append(f"{lb.name_kk} ({'демалыс' if religious else 'мереке'} күні)")
            short_ru.append(lb.name_ru)
            short_kk.append(lb.name_kk)
        if lb.estimated:
            ru[-1] += ", дата ориентировочная"
            kk[-1] += ", күні болжамды"
    if d.weekday() >= 5:
        wd_ru, wd_kk = _weekday_names(d)
        ru.append(wd_ru)
        kk.append(wd_kk)
        short_ru.append(wd_ru)
        short_kk.append(wd_kk)
    kind: DayKind = "observed_holiday" if all(lb.kind == "observed" for lb in labels) else "holiday"
    return DayStatus(
        d,
        False,
        kind,
        "; ".join(ru),
        "; ".join(kk),
        ", ".join(short_ru),
        ", ".join(short_kk),
        estimated=any(lb.estimated for lb in labels),
        sources=(PACKAGE_SOURCE,),
    )


def _transfer_statuses(t: Transfer) -> tuple[DayStatus, DayStatus]:
    act_ru, act_kk = _act(t)
    off_ru, off_kk = _weekday_names(t.day_off)
    work_ru, work_kk = _weekday_names(t.working_day)
    moved_ru = f"выходной день перенесён с {fmt(t.working_day)} ({work_ru}) на {fmt(t.day_off)} ({off_ru})"
    moved_kk = (
        f"демалыс күні {fmt(t.working_day)} ({work_kk}) бастап {fmt(t.day_off)} ({off_kk}) күніне ауыстырылды"
    )
    sources = t.sources or (PACKAGE_SOURCE,)
    day_off = DayStatus(
        t.day_off,
        False,
        "transferred_day_off",
        f"перенос выходного дня: {moved_ru} ({act_ru})",
        f"демалыс күнін ауыстыру: {moved_kk} ({act_kk})",
        f"выходной день, перенесённый с {fmt(t.working_day)}",
        f"{fmt(t.working_day)} бастап ауыстырылған демалыс күні",
        sources=sources,
    )
    working = DayStatus(
        t.working_day,
        True,
        "transferred_working_day",
        f"рабочий день: {moved_ru} ({act_ru})",
        f"жұмыс күні: {moved_kk} ({act_kk})",
        f"рабочий {work_ru}: выходной перенесён на {fmt(t.day_off)}",
        f"жұмыс істейтін {work_kk}: демалыс күні {fmt(t.day_off)} күніне ауыстырылды",
        sources=sources,
    )
    return day_off, working


def _correction_status(c: Correction) -> DayStatus:
    act_ru, act_kk = _act(c)
    kind: DayKind = "corrected_working_day" if c.working else "corrected_day_off"
    return DayStatus(
        c.day,
        c.working,
        kind,
        f"{c.reason_ru} ({act_ru})",
        f"{c.reason_kk} ({act_kk})",
        c.reason_ru,
        c.reason_kk,
        sources=c.sources,
    )


class WorkCalendar:
    """Kazakhstan's working days: weekends, ``holidays`` (KZ) and ``data/transfers.yaml``.

    >>> cal = WorkCalendar.default()
    >>> cal.is_working_day(date(2025, 1, 5))  # Sunday worked for Friday 3 January 2025
    True
    >>> cal.why_non_working(date(2026, 3, 23)).reason_ru
    'Наурыз мейрамы (праздничный день)'
    """

    def __init__(self, transfers: TransferFile | str | Path | None = None) -> None:
        """Build the calendar; ``transfers`` is a loaded file, a path to one, or ``None`` (bundled).

        Raises :class:`~kzreview.errors.MalformedSource` if an entry of the file contradicts the
        ``holidays`` package or has no effect, naming the entry.
        """
        self.file = transfers if isinstance(transfers, TransferFile) else load_transfer_file(transfers)
        self._labels: dict[int, dict[date, list[PackageLabel]]] = {}
        self._years: dict[int, dict[date, DayStatus]] = {}
        self._file_transfers = {t.day_off: t for t in self.file.transfers}
        self._corrections = {c.day: c for c in self.file.corrections}
        self._check_file()

    @classmethod
    def default(cls) -> WorkCalendar:
        """The calendar with the bundled ``transfers.yaml`` (built once)."""
        return _default_calendar()

    # --- public API ---------------------------------------------------------------------------

    @property
    def verified_years(self) -> frozenset[int]:
        """Years whose calendar was checked in full against the official one (``transfers.yaml``)."""
        return self.file.verified_years

    def day_status(self, d: date) -> DayStatus:
        """Whether ``d`` is a working day, and why (``reason_ru``, ``reason_kk``)."""
        return self._status(check_day("day", d))

    def is_working_day(self, d: date) -> bool:
        """``True`` if courts, post offices and custody administrations work on ``d``."""
        return self.day_status(d).working

    def why_non_working(self, d: date) -> DayStatus | None:
        """Why ``d`` is not a working day (e.g. «Наурыз мейрамы», «суббота»), or ``None`` if it is one."""
        status = self.day_status(d)
        return None if status.working else status

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d`` — «следующий за ним рабочий день» (УПК 48.4)."""
        day = check_day("day", d) + timedelta(days=1)
        while not self._status(day).working:
            day += timedelta(days=1)
        return day

    def days_off(self, year: int) -> list[DayStatus]:
        """Every non-working day of ``year`` that is not an ordinary Saturday or Sunday."""
        if type(year) is not int or not FIRST_DAY.year <= year <= LAST_DAY.year:
            raise InvalidValue("year", year, f"a year from {FIRST_DAY.year} to {LAST_DAY.year}")
        days = set(self._year(year)) | {d for d in self._corrections if d.year == year}
        statuses = (self._status(d) for d in sorted(days))
        return [s for s in statuses if not s.working]

    # --- internals ----------------------------------------------------------------------------

    def _status(self, d: date) -> DayStatus:
        correction = self._corrections.get(d)
        if correction is not None:
            return _correction_status(correction)
        return self._uncorrected(d)

    def _uncorrected(self, d: date) -> DayStatus:
        found = self._year(d.year).get(d)
        if found is not None:
            return found
        wd_ru, wd_kk = _weekday_names(d)
        if d.weekday() >= 5:
            return DayStatus(
                d, False, "weekend", f"{wd_ru} (выходной день)", f"{wd_kk} (демалыс күні)", wd_ru, wd_kk
            )
        return DayStatus(
            d,
            True,
            "weekday",
            f"{wd_ru} (рабочий день)",
            f"{wd_kk} (жұмыс күні)",
            "рабочий день",
            "жұмыс күні",
        )

    def _package_labels(self, year: int) -> dict[date, list[PackageLabel]]:
        if year not in self._labels:
            h = holidays.country_holidays("KZ", years=year, language="kk")
            self._labels[year] = {d: [read_label(n) for n in h.get_list(d)] for d in h}
        return self._labels[year]

    def _package_transfers(self, year: int) -> dict[date, Transfer]:
        """Transfers the package knows whose day off is in ``year`` (read from its labels)."""
        out: dict[date, Transfer] = {}
        for d, labels in self._package_labels(year).items():
            for lb in labels:
                if lb.kind == "substituted" and lb.moved_from is not None:
                    out[d] = Transfer(day_off=d, working_day=lb.moved_from, origin="holidays-package")
        return out

    def _transfers_near(self, year: int) -> list[Transfer]:
        merged: dict[date, Transfer] = {}
        for y in (year - 1, year, year + 1):
            merged.update(self._package_transfers(y))
        merged.update({d: t for d, t in self._file_transfers.items() if abs(d.year - year) <= 1})
        return [t for t in merged.values() if year in (t.day_off.year, t.working_day.year)]

    def _year(self, year: int) -> dict[date, DayStatus]:
        if year in self._years:
            return self._years[year]
        out: dict[date, DayStatus] = {}
        for d, labels in self._package_labels(year).items():
            named = [lb for lb in labels if lb.kind != "substituted"]
            if named:
                out[d] = _holiday_status(d, named)
        for t in self._transfers_near(year):
            day_off, working = _transfer_statuses(t)
            for s in (day_off, working):
                if s.day.year == year:
                    out[s.day] = s
        self._years[year] = out
        return out

    def _base_working(self, d: date) -> bool:
        """Working day by weekends and package holidays only (no transfers, no corrections)."""
        if d.weekday() >= 5:
            return False
        return not any(lb.kind != "substituted" for lb in self._package_labels(d.year).get(d, []))

    def _check_file(self) -> None:
        for t in self.file.transfers:
            self._check_transfer(t)
        for c in self.file.corrections:
            before = self._uncorrected(c.day)
            if before.working == c.working:
                state = "a working day" if c.working else "not a working day"
                raise MalformedSource(
                    self.file.path, f"{c.entry}: {c.day} is already {state} ({before.reason_ru})"
                )

    def _check_transfer(self, t: Transfer) -> None:
        package: dict[date, Transfer] = {}
        for y in {t.day_off.year, t.working_day.year}:
            for yy in (y - 1, y, y + 1):
                package.update(self._package_transfers(yy))
        same_off = package.get(t.day_off)
        if same_off is not None:
            if same_off.working_day != t.working_day:
                raise MalformedSource(
                    self.file.path,
                    f"{t.entry}: the holidays package moves the day off to {t.day_off} from "
                    f"{same_off.working_day}, not from {t.working_day}",
                )
            return
        for p in package.values():
            if p.working_day == t.working_day:
                raise MalformedSource(
                    self.file.path,
                    f"{t.entry}: the holidays package already moves the day off from {t.working_day} "
                    f"to {p.day_off}",
                )
        if not self._base_working(t.day_off):
            raise MalformedSource(self.file.path, f"{t.entry}: day_off {t.day_off} is already a day off")
        if self._base_working(t.working_day):
            raise MalformedSource(
                self.file.path, f"{t.entry}: working_day {t.working_day} is already a working day"
            )


@cache
def _default_calendar() -> WorkCalendar:
    return WorkCalendar()
