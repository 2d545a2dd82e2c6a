"""``analyze``: a :class:`DocumentText` in, an :class:`Analysis` out — the pipeline of this package."""

from __future__ import annotations

import re

from kzreview.analysis import elements as el
from kzreview.analysis.cite import find_citations, simple_citations
from kzreview.analysis.findings import defect_finding, ground_findings, missing_findings
from kzreview.analysis.grounds import GroundHit, cited_grounds, inferred_grounds, label, retro_amnesty_spans
from kzreview.analysis.improper import find_improper, find_irrelevant
from kzreview.analysis.kind import addressee, filer, kind
from kzreview.analysis.lang import detect_language
from kzreview.analysis.model import (
    Analysis,
    Finding,
    GroundDetail,
    ImproperSpan,
    IrrelevantSpan,
    SourceInfo,
)
from kzreview.analysis.text import analyse_layout, matching_copy, sentences
from kzreview.analysis.triage_facts import suggest
from kzreview.intake.model import DocumentText

_OCR_KINDS = ("pdf-ocr", "image-ocr")


def _merge_cited(a: list[GroundHit], b: list[GroundHit]) -> list[GroundHit]:
    """Cited grounds from both extractors, one per (ground, place)."""
    out: list[GroundHit] = []
    for g in a + b:
        if not any(
            o.ground == g.ground and o.status == g.status and abs(o.start - g.start) < 40 for o in out
        ):
            out.append(g)
    return sorted(out, key=lambda g: g.start)


def _grounds_for(instance: str | None, hits: list[GroundHit]) -> list[str]:
    wanted = {"cassation": ("485",), "appeal": ("433",)}.get(instance or "", ("485", "433"))
    out: list[str] = []
    for g in hits:
        if (
            g.status == "ok"
            and g.ground.split(".")[0] in wanted
            and g.ground.count(".") == 2
            and g.ground not in out
        ):
            out.append(g.ground)
    return sorted(out, key=_ground_key)


def _ground_key(ground: str) -> tuple[int, ...]:
    """``485.1.7-1`` sorts after ``485.1.7`` and before ``485.1.8``."""
    return tuple(int(n) for n in re.findall(r"\d+", ground))


def analyze(doc: DocumentText) -> Analysis:
    """What the filing contains, what it lacks and what is wrong with it (CONTRACT.md §5)."""
    original = doc.text
    text = matching_copy(original)
    layout = analyse_layout(text)
    spans = sentences(text)
    guess = detect_language(text)
    addr = addressee(layout)
    what = kind(layout, addr)
    who = filer(layout)

    citations, extractor = find_citations(original, guess.language)
    cited = _merge_cited(
        cited_grounds(citations, what.instance, what.document),
        cited_grounds(simple_citations(text, guess.language), what.instance, what.document)
        if extractor != "simple"
        else [],
    )
    attachments = layout.span_of(layout.attachments)
    retro = retro_amnesty_spans(text)
    inferred = inferred_grounds(text, spans, what.instance, [attachments] if attachments else [])
    hits = cited + inferred
    grounds = _grounds_for(what.instance, hits)
    only_ra = bool(retro) and not grounds and not any(g.how == "cited" and g.status == "ok" for g in hits)

    improper = find_improper(text)
    irrelevant = find_irrelevant(text)
    ctx = el.Context(
        text=text,
        layout=layout,
        sentences=spans,
        language=guess.language,
        instance=what.instance,
        document=what.document,
        addressee=addr,
        grounds=cited,
        improper=improper,
        irrelevant=irrelevant,
        original=original,
    )
    elements = el.detect_elements(ctx)

    findings: list[Finding] = []
    if doc.kind in _OCR_KINDS:
        findings.append(defect_finding("ocr", what.instance, what.document, []))
    if what.instance is None:
        findings.append(defect_finding("instance_unknown", None, what.document, []))
    if guess.mixed:
        findings.append(
            defect_finding(
                "mixed_language", what.instance, what.document, [], kk_share=round(guess.kk_share * 100)
            )
        )
    findings += missing_findings(elements, what.instance, what.document)
    if improper:
        findings.append(
            defect_finding(
                "improper_language",
                what.instance,
                what.document,
                [original[h.start : h.end] for h in improper],
            )
        )
    if irrelevant:
        findings.append(
            defect_finding(
                "irrelevant_matter",
                what.instance,
                what.document,
                [original[h.start : h.end] for h in irrelevant],
            )
        )
    if addr.other_bodies:
        findings.append(
            defect_finding(
                "addressed_to_other_body", what.instance, what.document, [b[2] for b in addr.other_bodies]
            )
        )
    level = addr.court_level
    if (
        what.instance
        and level
        and (
            (what.instance == "cassation" and level != "cassation")
            or (what.instance == "appeal" and level in ("cassation", "supreme"))
        )
    ):
        findings.append(
            defect_finding("wrong_court", what.instance, what.document, [], court=addr.court_text)
        )
    lang_el = elements["language_matches_proceedings"]
    if not lang_el.present:
        proc, _ = el.proceedings_language(ctx)
        findings.append(
            defect_finding(
                "language_mismatch",
                what.instance,
                what.document,
                [],
                evidence=lang_el.evidence,
                proc_ru={"kk": "казахский", "ru": "русский"}.get(proc or "", "?"),
                proc_kk={"kk": "қазақ тілі", "ru": "орыс тілі"}.get(proc or "", "?"),
            )
        )
    if only_ra and what.instance:
        findings.append(defect_finding("only_retroactivity_or_amnesty", what.instance, what.document, []))
    findings += ground_findings(hits, what.instance, what.document)

    suggested = suggest(ctx, elements, who, grounds, hits, only_ra, doc.kind in _OCR_KINDS)
    return Analysis(
        language=guess.language,
        instance=what.instance,
        document=what.document,
        elements=elements,
        citations=citations,
        grounds=grounds,
        improper_language=[
            ImproperSpan(text=original[h.start : h.end], start=h.start, end=h.end, kind=h.kind, lemma=h.lemma)
            for h in improper
        ],
        findings=findings,
        suggested_triage=suggested,
        mixed=guess.mixed,
        kk_share=guess.kk_share,
        ground_details=[
            GroundDetail(
                ground=g.ground,
                how=g.how,
                status=g.status,
                text=original[g.start : g.end],
                start=g.start,
                end=g.end,
                label_ru=label(g.ground, "ru") or None,
                label_kk=label(g.ground, "kk") or None,
            )
            for g in hits
        ],
        irrelevant_matter=[
            IrrelevantSpan(text=original[h.start : h.end], start=h.start, end=h.end, topic=h.topic)
            for h in irrelevant
        ],
        only_retroactivity_or_amnesty=only_ra,
        source=SourceInfo(
            filename=doc.filename,
            kind=doc.kind,
            pages=len(doc.pages),
            chars=len(original),
            warnings=doc.warnings,
        ),
        citation_extractor=extractor,
    )
