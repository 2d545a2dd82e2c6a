"""``kzreview rules list [--cites 489[.3]] [--on DATE] [--json]``: the rules of cassation as data."""

from __future__ import annotations

import re
from typing import Annotated, Any

import typer
from rich.table import Table

from kzreview.cli.app import handles_errors
from kzreview.cli.output import console, print_json
from kzreview.errors import InvalidValue
from kzreview.library.law import parse_day
from kzreview.rules import Rule, all_rules, rules_citing


def rule_dict(r: Rule) -> dict[str, Any]:
    return {
        "id": r.id,
        "provision": r.provision.model_dump(),
        "title_ru": r.title_ru,
        "title_kk": r.title_kk,
        "group": r.group,
        "question": r.question,
        "conclusion": r.conclusion,
        "exception_to": list(r.exception_to),
        "when": [b.label for b in r.when],
        "effect": {"reason": r.effect.reason, "return_item": r.effect.return_item},
        "citations": [c.model_dump() for c in r.citations],
        "valid_from": r.valid_from.isoformat(),
        "valid_to": r.valid_to.isoformat() if r.valid_to else None,
        "source": r.source,
        "reading": r.reading or None,
    }


_CITES = re.compile(r"^(\d+(?:-\d+)?)(?:\.(\d+))?$")


def _parse_cites(value: str) -> tuple[str, int | None]:
    m = _CITES.match(value)
    if m is None:
        raise InvalidValue("--cites", value, "an article, or article.part: 489, 489.3, 406-1")
    return m[1], int(m[2]) if m[2] else None


def list_command(
    cites: Annotated[
        str | None, typer.Option("--cites", help="Only rules citing УПК ARTICLE[.PART].")
    ] = None,
    on: Annotated[
        str | None, typer.Option("--on", help="Only rules in force on this date (YYYY-MM-DD).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
) -> None:
    """List the rules (id, provision, validity, citations).

    Example: kzreview rules list --cites 489 --json
    """
    day = parse_day(on, "--on")
    if cites is not None:
        article, part = _parse_cites(cites)
        rules = rules_citing(article, part, on=day)
    else:
        rules = all_rules(on=day)
    if as_json:
        print_json([rule_dict(r) for r in rules])
        return
    table = Table(expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("provision", no_wrap=True)
    table.add_column("valid", no_wrap=True)
    table.add_column("title", ratio=3)
    table.add_column("citations", ratio=2)
    for r in rules:
        valid = f"{r.valid_from.isoformat()}…{r.valid_to.isoformat() if r.valid_to else ''}"
        table.add_row(r.id, r.provision.short, valid, r.title_ru, "; ".join(c.short for c in r.citations))
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add the ``rules`` sub-command group (``rules list``) to ``app``."""
    sub = typer.Typer(name="rules", help="The rules of the law as data.", no_args_is_help=True)
    sub.command("list")(handles_errors(list_command))
    app.add_typer(sub, name="rules")
