"""Predicates on single input fields: ``flag``, ``is_false``, ``given`` (validated against §3 at load).

Examples in the rule files::

    - flag: request.only_retroactivity_or_amnesty     # НП п.15
    - is_false: contents.signature                    # УПК 423.1.8
    - given: case_received_on
"""

from __future__ import annotations

import types
import typing
from datetime import date
from operator import attrgetter
from typing import Any

from pydantic import BaseModel

from kzreview.domain.filing import Filing
from kzreview.rules.predicates.registry import Bound, Tri, factory

if typing.TYPE_CHECKING:
    from kzreview.rules.engine import State
    from kzreview.rules.facts import Facts


def field_type(path: str) -> Any:
    """The type of the field at dotted ``path`` of :class:`Filing` (``ValueError`` if there is none)."""
    model: Any = Filing
    ann: Any = None
    for part in path.split("."):
        if not (isinstance(model, type) and issubclass(model, BaseModel)) or part not in model.model_fields:
            raise ValueError(f"no field {path!r} in the filing (CONTRACT.md §3)")
        ann = model.model_fields[part].annotation
        args = [a for a in typing.get_args(ann) if a is not type(None)]
        if typing.get_origin(ann) in (typing.Union, types.UnionType) and len(args) == 1:
            ann = args[0]
        if typing.get_origin(ann) is typing.Annotated:
            ann = typing.get_args(ann)[0]
        model = ann
    return ann


def _getter(path: str) -> typing.Callable[[Filing], Any]:
    """A getter for ``path`` that yields ``None`` when an optional parent object is absent."""
    head, _, rest = path.partition(".")
    if head == "contents" and rest:
        field_type(path)
        get_rest = attrgetter(rest)

        def get(f: Filing) -> Any:
            c = f.contents
            return None if c is None else get_rest(c)

        return get
    return attrgetter(path)


def _bool_path(param: object) -> str:
    if not isinstance(param, str):
        raise ValueError(f"expected a field path such as request.civil_claim_only, got {param!r}")
    if field_type(param) is not bool:
        raise ValueError(f"field {param!r} is not a true/false field")
    return param


@factory("flag")
def flag(param: object) -> Bound:
    """The value of a true/false field: true, false, or unknown when it is not given."""
    path = _bool_path(param)
    get = _getter(path)

    def check(f: Facts, s: State) -> Tri:
        v: bool | None = get(f.filing)
        return v

    return Bound("flag", check, (path,), path)


@factory("is_false")
def is_false(param: object) -> Bound:
    """True if a true/false field is explicitly ``false``.

    For an element of ``contents``: when no ``contents`` object was given at all, false (the rule
    ``488-contents-given`` reports that the contents were not checked, once, instead of per element).
    """
    path = _bool_path(param)
    get = _getter(path)
    in_contents = path.startswith("contents.")

    def check(f: Facts, s: State) -> Tri:
        if in_contents and f.filing.contents is None:
            return False
        v: bool | None = get(f.filing)
        return None if v is None else not v

    return Bound("is_false", check, (path,), f"{path} is false")


@factory("given")
def given(param: object) -> Bound:
    """True if the field (a date or an object) was given; never unknown."""
    if not isinstance(param, str):
        raise ValueError(f"expected a field path, got {param!r}")
    field_type(param)
    get = _getter(param)

    def check(f: Facts, s: State) -> Tri:
        return get(f.filing) is not None

    return Bound("given", check, (), f"{param} given")


def date_of(path: str) -> typing.Callable[[Filing], date | None]:
    """A getter for a date field (used by deadline effects); ``ValueError`` if it is not a date."""
    if field_type(path) is not date:
        raise ValueError(f"field {path!r} is not a date")
    return _getter(path)


@factory("stated")
def stated(param: object) -> Bound:
    """True only if a true/false field is explicitly ``true``; never unknown.

    For facts that are events the filer or the court would report — a withdrawal, a request to
    restore a term, insults in the text, a remand by the Supreme Court: not given means it did not
    happen.  (Use ``flag`` where silence must stay unknown.)
    """
    path = _bool_path(param)
    get = _getter(path)

    def check(f: Facts, s: State) -> Tri:
        return get(f.filing) is True

    return Bound("stated", check, (), f"{path} is true")
