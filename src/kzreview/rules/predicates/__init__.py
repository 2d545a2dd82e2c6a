"""Named predicates for the rule files, grouped by the law they encode; importing this fills the registry.

:mod:`.registry` (the mechanism), :mod:`.fields` (single fields), :mod:`.enums` (closed vocabularies),
:mod:`.chapter52` (notions of УПК chapter 52 and НП P250000001S).
"""

from kzreview.rules.predicates import chapter52, enums, fields
from kzreview.rules.predicates.registry import REGISTRY, Bound, PredicateDef, bind

__all__ = ["REGISTRY", "Bound", "PredicateDef", "bind", "chapter52", "enums", "fields"]
