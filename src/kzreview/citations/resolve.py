"""Resolve what a reference leaves to context, then expand it into :class:`Citation` objects.

Takes the :class:`~kzreview.citations.grammar.Draft` objects of one text, in order; produces, for each,
its citations.  The context is what a reader carries along:

* the act omitted after a list: «статьи 485, ... и статьи 486 УПК» (the act later in the same sentence,
  Russian order only), else the act named last in the text, else ``УПК`` inside a resolution (``doc``
  given) and ``other`` elsewhere;
* «настоящего Кодекса» / «осы Кодекстің»: the code (УПК, УК) named last, else ``УПК``;
* «указанной статьи» / «аталған баптың»: the article cited last (of the act named, if one is);
* «данной нормы» / «аталған норманың»: the provisions of the previous citation;
* «пункта 4 настоящего нормативного постановления»: paragraph 4 of ``doc``.

Imports only the grammar, patterns and model modules of :mod:`kzreview.citations`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from kzreview.citations.grammar import ActRef, Draft, Segment, Unit
from kzreview.citations.model import Act, Citation
from kzreview.citations.patterns import Grammar

#: Where a sentence ends between two references: «.», «!», «?» or «;» before a space, or a line break.
#: Not matched: the dots inside «ч.1 ст.486» (they are inside a reference, never between two).
SENTENCE_END_RE = re.compile(r"[.!?;](?:\s|$)|\n")
#: The levels that make a citation of a code: without one of them a unit names no provision.
_ANCHOR_LEVELS = ("article", "chapter")
_ORDER = ("chapter", "article", "part", "item", "subitem")
#: ``doc`` naming an article of a code: «УПК 489», «УК 6».  Not matched: a resolution's adilet code.
_WITHIN_ARTICLE_RE = re.compile(r"(?P<act>УПК|УК) (?P<article>\d+(?:-\d+)?)")


@dataclass
class Context:
    """What has been cited so far in the text."""

    doc: str | None
    last_act: Act | None = None
    last_code: Act | None = None
    last_article: Citation | None = None
    articles_by_act: dict[str, Citation] = field(default_factory=dict)
    last_chapter: Citation | None = None
    last_provisions: list[Citation] = field(default_factory=list)

    @classmethod
    def within(cls, doc: str | None) -> Context:
        """The context at the start of a text from ``doc``: a resolution's adilet code, or a code's article
        («УПК 489»), whose text says «настоящей статьи» / «осы баптың» of itself."""
        m = _WITHIN_ARTICLE_RE.fullmatch(doc or "")
        if m is None:
            return cls(doc=doc)
        act: Act = "УПК" if m["act"] == "УПК" else "УК"
        here = Citation(act=act, article=m["article"])
        return cls(doc=act, last_act=act, last_code=act, last_article=here, articles_by_act={act: here})

    @property
    def default_act(self) -> Act:
        return "УПК" if self.doc is not None else "other"

    def code(self) -> Act:
        """«настоящего Кодекса»: the code named last; a code is named, so failing that the УПК."""
        return self.last_code or "УПК"

    def remember(self, draft: Draft, refs: Sequence[Citation]) -> None:
        if draft.act is not None and draft.act.how in ("act", "code") and refs:
            act = refs[0].act
            self.last_act = act
            if act in ("УПК", "УК"):
                self.last_code = act
        for ref in refs:
            if ref.article is not None:
                self.last_article = ref
                self.articles_by_act[ref.act] = ref
            elif ref.chapter is not None:
                self.last_chapter = ref
        provisions = [r for r in refs if r.article or r.chapter or r.para]
        if provisions:
            self.last_provisions = provisions


def forward_acts(text: str, drafts: Sequence[Draft]) -> list[Act | None]:
    """For each draft, the act named explicitly by a later draft of the same sentence (Russian order)."""
    out: list[Act | None] = [None] * len(drafts)
    following: Act | None = None
    for i in range(len(drafts) - 1, -1, -1):
        d = drafts[i]
        out[i] = following
        if d.act is not None and d.act.how == "act" and d.act.act not in (None, "НП"):
            following = d.act.act
        if i > 0 and SENTENCE_END_RE.search(text, drafts[i - 1].end, d.start):
            following = None
    return out


def _part(value: str) -> int | str:
    return int(value) if value.isdigit() else value


def _combinations(unit: Unit, g: Grammar) -> Iterator[dict[str, str]]:
    """Every combination of the unit's values, a parenthesised sub-level replacing the unit's own."""
    yield from _walk([lvl for lvl in _ORDER if lvl in unit.levels], dict(unit.levels), g)


def _walk(levels: list[str], segs: dict[str, Segment], g: Grammar) -> Iterator[dict[str, str]]:
    if not levels:
        yield {}
        return
    level, rest = levels[0], levels[1:]
    seg = segs[level]
    if not seg.values:  # a demonstrative, already resolved by the caller
        yield from _walk(rest, segs, g)
        return
    for value in seg.values:
        inner = dict(segs)
        inner_levels = list(rest)
        for sub in value.subs:
            inner[sub.level] = sub
            if sub.level not in inner_levels:
                inner_levels.append(sub.level)
        inner_levels.sort(key=_ORDER.index)
        for num in value.numbers(g):
            for tail in _walk(inner_levels, inner, g):
                yield {level: num, **tail}


def _citation(act: Act, combo: dict[str, str], fixed: Citation | None, doc: str | None) -> Citation:
    item = combo.get("item")
    if "subitem" in combo:
        item = f"{item}.{combo['subitem']}" if item else combo["subitem"]
    if act == "НП":
        return Citation(act="НП", doc=doc, para=item or combo.get("part"))
    article = combo.get("article") or (fixed.article if fixed else None)
    chapter = combo.get("chapter") or (fixed.chapter if fixed and not article else None)
    part = combo.get("part")
    return Citation(act=act, article=article, chapter=chapter, part=_part(part) if part else None, item=item)


def _act_of(unit: Unit, forward: Act | None, ctx: Context) -> tuple[Act, tuple[str | None, ...]]:
    ref: ActRef | None = unit.act
    if ref is None:
        return (forward or ctx.last_act or ctx.default_act), ()
    if ref.how == "code":
        return ctx.code(), ()
    if ref.how == "np_self":
        return "НП", (ctx.doc,)
    if ref.how == "np":
        return "НП", ref.docs
    return (ref.act or "other"), ()


def _deixis_base(unit: Unit, act: Act | None, ctx: Context) -> Citation | None:
    """The earlier citation a demonstrative points to; ``None`` when nothing fits."""
    seg = unit.levels.get("article")
    if seg is not None and seg.deixis and not seg.values:
        return ctx.articles_by_act.get(act) if act else ctx.last_article
    seg = unit.levels.get("chapter")
    if seg is not None and seg.deixis and not seg.values:
        return ctx.last_chapter
    return None


def _has_deixis(unit: Unit) -> bool:
    return any(s.deixis and not s.values for s in unit.levels.values())


def unit_citations(unit: Unit, forward: Act | None, ctx: Context, g: Grammar) -> list[Citation]:
    """The citations of one unit, context applied; empty when it names no provision."""
    act, docs = _act_of(unit, forward, ctx)
    named = unit.act is not None and unit.act.how in ("act", "code")
    fixed = None
    if _has_deixis(unit):
        # «данной статьи УК»: the last article of the УК; «данной статьи»: the last article of any act
        fixed = _deixis_base(unit, act if named else None, ctx)
        if fixed is None:
            return []
        if unit.act is None:
            act = fixed.act
    if act != "НП" and fixed is None and not any(lvl in unit.levels for lvl in _ANCHOR_LEVELS):
        return []
    out: list[Citation] = []
    for doc in docs or (None,):
        out.extend(_citation(act, combo, fixed, doc) for combo in _combinations(unit, g))
    return out


def _bare_act(draft: Draft, ctx: Context) -> list[Citation]:
    act = draft.act
    if act is None:
        return []
    if act.how == "np":
        return [Citation(act="НП", doc=d) for d in act.docs]
    if act.how == "np_self":
        return []
    if act.how == "code":
        return [Citation(act=ctx.code())]
    return [Citation(act=act.act or "other")]


def draft_citations(
    draft: Draft, forward: Act | None, ctx: Context, g: Grammar
) -> tuple[list[Citation], tuple[int, int]]:
    """The citations of one draft, in order, and their span; updates the context.

    A draft whose units name no provision but which names an act («по другим статьям УК») cites the act
    alone, and its span shrinks to the act's name.
    """
    span = (draft.start, draft.end)
    if draft.builder == "norm":
        refs = list(ctx.last_provisions)
    else:
        refs = [c for unit in draft.units for c in unit_citations(unit, forward, ctx, g)]
        if not refs and draft.act is not None and draft.act.how in ("act", "code", "np"):
            refs = _bare_act(draft, ctx)
            span = (draft.act.start, draft.act.end)
    ctx.remember(draft, refs)
    return refs, span
