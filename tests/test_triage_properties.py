"""Properties of the cassation triage over any filing hypothesis can build (CONTRACT.md §3).

For every input: either a clear input error (exit 2 / 422: invalid, contradictory, law not modelled),
or an answer whose reasons are never empty, each citing a provision of a code; the form and author
match the outcome; no question is ever left to «no rule applies» or «rules conflict».
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kzreview.domain import (
    ActKind,
    ActOutcome,
    AppealHistory,
    Category,
    ContradictoryFacts,
    CourtLevel,
    InvalidFiling,
    Procedure,
    Role,
    RulingSubject,
    TriageResult,
    UnsupportedLaw,
    parse_filing,
)
from kzreview.rules import triage

GROUNDS = [
    "485.1.1",
    "485.1.2",
    "485.1.3",
    "485.1.5",
    "485.1.6",
    "485.1.7-1",
    "485.1.8",
    "485.2.1",
    "485.2.2",
    "485.2.3",
    "485.2.4",
    "433.1.3",
]
CONTENT_KEYS = [
    "addressee",
    "filer_details",
    "acts_identified",
    "extent",
    "ground_reference",
    "arguments",
    "evidence",
    "participation_preference",
    "attachments_list",
    "date",
    "signature",
    "copies_of_acts",
    "language_matches_proceedings",
    "improper_language",
    "irrelevant_matter",
    "addressed_to_other_body",
]


def opt(s: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(st.none(), s)


def enum(e: Any) -> st.SearchStrategy[str]:
    return st.sampled_from([m.value for m in e])


days = st.dates(min_value=date(2025, 7, 1), max_value=date(2029, 12, 31))
flag = opt(st.booleans())


@st.composite
def filings(draw: st.DrawFn) -> dict[str, Any]:
    in_force = draw(opt(st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))))
    filed = draw(days)
    d: dict[str, Any] = {
        "instance": "cassation",
        "document": draw(st.sampled_from(["complaint", "protest", "submission"])),
        "filer": {
            k: v
            for k, v in {
                "role": draw(opt(enum(Role))),
                "represented_reached_majority": draw(flag),
                "convict_consents": draw(flag),
                "in_custody": draw(flag),
                "speaks_language_of_proceedings": draw(flag),
            }.items()
            if v is not None
        },
        "act": {
            k: v
            for k, v in {
                "kind": draw(opt(enum(ActKind))),
                "court_level": draw(opt(enum(CourtLevel))),
                "outcome": draw(opt(enum(ActOutcome))),
                "procedure": draw(opt(enum(Procedure))),
                "ruling_subject": draw(opt(enum(RulingSubject))),
                "during_trial": draw(flag),
                "in_force_on": in_force.isoformat() if in_force else None,
            }.items()
            if v is not None
        },
        "case": {
            k: v
            for k, v in {
                "charged_category": draw(opt(enum(Category))),
                "convicted_category": draw(opt(enum(Category))),
                "convict_died": draw(flag),
            }.items()
            if v is not None
        },
        "appeal_history": draw(opt(enum(AppealHistory))),
        "request": {
            k: v
            for k, v in {
                "worsens_position": draw(flag),
                "grounds": draw(opt(st.lists(st.sampled_from(GROUNDS), max_size=3))),
                "civil_claim_only": draw(flag),
                "only_retroactivity_or_amnesty": draw(flag),
                "disputes_requalification": draw(flag),
                "public_interest_justified": draw(flag),
                "civil_claim_arithmetic_only": draw(flag),
            }.items()
            if v is not None
        },
        "filed_on": filed.isoformat(),
        "received_on": (filed + timedelta(days=draw(st.integers(0, 400)))).isoformat(),
        "withdrawn": draw(flag),
        "at_hearing": draw(flag),
        "restoration_requested": draw(flag),
        "remanded_by_supreme_court": draw(flag),
    }
    if draw(st.booleans()):
        d["contents"] = {k: draw(st.booleans()) for k in CONTENT_KEYS if draw(st.booleans())}
    if draw(st.booleans()):
        d["passed_to_judge_on"] = d["received_on"]
    if draw(st.booleans()):
        d["case_received_on"] = (filed + timedelta(days=draw(st.integers(0, 60)))).isoformat()
    return {k: v for k, v in d.items() if v is not None}


EXPECTED_FORM = {
    ("return", "letter"): "cassation_judge",
    ("return", "ruling"): "cassation_court",
    ("leave_without_consideration", "ruling"): "cassation_court",
    ("accept", None): "cassation_court",
}


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(filings())
def test_every_filing_gets_an_answer_or_an_input_error(data: dict[str, Any]) -> None:
    try:
        result = triage(parse_filing(data))
    except (InvalidFiling, ContradictoryFacts, UnsupportedLaw) as err:
        assert err.http_status == 422 and err.message
        return
    out = result.model_dump(mode="json")
    assert TriageResult.model_validate(out) == result, "objects built without validation validate as they are"
    assert out["reasons"], "reasons is never empty"
    for r in out["reasons"]:
        assert any(c["act"] in ("УПК", "УК") for c in r["citations"]), r["code"]
        assert r["text_ru"] and r["text_kk"] and "{" not in r["text_ru"] + r["text_kk"]
    assert EXPECTED_FORM[(out["outcome"], out["form"])] == out["by"]
    if out["outcome"] == "return" and out["form"] == "letter":
        assert all(r["kind"] == "defect" for r in out["reasons"])
        assert out["due"] is None or "passed_to_judge_on" in data
    if out["outcome"] == "accept":
        assert out["bench"] and out["bench"]["judges"] in (3, 5)
        assert all(r["kind"] in ("admissible", "limit") for r in out["reasons"])
    for d in out["deadlines"]:
        assert d["due"] >= d["counted_from"]
    for n in out["needs"]:
        assert n["message"].startswith(f"needs {n['field']} to decide ") and n["rule"] in n["rules"]
