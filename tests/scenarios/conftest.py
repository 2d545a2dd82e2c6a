"""A pytest collector for the lawyer-readable scenarios: every ``*.yaml`` here is one test.

A scenario file::

    name: what it checks, in words a lawyer uses
    law: [УПК 489.1.2, НП P250000001S п.5]     # the provisions it checks
    reading: how the law was read, if that needed a choice (optional)
    facts: {...}                                 # the filing, exactly as CONTRACT.md §3 takes it
    expected:
      outcome: return            # and form, by, due (null allowed) — compared when present
      reasons: [rule ids that must be among the reasons]
      no_reasons: [rule ids that must not be]
      return_items: ["2"]        # items of УПК 489.1 that must appear among the reasons
      citations: [УПК 489.1.2]   # must appear among the citations of reasons, deadlines, notes, bench
      deadlines: {code: date}    # computed deadlines that must appear with this due date
      bench: 3                   # minimum number of judges
      defender: true             # mandatory (true) or not established (null)
      defender_items: ["5"]      # items of УПК 67.1
      notes: [codes]             # notes that must appear
      needs: [fields]            # exactly these missing fields (empty list: none)
      provisional: false
      error: {type: UnsupportedLaw, contains: [text, ...]}   # instead of all the above
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from kzreview.domain import parse_filing
from kzreview.errors import KzReviewError
from kzreview.rules import triage
from kzreview.rules.cites import parse_cite


def pytest_collect_file(parent: pytest.Collector, file_path: Path) -> pytest.Collector | None:
    if file_path.suffix == ".yaml" and file_path.parent.parent == Path(__file__).parent:
        return ScenarioFile.from_parent(parent, path=file_path)
    return None


class ScenarioFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        yield ScenarioItem.from_parent(self, name=self.path.stem, data=data)


class ScenarioFailure(AssertionError):
    pass


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


class ScenarioItem(pytest.Item):
    def __init__(self, *, data: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.data = data
        for key in ("name", "law", "facts", "expected"):
            if key not in data:
                raise ScenarioFailure(f"{self.path.name}: missing {key!r}")
        for ref in data["law"]:
            parse_cite(str(ref))  # a scenario names real provisions in the one accepted spelling

    def runtest(self) -> None:
        exp: dict[str, Any] = self.data["expected"]
        problems: list[str] = []
        if "error" in exp:
            want = exp["error"]
            try:
                triage(parse_filing(self.data["facts"]))
            except KzReviewError as err:
                if type(err).__name__ != want["type"] and want["type"] not in [
                    c.__name__ for c in type(err).__mro__
                ]:
                    problems.append(f"error type {type(err).__name__}, expected {want['type']}")
                if err.http_status not in (400, 422):
                    problems.append(f"http status {err.http_status}")
                problems += [
                    f"message lacks {c!r}: {err.message}"
                    for c in want.get("contains", [])
                    if c not in err.message
                ]
            else:
                problems.append(f"expected {want['type']}, got an answer")
            if problems:
                raise ScenarioFailure("\n".join(problems))
            return
        result = triage(parse_filing(self.data["facts"]))
        out = result.model_dump(mode="json")
        for key in ("outcome", "form", "by", "due", "provisional"):
            if key in exp and _iso(exp[key]) != out[key]:
                problems.append(f"{key}: got {out[key]!r}, expected {_iso(exp[key])!r}")
        codes = [r["code"] for r in out["reasons"]]
        for code in exp.get("reasons", []):
            if code not in codes:
                problems.append(f"reason {code} missing; reasons: {codes}")
        for code in exp.get("no_reasons", []):
            if code in codes:
                problems.append(f"reason {code} present but must not be")
        items = {r["return_item"] for r in out["reasons"]}
        for item in exp.get("return_items", []):
            if str(item) not in items:
                problems.append(
                    f"return item {item} of УПК 489.1 missing; items: {sorted(i for i in items if i)}"
                )
        cited = {
            parse_cite_short(c)
            for part in ("reasons", "deadlines", "notes")
            for x in out[part]
            for c in x["citations"]
        }
        if out["bench"]:
            cited |= {parse_cite_short(c) for c in out["bench"]["citations"]}
        for ref in exp.get("citations", []):
            if parse_cite(str(ref)).short not in cited:
                problems.append(f"citation {ref} missing; cited: {sorted(cited)}")
        got_dl = {d["code"]: d["due"] for d in out["deadlines"]}
        for code, due in (exp.get("deadlines") or {}).items():
            if got_dl.get(code) != _iso(due):
                problems.append(f"deadline {code}: got {got_dl.get(code)!r}, expected {_iso(due)!r}")
        if "bench" in exp:
            judges = out["bench"]["judges"] if out["bench"] else None
            if judges != exp["bench"]:
                problems.append(f"bench: got {judges}, expected {exp['bench']}")
        if "defender" in exp:
            got = out["defender"]["mandatory"] if out["defender"] else None
            if got != exp["defender"]:
                problems.append(f"defender.mandatory: got {got}, expected {exp['defender']}")
        if "defender_items" in exp:
            got_items = [g["item"] for g in (out["defender"] or {}).get("grounds", [])]
            if sorted(got_items) != sorted(str(i) for i in exp["defender_items"]):
                problems.append(f"defender items: got {got_items}, expected {exp['defender_items']}")
        notes = [n["code"] for n in out["notes"]]
        for code in exp.get("notes", []):
            if code not in notes:
                problems.append(f"note {code} missing; notes: {notes}")
        if "needs" in exp:
            fields = sorted(n["field"] for n in out["needs"])
            if fields != sorted(exp["needs"]):
                problems.append(f"needs: got {fields}, expected {sorted(exp['needs'])}")
        if not out["reasons"]:
            problems.append("reasons is empty (CONTRACT §3: never)")
        for r in out["reasons"]:
            if not any(c["act"] in ("УПК", "УК") for c in r["citations"]):
                problems.append(f"reason {r['code']} cites no provision of a code")
        if problems:
            raise ScenarioFailure("\n".join(problems))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, ScenarioFailure):
            return f"{self.path.name} — {self.data.get('name')}\n{excinfo.value}"
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"scenario: {self.data.get('name')}"


def parse_cite_short(c: dict[str, Any]) -> str:
    from kzreview.citations.model import Citation

    return Citation(**c).short
