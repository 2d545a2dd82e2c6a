"""Dates written in Russian or Kazakh: «14.03.2025», «14 марта 2025 года», «2025 жылғы 11 наурыз»."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kzreview.corpus.months import month_number

_RU_MONTH_RX = r"(?P<mon>январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|ноябр[ья]|декабр[ья])"
_KK_MONTH_RX = (
    r"(?P<kmon>қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\w*"
)

DATE_RX = re.compile(
    r"(?P<num>\b(?P<d>\d{1,2})\s?[./]\s?(?P<m>\d{1,2})\s?[./]\s?(?P<y>\d{4}|\d{2})(?!\d))"
    rf"|(?P<ru>[«\"]?\b(?P<rd>\d{{1,2}})[»\"]?\s+{_RU_MONTH_RX}\s+(?P<ry>\d{{4}}))"
    rf"|(?P<kk>\b(?P<ky>\d{{4}})\s*(?:жылғы|ж\.|жыл)\s*(?P<kd>\d{{1,2}})\s+{_KK_MONTH_RX})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateMention:
    value: date
    start: int
    end: int
    text: str


def _year(y: str) -> int:
    n = int(y)
    return n + 2000 if n < 100 else n


def find_dates(text: str) -> list[DateMention]:
    """Every valid date written in ``text`` (impossible ones like 31.02 are skipped)."""
    out: list[DateMention] = []
    for m in DATE_RX.finditer(text):
        try:
            if m.group("num"):
                value = date(_year(m.group("y")), int(m.group("m")), int(m.group("d")))
            elif m.group("ru"):
                month = month_number(m.group("mon"))
                if month is None:
                    continue
                value = date(int(m.group("ry")), month, int(m.group("rd")))
            else:
                month = month_number(m.group("kmon"))
                if month is None:
                    continue
                value = date(int(m.group("ky")), month, int(m.group("kd")))
        except (ValueError, StopIteration, KeyError):
            continue
        if 1990 <= value.year <= 2100:
            out.append(DateMention(value, m.start(), m.end(), m.group(0)))
    return out
