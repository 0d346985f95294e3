"""Ending a placement is one transaction: whichever of its steps fails, nothing of it stays.

Each step of `PlacementService.end` (SQLite's lock, the reads, writing the ending, cancelling
the planned check-ins, the commit) is made to fail in turn at the driver (SQLAlchemy's
`do_execute` and `do_commit`, the same on both engines), the way SQLite or the PostgreSQL
server itself fails: a write step fails after its statement has run, so there is something to
roll back. The database must then be exactly as before, seen from a new connection and from
the program's own pool, the error must be the typed one with its translated message, and the
same ending must go through once the fault is gone. A server's serialization failure is
retried by the service (services/retrying.py): the ending fails only when every run fails, and
one failure alone is not seen at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

import psycopg.errors
import pytest
from sqlalchemy import event, inspect

from ambassador import paths
from ambassador.catalog import Catalog
from ambassador.domain.enums import CheckInStatus, ListName, Outcome
from ambassador.domain.errors import RetryableStorageError, StorageError
from ambassador.domain.placement import Ending
from ambassador.services import retrying
from ambassador.services.bundle import Services
from ambassador.storage.database import DISK_FULL, FAILED, LOCKED, Database
from ambassador.storage.faults import CONFLICT
from tests.factories import every, make_placement, note_fields

ENDED_ON = date(2026, 11, 10)


@dataclass(frozen=True)
class Step:
    starts: tuple[str, ...]  # how the step's statement begins, on either engine; () the commit
    runs_first: bool  # a write runs before it fails, so its change must be rolled back


COMMIT = "commit"
# SQLite's writer takes the file's lock up front; a server's transaction has no such statement.
LOCK = "take the write lock"
STEPS = {
    "read the placement": Step(("SELECT placements.",), runs_first=False),
    "read the tasks it covers": Step(("SELECT placement_tasks.",), runs_first=False),
    "read the ending reasons": Step(("SELECT list_items.",), runs_first=False),
    "write the ending": Step(("UPDATE placements ",), runs_first=True),
    "find the planned check-ins": Step(("SELECT check_ins.",), runs_first=False),
    "cancel the planned check-ins": Step(("UPDATE check_ins ",), runs_first=True),
    "read the outcome check's delay": Step(
        ('SELECT settings."key"', "SELECT settings.key"), runs_first=False
    ),
    "schedule the outcome check": Step(("INSERT INTO outcome_checks ",), runs_first=True),
    COMMIT: Step((), runs_first=False),
}
SQLITE_STEPS = {LOCK: Step(("BEGIN IMMEDIATE",), runs_first=False), **STEPS}


def _sqlite_error(kind: type[sqlite3.Error], text: str, code: int) -> sqlite3.Error:
    """The error as SQLite's driver raises it: its result code beside its words."""
    error = kind(text)
    error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


# The same four faults as each engine's driver raises them, and the sentence each must give.
ERRORS: dict[str, dict[str, tuple[Exception, str]]] = {
    "sqlite": {
        "disk full": (
            _sqlite_error(
                sqlite3.OperationalError, "database or disk is full", sqlite3.SQLITE_FULL
            ),
            DISK_FULL,
        ),
        "busy": (
            _sqlite_error(sqlite3.OperationalError, "database is locked", sqlite3.SQLITE_BUSY),
            LOCKED,
        ),
        "i/o error": (
            _sqlite_error(sqlite3.OperationalError, "disk I/O error", sqlite3.SQLITE_IOERR),
            FAILED,
        ),
        "damaged": (
            _sqlite_error(
                sqlite3.DatabaseError, "database disk image is malformed", sqlite3.SQLITE_CORRUPT
            ),
            FAILED,
        ),
    },
    "postgresql": {
        "disk full": (psycopg.errors.DiskFull("could not extend file"), DISK_FULL),
        # A server holds no lock on the whole database: what keeps a write out is a
        # concurrent one on the same rows.
        "busy": (
            psycopg.errors.SerializationFailure("could not serialize access"),
            CONFLICT,
        ),
        "i/o error": (psycopg.errors.IoError("could not read block"), FAILED),
        "damaged": (psycopg.errors.DataCorrupted("invalid page in block"), FAILED),
    },
}
ERROR_NAMES = list(ERRORS["sqlite"])


class Driver:
    """Watches the statements the program sends to the database and fails one step once."""

    def __init__(self, database: Database) -> None:
        self.statements: list[str] = []
        self.commits = 0
        self._fail: tuple[str, Step, Exception] | None = None
        self._times = 0  # how many more times the step fails
        self._dialect = database.engine.dialect
        self._commit = self._dialect.do_commit

    def fail(self, name: str, error: Exception, times: int = 1) -> None:
        self._fail = (name, SQLITE_STEPS[name], error)
        self._times = times

    def _failed(self) -> None:
        self._times -= 1
        if self._times <= 0:
            self._fail = None

    def do_execute(self, cursor: Any, statement: str, parameters: Any, _context: Any) -> bool:
        self.statements.append(statement)
        if self._fail is not None:
            name, step, error = self._fail
            if name != COMMIT and statement.startswith(step.starts):
                self._failed()
                if step.runs_first:
                    cursor.execute(statement, parameters)
                raise error
        return False

    def do_commit(self, dbapi_connection: Any) -> None:
        self.commits += 1
        if self._fail is not None and self._fail[0] == COMMIT:
            error = self._fail[2]
            self._failed()
            raise error
        self._commit(dbapi_connection)

    @property
    def armed(self) -> bool:
        return self._fail is not None


@pytest.fixture
def driver(database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Driver]:
    driver = Driver(database)
    event.listen(database.engine, "do_execute", driver.do_execute)
    monkeypatch.setattr(database.engine.dialect, "do_commit", driver.do_commit)
    yield driver
    event.remove(database.engine, "do_execute", driver.do_execute)


@dataclass(frozen=True)
class Case:
    placement_id: int
    ending: Ending


@pytest.fixture
def case(services: Services) -> Case:
    """A running placement with a fortnightly plan whose first check-in is done, with a note."""
    placement_id = make_placement(services, plan=every(14))
    placement = services.placements.get(placement_id)
    first = services.follow_up.check_ins_of_placement(placement_id)[0]
    services.follow_up.complete_check_in(
        first.id, note_fields(placement.participant_id, placement_id, first.scheduled_at)
    )
    reason = services.settings.list_labels(ListName.ENDING_REASONS)[0]
    return Case(placement_id, Ending(ended_on=ENDED_ON, outcome=Outcome.ENDED_EARLY, reason=reason))


def _dump(connection: Any, tables: list[str]) -> list[str]:
    """Every row of every table, on a driver's own connection (sqlite3's or psycopg's)."""
    cursor = connection.cursor()
    try:
        dumped = []
        for name in tables:
            cursor.execute(f'SELECT * FROM "{name}"')
            dumped += sorted(f"{name}: {row!r}" for row in cursor.fetchall())
        return dumped
    finally:
        cursor.close()


def _dumps(database: Database) -> tuple[list[str], list[str]]:
    """The database seen by a new connection, and by a connection of the program's own pool,
    which would still see a transaction the program failed to roll back."""
    engine = database.engine
    with engine.connect() as connection:
        tables = sorted(inspect(connection).get_table_names())
    fresh = engine.pool.recreate().connect()  # the same driver and address, a new connection
    try:
        outside = _dump(fresh.driver_connection, tables)
        fresh.rollback()
    finally:
        fresh.invalidate()
    pooled = engine.raw_connection()
    try:
        inside = _dump(pooled.driver_connection, tables)
    finally:
        pooled.close()
    return outside, inside


def _steps(database: Database) -> dict[str, Step]:
    return SQLITE_STEPS if database.engine.dialect.name == "sqlite" else STEPS


def test_steps_cover_every_statement_of_an_ending(
    services: Services, database: Database, case: Case, driver: Driver
) -> None:
    """If ending a placement starts writing something more, it needs a step here too."""
    services.placements.end(case.placement_id, case.ending)

    steps = _steps(database)
    for statement in driver.statements:
        assert any(statement.startswith(step.starts) for step in steps.values() if step.starts), (
            f"no step fails this statement of an ending: {statement.split()[:4]}"
        )
    for name, step in steps.items():
        if step.starts:
            assert any(s.startswith(step.starts) for s in driver.statements), name
    assert driver.commits == 1


@pytest.mark.parametrize("error_name", ERROR_NAMES)
@pytest.mark.parametrize("step_name", STEPS)
def test_a_failing_step_leaves_the_database_as_it_was(
    services: Services,
    database: Database,
    case: Case,
    driver: Driver,
    step_name: str,
    error_name: str,
) -> None:
    _fail_and_recover(services, database, case, driver, step_name, error_name)


@pytest.mark.sqlite_only  # the file's write lock, taken up front; a server has none
@pytest.mark.parametrize("error_name", ERROR_NAMES)
def test_a_failing_lock_leaves_the_file_as_it_was(
    services: Services, database: Database, case: Case, driver: Driver, error_name: str
) -> None:
    _fail_and_recover(services, database, case, driver, LOCK, error_name)


def _fail_and_recover(
    services: Services,
    database: Database,
    case: Case,
    driver: Driver,
    step_name: str,
    error_name: str,
) -> None:
    error, message = ERRORS[database.engine.dialect.name][error_name]
    before = _dumps(database)
    retryable = isinstance(error, psycopg.errors.SerializationFailure)
    driver.fail(step_name, error, times=retrying.ATTEMPTS if retryable else 1)

    with pytest.raises(StorageError) as raised:
        services.placements.end(case.placement_id, case.ending)

    assert not driver.armed, "the step never ran"
    failure = raised.value
    assert type(failure) is (RetryableStorageError if retryable else StorageError)
    assert failure.message == message and failure.path is None and str(failure) == message
    # Raised from None: no SQLAlchemy or driver text, which may quote values, rides along.
    assert failure.__cause__ is None and failure.__suppress_context__
    assert failure.__context__ is None, "the driver's error is still held, only hidden"
    swedish = Catalog.load("sv", paths.translations_dir())
    assert swedish("Messages", message) != message, "the message has no Swedish translation"
    assert _dumps(database) == before

    # The fault is gone: the same ending goes through, whole.
    saved = services.placements.end(case.placement_id, case.ending)
    assert saved.placement.ending == case.ending
    assert _dumps(database) != before
    check_ins = services.follow_up.check_ins_of_placement(case.placement_id)
    after_end = [c for c in check_ins if c.scheduled_at.date() > ENDED_ON]
    up_to_end = [c for c in check_ins[1:] if c.scheduled_at.date() <= ENDED_ON]
    assert after_end and all(c.status is CheckInStatus.CANCELLED for c in after_end)
    assert all(c.status is CheckInStatus.MISSED for c in up_to_end)  # never recorded
    assert {c.id for c in after_end + up_to_end} == saved.changes.check_ins
    assert [c.status for c in check_ins[:1]] == [CheckInStatus.DONE]


@pytest.mark.postgresql_only
@pytest.mark.parametrize("step_name", STEPS)
def test_one_serialization_failure_is_run_again_unseen(
    services: Services,
    database: Database,
    case: Case,
    driver: Driver,
    step_name: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server rolled the ending back for a concurrent write once: the service runs it
    again from its first read, and it goes through, whole and once."""
    pauses: list[int] = []
    monkeypatch.setattr(retrying, "pause", pauses.append)
    driver.fail(step_name, psycopg.errors.SerializationFailure("could not serialize access"))

    saved = services.placements.end(case.placement_id, case.ending)

    assert not driver.armed and pauses == [1]
    assert saved.placement.ending == case.ending
    assert services.outcome_checks.of_placement(case.placement_id) == saved.outcome_check
