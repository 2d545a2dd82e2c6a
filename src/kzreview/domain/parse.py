"""Reading a filing: JSON or YAML text → mapping → :class:`Filing`, with messages a clerk can act on.

Pydantic's errors are rewritten as ``field: value is not allowed; allowed: …`` (or ``unknown field``,
``missing``); then :func:`kzreview.domain.consistency.check` rejects facts that contradict each other.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Mapping
from datetime import date
from enum import Enum
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from kzreview.domain.consistency import check
from kzreview.domain.errors import InvalidFiling, Problem
from kzreview.domain.filing import DATE_ALLOWED, GROUND_ALLOWED, Filing
from kzreview.errors import MalformedSource


def _unwrap(annotation: Any) -> Any:
    """``X | None`` → ``X``; ``Annotated[X, ...]`` → ``X``."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(args) == 1:
                annotation = args[0]
                continue
        return annotation


def _field_annotation(loc: tuple[int | str, ...]) -> tuple[type[BaseModel] | None, Any]:
    """The model holding the last element of ``loc`` and that element's annotation (``None`` if unknown)."""
    model: type[BaseModel] | None = Filing
    annotation: Any = Filing
    parent: type[BaseModel] | None = None
    for part in loc:
        if isinstance(part, int):
            inner = _unwrap(annotation)
            args = typing.get_args(inner)
            annotation = args[0] if args else Any
            continue
        model = _unwrap(annotation)
        if not (isinstance(model, type) and issubclass(model, BaseModel)):
            return parent, None
        parent = model
        info = model.model_fields.get(part)
        if info is None:
            return parent, None
        annotation = info.annotation
    return parent, annotation


def _allowed(annotation: Any) -> str:
    ann = _unwrap(annotation)
    if isinstance(ann, type) and issubclass(ann, Enum):
        return ", ".join(str(m.value) for m in ann)
    if ann is date:
        return DATE_ALLOWED
    if ann is bool:
        return "true, false"
    if isinstance(ann, type) and issubclass(ann, BaseModel):
        return "an object with the fields " + ", ".join(ann.model_fields)
    if typing.get_origin(ann) is list:
        return "a list of " + GROUND_ALLOWED.removeprefix("a ")
    if ann is str:
        return GROUND_ALLOWED
    return "see CONTRACT.md §3"


def _dotted(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _problems(err: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    for e in err.errors(include_url=False):
        loc = tuple(e["loc"])
        field = _dotted(loc)
        value = e.get("input")
        parent, annotation = _field_annotation(loc)
        if e["type"] == "extra_forbidden":
            allowed = ", ".join(parent.model_fields) if parent is not None else "see CONTRACT.md §3"
            problems.append(Problem(field, value, f"{field}: unknown field; allowed: {allowed}", allowed))
        elif e["type"] == "missing":
            allowed = _allowed(annotation)
            problems.append(Problem(field, None, f"{field}: missing; allowed: {allowed}", allowed))
        else:
            problems.append(Problem.not_allowed(field, value, _allowed(annotation)))
    return problems


def parse_filing(data: Any) -> Filing:
    """Validate a mapping as a :class:`Filing` and check that its facts agree with each other."""
    if not isinstance(data, Mapping):
        raise InvalidFiling([Problem.not_allowed("filing", data, "an object (mapping) of the fields of §3")])
    try:
        filing = Filing.model_validate(dict(data))
    except ValidationError as err:
        raise InvalidFiling(_problems(err)) from None
    check(filing)
    return filing


def load_filing_text(text: str, source: str = "<input>") -> Filing:
    """Parse JSON or YAML ``text`` (read from ``source``) into a checked :class:`Filing`."""
    stripped = text.lstrip()
    if not stripped:
        raise MalformedSource(source, "empty input: expected a JSON or YAML object")
    try:
        data = json.loads(text) if stripped.startswith("{") else yaml.safe_load(text)
    except json.JSONDecodeError as err:
        raise MalformedSource(source, f"not valid JSON: {err.msg}", err.lineno) from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise MalformedSource(source, f"not valid YAML: {getattr(err, 'problem', err)}", line) from None
    return parse_filing(data)
