"""``kzreview triage FILE``: the decision on a cassation complaint, protest or submission (CONTRACT.md §3).

A thin layer: read JSON or YAML (``-`` is standard input) → :func:`kzreview.domain.load_filing_text` →
:func:`kzreview.rules.triage` → JSON or Rich.  ``--explain`` adds the chain of rules and, where the code
text was imported (``kzreview law import``), the text of every cited provision.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from kzreview.citations.model import Citation
from kzreview.cli.app import handles_errors
from kzreview.cli.output import console, print_json
from kzreview.cli.triage_render import TextOf, render
from kzreview.domain import load_filing_text
from kzreview.errors import InvalidValue, MalformedSource
from kzreview.rules import triage as run_triage

LANGS = ("ru", "kk")


def read_input(file: str) -> tuple[str, str]:
    """The text of ``file`` (``-``: standard input) and its name for messages."""
    if file == "-":
        return sys.stdin.read(), "<stdin>"
    path = Path(file)
    try:
        return path.read_text(encoding="utf-8"), str(path)
    except FileNotFoundError:
        raise MalformedSource(str(path), "no such file") from None
    except UnicodeDecodeError:
        raise MalformedSource(str(path), "not UTF-8 text") from None
    except OSError as err:
        raise MalformedSource(str(path), err.strerror or str(err)) from None


def provision_texts(lang: str) -> TextOf | None:
    """A function giving the stored text of a citation, or ``None`` if the library cannot be opened."""
    try:
        from kzreview.library import Library

        lib = Library.open()
    except Exception:
        return None

    def one(c: Citation, in_lang: str) -> str | None:
        try:
            found = lib.resolve_citation(c, in_lang)  # type: ignore[arg-type]
        except Exception:  # the texts are an optional extra: a library error must not hide the answer
            return None
        if found is None:
            return None
        abzacs = getattr(found, "abzacs", None)
        if isinstance(abzacs, list) and abzacs:
            return " ".join(str(a) for a in abzacs)
        return str(getattr(found, "text", "")) or None

    def text_of(c: Citation) -> str | None:
        text = one(c, lang)
        if text is None and lang != "ru":
            ru = one(c, "ru")  # e.g. P250000001S exists only in Russian
            return f"(ru) {ru}" if ru else None
        return text

    return text_of


def triage_command(
    file: Annotated[
        str, typer.Argument(help="JSON or YAML file with the filing (CONTRACT.md §3); - reads stdin.")
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON document.")] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Show the rules that fired and the cited texts.")
    ] = False,
    lang: Annotated[str, typer.Option("--lang", help="Language of the output: ru or kk.")] = "ru",
) -> None:
    """Decide what the cassation court does with a filing: accept, return (by letter or ruling), leave.

    Example: kzreview triage complaint.yaml --explain --lang kk
    """
    if lang not in LANGS:
        raise InvalidValue("--lang", lang, LANGS)
    text, source = read_input(file)
    result = run_triage(load_filing_text(text, source))
    if as_json:
        data = result.model_dump(mode="json")
        if not explain:
            data.pop("trace", None)
        print_json(data)
        return
    render(result, console, lang, explain=explain, text_of=provision_texts(lang) if explain else None)


def register(app: typer.Typer) -> None:
    """Add ``triage`` to ``app``."""
    app.command("triage")(handles_errors(triage_command))
