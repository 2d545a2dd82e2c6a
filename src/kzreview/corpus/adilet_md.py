"""Read the state legal database's Markdown (the kazakhstan-law/codes mirror of zan.gov.kz) into the model.

Three kinds of file, told apart by their YAML front-matter header:

* a *section of a code* (УПК or УК, one language): ``part_of: ../rus.md`` and
  ``source: https://zan.gov.kz/client/#!/doc/81164/rus/16.09.2025``; the body has «Раздел»/«N-БӨЛІМ»,
  «Глава N.»/«N-тарау.» and «Статья N.»/«N-бап.» headings, ``<a id="stN"></a>`` anchors, numbered parts
  ``1. ...``, items ``   1) ...``, continuation abzacs and «Сноска»/«Ескерту» notes;
* a *Supreme Court normative resolution* (one language): a full metadata header (``act_code``,
  ``requisite``, ``approval_date``, ``repealed_on`` ...) and numbered paragraphs ``1. ...``;
* anything else (``SOURCES.md``, a README): skipped by :func:`import_tree`, with the reason.

Amendment notes are handed to :func:`kzreview.corpus.amendments.parse_note`; editorial notes the database
inserts into the law text (Constitutional Court rulings, «Примечание!») are kept as ``notes``, never as law
text.  Every problem with the input is a :class:`~kzreview.errors.MalformedSource` naming the file, the line
and what was expected there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml

from kzreview.corpus.amendments import is_global_note, parse_global_note, parse_note
from kzreview.corpus.model import (
    Amendment,
    Article,
    Chapter,
    CodeText,
    Item,
    Lang,
    Paragraph,
    Part,
    Resolution,
)
from kzreview.errors import InvalidValue, MalformedSource, NotFound

Act = Literal["УПК", "УК"]

#: zan.gov.kz document ids of the codes (the number in ``.../client/#!/doc/<id>/...``).
ZAN_CODES: dict[str, Act] = {
    "81164": "УПК",  # Уголовно-процессуальный кодекс РК от 4 июля 2014 года № 231-V
    "81097": "УК",  # Уголовный кодекс РК от 3 июля 2014 года № 226-V
}

#: zan.gov.kz document ids of the Supreme Court resolutions -> their adilet code.  The database's headers
#: carry only the zan id (``registry_number``/``act_code``), so the adilet code must come from this table.
ZAN_RESOLUTIONS: dict[str, str] = {
    "165606": "P220000002S",  # НП ВС РК от 10.03.2022 № 2 (cassation), repealed from 01.07.2025
    "211020": "P250000001S",  # НП ВС РК от 29.05.2025 № 1 (cassation), in force from 01.07.2025
}

_LANGS: dict[str, Lang] = {"rus": "ru", "kaz": "kk"}

# --- the header ------------------------------------------------------------------------------------------

# The database URL of a document: ``https://zan.gov.kz/client/#!/doc/81164/rus/16.09.2025``; the language
# and the date of the wording are optional.  Not matched: adilet.zan.kz URLs (``/rus/docs/K1400000231``),
# which name the document by its adilet code, not its zan id.
_SOURCE_URL = re.compile(r"/doc/(?P<doc>\d+)(?:/(?P<lang>rus|kaz)(?:/(?P<date>\d{2}\.\d{2}\.\d{4}))?)?/?$")

# The name of a code in a title, for files whose URL names no known code.  УПК is tried first, since
# «уголовно-процессуальный» also contains «уголовн».  Not matched: «Уголовно-исполнительный кодекс».
_TITLE_UPK = re.compile(r"уголовно-процессуальн|қылмыстық-процест", re.IGNORECASE)
_TITLE_UK = re.compile(r"уголовный кодекс|қылмыстық кодекс", re.IGNORECASE)

# --- the body of a code ----------------------------------------------------------------------------------

_NUM = r"\d+(?:-\d+)?"  # «484», «498-1», «42-1»

# Headings, at any level from ## to ####: the files are not consistent («### Статья 46.» beside
# «#### Статья 484.»).  Not matched: a heading without the dot after the number («Статья 484 Title»),
# which the database never writes, and «#» / «#####» levels.
_ARTICLE_HEAD: dict[Lang, re.Pattern[str]] = {
    "ru": re.compile(rf"^#{{2,4}} Статья (?P<num>{_NUM})\.\s*(?P<title>.*)$"),
    "kk": re.compile(rf"^#{{2,4}} (?P<num>{_NUM})-бап\.\s*(?P<title>.*)$"),
}
_CHAPTER_HEAD: dict[Lang, re.Pattern[str]] = {
    "ru": re.compile(rf"^#{{2,4}} Глава (?P<num>{_NUM})\.\s*(?P<title>.*)$"),
    "kk": re.compile(rf"^#{{2,4}} (?P<num>{_NUM})-тарау\.\s*(?P<title>.*)$"),
}
# «## Раздел 10. ...», «### РАЗДЕЛ 1. ...», «## 10-БӨЛІМ. ...» (the Kazakh files write І as Cyrillic І or
# Latin I).  Not matched: «Раздел 10» without the dot.
_SECTION_HEAD = re.compile(rf"^#{{2,4}} (?:(?:Раздел|РАЗДЕЛ) {_NUM}|{_NUM}-(?:БӨЛ[ІI]М|бөл[іi]м))\.")
# Headings that structure the code above sections and carry no law text: the title («# Уголовно-...»),
# «Общая часть»/«Особенная часть», «Жалпы бөлік»/«Ерекше бөлік», the repealed table of contents.
# Not matched: any other ##-#### heading, which is reported as malformed.
_OTHER_HEAD = re.compile(
    r"^(?:# .+|#{2,4} (?:Общая часть|Особенная часть|Жалпы бөл[іi]к|Ерекше бөл[іi]к|Оглавление|Мазмұны)\s*)$",
    re.IGNORECASE,
)

# The anchor before every article: ``<a id="st484"></a>``.  Not matched: other HTML.
_ANCHOR = re.compile(r'^<a id="st(?P<num>[^"]+)"></a>$')

# A numbered part «1. text», «1-1. text», in italics when repealed («*3. Исключена ...*»), indented by at
# most three spaces (the source indents a few parts by mistake).  Not matched: «1.» with nothing after it,
# items «1)», and lines indented four or more spaces (continuation abzacs of parts 10 and up).
_PART = re.compile(rf"^ {{0,3}}(?P<star>\*?)(?P<num>{_NUM})\. (?P<text>.+)$")

# A numbered item «   1) text», «7-1) text», in italics when repealed («   *3) исключен ...*»), at any
# indentation (column 0 in articles without parts).  Not matched: letters «а)», and «1)» inside running
# text (it is not at the start of a line).
_ITEM = re.compile(rf"^(?P<indent> *)(?P<star>\*?)(?P<num>{_NUM})\) (?P<text>.+)$")

# A «Сноска»/«Ескерту» note: ``> *Сноска. ...*`` (a blockquote, at any indentation), ``*Сноска. ...*``
# (italics only) or a bare ``Сноска. ...`` line; also the source's misspelling «Снсока».  Not matched: the
# law's own «Примечание.»/«Ескертпе.», which are law text.
_NOTE_LABEL = re.compile(r"^(?:Сноска|Снсока|Ескерту)\.\s")
_QUOTE = re.compile(r"^\s*>\s?(?P<body>.*)$")

# A note saying that an article is gone, searched for only in articles without text: «Сноска. Статья 503
# исключена ...», «...; исключена Законом РК от 29.12.2021 ...», «Ескерту. 503-бап алып тасталды ...».
# Not matched: «исключен»/«исключено» (an item or words of the article were removed, not the article).
_ARTICLE_REPEALED_NOTE = re.compile(
    r"(?<!\w)(?:исключена|утратила силу|алып тасталды|алынып тасталды|күші жойылды)(?!\w)"
)

# The text of a repealed part or item: «Исключена Законом РК ...», «исключен», «утратил силу», «Алып
# тасталды - ҚР ...».  Not matched: law text that starts with another word and mentions exclusion later
# («Сотталғандықты алып тастау ...» starts with another word).
_REPEALED = re.compile(
    r"^(?:исключен[аоы]?|утратил[аио]? силу|алып тасталды|алынып тасталды|күші жойылды)(?!\w)", re.IGNORECASE
)

# Editorial notes the database inserts into the law text: «Нормативным постановлением Конституционного
# Суда РК от ... признан соответствующим ...», «ҚР Конституциялық Сотының ... нормативтік қаулысымен ...»,
# «Примечание ИЗПИ!».  Not matched: law text that mentions the Constitutional Court («... Конституционного
# Суда Республики Казахстан ...»): the note starts the line and writes «РК»/«ҚР».
_EDITORIAL = re.compile(
    r"^(?:Нормативным постановлением Конституционного (?:Суда|Совета) РК"
    r"|ҚР Конституциялық (?:Сотының|Кеңесінің)"
    r"|Примечание ИЗПИ|ҚР ЗҚАИ-ның ескертпесі)"
)

# --- the body of a resolution ----------------------------------------------------------------------------

# A paragraph «1. text» at column 0.  Not matched: indented «1. » (an abzac quoting a list).
_PARA = re.compile(rf"^(?P<num>{_NUM})\. (?P<text>.+)$")
# The editorial marker line «Примечание!»/«Ескертпе!» (also «Примечание ИЗПИ!»); the next line is its text.
# Not matched: «Примечание.» with a dot, which in a resolution would be the court's own words.
_NOTE_MARKER = re.compile(r"^(?:Примечание(?: ИЗПИ)?|Ескертпе|ҚР ЗҚАИ-ның ескертпесі)!$")
# A signature line «**Ж. Асанов**».  Not matched: bold text followed by more text.
_SIGNATURE = re.compile(r"^\*\*(?P<text>[^*]+)\*\*$")
# «№ 2» in the requisites.  Not matched: «№» without a number.
_NUMBER = re.compile(r"№\s*(?P<num>\d+(?:-\d+)?)")
# The requisites proper: up to the first full stop after the number («... от 10 марта 2022 года № 2.»,
# «... № 2 Нормативтік қаулысы.»).  Not matched: the status that follows («Утратило силу ...»).
_REQUISITES = re.compile(r"^.*?№\s*\d[^.]*\.")
# «Вводится в действие с 01.07.2022» / «01.07.2022 бастап қолданысқа енгізіледі».  Not matched: dates in
# words («с 1 июля 2022 года»), which only the last paragraph uses.
_IN_FORCE_RU = re.compile(r"[Вв]водится в действие с (?P<date>\d{2}\.\d{2}\.\d{4})")
_IN_FORCE_KK = re.compile(r"(?P<date>\d{2}\.\d{2}\.\d{4}) бастап қолданысқа енгізіледі")


# --- small helpers ---------------------------------------------------------------------------------------


def num_key(num: str) -> tuple[int, ...]:
    """Sort key of an article, chapter, part or item number: «498» < «498-1» < «498-4» < «499».

    A number without digits sorts last (it cannot come from these files, but a caller may pass one).
    """
    return tuple(int(x) for x in re.findall(r"\d+", num)) or (1 << 62,)


def _ranges(nums: Iterable[str]) -> str:
    """«1, 2, 3, 5, 498-1» -> «1–3, 5, 498-1»: a compact, sorted list of what is available, for messages."""
    out: list[str] = []
    run: list[int] = []

    def flush() -> None:
        if run:
            out.extend([str(n) for n in run] if len(run) < 3 else [f"{run[0]}–{run[-1]}"])
            run.clear()

    for n in sorted(nums, key=num_key):
        if n.isdigit() and run and int(n) == run[-1] + 1:
            run.append(int(n))
        elif n.isdigit():
            flush()
            run.append(int(n))
        else:
            flush()
            out.append(n)
    flush()
    return ", ".join(out)


def _dmy(text: str, path: str, line: int | None) -> date:
    """«16.09.2025» -> date(2025, 9, 16)."""
    day, month, year = (int(x) for x in text.split("."))
    try:
        return date(year, month, day)
    except ValueError:
        raise MalformedSource(path, f"{text!r} is not a date (expected DD.MM.YYYY)", line) from None


def _unwrap_italics(text: str) -> str:
    """``*text*`` -> ``text``; also a lone opening or closing asterisk (the source leaves some unclosed)."""
    text = text.strip()
    if text.startswith("*") and not text.startswith("**"):
        text = text[1:]
    if text.endswith("*") and not text.endswith("**"):
        text = text[:-1]
    return text.strip()


def _note_text(line: str) -> str | None:
    """The text of a «Сноска»/«Ескерту» note line without its ``> *`` ... ``*`` wrapper, or ``None``.

    A blockquote line is always a note (possibly the continuation of the previous one); an unquoted line is
    a note only when it starts with the label.
    """
    quoted = _QUOTE.match(line)
    if quoted:
        return _unwrap_italics(quoted.group("body"))
    text = _unwrap_italics(line)
    return text if _NOTE_LABEL.match(text) else None


# --- the header ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    """A file's text split into its YAML header and its body lines (with their 1-based line numbers)."""

    path: str
    header: dict[str, Any]
    lines: list[tuple[int, str]]


def _split_header(text: str, path: str) -> _Source:
    lines = text.removeprefix("\ufeff").replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        raise MalformedSource(path, "no YAML front-matter header: expected '---' on the first line", 1)
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise MalformedSource(
            path, "the YAML header opened on line 1 is never closed by a '---' line", 1
        ) from None
    try:
        header = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        problem = getattr(err, "problem", None) or type(err).__name__
        line = mark.line + 2 if mark is not None else 1
        raise MalformedSource(path, f"the YAML header is not valid YAML: {problem}", line) from None
    if not isinstance(header, dict):
        raise MalformedSource(path, "the YAML header is not a mapping of 'key: value' lines", 2)
    body = [(i + 1, lines[i]) for i in range(end + 1, len(lines))]
    return _Source(path, header, body)


def _source_url(src: _Source) -> re.Match[str] | None:
    url = src.header.get("source")
    return _SOURCE_URL.search(url.strip()) if isinstance(url, str) else None


def _header_lang(src: _Source, url: re.Match[str] | None) -> Lang:
    """The language from the source URL, ``language:`` or ``part_of: ../rus.md``."""
    candidates = [url.group("lang") if url else None, src.header.get("language")]
    part_of = src.header.get("part_of")
    if isinstance(part_of, str):
        candidates.append(Path(part_of).stem)
    for cand in candidates:
        if isinstance(cand, str) and cand in _LANGS:
            return _LANGS[cand]
    raise MalformedSource(
        src.path, "the header names no language: expected 'source: .../doc/<id>/rus/...' or '.../kaz/...'", 2
    )


def _title_act(src: _Source) -> Act | None:
    titles = [str(src.header.get("title") or "")]
    titles += [text for _, text in src.lines if text.startswith("# ")]
    for title in titles:
        if _TITLE_UPK.search(title):
            return "УПК"
        if _TITLE_UK.search(title):
            return "УК"
    return None


def _code_act(src: _Source, url: re.Match[str] | None) -> Act:
    """УПК or УК, from the zan id in the source URL, else from a title."""
    if url and url.group("doc") in ZAN_CODES:
        return ZAN_CODES[url.group("doc")]
    act = _title_act(src)
    if act is None:
        doc = url.group("doc") if url else "none"
        raise MalformedSource(
            src.path,
            f"cannot tell which code this is: the source URL names zan doc {doc}, not "
            + ", ".join(f"{v} ({k})" for k, v in ZAN_CODES.items())
            + ", and no title names the code",
            2,
        )
    return act


# --- codes -----------------------------------------------------------------------------------------------


@dataclass
class _ArticleDraft:
    article: Article
    line: int
    notes: list[str] = field(default_factory=list)  # «Сноска» texts, for parse_note at the end
    pending_editorial: list[str] = field(default_factory=list)  # editorial notes before any part


@dataclass
class _ChapterDraft:
    chapter: Chapter
    notes: list[str] = field(default_factory=list)


def _numbered(m: re.Match[str]) -> tuple[str, str, bool]:
    """Number, text and «repealed» of a part or item line (italics or «Исключена ...» mean repealed)."""
    starred = bool(m.group("star"))
    text = _unwrap_italics(m.group("text")) if starred else m.group("text").strip()
    return m.group("num"), text, starred or bool(_REPEALED.match(text))


class _CodeReader:
    """A line-by-line reader of one section file of a code; :meth:`run` returns its chapters and articles.

    Each non-blank line is a heading, an anchor, a note, a part, an item or text.  Text is a continuation
    abzac of the current item when indented deeper than the item's number, else of the current part; in an
    article without numbered parts the first text is the text of a part with ``num=None``.
    """

    def __init__(self, src: _Source, lang: Lang) -> None:
        self.src = src
        self.lang: Lang = lang
        self.chapters: list[_ChapterDraft] = []
        self.articles: list[_ArticleDraft] = []
        self.chapter: _ChapterDraft | None = None
        self.chapter_has_articles = False
        self.article: _ArticleDraft | None = None
        self.part: Part | None = None
        self.item: Item | None = None
        self.item_indent = 0
        self.anchor: tuple[str, int] | None = None  # (article number, line) of an anchor awaiting its heading
        self.note_sink: list[str] | None = None  # the notes list a continuation line of a note goes to
        self.marker_notes: list[str] | None = None  # the notes list that ends with a bare «Примечание ИЗПИ!»

    @property
    def example(self) -> str:
        return "'#### Статья 484. Title'" if self.lang == "ru" else "'#### 484-бап. Title'"

    def fail(self, line: int, problem: str) -> MalformedSource:
        return MalformedSource(self.src.path, problem, line)

    def run(self) -> tuple[list[Chapter], list[Article]]:
        for no, line in self.src.lines:
            if not line.strip():
                continue
            if line.startswith("#"):
                self.note_sink = self.marker_notes = None
                self.on_heading(no, line)
            elif anchor := _ANCHOR.match(line):
                self.note_sink = self.marker_notes = None
                self.on_anchor(no, anchor.group("num"))
            elif (note := _note_text(line)) is not None:
                self.marker_notes = None
                self.on_note(note)
            else:
                self.note_sink = None
                self.on_body(no, line)
        self.close_article()
        if self.anchor is not None:
            raise self.fail(
                self.anchor[1], f"anchor st{self.anchor[0]} is not followed by an article heading"
            )
        if not self.articles:
            raise MalformedSource(
                self.src.path, f"no articles: expected at least one heading like {self.example}"
            )
        return self.finish()

    # --- structure ---

    def on_heading(self, no: int, line: str) -> None:
        if m := _ARTICLE_HEAD[self.lang].match(line):
            self.open_article(no, m.group("num"), m.group("title").strip())
            return
        self.close_article()
        if m := _CHAPTER_HEAD[self.lang].match(line):
            self.chapter = _ChapterDraft(Chapter(num=m.group("num"), title=m.group("title").strip()))
            self.chapters.append(self.chapter)
            self.chapter_has_articles = False
        elif _SECTION_HEAD.match(line):
            self.chapter = None
        elif not _OTHER_HEAD.match(line):
            raise self.fail(
                no,
                f"unexpected heading {line.strip()[:80]!r}: expected an article ({self.example}), "
                "a chapter, a section or a part of the code",
            )

    def on_anchor(self, no: int, num: str) -> None:
        if self.anchor is not None:
            raise self.fail(
                no, f"anchor st{num} follows anchor st{self.anchor[0]} with no article between them"
            )
        self.close_article()
        self.anchor = (num, no)

    def open_article(self, no: int, num: str, title: str) -> None:
        self.close_article()
        if self.anchor is not None and self.anchor[0] != num:
            raise self.fail(
                no, f"article {num} follows the anchor of article {self.anchor[0]} (line {self.anchor[1]})"
            )
        self.anchor = None
        if not title:
            raise self.fail(no, f"article {num} has no title: expected {self.example}")
        if prev := next((a for a in self.articles if a.article.num == num), None):
            raise self.fail(no, f"article {num} appears twice (first on line {prev.line})")
        ch = self.chapter.chapter if self.chapter else None
        article = Article(
            num=num,
            title=title,
            chapter=ch.num if ch else None,
            chapter_title=ch.title if ch else None,
            parts=[],
        )
        self.article = _ArticleDraft(article, no)
        self.articles.append(self.article)
        self.chapter_has_articles = True

    def close_article(self) -> None:
        """An article without text is repealed when one of its notes says so («Статья 503 исключена»)."""
        draft = self.article
        self.article, self.part, self.item = None, None, None
        if draft is None:
            return
        art = draft.article
        only = art.parts[0] if len(art.parts) == 1 else None
        if not art.parts:
            art.repealed = any(_ARTICLE_REPEALED_NOTE.search(n) for n in draft.notes)
        elif only is not None and only.num is None and only.repealed:
            art.repealed = True
        if draft.pending_editorial:  # editorial notes on an article with no text: keep them on an empty part
            art.parts.append(Part(num=None, text="", notes=list(draft.pending_editorial)))

    def on_note(self, note: str) -> None:
        """A note goes to the open article, else to a chapter whose heading no article has followed yet.

        Notes on a section or on the whole code are dropped: the model has no place for them.
        """
        if not _NOTE_LABEL.match(note) and self.note_sink:
            self.note_sink[-1] += " " + note  # a note continued over several blockquote lines
            return
        if self.article is not None:
            self.note_sink = self.article.notes
        elif self.chapter is not None and not self.chapter_has_articles:
            self.note_sink = self.chapter.notes
        else:
            self.note_sink = None
            return
        self.note_sink.append(note)

    # --- law text ---

    def on_body(self, no: int, line: str) -> None:
        if self.article is None:
            raise self.fail(
                no,
                f"text outside any article: expected a heading ({self.example}), an anchor or a note, "
                f"got {line.strip()[:60]!r}",
            )
        indent = len(line) - len(line.lstrip(" "))
        part = _PART.match(line)
        if part and indent and not self.continues_numbering(part.group("num")):
            part = None  # an indented «2. ...» that does not continue the numbering of parts is text
        if part:
            self.marker_notes = None
            self.on_part(no, *_numbered(part))
        elif item := _ITEM.match(line):
            self.marker_notes = None
            self.on_item(no, len(item.group("indent")), *_numbered(item))
        else:
            text = line.strip()
            self.on_text(indent, _unwrap_italics(text) if text.startswith("*") else text)

    def continues_numbering(self, num: str) -> bool:
        """``num`` comes after the current part's number (or there is no numbered part yet)."""
        current = self.part.num if self.part is not None else None
        return current is None or num_key(num) > num_key(current)

    def on_part(self, no: int, num: str, text: str, repealed: bool) -> None:
        assert self.article is not None
        art = self.article.article
        self.item = None
        if seen := art.part(num):
            if seen.text != text:
                raise self.fail(no, f"part {num} of article {art.num} appears twice, with different text")
            self.part = Part(num=num, text=text)  # a verbatim repetition: read it, keep the first one
            return
        self.part = Part(num=num, text=text, repealed=repealed, notes=self.take_pending_editorial())
        art.parts.append(self.part)

    def on_item(self, no: int, indent: int, num: str, text: str, repealed: bool) -> None:
        assert self.article is not None
        if self.part is None:  # an article without parts whose text starts with an item
            self.new_unnumbered_part("")
        assert self.part is not None
        self.item, self.item_indent = Item(num=num, text=text, repealed=repealed), indent
        if not (seen := self.part.item(num)):
            self.part.items.append(self.item)
        elif seen.text != text:  # a verbatim repetition (kk УПК 476, item 11-1) is kept once
            where = f"part {self.part.num}" if self.part.num else "the text"
            raise self.fail(
                no,
                f"item {num}) of {where} of article {self.article.article.num} appears twice, with different text",
            )

    def on_text(self, indent: int, text: str) -> None:
        """An abzac (or an editorial note): of the current item if indented deeper than it, else of the part."""
        assert self.article is not None
        if self.marker_notes is not None:  # the line after «Примечание ИЗПИ!» is the note's text
            self.marker_notes[-1] += " " + text
            self.marker_notes = None
            return
        editorial = bool(_EDITORIAL.match(text) or _NOTE_MARKER.match(text))
        sink: list[str]
        if self.item is not None and indent > self.item_indent:
            sink = self.item.notes if editorial else self.item.abzacs
        elif editorial:
            sink = self.part.notes if self.part is not None else self.article.pending_editorial
        elif self.part is None:
            self.new_unnumbered_part(text)
            return
        else:
            self.part.abzacs.append(text)
            self.item = None
            return
        sink.append(text)
        if _NOTE_MARKER.match(text):
            self.marker_notes = sink

    def new_unnumbered_part(self, text: str) -> None:
        assert self.article is not None
        self.part = Part(
            num=None, text=text, repealed=bool(_REPEALED.match(text)), notes=self.take_pending_editorial()
        )
        self.article.article.parts.append(self.part)

    def take_pending_editorial(self) -> list[str]:
        assert self.article is not None
        notes = list(self.article.pending_editorial)
        self.article.pending_editorial.clear()
        return notes

    def finish(self) -> tuple[list[Chapter], list[Article]]:
        for ch in self.chapters:
            ch.chapter.amendments = _amendments(ch.notes, self.lang)
        for art in self.articles:
            art.article.amendments = _amendments(art.notes, self.lang)
        return [c.chapter for c in self.chapters], [a.article for a in self.articles]


def _amendments(notes: list[str], lang: Lang) -> list[Amendment]:
    return [a for note in notes for a in parse_note(note, lang)]


def parse_code_markdown(text: str, *, path: str = "<text>") -> CodeText:
    """One section file of УПК or УК (``upk/rus/sec010.md``) as a :class:`CodeText` of its articles.

    The act comes from the zan id in the header's ``source`` URL (81164 УПК, 81097 УК; else a title), the
    language from the URL (``rus``/``kaz``), ``version_date`` from the date that ends the URL.
    """
    src = _split_header(text, path)
    url = _source_url(src)
    if "requisite" in src.header or "act_code" in src.header:
        raise MalformedSource(
            path, "this is a resolution (its header has 'requisite'/'act_code'), not a code", 2
        )
    act = _code_act(src, url)
    lang = _header_lang(src, url)
    version = _dmy(url.group("date"), path, 2) if url and url.group("date") else None
    chapters, articles = _CodeReader(src, lang).run()
    source = src.header.get("source")
    return CodeText(
        act=act,
        lang=lang,
        version_date=version,
        source=source if isinstance(source, str) else None,
        chapters=chapters,
        articles=articles,
    )


# --- merging sections ------------------------------------------------------------------------------------


def _merge_chapters(parts: list[CodeText], names: list[str]) -> list[Chapter]:
    chapters: dict[str, tuple[Chapter, str]] = {}
    for code, name in zip(parts, names, strict=True):
        for ch in code.chapters:
            seen = chapters.get(ch.num)
            if seen is None:
                chapters[ch.num] = (ch.model_copy(deep=True), name)
            elif seen[0].title != ch.title:
                raise MalformedSource(
                    name, f"chapter {ch.num} is titled {ch.title!r} here but {seen[0].title!r} in {seen[1]}"
                )
            else:
                seen[0].amendments.extend(a for a in ch.amendments if a not in seen[0].amendments)
    return [c for c, _ in sorted(chapters.values(), key=lambda cn: num_key(cn[0].num))]


def merge_code_texts(parts: list[CodeText], *, names: list[str] | None = None) -> CodeText:
    """The sections of one code in one language as one :class:`CodeText`, articles in number order.

    An article found in two sections must be identical in both (it is kept once); otherwise this raises
    :class:`MalformedSource` naming both places.  ``names`` (the files the sections came from) only serve
    the error messages.
    """
    if not parts:
        raise InvalidValue("parts", [], "at least one CodeText")
    names = names or [f"section {i + 1} ({p.source or 'no source'})" for i, p in enumerate(parts)]
    if len(names) != len(parts):
        raise InvalidValue("names", len(names), f"one name per part ({len(parts)})")
    first = parts[0]
    for code, name in zip(parts, names, strict=True):
        if (code.act, code.lang) != (first.act, first.lang):
            raise InvalidValue(f"{name}: act/lang", f"{code.act}/{code.lang}", f"{first.act}/{first.lang}")
        if code.version_date != first.version_date:
            raise MalformedSource(
                name,
                f"{code.act} ({code.lang}) in the wording of {code.version_date}, "
                f"but {names[0]} is in the wording of {first.version_date}: cannot merge two wordings",
            )
    articles: dict[str, tuple[Article, str]] = {}
    for code, name in zip(parts, names, strict=True):
        for art in code.articles:
            seen = articles.get(art.num)
            if seen is not None and seen[0] != art:
                raise MalformedSource(
                    name,
                    f"article {art.num} differs from the article {art.num} in {seen[1]}: conflicting duplicate",
                )
            articles.setdefault(art.num, (art, name))
    sources = {p.source for p in parts}
    return CodeText(
        act=first.act,
        lang=first.lang,
        version_date=first.version_date,
        source=first.source if len(sources) == 1 else None,
        chapters=_merge_chapters(parts, names),
        articles=[a for a, _ in sorted(articles.values(), key=lambda an: num_key(an[0].num))],
    )


# --- resolutions -----------------------------------------------------------------------------------------


def _header_str(src: _Source, key: str) -> str:
    value = src.header.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise MalformedSource(src.path, f"the header has no {key!r}", 2)
    return str(value).strip()


def _header_date(src: _Source, key: str) -> date | None:
    """A ``YYYY-MM-DD`` value of the header (YAML reads it as a date already), ``None`` when absent."""
    value = src.header.get(key)
    if value is None or isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise MalformedSource(src.path, f"the header's {key!r} is {value!r}: expected a date YYYY-MM-DD", 2)


def _resolution_code(src: _Source, url: re.Match[str] | None) -> str:
    """The adilet code, from the zan id (``registry_number``, ``act_code`` or the source URL)."""
    ids = [src.header.get("registry_number"), src.header.get("act_code"), url.group("doc") if url else None]
    zan = next((str(i) for i in ids if i is not None), None)
    if zan is None:
        raise MalformedSource(
            src.path, "the header has no zan id ('registry_number', 'act_code' or 'source')", 2
        )
    if zan not in ZAN_RESOLUTIONS:
        raise MalformedSource(
            src.path,
            f"zan doc {zan} is not a resolution kzreview knows (known: "
            + ", ".join(f"{k} = {v}" for k, v in ZAN_RESOLUTIONS.items())
            + "); add its adilet code to adilet_md.ZAN_RESOLUTIONS",
            2,
        )
    return ZAN_RESOLUTIONS[zan]


@dataclass
class _ResolutionBody:
    """What :class:`_ResolutionReader` found in the body of a resolution."""

    title: str | None = None
    top_notes: list[str] = field(default_factory=list)  # «Сноска» notes before the first paragraph
    paragraphs: list[tuple[Paragraph, list[str]]] = field(default_factory=list)  # with their «Сноска» texts
    signatures: list[str] = field(default_factory=list)


class _ResolutionReader:
    """A line-by-line reader of a resolution's body: title, notes, preamble, paragraphs, signatures.

    Text before paragraph 1 is the paragraph ``"preamble"``; an indented (or any unnumbered) line is an
    abzac of the current paragraph; «Примечание!» and the line after it are one entry of its ``notes``.
    """

    def __init__(self, src: _Source) -> None:
        self.src = src
        self.out = _ResolutionBody()
        self.marker: str | None = None  # a «Примечание!» line waiting for its text
        self.note_sink: list[str] | None = None

    def fail(self, line: int, problem: str) -> MalformedSource:
        return MalformedSource(self.src.path, problem, line)

    def run(self) -> _ResolutionBody:
        for no, line in self.src.lines:
            text = line.strip()
            if not text:
                continue
            if (note := _note_text(line)) is not None:
                self.on_note(note)
                continue
            self.note_sink = None
            if line.startswith("#"):
                self.on_heading(no, line)
            elif sig := _SIGNATURE.match(text):
                self.flush_marker()
                self.out.signatures.append(sig.group("text").strip())
            elif _NOTE_MARKER.match(text):
                self.flush_marker()
                self.marker = text
            elif m := _PARA.match(line):
                self.on_paragraph(no, m.group("num"), m.group("text").strip())
            else:
                self.on_text(no, text)
        self.flush_marker()
        return self.out

    def on_heading(self, no: int, line: str) -> None:
        if not line.startswith("# ") or self.out.title is not None or self.out.paragraphs:
            raise self.fail(
                no, f"unexpected heading {line.strip()[:80]!r}: a resolution has only its '# Title'"
            )
        self.out.title = line[2:].strip()

    def on_note(self, note: str) -> None:
        if not _NOTE_LABEL.match(note) and self.note_sink:
            self.note_sink[-1] += " " + note  # a note continued over several blockquote lines
            return
        paragraphs = self.out.paragraphs
        self.note_sink = (
            paragraphs[-1][1] if paragraphs and paragraphs[-1][0].num != "preamble" else self.out.top_notes
        )
        self.note_sink.append(note)

    def on_paragraph(self, no: int, num: str, text: str) -> None:
        self.flush_marker()
        if any(p.num == num for p, _ in self.out.paragraphs):
            raise self.fail(no, f"paragraph {num} appears twice")
        self.out.paragraphs.append((Paragraph(num=num, abzacs=[text]), []))

    def on_text(self, no: int, text: str) -> None:
        if self.out.signatures:
            raise self.fail(no, f"text after the signatures: {text[:60]!r}")
        para = self.current()
        if self.marker is not None:
            para.notes.append(f"{self.marker} {text}")
            self.marker = None
        else:
            para.abzacs.append(text)

    def current(self) -> Paragraph:
        if not self.out.paragraphs:
            self.out.paragraphs.append((Paragraph(num="preamble", abzacs=[]), []))
        return self.out.paragraphs[-1][0]

    def flush_marker(self) -> None:
        """A «Примечание!» line with no text after it is kept as a note by itself."""
        if self.marker is not None:
            self.current().notes.append(self.marker)
            self.marker = None


def parse_resolution_markdown(text: str, *, path: str = "<text>") -> Resolution:
    """A Supreme Court normative resolution in one language (``np/<folder>/rus.md``) as a :class:`Resolution`.

    From the header: title, number (from ``requisite``: «... от 10 марта 2022 года № 2» -> «2»), adopted_on
    (``approval_date``), ``valid_to`` (``repealed_on``: the first day the resolution is no longer in force,
    so it is in force until the day before), the adilet code (from the zan id via :data:`ZAN_RESOLUTIONS`).
    From the body: the «Вводится в действие с 01.07.2022» note gives ``valid_from``; notes before the first
    paragraph are ``global_amendments``; the preamble is the paragraph ``"preamble"``; «Примечание!» lines
    and the line after them go to the paragraph's ``notes``.
    """
    src = _split_header(text, path)
    url = _source_url(src)
    if "requisite" not in src.header:
        raise MalformedSource(path, "not a resolution: the header has no 'requisite'", 2)
    lang = _header_lang(src, url)
    requisite = _header_str(src, "requisite")
    number = _NUMBER.search(requisite)
    if number is None:
        raise MalformedSource(path, f"the header's requisite {requisite[:80]!r} has no number '№ N'", 2)
    body = _ResolutionReader(src).run()
    paragraphs = [p for p, _ in body.paragraphs]
    if not any(p.num != "preamble" for p in paragraphs):
        raise MalformedSource(path, "no numbered paragraphs: expected lines like '1. Разъяснить, что ...'")
    for para, notes in body.paragraphs:
        para.amendments = _amendments(notes, lang)
    adopted_on = _header_date(src, "approval_date")
    if adopted_on is None:
        raise MalformedSource(
            path, "the header has no 'approval_date' (the day the resolution was adopted)", 2
        )
    title = str(src.header.get("title") or body.title or "").strip()
    if not title:
        raise MalformedSource(path, "no title: expected 'title:' in the header or a '# Title' line", 2)
    in_force = _in_force(body.top_notes, lang)
    req = _REQUISITES.match(requisite)
    source = src.header.get("source")
    return Resolution(
        code=_resolution_code(src, url),
        lang=lang,
        title=title,
        number=number.group("num"),
        adopted_on=adopted_on,
        requisites=req.group(0) if req else requisite,
        in_force_note=in_force[0] if in_force else None,
        valid_from=in_force[1] if in_force else None,
        valid_to=_header_date(src, "repealed_on"),
        global_amendments=[
            a
            for note in body.top_notes
            for a in (parse_global_note(note, lang) if is_global_note(note) else parse_note(note, lang))
        ],
        paragraphs=paragraphs,
        signatures=body.signatures,
        source=source if isinstance(source, str) else None,
    )


def _in_force(notes: list[str], lang: Lang) -> tuple[str, date] | None:
    """The «Вводится в действие с DD.MM.YYYY» note and its date."""
    pattern = _IN_FORCE_RU if lang == "ru" else _IN_FORCE_KK
    for note in notes:
        if m := pattern.search(note):
            return note, _dmy(m.group("date"), "<note>", None)
    return None


# --- a whole folder --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportResult:
    """What :func:`import_tree` read: one merged :class:`CodeText` per act and language, the resolutions,
    and the files it skipped with the reason."""

    codes: list[CodeText]
    resolutions: list[Resolution]
    skipped: list[tuple[Path, str]]
    read: list[Path] = field(default_factory=list)


FileKind = Literal["code", "resolution"]


def _decode(path: Path) -> str:
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        line = data.count(b"\n", 0, err.start) + 1
        raise MalformedSource(
            str(path), f"not UTF-8 text ({err.reason} at byte {err.start}): expected UTF-8 Markdown", line
        ) from None


def _classify(path: Path, text: str) -> FileKind | str:
    """``"code"`` or ``"resolution"`` from the file's header, or the reason to skip the file."""
    if not text.lstrip("\ufeff").startswith("---"):
        if _ANCHOR.search(text) or re.search(r"^#{2,4} (?:Статья \d|\d+(?:-\d+)?-бап\.)", text, re.MULTILINE):
            raise MalformedSource(
                str(path), "a code text with no YAML front-matter header: expected '---' on line 1", 1
            )
        return "no YAML front-matter header: not a text of the law"
    src = _split_header(text, str(path))
    url = _source_url(src)
    if "requisite" in src.header or "act_code" in src.header:
        try:
            _resolution_code(src, url)
        except MalformedSource as err:
            return err.message.removeprefix(f"{src.path}:2: ")
        return "resolution"
    if url is None and "part_of" not in src.header:
        return "the header has neither 'source' nor 'part_of' nor 'requisite': not a text of the law"
    if (url is None or url.group("doc") not in ZAN_CODES) and _title_act(src) is None:
        doc = url.group("doc") if url else "?"
        return f"zan doc {doc} is not УПК (81164) or УК (81097)"
    return "code"


_ACT_ORDER = {"УПК": 0, "УК": 1}
_LANG_ORDER = {"ru": 0, "kk": 1}


def _md_files(root: Path) -> Iterator[Path]:
    """Every file under ``root`` in name order, leaving out hidden files and folders (``.git``)."""
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).parts
        if any(p.startswith(".") for p in rel) or not path.is_file():
            continue
        yield path


def import_tree(root: Path) -> ImportResult:
    """Read a folder laid out like ``../shared/law`` (``upk/``, ``uk/``, ``np/*/``), each file by its header.

    Sections of one code and language are merged (:func:`merge_code_texts`).  Files that are not texts of
    the law (no header, another document) are skipped with the reason; a law text that cannot be read
    raises :class:`MalformedSource`, and so does a folder with no law text at all.
    """
    root = Path(root)
    if not root.is_dir():
        raise MalformedSource(str(root), "no such folder" if not root.exists() else "not a folder")
    sections: dict[tuple[str, str], list[tuple[CodeText, str]]] = {}
    resolutions: dict[tuple[str, str], tuple[Resolution, str]] = {}
    skipped: list[tuple[Path, str]] = []
    read: list[Path] = []
    for path in _md_files(root):
        if path.suffix.lower() != ".md":
            skipped.append((path, "not a Markdown (.md) file"))
            continue
        text = _decode(path)
        kind = _classify(path, text)
        if kind == "code":
            code = parse_code_markdown(text, path=str(path))
            sections.setdefault((code.act, code.lang), []).append((code, str(path)))
        elif kind == "resolution":
            _add_resolution(resolutions, parse_resolution_markdown(text, path=str(path)), str(path))
        else:
            skipped.append((path, kind))
            continue
        read.append(path)
    if not sections and not resolutions:
        why = "; ".join(f"{p.relative_to(root)}: {r}" for p, r in skipped) or "the folder is empty"
        raise MalformedSource(
            str(root),
            f"no texts of the law: expected .md files with a YAML header like upk/rus/sec010.md ({why})",
        )
    codes = [
        merge_code_texts([c for c, _ in found], names=[n for _, n in found])
        for _, found in sorted(sections.items(), key=lambda kv: (_ACT_ORDER[kv[0][0]], _LANG_ORDER[kv[0][1]]))
    ]
    res = [r for r, _ in sorted(resolutions.values(), key=lambda rn: (rn[0].code, _LANG_ORDER[rn[0].lang]))]
    return ImportResult(codes=codes, resolutions=res, skipped=skipped, read=read)


def _add_resolution(found: dict[tuple[str, str], tuple[Resolution, str]], res: Resolution, path: str) -> None:
    seen = found.get((res.code, res.lang))
    if seen is not None and seen[0] != res:
        raise MalformedSource(path, f"{res.code} ({res.lang}) is also in {seen[1]}, with a different text")
    found.setdefault((res.code, res.lang), (res, path))


# --- lookup ----------------------------------------------------------------------------------------------


def find_provision(
    code: CodeText, article: str, part: int | str | None = None, item: str | None = None
) -> Article | Part | Item:
    """The article, part or item of ``code``; :class:`NotFound` names what is missing and what there is.

    ``part=None`` with an ``item`` looks in the text of an article without numbered parts.
    """
    art_num = str(article).strip()
    art = code.article(art_num)
    if art is None:
        raise NotFound(f"{code.act} ({code.lang}) article", art_num, _ranges(a.num for a in code.articles))
    if part is None and item is None:
        return art
    numbered = [p.num for p in art.parts if p.num is not None]
    if part is None:
        found = next((p for p in art.parts if p.num is None), None)
        if found is None:
            raise InvalidValue(
                "part", None, f"one of {_ranges(numbered)} (article {art.num} has numbered parts)"
            )
    else:
        found = art.part(str(part).strip())
        if found is None:
            raise NotFound(
                f"article {art.num}, part", str(part).strip(), _ranges(numbered) or "none (no parts)"
            )
    if item is None:
        return found
    item_num = str(item).strip().rstrip(")")
    got = found.item(item_num)
    if got is None:
        where = f"article {art.num}, part {found.num}" if found.num else f"article {art.num}"
        raise NotFound(f"{where}, item", item_num, _ranges(i.num for i in found.items) or "none (no items)")
    return got
