"""Read the nested structure of one matched reference: items ⊂ part ⊂ article ⊂ act, lists and ranges.

Takes the tokens of one pattern match (see :mod:`kzreview.citations.patterns`); produces a :class:`Draft`:
its span and its *units*, each a set of levels (article, part, item …) with their values and the act
named for them, if any.  What the text leaves to context (the act after a list, «указанной статьи») is
resolved later by :mod:`kzreview.citations.resolve`.  Imports only the patterns and numerals modules.

Russian writes the smallest unit first («пунктами 1), 2) части первой статьи 489 УПК», the *ascending*
builder); Kazakh writes the act first («ҚПК-нің 489-бабы бірінші бөлігінің 1), 2) тармақтарында», the
*descending* builder).  Both read lists («и», «,», «либо», «және») and ranges («с 41 по 46», «41-46»,
«бесіншіден бастап сегізіншіні қоса алғандағы»).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from kzreview.citations.model import Act
from kzreview.citations.numerals import expand_range, leading_number, number_values, ordinal_value
from kzreview.citations.patterns import Builder, Grammar, TokenKind

#: Levels by size: a unit nests smaller levels inside larger ones.
RANK: dict[str, int] = {"chapter": 6, "article": 5, "part": 4, "item": 3, "subitem": 2, "abzac": 1}
#: Levels a demonstrative can point back to («указанной статьи», «аталған баптың»).  Not «этой части»:
#: that is nearly always «in this part (of the verdict)», not a reference.
DEICTIC_LEVELS = frozenset({"article", "chapter"})
_VALUE_SYMS = frozenset("noi")
_ACT_SYMS = frozenset("KkhH")
#: A Kazakh plural noun («баптарға»): «осы баптарға» points to several articles, which is not resolved.
#: Not matched: singular forms («баптың», «бөлігінің», «тарауының» – the «тар» of its stem is not a suffix).
_KK_PLURAL_RE = re.compile(r"(?:бап|бөлік|тармақ|тарау|абзац|норма)(?:тар|тер|лар|лер)")
#: One resolution inside a reference: its date and number («от 10.04.2015 № 1», «2003 жылғы 19 желтоқсандағы
#: N 13»; the month word is looked up by prefix).  Not matched: a number with no date before it.
_NP_ITEM_RE = re.compile(
    r"(?:(?P<d1>\d{1,2})\s+(?P<mon1>\w+)\s+(?P<y1>\d{4})"
    r"|(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})\.(?P<y2>\d{4})"
    r"|(?P<y3>\d{4})\.(?P<m3>\d{1,2})\.(?P<d3>\d{1,2})"
    r"|(?P<y4>\d{4})\s+жылғы\s+(?P<d4>\d{1,2})\s+(?P<mon4>\w+))"
    r"[^№N()]{0,20}?(?:№|N)\s*(?P<num>\d+(?:-\w+)?)"
)


@dataclass(slots=True)
class Token:
    """One token of a window: its letter, kind (``None`` for a gap) and place in the text."""

    sym: str
    kind: TokenKind | None
    start: int
    end: int
    text: str


@dataclass
class ActRef:
    """What an act token says: an act, «настоящего Кодекса», this resolution, or resolutions by number."""

    how: Literal["act", "code", "np_self", "np"]
    start: int
    end: int
    act: Act | None = None
    docs: tuple[str | None, ...] = ()


@dataclass
class Segment:
    """A legal noun and its values: «частями первой и второй», «414-бабының»."""

    level: str
    start: int
    end: int
    values: list[Value] = field(default_factory=list)
    deixis: bool = False


@dataclass
class Value:
    """One number or a range of them, with the parenthesised sub-levels that belong to it only
    («71 (часть шестая)»)."""

    first: Token
    last: Token | None = None
    subs: list[Segment] = field(default_factory=list)

    def numbers(self, g: Grammar) -> list[str]:
        if self.last is None:
            return _token_numbers(self.first, g)
        a, b = _token_number(self.first, g), _token_number(self.last, g)
        if a is None or b is None:
            return [n for n in (a, b) if n is not None]
        return expand_range(a, b)


@dataclass
class Unit:
    """One provision and its nesting: levels by name, and the act named for it."""

    levels: dict[str, Segment]
    act: ActRef | None = None
    edge: int = 0  # the top rank (ascending) or bottom rank (descending) reached so far


@dataclass
class Draft:
    """A matched reference before context is applied."""

    pattern: str
    builder: Builder
    start: int
    end: int
    units: list[Unit]
    act: ActRef | None


def _token_number(tok: Token, g: Grammar) -> str | None:
    if tok.sym == "o":
        n = ordinal_value(tok.text, g)
        return None if n is None else str(n)
    return leading_number(tok.text)


def _token_numbers(tok: Token, g: Grammar) -> list[str]:
    if tok.sym == "n":
        return number_values(tok.text)
    n = _token_number(tok, g)
    return [] if n is None else [n]


def _month(word: str, g: Grammar) -> int | None:
    word = word.lower()
    return next((m for name, m in g.months.items() if word.startswith(name)), None)


def _np_date(m: re.Match[str], g: Grammar) -> date | None:
    try:
        if m["d1"]:
            mon = _month(m["mon1"], g)
            return None if mon is None else date(int(m["y1"]), mon, int(m["d1"]))
        if m["d2"]:
            return date(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        if m["y3"]:
            return date(int(m["y3"]), int(m["m3"]), int(m["d3"]))
        mon = _month(m["mon4"], g)
        return None if mon is None else date(int(m["y4"]), mon, int(m["d4"]))
    except ValueError:  # «31.02.2020»
        return None


def np_docs(text: str, g: Grammar) -> tuple[str | None, ...]:
    """The adilet codes of the resolutions a reference names (``None`` for one not in the table)."""
    docs = []
    for m in _NP_ITEM_RE.finditer(text):
        when = _np_date(m, g)
        docs.append(g.resolutions.get((m["num"], when)) if when else None)
    return tuple(docs) or (None,)


def act_ref(tok: Token, g: Grammar) -> ActRef:
    """Read an act token: ``K`` an act, ``k`` «настоящего Кодекса», ``h`` this resolution, ``H`` others."""
    if tok.sym == "k":
        return ActRef("code", tok.start, tok.end)
    if tok.sym == "h":
        return ActRef("np_self", tok.start, tok.end, act="НП")
    if tok.sym == "H":
        if "Конституци" in tok.text:  # another court's resolution
            return ActRef("act", tok.start, tok.end, act="other")
        return ActRef("np", tok.start, tok.end, act="НП", docs=np_docs(tok.text, g))
    act: Act = tok.kind.act if tok.kind and tok.kind.act else "other"
    if act != "other" and g.foreign.search(tok.text):
        act = "other"
    return ActRef("act", tok.start, tok.end, act=act)


def _read_value(tokens: Sequence[Token], k: int) -> tuple[Value, int]:
    """A value at ``tokens[k]``: «485», «с 41 по 46», «1)-3)», «бесіншіден бастап сегізіншіні (қоса …)»."""
    n = len(tokens)
    if tokens[k].sym == "r":
        return Value(tokens[k + 1], tokens[k + 3]), k + 4
    first, k = tokens[k], k + 1
    if k + 1 < n and tokens[k].sym in "-z" and tokens[k + 1].sym in _VALUE_SYMS:
        last, k = tokens[k + 1], k + 2
        if k < n and tokens[k].sym == "w":
            k += 1
        return Value(first, last), k
    return Value(first), k


def _close(tokens: Sequence[Token], k: int) -> int:
    """The index of the «)» that closes the «(» at ``k``."""
    return next(j for j in range(k + 1, len(tokens)) if tokens[j].sym == "R")


def _value_end(value: Value, level: str | None) -> int:
    tok = value.last or value.first
    # «(статья 74)»: an item-number token swallowed the «)»; it is not part of an article's number.
    if tok.sym == "i" and level not in ("item", "subitem"):
        return tok.end - 1
    return tok.end


def _is_noun(tok: Token) -> bool:
    return tok.kind is not None and tok.kind.level is not None


def ascending_segments(tokens: Sequence[Token], g: Grammar) -> tuple[list[Segment], ActRef | None]:
    """Russian order: each noun takes the values after it; the act, if any, comes last."""
    segs: list[Segment] = []
    act: ActRef | None = None
    deixis: Token | None = None
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.sym == "d":
            deixis, k = tok, k + 1
        elif _is_noun(tok):
            level = tok.kind.level if tok.kind and tok.kind.level else ""
            segs.append(Segment(level, (deixis or tok).start, tok.end, deixis=deixis is not None))
            deixis, k = None, k + 1
        elif tok.sym in _VALUE_SYMS or tok.sym == "r":
            value, k = _read_value(tokens, k)
            end = _value_end(value, segs[-1].level if segs else None)
            if k < len(tokens) and tokens[k].sym == "L":
                close = _close(tokens, k)
                value.subs = ascending_segments(tokens[k + 1 : close], g)[0]
                end, k = tokens[close].end, close + 1
            if segs:
                segs[-1].values.append(value)
                segs[-1].end = end
        elif tok.sym in _ACT_SYMS:
            act, k = act_ref(tok, g), k + 1
        else:
            k += 1
    return segs, act


def descending_segments(tokens: Sequence[Token], g: Grammar) -> tuple[list[Segment], ActRef | None]:
    """Kazakh order: values come first and the noun after them takes them; the act comes first."""
    segs: list[Segment] = []
    act: ActRef | None = None
    pending: list[Value] = []
    deixis: Token | None = None
    k = 0
    while k < len(tokens):
        tok = tokens[k]
        if tok.sym in _ACT_SYMS:
            act, k = act_ref(tok, g), k + 1
        elif tok.sym == "d":
            deixis, k = tok, k + 1
        elif tok.sym in _VALUE_SYMS:
            value, k = _read_value(tokens, k)
            if k < len(tokens) and tokens[k].sym == "L":
                close = _close(tokens, k)
                value.subs = descending_segments(tokens[k + 1 : close], g)[0]
                k = close + 1
            pending.append(value)
        elif _is_noun(tok):
            level = tok.kind.level if tok.kind and tok.kind.level else ""
            start = pending[0].first.start if pending else (deixis or tok).start
            plural_deixis = deixis is not None and _KK_PLURAL_RE.search(tok.text) is not None
            segs.append(
                Segment(level, start, tok.end, pending, deixis=deixis is not None and not plural_deixis)
            )
            pending, deixis, k = [], None, k + 1
        else:
            k += 1
    return segs, act


def _useful(seg: Segment) -> bool:
    """A segment that says something: values, or a demonstrative on a level one can point back to."""
    if seg.level not in RANK:
        return False
    return bool(seg.values) or (seg.deixis and seg.level in DEICTIC_LEVELS)


def ascending_units(segs: Sequence[Segment]) -> list[Unit]:
    """«частью шестой статьи 71, частями третьей и четвертой статьи 72»: a smaller level after a larger
    one starts a new unit; a larger level joins every open unit below it."""
    units: list[Unit] = []
    for seg in segs:
        rank = RANK[seg.level]
        if not units or rank <= units[-1].edge:
            units.append(Unit({seg.level: seg}, edge=rank))
            continue
        for unit in units:
            if unit.edge < rank:
                unit.levels[seg.level] = seg
                unit.edge = rank
    return _adopt_orphans(units)


def _anchored(unit: Unit) -> bool:
    return "article" in unit.levels or "chapter" in unit.levels


def _adopt_orphans(units: list[Unit]) -> list[Unit]:
    """«ст. 486 ч. 1 п. 2)», the article first: parts and items that no article follows belong to the
    article before them, when it has no such level of its own."""
    out: list[Unit] = []
    for unit in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not _anchored(unit)
            and _anchored(prev)
            and not set(unit.levels) & set(prev.levels)
        ):
            prev.levels.update(unit.levels)
            continue
        out.append(unit)
    return out


def descending_units(segs: Sequence[Segment]) -> list[Unit]:
    """«35-бабының бірінші бөлігінде және 36-бабының бірінші бөлігінде»: a smaller level descends into the
    current unit; a level as large or larger starts a new one that keeps the larger levels above it."""
    units: list[Unit] = []
    for seg in segs:
        rank = RANK[seg.level]
        if units and rank < units[-1].edge:
            units[-1].levels[seg.level] = seg
            units[-1].edge = rank
            continue
        above = {lvl: s for lvl, s in units[-1].levels.items() if RANK[lvl] > rank} if units else {}
        units.append(Unit({**above, seg.level: seg}, edge=rank))
    return units


def _span(segs: Sequence[Segment], act: ActRef | None, builder: Builder) -> tuple[int, int] | None:
    if not segs:
        return None if act is None else (act.start, act.end)
    if builder == "ascending":
        return segs[0].start, (act.end if act else segs[-1].end)
    return (act.start if act else segs[0].start), segs[-1].end


def build(pattern: str, builder: Builder, tokens: Sequence[Token], g: Grammar) -> Draft | None:
    """Read one match.  ``None`` when it says nothing («статья, часть, пункт статьи»)."""
    if builder == "norm":
        noun = tokens[-1]
        if _KK_PLURAL_RE.search(noun.text) and noun.sym == "m":
            return None
        return Draft(pattern, builder, tokens[0].start, noun.end, [], None)
    if builder == "act":
        named = act_ref(tokens[0], g)
        return Draft(pattern, builder, named.start, named.end, [], named)
    read = ascending_segments if builder == "ascending" else descending_segments
    segs, act = read(tokens, g)
    segs = [s for s in segs if _useful(s)]
    span = _span(segs, act, builder)
    if span is None:
        return None
    units = (ascending_units if builder == "ascending" else descending_units)(segs)
    for unit in units:
        unit.act = act
    return Draft(pattern, builder, span[0], span[1], units, act)
