"""Citations in a complaint.

``find_citations`` uses :func:`kzreview.citations.extract.find_citations` (the project's extractor)
when it is importable and falls back to :func:`simple_citations`, a small grammar for the forms people
write in complaints.  The grounds check always also runs :func:`simple_citations`, because it must see
references that do not exist in the law («п.9 ч.1 ст.485») — an extractor that resolves references
against the stored text may rightly drop those.

Forms read (Russian): «пунктами 3) и 5) части первой статьи 485 УПК», «п.3 ч.1 ст.485 УПК РК»,
«ст 188 ч 3 УК», «статьи 434 УПК», «пункты 4), 5) статьи 433 УПК», «статьями 485, 488 УПК»;
(Kazakh): «ҚПК-нің 485-бабы бірінші бөлігінің 3) және 5) тармақтары», «ҚК 188 б. 2 бөлігі»,
«ҚПК-нің 433-бабының 5) тармағы, 438-бабы», «ҚПК-нің 485, 488-баптарын».
Deliberately not read: bare numbers without «ст.»/«бап» (case numbers, sums), chapters.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from typing import cast

from kzreview.citations.model import Citation, CitationMatch

RU_ORD = {
    "перв": 1,
    "втор": 2,
    "трет": 3,
    "четв": 4,
    "пят": 5,
    "шест": 6,
    "седьм": 7,
    "восьм": 8,
    "девят": 9,
    "десят": 10,
}
KK_ORD = {
    "бірінші": 1,
    "екінші": 2,
    "үшінші": 3,
    "төртінші": 4,
    "бесінші": 5,
    "алтыншы": 6,
    "жетінші": 7,
    "сегізінші": 8,
    "тоғызыншы": 9,
    "оныншы": 10,
}
_NUM = r"\d{1,3}(?:-\d{1,2})?"
_ITEMS_RU = rf"(?:пункт\w*|пп?\.)\s*(?P<items>{_NUM}\)?(?:\s*(?:,|и)\s*{_NUM}\)?)*)"
_PART_RU = r"(?:част\w*|ч\.?)\s*(?P<part>\d{1,2}|перв\w*|втор\w*|трет\w*|четв\w*|пят\w*|шест\w*|седьм\w*|восьм\w*|девят\w*|десят\w*)"
_ART_RU = rf"(?:стать\w*|ст\.?)\s*(?P<arts>{_NUM}(?:\s*(?:,|и)\s*{_NUM})*)"
_ACT_RU = r"(?P<act>УПК|УК|КоАП|Конституци\w*)"
RU_RX = re.compile(
    rf"(?:{_ITEMS_RU}\s+)?(?:{_PART_RU}\s+)?{_ART_RU}(?:\s+{_PART_RU.replace('part', 'part2')})?"
    rf"(?:\s+{_ITEMS_RU.replace('items', 'items2')})?(?:\s+{_ACT_RU})?",
    re.IGNORECASE,
)
_ACT_KK = r"(?P<act>ҚР\s+ҚПК|ҚПК|КПК|ҚК|Қылмыстық\s+кодекс\w*|Қылмыстық-процестік\s+кодекс\w*)(?:-?\s*(?:нің|ның|тің|тың))?"
KK_RX = re.compile(
    rf"{_ACT_KK}\s+(?P<arts>{_NUM}(?:\s*,\s*{_NUM})*)\s*(?:-?\s*(?:бап|баб)\w*|б\.)"
    r"(?:\s+(?P<part>\d{1,2}|бірінші|екінші|үшінші|төртінші|бесінші|алтыншы|жетінші|сегізінші)\s*-?\s*бөлі\w*)?"
    rf"(?:\s+(?P<items>{_NUM}\)?(?:\s*(?:,|және)\s*{_NUM}\)?)*)\s*-?\s*тарма[қғ]\w*)?"
    rf"(?P<more>(?:\s*,\s*{_NUM}\s*-?\s*(?:бап|баб)\w*)*)",
    re.IGNORECASE,
)
_ACT_AFTER = re.compile(r"^[\s,;()\d\w.]{0,40}?\b(УПК|УК)\b")


def _part(value: str | None) -> int | None:
    if not value:
        return None
    if value.isdigit():
        return int(value)
    low = value.lower()
    for stem, n in {**RU_ORD, **KK_ORD}.items():
        if low.startswith(stem):
            return n
    return None


def _numbers(value: str | None) -> list[str]:
    return re.findall(r"\d{1,3}(?:-\d{1,2})?", value or "")


def _act(raw: str | None) -> str | None:
    if not raw:
        return None
    low = raw.lower().replace(" ", "")
    if low.startswith(("упк", "қпк", "кпк", "қрқпк", "қылмыстық-процестік")):
        return "УПК"
    if low.startswith(("ук", "қк", "қылмыстық")):
        return "УК"
    if low.startswith("конституци"):
        return "Конституция"
    return "other"


def simple_citations(text: str, lang: str = "ru") -> list[CitationMatch]:
    """References to articles of УПК/УК, with parts and items, in the order they occur."""
    found: list[CitationMatch] = []
    for m in RU_RX.finditer(text):
        act = _act(m.group("act"))
        if act is None:  # «пункт 5) статьи 433, статья 438 УПК»: the act named a little later
            after = _ACT_AFTER.match(text[m.end() :])
            act = _act(after.group(1)) if after else "other"
        part = _part(m.group("part") or m.group("part2"))
        items: list[str | None] = [*_numbers(m.group("items") or m.group("items2"))] or [None]
        refs = [
            Citation(act=act, article=art, part=part, item=item)
            for art in _numbers(m.group("arts"))
            for item in items
        ]
        found.append(CitationMatch(text=m.group(0), start=m.start(), end=m.end(), refs=refs))
    for m in KK_RX.finditer(text):
        act = _act(m.group("act")) or "other"
        part = _part(m.group("part"))
        items = [*_numbers(m.group("items"))] or [None]
        arts = _numbers(m.group("arts"))
        refs = [Citation(act=act, article=art, part=part, item=item) for art in arts for item in items]
        refs += [Citation(act=act, article=a) for a in _numbers(m.group("more"))]
        found.append(CitationMatch(text=m.group(0), start=m.start(), end=m.end(), refs=refs))
    return sorted(found, key=lambda c: c.start)


def _project_extractor() -> Callable[[str, str], list[CitationMatch]] | None:
    try:
        module = importlib.import_module("kzreview.citations.extract")
    except ImportError:
        return None
    fn = getattr(module, "find_citations", None)
    return cast(Callable[[str, str], list[CitationMatch]], fn) if callable(fn) else None


def find_citations(text: str, lang: str) -> tuple[list[CitationMatch], str]:
    """``(citations, which extractor)``: the project's extractor when available, else the simple one."""
    project = _project_extractor()
    if project is not None:
        try:
            return list(project(text, lang)), "kzreview.citations.extract"
        except Exception:  # an extractor bug must not lose the whole analysis; the simple one still reads
            return simple_citations(text, lang), "simple (project extractor failed)"
    return simple_citations(text, lang), "simple"
