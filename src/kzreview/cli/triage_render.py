"""Rich rendering of a :class:`~kzreview.domain.TriageResult` in Russian or Kazakh, with an optional trace.

The trace shows every rule that fired, was defeated by an exception, or could not be decided, with its
citations and — when the code text was imported — the text of each cited provision.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from rich.console import Console
from rich.panel import Panel
from rich.table import Table

from kzreview.citations.model import Citation
from kzreview.domain.labels import ACTOR, FORM, OUTCOME, label
from kzreview.domain.result import TriageResult

TextOf = Callable[[Citation], str | None]

L: dict[str, tuple[str, str]] = {
    "title": (
        "Кассационная жалоба, протест: решение о принятии",
        "Кассациялық шағым, наразылық: қабылдау туралы шешім",
    ),
    "outcome": ("Решение", "Шешім"),
    "form": ("Форма", "Нысаны"),
    "by": ("Кто", "Кім"),
    "due": ("Срок", "Мерзімі"),
    "law": ("Закон на дату", "Заң күні"),
    "provisional": (
        "Предварительно: не хватает сведений (см. ниже)",
        "Алдын ала: мәліметтер жетіспейді (төменде қараңыз)",
    ),
    "reasons": ("Основания", "Негіздер"),
    "deadlines": ("Сроки", "Мерзімдер"),
    "pending": ("Сроки, начало которых ещё не наступило", "Басталуы әлі келмеген мерзімдер"),
    "bench": ("Состав суда", "Сот құрамы"),
    "defender": ("Защитник", "Қорғаушы"),
    "needs": ("Недостающие сведения", "Жетіспейтін мәліметтер"),
    "notes": ("Оговорки", "Ескертпелер"),
    "trace": ("Цепочка правил", "Ережелер тізбегі"),
    "judges": ("не менее {n} судей, нечётное число, коллегиально", "кемінде {n} судья, тақ сан, алқалы"),
    "none": ("—", "—"),
    "fired": ("применено", "қолданылды"),
    "defeated": ("вытеснено исключением", "ерекшелікпен ығыстырылды"),
    "undetermined": ("не решено", "шешілмеді"),
    "not_stored": ("текст не загружен", "мәтін жүктелмеген"),
}


def t(key: str, lang: str) -> str:
    ru, kk = L[key]
    return kk if lang == "kk" else ru


def _d(day: date | None) -> str:
    return day.strftime("%d.%m.%Y") if day is not None else "—"


def _cites(cites: Iterable[Citation]) -> str:
    return "; ".join(c.short for c in cites)


def render(
    result: TriageResult,
    console: Console,
    lang: str = "ru",
    *,
    explain: bool = False,
    text_of: TextOf | None = None,
) -> None:
    """Print ``result`` for a person; ``explain`` adds the rule chain and the cited texts."""
    kk = lang == "kk"
    head = Table.grid(padding=(0, 2))
    head.add_row(t("outcome", lang), f"[bold]{label(OUTCOME, result.outcome, lang)}[/bold]")
    head.add_row(t("form", lang), label(FORM, result.form, lang))
    head.add_row(t("by", lang), label(ACTOR, result.by, lang))
    head.add_row(t("due", lang), _d(result.due))
    head.add_row(t("law", lang), _d(result.law_as_of))
    if result.provisional:
        head.add_row("", f"[yellow]{t('provisional', lang)}[/yellow]")
    console.print(Panel(head, title=t("title", lang), expand=False))
    reasons = Table(title=t("reasons", lang), show_lines=True, expand=True)
    reasons.add_column("#", no_wrap=True)
    reasons.add_column(t("reasons", lang), ratio=5)
    reasons.add_column("УПК / НП", ratio=2)
    for r in result.reasons:
        reasons.add_row(r.code, r.text_kk if kk else r.text_ru, _cites(r.citations))
    console.print(reasons)
    if result.deadlines:
        dl = Table(title=t("deadlines", lang), expand=True)
        dl.add_column("#", no_wrap=True)
        dl.add_column(t("due", lang), no_wrap=True)
        dl.add_column("", ratio=5)
        for d in result.deadlines:
            dl.add_row(d.code, _d(d.due), d.text_kk if kk else d.text_ru)
        console.print(dl)
    if result.pending_deadlines:
        console.print(f"[bold]{t('pending', lang)}[/bold]")
        for p in result.pending_deadlines:
            console.print(f"  • {p.code}: {p.text_kk if kk else p.text_ru}")
    if result.bench is not None:
        console.print(
            f"[bold]{t('bench', lang)}:[/bold] {t('judges', lang).format(n=result.bench.judges)} "
            f"({_cites(result.bench.citations)})"
        )
    if result.defender is not None:
        console.print(
            f"[bold]{t('defender', lang)}:[/bold] {result.defender.text_kk if kk else result.defender.text_ru}"
        )
        for g in result.defender.grounds:
            console.print(f"  • {g.text_kk if kk else g.text_ru}")
    if result.needs:
        console.print(f"[bold yellow]{t('needs', lang)}[/bold yellow]")
        for n in result.needs:
            console.print(f"  • {n.text_kk if kk else n.text_ru}")
    if result.notes:
        console.print(f"[bold]{t('notes', lang)}[/bold]")
        for note in result.notes:
            console.print(f"  • {note.text_kk if kk else note.text_ru} ({_cites(note.citations)})")
    if explain:
        _trace(result, console, lang, text_of)


def _trace(result: TriageResult, console: Console, lang: str, text_of: TextOf | None) -> None:
    kk = lang == "kk"
    table = Table(title=t("trace", lang), show_lines=True, expand=True)
    table.add_column("#", no_wrap=True)
    table.add_column("", ratio=3)
    table.add_column("", no_wrap=True)
    table.add_column("УПК / НП", ratio=2)
    for step in result.trace:
        status = t(step.status, lang)
        if step.by:
            status += " ← " + ", ".join(step.by)
        if step.missing:
            status += " (" + ", ".join(step.missing) + ")"
        title = step.title_kk if kk else step.title_ru
        if step.question:
            title += f" [{step.question} = {step.conclusion}]"
        table.add_row(step.rule, title, status, _cites(step.citations))
    console.print(table)
    if text_of is None:
        return
    seen: list[Citation] = []
    for step in result.trace:
        for c in step.citations:
            if c not in seen:
                seen.append(c)
    for c in seen:
        text = text_of(c)
        console.print(f"[bold]{c.short}[/bold]: {text if text else t('not_stored', lang)}")
