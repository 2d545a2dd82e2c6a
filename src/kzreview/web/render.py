"""Turn paragraphs into linked segments: each citation span becomes a link to the text it cites."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from kzreview.citations.model import Citation, CitationMatch
from kzreview.corpus.model import Lang, Paragraph
from kzreview.library.catalog import adilet_url
from kzreview.library.law import CODES, Library, Provision


@dataclass(frozen=True)
class Segment:
    text: str
    href: str | None = None
    title: str | None = None
    stored: bool = False  # the link leads to a text kzreview holds (else to the official adilet page)


def citation_link(lib: Library, cit: Citation, lang: Lang) -> tuple[str, bool]:
    """Where a citation leads: the stored provision, a paragraph of a held resolution, or adilet."""
    target = lib.resolve_citation(cit, lang)
    if isinstance(target, Provision):
        anchor = f"#part-{cit.part}" if cit.part is not None else ""
        return f"/code/{quote(cit.act)}/{quote(target.article.num)}?lang={lang}{anchor}", True
    if isinstance(target, Paragraph) and cit.doc:
        return f"/doc/{quote(cit.doc)}?lang={lang}#p-{quote(target.num)}", True
    if cit.act == "НП" and cit.doc:
        return adilet_url(cit.doc, lang), False
    if cit.act in CODES:
        return adilet_url(cit.act, lang), False
    return adilet_url("K950001000_", lang) if cit.act == "Конституция" else "", False


def segments(lib: Library, text: str, matches: list[CitationMatch], lang: Lang) -> list[Segment]:
    out: list[Segment] = []
    pos = 0
    for m in matches:
        if m.start < pos:  # overlapping spans: keep the first
            continue
        if m.start > pos:
            out.append(Segment(text[pos : m.start]))
        href, stored = citation_link(lib, m.refs[0], lang) if m.refs else ("", False)
        title = "; ".join(r.short for r in m.refs)
        out.append(Segment(text[m.start : m.end], href or None, title, stored))
        pos = m.end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def paragraph_segments(lib: Library, code: str, para: Paragraph, lang: Lang) -> list[list[Segment]]:
    """One list of segments per abzac, citations found on the paragraph as a whole (context carries over)."""
    full = para.text
    matches = lib.paragraph_citations(code, para, lang)
    result: list[list[Segment]] = []
    start = 0
    for abz in para.abzacs:
        end = start + len(abz)
        local = [
            m.model_copy(update={"start": m.start - start, "end": m.end - start})
            for m in matches
            if m.start >= start and m.end <= end
        ]
        result.append(segments(lib, full[start:end], local, lang))
        start = end + 1
    return result
