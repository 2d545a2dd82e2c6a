"""Parse a resolution copied from adilet.zan.kz as plain text: each language into a :class:`Resolution`.

The text (``data/seeds/P03000013S_.ru-kk.txt``) is what a reader gets by copying the adilet page: per
language a title line, a blank line, the requisites line («Нормативное постановление ... от 19 декабря 2003
года N 13.» / «... 2003 жылғы 19 желтоқсандағы N 13 нормативтік қаулысы.»), then the body, every line of
it indented with no-break spaces, blank lines between abzacs, and at the end the signature block (position
lines without the names, which adilet prints in a table the copy loses).

The body is read line by line; every text line is one abzac.  A line «N. ...» or «N-M. ...» opens paragraph
N when N follows the previous paragraph's number (so «1. ...» inside paragraph 30 stays an abzac);
text before paragraph 1 is the preamble (``num == "preamble"``).  «Сноска.»/«Ескерту.» notes, with the
lines that continue them, are parsed by :mod:`kzreview.corpus.amendments` and attached to the paragraph
they follow (or to the paragraph they name); notes on the whole text go to ``global_amendments``.

:func:`align` pairs the paragraphs of the two languages by number.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal

from kzreview.corpus.amendments import NOTE_START, is_global_note, parse_date, parse_global_note, parse_note
from kzreview.corpus.model import Amendment, AmendmentKind, Lang, Paragraph, Resolution
from kzreview.errors import MalformedSource

__all__ = ["AlignedPair", "align", "parse_adilet_text"]

#: Letters of Kazakh Cyrillic that Russian lacks: a text with more than a few of them is the Kazakh one.
_KAZAKH_LETTER = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_LETTER = re.compile(r"[^\W\d_]")

#: The requisites line of a language (never indented).  Russian: «Нормативное постановление ... от <date>»
#: (older texts: «Постановление Пленума ...»); Kazakh: «... нормативтік қаулысы.» at the end.
#: Does not match a body line that merely mentions a resolution: body lines are indented.
_REQUISITES = re.compile(
    r"^(?:Нормативное\s+)?[Пп]остановление\b.*\bот\b.*\d{4}|(?:нормативтік|Пленумының)\s+қаулысы\.?$", re.I
)

#: «N. text» / «N-M. text»: a paragraph opens.  Does not match enumerated lines «1) ...», sub-numbers
#: «1.1. ...» or a dash list «- ...».  Whether the number really opens a paragraph is :func:`_follows`.
_PARA_START = re.compile(r"^(?P<num>\d{1,3}(?:-\d{1,2})?)\.\s+(?P<text>\S.*)$")

#: Editorial notes of the database: «Примечание ИЗПИ!» / «ЗҚАИ-ның ескертпесі!», and the line after it.
_EDITORIAL = re.compile(r"^(?:Примечание\s+(?:ИЗПИ|РЦПИ)|(?:ЗҚАИ|ҚР\s+ЗҚАИ)-ның\s+ескертпесі)\s*!?", re.I)

#: The first line of a signature: Russian positions come first («Председатель», «Судья»), Kazakh lines
#: start with the state («Қазақстан Республикасы / Жоғарғы Сотының Төрағасы»).  Does not match the
#: continuation lines «Верховного Суда», «Республики Казахстан,», «жалпы отырыс хатшысы».
_SIGNATURE_START: dict[Lang, re.Pattern[str]] = {
    "ru": re.compile(r"^(?:Председатель|Заместитель|Судья|Секретарь|Исполняющий|И\.\s*о\.)"),
    "kk": re.compile(r"^(?:Қазақстан Республикасы|Төраға|Судья|Хатшы)"),
}

#: A paragraph a note names: «Пункт 21-1», «21-1-тармақ» (the target of :func:`parse_note`).
_TARGET_PARA = re.compile(r"^(?:Пункт\s+(?P<ru>\d+(?:-\d+)?)|(?P<kk>\d+(?:-\d+)?)-тармақ)$")

_ADILET_URL = {"ru": "https://adilet.zan.kz/rus/docs/{code}", "kk": "https://adilet.zan.kz/kaz/docs/{code}"}


@dataclass(frozen=True)
class _Line:
    """One physical line of the file."""

    no: int  # 1-based line number in the file
    text: str  # single spaces, no-break spaces made plain
    indented: bool


@dataclass(frozen=True)
class _Block:
    """One unit of the body: an abzac, a «Сноска» note (all its lines), an editorial note."""

    kind: Literal["text", "note", "editorial"]
    text: str
    no: int


@dataclass
class _Builder:
    """A resolution being assembled from the blocks of its body."""

    lang: Lang
    paragraphs: list[Paragraph] = field(default_factory=list)
    global_amendments: list[Amendment] = field(default_factory=list)
    in_force_note: str | None = None
    in_force: list[Amendment] = field(default_factory=list)

    @property
    def current(self) -> Paragraph | None:
        """The paragraph being read (the last one opened); ``None`` before the preamble."""
        return self.paragraphs[-1] if self.paragraphs else None


def _lines(text: str) -> list[_Line]:
    """The file's lines, whitespace (no-break spaces included) collapsed to single spaces."""
    return [
        _Line(no, " ".join(raw.split()), raw[:1].isspace())
        for no, raw in enumerate(text.splitlines(), start=1)
    ]


def _lang_of(lines: Sequence[_Line]) -> Lang:
    """«kk» when more than 0.5 % of the letters are Kazakh-only letters (Russian text has none)."""
    text = "\n".join(ln.text for ln in lines)
    letters = len(_LETTER.findall(text))
    return "kk" if letters and len(_KAZAKH_LETTER.findall(text)) / letters > 0.005 else "ru"


def _documents(lines: list[_Line], code: str) -> Iterator[tuple[_Line, _Line, list[_Line]]]:
    """(title, requisites, body lines) of each language in the file."""
    reqs = [i for i, ln in enumerate(lines) if ln.text and not ln.indented and _REQUISITES.search(ln.text)]
    if not reqs:
        raise MalformedSource(
            code, "no requisites line («Нормативное постановление ... от ...» / «... қаулысы.»)"
        )
    titles = [_title_start(lines, r, code) for r in reqs]
    for k, (t, r) in enumerate(zip(titles, reqs, strict=True)):
        end = titles[k + 1] if k + 1 < len(titles) else len(lines)
        title = _Line(lines[t].no, " ".join(ln.text for ln in lines[t:r] if ln.text), False)
        yield title, lines[r], lines[r + 1 : end]


def _title_start(lines: list[_Line], req: int, code: str) -> int:
    """Index of the first line of the title: the run of text lines above the requisites' blank line."""
    last = next((i for i in range(req - 1, -1, -1) if lines[i].text), None)
    if last is None:
        raise MalformedSource(code, "no title line before the requisites", lines[req].no)
    first = last
    while first > 0 and lines[first - 1].text and not lines[first - 1].indented:
        first -= 1
    return first


def _is_signature_line(ln: _Line) -> bool:
    """Short, without the final punctuation of a sentence, no note and no paragraph."""
    text = ln.text
    return (
        len(text) <= 80
        and not text.endswith((".", ";", ":"))
        and not NOTE_START.match(text)
        and not _PARA_START.match(text)
    )


def _split_signatures(body: list[_Line], lang: Lang) -> tuple[list[_Line], list[str]]:
    """The body without its trailing signature block, and the signatures (one string per signatory)."""
    cut = len(body)
    for i in range(len(body) - 1, -1, -1):
        if body[i].text and not _is_signature_line(body[i]):
            break
        cut = i
    groups: list[list[str]] = []
    for ln in body[cut:]:
        if not ln.text:
            continue
        if not groups or _SIGNATURE_START[lang].match(ln.text):
            groups.append([])
        groups[-1].append(ln.text)
    return body[:cut], [" ".join(g) for g in groups]


def _continues(block: _Block, prev_blank: bool, text: str) -> bool:
    """Whether a line continues a note: right after it, the note not finished, the line no new unit."""
    if block.kind == "text" or prev_blank or block.text.endswith("."):
        return False
    return not (NOTE_START.match(text) or _EDITORIAL.match(text) or _PARA_START.match(text))


def _blocks(body: list[_Line]) -> list[_Block]:
    """The body's abzacs and notes, a note's continuation lines joined to it."""
    blocks: list[_Block] = []
    prev_blank = True
    for ln in body:
        if not ln.text:
            prev_blank = True
            continue
        if blocks and _continues(blocks[-1], prev_blank, ln.text):
            last = blocks[-1]
            blocks[-1] = _Block(last.kind, f"{last.text}\n{ln.text}", last.no)
        elif NOTE_START.match(ln.text):
            blocks.append(_Block("note", ln.text, ln.no))
        elif _EDITORIAL.match(ln.text):
            blocks.append(_Block("editorial", ln.text, ln.no))
        else:
            blocks.append(_Block("text", ln.text, ln.no))
        prev_blank = False
    return blocks


def _num_key(num: str) -> tuple[int, int]:
    """«21-1» -> (21, 1): the order of paragraph numbers."""
    main, _, sub = num.partition("-")
    return int(main), int(sub or 0)


def _follows(num: str, prev: str | None) -> bool:
    """Whether paragraph ``num`` may come after ``prev`` (``None``: the first): larger, at most 3 ahead."""
    main, _ = _num_key(num)
    if prev is None or prev == "preamble":
        return 1 <= main <= 3
    return _num_key(num) > _num_key(prev) and main <= _num_key(prev)[0] + 3


def _last_num(b: _Builder) -> str | None:
    """The number of the last numbered paragraph read so far."""
    return next((p.num for p in reversed(b.paragraphs) if p.num != "preamble"), None)


def _add_text(b: _Builder, block: _Block) -> None:
    """An abzac: the first of a new paragraph, of the preamble, or the next of the current paragraph."""
    m = _PARA_START.match(block.text)
    current = b.current
    if m and current is not None and m["num"] == current.num and not current.abzacs:
        current.abzacs.append(m["text"])  # the paragraph was opened by a note naming it
    elif m and _follows(m["num"], _last_num(b)):
        b.paragraphs.append(Paragraph(num=m["num"], abzacs=[m["text"]]))
    elif b.current is None:
        b.paragraphs.append(Paragraph(num="preamble", abzacs=[block.text]))
    else:
        b.current.abzacs.append(block.text)


def _named_paragraph(b: _Builder, records: list[Amendment]) -> Paragraph | None:
    """The paragraph a note is about: the one it names when that is not the current one, else current."""
    current = b.current
    named = next((m for r in records if r.target and (m := _TARGET_PARA.match(r.target))), None)
    if named is None or current is None:
        return current
    num = named["ru"] or named["kk"]
    if num == current.num:
        return current
    if (earlier := next((p for p in b.paragraphs if p.num == num), None)) is not None:
        return earlier
    if _follows(num, _last_num(b)):  # a paragraph that is only a note («Пункт 5 исключен ...»)
        b.paragraphs.append(Paragraph(num=num, abzacs=[]))
        return b.paragraphs[-1]
    return current


def _add_note(b: _Builder, block: _Block) -> None:
    """A «Сноска»: on the whole text, on a paragraph, or (before the body) on entry into force."""
    if is_global_note(block.text):
        b.global_amendments.extend(parse_global_note(block.text, b.lang))
        return
    records = parse_note(block.text, b.lang)
    para = _named_paragraph(b, records)
    if para is not None:
        para.amendments.extend(records)
    elif records and all(r.kind is AmendmentKind.IN_FORCE for r in records):
        b.in_force_note = records[0].raw
        b.in_force.extend(records)
    else:
        b.global_amendments.extend(records)


def _add_editorial(b: _Builder, block: _Block) -> None:
    """«Примечание ИЗПИ!» and its text: the paragraph's ``notes``; before the body, ``in_force_note``."""
    text = " ".join(block.text.split())
    if b.current is not None:
        b.current.notes.append(text)
    else:
        b.in_force_note = text if b.in_force_note is None else f"{b.in_force_note} {text}"


def _build(lang: Lang, blocks: list[_Block]) -> _Builder:
    """The paragraphs, notes and amendments of one language's body."""
    b = _Builder(lang)
    for block in blocks:
        if block.kind == "note":
            _add_note(b, block)
        elif block.kind == "editorial":
            _add_editorial(b, block)
        else:
            _add_text(b, block)
    return b


def _resolution(code: str, title: _Line, req: _Line, body: list[_Line], lang: Lang) -> Resolution:
    """One language's :class:`Resolution` from its title, requisites and body lines."""
    number = re.findall(r"[№N]\s*(\d+(?:-\d+)?)", req.text)
    adopted_on = parse_date(req.text)
    if not number or adopted_on is None:
        raise MalformedSource(code, f"requisites without a number or a date: {req.text[:100]!r}", req.no)
    text, signatures = _split_signatures(body, lang)
    b = _build(lang, _blocks(text))
    if not any(p.num != "preamble" for p in b.paragraphs):
        raise MalformedSource(code, f"no numbered paragraphs in the {lang} text", req.no)
    return Resolution(
        code=code,
        lang=lang,
        title=title.text,
        number=number[-1],
        adopted_on=adopted_on,
        requisites=req.text,
        in_force_note=b.in_force_note,
        valid_from=next((r.effective_from for r in b.in_force if r.effective_from), None),
        global_amendments=b.global_amendments,
        paragraphs=b.paragraphs,
        signatures=signatures,
        source=_ADILET_URL[lang].format(code=code),
    )


def parse_adilet_text(text: str, code: str) -> dict[Lang, Resolution]:
    """Each language of an adilet plain-text copy as a :class:`Resolution` (``{"ru": ..., "kk": ...}``).

    Raises :class:`~kzreview.errors.MalformedSource` when a language has no requisites line, number, date
    or numbered paragraph, or when one language occurs twice.
    """
    out: dict[Lang, Resolution] = {}
    for title, req, body in _documents(_lines(text), code):
        lang = _lang_of([title, req, *body[:20]])
        if lang in out:
            raise MalformedSource(code, f"a second {lang} text starts here", title.no)
        out[lang] = _resolution(code, title, req, body, lang)
    return out


# -- the two languages side by side ------------------------------------------------------------------


@dataclass(frozen=True)
class AlignedPair:
    """Paragraph ``num`` in both languages; ``None`` on the side that lacks it.

    ``abzacs_differ``: both sides have it and their abzac counts differ.  ``acts_differ``: the amending
    acts (date and act) named in the notes of the two sides differ — e.g. a Russian note that says an act
    changed only the Kazakh text still names it, but a Kazakh note on a new wording names only that act.
    """

    num: str
    ru: Paragraph | None
    kk: Paragraph | None
    abzacs_differ: bool
    acts_differ: bool

    @property
    def one_sided(self) -> bool:
        """Only one language has the paragraph."""
        return self.ru is None or self.kk is None

    @property
    def mismatch(self) -> bool:
        """One-sided or with different abzac counts: what a reader of both texts must be told."""
        return self.one_sided or self.abzacs_differ


def _acts(p: Paragraph) -> set[tuple[dt.date | None, str]]:
    """The amending acts a paragraph's notes name, as (date, act)."""
    return {(a.date, a.by) for a in p.amendments}


def _merged_nums(ru: Sequence[str], kk: Sequence[str]) -> list[str]:
    """Both sequences of numbers in one order: Russian order, Kazakh-only numbers after their predecessor."""
    out = list(ru)
    for i, num in enumerate(kk):
        if num not in out:
            prev = next((kk[j] for j in range(i - 1, -1, -1) if kk[j] in out), None)
            out.insert(out.index(prev) + 1 if prev is not None else 0, num)
    return out


def _pair(num: str, ru: Paragraph | None, kk: Paragraph | None) -> AlignedPair:
    """Paragraph ``num`` of both sides, compared."""
    if ru is None or kk is None:
        return AlignedPair(num, ru, kk, abzacs_differ=False, acts_differ=False)
    return AlignedPair(
        num, ru, kk, abzacs_differ=len(ru.abzacs) != len(kk.abzacs), acts_differ=_acts(ru) != _acts(kk)
    )


def align(ru: Resolution, kk: Resolution) -> list[AlignedPair]:
    """The paragraphs of the Russian and the Kazakh text paired by number, in the texts' order."""
    ru_by = {p.num: p for p in ru.paragraphs}
    kk_by = {p.num: p for p in kk.paragraphs}
    return [_pair(num, ru_by.get(num), kk_by.get(num)) for num in _merged_nums(list(ru_by), list(kk_by))]
