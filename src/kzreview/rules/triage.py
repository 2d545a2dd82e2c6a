"""Cassation triage: a :class:`~kzreview.domain.Filing` in, a :class:`~kzreview.domain.TriageResult` out.

The decision is the rules' (``data/cassation/*.yaml``, evaluated by :mod:`.engine`); this module only
gates the law version, derives the facts once, and assembles the answer: reasons (why), the form,
author and due date of the court's act, deadlines, bench, defender, missing facts and the trace.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import cast

from kzreview.citations.model import Citation
from kzreview.domain.enums import Instance
from kzreview.domain.errors import InvalidFiling, Problem, UnsupportedInstance, UnsupportedLaw
from kzreview.domain.filing import Filing
from kzreview.domain.result import (
    Bench,
    Deadline,
    Defender,
    DefenderGround,
    Need,
    Note,
    PendingDeadline,
    Reason,
    ReasonKind,
    TraceStep,
    TriageResult,
    build,
)
from kzreview.rules.engine import Considered, Engine, Evaluation
from kzreview.rules.facts import derive
from kzreview.rules.loader import bundled_model
from kzreview.rules.model import DeadlineSpec, Model, OutcomeSpec, Rule
from kzreview.rules.texts import fmt, render
from kzreview.rules.timing import deadline as compute_deadline

#: Reason kinds shown as ``reasons`` for an accepted filing, and for any other outcome.
_ACCEPT_KINDS = frozenset({"admissible", "limit"})
_OTHER_KINDS = frozenset({"defect", "withdrawal", "leave"})
_UNIT_RU = {"sutki": "сутки", "months": "мес.", "years": "г."}
#: Undetermined rules whose missing facts are reported as ``needs`` (notes and limits are not).
_NEED_KINDS = frozenset({"admissible", "defect", "withdrawal", "leave"})


@cache
def engine(instance: str = "cassation") -> Engine:
    """The engine over the bundled rules of ``instance`` (loaded and compiled once per process)."""
    return Engine(bundled_model(instance))


def triage(filing: Filing) -> TriageResult:
    """Decide what the court does with ``filing`` (CONTRACT.md §3).  Only cassation is modelled here."""
    if filing.instance is not Instance.cassation:
        raise UnsupportedInstance("instance", filing.instance.value, "cassation")
    return triage_cassation(filing)


def law_date(filing: Filing, model: Model) -> date:
    """The date whose law applies; the pre-reform procedure is refused with the model's message."""
    on = filing.law_date
    if on is None:
        raise InvalidFiling(
            [
                Problem(
                    "as_of",
                    None,
                    "as_of: missing; allowed: a date YYYY-MM-DD (or give filed_on or received_on)",
                )
            ]
        )
    if on < model.valid_from:
        name = "as_of" if filing.as_of is not None else ("filed_on" if filing.filed_on else "received_on")
        raise UnsupportedLaw(name, on, model.before_message)
    return on


def triage_cassation(filing: Filing) -> TriageResult:
    eng = engine("cassation")
    on = law_date(filing, eng.model)
    ev = eng.evaluate(derive(filing, on))
    return assemble(ev, eng.model)


@cache
def _outcomes(model: Model) -> dict[str, tuple[int, OutcomeSpec]]:
    return {spec.id: (i, spec) for i, spec in enumerate(model.outcomes)}


def _outcome(model: Model, outcome_id: str | None) -> tuple[int, OutcomeSpec]:
    return _outcomes(model)[outcome_id or ""]


def _key(c: Citation) -> tuple[object, ...]:
    return (c.act, c.article, c.part, c.item, c.chapter, c.doc, c.para)


def _merge_cites(*groups: tuple[Citation, ...] | list[Citation]) -> list[Citation]:
    out: list[Citation] = []
    seen: set[tuple[object, ...]] = set()
    for g in groups:
        for c in g:
            k = _key(c)
            if k not in seen:
                seen.add(k)
                out.append(c)
    return out


# Per-rule results that do not depend on the filing are built once and shared (they are immutable).
_STATIC_REASONS: dict[Rule, Reason] = {}
_STATIC_NOTES: dict[Rule, Note] = {}
_TRACE: dict[tuple[Rule, str, tuple[str, ...], tuple[str, ...]], TraceStep] = {}
_DEADLINES: dict[tuple[Rule, date], tuple[Deadline, bool]] = {}


def _reason(rule: Rule, ev: Evaluation) -> Reason:
    if rule.static_text:
        got = _STATIC_REASONS.get(rule)
        if got is not None:
            return got
    reason = build(
        Reason,
        code=rule.id,
        text_ru=render(rule.text_ru, ev.facts),
        text_kk=render(rule.text_kk, ev.facts),
        citations=list(rule.citations),
        kind=cast(ReasonKind, rule.effect.reason),
        return_item=rule.effect.return_item,
    )
    if rule.static_text:
        _STATIC_REASONS[rule] = reason
    return reason


def _note(rule: Rule, ev: Evaluation) -> Note:
    if rule.static_text:
        got = _STATIC_NOTES.get(rule)
        if got is not None:
            return got
    note = build(
        Note,
        code=rule.id,
        text_ru=render(rule.text_ru, ev.facts),
        text_kk=render(rule.text_kk, ev.facts),
        citations=list(rule.citations),
    )
    if rule.static_text:
        _STATIC_NOTES[rule] = note
    return note


def _trace_step(c: Considered) -> TraceStep:
    key = (c.rule, c.status, c.by, c.missing)
    got = _TRACE.get(key)
    if got is None:
        r = c.rule
        got = _TRACE[key] = build(
            TraceStep,
            rule=r.id,
            status=c.status,
            question=r.question,
            conclusion=r.conclusion,
            title_ru=r.title_ru,
            title_kk=r.title_kk,
            citations=list(r.citations),
            by=list(c.by),
            missing=list(c.missing),
        )
    return got


def _deadline(rule: Rule, dl: DeadlineSpec, start: date) -> tuple[Deadline, bool]:
    """The deadline of ``rule`` from ``start`` and whether the calendar of its years is verified."""
    key = (rule, start)
    got = _DEADLINES.get(key)
    if got is None:
        computed = compute_deadline(start, dl.amount, dl.unit)
        out = build(
            Deadline,
            code=dl.code,
            due=computed.due,
            counted_from=start,
            citations=_merge_cites(rule.citations, computed.citations),
            period=f"{dl.amount} {dl.unit}",
            text_ru=computed.explain("ru"),
            text_kk=computed.explain("kk"),
        )
        got = _DEADLINES[key] = (out, computed.calendar_verified)
        if len(_DEADLINES) > 200_000:
            _DEADLINES.clear()
    return got


def assemble(ev: Evaluation, model: Model) -> TriageResult:
    """Turn an evaluation into the contract's answer (plus the extensions that let it be checked)."""
    facts = ev.facts
    index, spec = _outcome(model, ev.state.outcome)
    shown = _ACCEPT_KINDS if spec.on_reason is None else _OTHER_KINDS
    reasons: list[Reason] = []
    notes: list[Note] = []
    deadlines: list[Deadline] = []
    pending: list[PendingDeadline] = []
    needs: list[tuple[str, Rule]] = []
    bench: Bench | None = None
    grounds: list[DefenderGround] = []
    defender_cites: list[Citation] = []
    due: date | None = None
    for rule in ev.winners:
        eff = rule.effect
        if eff.reason in shown:
            reasons.append(_reason(rule, ev))
        elif eff.reason == "note":
            notes.append(_note(rule, ev))
        if eff.deadline is not None:
            dl = eff.deadline
            start = dl.start_date(facts.filing)
            if start is None:
                pending.append(
                    build(
                        PendingDeadline,
                        code=dl.code,
                        period=f"{dl.amount} {dl.unit}",
                        counted_from_event=dl.start,
                        citations=list(rule.citations),
                        text_ru=f"{dl.amount} {_UNIT_RU[dl.unit]} с {dl.event_ru} ({rule.cites_short})",
                        text_kk=f"{dl.event_kk} бастап {dl.amount} ({rule.cites_short})",
                    )
                )
                if dl.need_if_missing:
                    needs.append((dl.start, rule))
            else:
                out, verified = _deadline(rule, dl, start)
                deadlines.append(out)
                if not verified:
                    notes.append(_unverified_calendar(dl.code, out.due))
                if dl.sets_due:
                    due = out.due
        if eff.bench is not None:
            bench = build(
                Bench,
                judges=eff.bench.judges,
                collegial=eff.bench.collegial,
                citations=list(rule.citations),
                odd=True,
                minimum=True,
            )
        if eff.defender_item is not None:
            grounds.append(
                build(
                    DefenderGround,
                    item=eff.defender_item,
                    text_ru=render(rule.text_ru, facts),
                    text_kk=render(rule.text_kk, facts),
                )
            )
            defender_cites = _merge_cites(defender_cites, rule.citations)
    provisional = bool(ev.open_questions) and spec.on_reason is None
    for c in ev.considered:
        if c.status != "undetermined":
            continue
        rule = c.rule
        if rule.question is None and rule.effect.reason not in _NEED_KINDS:
            continue  # a note or a limit: its missing facts do not change the answer
        for fld in c.missing:
            needs.append((fld, rule))
        if rule.group not in _admissibility_groups(model):
            continue
        if spec.on_reason is None:
            provisional = provisional or bool(c.missing) or rule.question is not None
        else:
            k = rule.effect.reason
            provisional = provisional or any(
                o.on_reason == k and j < index for j, o in enumerate(model.outcomes)
            )
    if facts.worsens_from is not None:
        notes.append(_inferred_worsens(facts.worsens_from))
    return build(
        TriageResult,
        outcome=spec.outcome,
        form=spec.form,
        by=spec.by,
        due=due,
        reasons=reasons,
        deadlines=deadlines,
        bench=bench,
        law_as_of=facts.as_of,
        provisional=provisional,
        needs=_dedupe(needs),
        pending_deadlines=pending,
        defender=_defender(grounds, defender_cites) if spec.on_reason is None else None,
        notes=notes,
        trace=[_trace_step(c) for c in ev.considered],
    )


@cache
def _admissibility_groups(model: Model) -> frozenset[str]:
    return frozenset(g.id for g in model.groups if g.stage == "admissibility")


_NEEDS: dict[tuple[tuple[str, Rule], ...], list[Need]] = {}


def _dedupe(needs: list[tuple[str, Rule]]) -> list[Need]:
    """One :class:`Need` per missing field, naming every rule that needs it (memoised: they recur)."""
    if not needs:
        return []
    key = tuple(needs)
    got = _NEEDS.get(key)
    if got is None:
        got = _NEEDS[key] = _make_needs(needs)
        if len(_NEEDS) > 50_000:
            _NEEDS.clear()
    return list(got)


def _make_needs(needs: list[tuple[str, Rule]]) -> list[Need]:
    by_field: dict[str, list[Rule]] = {}
    for fld, rule in needs:
        rules = by_field.setdefault(fld, [])
        if all(r.id != rule.id for r in rules):
            rules.append(rule)
    out: list[Need] = []
    for fld, rules in by_field.items():
        what_ru = "; ".join(f"{r.title_ru} ({r.cites_short})" for r in rules)
        what_kk = "; ".join(f"{r.title_kk} ({r.cites_short})" for r in rules)
        out.append(
            build(
                Need,
                field=fld,
                rule=rules[0].id,
                rules=[r.id for r in rules],
                message=f"needs {fld} to decide " + "; ".join(f"{r.id} ({r.cites_short})" for r in rules),
                text_ru=f"Нужно указать {fld}, чтобы решить: {what_ru}",
                text_kk=f"Мына мәселелерді шешу үшін {fld} көрсетілуі қажет: {what_kk}",
                citations=_merge_cites(*(r.citations for r in rules)),
            )
        )
    return out


_CAL_NOTE = Citation(act="УПК", article="48", part=4)


@cache
def _unverified_calendar(code: str, day: date) -> Note:
    return build(
        Note,
        code=f"{code}-calendar-unverified",
        text_ru=(
            f"Дата {fmt(day)} рассчитана по производственному календарю, перенос выходных дней на этот год "
            "ещё не подтверждён: постановление о переносе может изменить день окончания срока (ч.4 ст.48 УПК)."
        ),
        text_kk=(
            f"{fmt(day)} күні өндірістік күнтізбе бойынша есептелді, осы жылға демалыс күндерін ауыстыру әлі "
            "расталмаған: ауыстыру туралы қаулы мерзімнің аяқталу күнін өзгертуі мүмкін (ҚПК-нің 48-бабының "
            "4-бөлігі)."
        ),
        citations=[_CAL_NOTE],
    )


_W_CITES = {
    "request.disputes_requalification": [
        Citation(act="УПК", article="487", part=2),
        Citation(act="НП", doc="P250000001S", para="3"),
    ],
    "filer.role": [Citation(act="УПК", article="494", part=14)],
}


@cache
def _inferred_worsens(source: str) -> Note:
    if source == "request.disputes_requalification":
        ru = (
            "request.worsens_position не указано: просьба восстановить прежнюю, более тяжкую квалификацию "
            "означает применение закона о более тяжком уголовном правонарушении, т.е. ухудшение положения "
            "осуждённого (ч.2 ст.487 УПК; п.3 НП)."
        )
        kk = (
            "request.worsens_position көрсетілмеген: бұрынғы неғұрлым ауыр саралауды қалпына келтіру туралы "
            "өтініш неғұрлым ауыр қылмыстық құқық бұзушылық туралы заңды қолдануды, яғни сотталған адамның "
            "жағдайын нашарлатуды білдіреді (ҚПК-нің 487-бабының 2-бөлігі; НҚ-ның 3-тармағы)."
        )
    else:
        ru = (
            "request.worsens_position не указано: жалоба осуждённого или его защитника не может повлечь "
            "ухудшения его положения (ч.14 ст.494 УПК), поэтому она рассматривается как не направленная на "
            "ухудшение."
        )
        kk = (
            "request.worsens_position көрсетілмеген: сотталған адамның немесе оның қорғаушысының шағымы "
            "бойынша оның жағдайы нашарлатылмайды (ҚПК-нің 494-бабының 14-бөлігі), сондықтан шағым жағдайды "
            "нашарлатуға бағытталмаған деп есептеледі."
        )
    return build(Note, code="inferred-worsens-position", text_ru=ru, text_kk=kk, citations=_W_CITES[source])


_DEF_CITES = [Citation(act="УПК", article="495"), Citation(act="УПК", article="67", part=1)]


def _defender(grounds: list[DefenderGround], cites: list[Citation]) -> Defender:
    if grounds:
        items = ", ".join(g.item for g in grounds)
        return build(
            Defender,
            mandatory=True,
            grounds=grounds,
            citations=_merge_cites(_DEF_CITES, cites),
            text_ru=f"Участие защитника в заседании кассационного суда обязательно (ст.495, п. {items} ч.1 ст.67 УПК).",
            text_kk=(
                f"Қорғаушының кассациялық сатыдағы сот отырысына қатысуы міндетті (ҚПК-нің 495-бабы, 67-бабы "
                f"бірінші бөлігінің {items}-тармақтары)."
            ),
        )
    return build(
        Defender,
        mandatory=None,
        grounds=[],
        citations=list(_DEF_CITES),
        text_ru=(
            "Из указанных фактов обязательность защитника не следует; проверьте основания ч.1 ст.67 УПК, "
            "которые здесь не описаны: ходатайство осуждённого (п.1), несовершеннолетие (п.2), физические или "
            "психические недостатки (п.3), незнание языка судопроизводства (п.4), противоречие интересов (п.7), "
            "участие представителя потерпевшего или гражданского истца (п.8), нахождение за рубежом (п.10)."
        ),
        text_kk=(
            "Көрсетілген фактілерден қорғаушының міндетті түрде қатысуы туындамайды; мұнда сипатталмаған ҚПК-нің "
            "67-бабы бірінші бөлігінің негіздерін тексеріңіз: сотталған адамның өтінішхаты (1-тармақ), кәмелетке "
            "толмағандық (2-тармақ), дене немесе психикалық кемістіктер (3-тармақ), сот ісін жүргізу тілін "
            "білмеу (4-тармақ), мүдделердің қайшылығы (7-тармақ), жәбірленушінің немесе азаматтық талапкердің "
            "өкілінің қатысуы (8-тармақ), Қазақстан Республикасының шегінен тыс жерде болу (10-тармақ)."
        ),
    )
