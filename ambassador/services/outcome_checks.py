"""Use cases for the outcome check: what is due, recording its result, taking one back."""

from __future__ import annotations

from ambassador.domain.clock import Clock
from ambassador.domain.errors import NotFoundError, RuleViolationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.outcome_check import FollowUpResult, OutcomeCheck
from ambassador.domain.overview import OutcomeCheckDue
from ambassador.services.changes import Changes, ids
from ambassador.services.retrying import retried
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

ALREADY_RECORDED = QT_TRANSLATE_NOOP(
    "Messages",
    "This outcome check already has a result, recorded on {day}. Nothing was changed.",
)
NOT_DUE_YET = QT_TRANSLATE_NOOP(
    "Messages",
    "This outcome check is due on {day}. Its result is what the person is doing then, so it "
    "can be recorded from that day.",
)
NOTHING_TO_TAKE_BACK = QT_TRANSLATE_NOOP(
    "Messages", "This outcome check has no result to take back."
)


class OutcomeCheckService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    def due(self) -> list[OutcomeCheckDue]:
        """Checks due today or earlier and not yet answered, oldest first."""
        with self._db.read() as uow:
            return uow.outcome_checks.due(self._clock.today())

    def get(self, check_id: int) -> OutcomeCheck:
        with self._db.read() as uow:
            return self._check(uow, check_id)

    def of_placement(self, placement_id: int) -> OutcomeCheck | None:
        with self._db.read() as uow:
            return uow.outcome_checks.of_placement(placement_id)

    @retried
    def record(
        self,
        check_id: int,
        result: FollowUpResult,
        *,
        correcting: bool = False,
        expected_version: int | None = None,
    ) -> Changes:
        """Record what the person is doing, as learnt today. A check that has its result
        already is refused (two clicks on the Översikt must not overwrite an answer
        unnoticed) unless `correcting`, which replaces it and its day. `expected_version`:
        the check's version as the screen read it, a stale one refused with a ConflictError
        (None: a caller that holds no version)."""
        today = self._clock.today()
        with self._db.write() as uow:
            check = self._check(uow, check_id)
            if check.result is not None and not correcting:
                raise RuleViolationError(ALREADY_RECORDED, day=check.recorded_on)
            uow.outcome_checks.check_version(check_id, expected_version)
            if today < check.due_on:
                raise RuleViolationError(NOT_DUE_YET, day=check.due_on)
            uow.outcome_checks.record(check_id, result, today, expected_version=expected_version)
        return Changes(placements=ids(check.placement_id), outcome_checks=ids(check_id))

    @retried
    def take_back(self, check_id: int, *, expected_version: int | None = None) -> Changes:
        """Undo a recorded result: the check is due again. `expected_version` as for
        `record`."""
        with self._db.write() as uow:
            check = self._check(uow, check_id)
            if check.result is None:
                raise RuleViolationError(NOTHING_TO_TAKE_BACK)
            uow.outcome_checks.record(check_id, None, None, expected_version=expected_version)
        return Changes(placements=ids(check.placement_id), outcome_checks=ids(check_id))

    @staticmethod
    def _check(uow: UnitOfWork, check_id: int) -> OutcomeCheck:
        """The check, if it and its placement are there (a trashed placement's is not)."""
        check = uow.outcome_checks.get(check_id)
        if check is None or uow.placements.get(check.placement_id) is None:
            raise NotFoundError("outcome_check", check_id)
        return check
