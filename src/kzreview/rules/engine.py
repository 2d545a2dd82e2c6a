"""The engine: for one date, compile the rules in force; for one filing, evaluate them group by group.

Semantics (Catala's, with three-valued conditions):

* a rule *fires* when all its conditions are true; it is *undetermined* when none is false and some
  are unknown (the facts they need are reported); otherwise it does not apply;
* an exception that fires *defeats* its base rule(s) — whether or not the base fired — so chains
  (base ← exception ← exception to the exception) resolve to the most specific rule that fires;
* a *question* group must reach one conclusion: two winners that disagree raise
  :class:`RulesConflict`; no rule at all raises :class:`NoRuleApplies` (if the question is
  required); an answer that depends on an undetermined rule stays open (``None``);
* other groups collect every winner: all applicable defects are listed, not only the first.

Compilation (per validity segment, cached) resolves exception links to indices, so evaluation is a
loop over bound predicate functions: no YAML, no regular expressions, no lookups by name per filing.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from operator import attrgetter
from typing import Any, Literal

from kzreview.rules.errors import NoRuleApplies, RulesConflict
from kzreview.rules.facts import Facts
from kzreview.rules.model import Group, Model, Rule
from kzreview.rules.predicates.registry import Check

Status = Literal["fired", "defeated", "undetermined"]


@dataclass(slots=True)
class State:
    """What the evaluation knows so far: conclusions of questions, their winning rules, reason kinds."""

    question_of: dict[str, str]
    conclusions: dict[str, str | None] = field(default_factory=dict)
    winners: dict[str, tuple[str, ...]] = field(default_factory=dict)
    kinds: set[str] = field(default_factory=set)
    outcome: str | None = None


@dataclass(frozen=True, slots=True)
class Considered:
    """A rule the evaluation reports: fired, defeated (``by``), or undetermined (``missing`` facts)."""

    rule: Rule
    status: Status
    by: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CompiledGroup:
    """The rules of one group in force, with their conditions as plain functions and exception links as indices."""

    group: Group
    rules: tuple[Rule, ...]
    exceptions: tuple[tuple[int, ...], ...]
    checks: tuple[tuple[Check, ...], ...]
    needs: tuple[tuple[tuple[str, ...], ...], ...]


@dataclass(frozen=True)
class Compiled:
    """The rules in force on a span of dates, ready to evaluate."""

    model: Model
    admissibility: tuple[CompiledGroup, ...]
    consequences: tuple[CompiledGroup, ...]
    question_of: dict[str, str]


@dataclass(slots=True)
class Evaluation:
    facts: Facts
    state: State
    considered: list[Considered] = field(default_factory=list)
    winners: list[Rule] = field(default_factory=list)
    open_questions: list[str] = field(default_factory=list)


def _compile_group(group: Group, rules: list[Rule]) -> CompiledGroup:
    index = {r.id: i for i, r in enumerate(rules)}
    exc: list[list[int]] = [[] for _ in rules]
    for j, r in enumerate(rules):
        for target in r.exception_to:
            i = index.get(target)
            if i is not None:
                exc[i].append(j)
    return CompiledGroup(
        group,
        tuple(rules),
        tuple(tuple(e) for e in exc),
        tuple(tuple(b.check for b in r.when) for r in rules),
        tuple(tuple(b.needs for b in r.when) for r in rules),
    )


def _for_document(rule: Rule, document: str | None) -> bool:
    """False when the rule has a ``document_is`` condition that ``document`` can never meet."""
    if document is None:
        return True
    for b in rule.when:
        if b.name == "document_is" and isinstance(b.param, frozenset) and document not in b.param:
            return False
    return True


def compile_for(model: Model, on: date, document: str | None = None) -> Compiled:
    """The rules of ``model`` in force on ``on`` (for filings of kind ``document``), grouped and linked.

    Dropping the rules of other documents changes nothing but speed: their ``document_is`` condition
    would be false, and a false rule neither wins, nor defeats, nor is undetermined.
    """
    adm: list[CompiledGroup] = []
    cons: list[CompiledGroup] = []
    question_of: dict[str, str] = {}
    for g in model.groups:
        rules = [r for r in model.rules if r.group == g.id and r.valid_on(on) and _for_document(r, document)]
        cg = _compile_group(g, rules)
        (adm if g.stage == "admissibility" else cons).append(cg)
        if g.is_question:
            question_of.update({r.id: g.id for r in rules})
    return Compiled(model, tuple(adm), tuple(cons), question_of)


class Engine:
    """A model plus a cache of compiled rule sets, one per validity segment."""

    def __init__(self, model: Model) -> None:
        self.model = model
        cuts: set[date] = set()
        for r in model.rules:
            cuts.add(r.valid_from)
            if r.valid_to is not None:
                cuts.add(r.valid_to + timedelta(days=1))
        self._cuts = sorted(cuts)
        self._cache: dict[tuple[int, str | None], Compiled] = {}

    def compiled(self, on: date, document: str | None = None) -> Compiled:
        """The rules in force on ``on`` for ``document`` (compiled once per validity segment and document)."""
        key = (bisect.bisect_right(self._cuts, on), document)
        got = self._cache.get(key)
        if got is None:
            got = self._cache[key] = compile_for(self.model, on, document)
        return got

    def evaluate(self, facts: Facts) -> Evaluation:
        """Evaluate the admissibility groups, choose the outcome, then evaluate the consequences."""
        c = self.compiled(facts.as_of, facts.filing.document.value)
        ev = Evaluation(facts, State(c.question_of))
        for cg in c.admissibility:
            _evaluate_group(cg, ev)
        ev.state.outcome = choose_outcome(self.model, ev.state)
        for cg in c.consequences:
            _evaluate_group(cg, ev)
        return ev


def choose_outcome(model: Model, state: State) -> str:
    """The first outcome whose reason kind was found (precedence as listed in ``_model.yaml``)."""
    for spec in model.outcomes:
        if spec.on_reason is None or spec.on_reason in state.kinds:
            return spec.id
    raise AssertionError("the model's outcomes end with a default")  # checked at load


_FIRED: dict[Rule, Considered] = {}


@cache
def _getter(path: str) -> Any:
    return attrgetter(path)


def _absent(filing: Any, path: str) -> bool:
    """Whether the input field ``path`` was not given (an absent parent object counts as not given)."""
    try:
        return _getter(path)(filing) is None
    except AttributeError:
        return True


def _evaluate_group(cg: CompiledGroup, ev: Evaluation) -> None:
    facts, state = ev.facts, ev.state
    rules = cg.rules
    n = len(rules)
    status: list[bool | None] = [False] * n
    missing: list[tuple[str, ...]] = [()] * n
    for i, checks in enumerate(cg.checks):
        st: bool | None = True
        unknown: list[int] | None = None
        for j, check in enumerate(checks):
            v = check(facts, state)
            if v is False:
                st = False
                break
            if v is None:
                st = None
                if unknown is None:
                    unknown = []
                unknown.append(j)
        status[i] = st
        if st is None and unknown is not None:
            needs = cg.needs[i]
            missing[i] = tuple(
                dict.fromkeys(fld for j in unknown for fld in needs[j] if _absent(facts.filing, fld))
            )
    win: list[int] = []
    maybe: list[int] = []
    considered = ev.considered
    for i in range(n):
        if status[i] is False:
            continue
        excs = cg.exceptions[i]
        if excs:
            by = tuple(rules[j].id for j in excs if status[j] is True)
            if by:
                considered.append(Considered(rules[i], "defeated", by=by))
                continue
            if status[i] is True and not any(status[j] is None for j in excs):
                win.append(i)
            else:
                maybe.append(i)
        elif status[i] is True:
            win.append(i)
        else:
            maybe.append(i)
    group = cg.group
    if group.is_question:
        values = {rules[i].conclusion for i in win}
        if len(values) > 1:
            raise RulesConflict(
                group.id, [(rules[i].id, rules[i].cites_short, str(rules[i].conclusion)) for i in win]
            )
        if not win and not maybe:
            state.conclusions[group.id] = None
            if group.required:
                raise NoRuleApplies(group.id, [f"{r.id} ({r.provision.short})" for r in rules])
            return
        possible = values | {rules[i].conclusion for i in maybe}
        for i in maybe:
            considered.append(Considered(rules[i], "undetermined", missing=missing[i]))
        if win and len(possible) == 1:
            state.conclusions[group.id] = rules[win[0]].conclusion
            state.winners[group.id] = tuple(rules[i].id for i in win)
        else:
            state.conclusions[group.id] = None
            ev.open_questions.append(group.id)
            for i in win:
                considered.append(Considered(rules[i], "undetermined"))
            return
    else:
        for i in maybe:
            considered.append(Considered(rules[i], "undetermined", missing=missing[i]))
    kinds = state.kinds
    for i in win:
        r = rules[i]
        fired = _FIRED.get(r)
        if fired is None:
            fired = _FIRED[r] = Considered(r, "fired")
        considered.append(fired)
        ev.winners.append(r)
        if r.effect.reason != "none":
            kinds.add(r.effect.reason)
