"""What a database error means to the person: one sentence, chosen by the driver's error code.

SQLite's result codes (`sqlite_errorcode`, the extended code where the driver gives it) and
PostgreSQL's SQLSTATE (psycopg's `sqlstate`) say what went wrong without reading the driver's
message, which is in the server's language and, for a unique violation, quotes the value
written (`Key (personal_identity_number)=(…) already exists.`). Nothing here keeps or returns
any of the driver's text: the sentence is chosen from the code alone.
"""

from __future__ import annotations

import enum
import sqlite3

from sqlalchemy import exc

from ambassador.domain.errors import RetryableStorageError, StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP

DISK_FULL = QT_TRANSLATE_NOOP("Messages", "The disk is full; nothing was saved.")
DISK_FULL_READING = QT_TRANSLATE_NOOP(
    "Messages", "The disk is full; the database could not be read."
)
LOCKED = QT_TRANSLATE_NOOP(
    "Messages", "The database is busy in another program; nothing was saved."
)
BUSY_READING = QT_TRANSLATE_NOOP(
    "Messages", "The database is busy in another program; try again in a moment."
)
FAILED = QT_TRANSLATE_NOOP("Messages", "The database could not be written; nothing was saved.")
READ_FAILED = QT_TRANSLATE_NOOP("Messages", "The database could not be read.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Messages", "The database is open read-only: it can be read, not changed; nothing was saved."
)
CONNECTION_LOST = QT_TRANSLATE_NOOP(
    "Messages", "The connection to the database server was lost; nothing was saved. Try again."
)
CONNECTION_LOST_READING = QT_TRANSLATE_NOOP(
    "Messages", "The connection to the database server was lost. Try again."
)
# The connection went while the server was being asked to commit: the server may have done so
# before it went, so "nothing was saved" could be untrue, and trying again could save it twice.
OUTCOME_UNKNOWN = QT_TRANSLATE_NOOP(
    "Messages",
    "The connection to the database server was lost while saving; the change may or may not "
    "have been saved. Look before trying again.",
)
# The same words as storage/server.py's refusal at opening; here the server refuses a
# reconnection later in the day (the password changed, the account was locked).
SIGN_IN_REFUSED = QT_TRANSLATE_NOOP(
    "Messages", "The database server refused the sign-in: the user name or password is wrong"
)
NO_PERMISSION = QT_TRANSLATE_NOOP(
    "Messages",
    "You do not have permission to do this on the database server; nothing was saved.",
)
NO_PERMISSION_READING = QT_TRANSLATE_NOOP(
    "Messages", "You do not have permission to read this on the database server."
)
CONFLICT = QT_TRANSLATE_NOOP(
    "Messages",
    "Someone else changed the same records at the same time; nothing was saved. Try again.",
)
CONFLICT_READING = QT_TRANSLATE_NOOP(
    "Messages", "Someone else was changing the same records; nothing could be read. Try again."
)
# The services look for a living record with the same identity or organisation number before
# they write, so a unique index refuses a write only when another one saved the same between
# that look and this write.
DUPLICATE = QT_TRANSLATE_NOOP(
    "Messages",
    "A record with the same identity number or other unique detail was saved at the same "
    "time; nothing was saved. Look it up before trying again.",
)
TIMED_OUT = QT_TRANSLATE_NOOP(
    "Messages",
    "The database server took too long and stopped the work; nothing was saved. Try again.",
)
TIMED_OUT_READING = QT_TRANSLATE_NOOP(
    "Messages", "The database server took too long and stopped reading. Try again."
)


class Fault(enum.Enum):
    """What went wrong, as far as the person is concerned."""

    DISK_FULL = enum.auto()
    BUSY = enum.auto()
    READ_ONLY = enum.auto()
    CONNECTION_LOST = enum.auto()
    SIGN_IN_REFUSED = enum.auto()
    NO_PERMISSION = enum.auto()
    CONFLICT = enum.auto()
    DUPLICATE = enum.auto()
    TIMED_OUT = enum.auto()
    OTHER = enum.auto()


# (while writing, while reading)
_MESSAGES: dict[Fault, tuple[str, str]] = {
    Fault.DISK_FULL: (DISK_FULL, DISK_FULL_READING),
    Fault.BUSY: (LOCKED, BUSY_READING),
    Fault.READ_ONLY: (READ_ONLY, READ_ONLY),
    Fault.CONNECTION_LOST: (CONNECTION_LOST, CONNECTION_LOST_READING),
    Fault.SIGN_IN_REFUSED: (SIGN_IN_REFUSED, SIGN_IN_REFUSED),
    Fault.NO_PERMISSION: (NO_PERMISSION, NO_PERMISSION_READING),
    Fault.CONFLICT: (CONFLICT, CONFLICT_READING),
    Fault.DUPLICATE: (DUPLICATE, DUPLICATE),
    Fault.TIMED_OUT: (TIMED_OUT, TIMED_OUT_READING),
    Fault.OTHER: (FAILED, READ_FAILED),
}

_SQLITE: dict[int, Fault] = {
    sqlite3.SQLITE_FULL: Fault.DISK_FULL,
    sqlite3.SQLITE_BUSY: Fault.BUSY,
    sqlite3.SQLITE_LOCKED: Fault.BUSY,
    sqlite3.SQLITE_READONLY: Fault.READ_ONLY,
}
# Extended codes, which the standard driver gives; SQLCipher's gives the primary code alone,
# and a bare SQLITE_CONSTRAINT may as well be a foreign key: OTHER.
_SQLITE_EXTENDED: dict[int, Fault] = {
    sqlite3.SQLITE_CONSTRAINT_UNIQUE: Fault.DUPLICATE,
}

_POSTGRES: dict[str, Fault] = {
    "53100": Fault.DISK_FULL,  # disk_full
    "25006": Fault.READ_ONLY,  # read_only_sql_transaction
    "57P01": Fault.CONNECTION_LOST,  # admin_shutdown (pg_terminate_backend, a fast stop)
    "57P02": Fault.CONNECTION_LOST,  # crash_shutdown
    "57P03": Fault.CONNECTION_LOST,  # cannot_connect_now (starting up, shutting down)
    "57P04": Fault.CONNECTION_LOST,  # database_dropped
    "28000": Fault.SIGN_IN_REFUSED,  # invalid_authorization_specification
    "28P01": Fault.SIGN_IN_REFUSED,  # invalid_password
    "42501": Fault.NO_PERMISSION,  # insufficient_privilege
    # The server rolled the whole transaction back for a concurrent one: retryable.
    "40001": Fault.CONFLICT,  # serialization_failure
    "40P01": Fault.CONFLICT,  # deadlock_detected
    "23505": Fault.DUPLICATE,  # unique_violation
    "57014": Fault.TIMED_OUT,  # query_canceled (statement_timeout)
    "55P03": Fault.TIMED_OUT,  # lock_not_available (lock_timeout)
}
# Class 08: connection exceptions.
_POSTGRES_CLASSES: dict[str, Fault] = {"08": Fault.CONNECTION_LOST}
# Primary keys are numbered by the database: one refused is a bug, not a concurrent duplicate.
_PRIMARY_KEY = "pk_"


def sqlite_fault(code: int | None) -> Fault:
    """From SQLite's result code, extended or primary."""
    if code is None:
        return Fault.OTHER
    if code in _SQLITE_EXTENDED:
        return _SQLITE_EXTENDED[code]
    return _SQLITE.get(code & 0xFF, Fault.OTHER)


def postgres_fault(
    sqlstate: str | None, constraint: str | None = None, *, client_side: bool = False
) -> Fault:
    """From PostgreSQL's SQLSTATE. `client_side`: libpq failed without the server saying why
    (no SQLSTATE, an OperationalError): the connection broke or could not be made."""
    if sqlstate is None:
        return Fault.CONNECTION_LOST if client_side else Fault.OTHER
    if sqlstate == "23505" and constraint is not None and constraint.startswith(_PRIMARY_KEY):
        return Fault.OTHER
    if sqlstate in _POSTGRES:
        return _POSTGRES[sqlstate]
    return _POSTGRES_CLASSES.get(sqlstate[:2], Fault.OTHER)


def fault_of(error: BaseException) -> Fault:
    """From SQLAlchemy's wrapper or the driver's own error (SQLite's or psycopg's)."""
    original: BaseException | None = error
    if isinstance(error, exc.DBAPIError):
        if error.connection_invalidated:
            return Fault.CONNECTION_LOST
        original = error.orig
    if original is None:
        return Fault.OTHER
    if type(original).__module__.startswith("psycopg"):
        diagnostic = getattr(original, "diag", None)
        return postgres_fault(
            getattr(original, "sqlstate", None),
            getattr(diagnostic, "constraint_name", None),
            client_side=any(kind.__name__ == "OperationalError" for kind in type(original).__mro__),
        )
    if isinstance(original, sqlite3.Error) or hasattr(original, "sqlite_errorcode"):
        return sqlite_fault(getattr(original, "sqlite_errorcode", None))
    return Fault.OTHER


def message_for(fault: Fault, *, writing: bool, committing: bool = False) -> str:
    """The sentence for the person. `committing`: the error came back from the commit itself,
    after every statement of the write had gone through."""
    if fault is Fault.CONNECTION_LOST and writing and committing:
        return OUTCOME_UNKNOWN
    while_writing, while_reading = _MESSAGES[fault]
    return while_writing if writing else while_reading


def message_of(error: BaseException, *, writing: bool, committing: bool = False) -> str:
    """`committing`: the write's statements all ran and the error came after them; it came
    from the commit itself when SQLAlchemy names no statement (a flush's INSERT has one)."""
    at_commit = committing and getattr(error, "statement", None) is None
    return message_for(fault_of(error), writing=writing, committing=at_commit)


def storage_error(error: BaseException, *, writing: bool, committing: bool = False) -> StorageError:
    """The typed error for `error`, holding the sentence alone: a serialization failure or a
    deadlock on a server (the server rolled the whole transaction back, and running it again
    may succeed) is a RetryableStorageError, which the services retry a few times before the
    person reads it; anything else a StorageError."""
    message = message_of(error, writing=writing, committing=committing)
    if fault_of(error) is Fault.CONFLICT:
        return RetryableStorageError(message)
    return StorageError(message)
