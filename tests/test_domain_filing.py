"""The filing model: every bad input names the field, the value and what is allowed."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from kzreview.domain import ContradictoryFacts, InvalidFiling, load_filing_text, parse_filing
from kzreview.errors import InvalidValue, MalformedSource


def minimal(**over: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"instance": "cassation", "document": "complaint", "filed_on": "2025-09-10"}
    d.update(over)
    return d


def test_minimal_filing_validates() -> None:
    f = parse_filing(minimal())
    assert f.filed_on == date(2025, 9, 10)
    assert f.law_date == date(2025, 9, 10)
    assert f.filer.role is None and f.contents is None


def test_unknown_role_names_field_value_and_allowed() -> None:
    with pytest.raises(InvalidValue) as e:
        parse_filing(minimal(filer={"role": "judge"}))
    assert str(e.value).startswith(
        "filer.role: 'judge' is not allowed; allowed: convicted, acquitted, defender"
    )
    assert e.value.field == "filer.role" and e.value.value == "judge"


def test_unknown_field_lists_allowed_fields() -> None:
    with pytest.raises(InvalidFiling) as e:
        parse_filing(minimal(act={"kind": "verdict", "colour": "red"}))
    assert "act.colour: unknown field; allowed: kind, court_level, outcome" in str(e.value)


def test_missing_required_field() -> None:
    with pytest.raises(InvalidFiling) as e:
        parse_filing({"document": "complaint"})
    assert "instance: missing; allowed: appeal, cassation" in str(e.value)


@pytest.mark.parametrize("bad", ["2025-13-01", "01.09.2025", "2025-09-01T10:00", 20250901, True])
def test_dates_are_iso_days_only(bad: object) -> None:
    with pytest.raises(InvalidFiling) as e:
        parse_filing(minimal(filed_on=bad))
    assert "filed_on:" in str(e.value) and "allowed: a date YYYY-MM-DD" in str(e.value)


@pytest.mark.parametrize("bad", ["yes", 1, "true"])
def test_booleans_are_strict(bad: object) -> None:
    with pytest.raises(InvalidFiling) as e:
        parse_filing(minimal(withdrawn=bad))
    assert "withdrawn:" in str(e.value) and "allowed: true, false" in str(e.value)


def test_grounds_are_article_part_item() -> None:
    assert parse_filing(minimal(request={"grounds": ["485.1.7-1", "485.2.4"]})).request.grounds == [
        "485.1.7-1",
        "485.2.4",
    ]
    with pytest.raises(InvalidFiling) as e:
        parse_filing(minimal(request={"grounds": ["ст.485"]}))
    assert "request.grounds[0]: 'ст.485' is not allowed" in str(e.value)


def test_all_problems_reported_at_once() -> None:
    with pytest.raises(InvalidFiling) as e:
        parse_filing(minimal(filer={"role": "judge"}, act={"kind": "decree"}))
    assert len(e.value.problems) == 2


def test_received_before_filed_is_contradictory() -> None:
    with pytest.raises(ContradictoryFacts) as e:
        parse_filing(minimal(filed_on="2025-08-05", received_on="2025-08-01"))
    assert str(e.value) == "received_on 2025-08-01 is before filed_on 2025-08-05"


@pytest.mark.parametrize(
    ("over", "fragment"),
    [
        (
            {"act": {"kind": "verdict", "outcome": "termination"}},
            "act.outcome 'termination' contradicts act.kind 'verdict'",
        ),
        (
            {"act": {"kind": "verdict", "ruling_subject": "execution"}},
            "act.ruling_subject 'execution' is given",
        ),
        (
            {"act": {"court_level": "appeal"}, "appeal_history": "not_appealed"},
            "appeal_history 'not_appealed' contradicts",
        ),
        (
            {"case": {"charged_category": "minor", "convicted_category": "grave"}},
            "is graver than case.charged_category",
        ),
        ({"act": {"outcome": "acquittal"}, "case": {"convicted_category": "minor"}}, "nobody was convicted"),
        (
            {"filer": {"role": "victim", "represented_reached_majority": True}},
            "filer.represented_reached_majority is given",
        ),
        ({"filer": {"role": "prosecutor_general", "in_custody": True}}, "only a convict is held in custody"),
        (
            {"request": {"disputes_requalification": True, "worsens_position": False}},
            "restoring the graver charge",
        ),
        (
            {"withdrawn": False, "withdrawn_before_hearing": True},
            "withdrawn_before_hearing is true but withdrawn is false",
        ),
        ({"first_filing_received_on": "2025-09-20"}, "first_filing_received_on 2025-09-20 is after filed_on"),
        ({"act": {"in_force_on": "2025-09-20"}}, "filed_on 2025-09-10 is before act.in_force_on 2025-09-20"),
        (
            {"act": {"kind": "investigating_judge_ruling", "court_level": "appeal"}},
            "an investigating judge is a judge",
        ),
    ],
)
def test_contradictions(over: dict[str, Any], fragment: str) -> None:
    with pytest.raises(ContradictoryFacts) as e:
        parse_filing(minimal(**over))
    assert fragment in str(e.value)


def test_document_must_fit_instance() -> None:
    with pytest.raises(InvalidFiling) as e:
        parse_filing(minimal(document="private_complaint"))
    assert "document: 'private_complaint' is not allowed; allowed: complaint, protest, submission" in str(
        e.value
    )


def test_yaml_and_json_text() -> None:
    y = load_filing_text("instance: cassation\ndocument: protest\nfiled_on: 2025-09-10\n")
    j = load_filing_text('{"instance": "cassation", "document": "protest", "filed_on": "2025-09-10"}')
    assert y == j
    with pytest.raises(MalformedSource):
        load_filing_text("instance: [unclosed\n", "f.yaml")
    with pytest.raises(MalformedSource):
        load_filing_text("   ")
    with pytest.raises(InvalidFiling):
        load_filing_text("- a list\n")


def test_filing_is_immutable() -> None:
    f = parse_filing(minimal())
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen error type is an implementation detail
        f.filed_on = date(2025, 1, 1)  # type: ignore[misc]
