"""Properties of УПК 48-49 arithmetic that hold for every start date and period (hypothesis)."""

from __future__ import annotations

import calendar as pycal
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kzreview.calendar import Period, WorkCalendar, add_months, due, filed_in_time
from kzreview.calendar.filing import VIAS

CAL = WorkCalendar.default()
# Holidays are built per year on first use, so no per-example deadline; no test here measures time.
relaxed = settings(deadline=None)

starts = st.dates(date(2015, 1, 1), date(2040, 12, 31))
day_periods = st.builds(Period, st.integers(1, 400), st.sampled_from(["sutki", "days"]))
month_periods = st.one_of(
    st.builds(Period, st.integers(1, 60), st.just("months")),
    st.builds(Period, st.integers(1, 10), st.just("years")),
)
general = st.one_of(day_periods, month_periods)
custody = st.builds(
    Period,
    st.integers(1, 400),
    st.sampled_from(["sutki", "days", "months"]),
    st.sampled_from(["custody", "house_arrest", "special_institution"]),
)
moments = st.datetimes(datetime(2015, 1, 1), datetime(2040, 12, 31))


def _months(p: Period) -> int:
    return p.amount * (12 if p.unit == "years" else 1)


@relaxed
@given(starts, day_periods)
def test_day_periods_end_no_earlier_than_start_plus_amount(start: date, p: Period) -> None:
    d = due(start, p)
    assert d.last_day == start + timedelta(days=p.amount)
    assert d.due >= start + timedelta(days=p.amount)
    assert d.first_counted_day == start + timedelta(days=1)


@relaxed
@given(starts, general)
def test_due_is_a_working_day_where_the_move_rule_applies(start: date, p: Period) -> None:
    d = due(start, p)
    assert CAL.is_working_day(d.due)
    assert (d.moved_from is None) == CAL.is_working_day(d.last_day)


@relaxed
@given(starts, general)
def test_due_without_move_is_not_after_due_with_move(start: date, p: Period) -> None:
    """The move only ever goes forward, to the first working day, over non-working days only."""
    d = due(start, p)
    assert d.last_day <= d.due
    day = d.last_day
    while day < d.due:
        assert not CAL.is_working_day(day)
        day += timedelta(days=1)


@relaxed
@given(starts, custody)
def test_custody_type_periods_are_never_moved_and_count_the_first_day(start: date, p: Period) -> None:
    d = due(start, p)
    assert d.due == d.last_day and d.moved_from is None
    assert d.first_counted_day == start
    plain = due(start, Period(p.amount, p.unit))
    assert d.last_day == plain.last_day - timedelta(days=1)
    assert d.due <= plain.due


@relaxed
@given(starts, starts, st.one_of(general, custody))
def test_later_start_never_gives_an_earlier_due(a: date, b: date, p: Period) -> None:
    early, late = sorted((a, b))
    assert due(early, p).due <= due(late, p).due
    assert due(early, p).last_day <= due(late, p).last_day


@relaxed
@given(starts, month_periods)
def test_month_arithmetic_keeps_the_date_or_takes_the_month_end(start: date, p: Period) -> None:
    last = due(start, p).last_day
    months = _months(p)
    assert (last.year * 12 + last.month) - (start.year * 12 + start.month) == months
    month_end = pycal.monthrange(last.year, last.month)[1]
    assert last.day == min(start.day, month_end)
    if start.day > month_end:
        assert last.day == month_end


@relaxed
@given(starts, st.integers(1, 10))
def test_years_are_twelve_months(start: date, n: int) -> None:
    assert due(start, Period(n, "years")).last_day == due(start, Period(12 * n, "months")).last_day
    assert add_months(start, 12 * n) == due(start, Period(n, "years")).last_day


@relaxed
@given(starts, general, st.integers(-40, 40), st.sampled_from(VIAS))
def test_filed_in_time_is_filed_no_later_than_due(start: date, p: Period, shift: int, via: str) -> None:
    d = due(start, p)
    filed = d.due + timedelta(days=shift)
    expected = filed <= d.due
    assert filed_in_time(filed, d, via=via) is expected  # type: ignore[arg-type]
    assert filed_in_time(filed, d.due, via=via) is expected  # type: ignore[arg-type]
    # the channel decides what proves the time, never the arithmetic
    assert {filed_in_time(filed, d, via=v) for v in VIAS} == {expected}  # type: ignore[arg-type]


@relaxed
@given(moments, st.integers(1, 240))
def test_detention_hours_run_from_the_minute(start: datetime, n: int) -> None:
    d = due(start, Period(n, "hours", "detention"))
    assert d.expires_at - start.replace(second=0, microsecond=0) == timedelta(hours=n)
    assert d.moved_from is None


@relaxed
@given(moments, st.integers(1, 240))
def test_general_hours_skip_the_starting_hour(start: datetime, n: int) -> None:
    d = due(start, Period(n, "hours"))
    assert timedelta(hours=n) < d.expires_at - start <= timedelta(hours=n + 1)
    assert d.expires_at.minute == 0
    assert filed_in_time(d.expires_at - timedelta(minutes=1), d, via="court")
    assert not filed_in_time(d.expires_at, d, via="court")


@relaxed
@given(starts)
def test_next_working_day_is_the_first_working_day_after(day: date) -> None:
    nxt = CAL.next_working_day(day)
    assert nxt > day and CAL.is_working_day(nxt)
    between = day + timedelta(days=1)
    while between < nxt:
        assert not CAL.is_working_day(between)
        between += timedelta(days=1)
    assert nxt - day <= timedelta(days=10)


@relaxed
@given(starts)
def test_every_day_has_a_reason_in_both_languages(day: date) -> None:
    s = CAL.day_status(day)
    assert s.reason_ru and s.reason_kk and s.label_ru and s.label_kk
    assert (CAL.why_non_working(day) is None) == s.working
