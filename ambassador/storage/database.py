"""The store the services see: read and write units of work over one engine.

A unit of work is one transaction. Leaving the `with` block commits a write; any exception
rolls everything back, so a bad input or a crash never leaves half a record. SQLAlchemy's
errors are turned into the domain's typed errors here and nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, exc
from sqlalchemy.orm import Session, sessionmaker

from ambassador.domain.errors import StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.storage import search_index
from ambassador.storage.engine import WRITE
from ambassador.storage.unit_of_work import UnitOfWork

DISK_FULL = QT_TRANSLATE_NOOP("Messages", "The disk is full; nothing was saved.")
LOCKED = QT_TRANSLATE_NOOP(
    "Messages", "The database is busy in another program; nothing was saved."
)
FAILED = QT_TRANSLATE_NOOP("Messages", "The database could not be written; nothing was saved.")


class Database:
    def __init__(self, engine: Engine, path: Path | None = None) -> None:
        self.engine = engine
        self.path = path
        self._readers = sessionmaker(engine, expire_on_commit=False)
        self._writers = sessionmaker(
            engine.execution_options(**{WRITE: True}), expire_on_commit=False
        )
        search_index.watch(self._writers)

    @contextmanager
    def read(self) -> Iterator[UnitOfWork]:
        with self._translated(), self._readers() as session:
            yield UnitOfWork(session)
            session.rollback()

    @contextmanager
    def write(self) -> Iterator[UnitOfWork]:
        with self._translated(), self._writers() as session, session.begin():
            yield UnitOfWork(session)

    def session(self) -> Session:
        """A raw session, for storage's own tests and maintenance only."""
        return self._readers()

    def dispose(self) -> None:
        self.engine.dispose()

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
            raise StorageError(FAILED) from None
        except exc.DatabaseError:
            raise StorageError(FAILED) from None
