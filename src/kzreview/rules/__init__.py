"""Stage «rules and deadlines»: the law of cassation as data, an engine, and the triage of a filing.

Takes: :class:`kzreview.domain.Filing`; the rule files ``data/<instance>/*.yaml`` (one entry per
provision, base rules and their exceptions, typed citations, validity intervals, Russian and Kazakh
texts); due dates from :mod:`kzreview.calendar`.  Produces: :class:`kzreview.domain.TriageResult`,
rule queries (:func:`rules_citing`) and the coverage of a resolution (:func:`coverage`).
Must not import: cli, api, web, library, store.

    >>> from kzreview.domain import parse_filing
    >>> r = triage(parse_filing({"instance": "cassation", "document": "complaint", "filer": {"role": "other"},
    ...                          "filed_on": "2025-09-10", "passed_to_judge_on": "2025-09-15"}))
    >>> r.outcome.value, r.form.value, r.due.isoformat(), r.reasons[0].code
    ('return', 'letter', '2025-09-18', '486-closed-list')
"""

from kzreview.rules.coverage import ParaCoverage, coverage
from kzreview.rules.engine import Engine
from kzreview.rules.errors import NoRuleApplies, RuleFileError, RulesConflict
from kzreview.rules.loader import bundled_model, load_model
from kzreview.rules.model import Model, Rule
from kzreview.rules.query import all_rules, rules_citing
from kzreview.rules.triage import triage

__all__ = [
    "Engine",
    "Model",
    "NoRuleApplies",
    "ParaCoverage",
    "Rule",
    "RuleFileError",
    "RulesConflict",
    "all_rules",
    "bundled_model",
    "coverage",
    "load_model",
    "rules_citing",
    "triage",
]
