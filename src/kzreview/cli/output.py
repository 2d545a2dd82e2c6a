"""Printing: one JSON document for ``--json``, Rich for people (labels in Russian or Kazakh)."""

from __future__ import annotations

import json
import sys
from datetime import date
from typing import Any

from pydantic import BaseModel
from rich.console import Console

console = Console(highlight=False, soft_wrap=True)


def _default(obj: object) -> object:
    if isinstance(obj, BaseModel):
        return obj.model_dump(mode="json")
    if isinstance(obj, date):
        return obj.isoformat()
    raise TypeError(f"not JSON serialisable: {type(obj).__name__}")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_default))
    sys.stdout.write("\n")


def read_text_arg(text: str) -> str:
    """``-`` reads standard input."""
    return sys.stdin.read() if text == "-" else text
