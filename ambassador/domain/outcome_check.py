"""The outcome check: some days after a placement ends, what is the person doing?

Outcomes are judged at 90 days, not on the last day: a placement that ended in "no
occupation" may have led to a job a month later, and a job at the end may not have lasted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from ambassador.domain.enums import Gender, Outcome

OUTCOME_CHECK_AFTER_DAYS = 90


class FollowUpResult(StrEnum):
    WORK = "work"
    STUDIES = "studies"
    OTHER_MEASURE = "other_measure"
    NONE = "none"

    @property
    def is_work_or_education(self) -> bool:
        return self in (FollowUpResult.WORK, FollowUpResult.STUDIES)


@dataclass(frozen=True, kw_only=True)
class OutcomeCheck:
    id: int
    # How many times it was saved: a form's save carries the version it read, and a stale
    # one is refused with a ConflictError (storage/versions.py).
    version: int = 1
    placement_id: int
    due_on: date
    result: FollowUpResult | None = None
    recorded_on: date | None = None
    created_at: datetime


@dataclass(frozen=True)
class OutcomeCheckFact:
    """One check for the statistics: whose placement, how it ended, what followed."""

    placement_id: int
    gender: Gender
    ended_on: date
    outcome: Outcome
    due_on: date
    result: FollowUpResult | None
    recorded_on: date | None
