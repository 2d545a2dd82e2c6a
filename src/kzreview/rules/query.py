"""Questions about the rules themselves: which rules cite art. 489, which are in force on a date."""

from __future__ import annotations

from datetime import date

from kzreview.citations.model import Citation
from kzreview.rules.loader import bundled_model
from kzreview.rules.model import Rule


def all_rules(instance: str = "cassation", on: date | None = None) -> list[Rule]:
    """Every rule (every version) of ``instance``, or only those in force on ``on``."""
    rules = bundled_model(instance).rules
    return [r for r in rules if on is None or r.valid_on(on)]


def _matches(c: Citation, act: str, article: str, part: int | None) -> bool:
    return c.act == act and c.article == article and (part is None or c.part == part)


def rules_citing(
    article: str,
    part: int | None = None,
    *,
    act: str = "УПК",
    instance: str = "cassation",
    on: date | None = None,
) -> list[Rule]:
    """Rules whose citations or encoded provision point to ``act`` ``article`` (and ``part``).

    >>> sorted({r.id for r in rules_citing("489", 3)})[:2]
    ['489.1.4-withdrawn', '489.3-letter']
    """
    article = str(article)
    out: list[Rule] = []
    for r in all_rules(instance, on):
        if _matches(r.provision, act, article, part) or any(
            _matches(c, act, article, part) for c in r.citations
        ):
            out.append(r)
    return out
