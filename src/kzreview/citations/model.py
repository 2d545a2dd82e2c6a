"""Citation objects (CONTRACT.md §1): what a reference in a legal text points to."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Act = Literal["УПК", "УК", "Конституция", "НП", "other"]


class Citation(BaseModel):
    """A typed pointer into the law: ``УПК 489.1.1``, ``НП P250000001S п.9``.

    ``article`` and ``item`` are strings (``"406-1"``, ``"7-1"``); ``part`` is an integer, or a string
    only for the rare hyphenated parts («1-1»).  Unknown parts are ``None``.
    """

    model_config = ConfigDict(frozen=True)

    act: Act
    article: str | None = None
    part: int | str | None = None
    item: str | None = None
    chapter: str | None = None
    doc: str | None = Field(default=None, description="adilet code of a normative resolution (act НП)")
    para: str | None = Field(default=None, description="paragraph of a normative resolution (act НП)")

    @property
    def short(self) -> str:
        """The short text form: ``УПК 489.1.1``, ``УПК 484``, ``НП P250000001S п.9``, ``УПК гл.52``."""
        if self.act == "НП":
            tail = f" п.{self.para}" if self.para else ""
            return f"НП {self.doc or '?'}{tail}"
        if self.article is None:
            return f"{self.act} гл.{self.chapter}" if self.chapter else self.act
        s = f"{self.act} {self.article}"
        if self.part is not None:
            s += f".{self.part}"
            if self.item is not None:
                s += f".{self.item}"
        elif self.item is not None:
            s += f" п.{self.item}"
        return s

    def __str__(self) -> str:
        return self.short


class CitationMatch(BaseModel):
    """A span of text and the citations it contains (CONTRACT.md §2, ``law cite``)."""

    text: str
    start: int
    end: int
    refs: list[Citation]
