"""The extractor against hand-annotated gold citations (tests/data/citations_gold/*.yaml).

Each gold file holds paragraphs of one resolution in one language and, for each, the citations a careful
lawyer lists (the conventions are at the top of every file).  Micro precision and recall are computed
over (span, citation) pairs and over citations alone, per language and document; the table is printed
(``pytest -s``) and every figure must reach :data:`THRESHOLD`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

from kzreview.citations.extract import find_citations

GOLD_DIR = Path(__file__).parent / "data" / "citations_gold"
THRESHOLD = 0.97

Pair = tuple[int, int, str]


@dataclass
class Tally:
    """Micro counts: true positives, predicted, gold; for pairs and for citations."""

    pair_tp: int = 0
    pair_pred: int = 0
    pair_gold: int = 0
    cite_tp: int = 0
    cite_pred: int = 0
    cite_gold: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, gold: Counter[Pair], pred: Counter[Pair], where: str) -> None:
        self.pair_tp += sum((gold & pred).values())
        self.pair_pred += sum(pred.values())
        self.pair_gold += sum(gold.values())
        g = Counter(ref for _, _, ref in gold.elements())
        p = Counter(ref for _, _, ref in pred.elements())
        self.cite_tp += sum((g & p).values())
        self.cite_pred += sum(p.values())
        self.cite_gold += sum(g.values())
        self.misses += [f"{where} missed {x}" for x in (gold - pred).elements()]
        self.misses += [f"{where} extra {x}" for x in (pred - gold).elements()]

    def scores(self) -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else 1.0

        return {
            "pair_P": ratio(self.pair_tp, self.pair_pred),
            "pair_R": ratio(self.pair_tp, self.pair_gold),
            "cite_P": ratio(self.cite_tp, self.cite_pred),
            "cite_R": ratio(self.cite_tp, self.cite_gold),
        }


def load_gold() -> list[dict[str, Any]]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(GOLD_DIR.glob("*.yaml"))]


def gold_pairs(text: str, citations: list[dict[str, Any]], where: str) -> Counter[Pair]:
    """The gold spans located in order: each searched for after the previous one (inside the next
    occurrence of its ``at`` context when it has one, for a word that also occurs earlier)."""
    out: Counter[Pair] = Counter()
    pos = 0
    for cite in citations:
        if "at" in cite:
            pos = text.find(cite["at"], pos)
            assert pos >= 0, f"{where}: context {cite['at']!r} not in the paragraph"
        start = text.find(cite["text"], pos)
        assert start >= 0, f"{where}: gold span {cite['text']!r} not in the paragraph"
        end = start + len(cite["text"])
        out.update((start, end, str(ref)) for ref in cite["refs"])
        pos = end
    return out


def predicted_pairs(text: str, lang: str, doc: str) -> Counter[Pair]:
    return Counter((m.start, m.end, ref.short) for m in find_citations(text, lang, doc=doc) for ref in m.refs)  # type: ignore[arg-type]


def evaluate(files: list[dict[str, Any]]) -> dict[tuple[str, str], Tally]:
    tallies: dict[tuple[str, str], Tally] = {}
    for gold in files:
        tally = tallies.setdefault((gold["lang"], gold["doc"]), Tally())
        for para in gold["paragraphs"]:
            where = f"{gold['doc']} {gold['lang']} п.{para['para']}"
            tally.add(
                gold_pairs(para["text"], para["citations"], where),
                predicted_pairs(para["text"], gold["lang"], gold["doc"]),
                where,
            )
    return tallies


def _table(tallies: dict[tuple[str, str], Tally]) -> str:
    lines = [
        f"{'lang':4} {'document':12} {'gold':>5} {'pair P':>7} {'pair R':>7} {'cite P':>7} {'cite R':>7}"
    ]
    for lang in ("ru", "kk"):
        total = Tally()
        for (lg, doc), t in sorted(tallies.items()):
            if lg != lang:
                continue
            s = t.scores()
            lines.append(
                f"{lang:4} {doc:12} {t.cite_gold:5d} {s['pair_P']:7.3f} {s['pair_R']:7.3f} "
                f"{s['cite_P']:7.3f} {s['cite_R']:7.3f}"
            )
            for name in ("pair_tp", "pair_pred", "pair_gold", "cite_tp", "cite_pred", "cite_gold"):
                setattr(total, name, getattr(total, name) + getattr(t, name))
        s = total.scores()
        lines.append(
            f"{lang:4} {'all':12} {total.cite_gold:5d} {s['pair_P']:7.3f} {s['pair_R']:7.3f} "
            f"{s['cite_P']:7.3f} {s['cite_R']:7.3f}"
        )
    return "\n".join(lines)


@pytest.fixture(scope="module")
def tallies() -> dict[tuple[str, str], Tally]:
    result = evaluate(load_gold())
    print("\n" + _table(result))
    return result


def test_gold_set_is_large_enough() -> None:
    """At least 12/10/10/5/5 paragraphs per language and document, as the gold set was specified."""
    need = {("ru", "P03000013S_"): 12, ("kk", "P03000013S_"): 10, ("ru", "P250000001S"): 10}
    need |= {("ru", "P220000002S"): 5, ("kk", "P220000002S"): 5}
    have = Counter((g["lang"], g["doc"]) for g in load_gold() for _ in g["paragraphs"])
    for key, n in need.items():
        assert have[key] >= n, f"{key}: {have[key]} paragraphs, {n} needed"


def test_precision_and_recall(tallies: dict[tuple[str, str], Tally]) -> None:
    failing = []
    for key, tally in tallies.items():
        for name, value in tally.scores().items():
            if value < THRESHOLD:
                failing.append(f"{key} {name}={value:.3f}")
    details = "\n".join(m for t in tallies.values() for m in t.misses)
    assert not failing, f"below {THRESHOLD}: {failing}\n{details}"
