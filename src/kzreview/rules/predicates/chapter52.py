"""Predicates that encode a notion of chapter 52 (cassation) or of the resolution explaining it.

Each says which provision defines the notion.  They read :class:`kzreview.rules.facts.Facts`, where
the derived facts (the category of the case, whether the appeal procedure was used, the year of
487.2) are computed once per filing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kzreview.domain.enums import ActOutcome
from kzreview.rules.predicates.registry import Bound, Tri, factory, predicate
from kzreview.rules.timing import filing_check

if TYPE_CHECKING:
    from kzreview.rules.engine import State
    from kzreview.rules.facts import Facts

_GROUND = re.compile(r"^\d+(-\d+)?\.\d+\.\d+(-\d+)?$")


# -- art. 484 ------------------------------------------------------------------------------------
@predicate("appeal_procedure_used", needs=("act.court_level", "appeal_history"))
def appeal_procedure_used(f: Facts, s: State) -> Tri:
    """The act was reviewed on appeal for this person, or is itself an act of the appeal instance.

    УПК 484.1 («после их рассмотрения в апелляционной инстанции»); the opposite is one of the four
    situations of НП P250000001S п.4 (not appealed, withdrawn, returned as late, reviewed only for
    other persons).
    """
    return f.appeal_used


# -- art. 485: grounds -----------------------------------------------------------------------------
def _grounds(param: object) -> frozenset[str]:
    items = param if isinstance(param, list) else [param]
    out = frozenset(str(i) for i in items)
    bad = [g for g in out if not _GROUND.match(g)]
    if bad or not out:
        raise ValueError(
            f"grounds must be written article.part.item (485.1.3); got {sorted(bad) or 'nothing'}"
        )
    return out


@predicate("grounds_given", needs=("request.grounds",))
def grounds_given(f: Facts, s: State) -> Tri:
    """The filing names at least one ground (``request.grounds`` non-empty)."""
    g = f.filing.request.grounds
    return None if g is None else bool(g)


@predicate("no_ground_referenced", needs=("contents.ground_reference", "request.grounds"))
def no_ground_referenced(f: Facts, s: State) -> Tri:
    """The filing does not say which ground of art. 485 it relies on (УПК 488.1; НП п.7).

    True if ``contents.ground_reference`` is false or ``request.grounds`` is an empty list; false if a
    ground is named; unknown if neither is given.
    """
    c = f.filing.contents
    g = f.filing.request.grounds
    if (c is not None and c.ground_reference is False) or g == []:
        return True
    if g or (c is not None and c.ground_reference):
        return False
    return None


@factory("grounds_none_in")
def grounds_none_in(param: object) -> Bound:
    """The filing names grounds, and none of them is in the list (e.g. the items of 485.1)."""
    wanted = _grounds(param)

    def check(f: Facts, s: State) -> Tri:
        g = f.filing.request.grounds
        if not g:
            return None if g is None else False
        return not any(x in wanted for x in g)

    return Bound("grounds_none_in", check, ("request.grounds",), f"no ground in {sorted(wanted)}")


@factory("grounds_include")
def grounds_include(param: object) -> Bound:
    """The filing relies on at least one of the listed grounds."""
    wanted = _grounds(param)

    def check(f: Facts, s: State) -> Tri:
        g = f.filing.request.grounds
        return None if g is None else any(x in wanted for x in g)

    return Bound("grounds_include", check, ("request.grounds",), f"a ground in {sorted(wanted)}")


@factory("grounds_outside")
def grounds_outside(param: object) -> Bound:
    """The filing names a ground that is not in the list (all grounds of art. 485 in force)."""
    wanted = _grounds(param)

    def check(f: Facts, s: State) -> Tri:
        g = f.filing.request.grounds
        return None if g is None else any(x not in wanted for x in g)

    return Bound("grounds_outside", check, ("request.grounds",), f"a ground outside {sorted(wanted)}")


# -- art. 487: time limits ----------------------------------------------------------------------
@predicate("worsens_position", needs=("request.worsens_position",))
def worsens_position(f: Facts, s: State) -> Tri:
    """The filing seeks a graver law, a harsher sentence or another worsening (УПК 487.2).

    Derived when not given: restoring the graver charge (НП п.3) worsens; a complaint of the convict
    or of his defender cannot worsen his position (УПК 494.14 para 3).
    """
    return f.worsens


@predicate("limited_by_487_2", needs=("request.worsens_position", "act.outcome"))
def limited_by_487_2(f: Facts, s: State) -> Tri:
    """The one-year limit of УПК 487.2 governs the filing.

    «…оправдательного приговора, обвинительного приговора по мотивам необходимости применения закона
    о более тяжком уголовном правонарушении, за мягкостью наказания или по иным основаниям, влекущим
    ухудшение положения осужденного, либо постановления суда о прекращении дела» — i.e. the filing is
    against an acquittal or a termination, or seeks to worsen the position.
    """
    outcome = f.filing.act.outcome
    if outcome in (ActOutcome.acquittal, ActOutcome.termination) or f.worsens:
        return True
    if f.worsens is False and outcome is not None:
        return False
    return None


@predicate("filed_after_year", needs=("filed_on", "act.in_force_on"))
def filed_after_year(f: Facts, s: State) -> Tri:
    """Handed in after the year of УПК 487.2 ran out (art. 49: the post or custody mark decides).

    After a return under 489.1.1 the first filing's arrival counts (НП п.8).  A filing that reached
    the court within the year was necessarily handed in within it.
    """
    limit = f.limit
    if limit is None:
        return None
    if f.filed is not None:
        start = f.filing.act.in_force_on
        assert start is not None
        return not filing_check(f.filed, start, 1, "years", f.via).in_time
    if f.received is not None and f.received <= limit.due:
        return False
    return None


@predicate("received_after_year", needs=("received_on", "act.in_force_on"))
def received_after_year(f: Facts, s: State) -> Tri:
    """Reached the cassation court after the year of УПК 487.2 (para 3 of part 2: what then may be decided)."""
    limit = f.limit
    if limit is None or f.received is None:
        return None
    return f.received > limit.due


@predicate("refiled_after_return")
def refiled_after_return(f: Facts, s: State) -> Tri:
    """Refiled after a return under УПК 489.1.1 (``first_filing_received_on`` given; НП п.8)."""
    return f.refiled


# -- art. 488, 489: withdrawal, contents ----------------------------------------------------------
@predicate("withdrawn_before_consideration", needs=("withdrawn_before_hearing",))
def withdrawn_before_consideration(f: Facts, s: State) -> Tri:
    """Withdrawn before the case was considered on the merits (УПК 488.6, 489.1.4).

    ``withdrawn_before_hearing`` decides; when it is not given, a withdrawal known at the triage of
    the filing precedes the hearing by definition — unless ``at_hearing`` says the question arises
    at the hearing, when it stays unknown.
    """
    fl = f.filing
    if fl.withdrawn_before_hearing is not None:
        return fl.withdrawn_before_hearing
    if fl.withdrawn and not fl.at_hearing:
        return True
    return None


@predicate("contents_given", needs=("contents",))
def contents_given(f: Facts, s: State) -> Tri:
    """The ``contents`` object was given, so the requirements of УПК 488 and НП п.7 can be checked."""
    return True if f.filing.contents is not None else None


# -- the state of the evaluation ---------------------------------------------------------------
@factory("concluded")
def concluded(param: object) -> Bound:
    """The conclusion reached on an earlier question, e.g. ``concluded: {regime: protest_only}``."""
    if not (isinstance(param, dict) and len(param) == 1):
        raise ValueError("write concluded: {question: value}")
    ((question, value),) = param.items()
    question, value = str(question), str(value)

    def check(f: Facts, s: State) -> Tri:
        got = s.conclusions.get(question)
        return None if got is None else got == value

    return Bound("concluded", check, (), f"{question} = {value}")


@factory("concluded_by")
def concluded_by(param: object) -> Bound:
    """The earlier question was decided by this rule (one of the winning rules), e.g. ``484.2.1-minor-case``."""
    rule_id = str(param)

    def check(f: Facts, s: State) -> Tri:
        q = s.question_of.get(rule_id)
        if q is None or s.conclusions.get(q) is None:
            return None
        return rule_id in s.winners.get(q, ())

    return Bound("concluded_by", check, (), f"decided by {rule_id}")


@factory("has_reason")
def has_reason(param: object) -> Bound:
    """A reason of this kind was found so far (defect, withdrawal, leave, limit, admissible)."""
    kind = str(param)
    if kind not in ("defect", "withdrawal", "leave", "limit", "admissible"):
        raise ValueError(f"unknown reason kind {kind!r}")

    def check(f: Facts, s: State) -> Tri:
        return kind in s.kinds

    return Bound("has_reason", check, (), f"a {kind} was found")


@factory("outcome_is")
def outcome_is(param: object) -> Bound:
    """The outcome chosen after admissibility (ids of ``outcomes`` in the model file)."""
    wanted = frozenset(str(x) for x in (param if isinstance(param, list) else [param]))

    def check(f: Facts, s: State) -> Tri:
        return s.outcome in wanted

    return Bound("outcome_is", check, (), f"outcome in {sorted(wanted)}", wanted)
