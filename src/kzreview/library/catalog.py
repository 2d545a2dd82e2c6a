"""What kzreview knows about each document: its code, titles, period of force and official address."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

Topic = Literal["cassation", "appeal", "code"]


@dataclass(frozen=True)
class DocInfo:
    code: str
    kind: Literal["resolution", "code"]
    topic: Topic
    title_ru: str
    title_kk: str
    valid_from: date | None
    valid_to: date | None  # the first day it is no longer in force
    adilet: str  # the official page

    def in_force(self, on: date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on < self.valid_to
        )

    def title(self, lang: str) -> str:
        return self.title_kk if lang == "kk" else self.title_ru


ADILET = "https://adilet.zan.kz/{lang}/docs/{code}"

CATALOG: dict[str, DocInfo] = {
    "P250000001S": DocInfo(
        "P250000001S",
        "resolution",
        "cassation",
        "НП ВС РК от 29 мая 2025 года № 1 «О применении законодательства, регламентирующего рассмотрение "
        "уголовных дел в кассационном порядке»",
        "ҚР Жоғарғы Сотының 2025 жылғы 29 мамырдағы № 1 нормативтік қаулысы (кассациялық тәртіп)",
        date(2025, 7, 1),
        None,
        ADILET.format(lang="rus", code="P250000001S"),
    ),
    "P220000002S": DocInfo(
        "P220000002S",
        "resolution",
        "cassation",
        "НП ВС РК от 10 марта 2022 года № 2 «О применении законодательства, регламентирующего рассмотрение "
        "уголовных дел в кассационном порядке» (утратило силу с 01.07.2025)",
        "ҚР Жоғарғы Сотының 2022 жылғы 10 наурыздағы № 2 нормативтік қаулысы (01.07.2025 бастап күшін жойды)",
        date(2022, 7, 1),
        date(2025, 7, 1),
        ADILET.format(lang="rus", code="P220000002S"),
    ),
    "P03000013S_": DocInfo(
        "P03000013S_",
        "resolution",
        "appeal",
        "НП ВС РК от 19 декабря 2003 года № 13 «О практике рассмотрения уголовных дел в апелляционном порядке»",
        "ҚР Жоғарғы Сотының 2003 жылғы 19 желтоқсандағы № 13 «Қылмыстық істерді апелляциялық тәртіппен қарау "
        "тәжірибесі туралы» нормативтік қаулысы",
        date(2003, 12, 19),
        None,
        ADILET.format(lang="rus", code="P03000013S_"),
    ),
    "УПК": DocInfo(
        "УПК",
        "code",
        "code",
        "Уголовно-процессуальный кодекс Республики Казахстан от 4 июля 2014 года № 231-V",
        "Қазақстан Республикасының 2014 жылғы 4 шілдедегі № 231-V Қылмыстық-процестік кодексі",
        date(2015, 1, 1),
        None,
        ADILET.format(lang="rus", code="K1400000231"),
    ),
    "УК": DocInfo(
        "УК",
        "code",
        "code",
        "Уголовный кодекс Республики Казахстан от 3 июля 2014 года № 226-V",
        "Қазақстан Республикасының 2014 жылғы 3 шілдедегі № 226-V Қылмыстық кодексі",
        date(2015, 1, 1),
        None,
        ADILET.format(lang="rus", code="K1400000226"),
    ),
}

#: Topic aliases accepted wherever a document code is: «cassation» means the resolution in force.
TOPICS: dict[str, Topic] = {
    "cassation": "cassation",
    "кассация": "cassation",
    "appeal": "appeal",
    "апелляция": "appeal",
}


def adilet_url(code: str, lang: str) -> str:
    info = CATALOG.get(code)
    base = info.adilet if info else ADILET.format(lang="rus", code=code)
    return base.replace("/rus/", "/kaz/") if lang == "kk" else base
