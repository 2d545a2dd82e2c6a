"""``kzreview law coverage DOC [--json]``: which rules and scenarios implement each paragraph of a resolution."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer
from rich.table import Table

from kzreview.cli.app import handles_errors
from kzreview.cli.output import console, print_json
from kzreview.rules import coverage as para_coverage


def coverage_command(
    doc: Annotated[
        str, typer.Argument(help="adilet code of the resolution, e.g. P250000001S")
    ] = "P250000001S",
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
) -> None:
    """Per paragraph: implemented by rules (and checked by scenarios), or explanation only — and why.

    Example: kzreview law coverage P250000001S
    """
    rows = para_coverage(doc)
    if as_json:
        print_json([asdict(r) for r in rows])
        return
    table = Table(title=f"{doc}: coverage", show_lines=True, expand=True)
    table.add_column("п.", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("rules", no_wrap=True)
    table.add_column("scenarios", no_wrap=True)
    table.add_column("reason", ratio=1)
    for r in rows:
        table.add_row(r.para, r.status, "\n".join(r.rules), str(len(r.scenarios)), r.reason_ru)
    console.print(table)


def register_coverage(law_app: typer.Typer) -> None:
    """Add ``coverage`` to the ``law`` sub-app."""
    law_app.command("coverage")(handles_errors(coverage_command))
