"""Every provision a rule cites exists in the stored law, and is not repealed (STYLE.md: typed, checked references)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kzreview.citations.model import Citation
from kzreview.corpus.model import CodeText
from kzreview.corpus.registry import load_bundled
from kzreview.rules import bundled_model

pytestmark = pytest.mark.sharedlaw

#: Articles whose section of the Code is not among ../shared/law, with where their text was checked.
NOT_STORED: dict[tuple[str, str], str] = {
    (
        "УПК",
        "52",
    ): "section 2 (arts 51–63) is not stored; ч.3 ст.52 read at kazakhstan-law/codes@006d21b1, rus/sec002.md",
    (
        "УПК",
        "67",
    ): "chapter 9 (arts 64–77) is not stored; ч.1 ст.67 read at kazakhstan-law/codes@006d21b1, rus/sec002-ch009.md",
}


@pytest.fixture(scope="module")
def codes(shared_law: Path) -> dict[str, CodeText]:
    from kzreview.corpus.adilet_md import import_tree

    result = import_tree(shared_law)
    return {c.act: c for c in result.codes if c.lang == "ru"}


def _all_citations() -> list[tuple[str, Citation]]:
    out: list[tuple[str, Citation]] = []
    model = bundled_model("cassation")
    for r in model.rules:
        for c in (r.provision, *r.citations):
            out.append((r.id, c))
    for o in model.outcomes:
        out.extend((f"outcome {o.id}", c) for c in o.citations)
    return out


def _check_code(code: CodeText, c: Citation) -> str | None:
    assert c.article is not None
    art = code.article(c.article)
    if art is None:
        return f"{c.short}: no article {c.article} in the stored {c.act}"
    if art.repealed:
        return f"{c.short}: article {c.article} is repealed"
    if c.part is None and c.item is None:
        return None
    if c.part is None:
        pool = art.parts
    else:
        part = art.part(c.part)
        if part is None:
            return (
                f"{c.short}: article {c.article} has no part {c.part} (parts: {[p.num for p in art.parts]})"
            )
        if part.repealed:
            return f"{c.short}: part {c.part} is repealed"
        pool = [part]
    if c.item is not None:
        item = next((i for p in pool for i in p.items if i.num == c.item), None)
        if item is None:
            return f"{c.short}: no item {c.item}"
        if item.repealed:
            return f"{c.short}: item {c.item} is repealed"
    return None


def test_every_cited_provision_exists(codes: dict[str, CodeText]) -> None:
    problems: list[str] = []
    paras = {p.num for p in load_bundled("P250000001S")["ru"].paragraphs}
    for rule_id, c in _all_citations():
        if c.act == "НП":
            if c.doc != "P250000001S" or c.para not in paras:
                problems.append(f"{rule_id}: {c.short} is not a paragraph of the stored resolution")
            continue
        assert c.article is not None
        if (c.act, c.article) in NOT_STORED:
            assert codes[c.act].article(c.article) is None, (
                f"{c.short} is stored now: drop it from NOT_STORED"
            )
            continue
        problem = _check_code(codes[c.act], c)
        if problem:
            problems.append(f"{rule_id}: {problem}")
    assert not problems, "\n".join(problems)


def test_resolution_has_paragraphs_1_to_18() -> None:
    nums = [p.num for p in load_bundled("P250000001S")["ru"].paragraphs if p.num.isdigit()]
    assert sorted(nums, key=int) == [str(n) for n in range(1, 19)]


def test_a_repealed_item_would_be_caught(codes: dict[str, CodeText]) -> None:
    assert _check_code(codes["УПК"], Citation(act="УПК", article="489", part=1, item="6")) is not None
    assert _check_code(codes["УПК"], Citation(act="УПК", article="485", part=2, item="3")) is not None
    assert _check_code(codes["УПК"], Citation(act="УПК", article="489", part=1, item="5")) is None
