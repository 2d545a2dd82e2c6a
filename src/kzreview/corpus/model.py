"""The document model shared by every stage: resolutions and codes, both languages.

A *resolution* (нормативное постановление) is a list of numbered paragraphs («пункты»), each a list of
abzacs, with the «Сноска»/«Ескерту» notes parsed into :class:`Amendment` records.  A *code* (УПК, УК) is
a list of articles, each with numbered parts and items.  Both are plain pydantic models so that every
interface (CLI JSON, HTTP API, storage) serialises them the same way.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Lang = Literal["ru", "kk"]
LANGS: tuple[Lang, ...] = ("ru", "kk")


class AmendmentKind(StrEnum):
    """What an amending act did to a provision, as the «Сноска»/«Ескерту» note says."""

    CHANGED = "changed"  # «с изменениями, внесенными» / «өзгерістер енгізілді»
    NEW_WORDING = "new wording"  # «в редакции» / «жаңа редакцияда»
    ADDED = "added"  # «дополнен» / «толықтырылды»
    KAZAKH_ONLY = (
        "kazakh only"  # «внесено изменение на казахском языке, текст на русском языке не изменяется»
    )
    RUSSIAN_ONLY = "russian only"  # «орыс тілінде өзгеріс енгізілді, қазақ тіліндегі мәтін өзгермейді»
    REPEALED = "repealed"  # «исключен», «утратил силу» / «алып тасталды»
    WORDS_REPLACED = "words replaced"  # «По всему тексту: слова ... заменены»
    IN_FORCE = "in force"  # «Вводится в действие с ...» / «қолданысқа енгізіледі»
    OTHER = "other"


class Amendment(BaseModel):
    """One amending act named in a note.  A note naming three acts yields three records."""

    model_config = ConfigDict(frozen=True)

    date: dt.date | None = Field(description="date of the amending act")
    by: str = Field(description="the amending act, short form: «НП № 6», «Закон РК № 378-V»")
    kind: AmendmentKind
    effective: str | None = Field(default=None, description="the note's own words on entry into force")
    effective_from: dt.date | None = Field(
        default=None, description="entry into force when the note dates it"
    )
    target: str | None = Field(
        default=None, description="what was amended: «Пункт 1», «Статья 484», «Заголовок»"
    )
    raw: str = Field(description="the full text of the note this record was read from")


class Paragraph(BaseModel):
    """A numbered paragraph («пункт»/«тармақ») of a resolution, or the preamble (``num == "preamble"``)."""

    num: str
    abzacs: list[str]
    amendments: list[Amendment] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list, description="other editorial notes (Примечание ИЗПИ!)")

    @property
    def text(self) -> str:
        return "\n".join(self.abzacs)


class Resolution(BaseModel):
    """A normative resolution of the Supreme Court in one language."""

    code: str = Field(description="adilet code, e.g. P250000001S")
    lang: Lang
    title: str
    number: str = Field(description="«1», «13»")
    adopted_on: dt.date
    requisites: str = Field(
        description="«Нормативное постановление Верховного Суда ... от 29 мая 2025 года № 1.»"
    )
    in_force_note: str | None = None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    global_amendments: list[Amendment] = Field(
        default_factory=list, description="notes on the whole text (words replaced throughout)"
    )
    paragraphs: list[Paragraph]
    signatures: list[str] = Field(default_factory=list)
    source: str | None = None

    def para(self, num: str) -> Paragraph | None:
        for p in self.paragraphs:
            if p.num == num:
                return p
        return None


class Item(BaseModel):
    """A numbered item («пункт N)» / «N) тармақ») of a part of an article."""

    num: str
    text: str
    abzacs: list[str] = Field(default_factory=list, description="continuation abzacs of the item")
    repealed: bool = False
    notes: list[str] = Field(default_factory=list)


class Part(BaseModel):
    """A part («часть N.» / «N-бөлік») of an article; ``num`` is ``None`` for an article without parts."""

    num: str | None
    text: str = Field(description="the part's first abzac (the lead-in when it has items)")
    abzacs: list[str] = Field(default_factory=list, description="further abzacs of the part")
    items: list[Item] = Field(default_factory=list)
    repealed: bool = False
    notes: list[str] = Field(default_factory=list)

    def item(self, num: str) -> Item | None:
        return next((i for i in self.items if i.num == num), None)


class Article(BaseModel):
    num: str = Field(description="«489», «406-1»")
    title: str
    chapter: str | None = Field(default=None, description="chapter number, «52»")
    chapter_title: str | None = None
    parts: list[Part]
    amendments: list[Amendment] = Field(default_factory=list)
    repealed: bool = False

    def part(self, num: str | int) -> Part | None:
        key = str(num)
        return next((p for p in self.parts if p.num == key), None)


class Chapter(BaseModel):
    num: str
    title: str
    amendments: list[Amendment] = Field(default_factory=list)


class CodeText(BaseModel):
    """A code (УПК, УК) or the parts of it that were imported, in one language and one wording."""

    act: Literal["УПК", "УК"]
    lang: Lang
    version_date: dt.date | None = Field(description="the date of the wording (from the source's header)")
    source: str | None = None
    chapters: list[Chapter] = Field(default_factory=list)
    articles: list[Article]

    def article(self, num: str) -> Article | None:
        return next((a for a in self.articles if a.num == num), None)
