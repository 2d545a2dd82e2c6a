"""Predicates over the closed vocabularies of §3, one factory per field, values checked at load.

- document_is: complaint
- role_in: [victim, victim_representative, private_prosecutor]
- act_kind_in: [investigating_judge_ruling]          # УПК 484.2.3
- case_category_in: [misdemeanour, minor]             # УПК 484.2.1 (until 30.06.2027)
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING, TypeVar

from kzreview.domain.enums import (
    ActKind,
    ActOutcome,
    Category,
    CourtLevel,
    DocumentKind,
    Procedure,
    Role,
    RulingSubject,
)
from kzreview.rules.predicates.registry import Bound, Tri, factory

if TYPE_CHECKING:
    from kzreview.rules.engine import State
    from kzreview.rules.facts import Facts

E = TypeVar("E", bound=StrEnum)


def _values(enum: type[E], param: object) -> frozenset[E]:
    items = param if isinstance(param, list) else [param]
    out: set[E] = set()
    for item in items:
        try:
            out.add(enum(str(item)))
        except ValueError:
            allowed = ", ".join(m.value for m in enum)
            raise ValueError(f"{item!r} is not a {enum.__name__}; allowed: {allowed}") from None
    if not out:
        raise ValueError("an empty list matches nothing")
    return frozenset(out)


def _member(name: str, enum: type[E], need: str) -> Callable[[object], Bound]:
    """A factory for «field ``need`` of the filing is one of the values» (read with a C-level getter)."""
    get: Callable[[Facts], E | None] = attrgetter(f"filing.{need}")

    def make(param: object) -> Bound:
        wanted = _values(enum, param)

        def check(f: Facts, s: State) -> Tri:
            v = get(f)
            return None if v is None else v in wanted

        return Bound(name, check, (need,), f"{need} in {{{', '.join(sorted(wanted))}}}", wanted)

    return make


@factory("document_is")
def document_is(param: object) -> Bound:
    """The kind of document: complaint (жалоба), protest (протест), submission (представление)…

    The engine also uses it at compile time: a rule for another kind of document is not evaluated.
    """
    wanted = _values(DocumentKind, param)

    def check(f: Facts, s: State) -> Tri:
        return f.filing.document in wanted

    return Bound("document_is", check, ("document",), f"document in {sorted(wanted)}", wanted)


@factory("role_in")
def role_in(param: object) -> Bound:
    """The procedural role of the filer (УПК 486, 414.1)."""
    return _member("role_in", Role, "filer.role")(param)


@factory("act_kind_in")
def act_kind_in(param: object) -> Bound:
    """The kind of act: verdict, ruling, private_ruling (частное постановление), investigating_judge_ruling."""
    return _member("act_kind_in", ActKind, "act.kind")(param)


@factory("court_level_is")
def court_level_is(param: object) -> Bound:
    """The instance of the court that made the act: first or appeal."""
    return _member("court_level_is", CourtLevel, "act.court_level")(param)


@factory("act_outcome_in")
def act_outcome_in(param: object) -> Bound:
    """What the act decided: conviction, acquittal, termination (прекращение), other."""
    return _member("act_outcome_in", ActOutcome, "act.outcome")(param)


@factory("procedure_in")
def procedure_in(param: object) -> Bound:
    """The trial procedure: general, jury, summary (приказное), plea_agreement (согласительное), abridged (382)."""
    return _member("procedure_in", Procedure, "act.procedure")(param)


@factory("ruling_subject_in")
def ruling_subject_in(param: object) -> Bound:
    """What a ruling (постановление) decided; a verdict or a private ruling has no such subject (false).

    A ruling whose outcome is a conviction or an acquittal (an appeal ruling upholding or changing the
    verdict) decides the case itself, so it is none of the procedural subjects listed in УПК 484.2.2 and
    ``other`` is read when no subject is given.
    """
    wanted = _values(RulingSubject, param)

    def check(f: Facts, s: State) -> Tri:
        a = f.filing.act
        if a.kind in (ActKind.verdict, ActKind.private_ruling):
            return False
        if a.ruling_subject is None:
            if a.outcome in (ActOutcome.conviction, ActOutcome.acquittal):
                return RulingSubject.other in wanted
            return None
        return a.ruling_subject in wanted

    return Bound(
        "ruling_subject_in", check, ("act.ruling_subject",), f"act.ruling_subject in {sorted(wanted)}"
    )


@factory("case_category_in")
def case_category_in(param: object) -> Bound:
    """The category of the case as the courts qualified it (see :func:`kzreview.rules.facts.case_category`)."""
    wanted = _values(Category, param)

    def check(f: Facts, s: State) -> Tri:
        return None if f.category is None else f.category in wanted

    needs = ("case.convicted_category", "case.charged_category")
    return Bound("case_category_in", check, needs, f"case category in {sorted(wanted)}")


@factory("charged_category_in")
def charged_category_in(param: object) -> Bound:
    """The category of the charge on which the person was sent to trial.

    When the charge is not given, a known conviction bounds it from below (a court does not convict
    beyond the charge): if every category at least as grave as the conviction is in the set, true;
    if none is, false.
    """
    wanted = _values(Category, param)

    def check(f: Facts, s: State) -> Tri:
        c = f.filing.case
        if c.charged_category is not None:
            return c.charged_category in wanted
        if c.convicted_category is not None:
            possible = [cat in wanted for cat in Category if cat.rank >= c.convicted_category.rank]
            return True if all(possible) else (False if not any(possible) else None)
        return None

    return Bound(
        "charged_category_in", check, ("case.charged_category",), f"charged category in {sorted(wanted)}"
    )


@factory("convicted_category_in")
def convicted_category_in(param: object) -> Bound:
    """The category of the offence of conviction; false when nobody was convicted (acquittal, termination).

    When it is not given, the charge bounds it from above: if every category up to the charge is in
    the set, true; if none is, false.
    """
    wanted = _values(Category, param)

    def check(f: Facts, s: State) -> Tri:
        c = f.filing.case
        if f.filing.act.outcome in (ActOutcome.acquittal, ActOutcome.termination):
            return False
        if c.convicted_category is not None:
            return c.convicted_category in wanted
        if c.charged_category is not None:
            possible = [cat in wanted for cat in Category if cat.rank <= c.charged_category.rank]
            return True if all(possible) else (False if not any(possible) else None)
        return None

    return Bound(
        "convicted_category_in",
        check,
        ("case.convicted_category",),
        f"convicted category in {sorted(wanted)}",
    )
