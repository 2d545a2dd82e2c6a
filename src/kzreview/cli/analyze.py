"""``kzreview analyze FILE``: what a complaint contains, what it lacks and what is wrong with it.

A thin layer over :func:`kzreview.intake.read_document` and :func:`kzreview.analysis.analyze`; the lead
wires it into the app with :func:`register`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from kzreview.analysis import ELEMENT_KEYS, Analysis, analyze
from kzreview.analysis.data import label
from kzreview.analysis.model import DEFECT_KEYS
from kzreview.cli.app import handles_errors
from kzreview.cli.output import console, print_json
from kzreview.errors import InvalidValue
from kzreview.intake import read_document

LANGS = ("ru", "kk")
_STYLE = {"error": "red", "warning": "yellow", "info": "cyan"}


def _status(key: str, present: bool, lang: str) -> str:
    good = not present if key in DEFECT_KEYS else present
    word = label("present" if present else "absent", lang)
    return f"[green]✓ {word}[/]" if good else f"[red]✗ {word}[/]"


def render(result: Analysis, lang: str) -> None:
    """The analysis for a clerk: a header, the elements table, grounds, findings, what to confirm."""
    inst = label(result.instance, lang) if result.instance else label("none", lang)
    doc = label(result.document, lang) if result.document else label("none", lang)
    language = label(result.language, lang) + (f" ({label('mixed', lang)})" if result.mixed else "")
    console.print(
        f"[bold]{label('instance', lang)}:[/] {inst}   [bold]{label('document', lang)}:[/] {doc}   "
        f"[bold]{label('language', lang)}:[/] {language}"
    )
    table = Table(show_lines=False)
    table.add_column(label("element", lang))
    table.add_column("")
    table.add_column(label("evidence_col", lang), overflow="fold")
    for key in ELEMENT_KEYS:
        el = result.elements[key]
        table.add_row(escape(label(key, lang)), _status(key, el.present, lang), escape(el.evidence or ""))
    console.print(table)
    if result.grounds:
        console.print(f"[bold]{label('grounds', lang)}:[/] " + ", ".join(f"УПК {g}" for g in result.grounds))
    if result.findings:
        console.print(f"[bold]{label('findings', lang)}:[/]")
        for f in result.findings:
            text = f.text_kk if lang == "kk" else f.text_ru
            cites = "; ".join(c.short for c in f.citations)
            style = _STYLE[f.severity]
            console.print(
                f"  [{style}]{escape(label(f.severity, lang))}[/] {escape(text)}"
                + (f" [dim]({escape(cites)})[/]" if cites else "")
            )
    confirm = result.suggested_triage.get("to_confirm") or []
    if confirm:
        console.print(f"[bold]{label('to_confirm', lang)}:[/]")
        for item in confirm:
            console.print(f"  • {escape(item['text_kk'] if lang == 'kk' else item['text_ru'])}")
    outcome = result.suggested_triage.get("outcome")
    if isinstance(outcome, dict) and outcome.get("outcome"):
        console.print(f"[bold]{label('outcome', lang)}:[/] {escape(str(outcome['outcome']))}")


def register(app: typer.Typer) -> None:
    """Add ``kzreview analyze`` to ``app``."""

    @app.command("analyze")
    @handles_errors
    def analyze_command(
        file: Annotated[
            str,
            typer.Argument(
                help="The complaint: .txt, .docx, .pdf, or a scan (.png, .jpg, .tif); - reads stdin as text."
            ),
        ],
        as_json: Annotated[
            bool, typer.Option("--json", help="Print one JSON document (CONTRACT.md §5).")
        ] = False,
        lang: Annotated[
            str, typer.Option("--lang", help="Language of labels and findings: ru or kk.")
        ] = "ru",
    ) -> None:
        """What a complaint contains, what it lacks and what is wrong with it (УПК 423, 488; НП № 1 от 29.05.2025).

        Example: kzreview analyze complaint.docx --lang kk
        """
        if lang not in LANGS:
            raise InvalidValue("--lang", lang, LANGS)
        if file == "-":
            doc = read_document(sys.stdin.buffer.read(), "stdin.txt")
        else:
            doc = read_document(Path(file))
        result = analyze(doc)
        if as_json:
            print_json(result.model_dump(mode="json"))
        else:
            render(result, lang)
