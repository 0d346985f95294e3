"""Each driver error code gives its own sentence, a read's differs from a write's, and nothing
of the driver's words is used to choose it."""

from __future__ import annotations

import sqlite3
from typing import Any

import psycopg
import psycopg.errors
import pytest
import sqlcipher3.dbapi2  # type: ignore[import-untyped]
from sqlalchemy import exc

from ambassador.domain.errors import RetryableStorageError, StorageError
from ambassador.storage import faults
from ambassador.storage.faults import Fault, fault_of, message_for, message_of, postgres_fault

WRAPPERS = (
    exc.OperationalError,
    exc.IntegrityError,
    exc.ProgrammingError,
    exc.InternalError,
    exc.NotSupportedError,
    exc.DatabaseError,
    exc.DBAPIError,
)


def _sqlite_error(code: int | None) -> sqlite3.Error:
    error = sqlite3.OperationalError("words that are never read")
    if code is not None:
        error.sqlite_errorcode = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("code", "fault"),
    [
        (None, Fault.OTHER),
        (sqlite3.SQLITE_FULL, Fault.DISK_FULL),
        (sqlite3.SQLITE_BUSY, Fault.BUSY),
        (sqlite3.SQLITE_BUSY_SNAPSHOT, Fault.BUSY),
        (sqlite3.SQLITE_LOCKED, Fault.BUSY),
        (sqlite3.SQLITE_LOCKED_SHAREDCACHE, Fault.BUSY),
        (sqlite3.SQLITE_READONLY, Fault.READ_ONLY),
        (sqlite3.SQLITE_READONLY_DBMOVED, Fault.READ_ONLY),
        (sqlite3.SQLITE_CONSTRAINT_UNIQUE, Fault.DUPLICATE),
        # The database numbers rows: a refused primary key is a bug, not someone else's write.
        (sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY, Fault.OTHER),
        (sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY, Fault.OTHER),
        (sqlite3.SQLITE_CONSTRAINT, Fault.OTHER),  # SQLCipher's driver: no extended code
        (sqlite3.SQLITE_IOERR, Fault.OTHER),
        (sqlite3.SQLITE_IOERR_WRITE, Fault.OTHER),
        (sqlite3.SQLITE_CORRUPT, Fault.OTHER),
        (sqlite3.SQLITE_NOTADB, Fault.OTHER),
    ],
)
def test_sqlite_result_code_gives_the_fault(code: int | None, fault: Fault) -> None:
    assert faults.sqlite_fault(code) is fault
    assert fault_of(_sqlite_error(code)) is fault


@pytest.mark.parametrize(
    ("sqlstate", "fault"),
    [
        ("53100", Fault.DISK_FULL),
        ("25006", Fault.READ_ONLY),
        ("57P01", Fault.CONNECTION_LOST),
        ("57P02", Fault.CONNECTION_LOST),
        ("57P03", Fault.CONNECTION_LOST),
        ("57P04", Fault.CONNECTION_LOST),
        ("08000", Fault.CONNECTION_LOST),
        ("08006", Fault.CONNECTION_LOST),
        ("08003", Fault.CONNECTION_LOST),
        ("28000", Fault.SIGN_IN_REFUSED),
        ("28P01", Fault.SIGN_IN_REFUSED),
        ("42501", Fault.NO_PERMISSION),
        ("40001", Fault.CONFLICT),
        ("40P01", Fault.CONFLICT),
        ("23505", Fault.DUPLICATE),
        ("57014", Fault.TIMED_OUT),
        ("55P03", Fault.TIMED_OUT),
        ("23503", Fault.OTHER),  # foreign_key_violation
        ("23514", Fault.OTHER),  # check_violation
        ("42601", Fault.OTHER),  # syntax_error: a bug
        ("XX000", Fault.OTHER),
        (None, Fault.OTHER),
    ],
)
def test_sqlstate_gives_the_fault(sqlstate: str | None, fault: Fault) -> None:
    assert postgres_fault(sqlstate) is fault
    if sqlstate is not None:
        assert fault_of(psycopg.errors.lookup(sqlstate)("words never read")) is fault


def test_unique_violation_of_a_primary_key_is_not_a_duplicate_record() -> None:
    assert postgres_fault("23505", "pk_feedback") is Fault.OTHER
    assert postgres_fault("23505", "ix_participants_personal_identity_number") is Fault.DUPLICATE


def test_libpq_failing_without_a_sqlstate_is_a_lost_connection() -> None:
    assert postgres_fault(None, client_side=True) is Fault.CONNECTION_LOST
    assert fault_of(psycopg.OperationalError("server closed the connection")) is (
        Fault.CONNECTION_LOST
    )
    assert fault_of(psycopg.errors.ConnectionTimeout("timeout")) is Fault.CONNECTION_LOST
    assert fault_of(psycopg.ProgrammingError("a bug")) is Fault.OTHER
    assert fault_of(psycopg.InterfaceError("a bug")) is Fault.OTHER


@pytest.mark.parametrize("wrapper", WRAPPERS)
@pytest.mark.parametrize(
    ("original", "fault"),
    [
        (psycopg.errors.UniqueViolation("Key (x)=(1) already exists."), Fault.DUPLICATE),
        (psycopg.errors.InsufficientPrivilege("denied"), Fault.NO_PERMISSION),
        (psycopg.errors.AdminShutdown("terminating"), Fault.CONNECTION_LOST),
        (psycopg.OperationalError("consuming input failed"), Fault.CONNECTION_LOST),
        (_sqlite_error(sqlite3.SQLITE_FULL), Fault.DISK_FULL),
        (_sqlite_error(None), Fault.OTHER),
        (ValueError("not a driver's"), Fault.OTHER),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else str(value),
)
def test_every_wrapper_of_sqlalchemy_is_looked_through(
    wrapper: type[exc.DBAPIError], original: BaseException, fault: Fault
) -> None:
    error = wrapper("INSERT INTO participants", {"secret": "19811228"}, original)
    assert fault_of(error) is fault


@pytest.mark.parametrize("wrapper", WRAPPERS)
def test_an_invalidated_connection_is_a_lost_one_whatever_the_driver_said(
    wrapper: type[exc.DBAPIError],
) -> None:
    original = psycopg.errors.SyntaxError("words")
    error = wrapper("SELECT 1", None, original, connection_invalidated=True)
    assert fault_of(error) is Fault.CONNECTION_LOST


def test_a_wrapper_without_the_drivers_error_is_other() -> None:
    error: Any = exc.DBAPIError("SELECT 1", None, ValueError("x"))
    error.orig = None
    assert fault_of(error) is Fault.OTHER


def test_sqlcipher_codes_are_read_like_sqlite_ones() -> None:
    connection = sqlcipher3.dbapi2.connect(":memory:")
    try:
        connection.execute("CREATE TABLE t (a UNIQUE)")
        connection.execute("PRAGMA query_only = ON")
        with pytest.raises(sqlcipher3.dbapi2.Error) as raised:
            connection.execute("INSERT INTO t VALUES (1)")
    finally:
        connection.close()
    assert fault_of(raised.value) is Fault.READ_ONLY


def test_a_real_sqlite_unique_violation_is_a_duplicate() -> None:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute("CREATE TABLE t (a UNIQUE)")
        connection.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(sqlite3.IntegrityError) as raised:
            connection.execute("INSERT INTO t VALUES (1)")
    finally:
        connection.close()
    assert fault_of(raised.value) is Fault.DUPLICATE


@pytest.mark.parametrize("fault", list(Fault))
def test_every_fault_has_a_sentence_for_a_write_and_for_a_read(fault: Fault) -> None:
    writing = message_for(fault, writing=True)
    reading = message_for(fault, writing=False)
    assert writing and reading
    # A read saves nothing, so it never says nothing was saved; a read-only or sign-in refusal
    # and a duplicate (a write's alone) say the same either way.
    if fault in (Fault.READ_ONLY, Fault.DUPLICATE):
        assert reading == writing
    elif fault is Fault.SIGN_IN_REFUSED:
        assert reading == writing and "saved" not in reading
    else:
        assert "saved" not in reading and "written" not in reading
        assert "nothing was saved" in writing


def test_the_sentences_are_the_ones_asked_for() -> None:
    assert message_for(Fault.OTHER, writing=True) == faults.FAILED
    assert message_for(Fault.OTHER, writing=False) == faults.READ_FAILED
    assert message_for(Fault.DISK_FULL, writing=True) == faults.DISK_FULL
    assert message_for(Fault.BUSY, writing=True) == faults.LOCKED
    assert message_for(Fault.CONNECTION_LOST, writing=True) == faults.CONNECTION_LOST
    assert message_for(Fault.NO_PERMISSION, writing=True) == faults.NO_PERMISSION
    assert message_for(Fault.CONFLICT, writing=True) == faults.CONFLICT
    assert message_for(Fault.DUPLICATE, writing=True) == faults.DUPLICATE
    assert message_for(Fault.TIMED_OUT, writing=False) == faults.TIMED_OUT_READING


@pytest.mark.parametrize("fault", list(Fault))
def test_only_a_connection_lost_at_the_commit_leaves_the_outcome_unknown(fault: Fault) -> None:
    at_commit = message_for(fault, writing=True, committing=True)
    if fault is Fault.CONNECTION_LOST:
        assert at_commit == faults.OUTCOME_UNKNOWN
    else:
        assert at_commit == message_for(fault, writing=True)
    assert message_for(fault, writing=False, committing=True) == message_for(fault, writing=False)


def test_the_commit_is_told_by_sqlalchemy_naming_no_statement() -> None:
    lost = psycopg.OperationalError("server closed the connection unexpectedly")
    at_commit = exc.OperationalError(None, None, lost)
    in_a_flush = exc.OperationalError("INSERT INTO participants", None, lost)
    assert message_of(at_commit, writing=True, committing=True) == faults.OUTCOME_UNKNOWN
    assert message_of(in_a_flush, writing=True, committing=True) == faults.CONNECTION_LOST
    assert message_of(at_commit, writing=True) == faults.CONNECTION_LOST


def test_a_message_never_carries_the_drivers_words() -> None:
    detail = "Key (personal_identity_number)=(198112289874) already exists."
    original = psycopg.errors.UniqueViolation(detail)
    for wrapper in WRAPPERS:
        for writing in (True, False):
            text = message_of(wrapper("INSERT", {"p": "198112289874"}, original), writing=writing)
            assert "19811228" not in text and "Key" not in text


@pytest.mark.parametrize(
    ("original", "retryable"),
    [
        (psycopg.errors.SerializationFailure("could not serialize access"), True),
        (psycopg.errors.DeadlockDetected("deadlock detected"), True),
        (psycopg.errors.UniqueViolation("Key (x)=(1) already exists."), False),
        (psycopg.errors.AdminShutdown("terminating"), False),
        (_sqlite_error(sqlite3.SQLITE_BUSY), False),  # SQLite waited for its lock already
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else str(value),
)
def test_only_a_serialization_failure_or_a_deadlock_is_retryable(
    original: BaseException, retryable: bool
) -> None:
    """The services run a transaction again on a RetryableStorageError alone; its sentence is
    still the conflict's, said when every run failed."""
    error = exc.OperationalError("UPDATE placements", {"secret": "19811228"}, original)
    for writing in (True, False):
        typed = faults.storage_error(error, writing=writing, committing=True)
        assert type(typed) is (RetryableStorageError if retryable else StorageError)
        assert typed.message == message_of(error, writing=writing, committing=True)
    if retryable:
        assert faults.storage_error(error, writing=True).message == faults.CONFLICT
