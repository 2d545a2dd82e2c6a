"""The closed vocabularies of a filing (CONTRACT.md §3): who files, what, against which act.

Every value is the exact string of the contract.  Labels in Russian and Kazakh are in
:mod:`kzreview.domain.labels`.
"""

from __future__ import annotations

from enum import StrEnum


class Instance(StrEnum):
    appeal = "appeal"
    cassation = "cassation"


class DocumentKind(StrEnum):
    """Appeal: complaint, private_complaint, prosecutor_motion; cassation: complaint, protest, submission."""

    complaint = "complaint"
    private_complaint = "private_complaint"
    prosecutor_motion = "prosecutor_motion"
    protest = "protest"
    submission = "submission"


DOCUMENTS_BY_INSTANCE: dict[Instance, tuple[DocumentKind, ...]] = {
    Instance.appeal: (DocumentKind.complaint, DocumentKind.private_complaint, DocumentKind.prosecutor_motion),
    Instance.cassation: (DocumentKind.complaint, DocumentKind.protest, DocumentKind.submission),
}


class Role(StrEnum):
    convicted = "convicted"
    acquitted = "acquitted"
    defender = "defender"
    legal_representative = "legal_representative"
    victim = "victim"
    victim_representative = "victim_representative"
    private_prosecutor = "private_prosecutor"
    civil_plaintiff = "civil_plaintiff"
    civil_defendant = "civil_defendant"
    civil_party_representative = "civil_party_representative"
    interested_person = "interested_person"
    state_prosecutor = "state_prosecutor"
    prosecutor_general = "prosecutor_general"
    deputy_prosecutor_general = "deputy_prosecutor_general"
    chief_military_prosecutor = "chief_military_prosecutor"
    chief_transport_prosecutor = "chief_transport_prosecutor"
    regional_prosecutor = "regional_prosecutor"
    district_prosecutor = "district_prosecutor"
    regional_court_chairman = "regional_court_chairman"
    other = "other"


#: Roles of a prosecutor (any level).
PROSECUTORS: frozenset[Role] = frozenset(
    {
        Role.state_prosecutor,
        Role.prosecutor_general,
        Role.deputy_prosecutor_general,
        Role.chief_military_prosecutor,
        Role.chief_transport_prosecutor,
        Role.regional_prosecutor,
        Role.district_prosecutor,
    }
)


class ActKind(StrEnum):
    verdict = "verdict"
    ruling = "ruling"
    private_ruling = "private_ruling"
    investigating_judge_ruling = "investigating_judge_ruling"


class CourtLevel(StrEnum):
    first = "first"
    appeal = "appeal"


class ActOutcome(StrEnum):
    conviction = "conviction"
    acquittal = "acquittal"
    termination = "termination"
    other = "other"


class Procedure(StrEnum):
    """general; jury; summary (приказное); plea_agreement (согласительное); abridged (сокращённое, ст.382)."""

    general = "general"
    jury = "jury"
    summary = "summary"
    plea_agreement = "plea_agreement"
    abridged = "abridged"


class RulingSubject(StrEnum):
    preventive_measure = "preventive_measure"
    monetary_penalty = "monetary_penalty"
    evidence_order = "evidence_order"
    party_motion = "party_motion"
    courtroom_order = "courtroom_order"
    constitutional_referral = "constitutional_referral"
    charge_withdrawal = "charge_withdrawal"
    execution = "execution"
    other = "other"


class Category(StrEnum):
    """Categories of criminal offences (УК 10, 11), from the least to the gravest."""

    misdemeanour = "misdemeanour"
    minor = "minor"
    medium = "medium"
    grave = "grave"
    especially_grave = "especially_grave"

    @property
    def rank(self) -> int:
        return _CATEGORY_RANK[self]


_CATEGORY_RANK: dict[Category, int] = {c: i for i, c in enumerate(Category)}


class AppealHistory(StrEnum):
    """What happened to the act on appeal (НП P250000001S п.4 names the last four)."""

    reviewed = "reviewed"
    not_appealed = "not_appealed"
    withdrawn = "withdrawn"
    returned_late = "returned_late"
    reviewed_for_others_only = "reviewed_for_others_only"


class Outcome(StrEnum):
    accept = "accept"
    return_ = "return"
    return_for_correction = "return_for_correction"
    leave_without_consideration = "leave_without_consideration"
    restoration_hearing = "restoration_hearing"
    terminate_proceedings = "terminate_proceedings"


class Form(StrEnum):
    letter = "letter"
    ruling = "ruling"


class Actor(StrEnum):
    first_instance_court = "first_instance_court"
    appeal_court = "appeal_court"
    cassation_judge = "cassation_judge"
    cassation_court = "cassation_court"
