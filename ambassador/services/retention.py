"""Use cases for retention and erasure: preview a purge, purge, erase one person.

A purge or an erasure removes records for good in one transaction, then merges the search
index and rebuilds the file so no freed page keeps a word of them; a purge also removes the
backups older than the stated maximum age. Both are in the audit log as counts and ids.

On a PostgreSQL server the rows go in the same one transaction, but there is no file to
rebuild and no backup of the program's to take or to remove: the server's write-ahead log
and IT's backups hold the removed records until they age out under IT's own retention, and
the service says so (`held_elsewhere`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from ambassador.domain.audit import AuditAction, AuditEntry
from ambassador.domain.clock import Clock
from ambassador.domain.errors import NotFoundError, Problem, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.retention import (
    REFERENCE_MAX,
    REFERENCE_NEEDED,
    REFERENCE_TOO_LONG,
    ErasureBasis,
    PurgePlan,
    RetentionCutoffs,
)
from ambassador.domain.settings import Settings
from ambassador.domain.trash import TrashKind
from ambassador.domain.validation import clean
from ambassador.services.backups import BEFORE_PURGE, BackupService, backup_folder
from ambassador.services.changes import Changes, ids
from ambassador.services.retrying import retried
from ambassador.storage import backup
from ambassador.storage.database import Database
from ambassador.storage.unit_of_work import UnitOfWork

HELD_ON_SERVER = QT_TRANSLATE_NOOP(
    "Messages",
    "The database server's write-ahead log and IT's backups of the server still hold the "
    "removed records until they age out under IT's own retention; ask IT how long that is.",
)


@dataclass(frozen=True)
class PurgeResult:
    plan: PurgePlan
    backup_before: str  # the file name of the backup taken first; "" when none was taken
    # What still holds the removed records outside the program's reach, or "" (a file).
    held_elsewhere: str = ""


class RetentionService:
    def __init__(self, database: Database, clock: Clock, backups: BackupService) -> None:
        self._db = database
        self._clock = clock
        self._backups = backups

    @property
    def held_elsewhere(self) -> str:
        """After a purge or an erasure: what still holds the removed records that the program
        cannot reach, as a sentence for the person; "" for a file, which is rebuilt."""
        return HELD_ON_SERVER if self._db.server is not None else ""

    def may_purge_logs(self) -> bool:
        """Whether this user's purge removes old log entries: on a server only an
        administrator's does (the database refuses anyone else), on a file anyone's."""
        with self._db.read() as uow:
            return uow.may_purge_logs()

    def preview(self) -> PurgePlan:
        with self._db.read() as uow:
            return self._plan(uow, Settings.from_strings(uow.settings.all()))

    @retried
    def purge(self) -> PurgeResult:
        """Back up, then remove what the preview shows, in one transaction."""
        self._db.check_writable()
        plan = self.preview()
        if plan.is_empty:
            return PurgeResult(plan, "")
        # A server's backups are IT's: the program takes none of its own there.
        taken = None if self._db.server is not None else self._backups.take(BEFORE_PURGE)
        now = self._clock.now()
        with self._db.write() as uow:
            settings = Settings.from_strings(uow.settings.all())
            plan = self._plan(uow, settings)  # what is there now, inside the transaction
            for participant_id in plan.participant_ids:
                uow.trash.purge(TrashKind.PARTICIPANT, participant_id)
            cutoffs = RetentionCutoffs.from_settings(settings, now)
            if cutoffs.logs is not None and not plan.logs_for_administrator:
                uow.audit.delete_older_than(cutoffs.logs)
                uow.change_log.delete_older_than(cutoffs.logs)
            uow.audit.add(
                AuditEntry(
                    now,
                    AuditAction.PURGE,
                    "participant",
                    plan.participant_ids,
                    plan.participants + plan.log_entries,
                    f"placements={plan.placements},notes={plan.notes},"
                    f"log={plan.log_entries},backups={plan.backups}",
                )
            )
        self._db.scrub()
        for old in self._old_backups(settings):
            backup.remove_backup(old)
        return PurgeResult(plan, "" if taken is None else taken.name, self.held_elsewhere)

    @retried
    def erase(self, participant_id: int, basis: ErasureBasis, reference: str) -> Changes:
        """Remove one person and everything about them now, whatever the retention period."""
        reference = clean(reference)
        problems: list[Problem] = []
        if not reference:
            problems.append(Problem("reference", REFERENCE_NEEDED))
        elif len(reference) > REFERENCE_MAX:
            problems.append(Problem("reference", REFERENCE_TOO_LONG))
        if problems:
            raise ValidationError(problems)
        with self._db.write() as uow:
            if uow.participants.get(participant_id, include_deleted=True) is None:
                raise NotFoundError("participant", participant_id)
            placements, notes, _check_ins, _feedback = uow.retention.hanging_on([participant_id])
            uow.trash.purge(TrashKind.PARTICIPANT, participant_id)
            uow.audit.add(
                AuditEntry(
                    self._clock.now(),
                    AuditAction.ERASURE,
                    "participant",
                    (participant_id,),
                    1 + placements + notes,
                    f"{basis.value}: {reference}"[:200],
                )
            )
        self._db.scrub()
        return Changes(participants=ids(participant_id))

    def _plan(self, uow: UnitOfWork, settings: Settings) -> PurgePlan:
        cutoffs = RetentionCutoffs.from_settings(settings, self._clock.now())
        participant_ids = (
            tuple(uow.retention.closed_cases(cutoffs.cases)) if cutoffs.cases is not None else ()
        )
        placements, notes, check_ins, feedback = uow.retention.hanging_on(participant_ids)
        logs_for_administrator = not uow.may_purge_logs()
        log_entries = (
            uow.audit.count_older_than(cutoffs.logs) + uow.change_log.count_older_than(cutoffs.logs)
            if cutoffs.logs is not None and not logs_for_administrator
            else 0
        )
        return PurgePlan(
            participant_ids,
            placements,
            notes,
            check_ins,
            feedback,
            log_entries,
            len(self._old_backups(settings)),
            logs_for_administrator,
        )

    def _old_backups(self, settings: Settings) -> list[Path]:
        if self._db.path is None:  # a server: its backups are IT's, aged out by IT
            return []
        folder = backup_folder(self._db.path, settings)
        limit = self._clock.now() - timedelta(days=settings.backup_max_age_days)
        keeper = backup.newest_good(folder, self._db.path, self._db.key)
        return [
            info.path
            for info in backup.list_backups(folder, self._db.path)
            if info.taken_at < limit and (keeper is None or info.path != keeper.path)
        ]
