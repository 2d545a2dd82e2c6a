"""The :class:`Library`: every text kzreview holds, addressed by code, language, paragraph and date."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from kzreview.citations.extract import find_citations
from kzreview.citations.model import Citation, CitationMatch
from kzreview.corpus.model import LANGS, Amendment, Article, CodeText, Item, Lang, Paragraph, Part, Resolution
from kzreview.corpus.registry import BUNDLED, load_bundled
from kzreview.errors import InvalidValue, NotFound
from kzreview.library.catalog import CATALOG, TOPICS, DocInfo
from kzreview.search import Hit, Passage, SearchIndex
from kzreview.store.repo import Store

CODES = ("УПК", "УК")


def check_lang(lang: str) -> Lang:
    for known in LANGS:
        if lang == known:
            return known
    raise InvalidValue("--lang", lang, LANGS)


def parse_day(value: str | None, field: str) -> date | None:
    """An ISO date from user input, or a clear error naming ``field``."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidValue(field, value, "a date YYYY-MM-DD") from None


@dataclass(frozen=True)
class Provision:
    """The text a code citation points to: an article, one of its parts, or one item of a part."""

    act: str
    lang: Lang
    article: Article
    part: Part | None = None
    item: Item | None = None
    version_date: date | None = None

    @property
    def citation(self) -> Citation:
        part: int | str | None = None
        if self.part is not None and self.part.num is not None:
            part = int(self.part.num) if self.part.num.isdigit() else self.part.num
        return Citation(
            act=self.act,
            article=self.article.num,
            part=part,
            item=self.item.num if self.item else None,
        )

    @property
    def abzacs(self) -> list[str]:
        if self.item is not None:
            return [f"{self.item.num}) {self.item.text}", *self.item.abzacs]
        parts = [self.part] if self.part is not None else self.article.parts
        out: list[str] = []
        for p in parts:
            lead = f"{p.num}. {p.text}" if p.num else p.text
            out.append(lead)
            out.extend(p.abzacs)
            out.extend(f"{i.num}) {i.text}" for i in p.items)
        return out

    @property
    def heading(self) -> str:
        word = "бап" if self.lang == "kk" else "Статья"
        return (
            f"{self.article.num}-{word}. {self.article.title}"
            if self.lang == "kk"
            else f"{word} {self.article.num}. {self.article.title}"
        )


@dataclass
class Library:
    """Bundled resolutions (always there) and whatever was imported into the store."""

    store: Store | None = None
    _codes: dict[tuple[str, str], CodeText] = field(default_factory=dict)

    @classmethod
    def open(cls, db_url: str | None = None) -> Library:
        return cls(Store.open(db_url))

    def refresh(self) -> None:
        """Forget cached texts and the search index (after an import into the store)."""
        self._codes.clear()
        self.__dict__.pop("index", None)

    # -- documents -----------------------------------------------------------------------------------
    def documents(self) -> list[DocInfo]:
        """The documents available now: bundled ones and those in the store."""
        have = set(BUNDLED)
        if self.store is not None:
            have |= {row.code for row in self.store.stored()}
        return [info for code, info in CATALOG.items() if code in have]

    def resolve_doc(self, doc: str, on: date | None = None) -> str:
        """A document code from a code or a topic alias («cassation» → the resolution in force on ``on``)."""
        if doc in TOPICS:
            topic = TOPICS[doc]
            when = on or date.today()
            for info in CATALOG.values():
                if info.topic == topic and info.in_force(when):
                    return info.code
            raise NotFound(f"{topic} resolution in force on", when.isoformat())
        if doc in CATALOG or doc in BUNDLED:
            return doc
        raise NotFound("document", doc, [*CATALOG, *TOPICS])

    def resolution(self, code: str, lang: Lang = "ru") -> Resolution:
        if code in BUNDLED:
            texts: dict[Lang, Resolution] = load_bundled(code)
            if lang not in texts:
                raise NotFound(f"{lang} text of", code, f"languages of {code}: {', '.join(texts)}")
            return texts[lang]
        stored = self.store.resolutions(code, lang) if self.store is not None else []
        if not stored:
            hint = "import it with: kzreview law import PATH" if code in CATALOG else None
            raise NotFound(f"{lang} text of document", code, hint or list(CATALOG))
        return stored[0]

    def paragraph(self, code: str, num: str, lang: Lang = "ru") -> Paragraph:
        res = self.resolution(code, lang)
        para = res.para(num)
        if para is None:
            raise NotFound(f"paragraph of {code}", num, [p.num for p in res.paragraphs])
        return para

    def languages(self, code: str) -> list[Lang]:
        out: list[Lang] = []
        for lang in LANGS:
            try:
                self.resolution(code, lang) if code not in CODES else self.code_text(code, lang)
            except NotFound:
                continue
            out.append(lang)
        return out

    # -- codes ---------------------------------------------------------------------------------------
    def code_text(self, act: str, lang: Lang = "ru") -> CodeText:
        key = (act, lang)
        if key not in self._codes:
            if act not in CODES:
                raise NotFound("code", act, CODES)
            texts = self.store.code_texts(act, lang) if self.store is not None else []
            if not texts:
                raise NotFound(
                    f"{lang} text of", act, "none imported yet; run: kzreview law import ../shared/law"
                )
            self._codes[key] = texts[0]
        return self._codes[key]

    def provision(
        self,
        act: str,
        article: str,
        part: int | str | None = None,
        item: str | None = None,
        lang: Lang = "ru",
    ) -> Provision:
        code = self.code_text(act, lang)
        art = code.article(str(article))
        if art is None:
            raise NotFound(f"article of {act}", article, f"{len(code.articles)} imported articles")
        prt = None
        if part is not None:
            prt = art.part(part)
            if prt is None:
                raise NotFound(f"part of {act} article {article}", part, [p.num or "-" for p in art.parts])
        itm = None
        if item is not None:
            pool = [prt] if prt is not None else art.parts
            itm = next((i for p in pool for i in p.items if i.num == str(item)), None)
            if itm is None:
                avail = [i.num for p in pool for i in p.items] or "no items"
                raise NotFound(f"item of {act} article {article}", item, avail)
        return Provision(act, lang, art, prt, itm, code.version_date)

    def resolve_citation(self, cit: Citation, lang: Lang = "ru") -> Provision | Paragraph | None:
        """The stored text a citation points to, or ``None`` when that text is not held."""
        try:
            if cit.act in CODES and cit.article:
                return self.provision(cit.act, cit.article, cit.part, cit.item, lang)
            if cit.act == "НП" and cit.doc and cit.para:
                return self.paragraph(cit.doc, cit.para, lang)
        except NotFound:
            return None
        return None

    # -- citations and amendments --------------------------------------------------------------------
    def cite(self, text: str, lang: Lang = "ru", doc: str | None = None) -> list[CitationMatch]:
        return find_citations(text, lang, doc=doc)

    def paragraph_citations(self, code: str, para: Paragraph, lang: Lang) -> list[CitationMatch]:
        return find_citations(para.text, lang, doc=code)

    # -- search --------------------------------------------------------------------------------------
    def passages(self) -> Iterator[Passage]:
        for info in self.documents():
            for lang in LANGS:
                if info.kind == "resolution":
                    try:
                        res = self.resolution(info.code, lang)
                    except NotFound:
                        continue
                    for p in res.paragraphs:
                        yield Passage(doc=info.code, para=p.num, lang=lang, text=p.text, title=res.title)
                else:
                    try:
                        code = self.code_text(info.code, lang)
                    except NotFound:
                        continue
                    for art in code.articles:
                        prov = Provision(info.code, lang, art)
                        yield Passage(
                            doc=info.code,
                            para=art.num,
                            lang=lang,
                            text="\n".join([prov.heading, *prov.abzacs]),
                            title=art.title,
                        )

    @cached_property
    def index(self) -> SearchIndex:
        return SearchIndex.build(self.passages())

    def search(self, query: str, lang: Lang | None = None, limit: int = 10) -> list[Hit]:
        if limit < 1:
            raise InvalidValue("--limit", limit, "a positive integer")
        return list(self.index.search(query, lang=lang, limit=limit))

    # -- law in time ---------------------------------------------------------------------------------
    def in_force_on(self, code: str, on: date) -> tuple[bool, list[DocInfo]]:
        """Whether ``code`` was in force on ``on``, and the documents of its topic that were."""
        info = CATALOG.get(code)
        if info is None:
            raise NotFound("document", code, list(CATALOG))
        others = [i for i in CATALOG.values() if i.topic == info.topic and i.in_force(on)]
        return info.in_force(on), others

    @staticmethod
    def amendments_after(amendments: list[Amendment], on: date) -> list[Amendment]:
        """Amendments that took effect after ``on``: the stored wording may not be the one of that date."""
        out = []
        for a in amendments:
            when = a.effective_from or a.date
            if when is not None and when > on:
                out.append(a)
        return out
