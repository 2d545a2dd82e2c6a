"""The filing as the contract states it (CONTRACT.md §3): a validated, immutable pydantic model.

Every field may be omitted when a case does not need it (``None`` means *not given*, never *false*);
unknown fields are an error (``extra="forbid"``).  Dates are ISO ``YYYY-MM-DD`` strings or ``date``
objects (YAML gives those), never date-times; booleans are ``true``/``false`` only.

Fields beyond the contract (allowed by its preamble) are marked *extension* below.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, StrictBool, StringConstraints

from kzreview.domain.enums import (
    ActKind,
    ActOutcome,
    AppealHistory,
    Category,
    CourtLevel,
    DocumentKind,
    Instance,
    Procedure,
    Role,
    RulingSubject,
)

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
DATE_ALLOWED = "a date YYYY-MM-DD"
GROUND_ALLOWED = 'a ground as "article.part.item", e.g. "485.1.3" or "485.2.1"'


def _iso_date(value: Any) -> date:
    """Accept a ``date`` (not a date-time) or an ISO ``YYYY-MM-DD`` string; anything else is an error."""
    if type(value) is date:
        return value
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(DATE_ALLOWED)


Day = Annotated[date, BeforeValidator(_iso_date)]
Ground = Annotated[str, StringConstraints(strict=True, pattern=r"^\d+(-\d+)?\.\d+\.\d+(-\d+)?$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Filer(_Model):
    """Who files (CONTRACT.md §3 ``filer``)."""

    role: Role | None = None
    represented_reached_majority: StrictBool | None = Field(
        default=None, description="legal_representative of a minor: has the minor turned 18?"
    )
    convict_consents: StrictBool | None = Field(
        default=None, description="withdrawal by a defender or legal representative: does the convict agree?"
    )
    in_custody: StrictBool | None = Field(default=None, description="the filer is a convict held in custody")
    took_part_in_trial: StrictBool | None = None
    speaks_language_of_proceedings: StrictBool | None = Field(
        default=None,
        description="extension: does the filer speak the language of the proceedings? (УПК 30.3)",
    )


class Act(_Model):
    """The judicial act appealed."""

    kind: ActKind | None = None
    court_level: CourtLevel | None = None
    outcome: ActOutcome | None = None
    procedure: Procedure | None = None
    ruling_subject: RulingSubject | None = None
    during_trial: StrictBool | None = Field(
        default=None, description="a ruling made while the trial was running"
    )
    pronounced_on: Day | None = None
    copy_delivered_on: Day | None = Field(default=None, description="copy handed to a convict in custody")
    in_force_on: Day | None = None


class Case(_Model):
    charged_category: Category | None = None
    convicted_category: Category | None = None
    convict_died: StrictBool | None = None


class Request(_Model):
    """What the filing asks for."""

    worsens_position: StrictBool | None = Field(
        default=None,
        description="asks for a graver law, a harsher sentence, or to cancel an acquittal or a termination",
    )
    grounds: list[Ground] | None = Field(default=None, description='the grounds relied on, e.g. ["485.1.3"]')
    civil_claim_only: StrictBool | None = None
    only_retroactivity_or_amnesty: StrictBool | None = Field(default=None, description="НП P250000001S п.15")
    disputes_requalification: StrictBool | None = Field(
        default=None, description="asks to restore the graver charge (НП P250000001S п.3)"
    )
    public_interest_justified: StrictBool | None = Field(
        default=None, description="a protest on 485.2.1 or 485.2.4 explains the interest (НП P250000001S п.8)"
    )
    for_rehabilitation: StrictBool | None = None
    civil_claim_arithmetic_only: StrictBool | None = Field(
        default=None,
        description="extension: only arithmetic or technical errors in the civil-claim calculation (НП п.16)",
    )


class Contents(_Model):
    """What the filing contains (УПК 423.1, 488.1; НП P250000001S п.7, п.8)."""

    addressee: StrictBool | None = None
    filer_details: StrictBool | None = None
    acts_identified: StrictBool | None = None
    extent: StrictBool | None = None
    ground_reference: StrictBool | None = None
    arguments: StrictBool | None = None
    evidence: StrictBool | None = None
    participation_preference: StrictBool | None = None
    attachments_list: StrictBool | None = None
    date: StrictBool | None = None
    signature: StrictBool | None = None
    copies_of_acts: StrictBool | None = None
    language_matches_proceedings: StrictBool | None = None
    improper_language: StrictBool | None = None
    irrelevant_matter: StrictBool | None = None
    addressed_to_other_body: StrictBool | None = None


class Filing(_Model):
    """A complaint, protest, submission or motion as it reaches the court (CONTRACT.md §3)."""

    instance: Instance
    document: DocumentKind
    filer: Filer = Field(default_factory=Filer)
    act: Act = Field(default_factory=Act)
    case: Case = Field(default_factory=Case)
    appeal_history: AppealHistory | None = None
    request: Request = Field(default_factory=Request)
    contents: Contents | None = None
    filed_on: Day | None = Field(default=None, description="handed in (post office or custody mark: УПК 49)")
    received_on: Day | None = Field(default=None, description="reached the court that decides on it")
    passed_to_judge_on: Day | None = None
    restoration_requested: StrictBool | None = None
    withdrawn: StrictBool | None = None
    withdrawn_before_hearing: StrictBool | None = None
    first_filing_received_on: Day | None = Field(
        default=None, description="refiled after a return under УПК 489.1.1: when the first filing arrived"
    )
    as_of: Day | None = Field(default=None, description="law in force on this date; default: filed_on")
    # -- extensions ------------------------------------------------------------------------------
    case_request_received_on: Day | None = Field(
        default=None,
        description="extension: the cassation court's request for the case reached the court (486.4)",
    )
    case_at_prosecutor_on: Day | None = Field(
        default=None,
        description="extension: the case reached the prosecutor's office (486.3, second paragraph)",
    )
    case_received_on: Day | None = Field(
        default=None, description="extension: the cassation court received the case file (492.1, 492.3)"
    )
    at_hearing: StrictBool | None = Field(
        default=None, description="extension: the question arises at the cassation hearing (НП п.15 para 2)"
    )
    remanded_by_supreme_court: StrictBool | None = Field(
        default=None,
        description="extension: the Supreme Court sent the case back to the cassation court (52.3)",
    )

    @property
    def law_date(self) -> date | None:
        """The date whose law applies: ``as_of``, else ``filed_on``, else ``received_on``."""
        return self.as_of or self.filed_on or self.received_on
