"""The contents of a complaint (CONTRACT.md §3 ``contents``), each with the text that shows it.

What "present" means for each key is written in ``data/elements.yaml`` (``means``).  For the last four
keys present is a defect: ``improper_language``, ``irrelevant_matter``, ``addressed_to_other_body`` are
present when found; ``language_matches_proceedings`` is true unless the text itself says the
proceedings were held in the other language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kzreview.analysis.data import both, load, rx
from kzreview.analysis.dates import DateMention, find_dates
from kzreview.analysis.grounds import GroundHit
from kzreview.analysis.improper import Hit, Irrelevant
from kzreview.analysis.kind import Addressee
from kzreview.analysis.model import ELEMENT_KEYS, Element
from kzreview.analysis.text import Layout

_WORDS = re.compile(r"[^\W\d_]+")


@dataclass
class Context:
    """Everything the element detectors read."""

    text: str  # the matching copy (same offsets as the original)
    layout: Layout
    sentences: list[tuple[int, int]]
    language: str
    instance: str | None
    document: str | None
    addressee: Addressee
    grounds: list[GroundHit]
    improper: list[Hit]
    irrelevant: list[Irrelevant]
    original: str = ""
    filing_date: DateMention | None = field(default=None)

    def sentence_at(self, pos: int) -> tuple[int, int]:
        for a, b in self.sentences:
            if a <= pos < b:
                return a, b
        return pos, pos

    def body_start(self) -> int:
        lines = self.layout.lines
        return lines[self.layout.head_end].start if self.layout.head_end < len(lines) else len(self.text)


def _el(ctx: Context, start: int | None, end: int | None, present: bool = True) -> Element:
    if start is None or end is None:
        return Element(present=present)
    evidence = ctx.original[start:end].strip()
    if len(evidence) > 240:
        evidence = evidence[:237].rstrip() + "…"
    return Element(present=present, evidence=evidence or None, start=start, end=end)


def _absent() -> Element:
    return Element(present=False)


def _line_span(ctx: Context, index: int) -> tuple[int, int]:
    line = ctx.layout.lines[index]
    return line.start + (len(line.text) - len(line.text.lstrip())), line.end


def addressee(ctx: Context) -> Element:
    for i in ctx.layout.addressee:
        if ctx.addressee.court_text and ctx.layout.lines[i].stripped == ctx.addressee.court_text:
            return _el(ctx, *_line_span(ctx, i))
    return _absent()


def filer_details(ctx: Context) -> Element:
    lay = load("layout")
    status, location, phone = both(lay["status"]), both(lay["location"]), rx(lay["phone"])
    block = ctx.layout.filer
    for n, i in enumerate(block):
        if status and status.search(ctx.layout.lines[i].text):
            near = " ".join(ctx.layout.lines[k].text for k in block[n : n + 6])
            if (location and location.search(near)) or phone.search(near):
                return _el(ctx, *_line_span(ctx, i))
    return _absent()


def _search_outside_attachments(
    ctx: Context, pattern: re.Pattern[str] | None, start: int = 0
) -> re.Match[str] | None:
    if pattern is None:
        return None
    for m in pattern.finditer(ctx.text, start):
        if not ctx.layout.in_attachments(m.start()):
            return m
    return None


def acts_identified(ctx: Context) -> Element:
    spec = load("elements")["elements"]["acts_identified"]
    for lang in ("ru", "kk"):
        m = _search_outside_attachments(ctx, rx(spec[lang]))
        if m:
            return _el(ctx, m.start(), m.end())
    return _absent()


def _with_context(ctx: Context, key: str) -> Element:
    spec = load("elements")["elements"][key]
    pattern, context = both(spec), both(spec["context"])
    for m in pattern.finditer(ctx.text) if pattern else ():
        if ctx.layout.in_attachments(m.start()):
            continue
        a, b = ctx.sentence_at(m.start())
        if context is None or context.search(ctx.text[a:b]):
            return _el(ctx, a, b)
    return _absent()


def extent(ctx: Context) -> Element:
    return _with_context(ctx, "extent")


def participation_preference(ctx: Context) -> Element:
    return _with_context(ctx, "participation_preference")


def ground_reference(ctx: Context) -> Element:
    for g in ctx.grounds:
        if g.how == "cited" and g.status == "ok":
            return _el(ctx, g.start, g.end)
    return _absent()


def arguments(ctx: Context) -> Element:
    spec = load("elements")["elements"]["arguments"]
    reasons, request = both(spec["reasons"]), both(spec["request"])
    reason = _search_outside_attachments(ctx, reasons, ctx.body_start())
    ask = _search_outside_attachments(ctx, request, ctx.body_start())
    if reason and ask:
        return _el(ctx, *ctx.sentence_at(ask.start()))
    return _absent()


def evidence(ctx: Context) -> Element:
    m = _search_outside_attachments(ctx, both(load("elements")["elements"]["evidence"]), ctx.body_start())
    return _el(ctx, *ctx.sentence_at(m.start())) if m else _absent()


def attachments_list(ctx: Context) -> Element:
    att = ctx.layout.attachments
    if not att:
        return _absent()
    header = ctx.layout.lines[att[0]].stripped
    has_items = len(att) > 1 or sum(ch.isalpha() for ch in header.split(":", 1)[-1]) >= 3
    if not has_items:
        return _absent()
    first, last = _line_span(ctx, att[0]), ctx.layout.lines[att[-1]].end
    return _el(ctx, first[0], last)


def _date_line(text: str) -> DateMention | None:
    lay = load("layout")
    dates = find_dates(text)
    if not dates or rx(lay["list_item"]).match(text) or re.match(r"^\W*от\b", text, re.IGNORECASE):
        return None
    rest = text
    for d in dates:
        rest = rest.replace(d.text, " ")
    rest = rx(lay["signature_name"], case=True).sub(" ", rest)
    rest = rx(lay["signature_marker"]).sub(" ", rest)
    allowed = rx(lay["date_line_words"])
    leftover = "".join(w for w in _WORDS.findall(rest) if not allowed.fullmatch(w))
    return dates[0] if len(leftover) <= 12 else None


def date(ctx: Context) -> Element:
    lay = ctx.layout
    candidates = list(lay.closing)
    if lay.title is not None:
        candidates += [i for i in range(lay.title) if lay.lines[i].stripped]
    for i in candidates:
        found = _date_line(lay.lines[i].text)
        if found:
            line = lay.lines[i]
            ctx.filing_date = DateMention(
                found.value, line.start + found.start, line.start + found.end, found.text
            )
            return _el(ctx, *_line_span(ctx, i))
    return _absent()


def signature(ctx: Context) -> Element:
    lay = load("layout")
    marker, name, item = (
        rx(lay["signature_marker"]),
        rx(lay["signature_name"], case=True),
        rx(lay["list_item"]),
    )
    for i in reversed(ctx.layout.closing):
        s = ctx.layout.lines[i].stripped
        if item.match(s) or len(_WORDS.findall(s)) > 8:
            continue
        if marker.search(s) or name.search(s):
            return _el(ctx, *_line_span(ctx, i))
    return _absent()


def copies_of_acts(ctx: Context) -> Element:
    spec = load("elements")["elements"]["copies_of_acts"]
    pattern = both(spec)
    if pattern is None:
        return _absent()
    span = ctx.layout.span_of(ctx.layout.attachments)
    if span:
        m = pattern.search(ctx.text, span[0], span[1])
        if m:
            return _el(ctx, m.start(), m.end())
    attach = rx(r"\bприлага\w*|қоса\s+бер\w*")
    for m in pattern.finditer(ctx.text):
        a, b = ctx.sentence_at(m.start())
        if attach.search(ctx.text[a:b]):
            return _el(ctx, a, b)
    return _absent()


PROC_LANG = {"казахском": "kk", "русском": "ru", "қазақ": "kk", "орыс": "ru"}


def proceedings_language(ctx: Context) -> tuple[str | None, re.Match[str] | None]:
    spec = load("elements")["elements"]["language_matches_proceedings"]
    for lang in ("ru", "kk"):
        m = rx(spec[lang]).search(ctx.text)
        if m:
            word = next(g for g in m.groups() if g)
            return PROC_LANG.get(word.lower()), m
    return None, None


def language_matches_proceedings(ctx: Context) -> Element:
    proc, m = proceedings_language(ctx)
    if m is None:
        return Element(present=True)
    return _el(ctx, m.start(), m.end(), present=(proc == ctx.language))


def improper_language(ctx: Context) -> Element:
    if not ctx.improper:
        return _absent()
    first = ctx.improper[0]
    return _el(ctx, *ctx.sentence_at(first.start))


def irrelevant_matter(ctx: Context) -> Element:
    if not ctx.irrelevant:
        return _absent()
    return _el(ctx, *ctx.sentence_at(ctx.irrelevant[0].start))


def addressed_to_other_body(ctx: Context) -> Element:
    bodies = ctx.addressee.other_bodies
    return _el(ctx, bodies[0][0], bodies[0][1]) if bodies else _absent()


DETECTORS = {
    "addressee": addressee,
    "filer_details": filer_details,
    "acts_identified": acts_identified,
    "extent": extent,
    "ground_reference": ground_reference,
    "arguments": arguments,
    "evidence": evidence,
    "participation_preference": participation_preference,
    "attachments_list": attachments_list,
    "date": date,
    "signature": signature,
    "copies_of_acts": copies_of_acts,
    "language_matches_proceedings": language_matches_proceedings,
    "improper_language": improper_language,
    "irrelevant_matter": irrelevant_matter,
    "addressed_to_other_body": addressed_to_other_body,
}
assert tuple(DETECTORS) == ELEMENT_KEYS


def detect_elements(ctx: Context) -> dict[str, Element]:
    return {key: fn(ctx) for key, fn in DETECTORS.items()}
