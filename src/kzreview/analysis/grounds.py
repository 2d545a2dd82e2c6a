"""Grounds of review: the provisions a complaint cites, checked against the law, and the grounds its
arguments describe (innocence → УПК 485.1.1, wrong qualification → 485.1.3, harsh sentence → 485.1.5 …;
in appeal the items of УПК 433).  Item lists and phrase lists are data: ``data/grounds.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kzreview.analysis.data import both, load
from kzreview.citations.model import CitationMatch

Status = str  # ok | not_in_law | repealed | wrong_instance | not_for_document | no_item


@dataclass(frozen=True)
class GroundHit:
    ground: str  # "485.1.3" (also for a provision that does not exist: "485.1.9")
    how: str  # cited | inferred
    status: Status
    text: str
    start: int
    end: int
    worsens: bool = False
    rule: str | None = None  # the inferred rule's id

    @property
    def article(self) -> str:
        return self.ground.split(".")[0]


@cache
def _law() -> dict[str, Any]:
    return load("grounds")


def label(ground: str, lang: str) -> str:
    """The law's words for a ground (``485.1.1`` → «осуждение невиновного»)."""
    art, part, item = [*ground.split("."), "", ""][:3]
    entry = _law()["law"].get(art, {}).get("parts", {}).get(int(part) if part.isdigit() else part, {})
    found = entry.get(item, {}) if isinstance(entry, dict) else {}
    return str(found.get(lang, "")) if isinstance(found, dict) else ""


def exists(ground: str) -> bool:
    art, part, item = [*ground.split("."), "", ""][:3]
    parts = _law()["law"].get(art, {}).get("parts", {})
    return part.isdigit() and int(part) in parts and item in parts[int(part)]


def _only(ground: str) -> list[str] | None:
    art, part, item = ground.split(".")
    entry = _law()["law"][art]["parts"][int(part)][item]
    only = entry.get("only")
    return list(only) if only else None


def _instance_of(article: str) -> str | None:
    if article == "485":
        return "cassation"
    if article == "433" or article in _law()["appeal_articles"]:
        return "appeal"
    return None


def cited_grounds(
    citations: list[CitationMatch], instance: str | None, document: str | None
) -> list[GroundHit]:
    """Each reference to УПК 485, 433 or 434–438, with its status for this instance and document."""
    law = _law()
    repealed = set(law["law"]["485"]["repealed"])
    out: list[GroundHit] = []
    for match in citations:
        for ref in match.refs:
            if ref.act != "УПК" or ref.article is None:
                continue
            art, part, item = ref.article, ref.part, ref.item
            ground: str | None = None
            status = "ok"
            if art == "485":
                if item is None:
                    ground, status = ("485" if part is None else f"485.{part}"), "no_item"
                    if part is not None and f"485.{part}" in repealed:
                        status = "repealed"
                else:
                    ground = f"485.{part or 1}.{item}"
                    if not exists(ground):
                        status = "repealed" if ground in repealed else "not_in_law"
                    elif (only := _only(ground)) and (document or "complaint") not in only:
                        status = "not_for_document"
            elif art == "433":
                if item is None:
                    ground, status = "433", "no_item"
                else:
                    ground = f"433.1.{item}"
                    status = "ok" if exists(ground) else "not_in_law"
            elif art in law["appeal_articles"]:
                spec = law["appeal_articles"][art]
                ground = spec["ground"]
                if item is not None:
                    items = spec["parts"].get(part or 1)
                    if items is None or item not in items:
                        ground, status = f"{art}.{part or 1}.{item}", "not_in_law"
            if ground is None:
                continue
            if status in ("ok", "no_item") and instance and _instance_of(art) != instance:
                status = "wrong_instance"
            out.append(GroundHit(ground, "cited", status, match.text, match.start, match.end))
    return out


def _sentence_of(sentences: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in sentences:
        if a <= pos < b:
            return a, b
    return pos, pos


@cache
def _retro_rx() -> re.Pattern[str] | None:
    return both(_law()["retro_amnesty"])


def retro_amnesty_spans(text: str) -> list[tuple[int, int, str]]:
    """Mentions of an amnesty or of the retroactive effect of a milder law (НП P250000001S п.15)."""
    pattern = _retro_rx()
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)] if pattern else []


def inferred_grounds(
    text: str,
    sentences: list[tuple[int, int]],
    instance: str | None,
    skip: list[tuple[int, int]],
) -> list[GroundHit]:
    """Grounds the arguments describe, each with the phrase that shows it (outside ``skip`` spans)."""
    rules: list[dict[str, Any]] = _law()["inferred"]
    qualification = next(both(r) for r in rules if r["id"] == "qualification")
    retro = _retro_rx()
    out: list[GroundHit] = []
    for rule in rules:
        targets = [instance] if instance else ["cassation", "appeal"]
        strong = both(rule)
        weak = both(rule["weak"]) if "weak" in rule else None
        not_with = both(rule["not_with"]) if "not_with" in rule else None
        requires = both(rule["requires"]) if "requires" in rule else None
        for pattern, is_weak in ((strong, False), (weak, True)):
            if pattern is None:
                continue
            for m in pattern.finditer(text):
                if any(a <= m.start() < b for a, b in skip):
                    continue
                s_start, s_end = _sentence_of(sentences, m.start())
                sentence = text[s_start:s_end]
                if retro and retro.search(sentence):
                    continue
                if not_with and not_with.search(sentence):
                    continue
                if requires and not requires.search(sentence):
                    continue
                if is_weak and qualification and qualification.search(sentence):
                    continue
                for inst in targets:
                    ground = rule.get(inst)
                    if ground:
                        out.append(
                            GroundHit(
                                ground,
                                "inferred",
                                "ok",
                                m.group(0),
                                m.start(),
                                m.end(),
                                bool(rule.get("worsens")),
                                rule["id"],
                            )
                        )
    return sorted(out, key=lambda g: g.start)
