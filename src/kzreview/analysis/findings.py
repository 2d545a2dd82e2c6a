"""Findings: what is missing or wrong in the filing, in Russian and Kazakh, each with the provisions
it rests on.  Texts and citations are data (``data/findings.yaml``)."""

from __future__ import annotations

from typing import Any

from kzreview.analysis.data import load
from kzreview.analysis.grounds import GroundHit, label
from kzreview.analysis.law_text import cites, ground_citation, words
from kzreview.analysis.model import ELEMENT_KEYS, Element, Finding, Severity


def _doc_words(document: str | None) -> dict[str, str]:
    docs = load("findings")["documents"]
    d = docs.get(document or "complaint", docs["complaint"])
    return {
        "doc_nom": d["ru_nom"],
        "doc_gen": d["ru_gen"],
        "doc_kk": d["kk"],
        "doc_nom_cap": d["ru_nom"][:1].upper() + d["ru_nom"][1:],
    }


def _finding(
    code: str, severity: Severity, ru: str, kk: str, shorts: list[str], element: str | None = None, **fmt: Any
) -> Finding:
    return Finding(
        code=code,
        severity=severity,
        text_ru=ru.format(**fmt),
        text_kk=kk.format(**fmt),
        citations=cites(shorts),
        element=element,
    )


def _required(spec: dict[str, Any], document: str | None) -> bool:
    req = spec.get("required", "all")
    if req == "all":
        return True
    if req == "none":
        return False
    return (document or "complaint") in req


def missing_findings(
    elements: dict[str, Element], instance: str | None, document: str | None
) -> list[Finding]:
    data = load("findings")["missing"]
    words_ = _doc_words(document)
    out: list[Finding] = []
    for key in ELEMENT_KEYS:
        if key not in data or elements[key].present:
            continue
        entry = data[key]
        inst = instance or "appeal"
        spec = entry[inst]
        ru, kk = entry["ru"], entry["kk"]
        if _required(spec, document):
            severity: Severity = "error" if instance else "warning"
        elif inst == "appeal" and f"ru_{inst}" in entry:
            severity, ru, kk = "info", entry[f"ru_{inst}"], entry[f"kk_{inst}"]
        else:
            continue
        out.append(_finding(f"missing_{key}", severity, ru, kk, spec["cite"], key, **words_))
    return out


def _examples(texts: list[str]) -> str:
    seen: list[str] = []
    for t in texts:
        if t not in seen:
            seen.append(t)
    shown = ", ".join(f"«{t}»" for t in seen[:6])
    return shown + (" …" if len(seen) > 6 else "")


def defect_finding(
    code: str, instance: str | None, document: str | None, examples: list[str], **extra: Any
) -> Finding:
    entry = load("findings")["defects"][code]
    spec = entry.get(instance or "appeal", entry)
    ru = spec.get("ru", entry.get("ru", "")) + spec.get("ru_tail", "")
    kk = spec.get("kk", entry.get("kk", "")) + spec.get("kk_tail", "")
    severity = spec.get("severity", entry.get("severity", "warning"))
    shorts = spec.get("cite", entry.get("cite", []))
    element = code if code in ELEMENT_KEYS else None
    return _finding(
        code, severity, ru, kk, shorts, element, examples=_examples(examples), **_doc_words(document), **extra
    )


def ground_findings(hits: list[GroundHit], instance: str | None, document: str | None) -> list[Finding]:
    data = load("findings")["grounds"]
    out: list[Finding] = []
    valid = [g for g in hits if g.status == "ok" and g.how == "cited"]
    seen: set[tuple[str, str]] = set()
    for g in hits:
        if (g.ground, g.status + g.how) in seen:
            continue
        seen.add((g.ground, g.status + g.how))
        w = words(g.ground)
        fmt = {
            "cite_ru": w["ru"],
            "cite_kk": w["kk"],
            "cite_ru_ins": w["ru_ins"],
            "cite_kk_loc": w["kk_loc"],
            "label_ru": label(g.ground, "ru"),
            "label_kk": label(g.ground, "kk"),
            "article": g.article,
            "phrase": g.text,
        }
        inst = instance or ("cassation" if g.article == "485" else "appeal")
        if g.status in ("not_in_law", "repealed"):
            e = data[g.status]
            out.append(
                _finding(
                    f"ground_{g.status}",
                    e["severity"],
                    e["ru"],
                    e["kk"],
                    e[f"cite_{inst}"],
                    "ground_reference",
                    **fmt,
                )
            )
        elif g.status == "wrong_instance":
            e = data[f"wrong_instance_{inst}"]
            # in cassation an appeal ground is an error unless a valid 485 ground is also cited
            severity: Severity = ("warning" if valid else "error") if inst == "cassation" else e["severity"]
            out.append(
                _finding(
                    "ground_wrong_instance", severity, e["ru"], e["kk"], e["cite"], "ground_reference", **fmt
                )
            )
        elif g.status == "not_for_document":
            e = data["not_for_document"]
            only = load("grounds")["law"]["485"]["parts"][int(g.ground.split(".")[1])][
                g.ground.split(".")[2]
            ]["only"][0]
            who = e["who"][only]
            out.append(
                _finding(
                    "ground_not_for_document",
                    e["severity"],
                    e["ru"],
                    e["kk"],
                    e["cite"],
                    "ground_reference",
                    who_ru=who["ru"],
                    who_kk=who["kk"],
                    **fmt,
                )
            )
        elif (
            g.status == "no_item"
            and g.article == "485"
            and inst == "cassation"
            and not any(v.article == "485" for v in valid)
        ):
            e = data["no_item"]
            out.append(
                _finding(
                    "ground_no_item", e["severity"], e["ru"], e["kk"], e["cite"], "ground_reference", **fmt
                )
            )
        elif g.how == "inferred" and not any(v.ground == g.ground for v in valid):
            e = data["inferred"]
            f = _finding("ground_inferred", e["severity"], e["ru"], e["kk"], [], None, **fmt)
            f.citations = [ground_citation(g.ground)]
            out.append(f)
    return out
