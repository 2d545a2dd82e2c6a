"""What the predicates read: the filing, plus the few facts derived from it once per filing.

Derivations are stated here, each with the provision it rests on, so that a predicate never has to
re-derive them (and never guesses: a derived fact is ``None`` when the input does not settle it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kzreview.calendar import Deadline, Via
from kzreview.domain.enums import (
    ActKind,
    ActOutcome,
    AppealHistory,
    Category,
    CourtLevel,
    DocumentKind,
    Role,
)
from kzreview.domain.filing import Filing
from kzreview.rules.timing import deadline

if TYPE_CHECKING:
    from kzreview.rules.texts import Values

#: Roles whose complaint cannot lead to a worse position of the convict (УПК 494.14 para 3, 31.3).
DEFENCE_OWN: frozenset[Role] = frozenset({Role.convicted, Role.defender})


def case_category(f: Filing) -> Category | None:
    """The category of the case in the sense of УПК 484.2.1: the offence the courts convicted of.

    For a conviction, ``case.convicted_category``; a conviction is never graver than the charge, so a
    charge of a misdemeanour or a minor crime settles it too.  For an acquittal or a termination
    (nobody convicted) the charge decides.  НП P250000001S п.3 para 2 confirms that a case charged
    as graver but requalified by the courts down to a minor crime is a «minor» case.
    """
    c = f.case
    outcome = f.act.outcome
    if outcome in (ActOutcome.acquittal, ActOutcome.termination):
        return c.charged_category
    if c.convicted_category is not None:
        return c.convicted_category
    if outcome is ActOutcome.conviction or outcome is None:
        if c.charged_category is not None and c.charged_category.rank <= Category.minor.rank:
            return c.charged_category
        return None
    return c.charged_category


def appeal_used(f: Filing) -> bool | None:
    """Whether the appeal procedure was used for this act and this person (НП P250000001S п.4).

    An act of the appeal instance is the product of an appeal review; a first-instance act was
    reviewed only if ``appeal_history`` is ``reviewed``; the four other values are the four
    situations of п.4.
    """
    if f.act.court_level is CourtLevel.appeal:
        return True
    h = f.appeal_history
    if h is None:
        return None
    return h is AppealHistory.reviewed


def worsens(f: Filing) -> tuple[bool | None, str | None]:
    """Whether the filing seeks to worsen the position of the convict (acquitted), and why we know.

    Given, or derived: restoring a graver charge (п.3) is «применение закона о более тяжком»
    (УПК 487.2); a complaint of the convict himself or of his defender cannot worsen his position
    (УПК 494.14 para 3), so it is read as not worsening.
    """
    r = f.request
    if r.worsens_position is not None:
        return r.worsens_position, None
    if r.disputes_requalification:
        return True, "request.disputes_requalification"
    if f.filer.role in DEFENCE_OWN and f.document is DocumentKind.complaint:
        return False, "filer.role"
    return None, None


@dataclass(slots=True)
class Facts:
    """One filing, ready for the predicates."""

    filing: Filing
    as_of: date
    category: Category | None
    appeal_used: bool | None
    worsens: bool | None
    worsens_from: str | None
    refiled: bool
    filed: date | None
    filed_field: str
    received: date | None
    received_field: str
    via: Via
    limit: Deadline | None
    values: Values | None = None

    @property
    def role(self) -> Role | None:
        return self.filing.filer.role

    @property
    def document(self) -> DocumentKind:
        return self.filing.document

    @property
    def act_kind(self) -> ActKind | None:
        return self.filing.act.kind


def derive(filing: Filing, as_of: date) -> Facts:
    """Build the :class:`Facts` of ``filing`` for the law of ``as_of``."""
    w, w_from = worsens(filing)
    refiled = filing.first_filing_received_on is not None
    if refiled:
        # НП P250000001S п.8: after a return under УПК 489.1.1 the year of 487.2 «исчисляется с
        # момента поступления ранее поданной жалобы» — the first filing's arrival stands for both.
        filed, filed_field = filing.first_filing_received_on, "first_filing_received_on"
        received, received_field = filing.first_filing_received_on, "first_filing_received_on"
    else:
        filed, filed_field = filing.filed_on, "filed_on"
        received, received_field = filing.received_on, "received_on"
    via: Via = "custody_administration" if filing.filer.in_custody else "post"
    in_force = filing.act.in_force_on
    return Facts(
        filing=filing,
        as_of=as_of,
        category=case_category(filing),
        appeal_used=appeal_used(filing),
        worsens=w,
        worsens_from=w_from,
        refiled=refiled,
        filed=filed,
        filed_field=filed_field,
        received=received,
        received_field=received_field,
        via=via,
        limit=deadline(in_force, 1, "years") if in_force is not None else None,
    )
