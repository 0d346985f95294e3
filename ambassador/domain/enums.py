"""The closed vocabularies of the domain; editable lists (placement types, ...) live in settings."""

from __future__ import annotations

from enum import StrEnum


class Gender(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    OTHER = "other"
    UNDISCLOSED = "undisclosed"


class Sector(StrEnum):
    MUNICIPAL = "municipal"
    REGIONAL = "regional"
    STATE = "state"
    PRIVATE = "private"
    NON_PROFIT = "non_profit"


class AgreementStatus(StrEnum):
    NONE = "none"
    PARTNERSHIP = "partnership"
    ONE_OFF = "one_off"
    ENDED = "ended"


class ContactRole(StrEnum):
    SUPERVISOR = "supervisor"
    HR = "hr"
    MANAGER = "manager"
    OTHER = "other"


class PlacementStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    ENDED = "ended"


class Outcome(StrEnum):
    EMPLOYMENT = "employment"
    SUBSIDISED_EMPLOYMENT = "subsidised_employment"
    STUDIES = "studies"
    OTHER_MEASURE = "other_measure"
    NO_OCCUPATION = "no_occupation"
    ENDED_EARLY = "ended_early"

    @property
    def is_work_or_education(self) -> bool:
        return self in (Outcome.EMPLOYMENT, Outcome.SUBSIDISED_EMPLOYMENT, Outcome.STUDIES)


class WithWhom(StrEnum):
    PARTICIPANT = "participant"
    SUPERVISOR = "supervisor"
    BOTH = "both"
    AUTHORITY = "authority"
    OTHER = "other"


class CheckInStatus(StrEnum):
    PLANNED = "planned"
    DONE = "done"
    MISSED = "missed"
    CANCELLED = "cancelled"


class Respondent(StrEnum):
    EMPLOYER = "employer"
    PARTICIPANT = "participant"


class ConsentScope(StrEnum):
    """What a participant may agree to share; `employer_id` on the consent says with whom."""

    SHARE_NEEDS_WITH_EMPLOYER = "share_needs_with_employer"
    CONTACT_REFERRAL_SOURCE = "contact_referral_source"
    SHARE_SUMMARY_WITH_EMPLOYER = "share_summary_with_employer"


class ListName(StrEnum):
    """The editable lists of settings."""

    PLACEMENT_TYPES = "placement_types"
    NOTE_KINDS = "note_kinds"
    REFERRAL_SOURCES = "referral_sources"
    ENDING_REASONS = "ending_reasons"
    TASK_CATEGORIES = "task_categories"
    TASK_REQUIREMENTS = "task_requirements"
    SUBSIDY_TYPES = "subsidy_types"
    AGREEMENT_FORMS = "agreement_forms"
    NETWORK_CONTACT_KINDS = "network_contact_kinds"
