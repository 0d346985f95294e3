"""The store the services see: read and write units of work over one engine.

A unit of work is one transaction. Leaving the `with` block commits a write; any exception
rolls everything back, so a bad input or a crash never leaves half a record. SQLAlchemy's
errors are turned into the domain's typed errors here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from ambassador.domain.errors import StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.storage import search_index
from ambassador.storage.address import ServerAddress
from ambassador.storage.engine import WRITE
from ambassador.storage.unit_of_work import UnitOfWork

DISK_FULL = QT_TRANSLATE_NOOP("Messages", "The disk is full; nothing was saved.")
LOCKED = QT_TRANSLATE_NOOP(
    "Messages", "The database is busy in another program; nothing was saved."
)
FAILED = QT_TRANSLATE_NOOP("Messages", "The database could not be written; nothing was saved.")
CLOSED = QT_TRANSLATE_NOOP("Messages", "The database is locked; unlock it first.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Messages", "The database is open read-only: it can be read, not changed; nothing was saved."
)


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
        self._readers.configure(bind=readers)
        self._writers.configure(bind=engine.execution_options(**{WRITE: True}))

    def close(self) -> None:
        """Close every connection and forget the key; reads and writes fail until `attach`."""
        if self._engine is not None:
            self._engine.dispose()
            self._left()
        self._engine = None
        self.key = None
        self._readers.configure(bind=None)
        self._writers.configure(bind=None)

    @contextmanager
    def read(self) -> Iterator[UnitOfWork]:
        self._check_open()
        with self._translated(), self._readers() as session:
            yield UnitOfWork(session)
            session.rollback()

    def check_writable(self) -> None:
        """Refuse at once, before work that leads up to a write (a backup before a purge, a
        key file before encrypting), what `write` would refuse at the end."""
        if self.read_only:
            raise StorageError(READ_ONLY)

    @contextmanager
    def write(self) -> Iterator[UnitOfWork]:
        self._check_open()
        self.check_writable()
        with self._translated(), self._writers() as session, session.begin():
            yield UnitOfWork(session)

    def session(self) -> Session:
        """A raw session, for storage's own tests and maintenance only."""
        return self._readers()

    def scrub(self) -> None:
        """After records were removed for good: merge the search index, then copy the WAL
        back and rebuild the file, so no freed page or index segment keeps their words."""
        with self.write() as uow:
            uow.optimize_search_index()
        raw = self.engine.raw_connection()
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
            text = str(error).lower()
            raise StorageError(DISK_FULL if "full" in text else FAILED) from None
        finally:
            raw.close()

    def dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._left()

    def _left(self) -> None:
        if self._leave is not None:
            self._leave()

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except exc.OperationalError as error:
            text = str(error.orig).lower() if error.orig is not None else ""
            if "full" in text:
                raise StorageError(DISK_FULL) from None
            if "locked" in text or "busy" in text:
                raise StorageError(LOCKED) from None
            if "readonly" in text or "read-only" in text:
                raise StorageError(READ_ONLY) from None
            raise StorageError(FAILED) from None
        except exc.DatabaseError:
            raise StorageError(FAILED) from None
