"""Stage «typed domain model»: the filing and the triage answer of CONTRACT.md §3, validated.

Takes: JSON/YAML text or a mapping.  Produces: :class:`Filing` (immutable, ``extra="forbid"``, closed
vocabularies as enums, ISO dates) or an error naming the field, the value and what is allowed
(:class:`InvalidFiling`, :class:`ContradictoryFacts`); and the output model :class:`TriageResult`.
Must not import: cli, api, web, library, store, rules.
"""

from kzreview.domain.enums import (
    ActKind,
    Actor,
    ActOutcome,
    AppealHistory,
    Category,
    CourtLevel,
    DocumentKind,
    Form,
    Instance,
    Outcome,
    Procedure,
    Role,
    RulingSubject,
)
from kzreview.domain.errors import (
    ContradictoryFacts,
    InvalidFiling,
    Problem,
    UnsupportedInstance,
    UnsupportedLaw,
)
from kzreview.domain.filing import Act, Case, Contents, Filer, Filing, Request
from kzreview.domain.parse import load_filing_text, parse_filing
from kzreview.domain.result import (
    Bench,
    Deadline,
    Defender,
    Need,
    Note,
    PendingDeadline,
    Reason,
    TraceStep,
    TriageResult,
)

__all__ = [
    "Act",
    "ActKind",
    "ActOutcome",
    "Actor",
    "AppealHistory",
    "Bench",
    "Case",
    "Category",
    "Contents",
    "ContradictoryFacts",
    "CourtLevel",
    "Deadline",
    "Defender",
    "DocumentKind",
    "Filer",
    "Filing",
    "Form",
    "Instance",
    "InvalidFiling",
    "Need",
    "Note",
    "Outcome",
    "PendingDeadline",
    "Problem",
    "Procedure",
    "Reason",
    "Request",
    "Role",
    "RulingSubject",
    "TraceStep",
    "TriageResult",
    "UnsupportedInstance",
    "UnsupportedLaw",
    "load_filing_text",
    "parse_filing",
]
