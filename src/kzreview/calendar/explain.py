"""One-line explanations of a deadline in Russian and Kazakh.

Russian: «Срок 15 суток исчисляется с 03.03.2026 (день начала срока не учитывается, ч.2 ст.48 УПК);
последний день срока — 18.03.2026; срок истекает в 24:00 18.03.2026 (ч.4 ст.48 УПК).»

Kazakh: «15 тәуліктік мерзім 03.03.2026 бастап есептеледі (мерзімнің өтуі басталатын тәулік есепке
алынбайды, ҚПК-нің 48-бабының 2-бөлігі); мерзімнің соңғы күні – 18.03.2026; мерзім 18.03.2026 сағат
24:00-де бітеді (ҚПК-нің 48-бабының 4-бөлігі).»

Dates are written ``DD.MM.YYYY`` and no Kazakh case ending is attached to a numeral (its form would
depend on how the number is read), except the fixed «24:00-де».
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kzreview.calendar import law
from kzreview.calendar.names import MEASURE_KK, MEASURE_RU, fmt
from kzreview.errors import InvalidValue

if TYPE_CHECKING:
    from kzreview.calendar.periods import Deadline

LANGS = ("ru", "kk")

_RU_FORMS = {
    "sutki": ("сутки", "суток", "суток"),
    "days": ("день", "дня", "дней"),
    "hours": ("час", "часа", "часов"),
    "months": ("месяц", "месяца", "месяцев"),
    "years": ("год", "года", "лет"),
}
#: Kazakh adjectives of measure: «15 тәуліктік мерзім», «2 айлық мерзім».
_KK_ADJ = {"sutki": "тәуліктік", "days": "күндік", "hours": "сағаттық", "months": "айлық", "years": "жылдық"}


def plural_ru(n: int, forms: tuple[str, str, str]) -> str:
    """Russian noun form after a numeral: ``plural_ru(21, ("сутки", "суток", "суток"))`` is «сутки»."""
    if n % 10 == 1 and n % 100 != 11:
        return forms[0]
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return forms[1]
    return forms[2]


def amount_ru(amount: int, unit: str) -> str:
    """«15 суток», «1 месяц», «6 месяцев», «72 часа»."""
    return f"{amount} {plural_ru(amount, _RU_FORMS[unit])}"


def amount_kk(amount: int, unit: str) -> str:
    """«15 тәуліктік», «6 айлық» (Kazakh nouns take no plural after a numeral)."""
    return f"{amount} {_KK_ADJ[unit]}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _explain_ru(d: Deadline) -> str:
    p = d.period
    what = f"Срок {MEASURE_RU[p.measure]} " if p.measure else "Срок "
    what += amount_ru(p.amount, p.unit)
    if p.unit == "hours":
        assert d.start_moment is not None
        m = d.start_moment
        if p.measure == "detention":
            start = (
                f"исчисляется с момента фактического задержания {fmt(m)} {m:%H:%M} "
                f"({law.ref_ru(law.ART48_P5_DETENTION.citation)})"
            )
        else:
            start = (
                f"исчисляется с {fmt(m)} {m:%H:%M} (час начала срока не учитывается, "
                f"{law.ref_ru(law.ART48_P2.citation)})"
            )
        return f"{what} {start} и истекает {fmt(d.due)} в {d.ends_at}; на рабочий день не переносится."
    if p.measure:
        start = f"первые сутки включаются в срок, {law.ref_ru(law.ART48_P5_CUSTODY.citation)}"
    else:
        start = f"день начала срока не учитывается, {law.ref_ru(law.ART48_P2.citation)}"
    s = f"{what} исчисляется с {fmt(d.counted_from)} ({start}); последний день срока — {fmt(d.last_day)}"
    p4 = law.ref_ru(law.ART48_P4_MOVE.citation)
    if d.moved_from is not None and d.last_day_status is not None:
        s += (
            f" ({d.last_day_status.label_ru}) — нерабочий день, поэтому днём окончания срока считается "
            f"следующий рабочий день {fmt(d.due)}"
        )
    elif p.measure:
        s += "; на рабочий день не переносится"
    s += f"; срок истекает в {d.ends_at} {fmt(d.due)} ({p4})."
    if not d.calendar_verified:
        s += " Календарь переносов выходных на этот год ещё не проверен."
    return s


def _explain_kk(d: Deadline) -> str:
    p = d.period
    if p.measure:
        what = f"{_cap(MEASURE_KK[p.measure])} {amount_kk(p.amount, p.unit)} мерзімі"
    else:
        what = f"{amount_kk(p.amount, p.unit)} мерзім"
    if p.unit == "hours":
        assert d.start_moment is not None
        m = d.start_moment
        if p.measure == "detention":
            start = (
                f"ұстап алу нақты қолданылған кезден бастап есептеледі – {fmt(m)}, сағат {m:%H:%M} "
                f"({law.ref_kk(law.ART48_P5_DETENTION.citation)})"
            )
        else:
            start = (
                f"{fmt(m)}, сағат {m:%H:%M} бастап есептеледі (мерзімнің өтуі басталатын сағат есепке "
                f"алынбайды, {law.ref_kk(law.ART48_P2.citation)})"
            )
        return (
            f"{what} {start}; мерзім бітетін уақыт – {fmt(d.due)}, сағат {d.ends_at}; жұмыс күніне "
            "ауыстырылмайды."
        )
    if p.measure:
        start = f"мерзімнің бірінші тәулігі мерзімге қосылады, {law.ref_kk(law.ART48_P5_CUSTODY.citation)}"
    else:
        start = f"мерзімнің өтуі басталатын тәулік есепке алынбайды, {law.ref_kk(law.ART48_P2.citation)}"
    s = f"{what} {fmt(d.counted_from)} бастап есептеледі ({start}); мерзімнің соңғы күні – {fmt(d.last_day)}"
    p4 = law.ref_kk(law.ART48_P4_MOVE.citation)
    if d.moved_from is not None and d.last_day_status is not None:
        s += (
            f" ({d.last_day_status.label_kk}) – жұмыс істемейтін күн, сондықтан одан кейінгі жұмыс күні – "
            f"{fmt(d.due)} мерзімнің аяқталу күні болып есептеледі"
        )
    elif p.measure:
        s += "; жұмыс күніне ауыстырылмайды"
    s += f"; мерзім {fmt(d.due)} сағат 24:00-де бітеді ({p4})."
    if not d.calendar_verified:
        s += " Осы жылғы демалыс күндерін ауыстыру күнтізбесі әлі тексерілмеген."
    return _cap(s)


def explain_deadline(d: Deadline, lang: str = "ru") -> str:
    """The one-line explanation of ``d`` in ``lang`` (``ru`` or ``kk``)."""
    if lang == "ru":
        return _explain_ru(d)
    if lang == "kk":
        return _explain_kk(d)
    raise InvalidValue("lang", lang, LANGS)
