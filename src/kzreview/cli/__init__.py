"""Command-line interface: a thin Typer layer over :mod:`kzreview.library` and the stages below it."""

from kzreview.cli.app import main

__all__ = ["main"]
