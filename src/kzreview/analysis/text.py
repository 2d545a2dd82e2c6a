"""The layout of a complaint: lines, sentences, and the zones a clerk reads — the addressee block,
the filer block, the title, the body, the list of attachments and the closing (date and signature).

Everything works on a *matching copy* of the text of the same length (``ё`` read as ``е``, a Latin
``i`` inside a Cyrillic word read as Kazakh ``і``), so every offset is an offset into the original.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kzreview.analysis.data import both, load, rx

_LATIN_I = re.compile(r"(?<=[а-яәғқңөұүһіё])i|i(?=[а-яәғқңөұүһіё])", re.IGNORECASE)
_ABBREV = {
    "г",
    "гг",
    "ст",
    "ч",
    "п",
    "пп",
    "ул",
    "д",
    "кв",
    "тел",
    "т",
    "им",
    "гр",
    "обл",
    "пос",
    "с",
    "мкр",
    "пр",
    "л",
    "оф",
    "р",
    "руб",
    "тг",
    "см",
    "стр",
    "рис",
    "т.е",
    "т.к",
    "т.д",
    "ж",
    "қ",
    "б",
    "ш",
    "о",
    "жж",
    "и",
}


def matching_copy(text: str) -> str:
    """Same length as ``text``: ``ё``→``е``, Latin ``i`` in Cyrillic words → ``і``."""
    out = text.replace("ё", "е").replace("Ё", "Е")
    return _LATIN_I.sub(lambda m: "і" if m.group(0) == "i" else "І", out)


@dataclass(frozen=True)
class Line:
    index: int
    start: int
    end: int
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_lines(text: str) -> list[Line]:
    """Every line with its offsets (blank lines included, so indices follow the text)."""
    out: list[Line] = []
    pos = 0
    for i, raw in enumerate(text.split("\n")):
        out.append(Line(i, pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans.  A line break ends a sentence unless the line ends in a lowercase letter, a
    comma or a hyphen (wrapped PDF and OCR lines); a full stop after an abbreviation or an initial
    («г.», «ст.», «А.») does not."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    i = 0
    while i < n:
        ch = text[i]
        end_here = False
        if ch in ".!?…":
            j = i + 1
            while j < n and text[j] in '.!?…»")':
                j += 1
            if j >= n or (text[j] in " \t\n" and _next_starts_sentence(text, j)):
                word = re.search(r"([\w.]+)$", text[start:i])
                token = word.group(1).lower() if word else ""
                if not (token in _ABBREV or (len(token) == 1 and text[i - 1].isupper())):
                    end_here = True
                    i = j - 1
        elif ch == "\n":
            prev = text[start:i].rstrip()
            if not prev:
                start = i + 1
            elif not (prev[-1].islower() or prev[-1] in ",-–(") or text[i + 1 : i + 2] == "\n":
                end_here = True
        if end_here:
            if text[start : i + 1].strip():
                spans.append(_trim(text, start, i + 1))
            start = i + 1
        i += 1
    if text[start:].strip():
        spans.append(_trim(text, start, n))
    return spans


def _next_starts_sentence(text: str, j: int) -> bool:
    k = j
    while k < len(text) and text[k] in ' \t\n«"(':
        k += 1
    return k >= len(text) or text[k].isupper() or text[k].isdigit()


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


@dataclass
class Layout:
    """Where each part of the complaint is (line indices into ``lines``)."""

    text: str
    lines: list[Line]
    title: int | None = None
    head_end: int = 0  # first line of the body
    addressee: list[int] = field(default_factory=list)
    filer: list[int] = field(default_factory=list)
    attachments: list[int] = field(default_factory=list)
    closing: list[int] = field(default_factory=list)

    def line_text(self, indices: list[int]) -> str:
        return "\n".join(self.lines[i].text for i in indices)

    def span_of(self, indices: list[int]) -> tuple[int, int] | None:
        if not indices:
            return None
        return self.lines[indices[0]].start, self.lines[indices[-1]].end

    def in_attachments(self, pos: int) -> bool:
        span = self.span_of(self.attachments)
        return span is not None and span[0] <= pos <= span[1]

    def in_head(self, pos: int) -> bool:
        if self.head_end >= len(self.lines):
            return True
        return pos < self.lines[self.head_end].start


def _nonblank(lines: list[Line]) -> list[int]:
    return [ln.index for ln in lines if ln.stripped]


def analyse_layout(text: str) -> Layout:
    """Find the zones of ``text`` (the matching copy)."""
    lay = load("layout")
    kinds = load("kinds")
    lines = split_lines(text)
    layout = Layout(text, lines)
    nonblank = _nonblank(lines)
    if not nonblank:
        return layout
    title_rx = rx(kinds["title_line"])
    body_rx = both(lay["body_start"])
    addr_rx = both(lay["addressee_line"])
    filer_rx = rx(lay["filer_start"])
    status_rx = both(lay["status"])

    for i in nonblank[:40]:
        s = lines[i].stripped
        if len(s) <= 80 and title_rx.search(s) and not (addr_rx and addr_rx.search(s)):
            layout.title = i
            break

    # the body starts at the first sentence-like line after the title (or after the top)
    first = (layout.title + 1) if layout.title is not None else nonblank[0]
    head_end = None
    for count, i in enumerate(k for k in nonblank if k >= first):
        s = lines[i].stripped
        sentence_like = (s.endswith(".") and len(s) > 60) or len(s) > 140
        if (body_rx and body_rx.search(s)) or sentence_like or count >= 25:
            head_end = i
            break
    layout.head_end = head_end if head_end is not None else len(lines)
    if layout.title is not None and layout.head_end <= layout.title:
        layout.head_end = layout.title + 1

    head = [i for i in nonblank if i < layout.head_end]
    # addressee block: lines that address a court or a body, and the lines that continue them
    in_block = False
    for i in head:
        s = lines[i].stripped
        if i == layout.title:
            in_block = False
            continue
        if addr_rx and addr_rx.search(s):
            layout.addressee.append(i)
            in_block = True
        elif in_block and not filer_rx.search(s) and not (status_rx and status_rx.search(s)) and len(s) < 80:
            layout.addressee.append(i)
        else:
            in_block = False
        if lines[i + 1 : i + 2] and not lines[i + 1].stripped:
            in_block = False
    layout.filer = [i for i in head if i not in layout.addressee and i != layout.title]

    # attachments: the header line and the items that follow it
    att_rx = both(lay["attachments_header"])
    item_rx = rx(lay["list_item"])
    for i in nonblank:
        found = att_rx.search(lines[i].stripped) if att_rx and i >= layout.head_end else None
        if found:
            layout.attachments = [i]
            bare = sum(ch.isalpha() for ch in lines[i].stripped[found.end() :]) < 3
            for k in (j for j in nonblank if j > i):
                s = lines[k].stripped
                first_item = bare and len(layout.attachments) == 1 and len(s) < 120 and not _is_closing(s)
                if item_rx.search(s) or first_item:
                    layout.attachments.append(k)
                else:
                    break
    body_lines = [i for i in nonblank if i >= layout.head_end and i not in layout.attachments]
    layout.closing = body_lines[-6:]
    return layout


def _is_closing(s: str) -> bool:
    lay = load("layout")
    return bool(rx(lay["signature_name"], case=True).search(s) or re.search(r"\d{1,2}\.\d{1,2}\.\d{2,4}", s))
