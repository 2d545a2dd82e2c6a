"""Analysis: the text of a complaint to what it contains, what it lacks and what is wrong with it.

Takes a :class:`kzreview.intake.DocumentText`; produces an :class:`Analysis` (CONTRACT.md §5): language
(and whether Russian and Kazakh are mixed), instance and document kind, the contents elements of
УПК 423.1 / 488.1 and НП P250000001S п.7–8 with the text that shows each, citations, grounds of review
(cited and described, checked against УПК 485 and 433), improper language, findings in Russian and
Kazakh with their provisions, and the facts a triage of the filing can start from.

Lexicons and patterns are data (``data/*.yaml``) with their own examples.  May import
:mod:`kzreview.intake`, :mod:`kzreview.citations` and, only to run a triage when it is installed,
:mod:`kzreview.domain` and :mod:`kzreview.rules`; must not import :mod:`kzreview.cli`,
:mod:`kzreview.api` or :mod:`kzreview.web`.
"""

from kzreview.analysis.analyze import analyze
from kzreview.analysis.model import DEFECT_KEYS, ELEMENT_KEYS, Analysis, Element, Finding
from kzreview.analysis.triage_facts import triage_input

__all__ = ["DEFECT_KEYS", "ELEMENT_KEYS", "Analysis", "Element", "Finding", "analyze", "triage_input"]
