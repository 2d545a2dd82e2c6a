"""Errors of the rules stage: a rule file that does not load, and the two ways a question can fail.

``NoRuleApplies`` and ``RulesConflict`` are distinct and both name the provisions involved
(STYLE.md: «no rule applies» and «rules conflict» are never a silent choice).
"""

from __future__ import annotations

from collections.abc import Sequence

from kzreview.errors import KzReviewError, MalformedSource


class RuleFileError(MalformedSource):
    """A rule file is malformed: unknown predicate, bad citation, overlapping validity, …"""


class NoRuleApplies(KzReviewError):
    """A question that must be answered was answered by no rule."""

    http_status = 422

    def __init__(self, question: str, considered: Sequence[str]) -> None:
        super().__init__(
            f"no rule applies to the question {question!r}; provisions considered: {', '.join(considered)}"
        )
        self.question = question
        self.considered = list(considered)


class RulesConflict(KzReviewError):
    """Two rules that are not exceptions to one another answer the same question differently."""

    http_status = 422

    def __init__(self, question: str, answers: Sequence[tuple[str, str, str]]) -> None:
        parts = [f"{rule} ({cites}) → {value}" for rule, cites, value in answers]
        super().__init__(f"rules conflict on the question {question!r}: " + "; ".join(parts))
        self.question = question
        self.answers = list(answers)
