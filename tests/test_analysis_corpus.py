"""Score the analyzer on the hand-annotated complaint corpus (tests/data/complaints/).

Each ``<id>.yaml`` was written by reading the complaint, not by running the analyzer.  For every contents
element the table gives precision and recall of "present" and of "absent" (a clerk cares most about the
absent ones: they are the defects); ``-s`` prints it.  Every element must reach 0.9 on both where the
corpus has examples of the class.  Grounds and improper-language spans are scored the same way.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from kzreview.analysis import ELEMENT_KEYS, Analysis, analyze
from kzreview.intake import read_document

CORPUS = Path(__file__).parent / "data" / "complaints"
THRESHOLD = 0.9
HAS_OCR = shutil.which("tesseract") is not None


def annotations() -> list[dict[str, Any]]:
    out = []
    for path in sorted(CORPUS.glob("*.yaml")):
        ann = yaml.safe_load(path.read_text(encoding="utf-8"))
        ann["id"] = path.stem
        out.append(ann)
    return out


def _needs_ocr(ann: dict[str, Any]) -> bool:
    return str(ann["format"]).endswith("scan")


@cache
def analysed() -> tuple[tuple[dict[str, Any], Analysis], ...]:
    out = []
    for ann in annotations():
        if _needs_ocr(ann) and not HAS_OCR:
            continue
        out.append((ann, analyze(read_document(CORPUS / ann["file"]))))
    return tuple(out)


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, expected: bool, got: bool, who: str) -> None:
        if expected and got:
            self.tp += 1
        elif expected:
            self.fn += 1
            self.misses.append(f"{who}(missed)")
        elif got:
            self.fp += 1
            self.misses.append(f"{who}(false)")
        else:
            self.tn += 1

    @staticmethod
    def ratio(a: int, b: int) -> float | None:
        return a / b if b else None

    def present_pr(self) -> tuple[float | None, float | None]:
        return self.ratio(self.tp, self.tp + self.fp), self.ratio(self.tp, self.tp + self.fn)

    def absent_pr(self) -> tuple[float | None, float | None]:
        return self.ratio(self.tn, self.tn + self.fn), self.ratio(self.tn, self.tn + self.fp)


def element_scores() -> dict[str, Score]:
    scores = {key: Score() for key in ELEMENT_KEYS}
    for ann, result in analysed():
        for key in ELEMENT_KEYS:
            scores[key].add(bool(ann["elements"][key]), result.elements[key].present, ann["id"])
    return scores


def _fmt(x: float | None) -> str:
    return "  –  " if x is None else f"{x:5.2f}"


def table(scores: dict[str, Score]) -> str:
    head = f"{'element':<30} {'n+':>3} {'n-':>3}  {'P(+)':>5} {'R(+)':>5}  {'P(-)':>5} {'R(-)':>5}"
    rows = [head, "-" * len(head)]
    for key, s in scores.items():
        pp, pr = s.present_pr()
        ap, ar = s.absent_pr()
        rows.append(
            f"{key:<30} {s.tp + s.fn:>3} {s.tn + s.fp:>3}  {_fmt(pp)} {_fmt(pr)}  {_fmt(ap)} {_fmt(ar)}"
            + (f"   {' '.join(s.misses)}" if s.misses else "")
        )
    return "\n".join(rows)


def test_corpus_is_big_enough_and_varied() -> None:
    anns = annotations()
    langs = [a["language"] for a in anns]
    assert len(anns) >= 30 and langs.count("ru") >= 20 and langs.count("kk") >= 8
    formats = {a["format"] for a in anns}
    assert {"txt", "docx", "pdf", "pdf-scan", "png-scan"} <= formats
    assert {a["instance"] for a in anns} == {"appeal", "cassation"}
    for ann in anns:
        assert (CORPUS / ann["file"]).is_file(), ann["file"]
        assert set(ann["elements"]) == set(ELEMENT_KEYS), ann["id"]


def test_element_precision_and_recall(capsys: pytest.CaptureFixture[str]) -> None:
    scores = element_scores()
    with capsys.disabled():
        print(
            f"\n\nPer-element scores over {len(analysed())} complaints "
            "(+ = element present, - = absent; P precision, R recall):\n" + table(scores)
        )
    weak = []
    for key, s in scores.items():
        for name, value in zip(
            ("P(+)", "R(+)", "P(-)", "R(-)"), (*s.present_pr(), *s.absent_pr()), strict=True
        ):
            if value is not None and value < THRESHOLD:
                weak.append(f"{key} {name}={value:.2f}")
    assert not weak, "below 0.9: " + ", ".join(weak)


def _set_pr(pairs: Iterator[tuple[set[str], set[str]]]) -> tuple[float, float]:
    tp = fp = fn = 0
    for expected, got in pairs:
        tp += len(expected & got)
        fp += len(got - expected)
        fn += len(expected - got)
    return (tp / (tp + fp) if tp + fp else 1.0), (tp / (tp + fn) if tp + fn else 1.0)


def test_grounds(capsys: pytest.CaptureFixture[str]) -> None:
    rows = [(set(ann["grounds"]), set(res.grounds), ann["id"]) for ann, res in analysed()]
    precision, recall = _set_pr((e, g) for e, g, _ in rows)
    with capsys.disabled():
        print(f"\ngrounds: precision {precision:.2f}, recall {recall:.2f}")
        for e, g, who in rows:
            if e != g:
                print(f"  {who}: expected {sorted(e)}, got {sorted(g)}")
    assert precision >= THRESHOLD and recall >= THRESHOLD


def test_improper_spans(capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        ({w.lower() for w in ann["improper"]}, {s.text.lower() for s in res.improper_language})
        for ann, res in analysed()
    ]
    precision, recall = _set_pr(iter(rows))
    with capsys.disabled():
        print(f"improper spans: precision {precision:.2f}, recall {recall:.2f}")
    assert precision >= THRESHOLD and recall >= THRESHOLD


def test_language_instance_document_role() -> None:
    wrong = []
    for ann, res in analysed():
        role = res.suggested_triage.get("filer", {}).get("role")
        for what, expected, got in (
            ("language", ann["language"], res.language),
            ("mixed", ann["mixed"], res.mixed),
            ("instance", ann["instance"], res.instance),
            ("document", ann["document"], res.document),
            ("role", ann["filer_role"], role),
            (
                "only_retroactivity_or_amnesty",
                ann["only_retroactivity_or_amnesty"],
                res.only_retroactivity_or_amnesty,
            ),
        ):
            if expected != got:
                wrong.append(f"{ann['id']}: {what} expected {expected!r}, got {got!r}")
    assert not wrong, "\n".join(wrong)


def test_every_defect_has_a_cited_finding() -> None:
    for ann, res in analysed():
        codes = {f.code for f in res.findings}
        for key in ("improper_language", "irrelevant_matter", "addressed_to_other_body"):
            if res.elements[key].present:
                assert key in codes, (ann["id"], key)
        for f in res.findings:
            if f.severity == "error":
                assert f.citations, (ann["id"], f.code)
            assert f.text_ru and f.text_kk
