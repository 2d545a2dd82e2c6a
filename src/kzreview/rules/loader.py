"""Loading a rule folder (``data/<instance>/*.yaml``) into a validated :class:`~kzreview.rules.model.Model`.

Checked at load, each failure a :class:`~kzreview.rules.errors.RuleFileError` naming file and line:
unknown keys, unknown predicates or bad parameters, malformed citations, unknown groups, questions or
conclusions, exceptions to unknown rules or across groups, template placeholders nobody fills, and
overlapping validity intervals of rules sharing an id.  Nothing here runs per filing.
"""

from __future__ import annotations

import itertools
import string
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from kzreview.citations.model import Citation
from kzreview.domain.enums import Actor, Form, Outcome
from kzreview.rules.cites import parse_cite
from kzreview.rules.errors import RuleFileError
from kzreview.rules.model import BenchSpec, DeadlineSpec, Effect, Group, Model, OutcomeSpec, Rule
from kzreview.rules.predicates import bind
from kzreview.rules.predicates.fields import date_of
from kzreview.rules.predicates.registry import Bound, any_of, negate

#: Values a template may use (filled by :mod:`kzreview.rules.texts`).
PLACEHOLDERS = frozenset(
    {
        "role_ru",
        "role_kk",
        "document_ru",
        "document_kk",
        "category_ru",
        "category_kk",
        "in_force_on",
        "limit_due",
        "filed",
        "received",
        "received_field",
        "grounds",
        "due",
    }
)
REASON_KINDS = ("admissible", "defect", "withdrawal", "leave", "limit", "note", "none")
RULE_KEYS = {
    "id",
    "provision",
    "title_ru",
    "title_kk",
    "group",
    "conclusion",
    "when",
    "exception_to",
    "effect",
    "cites",
    "text_ru",
    "text_kk",
    "valid_from",
    "valid_to",
    "reading",
    "dated_changes",
}
LINE = "__line__"


class _LineLoader(yaml.SafeLoader):
    """A safe loader that records the line of every mapping under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


@dataclass
class _File:
    path: str
    data: dict[str, Any]

    def fail(self, problem: str, where: dict[str, Any] | None = None) -> RuleFileError:
        line = where.get(LINE) if isinstance(where, dict) else None
        return RuleFileError(self.path, problem, line)


def _strip(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if k != LINE}
    if isinstance(obj, list):
        return [_strip(v) for v in obj]
    return obj


def _day(f: _File, value: Any, what: str, where: dict[str, Any]) -> date:
    if type(value) is date:
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise f.fail(f"{what}: {value!r} is not a date YYYY-MM-DD", where)


def _cites(f: _File, values: Any, where: dict[str, Any], what: str) -> tuple[Citation, ...]:
    if not isinstance(values, list) or not values:
        raise f.fail(f"{what}: a non-empty list of citations is required", where)
    out: list[Citation] = []
    for v in values:
        try:
            out.append(parse_cite(str(v)))
        except ValueError as err:
            raise f.fail(f"{what}: {err}", where) from None
    return tuple(out)


def _condition(f: _File, item: Any, where: dict[str, Any], rule_id: str) -> Bound:
    try:
        if isinstance(item, str):
            return bind(item)
        if isinstance(item, dict):
            body = {k: v for k, v in item.items() if k != LINE}
            if len(body) != 1:
                raise ValueError(f"a condition is one name or one `name: parameter`, got {sorted(body)}")
            ((name, param),) = body.items()
            if name == "not":
                return negate(_condition(f, param, where, rule_id))
            if name == "any":
                if not isinstance(param, list) or len(param) < 2:
                    raise ValueError("`any:` takes a list of at least two conditions")
                return any_of([_condition(f, p, where, rule_id) for p in param])
            return bind(str(name), _strip(param), has_param=True)
    except (KeyError, ValueError) as err:
        msg = err.args[0] if err.args else str(err)
        raise f.fail(f"rule {rule_id}: {msg}", where) from None
    raise f.fail(f"rule {rule_id}: a condition must be a name or a mapping, got {item!r}", where)


def _template(f: _File, text: Any, where: dict[str, Any], rule_id: str, key: str) -> str:
    if not isinstance(text, str) or not text.strip():
        raise f.fail(f"rule {rule_id}: {key} is required", where)
    for _, name, _, _ in string.Formatter().parse(text):
        if name is not None and name not in PLACEHOLDERS:
            raise f.fail(
                f"rule {rule_id}: {key} uses {{{name}}}; known placeholders: {', '.join(sorted(PLACEHOLDERS))}",
                where,
            )
    return " ".join(text.split())


def _effect(f: _File, raw: Any, where: dict[str, Any], rule_id: str) -> Effect:
    if raw is None:
        return Effect()
    if not isinstance(raw, dict):
        raise f.fail(f"rule {rule_id}: effect must be a mapping", where)
    raw = {k: v for k, v in raw.items() if k != LINE}
    unknown = set(raw) - {"reason", "return_item", "deadline", "bench", "defender_item"}
    if unknown:
        raise f.fail(f"rule {rule_id}: unknown effect keys {sorted(unknown)}", where)
    reason = raw.get("reason", "none")
    if reason not in REASON_KINDS:
        raise f.fail(f"rule {rule_id}: reason {reason!r}; allowed: {', '.join(REASON_KINDS)}", where)
    item = raw.get("return_item")
    if item is not None and str(item) not in ("1", "2", "3", "4", "5"):
        raise f.fail(f"rule {rule_id}: return_item {item!r}; allowed: 1, 2, 3, 4, 5 (УПК 489.1)", where)
    if item is not None and reason not in ("defect", "withdrawal", "leave"):
        raise f.fail(f"rule {rule_id}: return_item needs reason defect, withdrawal or leave", where)
    dl = raw.get("deadline")
    spec = None
    if dl is not None:
        keys = {"code", "amount", "unit", "from", "event_ru", "event_kk", "sets_due", "need_if_missing"}
        if (
            not isinstance(dl, dict)
            or set(dl) - keys - {LINE}
            or not {"code", "amount", "unit", "from"} <= set(dl)
        ):
            raise f.fail(
                f"rule {rule_id}: deadline needs code, amount, unit, from (and may have {sorted(keys)})",
                where,
            )
        if dl["unit"] not in ("sutki", "months", "years") or not isinstance(dl["amount"], int):
            raise f.fail(f"rule {rule_id}: deadline unit sutki|months|years and an integer amount", where)
        try:
            getter = date_of(str(dl["from"]))
        except ValueError as err:
            raise f.fail(f"rule {rule_id}: deadline from: {err}", where) from None
        spec = DeadlineSpec(
            code=str(dl["code"]),
            amount=dl["amount"],
            unit=dl["unit"],
            start=str(dl["from"]),
            start_date=getter,
            event_ru=str(dl.get("event_ru", dl["from"])),
            event_kk=str(dl.get("event_kk", dl["from"])),
            sets_due=bool(dl.get("sets_due", False)),
            need_if_missing=bool(dl.get("need_if_missing", False)),
        )
    bench = raw.get("bench")
    bspec = None
    if bench is not None:
        if not isinstance(bench, dict) or not isinstance(bench.get("judges"), int):
            raise f.fail(f"rule {rule_id}: bench needs judges (int) and collegial (bool)", where)
        bspec = BenchSpec(judges=bench["judges"], collegial=bool(bench.get("collegial", True)))
    d_item = raw.get("defender_item")
    return Effect(
        reason=reason,
        return_item=str(item) if item is not None else None,
        deadline=spec,
        bench=bspec,
        defender_item=str(d_item) if d_item is not None else None,
    )


def _rule(f: _File, raw: Any, groups: dict[str, Group], model_from: date) -> Rule:
    if not isinstance(raw, dict):
        raise f.fail(f"a rule must be a mapping, got {raw!r}")
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id:
        raise f.fail("a rule needs an id", raw)
    unknown = set(raw) - RULE_KEYS - {LINE}
    if unknown:
        raise f.fail(f"rule {rule_id}: unknown keys {sorted(unknown)}; allowed: {sorted(RULE_KEYS)}", raw)
    try:
        provision = parse_cite(str(raw.get("provision")))
    except ValueError as err:
        raise f.fail(f"rule {rule_id}: provision: {err}", raw) from None
    group_id = raw.get("group", "findings")
    group = groups.get(group_id)
    if group is None:
        raise f.fail(f"rule {rule_id}: unknown group {group_id!r}; groups: {', '.join(groups)}", raw)
    conclusion = raw.get("conclusion")
    if group.is_question:
        if conclusion not in group.values:
            raise f.fail(
                f"rule {rule_id}: question {group.id!r} needs a conclusion in {', '.join(group.values)}", raw
            )
    elif conclusion is not None:
        raise f.fail(f"rule {rule_id}: group {group.id!r} is not a question; remove conclusion", raw)
    when_raw = raw.get("when", [])
    if not isinstance(when_raw, list):
        raise f.fail(f"rule {rule_id}: when must be a list of conditions", raw)
    when = tuple(_condition(f, c, raw, rule_id) for c in when_raw)
    exc = raw.get("exception_to", [])
    exc_list = [exc] if isinstance(exc, str) else exc
    if not isinstance(exc_list, list):
        raise f.fail(f"rule {rule_id}: exception_to must be a rule id or a list of ids", raw)
    valid_from = _day(f, raw.get("valid_from", model_from), f"rule {rule_id}: valid_from", raw)
    vt = raw.get("valid_to")
    valid_to = _day(f, vt, f"rule {rule_id}: valid_to", raw) if vt is not None else None
    if valid_to is not None and valid_to < valid_from:
        raise f.fail(f"rule {rule_id}: valid_to {valid_to} is before valid_from {valid_from}", raw)
    dated = tuple(_day(f, d, f"rule {rule_id}: dated_changes", raw) for d in raw.get("dated_changes", []))
    text_ru = _template(f, raw.get("text_ru"), raw, rule_id, "text_ru")
    text_kk = _template(f, raw.get("text_kk"), raw, rule_id, "text_kk")
    cites = _cites(f, raw.get("cites"), raw, f"rule {rule_id}: cites")
    return Rule(
        id=rule_id,
        title_ru=_template(f, raw.get("title_ru"), raw, rule_id, "title_ru"),
        title_kk=_template(f, raw.get("title_kk"), raw, rule_id, "title_kk"),
        provision=provision,
        group=group.id,
        question=group.id if group.is_question else None,
        conclusion=str(conclusion) if conclusion is not None else None,
        when=when,
        exception_to=tuple(str(x) for x in exc_list),
        effect=_effect(f, raw.get("effect"), raw, rule_id),
        citations=cites,
        text_ru=text_ru,
        text_kk=text_kk,
        valid_from=valid_from,
        valid_to=valid_to,
        path=f.path,
        line=raw.get(LINE),
        reading=" ".join(str(raw.get("reading", "")).split()),
        dated_changes=dated,
        static_text=not any(
            name for t in (text_ru, text_kk) for _, name, _, _ in string.Formatter().parse(t)
        ),
        cites_short=", ".join(c.short for c in cites),
    )


def _groups(f: _File) -> dict[str, Group]:
    out: dict[str, Group] = {}
    for g in f.data.get("groups", []):
        gid = g.get("id")
        stage = g.get("stage", "admissibility")
        if not gid or stage not in ("admissibility", "consequences"):
            raise f.fail("a group needs an id and a stage (admissibility|consequences)", g)
        if gid in out:
            raise f.fail(f"group {gid!r} declared twice", g)
        values = tuple(str(v) for v in g.get("values", []))
        out[gid] = Group(
            gid, stage, values, bool(g.get("required", False)), g.get("title_ru", ""), g.get("title_kk", "")
        )
    if not out:
        raise f.fail("no groups declared")
    return out


def _outcomes(f: _File) -> tuple[OutcomeSpec, ...]:
    out: list[OutcomeSpec] = []
    for o in f.data.get("outcomes", []):
        try:
            spec = OutcomeSpec(
                id=str(o["id"]),
                on_reason=o.get("on_reason"),
                outcome=Outcome(o["outcome"]),
                form=Form(o["form"]) if o.get("form") else None,
                by=Actor(o["by"]) if o.get("by") else None,
                citations=_cites(f, o.get("cites"), o, f"outcome {o.get('id')}: cites"),
            )
        except (KeyError, ValueError) as err:
            if isinstance(err, RuleFileError):
                raise
            raise f.fail(f"outcome {o.get('id')!r}: {err}", o) from None
        if spec.on_reason is not None and spec.on_reason not in REASON_KINDS:
            raise f.fail(f"outcome {spec.id}: on_reason {spec.on_reason!r}", o)
        out.append(spec)
    if not out or out[-1].on_reason is not None:
        raise f.fail("outcomes: the last entry must be the default (no on_reason)")
    return tuple(out)


def _check_versions(rules: list[Rule]) -> None:
    by_id: dict[str, list[Rule]] = {}
    for r in rules:
        by_id.setdefault(r.id, []).append(r)
    for rule_id, versions in by_id.items():
        versions.sort(key=lambda r: r.valid_from)
        for a, b in itertools.pairwise(versions):
            if a.valid_to is None or a.valid_to >= b.valid_from:
                raise RuleFileError(
                    b.path,
                    f"rule {rule_id}: validity {a.valid_from}–{a.valid_to or '…'} ({a.source}) overlaps "
                    f"{b.valid_from}–{b.valid_to or '…'} ({b.source})",
                    b.line,
                )
        groups = {r.group for r in versions}
        if len(groups) > 1:
            raise RuleFileError(
                versions[0].path, f"rule {rule_id}: versions in different groups {sorted(groups)}"
            )


def _check_exceptions(rules: list[Rule]) -> None:
    group_of = {r.id: r.group for r in rules}
    for r in rules:
        for target in r.exception_to:
            if target not in group_of:
                raise RuleFileError(r.path, f"rule {r.id}: exception_to unknown rule {target!r}", r.line)
            if group_of[target] != r.group:
                raise RuleFileError(
                    r.path,
                    f"rule {r.id} (group {r.group}) is an exception to {target} (group {group_of[target]}): "
                    "an exception must answer the same question as its base rule",
                    r.line,
                )
            if target == r.id:
                raise RuleFileError(r.path, f"rule {r.id} is an exception to itself", r.line)


def load_model(folder: Path | str) -> Model:
    """Load and validate every ``*.yaml`` of ``folder``; ``_model.yaml`` holds groups and outcomes."""
    root = Path(folder)
    files = sorted(p for p in root.glob("*.yaml"))
    model_path = root / "_model.yaml"
    if model_path not in files:
        raise RuleFileError(str(model_path), "missing: the folder needs _model.yaml (groups, outcomes)")
    parsed: list[_File] = []
    for p in files:
        try:
            data = yaml.load(p.read_text(encoding="utf-8"), Loader=_LineLoader)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            raise RuleFileError(str(p), f"not valid YAML: {err}", mark.line + 1 if mark else None) from None
        if not isinstance(data, dict):
            raise RuleFileError(str(p), "a rule file is a mapping")
        parsed.append(_File(str(p), data))
    head = next(f for f in parsed if f.path == str(model_path))
    meta = head.data.get("model") or {}
    try:
        instance = str(meta["instance"])
        valid_from = _day(head, meta["valid_from"], "model.valid_from", meta)
        before = " ".join(str(meta["before_message"]).split())
    except KeyError as err:
        raise head.fail(f"model: missing {err.args[0]}", meta) from None
    groups = _groups(head)
    outcomes = _outcomes(head)
    rules: list[Rule] = []
    for f in parsed:
        if f is head:
            continue
        items = f.data.get("rules")
        if not isinstance(items, list):
            raise f.fail("a rule file needs `rules:` (a list)")
        for raw in items:
            rule = _rule(f, raw, groups, valid_from)
            if rule.valid_from < valid_from:
                raise f.fail(
                    f"rule {rule.id}: valid_from {rule.valid_from} is before the model ({valid_from})", raw
                )
            rules.append(rule)
    _check_versions(rules)
    _check_exceptions(rules)
    ids = {o.id for o in outcomes}
    for r in rules:
        for b in r.when:
            if b.name == "outcome_is" and isinstance(b.param, frozenset) and not b.param <= ids:
                raise RuleFileError(
                    r.path, f"rule {r.id}: outcome_is names an unknown outcome; known: {sorted(ids)}", r.line
                )
    cov = head.data.get("coverage") or {}
    dated = tuple(_day(head, d, "model.dated_changes", meta) for d in meta.get("dated_changes", []))
    model = Model(
        instance=instance,
        valid_from=valid_from,
        before_message=before,
        groups=tuple(groups.values()),
        outcomes=outcomes,
        rules=tuple(rules),
        coverage={str(k): _strip(v) for k, v in cov.items() if k != LINE},
        dated_changes=dated,
    )
    return model


def data_folder(instance: str) -> Path:
    """The bundled rule folder of ``instance`` (``cassation``)."""
    return Path(str(resources.files("kzreview.rules").joinpath("data", instance)))


@cache
def bundled_model(instance: str = "cassation") -> Model:
    """The bundled rules of ``instance``, loaded once per process."""
    return load_model(data_folder(instance))
