"""How much of a resolution the rules implement: per numbered paragraph, the rules and scenarios behind it.

A paragraph is ``implemented`` when a rule cites it (or encodes it); otherwise the model file must say
why not (``explanation_only``, ``model``) — a paragraph that is neither is ``missing``, which a test
forbids.  Scenarios are the lawyer-readable YAML files under ``tests/scenarios``: those whose ``law``
or expected citations name the paragraph.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import yaml

from kzreview.rules.cites import RESOLUTION_PARAS, parse_cite
from kzreview.rules.loader import bundled_model

Status = Literal["implemented", "explanation_only", "model", "missing"]


@dataclass(frozen=True)
class ParaCoverage:
    doc: str
    para: str
    status: Status
    rules: list[str] = field(default_factory=list)
    scenarios: list[str] = field(default_factory=list)
    reason_ru: str = ""
    reason_kk: str = ""
    reason_en: str = ""


def default_scenarios_dir() -> Path | None:
    """``$KZREVIEW_SCENARIOS``, else ``tests/scenarios`` of a source checkout, else ``None``."""
    env = os.environ.get("KZREVIEW_SCENARIOS")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        candidate = parent / "tests" / "scenarios"
        if candidate.is_dir():
            return candidate
    return None


def _scenario_paras(folder: Path | None, doc: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    if folder is None or not folder.is_dir():
        return out
    for path in sorted(folder.rglob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            continue
        if not isinstance(data, dict):
            continue
        refs = list(data.get("law") or []) + list((data.get("expected") or {}).get("citations") or [])
        name = f"{path.parent.name}/{path.stem}"
        for ref in refs:
            try:
                c = parse_cite(str(ref))
            except ValueError:
                continue
            if c.act == "НП" and c.doc == doc and c.para is not None:
                names = out.setdefault(c.para, [])
                if name not in names:
                    names.append(name)
    return out


def coverage(
    doc: str = "P250000001S", *, scenarios_dir: Path | None = None, instance: str = "cassation"
) -> list[ParaCoverage]:
    """One :class:`ParaCoverage` per numbered paragraph of ``doc``, in order."""
    if doc not in RESOLUTION_PARAS:
        from kzreview.errors import NotFound

        raise NotFound("resolution", doc, list(RESOLUTION_PARAS))
    model = bundled_model(instance)
    scen = _scenario_paras(scenarios_dir if scenarios_dir is not None else default_scenarios_dir(), doc)
    notes = model.coverage.get(doc, {})
    out: list[ParaCoverage] = []
    for para in sorted(RESOLUTION_PARAS[doc], key=int):
        rules: list[str] = []
        for r in model.rules:
            cites = (r.provision, *r.citations)
            if any(c.act == "НП" and c.doc == doc and c.para == para for c in cites) and r.id not in rules:
                rules.append(r.id)
        note = notes.get(para, {})
        status: Status
        if rules:
            status = "implemented"
        elif note.get("status") in ("explanation_only", "model"):
            status = note["status"]  # type: ignore[assignment]
        else:
            status = "missing"
        out.append(
            ParaCoverage(
                doc=doc,
                para=para,
                status=status,
                rules=rules,
                scenarios=scen.get(para, []),
                reason_ru=note.get("reason_ru", ""),
                reason_kk=note.get("reason_kk", ""),
                reason_en=note.get("reason_en", ""),
            )
        )
    return out
