"""The facts of CONTRACT.md §3 that the text supports, what the clerk must still confirm, and — when
the triage engine can decide on them — its outcome.

The facts are suggestions: the date written on a complaint is not the date it was handed in, and the
category of the crime, the appeal history and the date of entry into force come from the case file.
"""

from __future__ import annotations

import re
from typing import Any

from kzreview.analysis.dates import find_dates
from kzreview.analysis.elements import Context
from kzreview.analysis.grounds import GroundHit
from kzreview.analysis.kind import Filer
from kzreview.analysis.model import ELEMENT_KEYS, Element
from kzreview.domain.parse import parse_filing
from kzreview.errors import KzReviewError
from kzreview.rules.triage import triage

_NO_WORSENING = {"convicted", "defender", "acquitted", "legal_representative"}
_COPY_RX = re.compile(
    r"копи\w+\s+(?:\S+\s+){0,3}?(?:получил\w*|вручен\w*)|(?:получил\w*|вручен\w*)\s+копи\w+|көшірме\w*\s+(?:\S+\s+){0,2}?алдым",
    re.IGNORECASE,
)
_FORCE_RX = re.compile(r"вступил\w*\s+в\s+законную\s+силу|заңды\s+күшіне\s+енді", re.IGNORECASE)
_FIRST_LEVEL = re.compile(r"районн|районого|межрайонн|аудандық|ауданаралық|гарнизон", re.IGNORECASE)

TO_CONFIRM: dict[str, tuple[str, str]] = {
    "filed_on": (
        "Дата подачи по почтовому штемпелю или отметке администрации учреждения (ст. 49 УПК); дата на самой жалобе её не заменяет.",
        "Пошта мөртабаны немесе мекеме әкімшілігінің белгісі бойынша берілген күні (ҚПК-нің 49-бабы); шағымдағы күн оны алмастырмайды.",
    ),
    "received_on": ("Дата поступления в суд.", "Сотқа келіп түскен күні."),
    "act.in_force_on": (
        "Дата вступления обжалуемого акта в законную силу.",
        "Шағым жасалған актінің заңды күшіне енген күні.",
    ),
    "act.pronounced_on": (
        "Дата провозглашения обжалуемого акта.",
        "Шағым жасалған актінің жария етілген күні.",
    ),
    "act.copy_delivered_on": (
        "Дата вручения копии приговора осужденному, содержащемуся под стражей.",
        "Күзетпен ұсталған сотталғанға үкім көшірмесінің тапсырылған күні.",
    ),
    "case.convicted_category": (
        "Категория преступления, за которое лицо осуждено (ч. 2 ст. 484 УПК).",
        "Адам сотталған қылмыстың санаты (ҚПК-нің 484-бабының 2-бөлігі).",
    ),
    "appeal_history": (
        "Соблюден ли апелляционный порядок обжалования (п. 4 НП № 1 от 29.05.2025).",
        "Апелляциялық шағым жасау тәртібі сақталды ма (29.05.2025 № 1 НҚ 4-тармағы).",
    ),
    "filer.role": ("Процессуальное положение автора.", "Автордың процестік жағдайы."),
    "filer.in_custody": ("Содержится ли осужденный под стражей.", "Сотталған күзетпен ұсталып отыр ма."),
    "instance": (
        "Апелляционная это жалоба или кассационная.",
        "Бұл апелляциялық немесе кассациялық шағым ба.",
    ),
    "contents.language_matches_proceedings": (
        "Язык судопроизводства по делу.",
        "Іс бойынша сот ісін жүргізу тілі.",
    ),
    "contents.signature": (
        "Подпись на оригинале (при распознавании скана подпись не видна).",
        "Түпнұсқадағы қолтаңба (скан танылғанда қолтаңба көрінбейді).",
    ),
}


def _act(ctx: Context, elements: dict[str, Element]) -> dict[str, Any]:
    act: dict[str, Any] = {}
    ev = elements["acts_identified"]
    if ev.present and ev.evidence:
        low = ev.evidence.lower()
        act["kind"] = (
            "ruling"
            if re.match(r"\W*(?:\w+\s+)?(?:постановлени|определени)", low)
            or ("қаулы" in low and "үкім" not in low)
            else "verdict"
        )
        if _FIRST_LEVEL.search(ev.evidence):
            act["court_level"] = "first"
        dates = find_dates(ctx.original[ev.start or 0 : (ev.end or 0) + 40])
        if dates:
            act["pronounced_on"] = dates[0].value.isoformat()
    for rx_, key in ((_COPY_RX, "copy_delivered_on"), (_FORCE_RX, "in_force_on")):
        for m in rx_.finditer(ctx.original):
            a, b = ctx.sentence_at(m.start())
            dates = find_dates(ctx.original[a:b])
            if dates:
                act[key] = (
                    dates[-1].value.isoformat() if key == "copy_delivered_on" else dates[0].value.isoformat()
                )
                break
    return act


def suggest(
    ctx: Context,
    elements: dict[str, Element],
    filer: Filer,
    grounds: list[str],
    hits: list[GroundHit],
    only_ra: bool,
    ocr: bool,
) -> dict[str, Any]:
    """Facts in the shape of CONTRACT.md §3, plus ``to_confirm`` and ``outcome``."""
    facts: dict[str, Any] = {}
    if ctx.instance:
        facts["instance"] = ctx.instance
    if ctx.document:
        facts["document"] = ctx.document
    filer_facts: dict[str, Any] = {}
    if filer.role:
        filer_facts["role"] = filer.role
    if filer.in_custody is not None:
        filer_facts["in_custody"] = filer.in_custody
    if filer_facts:
        facts["filer"] = filer_facts
    act = _act(ctx, elements)
    if act:
        facts["act"] = act
    request: dict[str, Any] = {"grounds": grounds, "only_retroactivity_or_amnesty": only_ra}
    if any(h.worsens for h in hits) or "485.1.2" in grounds:
        request["worsens_position"] = True
    elif filer.role in _NO_WORSENING:
        request["worsens_position"] = False
    facts["request"] = request
    contents = {key: elements[key].present for key in ELEMENT_KEYS}
    level = ctx.addressee.court_level
    if (
        contents["addressee"]
        and ctx.instance
        and level
        and (
            (ctx.instance == "cassation" and level != "cassation")
            or (ctx.instance == "appeal" and level in ("cassation", "supreme"))
        )
    ):
        contents["addressee"] = False  # a court is named, but not the court of this instance
    facts["contents"] = contents
    if ctx.filing_date:
        facts["filed_on"] = ctx.filing_date.value.isoformat()

    confirm = ["filed_on", "received_on"]
    if ctx.instance != "appeal":
        confirm += ["act.in_force_on", "case.convicted_category", "appeal_history"]
    if "pronounced_on" not in act:
        confirm.append("act.pronounced_on")
    if ctx.instance == "appeal" and filer.in_custody and "copy_delivered_on" not in act:
        confirm.append("act.copy_delivered_on")
    if not filer.role:
        confirm.append("filer.role")
    elif filer.role == "convicted" and filer.in_custody is None:
        confirm.append("filer.in_custody")
    if not ctx.instance:
        confirm.append("instance")
    if elements["language_matches_proceedings"].evidence is None:
        confirm.append("contents.language_matches_proceedings")
    if ocr and not elements["signature"].present:
        confirm.append("contents.signature")
    to_confirm = [
        {"field": f, "text_ru": TO_CONFIRM[f][0], "text_kk": TO_CONFIRM[f][1]}
        for f in confirm
        if f not in ("act.in_force_on",) or "in_force_on" not in act
    ]
    result: dict[str, Any] = dict(facts)
    result["to_confirm"] = to_confirm
    result["outcome"] = None
    outcome, note = run_triage(facts)
    if outcome is not None:
        result["outcome"] = outcome
    if note:
        result["triage_note"] = note
    return result


def triage_input(suggested: dict[str, Any]) -> dict[str, Any]:
    """The facts alone (what ``kzreview triage`` accepts): ``suggested_triage`` less its own keys."""
    return {k: v for k, v in suggested.items() if k not in ("to_confirm", "outcome", "triage_note")}


def run_triage(facts: dict[str, Any]) -> tuple[dict[str, Any] | None, str | None]:
    """The triage engine's answer on these facts, or why it could not decide on them."""
    try:
        result = triage(parse_filing(facts))
    except KzReviewError as err:
        return None, f"the triage engine did not decide: {err.message}"
    return result.model_dump(mode="json"), None
