"""The transfers of days off (перенос выходных дней) and corrections to the ``holidays`` package.

Labour Code of Kazakhstan art. 85 p.3 lets the state move days off to other working days «в целях
рационального использования рабочего времени в период праздничных дней»: a government resolution
(постановление Правительства) until 2023, an order of the authorised body for labour (приказ Министра
труда и социальной защиты населения) from 2024.  The ``holidays`` package (0.109) lists the day made
a day off of each transfer up to 2025 («Демалыс күні (05.01.2025 бастап ауыстырылды)») but not, as a
working day, the Saturday or Sunday it was taken from.  :class:`~kzreview.calendar.workdays.WorkCalendar`
reads both sides from the package; ``data/transfers.yaml`` adds

* ``transfers`` — transfers the package lacks, and, for those it has, the act and its sources (an entry
  that contradicts the package is an error);
* ``corrections`` — single days whose status the package gets wrong (none known at present);
* ``verified_years`` — years whose whole calendar was checked against the official one.

This module reads and checks the file on its own (types, dates, duplicates); the checks against the
package are made by ``WorkCalendar`` when it is built.  Every error names the entry and its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml

from kzreview.calendar.bounds import FIRST_DAY, LAST_DAY
from kzreview.errors import MalformedSource

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DEFAULT_PATH = Path(__file__).with_name("data") / "transfers.yaml"

Origin = Literal["holidays-package", "transfers.yaml"]


@dataclass(frozen=True)
class Transfer:
    """A day off moved: ``working_day`` (usually a Saturday or Sunday) is worked, ``day_off`` is not."""

    day_off: date
    working_day: date
    origin: Origin
    act_ru: str | None = None
    act_kk: str | None = None
    sources: tuple[str, ...] = ()
    adilet: str | None = None
    note: str | None = None
    entry: str | None = None


@dataclass(frozen=True)
class Correction:
    """One day whose status (working or not) overrides what the package and the weekend say."""

    day: date
    working: bool
    reason_ru: str
    reason_kk: str
    act_ru: str
    sources: tuple[str, ...]
    act_kk: str | None = None
    entry: str | None = None


@dataclass(frozen=True)
class TransferFile:
    """The contents of ``transfers.yaml``, checked."""

    path: str
    transfers: tuple[Transfer, ...]
    corrections: tuple[Correction, ...]
    verified_years: frozenset[int]


_TRANSFER_KEYS = {"day_off", "working_day", "act", "sources"}
_TRANSFER_OPTIONAL = {"act_kk", "adilet", "note"}
_CORRECTION_KEYS = {"date", "working", "reason_ru", "reason_kk", "act", "sources"}
_CORRECTION_OPTIONAL = {"act_kk", "note"}
_ROOT_KEYS = {"verified_years", "transfers", "corrections"}


class _Loader(yaml.SafeLoader):
    """``SafeLoader`` that leaves dates as strings, so that a bad date gets our message, not PyYAML's."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Reader:
    """Checks one file; ``fail`` raises ``MalformedSource`` naming the entry and its line."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        try:
            self.data: Any = yaml.load(text, Loader=_Loader)  # a SafeLoader subclass: no arbitrary objects
            self.root = yaml.compose(text, Loader=_Loader)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            raise MalformedSource(path, f"not valid YAML: {err}", line) from err

    def line_of(self, section: str, index: int) -> int | None:
        if not isinstance(self.root, yaml.MappingNode):
            return None
        for key, value in self.root.value:
            if key.value == section and isinstance(value, yaml.SequenceNode) and index < len(value.value):
                return int(value.value[index].start_mark.line) + 1
        return None

    def fail(self, where: str, problem: str, line: int | None = None) -> MalformedSource:
        return MalformedSource(self.path, f"{where}: {problem}", line)

    def day(self, where: str, line: int | None, item: dict[str, Any], key: str) -> date:
        value = item[key]
        if isinstance(value, str):
            try:
                if not _ISO_DAY.match(value):  # fromisoformat would also take "20250103", "2025-W01-5"
                    raise ValueError(value)
                value = date.fromisoformat(value)
            except ValueError:
                raise self.fail(where, f"{key}: {item[key]!r} is not a date (YYYY-MM-DD)", line) from None
        if type(value) is not date:
            raise self.fail(where, f"{key}: {value!r} is not a date (YYYY-MM-DD)", line)
        if not FIRST_DAY <= value <= LAST_DAY:
            raise self.fail(where, f"{key}: {value} is outside {FIRST_DAY}..{LAST_DAY}", line)
        return value

    def text(self, where: str, line: int | None, item: dict[str, Any], key: str) -> str | None:
        value = item.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, f"{key}: {value!r} must be a non-empty string", line)
        return value.strip()

    def required_text(self, where: str, line: int | None, item: dict[str, Any], key: str) -> str:
        value = self.text(where, line, item, key)
        if value is None:
            raise self.fail(where, f"{key}: must be a non-empty string", line)
        return value

    def sources(self, where: str, line: int | None, item: dict[str, Any]) -> tuple[str, ...]:
        value = item["sources"]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not value or not all(isinstance(s, str) and s for s in value):
            raise self.fail(where, f"sources: {value!r} must be a non-empty list of strings", line)
        return tuple(value)

    def mapping(
        self, where: str, line: int | None, item: object, required: set[str], optional: set[str]
    ) -> dict[str, Any]:
        if not isinstance(item, dict):
            raise self.fail(where, f"{item!r} is not a mapping", line)
        missing = sorted(required - item.keys())
        if missing:
            raise self.fail(where, f"missing {', '.join(missing)}", line)
        unknown = sorted(str(k) for k in item.keys() - required - optional)
        if unknown:
            allowed = ", ".join(sorted(required | optional))
            raise self.fail(where, f"unknown field {', '.join(unknown)}; allowed: {allowed}", line)
        return item

    def section(self, name: str) -> list[Any]:
        value = self.data.get(name, [])
        if value is None:
            return []
        if not isinstance(value, list):
            raise self.fail(name, f"{value!r} is not a list")
        return value


def _read_transfers(r: _Reader) -> list[Transfer]:
    out: list[Transfer] = []
    for i, raw in enumerate(r.section("transfers")):
        line = r.line_of("transfers", i)
        where = f"transfers[{i}]"
        item = r.mapping(where, line, raw, _TRANSFER_KEYS, _TRANSFER_OPTIONAL)
        day_off = r.day(where, line, item, "day_off")
        where = f"transfers[{i}] (day_off {day_off})"
        working_day = r.day(where, line, item, "working_day")
        if day_off == working_day:
            raise r.fail(where, "day_off and working_day are the same day", line)
        out.append(
            Transfer(
                day_off=day_off,
                working_day=working_day,
                origin="transfers.yaml",
                act_ru=r.required_text(where, line, item, "act"),
                act_kk=r.text(where, line, item, "act_kk"),
                sources=r.sources(where, line, item),
                adilet=r.text(where, line, item, "adilet"),
                note=r.text(where, line, item, "note"),
                entry=f"{where}, line {line}" if line else where,
            )
        )
    return out


def _read_corrections(r: _Reader) -> list[Correction]:
    out: list[Correction] = []
    for i, raw in enumerate(r.section("corrections")):
        line = r.line_of("corrections", i)
        where = f"corrections[{i}]"
        item = r.mapping(where, line, raw, _CORRECTION_KEYS, _CORRECTION_OPTIONAL)
        day = r.day(where, line, item, "date")
        where = f"corrections[{i}] (date {day})"
        if not isinstance(item["working"], bool):
            raise r.fail(where, f"working: {item['working']!r} must be true or false", line)
        out.append(
            Correction(
                day=day,
                working=item["working"],
                reason_ru=r.required_text(where, line, item, "reason_ru"),
                reason_kk=r.required_text(where, line, item, "reason_kk"),
                act_ru=r.required_text(where, line, item, "act"),
                act_kk=r.text(where, line, item, "act_kk"),
                sources=r.sources(where, line, item),
                entry=f"{where}, line {line}" if line else where,
            )
        )
    return out


def _read_years(r: _Reader) -> frozenset[int]:
    years = r.section("verified_years")
    for y in years:
        if type(y) is not int or not FIRST_DAY.year <= y <= LAST_DAY.year:
            raise r.fail("verified_years", f"{y!r} is not a year from {FIRST_DAY.year} to {LAST_DAY.year}")
    if len(set(years)) != len(years):
        raise r.fail("verified_years", f"{years!r} lists a year twice")
    return frozenset(years)


def _check_unique(r: _Reader, transfers: list[Transfer], corrections: list[Correction]) -> None:
    """A date may appear once in the whole file: twice is a duplicate or a contradiction."""
    seen: dict[date, str] = {}
    uses: list[tuple[date, str, str]] = []
    for t in transfers:
        uses += [(t.day_off, "day_off", t.entry or ""), (t.working_day, "working_day", t.entry or "")]
    uses += [(c.day, "date", c.entry or "") for c in corrections]
    for day, role, entry in uses:
        if day in seen:
            raise MalformedSource(r.path, f"{entry}: {role} {day} is already used by {seen[day]}")
        seen[day] = f"{entry} ({role})"


def load_transfer_file(path: str | Path | None = None) -> TransferFile:
    """Read and check ``transfers.yaml`` (the bundled one unless ``path`` is given).

    Raises :class:`~kzreview.errors.MalformedSource` naming the entry, the field and the line.
    """
    p = Path(path) if path is not None else DEFAULT_PATH
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as err:
        raise MalformedSource(str(p), f"cannot be read: {err.strerror or err}") from err
    r = _Reader(str(p), text)
    if not isinstance(r.data, dict):
        raise r.fail("file", "the top level must be a mapping with 'transfers'")
    unknown = sorted(str(k) for k in r.data.keys() - _ROOT_KEYS)
    if unknown:
        raise r.fail(
            "file", f"unknown section {', '.join(unknown)}; allowed: {', '.join(sorted(_ROOT_KEYS))}"
        )
    transfers = _read_transfers(r)
    corrections = _read_corrections(r)
    _check_unique(r, transfers, corrections)
    return TransferFile(str(p), tuple(transfers), tuple(corrections), _read_years(r))
