"""The registry of named predicates the rule files may use in ``when:``.

A predicate answers ``True``, ``False`` or ``None`` (the input does not say); it declares the input
fields it ``needs``, so that an undecided rule can say which fact is missing.  Predicates with
parameters are *factories*: ``role_in: [victim, private_prosecutor]`` calls ``role_in`` once, at load
time, and the returned function is what runs per filing — no parsing happens per filing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kzreview.rules.engine import State
    from kzreview.rules.facts import Facts

Tri = bool | None
Check = Callable[["Facts", "State"], Tri]


@dataclass(frozen=True, slots=True)
class Bound:
    """A predicate bound to its parameters: what the engine calls, and the fields it may need."""

    name: str
    check: Check
    needs: tuple[str, ...]
    label: str
    param: object = None


@dataclass(frozen=True)
class PredicateDef:
    """A registered predicate: its factory, whether it takes a parameter, and its documentation."""

    name: str
    factory: Callable[..., Bound]
    takes_param: bool
    doc: str


REGISTRY: dict[str, PredicateDef] = {}


def predicate(name: str, *, needs: tuple[str, ...] = ()) -> Callable[[Check], Check]:
    """Register a predicate without parameters; its docstring is its documentation."""

    def register(fn: Check) -> Check:
        if name in REGISTRY:
            raise ValueError(f"predicate {name!r} registered twice")
        bound = Bound(name, fn, needs, name)
        REGISTRY[name] = PredicateDef(name, lambda: bound, False, (fn.__doc__ or "").strip())
        return fn

    return register


def factory(name: str) -> Callable[[Callable[..., Bound]], Callable[..., Bound]]:
    """Register a predicate factory: called at load time with the YAML parameter."""

    def register(fn: Callable[..., Bound]) -> Callable[..., Bound]:
        if name in REGISTRY:
            raise ValueError(f"predicate {name!r} registered twice")
        REGISTRY[name] = PredicateDef(name, fn, True, (fn.__doc__ or "").strip())
        return fn

    return register


def bind(name: str, param: Any = None, *, has_param: bool = False) -> Bound:
    """The bound predicate for ``name`` (with ``param``); ``KeyError``/``ValueError`` say what is wrong."""
    try:
        d = REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown predicate {name!r}; known: {', '.join(sorted(REGISTRY))}") from None
    if d.takes_param and not has_param:
        raise ValueError(f"predicate {name!r} needs a parameter (write `{name}: ...`)")
    if not d.takes_param and has_param:
        raise ValueError(f"predicate {name!r} takes no parameter (write `- {name}`)")
    return d.factory(param) if d.takes_param else d.factory()


def negate(b: Bound) -> Bound:
    """``not:`` — ``None`` stays ``None`` (what is unknown stays unknown)."""
    inner = b.check

    def check(f: Facts, s: State) -> Tri:
        v = inner(f, s)
        return None if v is None else not v

    return Bound(f"not {b.name}", check, b.needs, f"not {b.label}")


def any_of(parts: list[Bound]) -> Bound:
    """``any:`` — true if one part is true; false if all are false; else unknown."""
    checks = tuple(p.check for p in parts)

    def check(f: Facts, s: State) -> Tri:
        unknown = False
        for c in checks:
            v = c(f, s)
            if v:
                return True
            if v is None:
                unknown = True
        return None if unknown else False

    needs = tuple(dict.fromkeys(n for p in parts for n in p.needs))
    return Bound("any", check, needs, "any(" + ", ".join(p.label for p in parts) + ")")
