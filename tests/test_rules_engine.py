"""The engine's semantics and the load-time checks, on small rule folders written for the test."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from kzreview.domain import parse_filing
from kzreview.rules import (
    Engine,
    NoRuleApplies,
    RuleFileError,
    RulesConflict,
    bundled_model,
    load_model,
    rules_citing,
)
from kzreview.rules.cites import parse_cite
from kzreview.rules.facts import derive
from kzreview.rules.predicates import REGISTRY

MODEL = {
    "model": {"instance": "test", "valid_from": "2025-07-01", "before_message": "not modelled"},
    "groups": [{"id": "q", "values": ["allowed", "denied"], "required": True}, {"id": "findings"}],
    "outcomes": [
        {
            "id": "ret",
            "on_reason": "defect",
            "outcome": "return",
            "form": "letter",
            "by": "cassation_judge",
            "cites": ["УПК 489.3"],
        },
        {"id": "accept", "outcome": "accept", "cites": ["УПК 492.1"]},
    ],
}


def rule(
    rid: str, when: list[Any], *, group: str = "q", conclusion: str | None = "allowed", **extra: Any
) -> dict[str, Any]:
    r: dict[str, Any] = {
        "id": rid,
        "provision": "УПК 486.1",
        "group": group,
        "title_ru": "t",
        "title_kk": "t",
        "when": when,
        "cites": ["УПК 486.1"],
        "text_ru": "x",
        "text_kk": "x",
    }
    if conclusion is not None:
        r["conclusion"] = conclusion
    r.update(extra)
    return r


def folder(tmp_path: Path, *rules: dict[str, Any]) -> Path:
    (tmp_path / "_model.yaml").write_text(yaml.safe_dump(MODEL, allow_unicode=True), encoding="utf-8")
    (tmp_path / "r.yaml").write_text(
        yaml.safe_dump({"rules": list(rules)}, allow_unicode=True), encoding="utf-8"
    )
    return tmp_path


def facts(**over: object) -> object:
    f = parse_filing({"instance": "cassation", "document": "complaint", "filed_on": "2025-09-10", **over})
    return derive(f, date(2025, 9, 10))


def test_exception_defeats_base(tmp_path: Path) -> None:
    m = load_model(
        folder(
            tmp_path,
            rule("base", []),
            rule("exc", [{"role_in": ["victim"]}], conclusion="denied", exception_to=["base"]),
        )
    )
    ev = Engine(m).evaluate(facts(filer={"role": "victim"}))  # type: ignore[arg-type]
    assert ev.state.conclusions["q"] == "denied"
    assert [c.status for c in ev.considered] == ["defeated", "fired"]
    ev = Engine(m).evaluate(facts(filer={"role": "convicted"}))  # type: ignore[arg-type]
    assert ev.state.conclusions["q"] == "allowed"


def test_unknown_fact_leaves_question_open(tmp_path: Path) -> None:
    m = load_model(
        folder(
            tmp_path,
            rule("base", []),
            rule("exc", [{"role_in": ["victim"]}], conclusion="denied", exception_to=["base"]),
        )
    )
    ev = Engine(m).evaluate(facts())  # type: ignore[arg-type]
    assert ev.state.conclusions["q"] is None and ev.open_questions == ["q"]
    assert ("filer.role",) in [c.missing for c in ev.considered]


def test_conflict_names_both_rules(tmp_path: Path) -> None:
    m = load_model(folder(tmp_path, rule("a", []), rule("b", [], conclusion="denied")))
    with pytest.raises(RulesConflict) as e:
        Engine(m).evaluate(facts())  # type: ignore[arg-type]
    assert "a (УПК 486.1) → allowed" in str(e.value) and "b (УПК 486.1) → denied" in str(e.value)


def test_no_rule_applies_names_provisions(tmp_path: Path) -> None:
    m = load_model(folder(tmp_path, rule("a", [{"role_in": ["victim"]}])))
    with pytest.raises(NoRuleApplies) as e:
        Engine(m).evaluate(facts(filer={"role": "convicted"}))  # type: ignore[arg-type]
    assert "no rule applies to the question 'q'" in str(e.value) and "a (УПК 486.1)" in str(e.value)


def test_validity_intervals_select_a_version(tmp_path: Path) -> None:
    m = load_model(
        folder(
            tmp_path,
            rule("v", [], valid_to="2027-06-30"),
            rule("v", [], conclusion="denied", valid_from="2027-07-01"),
        )
    )
    eng = Engine(m)
    assert eng.evaluate(facts()).state.conclusions["q"] == "allowed"  # type: ignore[arg-type]
    f = parse_filing({"instance": "cassation", "document": "complaint", "filed_on": "2027-07-01"})
    assert eng.evaluate(derive(f, date(2027, 7, 1))).state.conclusions["q"] == "denied"


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ([rule("a", ["no_such_predicate"])], "unknown predicate 'no_such_predicate'"),
        ([rule("a", [{"role_in": ["judge"]}])], "'judge' is not a Role"),
        ([rule("a", ["role_in"])], "needs a parameter"),
        ([rule("a", [{"flag": "request.nothing"}])], "no field 'request.nothing'"),
        ([rule("a", [], cites=["ч.1 ст.486 УПК"])], "malformed citation"),
        ([rule("a", [], cites=["НП P250000001S п.19"])], "has no paragraph 19"),
        ([rule("a", []), rule("a", [], valid_from="2026-01-01")], "overlaps"),
        ([rule("a", [], exception_to=["ghost"])], "exception_to unknown rule 'ghost'"),
        ([rule("a", [], conclusion="maybe")], "needs a conclusion in allowed, denied"),
        ([rule("a", [], text_ru="{nobody}")], "uses {nobody}"),
        ([rule("a", [], effect={"reason": "defect", "return_item": "7"})], "return_item '7'"),
        (
            [rule("a", []), rule("f", [], group="findings", conclusion=None, exception_to=["a"])],
            "must answer the same question",
        ),
    ],
)
def test_load_time_errors(tmp_path: Path, rules: list[dict[str, Any]], message: str) -> None:
    with pytest.raises(RuleFileError) as e:
        load_model(folder(tmp_path, *rules))
    assert message in str(e.value)
    assert str(tmp_path) in str(e.value)


def test_bundled_rules_load_and_are_well_formed() -> None:
    m = bundled_model("cassation")
    assert len(m.rules) >= 60
    for r in m.rules:
        assert any(c.act in ("УПК", "УК") for c in r.citations), f"{r.id} cites no provision of a code"
        assert r.text_ru and r.text_kk and r.title_ru and r.title_kk
    assert {r.id for r in m.rules if r.valid_to is not None or r.valid_from > date(2025, 7, 1)} >= {
        "484.2.1-excluded-cases",
        "484.2.1-complaint",
        "np3-requalification",
    }


def test_rules_citing() -> None:
    ids = {r.id for r in rules_citing("489")}
    assert {"489.1.4-withdrawn", "489.3-letter", "486-closed-list", "487.2-late"} <= ids
    only_part3 = {r.id for r in rules_citing("489", 3)}
    assert "489.3-letter" in only_part3 and "486-closed-list" not in only_part3
    assert {r.id for r in rules_citing("67", act="УПК")} >= {"495-67.1.5-especially-grave"}
    assert rules_citing("999") == []


def test_predicates_are_documented() -> None:
    for name, d in REGISTRY.items():
        assert d.doc, f"predicate {name} has no docstring"


def test_short_citations() -> None:
    assert parse_cite("УПК 476 п.23").short == "УПК 476 п.23"
    assert parse_cite("УПК 485.1.7-1").item == "7-1"
    assert parse_cite("НП P250000001S п.9").para == "9"
    with pytest.raises(ValueError, match="malformed"):
        parse_cite("УПК 489.x")
