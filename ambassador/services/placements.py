"""Use cases for placements: create with its follow-up plan, edit, pause, end, trash."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from ambassador.domain.clock import Clock
from ambassador.domain.enums import ListName, Outcome
from ambassador.domain.errors import NotFoundError, Problem, ValidationError
from ambassador.domain.followup import CheckInSeries
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.outcome_check import OutcomeCheck
from ambassador.domain.placement import (
    Ending,
    Placement,
    PlacementFields,
    overlaps,
    validate_ending,
    validate_placement,
)
from ambassador.domain.plan import FollowUpPlan
from ambassador.domain.recurrence import OPEN_ENDED_HORIZON, occurrences
from ambassador.domain.settings import Settings
from ambassador.domain.tasks import covered_tasks
from ambassador.services.changes import Changes, ids
from ambassador.services.employers import get_employer
from ambassador.services.participants import get_participant
from ambassador.services.retrying import retried
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

UNKNOWN_TYPE = QT_TRANSLATE_NOOP("Messages", "Choose a placement type from the list.")
SUPERVISOR_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Messages", "The supervisor must be a contact at the chosen employer."
)
MENTOR_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Messages", "The mentor must be the chosen employer's or the unit's own."
)
UNKNOWN_PROJECT = QT_TRANSLATE_NOOP("Messages", "The project is no longer there. Choose another.")
OVERLAP_WARNING = QT_TRANSLATE_NOOP(
    "Messages", "The participant has another placement in the same period."
)

# Planned check-ins land mid-morning; the coordinator moves them as needed.
CHECK_IN_TIME = time(10, 0)
PLAN_CHECK_IN_KIND = "Arbetsplatsbesök"


@dataclass(frozen=True)
class PlacementSaved:
    placement: Placement
    changes: Changes
    warnings: tuple[str, ...] = field(default_factory=tuple)
    outcome_check: OutcomeCheck | None = None  # scheduled by ending the placement


def get_placement(uow: UnitOfWork, placement_id: int) -> Placement:
    placement = uow.placements.get(placement_id)
    if placement is None:
        raise NotFoundError("placement", placement_id)
    return placement


def add_with_plan(
    uow: UnitOfWork, fields: PlacementFields, now: datetime, *, from_day: date | None = None
) -> tuple[Placement, list[int]]:
    """Add a checked placement and the check-ins of its plan, one series for each phase; with
    `from_day`, only those on or after it (an imported placement that began long ago gets no
    overdue history)."""
    placement = uow.placements.add(fields, now)
    if fields.plan is None:
        return placement, []
    added = _add_plan_check_ins(
        uow,
        placement,
        fields.plan,
        now,
        horizon_from=from_day or fields.start_date,
        after=None,
        keep=lambda moment: from_day is None or moment.date() >= from_day,
        free=[],
        kind=plan_kind(uow),
    )
    return placement, added


def _add_plan_check_ins(
    uow: UnitOfWork,
    placement: Placement,
    plan: FollowUpPlan,
    now: datetime,
    *,
    horizon_from: date,
    after: date | None,
    keep: Callable[[datetime], bool],
    free: list[CheckInSeries],
    kind: str,
) -> list[int]:
    """The plan's check-ins that `keep` accepts, as one series for each phase that has any.
    The chain of contacts starts at `after` (None: the placement's start); a series of
    `free` (one with no check-ins left) is used again before a new one is added."""
    last_day = placement.planned_end_date or horizon_from + OPEN_ENDED_HORIZON
    added: list[int] = []
    for run in plan.runs(placement.start_date, last_day, after=after):
        moments = [datetime.combine(day, CHECK_IN_TIME) for day in run.days]
        kept = [moment for moment in moments if keep(moment)]
        if not kept:
            continue
        if free:
            series = uow.check_ins.update_series(
                free.pop(0).id, moments[0], run.every_days, run.until_on
            )
        else:
            series = uow.check_ins.add_series(
                placement.id, moments[0], run.every_days, kind, True, run.until_on
            )
        added.extend(c.id for c in uow.check_ins.add_many(placement.id, kept, kind, now, series.id))
    return added


def with_covered_tasks(uow: UnitOfWork, fields: PlacementFields) -> PlacementFields:
    """`fields` with its tasks covered checked to be its employer's, in the employer's order."""
    if not fields.task_ids:
        return fields
    offered = uow.employer_tasks.ids_of_employer(fields.employer_id)
    return replace(fields, task_ids=covered_tasks(fields.task_ids, offered))


def plan_kind(uow: UnitOfWork) -> str:
    kinds = uow.lists.labels(ListName.NOTE_KINDS)
    return PLAN_CHECK_IN_KIND if PLAN_CHECK_IN_KIND in kinds or not kinds else kinds[0]


class PlacementService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def get(self, placement_id: int) -> Placement:
        with self._db.read() as uow:
            return get_placement(uow, placement_id)

    def of_participant(self, participant_id: int) -> list[Placement]:
        with self._db.read() as uow:
            return uow.placements.of_participant(participant_id)

    @retried
    def create(self, fields: PlacementFields) -> PlacementSaved:
        """Register a placement and generate the check-ins of its follow-up plan."""
        clean = validate_placement(fields)
        now = self._clock.now()
        with self._db.write() as uow:
            self._check_references(uow, clean)
            clean = with_covered_tasks(uow, clean)
            warnings = self._overlap_warnings(uow, clean, None)
            placement, check_in_ids = add_with_plan(uow, clean, now)
        changes = Changes(
            participants=ids(clean.participant_id),
            employers=ids(clean.employer_id),
            placements=ids(placement.id),
            check_ins=frozenset(check_in_ids),
        )
        return PlacementSaved(placement, changes, warnings)

    @retried
    def update(
        self,
        placement_id: int,
        fields: PlacementFields,
        *,
        expected_version: int | None = None,
    ) -> PlacementSaved:
        """Save the placement; a changed start, planned end or follow-up plan regenerates only
        future planned check-ins of the placement's series, never history.

        `expected_version`: the version the form read; a stale one is refused with a
        ConflictError and nothing is written (None: a caller that is not a form)."""
        clean = validate_placement(fields)
        now = self._clock.now()
        with self._db.write() as uow:
            uow.placements.check_version(placement_id, expected_version)
            before = get_placement(uow, placement_id)
            self._check_references(uow, clean)
            clean = with_covered_tasks(uow, clean)
            warnings = self._overlap_warnings(uow, clean, placement_id)
            placement = uow.placements.update(
                placement_id, clean, now, expected_version=expected_version
            )
            touched: set[int] = set()
            if (before.start_date, before.planned_end_date, before.plan) != (
                clean.start_date,
                clean.planned_end_date,
                clean.plan,
            ):
                touched = self._regenerate(uow, placement, now, before.plan != clean.plan)
        changes = Changes(
            participants=ids(clean.participant_id),
            employers=ids(clean.employer_id, before.employer_id),
            placements=ids(placement_id),
            check_ins=frozenset(touched),
        )
        return PlacementSaved(placement, changes, warnings)

    @retried
    def end(
        self, placement_id: int, ending: Ending, *, expected_version: int | None = None
    ) -> PlacementSaved:
        """End with an outcome; planned check-ins after the end (or still ahead) are
        cancelled and those before it that were never recorded are marked missed, so no list,
        timeline or count calls an ended placement late; the outcome check is scheduled the
        setting's days after the end (90 by default).

        A placement someone else ended meanwhile is refused as already ended (a
        ValidationError on `ended_on`), whatever the version: there is nothing to merge. Any
        other change since the form read `expected_version` is a ConflictError."""
        now = self._clock.now()
        with self._db.write() as uow:
            stored = uow.placements.get(placement_id)
            if stored is None or stored.ending is None:
                uow.placements.check_version(placement_id, expected_version)
            placement = get_placement(uow, placement_id)
            clean = validate_ending(placement, ending, self._clock.today())
            if clean.outcome is Outcome.ENDED_EARLY:
                self._check_reason(uow, clean)
            ended = uow.placements.end(placement_id, clean, now, expected_version=expected_version)
            # Ended today, this afternoon's visit is called off, not missed.
            end_moment = min(datetime.combine(clean.ended_on, time.max), now)
            closed = uow.check_ins.close_planned(placement_id, end_moment)
            after = Settings.from_strings(uow.settings.all()).outcome_check_days
            check = uow.outcome_checks.add(
                placement_id, clean.ended_on + timedelta(days=after), now
            )
        changes = Changes(
            participants=ids(ended.participant_id),
            employers=ids(ended.employer_id),
            placements=ids(placement_id),
            check_ins=frozenset(closed),
            outcome_checks=ids(check.id),
        )
        return PlacementSaved(ended, changes, outcome_check=check)

    @retried
    def set_paused(
        self, placement_id: int, paused: bool, *, expected_version: int | None = None
    ) -> Changes:
        """`expected_version` as for `update`."""
        with self._db.write() as uow:
            uow.placements.check_version(placement_id, expected_version)
            placement = get_placement(uow, placement_id)
            uow.placements.set_paused(
                placement_id, paused, self._clock.now(), expected_version=expected_version
            )
        return Changes(participants=ids(placement.participant_id), placements=ids(placement_id))

    @retried
    def delete(self, placement_id: int, *, expected_version: int | None = None) -> Changes:
        """Move to the trash; `expected_version` as for `update`."""
        with self._db.write() as uow:
            uow.placements.check_version(placement_id, expected_version)
            placement = get_placement(uow, placement_id)
            uow.placements.set_deleted(
                placement_id, self._clock.now(), expected_version=expected_version
            )
        return Changes(
            participants=ids(placement.participant_id),
            employers=ids(placement.employer_id),
            placements=ids(placement_id),
        )

    def _regenerate(
        self, uow: UnitOfWork, placement: Placement, now: datetime, plan_changed: bool
    ) -> set[int]:
        touched: set[int] = set()
        plan_series: list[CheckInSeries] = []
        for series in uow.check_ins.series_of(placement.id):
            touched.update(uow.check_ins.delete_planned_after(series.id, now))
            if series.from_plan:
                plan_series.append(series)
                continue
            until = placement.planned_end_date
            if series.until_on is not None:
                until = series.until_on if until is None else min(until, series.until_on)
            future = [
                moment
                for moment in occurrences(
                    series.first_at, series.every_days, until, horizon_from=now.date()
                )
                if moment > now
            ]
            added = uow.check_ins.add_many(placement.id, future, series.kind, now, series.id)
            touched.update(c.id for c in added)
        if placement.plan is None:
            return touched
        plan_ids = {series.id for series in plan_series}
        history = [c for c in uow.check_ins.of_placement(placement.id) if c.series_id in plan_ids]
        kept_series = {c.series_id for c in history}
        free = [series for series in plan_series if series.id not in kept_series]
        if plan_changed:
            # A new plan's rhythm starts today; its phases still count from the start.
            after = now.date() if now.date() > placement.start_date else None
        else:
            # The same plan goes on from its last contact kept, as it was planned.
            after = max((c.scheduled_at.date() for c in history), default=None)
        touched.update(
            _add_plan_check_ins(
                uow,
                placement,
                placement.plan,
                now,
                horizon_from=now.date(),
                after=after,
                keep=lambda moment: moment > now,
                free=free,
                kind=plan_series[0].kind if plan_series else plan_kind(uow),
            )
        )
        return touched

    @staticmethod
    def _check_references(uow: UnitOfWork, fields: PlacementFields) -> None:
        get_participant(uow, fields.participant_id)
        get_employer(uow, fields.employer_id)
        problems: list[Problem] = []
        types = uow.lists.labels(ListName.PLACEMENT_TYPES, include_inactive=True)
        if fields.placement_type not in types:
            problems.append(Problem("placement_type", UNKNOWN_TYPE))
        if fields.supervisor_id is not None:
            supervisor = uow.employers.contact(fields.supervisor_id)
            if supervisor is None or supervisor.employer_id != fields.employer_id:
                problems.append(Problem("supervisor_id", SUPERVISOR_ELSEWHERE))
        if fields.mentor_id is not None:
            mentor = uow.mentors.get(fields.mentor_id)
            if mentor is None or not mentor.serves(fields.employer_id):
                problems.append(Problem("mentor_id", MENTOR_ELSEWHERE))
        if fields.project_id is not None and uow.projects.get(fields.project_id) is None:
            problems.append(Problem("project_id", UNKNOWN_PROJECT))
        if problems:
            raise ValidationError(problems)

    @staticmethod
    def _check_reason(uow: UnitOfWork, ending: Ending) -> None:
        reasons = uow.lists.labels(ListName.ENDING_REASONS, include_inactive=True)
        if ending.reason not in reasons:
            raise ValidationError.single(
                "reason", QT_TRANSLATE_NOOP("Messages", "Choose an ending reason from the list.")
            )

    @staticmethod
    def _overlap_warnings(
        uow: UnitOfWork, fields: PlacementFields, own_id: int | None
    ) -> tuple[str, ...]:
        for other in uow.placements.of_participant(fields.participant_id):
            if other.id == own_id or other.ending is not None:
                continue
            if overlaps(
                fields.start_date, fields.planned_end_date, other.start_date, other.planned_end_date
            ):
                return (OVERLAP_WARNING,)
        return ()
