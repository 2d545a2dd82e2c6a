"""A resolution as Akoma Ntoso 3.0 XML: FRBR identification, lifecycle of amendments, paragraphs, <ref>s."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from kzreview.citations.extract import find_citations
from kzreview.citations.model import Citation
from kzreview.corpus.model import Resolution

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
LANG3 = {"ru": "rus", "kk": "kaz"}

#: Work URIs of the acts a resolution cites (AKN naming convention: /akn/{country}/{type}/{subtype}/{date}/{num}).
ACT_URIS = {
    "УПК": "/akn/kz/act/code/2014-07-04/231-V",
    "УК": "/akn/kz/act/code/2014-07-03/226-V",
    "Конституция": "/akn/kz/act/constitution/1995-08-30/main",
}


def citation_href(cit: Citation) -> str:
    """The AKN reference of a citation: ``/akn/kz/act/code/2014-07-04/231-V/!main#art_489__para_1__point_1``."""
    if cit.act == "НП":
        base = f"/akn/kz/doc/resolution/{cit.doc or 'unknown'}/!main"
        return f"{base}#para_{cit.para}" if cit.para else base
    work = ACT_URIS.get(cit.act)
    if work is None:
        return "#unknown"
    frag = ""
    if cit.article:
        frag = f"art_{cit.article}"
        if cit.part is not None:
            frag += f"__para_{cit.part}"
        if cit.item is not None:
            frag += f"__point_{cit.item}"
    elif cit.chapter:
        frag = f"chp_{cit.chapter}"
    return f"{work}/!main#{frag}" if frag else f"{work}/!main"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, tag, attrs)
    if text is not None:
        el.text = text
    return el


def _paragraph_text(parent: ET.Element, text: str, res: Resolution) -> None:
    """A <p> with each citation span wrapped in a <ref> to the first provision it names."""
    p = _sub(parent, "p")
    pos = 0
    last: ET.Element | None = None
    for m in find_citations(text, res.lang, doc=res.code):
        chunk = text[pos : m.start]
        if last is None:
            p.text = (p.text or "") + chunk
        else:
            last.tail = (last.tail or "") + chunk
        ref = _sub(p, "ref", m.text, href=citation_href(m.refs[0]) if m.refs else "#unknown")
        if len(m.refs) > 1:
            ref.set("class", " ".join(r.short.replace(" ", "_") for r in m.refs))
        last = ref
        pos = m.end
    rest = text[pos:]
    if last is None:
        p.text = (p.text or "") + rest
    else:
        last.tail = (last.tail or "") + rest


def _meta(doc: ET.Element, res: Resolution, work: str) -> None:
    meta = _sub(doc, "meta")
    ident = _sub(meta, "identification", source="#kzreview")
    lang3 = LANG3[res.lang]
    adopted = res.adopted_on.isoformat()
    w = _sub(ident, "FRBRWork")
    _sub(w, "FRBRthis", value=f"{work}/!main")
    _sub(w, "FRBRuri", value=work)
    _sub(w, "FRBRalias", value=res.code, name="adilet")
    _sub(w, "FRBRdate", date=adopted, name="adoption")
    _sub(w, "FRBRauthor", href="#supremeCourt")
    _sub(w, "FRBRcountry", value="kz")
    _sub(w, "FRBRnumber", value=res.number)
    e = _sub(ident, "FRBRExpression")
    _sub(e, "FRBRthis", value=f"{work}/{lang3}@/!main")
    _sub(e, "FRBRuri", value=f"{work}/{lang3}@")
    _sub(e, "FRBRdate", date=adopted, name="expression")
    _sub(e, "FRBRauthor", href="#supremeCourt")
    _sub(e, "FRBRlanguage", language=lang3)
    m = _sub(ident, "FRBRManifestation")
    _sub(m, "FRBRthis", value=f"{work}/{lang3}@/!main.xml")
    _sub(m, "FRBRuri", value=f"{work}/{lang3}@.akn")
    _sub(m, "FRBRdate", date=adopted, name="generation")
    _sub(m, "FRBRauthor", href="#kzreview")
    _sub(m, "FRBRformat", value="application/akn+xml")
    life = _sub(meta, "lifecycle", source="#kzreview")
    _sub(life, "eventRef", date=adopted, eId="evt_adoption", source="#original", type="generation")
    amendments = res.global_amendments + [a for p in res.paragraphs for a in p.amendments]
    seen: set[tuple[str, str]] = set()
    for a in amendments:
        if a.date is None or (a.date.isoformat(), a.by) in seen:
            continue
        seen.add((a.date.isoformat(), a.by))
        _sub(
            life,
            "eventRef",
            date=a.date.isoformat(),
            eId=f"evt_{len(seen)}",
            source=f"#src_{len(seen)}",
            type="amendment",
            refersTo=a.by,
        )
    refs = _sub(meta, "references", source="#kzreview")
    _sub(refs, "original", eId="original", href=f"{work}/{lang3}@", showAs=res.title)
    for i, (when, by) in enumerate(sorted(seen), start=1):
        _sub(refs, "passiveRef", eId=f"src_{i}", href="#", showAs=f"{by} {when}")
    _sub(
        refs,
        "TLCOrganization",
        eId="supremeCourt",
        href="/ontology/organization/kz/supremeCourt",
        showAs="Верховный Суд Республики Казахстан",
    )
    _sub(refs, "TLCOrganization", eId="kzreview", href="/ontology/organization/kzreview", showAs="kzreview")


def to_akoma_ntoso(res: Resolution) -> str:
    """Serialise ``res`` as an Akoma Ntoso document (``<doc name="normativeResolution">``)."""
    root = ET.Element("akomaNtoso", xmlns=NS)
    doc = _sub(root, "doc", name="normativeResolution")
    work = f"/akn/kz/doc/resolution/{res.adopted_on.isoformat()}/{res.number}"
    _meta(doc, res, work)
    notes = _sub(doc.find("meta"), "notes", source="#kzreview")  # type: ignore[arg-type]
    preface = _sub(doc, "preface")
    _sub(_sub(preface, "p", **{"class": "title"}), "docTitle", res.title)
    line = _sub(preface, "p")
    _sub(line, "docNumber", res.requisites)
    if res.in_force_note:
        _sub(preface, "p", res.in_force_note, **{"class": "inForce"})
    body = _sub(doc, "mainBody")
    for para in res.paragraphs:
        if para.num == "preamble":
            el = _sub(body, "intro", eId="intro")
        else:
            el = _sub(body, "paragraph", eId=f"para_{para.num}")
            _sub(el, "num", f"{para.num}.")
        content = _sub(el, "content")
        for abz in para.abzacs:
            _paragraph_text(content, abz, res)
        for raw in dict.fromkeys(a.raw for a in para.amendments):  # one note, several acts: once
            note = _sub(notes, "note", eId=f"{el.get('eId')}__note_{len(notes) + 1}")
            _sub(note, "p", raw)
    if res.signatures:
        concl = _sub(doc, "conclusions")
        for s in res.signatures:
            _sub(concl, "p", s)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)
