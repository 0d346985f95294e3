"""The rows of the home screen (Översikt): what needs the coordinator's attention today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from ambassador.domain.enums import CheckInStatus
from ambassador.domain.figures import KeyFigures

SILENT_AFTER_DAYS = 14
ENDING_WITHIN_DAYS = 14
# Feedback is due once a placement has run four weeks, and again each quarter it runs.
FEEDBACK_AFTER_DAYS = 28
FEEDBACK_EVERY_DAYS = 90
# An ended placement still asks for its closing feedback for a month.
FEEDBACK_AFTER_END_DAYS = 30


@dataclass(frozen=True)
class CheckInItem:
    check_in_id: int
    placement_id: int
    participant_name: str
    employer_name: str
    scheduled_at: datetime
    kind: str
    status: CheckInStatus
    first_name: str = ""  # the participant's, for titles that must say no more


@dataclass(frozen=True)
class SilentPlacement:
    placement_id: int
    participant_name: str
    employer_name: str
    last_contact: date | None  # None: no contact recorded since the start
    silent_days: int


@dataclass(frozen=True)
class EndingPlacement:
    placement_id: int
    participant_name: str
    employer_name: str
    planned_end_date: date


@dataclass(frozen=True)
class FeedbackDue:
    placement_id: int
    participant_name: str
    employer_name: str
    last_feedback: date | None


@dataclass(frozen=True)
class Overview:
    today: date
    today_check_ins: list[CheckInItem]
    week_check_ins: list[CheckInItem]
    overdue_check_ins: list[CheckInItem]
    silent_placements: list[SilentPlacement]
    ending_soon: list[EndingPlacement]
    feedback_due: list[FeedbackDue]
    key_figures: KeyFigures
