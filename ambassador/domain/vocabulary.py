"""The words for the domain's closed vocabularies, as English sources marked for translation.

The window (through Qt) and the documents (through the catalog) translate them in the
context `Labels`.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from ambassador.domain.enums import (
    AgreementStatus,
    CheckInStatus,
    ConsentScope,
    ContactRole,
    Gender,
    Outcome,
    PlacementStatus,
    Respondent,
    Sector,
    WithWhom,
)
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.outcome_check import FollowUpResult

LABELS_CONTEXT = "Labels"


class EnumLabels:
    """The label of each member of the closed vocabularies.

    Keyed by the enum and the value together: the members are strings, so `Gender.OTHER`
    and `WithWhom.OTHER` are equal and would share one entry of a plain dict.
    """

    def __init__(self, pairs: Iterable[tuple[StrEnum, str]]) -> None:
        self._labels = {(type(member), member.value): label for member, label in pairs}

    def __getitem__(self, member: StrEnum) -> str:
        return self._labels[(type(member), member.value)]

    def __len__(self) -> int:
        return len(self._labels)


LABELS = EnumLabels(
    [
        (Gender.WOMAN, QT_TRANSLATE_NOOP("Labels", "Woman")),
        (Gender.MAN, QT_TRANSLATE_NOOP("Labels", "Man")),
        (Gender.OTHER, QT_TRANSLATE_NOOP("Labels", "Other")),
        (Gender.UNDISCLOSED, QT_TRANSLATE_NOOP("Labels", "Prefers not to say")),
        (Sector.MUNICIPAL, QT_TRANSLATE_NOOP("Labels", "Municipal")),
        (Sector.REGIONAL, QT_TRANSLATE_NOOP("Labels", "Regional")),
        (Sector.STATE, QT_TRANSLATE_NOOP("Labels", "State")),
        (Sector.PRIVATE, QT_TRANSLATE_NOOP("Labels", "Private")),
        (Sector.NON_PROFIT, QT_TRANSLATE_NOOP("Labels", "Non-profit")),
        (AgreementStatus.NONE, QT_TRANSLATE_NOOP("Labels", "No agreement")),
        (AgreementStatus.PARTNERSHIP, QT_TRANSLATE_NOOP("Labels", "Partnership agreement")),
        (AgreementStatus.ONE_OFF, QT_TRANSLATE_NOOP("Labels", "One-off agreement")),
        (AgreementStatus.ENDED, QT_TRANSLATE_NOOP("Labels", "Agreement ended")),
        (ContactRole.SUPERVISOR, QT_TRANSLATE_NOOP("Labels", "Supervisor")),
        (ContactRole.HR, QT_TRANSLATE_NOOP("Labels", "HR")),
        (ContactRole.MANAGER, QT_TRANSLATE_NOOP("Labels", "Manager")),
        (ContactRole.OTHER, QT_TRANSLATE_NOOP("Labels", "Other contact")),
        (PlacementStatus.PLANNED, QT_TRANSLATE_NOOP("Labels", "Planned")),
        (PlacementStatus.ACTIVE, QT_TRANSLATE_NOOP("Labels", "Active")),
        (PlacementStatus.PAUSED, QT_TRANSLATE_NOOP("Labels", "Paused")),
        (PlacementStatus.ENDED, QT_TRANSLATE_NOOP("Labels", "Ended")),
        (Outcome.EMPLOYMENT, QT_TRANSLATE_NOOP("Labels", "Employment")),
        (Outcome.SUBSIDISED_EMPLOYMENT, QT_TRANSLATE_NOOP("Labels", "Subsidised employment")),
        (Outcome.STUDIES, QT_TRANSLATE_NOOP("Labels", "Studies")),
        (Outcome.OTHER_MEASURE, QT_TRANSLATE_NOOP("Labels", "Other measure")),
        (Outcome.NO_OCCUPATION, QT_TRANSLATE_NOOP("Labels", "No occupation")),
        (Outcome.ENDED_EARLY, QT_TRANSLATE_NOOP("Labels", "Ended early")),
        (WithWhom.PARTICIPANT, QT_TRANSLATE_NOOP("Labels", "The participant")),
        (WithWhom.SUPERVISOR, QT_TRANSLATE_NOOP("Labels", "The supervisor")),
        (WithWhom.BOTH, QT_TRANSLATE_NOOP("Labels", "Participant and supervisor")),
        (WithWhom.AUTHORITY, QT_TRANSLATE_NOOP("Labels", "An authority")),
        (WithWhom.OTHER, QT_TRANSLATE_NOOP("Labels", "Someone else")),
        (CheckInStatus.PLANNED, QT_TRANSLATE_NOOP("Labels", "Planned")),
        (CheckInStatus.DONE, QT_TRANSLATE_NOOP("Labels", "Done")),
        (CheckInStatus.MISSED, QT_TRANSLATE_NOOP("Labels", "Missed")),
        (CheckInStatus.CANCELLED, QT_TRANSLATE_NOOP("Labels", "Cancelled")),
        (FollowUpResult.WORK, QT_TRANSLATE_NOOP("Labels", "In work")),
        (FollowUpResult.STUDIES, QT_TRANSLATE_NOOP("Labels", "In studies")),
        (FollowUpResult.OTHER_MEASURE, QT_TRANSLATE_NOOP("Labels", "In another measure")),
        (FollowUpResult.NONE, QT_TRANSLATE_NOOP("Labels", "None of these")),
        (Respondent.EMPLOYER, QT_TRANSLATE_NOOP("Labels", "Employer")),
        (Respondent.PARTICIPANT, QT_TRANSLATE_NOOP("Labels", "Participant")),
        (
            ConsentScope.SHARE_NEEDS_WITH_EMPLOYER,
            QT_TRANSLATE_NOOP("Labels", "Share needs and adaptations with the employer"),
        ),
        (
            ConsentScope.CONTACT_REFERRAL_SOURCE,
            QT_TRANSLATE_NOOP("Labels", "Contact the referring authority"),
        ),
        (
            ConsentScope.SHARE_SUMMARY_WITH_EMPLOYER,
            QT_TRANSLATE_NOOP("Labels", "Share the follow-up summary with the employer"),
        ),
    ]
)

RATING_LABELS: dict[str, str] = {
    "attendance": QT_TRANSLATE_NOOP("Labels", "Attendance"),
    "performance": QT_TRANSLATE_NOOP("Labels", "Work performance"),
    "cooperation": QT_TRANSLATE_NOOP("Labels", "Cooperation"),
    "development": QT_TRANSLATE_NOOP("Labels", "Development"),
    "felt_supported": QT_TRANSLATE_NOOP("Labels", "Felt supported by the ambassador"),
}
