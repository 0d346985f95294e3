"""The placement: one participant at one employer for a period, and how it ends."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from ambassador.domain.enums import Outcome, PlacementStatus
from ambassador.domain.errors import Problem
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.plan import FollowUpPlan, plan_problems
from ambassador.domain.validation import (
    HOURS_RANGE,
    PERCENT_RANGE,
    SHORT_TEXT_MAX,
    check_date_order,
    check_length,
    check_required,
    check_text,
    clean,
    raise_if_any,
)

CADENCE_RANGE = QT_TRANSLATE_NOOP("Messages", "Give a follow-up interval of 1 to 365 days.")
REASON_REQUIRED = QT_TRANSLATE_NOOP("Messages", "An early ending needs a reason.")
END_IN_FUTURE = QT_TRANSLATE_NOOP("Messages", "A placement cannot end after today.")
ALREADY_ENDED = QT_TRANSLATE_NOOP("Messages", "This placement has already ended.")
AMOUNT_RANGE = QT_TRANSLATE_NOOP("Messages", "Give an amount from 0 to 1,000,000 kronor a month.")
MENTOR_HOURS_RANGE = QT_TRANSLATE_NOOP("Messages", "Give a mentor's hours from 0 to 60 a week.")
SUBSIDY_TYPE_NEEDED = QT_TRANSLATE_NOOP(
    "Messages", "Choose the subsidy type the amount or share is for."
)
# An amount a month and a share of the wage may both be given: a subsidy is often a share of
# the wage up to a ceiling amount (lönebidrag, løntilskud), and the decision states both.
AMOUNT_MAX = 1_000_000
MENTOR_HOURS_MAX = 60
DECISION_NUMBER_MAX = 100

# The subsidy and the terms, PlacementFields' names in its order: the form's folding section,
# the list export's columns and the sample's terms.
TERMS_FIELDS = (
    "subsidy_type",
    "subsidy_amount",
    "subsidy_percent",
    "decision_number",
    "decision_start",
    "decision_end",
    "agreement_form",
    "employer_of_record",
    "municipal_cost",
)


@dataclass(frozen=True, kw_only=True)
class PlacementFields:
    participant_id: int
    employer_id: int
    placement_type: str
    start_date: date
    planned_end_date: date | None = None
    unit: str = ""
    supervisor_id: int | None = None
    hours_per_week: float | None = None
    extent_percent: int | None = None
    purpose: str = ""
    goals: str = ""
    tasks: str = ""
    support: str = ""
    compensation: str = ""
    # The subsidy and the terms: a subsidy type (editable list), an amount a month or a share
    # of the wage, the employment service's decision (number, first and last day: its renewal
    # must not be missed), the agreement form (editable list), the employer of record and the
    # municipality's own cost a month.
    subsidy_type: str = ""
    subsidy_amount: float | None = None
    subsidy_percent: int | None = None
    decision_number: str = ""
    decision_start: date | None = None
    decision_end: date | None = None
    agreement_form: str = ""
    employer_of_record: str = ""
    municipal_cost: float | None = None
    # A mentor (at the employer or in the unit) and their hours a week on this placement.
    mentor_id: int | None = None
    mentor_hours: float | None = None
    # The project (a funded programme) the placement belongs to, at most one.
    project_id: int | None = None
    # The employer's tasks (EmployerTask ids) the placement covers, in the employer's order;
    # stored apart (placement_tasks), checked against the employer's tasks by the service.
    task_ids: tuple[int, ...] = ()
    # The tapering follow-up plan; None: no planned check-ins (scheduled one at a time).
    # Creating a placement in the window proposes its type's plan.
    plan: FollowUpPlan | None = None


@dataclass(frozen=True, kw_only=True)
class Ending:
    ended_on: date
    outcome: Outcome
    reason: str = ""


@dataclass(frozen=True, kw_only=True)
class Placement(PlacementFields):
    id: int
    # How many times it was saved: a form's save carries the version it read, and a stale
    # one is refused with a ConflictError (storage/versions.py).
    version: int = 1
    paused: bool = False
    ending: Ending | None = None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = None

    def status_on(self, day: date) -> PlacementStatus:
        if self.ending is not None:
            return PlacementStatus.ENDED
        if self.paused:
            return PlacementStatus.PAUSED
        if self.start_date > day:
            return PlacementStatus.PLANNED
        return PlacementStatus.ACTIVE


def validate_placement(fields: PlacementFields) -> PlacementFields:
    problems: list[Problem] = []
    placement_type = clean(fields.placement_type)
    check_required(problems, "placement_type", placement_type)
    check_date_order(problems, "planned_end_date", fields.start_date, fields.planned_end_date)
    check_length(problems, "unit", clean(fields.unit), SHORT_TEXT_MAX)
    if fields.hours_per_week is not None and not 1 <= fields.hours_per_week <= 60:
        problems.append(Problem("hours_per_week", HOURS_RANGE))
    if fields.extent_percent is not None and not 1 <= fields.extent_percent <= 100:
        problems.append(Problem("extent_percent", PERCENT_RANGE))
    if fields.plan is not None:
        problems.extend(plan_problems("plan", fields.plan))
    for name in ("purpose", "goals", "tasks", "support", "compensation"):
        check_text(problems, name, getattr(fields, name))
    fields = _checked_terms(problems, fields)
    raise_if_any(problems)
    return replace(
        fields,
        placement_type=placement_type,
        unit=clean(fields.unit),
        purpose=clean(fields.purpose),
        goals=clean(fields.goals),
        tasks=clean(fields.tasks),
        support=clean(fields.support),
        compensation=clean(fields.compensation),
    )


def _checked_terms(problems: list[Problem], fields: PlacementFields) -> PlacementFields:
    """The subsidy's and the terms' problems added to `problems`; `fields` with their texts
    cleaned. A
    subsidy type is any label (one the list no longer holds stays), as the placement type."""
    texts = {
        name: clean(getattr(fields, name))
        for name in ("subsidy_type", "decision_number", "agreement_form", "employer_of_record")
    }
    for name, text in texts.items():
        check_length(
            problems,
            name,
            text,
            DECISION_NUMBER_MAX if name == "decision_number" else SHORT_TEXT_MAX,
        )
    for name in ("subsidy_amount", "municipal_cost"):
        amount = getattr(fields, name)
        if amount is not None and not 0 <= amount <= AMOUNT_MAX:
            problems.append(Problem(name, AMOUNT_RANGE))
    if fields.subsidy_percent is not None and not 1 <= fields.subsidy_percent <= 100:
        problems.append(Problem("subsidy_percent", PERCENT_RANGE))
    if not texts["subsidy_type"] and (
        fields.subsidy_amount is not None or fields.subsidy_percent is not None
    ):
        problems.append(Problem("subsidy_type", SUBSIDY_TYPE_NEEDED))
    check_date_order(problems, "decision_end", fields.decision_start, fields.decision_end)
    if fields.mentor_hours is not None and not 0 <= fields.mentor_hours <= MENTOR_HOURS_MAX:
        problems.append(Problem("mentor_hours", MENTOR_HOURS_RANGE))
    return replace(
        fields,
        subsidy_type=texts["subsidy_type"],
        decision_number=texts["decision_number"],
        agreement_form=texts["agreement_form"],
        employer_of_record=texts["employer_of_record"],
    )


def validate_ending(placement: Placement, ending: Ending, today: date) -> Ending:
    """An ending is dated within the placement and not in the future; early needs a reason."""
    problems: list[Problem] = []
    if placement.ending is not None:
        problems.append(Problem("ended_on", ALREADY_ENDED))
    check_date_order(problems, "ended_on", placement.start_date, ending.ended_on)
    if ending.ended_on > today:
        problems.append(Problem("ended_on", END_IN_FUTURE))
    reason = clean(ending.reason)
    if ending.outcome is Outcome.ENDED_EARLY and not reason:
        problems.append(Problem("reason", REASON_REQUIRED))
    check_length(problems, "reason", reason, SHORT_TEXT_MAX)
    raise_if_any(problems)
    return replace(ending, reason=reason)


def overlaps(a_start: date, a_end: date | None, b_start: date, b_end: date | None) -> bool:
    """Two periods overlap; an open end runs for ever."""
    return (a_end is None or b_start <= a_end) and (b_end is None or a_start <= b_end)
