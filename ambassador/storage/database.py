"""The store the services see: read and write units of work over one engine.

A unit of work is one transaction. Leaving the `with` block commits a write; any exception
rolls everything back, so a bad input or a crash never leaves half a record. SQLAlchemy's
errors are turned into the domain's typed errors here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import TracebackType

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ambassador.domain.errors import RetryableStorageError, StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.storage import faults, list_keys, search_index
from ambassador.storage.address import ServerAddress
from ambassador.storage.engine import WRITE

# The sentences for the driver's errors live in storage/faults.py, chosen by error code;
# these four are named here too, where callers have always found them.
from ambassador.storage.faults import DISK_FULL as DISK_FULL
from ambassador.storage.faults import FAILED as FAILED
from ambassador.storage.faults import LOCKED as LOCKED
from ambassador.storage.faults import READ_ONLY as READ_ONLY
from ambassador.storage.unit_of_work import UnitOfWork

CLOSED = QT_TRANSLATE_NOOP("Messages", "The database is locked; unlock it first.")


class Database:
    """`key` is an encrypted file's key, held only while the database is open: `close`
    drops it with the engine (the window's lock), `attach` brings both back. `read_only`:
    its engine only reads (storage.engine.create_readonly_engine), and every write is refused
    with one sentence before it begins; it stays so across a lock and an unlock."""

    def __init__(
        self,
        engine: Engine,
        path: Path | None = None,
        key: bytes | None = None,
        *,
        read_only: bool = False,
        leave: Callable[[], None] | None = None,
        server: ServerAddress | None = None,
    ) -> None:
        self.path = path
        # A database on a PostgreSQL server (storage/server.py): no file, no key, IT's backups.
        self.server = server
        self.key = key
        self.read_only = read_only
        # After the last connection of a read-only database: what reading left beside the file.
        self._leave = leave
        self._readers = sessionmaker(expire_on_commit=False)
        self._writers = sessionmaker(expire_on_commit=False)
        search_index.watch(self._writers)
        list_keys.watch(self._writers)
        self._engine: Engine | None = None
        self.attach(engine, key)

    @property
    def engine(self) -> Engine:
        self._check_open()
        assert self._engine is not None
        return self._engine

    def _check_open(self) -> None:
        """The clear "locked" error, before any session is made on a closed database."""
        if self._engine is None:
            raise StorageError(CLOSED)

    @property
    def is_open(self) -> bool:
        return self._engine is not None

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def attach(self, engine: Engine, key: bytes | None) -> None:
        """Work on `engine` from now on (after an unlock, a restore, an encryption)."""
        if self._engine is not None and self._engine is not engine:
            self._engine.dispose()
        self._engine = engine
        self.key = key
        # On a server a read is a read-only transaction: reading never writes, by its word.
        readers = engine
        if engine.dialect.name == "postgresql":
            readers = engine.execution_options(postgresql_readonly=True)
        # A write on a server is SERIALIZABLE: two coordinators' transactions that read and
        # change the same records (both ending one placement, both keying in one
        # questionnaire) cannot both commit; the second is rolled back with 40001, a
        # RetryableStorageError the services run again, and the second run sees the first's
        # work. SQLite's writers already run one at a time (BEGIN IMMEDIATE).
        writers = engine.execution_options(**{WRITE: True})
        if engine.dialect.name == "postgresql":
            writers = engine.execution_options(**{WRITE: True}, isolation_level="SERIALIZABLE")
        self._readers.configure(bind=readers)
        self._writers.configure(bind=writers)

    def close(self) -> None:
        """Close every connection and forget the key; reads and writes fail until `attach`."""
        if self._engine is not None:
            self._engine.dispose()
            self._left()
        self._engine = None
        self.key = None
        self._readers.configure(bind=None)
        self._writers.configure(bind=None)

    def read(self) -> AbstractContextManager[UnitOfWork]:
        return _Translated(self._read_work(), writing=False)

    @contextmanager
    def _read_work(self) -> Iterator[UnitOfWork]:
        self._check_open()
        with self._readers() as session:
            yield UnitOfWork(session)
            session.rollback()

    def check_writable(self) -> None:
        """Refuse at once, before work that leads up to a write (a backup before a purge, a
        key file before encrypting), what `write` would refuse at the end."""
        if self.read_only:
            raise StorageError(READ_ONLY)

    def write(self) -> AbstractContextManager[UnitOfWork]:
        return _Translated(self._write_work(), writing=True)

    @contextmanager
    def _write_work(self) -> Iterator[UnitOfWork]:
        self._check_open()
        self.check_writable()
        with self._writers() as session, session.begin():
            yield UnitOfWork(session)

    def session(self) -> Session:
        """A raw session, for storage's own tests and maintenance only."""
        return self._readers()

    def scrub(self) -> None:
        """After records were removed for good: merge the search index, then copy the WAL
        back and rebuild the file, so no freed page or index segment keeps their words. A
        server has no file of ours to rebuild: the rows went with the transaction that removed
        them, and its own WAL and backups are IT's (services/retention.py says so)."""
        if self.server is not None:
            return
        with self.write() as uow:
            uow.optimize_search_index()
        raw = self.engine.raw_connection()
        message: str | None = None
        try:
            cursor = raw.cursor()
            for statement in (
                "PRAGMA wal_checkpoint(TRUNCATE)",
                "VACUUM",
                "PRAGMA wal_checkpoint(TRUNCATE)",
            ):
                cursor.execute(statement)
            cursor.close()
        except Exception as error:  # the driver's own error: VACUUM runs outside SQLAlchemy
            message = faults.message_of(error, writing=True)
        finally:
            raw.close()
        if message is not None:  # raised out here, it holds nothing of the driver's error
            raise StorageError(message)

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._left()

    def _left(self) -> None:
        if self._leave is not None:
            self._leave()


class _Translated(AbstractContextManager[UnitOfWork]):
    """A unit of work whose driver errors leave it as one StorageError that holds nothing of
    the driver's: not its message, not its DETAIL (a unique violation's quotes the value
    written), not the error itself on `__context__` or in a frame of its traceback, where
    a log's formatter or a crash report would find it."""

    def __init__(self, work: AbstractContextManager[UnitOfWork], *, writing: bool) -> None:
        self._work = work
        self._writing = writing

    def __enter__(self) -> UnitOfWork:
        try:
            return self._work.__enter__()
        except exc.DBAPIError as error:
            failure = faults.storage_error(error, writing=self._writing)
        raise _detached(failure)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        # Nothing raised in the block: an error now came from the flush or the commit.
        committing = kind is None
        try:
            if self._work.__exit__(kind, value, traceback):
                return True
        except exc.DBAPIError as error:
            failure = faults.storage_error(error, writing=self._writing, committing=committing)
        except StaleDataError:
            failure = _stale()
        else:
            if isinstance(value, StaleDataError):
                failure = _stale()
            elif isinstance(value, exc.DBAPIError):
                failure = faults.storage_error(value, writing=self._writing)
            else:
                return False
        del kind, value, traceback
        raise _detached(failure)


def _stale() -> RetryableStorageError:
    """A versioned row (storage/versions.py) changed between this transaction's read and its
    write: the work was rolled back as a whole, and run again it reads the row as it is now
    (and a form's stale version is then refused with a ConflictError). A server's SERIALIZABLE
    writes say so with 40001 before this can happen; this is the guard for any other way."""
    return RetryableStorageError(faults.CONFLICT)


def _detached(error: StorageError) -> StorageError:
    """`error`, to be raised where the driver's error is still being handled: Python would
    chain that onto `__context__` (`from None` only hides it), so it is cleared the moment
    Python sets it, as `error` leaves here."""
    try:
        raise error from None
    finally:
        error.__context__ = None
