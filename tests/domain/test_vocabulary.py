"""Every member of the closed vocabularies has its own label, even where two enums share a
value ("other", "supervisor", "ended")."""

from __future__ import annotations

from enum import StrEnum

import pytest

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
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.vocabulary import LABELS

ENUMS: list[type[StrEnum]] = [
    Gender,
    Sector,
    AgreementStatus,
    ContactRole,
    PlacementStatus,
    Outcome,
    WithWhom,
    CheckInStatus,
    FollowUpResult,
    Respondent,
    ConsentScope,
]


def test_every_member_has_a_label() -> None:
    members = [member for enum in ENUMS for member in enum]
    assert len(LABELS) == len(members)
    assert all(LABELS[member] for member in members)


@pytest.mark.parametrize(
    ("member", "label"),
    [
        (Gender.OTHER, "Other"),
        (WithWhom.OTHER, "Someone else"),
        (ContactRole.OTHER, "Other contact"),
        (ContactRole.SUPERVISOR, "Supervisor"),
        (WithWhom.SUPERVISOR, "The supervisor"),
        (AgreementStatus.ENDED, "Agreement ended"),
        (PlacementStatus.ENDED, "Ended"),
    ],
)
def test_members_with_the_same_value_keep_their_own_label(member: StrEnum, label: str) -> None:
    assert LABELS[member] == label
