"""Use cases for placements: create with its follow-up plan, edit, pause, end, trash."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from ambassador.domain.clock import Clock
from ambassador.domain.enums import ListName, Outcome
from ambassador.domain.errors import NotFoundError, Problem, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.placement import (
    Ending,
    Placement,
    PlacementFields,
    overlaps,
    validate_ending,
    validate_placement,
)
from ambassador.domain.recurrence import occurrences
from ambassador.services.changes import Changes, ids
from ambassador.services.employers import get_employer
from ambassador.services.participants import get_participant
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

UNKNOWN_TYPE = QT_TRANSLATE_NOOP("Messages", "Choose a placement type from the list.")
SUPERVISOR_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Messages", "The supervisor must be a contact at the chosen employer."
)
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


def get_placement(uow: UnitOfWork, placement_id: int) -> Placement:
    placement = uow.placements.get(placement_id)
    if placement is None:
        raise NotFoundError("placement", placement_id)
    return placement


def add_with_plan(
    uow: UnitOfWork, fields: PlacementFields, now: datetime, *, from_day: date | None = None
) -> tuple[Placement, list[int]]:
    """Add a checked placement and the check-ins of its cadence; with `from_day`, only those
    on or after it (an imported placement that began long ago gets no overdue history)."""
    placement = uow.placements.add(fields, now)
    if fields.cadence_days is None:
        return placement, []
    first = datetime.combine(fields.start_date + timedelta(days=fields.cadence_days), CHECK_IN_TIME)
    kind = plan_kind(uow)
    series = uow.check_ins.add_series(
        placement.id, first, fields.cadence_days, kind, from_plan=True
    )
    times = occurrences(first, fields.cadence_days, fields.planned_end_date, horizon_from=from_day)
    if from_day is not None:
        times = [moment for moment in times if moment.date() >= from_day]
    added = uow.check_ins.add_many(placement.id, times, kind, now, series.id)
    return placement, [c.id for c in added]


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

    def create(self, fields: PlacementFields) -> PlacementSaved:
        """Register a placement and generate the check-ins of its follow-up cadence."""
        clean = validate_placement(fields)
        now = self._clock.now()
        with self._db.write() as uow:
            self._check_references(uow, clean)
            warnings = self._overlap_warnings(uow, clean, None)
            placement, check_in_ids = add_with_plan(uow, clean, now)
        changes = Changes(
            participants=ids(clean.participant_id),
            employers=ids(clean.employer_id),
            placements=ids(placement.id),
            check_ins=frozenset(check_in_ids),
        )
        return PlacementSaved(placement, changes, warnings)

    def update(self, placement_id: int, fields: PlacementFields) -> PlacementSaved:
        """Save the plan; a changed end date or cadence regenerates only future planned
        check-ins of the placement's series, never history."""
        clean = validate_placement(fields)
        now = self._clock.now()
        with self._db.write() as uow:
            before = get_placement(uow, placement_id)
            self._check_references(uow, clean)
            warnings = self._overlap_warnings(uow, clean, placement_id)
            placement = uow.placements.update(placement_id, clean, now)
            touched: set[int] = set()
            if (before.planned_end_date, before.cadence_days) != (
                clean.planned_end_date,
                clean.cadence_days,
            ):
                touched = self._regenerate(uow, placement, now)
        changes = Changes(
            participants=ids(clean.participant_id),
            employers=ids(clean.employer_id, before.employer_id),
            placements=ids(placement_id),
            check_ins=frozenset(touched),
        )
        return PlacementSaved(placement, changes, warnings)

    def end(self, placement_id: int, ending: Ending) -> PlacementSaved:
        """End with an outcome; planned check-ins after the end are cancelled."""
        now = self._clock.now()
        with self._db.write() as uow:
            placement = get_placement(uow, placement_id)
            clean = validate_ending(placement, ending, self._clock.today())
            if clean.outcome is Outcome.ENDED_EARLY:
                self._check_reason(uow, clean)
            ended = uow.placements.end(placement_id, clean, now)
            end_moment = datetime.combine(clean.ended_on, time.max)
            cancelled = uow.check_ins.cancel_planned_after(placement_id, end_moment)
        changes = Changes(
            participants=ids(ended.participant_id),
            employers=ids(ended.employer_id),
            placements=ids(placement_id),
            check_ins=frozenset(cancelled),
        )
        return PlacementSaved(ended, changes)

    def set_paused(self, placement_id: int, paused: bool) -> Changes:
        with self._db.write() as uow:
            placement = get_placement(uow, placement_id)
            uow.placements.set_paused(placement_id, paused, self._clock.now())
        return Changes(participants=ids(placement.participant_id), placements=ids(placement_id))

    def delete(self, placement_id: int) -> Changes:
        with self._db.write() as uow:
            placement = get_placement(uow, placement_id)
            uow.placements.set_deleted(placement_id, self._clock.now())
        return Changes(
            participants=ids(placement.participant_id),
            employers=ids(placement.employer_id),
            placements=ids(placement_id),
        )

    def _regenerate(self, uow: UnitOfWork, placement: Placement, now: datetime) -> set[int]:
        touched: set[int] = set()
        for series in uow.check_ins.series_of(placement.id):
            touched.update(uow.check_ins.delete_planned_after(series.id, now))
            every = series.every_days
            first = series.first_at
            if series.from_plan:
                if placement.cadence_days is None:
                    continue
                if placement.cadence_days != every:
                    # A new rhythm starts from the next contact, not from the placement start.
                    every = placement.cadence_days
                    first = max(now, series.first_at) + timedelta(days=every)
                    first = datetime.combine(first.date(), series.first_at.time())
                    uow.check_ins.update_series(series.id, first, every)
            future = [
                moment
                for moment in occurrences(
                    first, every, placement.planned_end_date, horizon_from=now.date()
                )
                if moment > now
            ]
            added = uow.check_ins.add_many(placement.id, future, series.kind, now, series.id)
            touched.update(c.id for c in added)
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
