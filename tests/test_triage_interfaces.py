"""``kzreview triage``, ``kzreview rules list``, ``kzreview law coverage`` and ``POST /api/v1/triage``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer
import yaml
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from kzreview.cli import coverage as coverage_cli
from kzreview.cli import rules as rules_cli
from kzreview.cli import triage as triage_cli
from kzreview.rules import coverage

SCENARIOS = Path(__file__).parent / "scenarios" / "cassation"


def facts(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((SCENARIOS / f"{name}.yaml").read_text(encoding="utf-8"))["facts"]
    return data


def app() -> typer.Typer:
    a = typer.Typer()
    triage_cli.register(a)
    rules_cli.register(a)
    law = typer.Typer()
    coverage_cli.register_coverage(law)
    a.add_typer(law, name="law")
    return a


def run(*args: str, input: str | None = None) -> Any:
    return CliRunner().invoke(app(), list(args), input=input)


def test_cli_json_from_stdin() -> None:
    r = run("triage", "-", "--json", input=json.dumps(facts("486-05-legal-rep-after-majority"), default=str))
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["outcome"] == "return" and out["form"] == "letter" and out["by"] == "cassation_judge"
    assert out["due"] == "2025-09-18" and out["law_as_of"] == "2025-09-10"
    assert {"outcome", "form", "by", "due", "reasons", "deadlines", "bench", "law_as_of"} <= set(out)
    assert "trace" not in out


def test_cli_yaml_file_human_kazakh_with_explain(tmp_path: Path) -> None:
    f = tmp_path / "f.yaml"
    f.write_text(yaml.safe_dump(facts("489-64-withdrawn"), allow_unicode=True), encoding="utf-8")
    r = run("triage", str(f), "--explain", "--lang", "kk")
    assert r.exit_code == 0, r.output
    assert "қарамай қайтару" in r.stdout and "сот қаулысымен" in r.stdout
    assert "489.1.4-withdrawn" in r.stdout and "Ережелер тізбегі" in r.stdout


def test_cli_explain_json_has_trace() -> None:
    r = run(
        "triage",
        "-",
        "--json",
        "--explain",
        input=json.dumps(facts("486-01-convicted-accepted"), default=str),
    )
    assert r.exit_code == 0
    trace = json.loads(r.stdout)["trace"]
    assert any(t["rule"] == "486-closed-list" and t["status"] == "defeated" for t in trace)


def test_cli_bad_input_exit_2_no_traceback() -> None:
    bad = {**facts("486-01-convicted-accepted"), "filer": {"role": "judge"}}
    r = run("triage", "-", input=json.dumps(bad, default=str))
    assert r.exit_code == 2
    assert "filer.role: 'judge' is not allowed; allowed: convicted" in r.stderr
    assert "Traceback" not in r.output


def test_cli_old_law_exit_2() -> None:
    r = run("triage", "-", input=json.dumps(facts("law-79-as-of-before-reform"), default=str))
    assert r.exit_code == 2 and "2025-07-01" in r.stderr


def test_cli_missing_file_and_bad_lang(tmp_path: Path) -> None:
    assert run("triage", str(tmp_path / "nope.yaml")).exit_code == 2
    r = run("triage", "-", "--lang", "en", input="{}")
    assert r.exit_code == 2 and "--lang: 'en' is not allowed; allowed: ru, kk" in r.stderr


def test_rules_list() -> None:
    r = run("rules", "list", "--cites", "489.3", "--json")
    assert r.exit_code == 0
    ids = {x["id"] for x in json.loads(r.stdout)}
    assert "489.3-letter" in ids and "486-closed-list" not in ids
    assert run("rules", "list", "--cites", "4x9").exit_code == 2
    r = run("rules", "list", "--on", "2027-07-01", "--json")
    versions = [x for x in json.loads(r.stdout) if x["id"] == "484.2.1-excluded-cases"]
    assert len(versions) == 1 and versions[0]["valid_from"] == "2027-07-01"


def test_law_coverage_every_paragraph_accounted_for() -> None:
    rows = coverage("P250000001S")
    assert [r.para for r in rows] == [str(n) for n in range(1, 19)]
    for r in rows:
        assert r.status != "missing", f"п.{r.para} is neither implemented nor explained"
        if r.status == "implemented":
            assert r.scenarios, f"п.{r.para} has rules but no scenario"
        else:
            assert r.reason_ru and r.reason_en
    r = run("law", "coverage", "P250000001S", "--json")
    assert r.exit_code == 0 and len(json.loads(r.stdout)) == 18
    assert run("law", "coverage", "P999").exit_code == 2


def api() -> TestClient:
    from kzreview.api.triage import router

    a = FastAPI()
    a.include_router(router)
    return TestClient(a)


def test_api_triage() -> None:
    r = api().post("/api/v1/triage", content=json.dumps(facts("484-35-misdemeanour-complaint"), default=str))
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["outcome"] == "return" and body["reasons"][0]["return_item"] == "5"


def test_api_bad_input_422_with_message() -> None:
    bad = {**facts("486-01-convicted-accepted"), "filer": {"role": "judge"}}
    r = api().post("/api/v1/triage", content=json.dumps(bad, default=str))
    assert r.status_code == 422
    assert r.json()["detail"].startswith("filer.role: 'judge' is not allowed; allowed: convicted")
    r = api().post("/api/v1/triage", content=json.dumps(facts("law-79-as-of-before-reform"), default=str))
    assert r.status_code == 422 and "2025-07-01" in r.json()["detail"]


def test_api_openapi_documents_the_filing() -> None:
    schema = api().get("/openapi.json").json()
    body = schema["paths"]["/api/v1/triage"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert "filer" in json.dumps(body)
