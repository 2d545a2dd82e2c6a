"""The procedural calendar: УПК 48-50 on Kazakhstan's working calendar, checked by hand.

Every expected date below was counted on a paper calendar; the comment on each row says how.
Holidays of 2025 and 2026 are the official egov.kz calendars (as published by Kazinform, zakon.kz);
2027 follows the Law on holidays (transfers of days off for 2027 are not yet known).
"""

from __future__ import annotations

import doctest
import json
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import kzreview.calendar as kzcal
from kzreview.calendar import (
    Deadline,
    Period,
    WorkCalendar,
    add_months,
    check_filing,
    due,
    filed_in_time,
    load_transfer_file,
)
from kzreview.calendar import explain as explain_mod
from kzreview.calendar import filing as filing_mod
from kzreview.calendar import names as names_mod
from kzreview.calendar import periods as periods_mod
from kzreview.calendar import workdays as workdays_mod
from kzreview.calendar.bounds import FIRST_DAY
from kzreview.calendar.law import PROVISIONS
from kzreview.citations.model import Citation
from kzreview.errors import InvalidValue, MalformedSource

CAL = WorkCalendar.default()
D = date


def upk(article: str, part: int) -> Citation:
    return Citation(act="УПК", article=article, part=part)


# --- art. 48: table of deadlines ---------------------------------------------------------------

# (start, period, last day by 48.4, due day, why)
CASES: list[tuple[date, Period, date, date, str]] = [
    (D(2026, 3, 3), Period(15, "sutki"), D(2026, 3, 18), D(2026, 3, 18), "Tue + 15 = Wed 18.03, working"),
    (D(2025, 11, 14), Period(15, "sutki"), D(2025, 11, 29), D(2025, 12, 1), "Fri + 15 = Sat -> Mon"),
    (
        D(2026, 3, 6),
        Period(15, "sutki"),
        D(2026, 3, 21),
        D(2026, 3, 26),
        "Fri + 15 = Sat 21.03 Nauryz; 22-25 off",
    ),
    (
        D(2025, 3, 6),
        Period(15, "sutki"),
        D(2025, 3, 21),
        D(2025, 3, 26),
        "Nauryz Fri 21.03; 22-23 w/e; 24-25 off",
    ),
    (D(2026, 1, 31), Period(1, "months"), D(2026, 2, 28), D(2026, 3, 2), "no 31 Feb: last day of Feb, a Sat"),
    (D(2028, 1, 31), Period(1, "months"), D(2028, 2, 29), D(2028, 2, 29), "leap year: Tue 29.02.2028"),
    (D(2025, 3, 31), Period(1, "months"), D(2025, 4, 30), D(2025, 4, 30), "no 31 Apr: Wed 30.04"),
    (D(2024, 2, 29), Period(1, "years"), D(2025, 2, 28), D(2025, 2, 28), "no 29 Feb 2025: Fri 28.02"),
    (D(2027, 2, 28), Period(1, "years"), D(2028, 2, 28), D(2028, 2, 28), "same date, not 29.02: Mon"),
    (D(2026, 4, 10), Period(1, "sutki"), D(2026, 4, 11), D(2026, 4, 13), "1 сутки from Fri: Sat -> Mon"),
    (D(2026, 3, 3), Period(1, "sutki"), D(2026, 3, 4), D(2026, 3, 4), "1 сутки from Tue: Wed"),
    (
        D(2024, 12, 19),
        Period(15, "sutki"),
        D(2025, 1, 3),
        D(2025, 1, 5),
        "Fri 03.01.2025 transferred off; Sun 5th worked",
    ),
    (
        D(2024, 4, 4),
        Period(1, "months"),
        D(2024, 5, 4),
        D(2024, 5, 4),
        "Sat 04.05.2024 worked (day off moved to 8.05)",
    ),
    (D(2026, 1, 15), Period(6, "months"), D(2026, 7, 15), D(2026, 7, 15), "6 months: Wed 15.07"),
    (D(2025, 8, 31), Period(6, "months"), D(2026, 2, 28), D(2026, 3, 2), "6 months, no 31 Feb, Sat -> Mon"),
    (
        D(2026, 3, 6),
        Period(3, "sutki"),
        D(2026, 3, 9),
        D(2026, 3, 10),
        "complaint to judge Fri; Mon 9.03 off for 8 Mar",
    ),
    (
        D(2026, 4, 15),
        Period(3, "sutki"),
        D(2026, 4, 18),
        D(2026, 4, 20),
        "complaint to judge Wed; Sat -> Mon",
    ),
    (D(2025, 6, 5), Period(1, "sutki"), D(2025, 6, 6), D(2025, 6, 9), "Kurban ait Fri 6.06.2025"),
    (D(2026, 8, 30), Period(1, "sutki"), D(2026, 8, 31), D(2026, 8, 31), "2026: 30 Aug no longer a holiday"),
    (
        D(2025, 8, 29),
        Period(1, "sutki"),
        D(2025, 8, 30),
        D(2025, 9, 2),
        "2025: Constitution Day Sat, Mon 1.09 off",
    ),
    (D(2027, 3, 5), Period(10, "sutki"), D(2027, 3, 15), D(2027, 3, 16), "2027: Constitution Day Mon 15.03"),
    (
        D(2027, 3, 5),
        Period(15, "sutki"),
        D(2027, 3, 20),
        D(2027, 3, 25),
        "2027: Sat 20, Nauryz 21-23, 24 off",
    ),
    (D(2026, 12, 22), Period(10, "days"), D(2027, 1, 1), D(2027, 1, 5), "'days' = сутки; 1-4 Jan 2027 off"),
    # custody-type periods: first сутки counted (48.5), never moved (48.4)
    (
        D(2026, 3, 10),
        Period(2, "months", "custody"),
        D(2026, 5, 9),
        D(2026, 5, 9),
        "to 09.05 (Sat, Victory Day)",
    ),
    (
        D(2026, 3, 12),
        Period(10, "sutki", "custody"),
        D(2026, 3, 21),
        D(2026, 3, 21),
        "12..21 = 10 сутки, Nauryz",
    ),
    (D(2026, 3, 1), Period(1, "months", "house_arrest"), D(2026, 3, 31), D(2026, 3, 31), "1..31 March"),
    (
        D(2025, 1, 3),
        Period(1, "years", "special_institution"),
        D(2026, 1, 2),
        D(2026, 1, 2),
        "Fri 2.01.2026 holiday",
    ),
]


@pytest.mark.parametrize(("start", "period", "last", "expected", "why"), CASES, ids=[c[4] for c in CASES])
def test_due_table(start: date, period: Period, last: date, expected: date, why: str) -> None:
    d = due(start, period, calendar=CAL)
    assert (d.last_day, d.due) == (last, expected), why
    assert d.counted_from == start
    assert d.ends_at == "24:00"
    assert d.moved_from == (last if last != expected else None)
    assert d.expires_at == datetime(expected.year, expected.month, expected.day) + timedelta(days=1)


def test_general_period_cites_parts_2_3_4() -> None:
    d = due(D(2026, 3, 6), Period(15, "sutki"))
    assert d.citations == (upk("48", 2), upk("48", 3), upk("48", 4))
    assert d.first_counted_day == D(2026, 3, 7)
    assert [s.code for s in d.steps] == [
        "start_not_counted",
        "non_working_time_included",
        "end_sutki",
        "moved_to_working_day",
    ]
    assert d.last_day_status is not None and d.last_day_status.label_ru == "Наурыз мейрамы, суббота"


def test_custody_cites_part_5_and_the_exception_of_part_4() -> None:
    d = due(D(2026, 3, 10), Period(2, "months", "custody"))
    assert d.citations == (upk("48", 5), upk("48", 3), upk("48", 4))
    assert d.first_counted_day == D(2026, 3, 10)
    assert [s.code for s in d.steps][-1] == "no_move_custody"


def test_detention_runs_from_the_minute_and_is_never_moved() -> None:
    d = due(datetime(2026, 3, 20, 22, 10, 41), Period(72, "hours", "detention"))
    assert d.expires_at == datetime(2026, 3, 23, 22, 10)  # Mon 23.03 is Nauryz: no move
    assert (d.due, d.ends_at, d.moved_from) == (D(2026, 3, 23), "22:10", None)
    assert d.citations[0] == upk("48", 5)


def test_hours_skip_the_starting_hour() -> None:
    d = due(datetime(2026, 3, 3, 14, 35), Period(24, "hours"))
    assert d.expires_at == datetime(2026, 3, 4, 15, 0)
    assert (d.due, d.ends_at) == (D(2026, 3, 4), "15:00")
    assert d.citations[0] == upk("48", 2)


def test_hours_ending_at_midnight_end_at_24_00_of_the_day() -> None:
    d = due(datetime(2026, 3, 3, 13, 20), Period(10, "hours"))
    assert (d.due, d.ends_at, d.expires_at) == (D(2026, 3, 3), "24:00", datetime(2026, 3, 4))


def test_days_and_sutki_count_alike() -> None:
    for start in (D(2026, 3, 6), D(2025, 12, 26), D(2026, 1, 1)):
        a, b = due(start, Period(7, "days")), due(start, Period(7, "sutki"))
        assert (a.last_day, a.due) == (b.last_day, b.due)


def test_unverified_year_is_flagged() -> None:
    assert due(D(2026, 3, 3), Period(15, "sutki")).calendar_verified
    assert not due(D(2027, 3, 5), Period(10, "sutki")).calendar_verified
    assert due(
        D(2027, 3, 5), Period(10, "sutki", "custody")
    ).calendar_verified  # no move: calendar irrelevant


def test_add_months_end_of_month() -> None:
    assert add_months(D(2026, 1, 31), 1) == D(2026, 2, 28)
    assert add_months(D(2028, 1, 31), 1) == D(2028, 2, 29)
    assert add_months(D(2026, 8, 31), 1) == D(2026, 9, 30)
    assert add_months(D(2026, 12, 15), 1) == D(2027, 1, 15)
    assert add_months(D(2024, 2, 29), 48) == D(2028, 2, 29)


# --- explanations --------------------------------------------------------------------------------


def test_explanation_ru_plain() -> None:
    assert due(D(2026, 3, 3), Period(15, "sutki")).explain("ru") == (
        "Срок 15 суток исчисляется с 03.03.2026 (день начала срока не учитывается, ч.2 ст.48 УПК); "
        "последний день срока — 18.03.2026; срок истекает в 24:00 18.03.2026 (ч.4 ст.48 УПК)."
    )


def test_explanation_kk_plain() -> None:
    assert due(D(2026, 3, 3), Period(15, "sutki")).explain("kk") == (
        "15 тәуліктік мерзім 03.03.2026 бастап есептеледі (мерзімнің өтуі басталатын тәулік есепке "
        "алынбайды, ҚПК-нің 48-бабының 2-бөлігі); мерзімнің соңғы күні – 18.03.2026; мерзім 18.03.2026 "
        "сағат 24:00-де бітеді (ҚПК-нің 48-бабының 4-бөлігі)."
    )


def test_explanation_of_a_move() -> None:
    d = due(D(2026, 3, 6), Period(15, "sutki"))
    assert "последний день срока — 21.03.2026 (Наурыз мейрамы, суббота) — нерабочий день" in d.explain("ru")
    assert "следующий рабочий день 26.03.2026" in d.explain("ru")
    assert "21.03.2026 (Наурыз мейрамы, сенбі) – жұмыс істемейтін күн" in d.explain("kk")
    assert "одан кейінгі жұмыс күні – 26.03.2026 мерзімнің аяқталу күні болып есептеледі" in d.explain("kk")


def test_explanation_of_custody_and_detention() -> None:
    c = due(D(2026, 3, 10), Period(2, "months", "custody"))
    assert c.explain("ru").startswith(
        "Срок содержания под стражей 2 месяца исчисляется с 10.03.2026 (первые сутки"
    )
    assert c.explain("kk").startswith("Күзетпен ұстаудың 2 айлық мерзімі 10.03.2026 бастап есептеледі")
    h = due(datetime(2026, 3, 3, 14, 35), Period(72, "hours", "detention"))
    assert h.explain("ru") == (
        "Срок задержания 72 часа исчисляется с момента фактического задержания 03.03.2026 14:35 "
        "(ч.5 ст.48 УПК) и истекает 06.03.2026 в 14:35; на рабочий день не переносится."
    )
    assert "мерзім бітетін уақыт – 06.03.2026, сағат 14:35" in h.explain("kk")


@pytest.mark.parametrize(
    ("n", "unit", "text"),
    [(1, "sutki", "1 сутки"), (3, "sutki", "3 суток"), (21, "sutki", "21 сутки"), (11, "sutki", "11 суток"),
     (1, "months", "1 месяц"), (2, "months", "2 месяца"), (6, "months", "6 месяцев"), (1, "years", "1 год"),
     (5, "years", "5 лет"), (72, "hours", "72 часа"), (12, "days", "12 дней"), (22, "days", "22 дня")],
)  # fmt: skip
def test_russian_numerals(n: int, unit: str, text: str) -> None:
    assert explain_mod.amount_ru(n, unit) == text


def test_as_dict_is_json() -> None:
    data = due(D(2026, 3, 6), Period(15, "sutki")).as_dict()
    text = json.dumps(data, ensure_ascii=False)
    assert data["due"] == "2026-03-26" and data["moved_from"] == "2026-03-21"
    last = data["citations"][-1]  # type: ignore[index]
    assert {"act": "УПК", "article": "48", "part": 4, "item": None}.items() <= last.items()
    assert "explanation_kk" in text


# --- the working calendar ------------------------------------------------------------------------

# Weekdays (Mon-Fri) that are not working days.  2025, 2026: egov.kz calendars; 2027: by the law.
WEEKDAYS_OFF = {
    2025: ["01-01", "01-02", "01-03", "01-07", "03-10", "03-21", "03-24", "03-25", "05-01", "05-07",
           "05-09", "06-06", "07-07", "09-01", "10-27", "12-16"],
    2026: ["01-01", "01-02", "01-07", "03-09", "03-23", "03-24", "03-25", "05-01", "05-07", "05-11",
           "05-27", "07-06", "10-26", "12-16"],
    # Kurban ait 2027 is the package's estimate (Sun 16.05): no weekday.
    2027: ["01-01", "01-04", "01-07", "03-08", "03-15", "03-22", "03-23", "03-24", "05-03", "05-07",
           "05-10", "07-06", "10-25", "12-16"],
}  # fmt: skip


@pytest.mark.parametrize("year", sorted(WEEKDAYS_OFF))
def test_weekdays_off(year: int) -> None:
    got = [s.day.strftime("%m-%d") for s in CAL.days_off(year) if s.day.weekday() < 5]
    assert got == WEEKDAYS_OFF[year]


# 2026: 247, the published balance; 2025: 261 weekdays - 16 weekdays off + Sunday 5 January worked.
@pytest.mark.parametrize(("year", "working_days"), [(2025, 261 - 16 + 1), (2026, 247)])
def test_balance_of_working_days(year: int, working_days: int) -> None:
    days = [D(year, 1, 1) + timedelta(days=i) for i in range(365)]
    assert sum(CAL.is_working_day(d) for d in days) == working_days


def test_why_non_working_texts() -> None:
    nauryz = CAL.why_non_working(D(2026, 3, 21))
    assert nauryz is not None
    assert (nauryz.kind, nauryz.label_ru, nauryz.label_kk) == (
        "holiday",
        "Наурыз мейрамы, суббота",
        "Наурыз мейрамы, сенбі",
    )
    sat = CAL.why_non_working(D(2026, 3, 28))
    assert sat is not None and (sat.reason_ru, sat.reason_kk) == (
        "суббота (выходной день)",
        "сенбі (демалыс күні)",
    )
    observed = CAL.why_non_working(D(2026, 5, 11))
    assert observed is not None and observed.kind == "observed_holiday"
    assert "«День Победы»" in observed.reason_ru and "«Жеңіс күні»" in observed.reason_kk
    moved = CAL.why_non_working(D(2025, 1, 3))
    assert moved is not None and moved.kind == "transferred_day_off"
    assert "перенос выходного дня" in moved.reason_ru and "№ 436" in moved.reason_ru
    assert "демалыс күнін ауыстыру" in moved.reason_kk
    assert "https://adilet.zan.kz/rus/docs/G24G0000436" in moved.sources
    kurban = CAL.why_non_working(D(2026, 5, 27))
    assert kurban is not None and kurban.estimated and "Курбан айт" in kurban.reason_ru
    assert CAL.why_non_working(D(2026, 3, 26)) is None


def test_transferred_working_sunday() -> None:
    status = CAL.day_status(D(2025, 1, 5))
    assert status.working and status.kind == "transferred_working_day"
    assert CAL.next_working_day(D(2025, 1, 2)) == D(2025, 1, 5)
    assert CAL.next_working_day(D(2026, 3, 20)) == D(2026, 3, 26)
    assert CAL.next_working_day(D(2026, 3, 26)) == D(2026, 3, 27)


def test_package_transfers_are_read_both_ways() -> None:
    """Every transfer in holidays 0.109 makes its weekday a day off and its weekend day a working day."""
    from holidays.countries.kazakhstan import KazakhstanStaticHolidays

    table: dict[int, Any] = KazakhstanStaticHolidays.special_public_holidays
    for year, spec in table.items():
        if year < FIRST_DAY.year:
            continue
        entries: tuple[tuple[int, ...], ...] = spec if isinstance(spec[0], tuple) else (spec,)
        for entry in entries:
            month, day, from_month, from_day, *rest = entry
            day_off, working = D(year, month, day), D(rest[0] if rest else year, from_month, from_day)
            assert CAL.day_status(day_off).kind == "transferred_day_off", day_off
            assert CAL.day_status(working).kind == "transferred_working_day", working


def test_every_package_name_has_a_russian_name() -> None:
    import holidays

    h = holidays.country_holidays("KZ", years=range(2002, 2041), language="kk")
    for d in h:
        for label in h.get_list(d):
            read = names_mod.read_label(label)
            assert read.kind == "substituted" or read.name_kk in names_mod.HOLIDAY_NAMES_RU, label


# --- art. 49: meeting the time limit -------------------------------------------------------------


@pytest.mark.parametrize("via", filing_mod.VIAS)
def test_filed_on_the_due_day_is_in_time(via: filing_mod.Via) -> None:
    d = due(D(2026, 3, 6), Period(15, "sutki"))
    assert filed_in_time(D(2026, 3, 26), d, via=via)
    assert filed_in_time(D(2026, 3, 26), D(2026, 3, 26), via=via)
    assert not filed_in_time(D(2026, 3, 27), d, via=via)
    assert filed_in_time(datetime(2026, 3, 26, 23, 59), d, via=via)
    assert not filed_in_time(datetime(2026, 3, 27, 0, 0), d, via=via)


def test_filing_citations_and_texts() -> None:
    post = check_filing(D(2026, 3, 18), D(2026, 3, 18), via="post")
    assert post.in_time and post.citations == (upk("49", 1),)
    assert "по почтовому штемпелю" in post.text_ru and "пошта мөртабаны бойынша" in post.text_kk
    e = check_filing(D(2026, 3, 18), D(2026, 3, 18), via="electronic")
    assert e.citations == (upk("49", 1), upk("42-1", 1))
    late = check_filing(D(2026, 3, 19), D(2026, 3, 18), via="custody_administration")
    assert not late.in_time
    assert late.citations == (upk("49", 1), upk("50", 1), upk("50", 2))
    assert [n.code for n in late.notes] == ["late_act_invalid", "restoration_on_petition"]
    assert late.notes[1].decided_by == "court_or_official"
    assert "администрации места содержания под стражей" in late.text_ru
    assert "мерзім өткізіп алынды" in late.text_kk


def test_filing_against_an_hour_deadline() -> None:
    d = due(datetime(2026, 3, 3, 14, 35), Period(24, "hours"))
    assert filed_in_time(datetime(2026, 3, 4, 14, 59), d, via="court")
    assert not filed_in_time(datetime(2026, 3, 4, 15, 0), d, via="court")
    with pytest.raises(InvalidValue, match="filed_on"):
        filed_in_time(D(2026, 3, 4), d, via="court")


def test_after_deadline_notes_cover_49_3_and_50() -> None:
    cited = {n.citation.short for n in filing_mod.AFTER_DEADLINE_NOTES}
    assert cited == {"УПК 50.1", "УПК 50.2", "УПК 50.3", "УПК 50.4", "УПК 49.3"}


# --- invalid input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: Period(0, "sutki"), "amount"),
        (lambda: Period(True, "sutki"), "amount"),
        (lambda: Period(1.5, "sutki"), "amount"),  # type: ignore[arg-type]
        (lambda: Period(3, "weeks"), "unit"),  # type: ignore[arg-type]
        (lambda: Period(3, "sutki", "prison"), "measure"),  # type: ignore[arg-type]
        (lambda: Period(3, "sutki", "detention"), "unit"),
        (lambda: Period(3, "hours", "custody"), "unit"),
        (lambda: due("2026-03-03", Period(1, "sutki")), "start"),  # type: ignore[arg-type]
        (lambda: due(D(2014, 12, 31), Period(1, "sutki")), "start"),
        (lambda: due(D(2099, 12, 1), Period(1, "months")), "start"),
        (lambda: due(D(2026, 3, 3), "15 sutki"), "period"),  # type: ignore[arg-type]
        (lambda: due(D(2026, 3, 3), Period(24, "hours")), "start"),
        (lambda: due(D(2026, 3, 3), Period(1, "sutki")).explain("en"), "lang"),
        (lambda: filed_in_time(D(2026, 3, 3), D(2026, 3, 3), via="fax"), "via"),  # type: ignore[arg-type]
        (lambda: filed_in_time("2026-03-03", D(2026, 3, 3), via="post"), "filed_on"),  # type: ignore[arg-type]
        (lambda: filed_in_time(D(2026, 3, 3), "2026-03-03", via="post"), "due"),  # type: ignore[arg-type]
        (lambda: CAL.is_working_day("2026-01-01"), "day"),  # type: ignore[arg-type]
        (lambda: CAL.is_working_day(D(1990, 1, 1)), "day"),
        (lambda: CAL.days_off(1800), "year"),
    ],
)
def test_invalid_input_names_field_and_allowed(make: object, field: str) -> None:
    with pytest.raises(InvalidValue) as err:
        make()  # type: ignore[operator]
    assert err.value.field == field
    assert "allowed:" in str(err.value)


def test_invalid_unit_lists_the_units() -> None:
    with pytest.raises(InvalidValue, match="hours, days, sutki, months, years"):
        Period(3, "weeks")  # type: ignore[arg-type]


# --- the transfers file --------------------------------------------------------------------------


def test_bundled_file() -> None:
    f = load_transfer_file()
    assert f.verified_years == {2025, 2026}
    assert [(t.day_off, t.working_day) for t in f.transfers] == [(D(2025, 1, 3), D(2025, 1, 5))]
    assert f.transfers[0].act_ru is not None and "№ 436" in f.transfers[0].act_ru
    assert f.corrections == ()


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "transfers.yaml"
    p.write_text(text, encoding="utf-8")
    return p


ENTRY = """  - day_off: {off}
    working_day: {work}
    act: "приказ № 1"
    sources: [https://example.org]
"""


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("transfers:\n" + ENTRY.format(off="2025-02-30", work="2025-02-22"), r"transfers\[0\]: day_off: '2025-02-30' is not a date"),
        ("transfers:\n" + ENTRY.format(off="2026-06-05", work="2026-06-05"), "the same day"),
        ("transfers:\n" + ENTRY.format(off="20260605", work="2026-06-06"), "day_off: 20260605 is not a date"),
        ("transfers:\n" + ENTRY.format(off="'2026-W23-5'", work="2026-06-06"), "day_off: '2026-W23-5' is not a date"),
        ("transfers:\n" + ENTRY.format(off="2026-06-05", work="2026-06-06") + ENTRY.format(off="2026-06-05", work="2026-06-13"),
         r"transfers\[1\] \(day_off 2026-06-05\), line 6: day_off 2026-06-05 is already used by transfers\[0\]"),
        ("transfers:\n  - day_off: 2026-06-05\n    working_day: 2026-06-06\n    sources: [x]\n", "missing act"),
        ("transfers:\n" + ENTRY.format(off="2026-06-05", work="2026-06-06") + "    why: because\n", "unknown field why"),
        ("transfers: [1, 2]\n", r"transfers\[0\]: 1 is not a mapping"),
        ("transfers: {a: 1}\n", "is not a list"),
        ("holidays: []\n", "unknown section holidays"),
        ("verified_years: [2025, 2025]\ntransfers: []\n", "lists a year twice"),
        ("verified_years: [25]\ntransfers: []\n", "is not a year"),
        ("transfers: [\n", "not valid YAML"),
        ("corrections:\n  - date: 2026-06-05\n    working: maybe\n    reason_ru: a\n    reason_kk: b\n    act: c\n    sources: [d]\n",
         "working: 'maybe' must be true or false"),
    ],
)  # fmt: skip
def test_file_errors_name_the_entry(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(MalformedSource, match=message):
        load_transfer_file(_write(tmp_path, text))


@pytest.mark.parametrize(
    ("off", "work", "message"),
    [
        ("2025-01-03", "2025-01-04", "moves the day off to 2025-01-03 from 2025-01-05, not from 2025-01-04"),
        ("2024-12-30", "2025-01-05", "already moves the day off from 2025-01-05 to 2025-01-03"),
        ("2026-03-23", "2026-03-28", "day_off 2026-03-23 is already a day off"),
        ("2026-06-05", "2026-06-03", "working_day 2026-06-03 is already a working day"),
    ],
)
def test_file_contradicting_the_package(tmp_path: Path, off: str, work: str, message: str) -> None:
    path = _write(tmp_path, "transfers:\n" + ENTRY.format(off=off, work=work))
    with pytest.raises(MalformedSource, match=re.escape(message)) as err:
        WorkCalendar(path)
    assert "transfers[0]" in str(err.value)


def test_file_adds_a_transfer_and_a_correction(tmp_path: Path) -> None:
    text = "transfers:\n" + ENTRY.format(off="2026-12-31", work="2026-12-26")
    text += (
        "corrections:\n  - date: 2027-05-17\n    working: false\n    reason_ru: Курбан айт\n"
        "    reason_kk: Құрбан айт\n    act: сообщение ДУМК\n    sources: [https://example.org]\n"
    )
    cal = WorkCalendar(_write(tmp_path, text))
    assert not cal.is_working_day(D(2026, 12, 31)) and cal.is_working_day(D(2026, 12, 26))
    assert cal.day_status(D(2026, 12, 31)).reason_ru.endswith("(приказ № 1)")
    assert due(D(2026, 12, 30), Period(1, "sutki"), calendar=cal).due == D(2027, 1, 5)
    status = cal.why_non_working(D(2027, 5, 17))
    assert status is not None and status.kind == "corrected_day_off" and status.label_ru == "Курбан айт"
    assert D(2027, 5, 17) in [s.day for s in cal.days_off(2027)]


def test_redundant_correction_is_an_error(tmp_path: Path) -> None:
    text = (
        "corrections:\n  - date: 2026-03-23\n    working: false\n    reason_ru: a\n    reason_kk: b\n"
        "    act: c\n    sources: [d]\n"
    )
    with pytest.raises(
        MalformedSource,
        match=r"corrections\[0\] \(date 2026-03-23\), line 2: .* is already not a working day",
    ):
        WorkCalendar(_write(tmp_path, text))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(MalformedSource, match="cannot be read"):
        load_transfer_file(tmp_path / "none.yaml")


# --- the law texts and the documentation ---------------------------------------------------------

SHARED_LAW = Path(__file__).resolve().parents[2] / "shared" / "law" / "upk"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("i", "і")).strip()


@pytest.mark.sharedlaw
@pytest.mark.skipif(not SHARED_LAW.exists(), reason="../shared/law not present")
@pytest.mark.parametrize("prov", PROVISIONS, ids=[f"{p.key}:{p.quote_ru[:20]}" for p in PROVISIONS])
def test_quotations_match_the_code(prov: kzcal.Provision) -> None:
    ru = _norm((SHARED_LAW / "rus" / "sec001-ch004.md").read_text(encoding="utf-8"))
    kk = _norm((SHARED_LAW / "kaz" / "sec001-ch004.md").read_text(encoding="utf-8"))
    assert _norm(prov.quote_ru) in ru
    assert _norm(prov.quote_kk) in kk


@pytest.mark.parametrize(
    "module", [kzcal, periods_mod, workdays_mod, filing_mod, names_mod], ids=lambda m: m.__name__
)
def test_docstring_examples_run(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0


def test_public_api() -> None:
    assert set(kzcal.__all__) >= {
        "WorkCalendar",
        "Period",
        "Deadline",
        "due",
        "filed_in_time",
        "check_filing",
    }
    assert isinstance(due(D(2026, 3, 3), Period(1, "sutki")), Deadline)
