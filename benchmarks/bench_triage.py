"""Cassation triage throughput: n random valid filings (seeded), triage with its full trace vs. validation only.

Target (issue 3): ≥ 5,000 filings/s on one core for the triage with its explanation trace.
Baseline, same run: validating the same filings into :class:`~kzreview.domain.Filing` (pydantic).
No timed unit tests: run ``python -m benchmarks bench_triage``.
"""

from __future__ import annotations

import random
import time
from datetime import date, timedelta
from typing import Any

from kzreview.domain import Filing, parse_filing
from kzreview.rules import triage

ROLES = [
    "convicted",
    "acquitted",
    "defender",
    "legal_representative",
    "victim",
    "victim_representative",
    "private_prosecutor",
    "civil_plaintiff",
    "civil_defendant",
    "civil_party_representative",
    "interested_person",
    "state_prosecutor",
    "prosecutor_general",
    "deputy_prosecutor_general",
    "chief_military_prosecutor",
    "chief_transport_prosecutor",
    "regional_prosecutor",
    "district_prosecutor",
    "regional_court_chairman",
    "other",
]
CATS = ["misdemeanour", "minor", "medium", "grave", "especially_grave"]
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
    "485.2.4",
]
CONTENTS = [
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
]


def random_filing(rng: random.Random) -> dict[str, Any]:
    """A filing that validates (no contradictory facts), with every field sometimes missing."""
    role = rng.choice(ROLES)
    doc = (
        "protest"
        if "prosecutor" in role and rng.random() < 0.8
        else ("submission" if role == "regional_court_chairman" else "complaint")
    )
    kind = rng.choice(["verdict", "verdict", "ruling", "private_ruling", "investigating_judge_ruling"])
    level = "first" if kind == "investigating_judge_ruling" else rng.choice(["first", "appeal"])
    outcome = rng.choice(
        ["conviction", "acquittal", "other"] + (["termination"] if kind != "verdict" else [])
    )
    charged = rng.randrange(5)
    convicted = rng.randrange(charged + 1)
    in_force = date(2024, 6, 1) + timedelta(days=rng.randrange(1200))
    filed = max(in_force, date(2025, 7, 1)) + timedelta(days=rng.randrange(700))
    received = filed + timedelta(days=rng.randrange(15))
    d: dict[str, Any] = {
        "instance": "cassation",
        "document": doc,
        "filer": {"role": role},
        "act": {
            "kind": kind,
            "court_level": level,
            "outcome": outcome,
            "procedure": rng.choice(["general", "jury", "summary", "plea_agreement", "abridged"]),
            "in_force_on": in_force.isoformat(),
        },
        "case": {"charged_category": CATS[charged]},
        "appeal_history": "reviewed"
        if level == "appeal"
        else rng.choice(
            ["reviewed", "reviewed", "not_appealed", "withdrawn", "returned_late", "reviewed_for_others_only"]
        ),
        "request": {
            "worsens_position": rng.random() < 0.3,
            "grounds": rng.sample(GROUNDS, rng.randrange(1, 3)),
        },
        "filed_on": filed.isoformat(),
        "received_on": received.isoformat(),
        "passed_to_judge_on": (received + timedelta(days=rng.randrange(4))).isoformat(),
    }
    if outcome == "conviction":
        d["case"]["convicted_category"] = CATS[convicted]
    if kind == "ruling":
        d["act"]["ruling_subject"] = rng.choice(
            ["preventive_measure", "party_motion", "execution", "other", "other"]
        )
        d["act"]["during_trial"] = rng.random() < 0.3
    if role == "legal_representative":
        d["filer"]["represented_reached_majority"] = rng.random() < 0.2
    if rng.random() < 0.8:
        d["contents"] = {k: rng.random() < 0.95 for k in CONTENTS}
    if rng.random() < 0.5:
        d["case_received_on"] = (received + timedelta(days=rng.randrange(30))).isoformat()
    if rng.random() < 0.05:
        d["withdrawn"] = True
    return d


def run(n: int = 100_000, seed: int = 20250701) -> dict[str, float]:
    """Generate ``n`` filings, time validation alone and validation + triage; print and return the figures."""
    rng = random.Random(seed)
    data = [random_filing(rng) for _ in range(n)]
    for d in data[:200]:  # warm-up: rule loading and compilation, calendar caches, pydantic
        triage(parse_filing(d))
    t0 = time.perf_counter()
    filings: list[Filing] = [parse_filing(d) for d in data]
    validate = time.perf_counter() - t0
    t0 = time.perf_counter()
    traces = 0
    for f in filings:
        traces += len(triage(f).trace)
    decide = time.perf_counter() - t0
    out = {
        "n": float(n),
        "validate_s": validate,
        "triage_s": decide,
        "validate_per_s": n / validate,
        "triage_per_s": n / decide,
        "validate_and_triage_per_s": n / (validate + decide),
        "triage_over_validate": decide / validate,
        "trace_steps_per_filing": traces / n,
    }
    print(
        f"triage of {n:,} filings: validation {out['validate_per_s']:,.0f}/s; triage with trace "
        f"{out['triage_per_s']:,.0f}/s (target ≥ 5,000/s); both {out['validate_and_triage_per_s']:,.0f}/s; "
        f"triage/validation time ×{out['triage_over_validate']:.2f}; {out['trace_steps_per_filing']:.1f} trace steps/filing"
    )
    return out


def main() -> None:
    run()


if __name__ == "__main__":
    main()
