"""The ``kzreview`` command: Typer app, error handling (exit 2 for bad input, 1 for internal errors)."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Annotated, ParamSpec, TypeVar

import typer

from kzreview import __version__
from kzreview.errors import KzReviewError

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    name="kzreview",
    help="Appeal and cassation review of criminal cases in Kazakhstan as executable, cited law.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)

DbOption = Annotated[
    str | None,
    typer.Option("--db", envvar="KZREVIEW_DB", help="Database URL (sqlite:///PATH or postgresql://...)."),
]


def fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"kzreview: {message}", err=True)
    return typer.Exit(code)


def handles_errors(fn: Callable[P, R]) -> Callable[P, R]:
    """Turn a :class:`KzReviewError` into its message and exit 2, anything else into exit 1 — never a traceback."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return fn(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except KzReviewError as err:
            raise fail(err.message, 2) from None
        except KeyboardInterrupt:
            raise fail("interrupted", 130) from None
        except Exception as err:  # the last line of defence: report, do not dump a traceback
            raise fail(f"internal error: {type(err).__name__}: {err}", 1) from None

    return wrapper


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"kzreview {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: Annotated[
        bool, typer.Option("--version", callback=version_callback, is_eager=True, help="Print the version.")
    ] = False,
) -> None:
    """kzreview: the law of appeal and cassation of criminal cases in Kazakhstan, cited and dated."""


@app.command()
@handles_errors
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.", min=1, max=65535)] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the web pages and the HTTP API (GET /healthz, /openapi.json, /api/v1/...).

    Example: kzreview serve --port 8000
    """
    import uvicorn

    from kzreview.api.app import create_app
    from kzreview.library import Library

    application = create_app(Library.open(db))
    uvicorn.run(application, host=host, port=port, log_level="info")


def _register() -> None:
    from kzreview.cli import analyze, coverage, law, rules, triage

    coverage.register_coverage(law.app)
    app.add_typer(law.app, name="law")
    triage.register(app)
    rules.register(app)
    analyze.register(app)


_register()


def main() -> None:
    """Console entry point."""
    try:
        app()
    except SystemExit:
        raise
    except Exception as err:  # pragma: no cover - handles_errors catches command errors first
        typer.echo(f"kzreview: internal error: {type(err).__name__}: {err}", err=True)
        sys.exit(1)
