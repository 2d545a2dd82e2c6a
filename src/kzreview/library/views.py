"""JSON-ready views of the law (CONTRACT.md §2), shared by the CLI, the HTTP API and the web pages."""

from __future__ import annotations

from datetime import date
from typing import Any

from kzreview.citations.model import Citation, CitationMatch
from kzreview.corpus.model import Lang, Paragraph, Resolution
from kzreview.library.catalog import CATALOG
from kzreview.library.law import Library, Provision


def unique_refs(matches: list[CitationMatch]) -> list[Citation]:
    """The citations of ``matches`` in order of first appearance, each once."""
    seen: dict[Citation, None] = {}
    for m in matches:
        for r in m.refs:
            seen.setdefault(r, None)
    return list(seen)


def as_of_view(lib: Library, doc: str, on: date | None) -> dict[str, Any] | None:
    if on is None or doc not in CATALOG:
        return None
    in_force, then = lib.in_force_on(doc, on)
    return {"date": on, "in_force": in_force, "in_force_then": [i.code for i in then]}


def paragraph_view(
    lib: Library, res: Resolution, para: Paragraph, lang: Lang, on: date | None = None
) -> dict[str, Any]:
    matches = lib.paragraph_citations(res.code, para, lang)
    return {
        "doc": res.code,
        "lang": lang,
        "para": para.num,
        "title": res.title,
        "text": para.text,
        "abzacs": para.abzacs,
        "citations": unique_refs(matches),
        "citation_spans": matches,
        "amendments": para.amendments,
        "notes": para.notes,
        "as_of": as_of_view(lib, res.code, on),
    }


def resolution_view(lib: Library, res: Resolution, lang: Lang, on: date | None = None) -> dict[str, Any]:
    paras = [paragraph_view(lib, res, p, lang) for p in res.paragraphs]
    for p in paras:
        p.pop("as_of")
    return {
        "doc": res.code,
        "lang": lang,
        "para": None,
        "title": res.title,
        "requisites": res.requisites,
        "in_force_note": res.in_force_note,
        "valid_from": res.valid_from,
        "valid_to": res.valid_to,
        "text": "\n".join(p.text for p in res.paragraphs),
        "abzacs": [a for p in res.paragraphs for a in p.abzacs],
        "citations": unique_refs([m for p in paras for m in p["citation_spans"]]),
        "amendments": res.global_amendments + [a for p in res.paragraphs for a in p.amendments],
        "global_amendments": res.global_amendments,
        "paragraphs": paras,
        "signatures": res.signatures,
        "as_of": as_of_view(lib, res.code, on),
    }


def provision_view(lib: Library, prov: Provision, on: date | None = None) -> dict[str, Any]:
    text = "\n".join(prov.abzacs)
    matches = lib.cite(text, prov.lang, doc=f"{prov.act} {prov.article.num}")
    data: dict[str, Any] = {
        "doc": prov.act,
        "lang": prov.lang,
        "article": prov.article.num,
        "part": prov.citation.part,
        "item": prov.citation.item,
        "para": None,
        "title": prov.article.title,
        "heading": prov.heading,
        "text": text,
        "abzacs": prov.abzacs,
        "citations": unique_refs(matches),
        "amendments": prov.article.amendments,
        "version_date": prov.version_date,
        "repealed": prov.article.repealed,
        "chapter": prov.article.chapter,
        "chapter_title": prov.article.chapter_title,
    }
    if on is not None:
        data["as_of"] = {
            "date": on,
            "wording_of": prov.version_date,
            "later_amendments": lib.amendments_after(prov.article.amendments, on),
        }
    return data
