"""Parse the PDF-extracted Russian text of a Supreme Court normative resolution into a :class:`Resolution`.

The text is first repaired by :mod:`kzreview.corpus.repair` (moved links put back, lines joined into
abzacs).  The layout of an adilet printout is then read as:

* heading blocks: the title, then the requisites «Нормативное постановление Верховного Суда Республики
  Казахстан от 29 мая 2025 года № 1.»;
* indented abzacs: editorial notes («Примечание ИЗПИ!» and the abzac after it), the preamble, the
  numbered paragraphs («1.», «21-1.»), and the signature block at the end.

Public API: :func:`parse_pdf_resolution`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kzreview.corpus.model import Paragraph, Resolution
from kzreview.corpus.repair import join_text, repair_text
from kzreview.errors import MalformedSource

MONTHS = {
    name: i
    for i, name in enumerate(
        (
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ),
        1,
    )
}

#: The requisites line.  Not matched: a title, or a reference to another resolution inside the text
#: (those do not start the block with «Нормативное постановление»).
REQUISITES_RE = re.compile(
    r"^Нормативное постановление .+? от (?P<day>\d{1,2}) (?P<month>[а-я]+) (?P<year>\d{4}) года"
    r" (?:№|N) ?(?P<num>\d+(?:-\d+)?)\.?$"
)
#: A numbered paragraph: «1. Text», «21-1. Text».  Not matched: list items «1)», dates «01.07.2025», and
#: numbers inside an abzac; a match still starts a paragraph only if its number comes next in sequence.
PARA_RE = re.compile(r"^(?P<num>\d{1,3}(?:-\d{1,2})?)\. (?P<text>\S.*)$", re.S)
#: The heading of an editorial note of the Institute of legislation; the note's text is the next abzac.
NOTE_HEAD_RE = re.compile(r"^Примечание ИЗПИ!?$")
#: The note's entry into force, «Вводится в действие с 01.07.2025.» up to the end of its sentence.
IN_FORCE_NOTE_RE = re.compile(r"Вводится в действие с (?P<d>\d{2})\.(?P<m>\d{2})\.(?P<y>\d{4})(?:[^.]*)\.?")
#: The last paragraph's own words on entry into force, «вводится в действие с 1 июля 2025 года».
IN_FORCE_TEXT_RE = re.compile(
    r"вводится в действие с (?P<day>\d{1,2}) (?P<month>[а-я]+) (?P<year>\d{4}) года"
)
#: A signer's initials and surname, «А. Мергалиев», «Г. Альмагамбетова», «Ж.К. Асанов».
NAME = r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
NAME_RE = re.compile(NAME)
#: A signature abzac: a position, then anything, then a name.  Not matched: a paragraph that merely
#: mentions «Председатель Верховного Суда» (it does not end with initials and a surname).
SIGNATURE_RE = re.compile(rf"^(?:Председатель|Заместитель Председателя|Судья|Секретарь)\b.*\s{NAME}$", re.S)
POSITION_RE = re.compile(r"^(?:Председатель|Заместитель Председателя|Судья|Секретарь)\b")


def _ru_date(day: str, month: str, year: str) -> date:
    return date(int(year), MONTHS[month], int(day))


def _head(blocks: Sequence[str], code: str) -> tuple[str, str, re.Match[str]]:
    """Title, requisites and the requisites' match, from the heading blocks."""
    for i, block in enumerate(blocks):
        m = REQUISITES_RE.match(block)
        if m and m["month"] in MONTHS:
            title = " ".join(blocks[:i])
            if not title:
                raise MalformedSource(code, "no title before the requisites line")
            return title, block, m
    raise MalformedSource(code, "no requisites line «Нормативное постановление ... от ... года № ...»")


def _signatures(abzacs: Sequence[str]) -> tuple[list[str], list[str]]:
    """The abzacs without the trailing signature block, and the signatures («position ... name»)."""
    end, name = len(abzacs), ""
    signatures: list[str] = []
    while end > 0:
        abzac = abzacs[end - 1]
        if NAME_RE.fullmatch(abzac):  # a name on its own abzac: it closes the position above it
            name = join_text(abzac, name)
        elif POSITION_RE.match(abzac) and SIGNATURE_RE.match(join_text(abzac, name)):
            signatures.insert(0, join_text(abzac, name))
            name = ""
        else:
            break
        end -= 1
    if name:  # a name with no position above it is not a signature: leave it in the text
        end += 1
    return list(abzacs[:end]), signatures


def _follows(prev: str, num: str) -> bool:
    """Whether paragraph ``num`` may come right after ``prev`` («preamble», «1», «21-1»)."""
    if prev == "preamble":
        return num == "1"
    base, _, sub = prev.partition("-")
    nbase, _, nsub = num.partition("-")
    if nsub:
        return nbase == base and int(nsub) == (int(sub) + 1 if sub else 1)
    return int(nbase) == int(base) + 1


def _paragraphs(abzacs: Sequence[str]) -> list[Paragraph]:
    """The preamble and the numbered paragraphs; an editorial note goes to the paragraph it stands in."""
    paras = [Paragraph(num="preamble", abzacs=[])]
    i = 0
    while i < len(abzacs):
        abzac = abzacs[i]
        if NOTE_HEAD_RE.match(abzac):
            note = join_text(abzac, abzacs[i + 1]) if i + 1 < len(abzacs) else abzac
            paras[-1].notes.append(note)
            i += 2
            continue
        m = PARA_RE.match(abzac)
        if m and _follows(paras[-1].num, m["num"]):
            paras.append(Paragraph(num=m["num"], abzacs=[m["text"]]))
        else:
            paras[-1].abzacs.append(abzac)
        i += 1
    if not paras[0].abzacs and not paras[0].notes:
        paras.pop(0)
    return paras


def _in_force(paras: Sequence[Paragraph]) -> tuple[str | None, date | None]:
    """The editorial note on entry into force and its date; failing that, the date the text itself gives."""
    for para in paras:
        for note in para.notes:
            m = IN_FORCE_NOTE_RE.search(note)
            if m:
                return m[0], date(int(m["y"]), int(m["m"]), int(m["d"]))
    for para in reversed(paras):
        t = IN_FORCE_TEXT_RE.search(para.text)
        if t and t["month"] in MONTHS:
            return None, _ru_date(t["day"], t["month"], t["year"])
    return None, None


def parse_pdf_resolution(text: str, code: str) -> Resolution:
    """Repair and parse the PDF-extracted Russian text of resolution ``code``."""
    repaired = repair_text(text)
    title, requisites, req = _head([b.text for b in repaired.head], code)
    try:
        adopted_on = _ru_date(req["day"], req["month"], req["year"])
    except ValueError as err:
        raise MalformedSource(code, f"bad date in the requisites line: {err}") from None
    abzacs, signatures = _signatures(repaired.abzacs)
    paragraphs = _paragraphs(abzacs)
    if not any(p.num != "preamble" for p in paragraphs):
        raise MalformedSource(code, "no numbered paragraph «1.»")
    in_force_note, valid_from = _in_force(paragraphs)
    return Resolution(
        code=code,
        lang="ru",
        title=title,
        number=req["num"],
        adopted_on=adopted_on,
        requisites=requisites,
        in_force_note=in_force_note,
        valid_from=valid_from,
        paragraphs=paragraphs,
        signatures=signatures,
    )
