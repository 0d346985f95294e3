"""The rows of the home screen (Översikt): what needs the coordinator's attention today."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from ambassador.domain.country import SWEDEN
from ambassador.domain.enums import CheckInStatus
from ambassador.domain.figures import KeyFigures
from ambassador.domain.network import EmployerFollowUpDue
from ambassador.domain.plan import FollowUpPlan
from ambassador.domain.sorting import sort_key

SILENT_AFTER_DAYS = 14
ENDING_WITHIN_DAYS = 14
# A note flagged for drop-out risk keeps its placement on the list of those at risk for a
# month: long enough to cover the next contacts of even the sparsest phase (monthly).
RISK_NOTES_WITHIN_DAYS = 30
# In the ranking a flagged note weighs as a week past the silence threshold: the
# coordinator's own judgement that a placement wobbles is worth about one missed weekly
# contact of the first phase, so two flags outrank a placement a week and a half overdue,
# and a placement silent for weeks still outranks a single flag.
RISK_NOTE_WEIGHT_DAYS = 7
# Feedback is due once a placement has run four weeks, and again each quarter it runs.
FEEDBACK_AFTER_DAYS = 28
FEEDBACK_EVERY_DAYS = 90
# An ended placement still asks for its closing feedback for a month.
FEEDBACK_AFTER_END_DAYS = 30
# A subsidy decision ending within this many days is listed (a setting): a renewal applied
# for a month ahead is usually decided before the old decision runs out.
RENEWAL_WARNING_DAYS = 30


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
class AtRiskPlacement:
    """An active placement silent up to its threshold, or with a recent note of drop-out risk.

    The threshold is the silence threshold of the plan's phase the placement is in today
    (without a plan: the setting). Silent, as the setting has always meant, from the day the
    days without contact reach the threshold.
    """

    placement_id: int
    participant_name: str
    employer_name: str
    last_contact: date | None  # None: no contact recorded since the start
    silent_days: int
    threshold_days: int
    phase: int | None  # 1-based phase of a plan of several phases; None: one rhythm
    # The placement's notes flagged for drop-out risk within RISK_NOTES_WITHIN_DAYS (a
    # note about the person alone is not counted: it may concern another placement).
    flagged_notes: int

    @property
    def silent(self) -> bool:
        return self.silent_days >= self.threshold_days

    @property
    def days_past(self) -> int:
        return max(0, self.silent_days - self.threshold_days)

    @property
    def at_risk(self) -> bool:
        return self.silent or self.flagged_notes > 0

    @property
    def score(self) -> int:
        """Days past the threshold, plus a week's worth for each flagged note."""
        return self.days_past + RISK_NOTE_WEIGHT_DAYS * self.flagged_notes


def silence_threshold(
    plan_json: str | None, start: date, today: date, default_days: int
) -> tuple[int, int | None]:
    """The silence threshold of a placement on `today`, and the 1-based phase of its plan it
    comes from (None for a one-phase plan); no plan, or one that cannot be read: the
    setting's `default_days`."""
    plan = _plan(plan_json) if plan_json else None
    if plan is not None:
        phases = plan.phases
        index = plan.phase_index_on(start, today)
        return phases[index].silent_after_days, index + 1 if len(phases) > 1 else None
    return default_days, None


@lru_cache(maxsize=64)
def _plan(plan_json: str) -> FollowUpPlan | None:
    """The plan stored as `plan_json`, None if it has no phases or cannot be read: parsed once
    for the many placements that share a handful of plans (the Översikt asks of each active
    one)."""
    try:
        plan = FollowUpPlan.from_json(plan_json)
    except ValueError:
        return None
    return plan if plan.phases else None


def rank_at_risk(placements: list[AtRiskPlacement], country: str = SWEDEN) -> list[AtRiskPlacement]:
    """Those at risk, highest score first; ties by the participant's name, in the alphabetical
    order of the organisation's `country`."""
    at_risk = [p for p in placements if p.at_risk]
    return sorted(
        at_risk,
        key=lambda p: (-p.score, sort_key(p.participant_name, country), p.placement_id),
    )


@dataclass(frozen=True)
class OutcomeCheckDue:
    """An outcome check whose day has come and that has no result yet."""

    check_id: int
    placement_id: int
    participant_name: str
    employer_name: str
    ended_on: date
    due_on: date


@dataclass(frozen=True)
class EndingPlacement:
    placement_id: int
    participant_name: str
    employer_name: str
    planned_end_date: date


@dataclass(frozen=True)
class DecisionEnding:
    """A placement going on whose subsidy decision ends soon or has ended: renew it or end
    the placement."""

    placement_id: int
    participant_name: str
    employer_name: str
    subsidy_type: str
    decision_end: date

    def days_left(self, today: date) -> int:
        """Days until the decision's last day; negative once it has passed."""
        return (self.decision_end - today).days


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
    at_risk: list[AtRiskPlacement]
    ending_soon: list[EndingPlacement]
    feedback_due: list[FeedbackDue]
    outcome_checks_due: list[OutcomeCheckDue]
    # None: not read. The Översikt reads them when they come into view: at the start only its
    # lists are in view (services/overview.py `figures`).
    key_figures: KeyFigures | None
    # No participant and no employer yet, not even in the trash: the first run's start page.
    empty_register: bool = False
    decisions_ending: list[DecisionEnding] = field(default_factory=list)
    # Network contacts' follow-ups due within a week or past, not done (domain/network.py).
    employer_follow_ups: list[EmployerFollowUpDue] = field(default_factory=list)
