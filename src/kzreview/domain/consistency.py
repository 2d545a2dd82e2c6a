"""Facts of a filing that cannot all be true: each is reported with the fields and values involved.

These are contradictions in the *input* (a complaint received before it was filed), not defects of
the filing: defects are what the rules find.  All contradictions are reported at once.
"""

from __future__ import annotations

from datetime import date

from kzreview.domain.enums import (
    DOCUMENTS_BY_INSTANCE,
    PROSECUTORS,
    ActKind,
    ActOutcome,
    AppealHistory,
    CourtLevel,
    Instance,
    Role,
)
from kzreview.domain.errors import ContradictoryFacts, InvalidFiling, Problem
from kzreview.domain.filing import Filing


def _before(problems: list[Problem], a: str, da: date | None, b: str, db: date | None, why: str = "") -> None:
    if da is not None and db is not None and da < db:
        msg = f"{a} {da.isoformat()} is before {b} {db.isoformat()}"
        problems.append(Problem(a, da.isoformat(), msg + (f": {why}" if why else "")))


def _dates(f: Filing, p: list[Problem]) -> None:
    _before(p, "received_on", f.received_on, "filed_on", f.filed_on)
    _before(p, "passed_to_judge_on", f.passed_to_judge_on, "received_on", f.received_on)
    _before(p, "passed_to_judge_on", f.passed_to_judge_on, "filed_on", f.filed_on)
    _before(p, "act.in_force_on", f.act.in_force_on, "act.pronounced_on", f.act.pronounced_on)
    _before(p, "act.copy_delivered_on", f.act.copy_delivered_on, "act.pronounced_on", f.act.pronounced_on)
    if f.first_filing_received_on is not None:
        for name, later in (("filed_on", f.filed_on), ("received_on", f.received_on)):
            if later is not None and later < f.first_filing_received_on:
                p.append(
                    Problem(
                        "first_filing_received_on",
                        f.first_filing_received_on.isoformat(),
                        f"first_filing_received_on {f.first_filing_received_on.isoformat()} is after "
                        f"{name} {later.isoformat()}: the first filing reaches the court before it is refiled",
                    )
                )
    if f.instance is Instance.cassation:
        filed = f.filed_on or f.received_on
        name = "filed_on" if f.filed_on is not None else "received_on"
        _before(
            p,
            name,
            filed,
            "act.in_force_on",
            f.act.in_force_on,
            "the cassation instance reviews only acts in force (УПК 484.1); an act not in force is appealed",
        )


def _filer(f: Filing, p: list[Problem]) -> None:
    role = f.filer.role
    if role is None:
        return
    if f.filer.represented_reached_majority is not None and role is not Role.legal_representative:
        p.append(
            Problem(
                "filer.represented_reached_majority",
                f.filer.represented_reached_majority,
                f"filer.represented_reached_majority is given but filer.role is {role.value!r}: "
                "it describes the person a legal_representative represents",
            )
        )
    if f.filer.in_custody and (role in PROSECUTORS or role is Role.regional_court_chairman):
        p.append(
            Problem(
                "filer.in_custody",
                True,
                f"filer.in_custody is true but filer.role is {role.value!r}: only a convict is held in custody",
            )
        )


def _act(f: Filing, p: list[Problem]) -> None:
    a = f.act
    if a.kind is ActKind.verdict:
        if a.ruling_subject is not None:
            p.append(
                Problem(
                    "act.ruling_subject",
                    a.ruling_subject.value,
                    f"act.ruling_subject {a.ruling_subject.value!r} is given but act.kind is 'verdict': "
                    "a subject describes a ruling (постановление)",
                )
            )
        if a.during_trial:
            p.append(
                Problem(
                    "act.during_trial",
                    True,
                    "act.during_trial is true but act.kind is 'verdict': a verdict ends the trial",
                )
            )
        if a.outcome is ActOutcome.termination:
            p.append(
                Problem(
                    "act.outcome",
                    "termination",
                    "act.outcome 'termination' contradicts act.kind 'verdict': a case is terminated by a ruling "
                    "(постановление), a verdict convicts or acquits",
                )
            )
    if a.kind is ActKind.investigating_judge_ruling and a.court_level is CourtLevel.appeal:
        p.append(
            Problem(
                "act.court_level",
                "appeal",
                "act.court_level 'appeal' contradicts act.kind 'investigating_judge_ruling': an investigating "
                "judge is a judge of a first-instance court (УПК 54.3)",
            )
        )
    if a.court_level is CourtLevel.appeal and f.appeal_history not in (None, AppealHistory.reviewed):
        assert f.appeal_history is not None
        p.append(
            Problem(
                "appeal_history",
                f.appeal_history.value,
                f"appeal_history {f.appeal_history.value!r} contradicts act.court_level 'appeal': "
                "an act of the appeal instance is the result of an appeal review",
            )
        )


def _case(f: Filing, p: list[Problem]) -> None:
    c = f.case
    if c.convicted_category is not None and f.act.outcome is ActOutcome.acquittal:
        p.append(
            Problem(
                "case.convicted_category",
                c.convicted_category.value,
                "case.convicted_category is given but act.outcome is 'acquittal': nobody was convicted",
            )
        )
    if (
        c.convicted_category is not None
        and c.charged_category is not None
        and c.convicted_category.rank > c.charged_category.rank
    ):
        p.append(
            Problem(
                "case.convicted_category",
                c.convicted_category.value,
                f"case.convicted_category {c.convicted_category.value!r} is graver than case.charged_category "
                f"{c.charged_category.value!r}: a court does not convict beyond the charge",
            )
        )


def _request(f: Filing, p: list[Problem]) -> None:
    r = f.request
    if r.disputes_requalification and r.worsens_position is False:
        p.append(
            Problem(
                "request.worsens_position",
                False,
                "request.worsens_position is false but request.disputes_requalification is true: "
                "restoring the graver charge worsens the convict's position (УПК 487.2)",
            )
        )
    if f.withdrawn_before_hearing and f.withdrawn is False:
        p.append(
            Problem(
                "withdrawn_before_hearing",
                True,
                "withdrawn_before_hearing is true but withdrawn is false",
            )
        )


def check(f: Filing) -> None:
    """Raise :class:`ContradictoryFacts` listing every contradiction, or an error for a wrong document."""
    allowed_docs = DOCUMENTS_BY_INSTANCE[f.instance]
    if f.document not in allowed_docs:
        raise InvalidFiling(
            [
                Problem.not_allowed(
                    "document",
                    f.document.value,
                    f"{', '.join(d.value for d in allowed_docs)} (for instance {f.instance.value!r})",
                )
            ]
        )
    problems: list[Problem] = []
    _dates(f, problems)
    _filer(f, problems)
    _act(f, problems)
    _case(f, problems)
    _request(f, problems)
    if problems:
        raise ContradictoryFacts(problems)
