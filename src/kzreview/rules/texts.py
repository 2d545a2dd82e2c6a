"""Filling the explanation templates of the rules: the values a template may name, in both languages.

The set of names is :data:`kzreview.rules.loader.PLACEHOLDERS` (checked at load); values are built
once per filing, only when some fired rule has a template.
"""

from __future__ import annotations

from datetime import date

from kzreview.domain.labels import CATEGORY, DOCUMENT, ROLE
from kzreview.rules.facts import Facts


def fmt(d: date | None) -> str:
    """``DD.MM.YYYY``; ``?`` when the date is not known."""
    return f"{d.day:02d}.{d.month:02d}.{d.year}" if d is not None else "?"


_FIELD_RU = {
    "filed_on": "сдачи",
    "received_on": "поступления",
    "first_filing_received_on": "поступления первоначальной жалобы (протеста)",
}


class Values(dict[str, str]):
    """The placeholder values of one filing, each computed on first use (``str.format_map`` asks for it)."""

    def __init__(self, facts: Facts) -> None:
        super().__init__()
        self.facts = facts

    def __missing__(self, key: str) -> str:
        value = _compute(self.facts, key)
        self[key] = value
        return value


def _compute(facts: Facts, key: str) -> str:
    f = facts.filing
    if key in ("role_ru", "role_kk"):
        role = f.filer.role
        return "—" if role is None else ROLE[role][key == "role_kk"]
    if key in ("document_ru", "document_kk"):
        return DOCUMENT[f.document][key == "document_kk"]
    if key in ("category_ru", "category_kk"):
        cat = facts.category
        return "—" if cat is None else CATEGORY[cat][key == "category_kk"]
    if key == "in_force_on":
        return fmt(f.act.in_force_on)
    if key == "limit_due":
        return fmt(facts.limit.due) if facts.limit is not None else "?"
    if key == "filed":
        return fmt(facts.filed)
    if key == "received":
        return fmt(facts.received)
    if key == "received_field":
        return _FIELD_RU.get(facts.received_field, facts.received_field)
    if key == "grounds":
        return ", ".join(f.request.grounds or [])
    if key == "due":
        return "?"
    raise KeyError(key)


def values(facts: Facts) -> Values:
    """The placeholder values for ``facts`` (memoised on the facts)."""
    v = facts.values
    if v is None:
        v = facts.values = Values(facts)
    return v


def render(template: str, facts: Facts) -> str:
    """``template`` with its placeholders filled."""
    return template.format_map(values(facts))
