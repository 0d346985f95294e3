"""Record versions: a form's save carries the version it read, and a stale one is refused.

Every table a form edits has a `version` column that is SQLAlchemy's `version_id_col`
(storage/rows.py): each UPDATE the session flushes sets `version = version + 1` and says
`WHERE version = <the one this transaction read>`, so no save bumps it by hand and none can
overwrite a row changed since the transaction read it (if one ever did, SQLAlchemy's
StaleDataError becomes a RetryableStorageError, and the service runs again). A form read the
record in an earlier transaction, though, so the repositories compare the version it read
(`expected_version`) with the row's before they write, and refuse a stale one with a
ConflictError that carries the record as it is now and who saved it last (the change log the
database's triggers write; "" on a file). None is for callers that are not forms (imports,
sample data, the command line): they read and write in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ambassador.domain.errors import ConflictError
from ambassador.storage.rows import Base, ChangeLogRow

R = TypeVar("R", bound=Base)


def checked_row(
    session: Session,
    row_type: type[R],
    record_id: int,
    expected_version: int | None,
    *,
    kind: str,
    as_domain: Callable[[R], Any],
) -> R | None:
    """The row (None: there is none, not even in the trash) when the form's version is the
    stored one, or when the caller is not a form (`expected_version` None); else a
    ConflictError, `deleted` when the record was removed or moved to the trash."""
    row = session.get(row_type, record_id)
    stored: Any = row
    if expected_version is None or (stored is not None and stored.version == expected_version):
        return row
    raise ConflictError(
        kind,
        record_id,
        None if row is None else as_domain(row),
        last_changed_by(session, str(row_type.__tablename__), record_id),
        deleted=stored is None or getattr(stored, "deleted_at", None) is not None,
    )


def last_changed_by(session: Session, table: str, record_id: int) -> str:
    """Who made the newest change to the record, by the change log ("" when it names no one:
    on a file, or a record no change of which is logged)."""
    query = (
        select(ChangeLogRow.user_name)
        .where(ChangeLogRow.table_name == table, ChangeLogRow.record_id == record_id)
        .order_by(ChangeLogRow.id.desc())
        .limit(1)
    )
    return session.scalar(query) or ""


def bump(row: Any) -> None:
    """Make the next flush UPDATE the row, and so count a save, even when no column of its own
    changed (an employer whose tasks alone were replaced; a save of what was already there)."""
    flag_modified(row, "updated_at")


def stored_row(
    session: Session,
    row_type: type[R],
    record_id: int,
    expected_version: int | None,
    *,
    kind: str,
    as_domain: Callable[[R], Any],
) -> R:
    """The row a write changes, the form's version checked as `checked_row` does; a row that
    is not there at all for a caller that is not a form is a bug (NoResultFound), as before
    versions: the services look a record up before they change it."""
    row = checked_row(
        session, row_type, record_id, expected_version, kind=kind, as_domain=as_domain
    )
    return row if row is not None else session.get_one(row_type, record_id)
