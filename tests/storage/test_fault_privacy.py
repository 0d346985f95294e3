"""Real driver errors on both engines become the right sentence, and the StorageError raised
holds nothing of the driver's error: not its words, not the error itself on its chain or in a
frame of its traceback (PostgreSQL's unique violation quotes the identity number written)."""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, event, text

from ambassador.domain.errors import StorageError
from ambassador.domain.participant import ParticipantFields
from ambassador.storage import faults
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.engine import create_readonly_engine
from ambassador.storage.server import create_server_engine

NOW = datetime(2026, 11, 24, 9, 0)
NUMBER = "198112289874"
FIELDS = ParticipantFields(first_name="Åsa", last_name="Öberg", personal_identity_number=NUMBER)
# Frames of these files may hold the driver's error; the test's own frames hold what it wrote.
PROGRAM = (os.sep + "ambassador" + os.sep, os.sep + "sqlalchemy" + os.sep, "contextlib")


def _frames(error: BaseException) -> Iterator[FrameType]:
    traceback = error.__traceback__
    while traceback is not None:
        yield traceback.tb_frame
        traceback = traceback.tb_next


def assert_holds_nothing_of_the_driver(error: StorageError) -> None:
    """No words of the driver's, no exception chained, no frame of the program keeping one."""
    for said in (str(error), repr(error), error.message, *map(str, error.args)):
        assert "19811228" not in said and "8112289874" not in said and "Key (" not in said
    assert error.__context__ is None
    assert error.__cause__ is None
    for frame in _frames(error):
        if not any(part in frame.f_code.co_filename for part in PROGRAM):
            continue
        for name, value in frame.f_locals.items():
            held = value is not error and isinstance(value, BaseException)
            assert not held, f"{frame.f_code.co_name} keeps {name}: {type(value).__name__}"


def _add_twice(database: Database) -> StorageError:
    with database.write() as uow:
        uow.participants.add(FIELDS, NOW)
    with pytest.raises(StorageError) as raised, database.write() as uow:
        uow.participants.add(FIELDS, NOW)  # the unique index refuses a second living record
    return raised.value


def test_a_duplicate_identity_number_says_so_and_holds_nothing_of_it(
    database: Database, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    error = _add_twice(database)
    assert error.message == faults.DUPLICATE
    assert_holds_nothing_of_the_driver(error)
    for record in caplog.records:
        assert "19811228" not in record.getMessage()
        assert record.exc_info is None or "19811228" not in str(record.exc_info[1])
    with database.read() as uow:
        assert uow.participants.count() == 1


def test_a_failing_read_says_it_could_not_read(database: Database) -> None:
    with pytest.raises(StorageError) as raised, database.read() as uow:
        uow._session.execute(text("SELECT * FROM no_such_table"))
    assert raised.value.message == faults.READ_FAILED
    assert_holds_nothing_of_the_driver(raised.value)


@pytest.mark.sqlite_only
def test_a_sqlite_file_opened_for_reading_refuses_a_write_by_its_code(
    database: Database, database_path: Path
) -> None:
    database.dispose()
    reader = Database(create_readonly_engine(database_path), database_path)
    try:
        with pytest.raises(StorageError) as raised, reader.write() as uow:
            uow.participants.add(FIELDS, NOW)
    finally:
        reader.dispose()
    assert raised.value.message == faults.READ_ONLY
    assert_holds_nothing_of_the_driver(raised.value)


# PostgreSQL alone: a read-only transaction, a connection killed, a role without rights.


def _admin() -> Engine:
    """The server's superuser where one is given, else the test role (which may end its own
    connections)."""
    url = (
        os.environ.get("AMBASSADOR_TEST_POSTGRES_SUPERUSER")
        or os.environ["AMBASSADOR_TEST_POSTGRES"]
    )
    return create_engine(url, hide_parameters=True, isolation_level="AUTOCOMMIT")


class Killer:
    """Ends the program's own server connection from outside, as a server restart would, just
    before the first statement that starts with `before` (or before the commit)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.admin = _admin()
        self.before: str | None = None
        self.killed = 0
        event.listen(engine, "before_cursor_execute", self._on_execute)
        event.listen(engine, "commit", self._on_commit)

    def _kill(self, connection: Any) -> None:
        self.before = None
        pid = connection.connection.driver_connection.info.backend_pid
        with self.admin.connect() as admin:
            admin.execute(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid})
        self.killed += 1

    def _on_execute(self, connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.before and statement.startswith(self.before):
            self._kill(connection)

    def _on_commit(self, connection: Any) -> None:
        if self.before == "COMMIT":
            self._kill(connection)

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._on_execute)
        event.remove(self.engine, "commit", self._on_commit)
        self.admin.dispose()


@pytest.fixture
def killer(database: Database) -> Iterator[Killer]:
    killer = Killer(database.engine)
    yield killer
    killer.close()


@pytest.mark.postgresql_only
def test_a_read_only_transaction_refuses_a_write_by_its_sqlstate(database: Database) -> None:
    with pytest.raises(StorageError) as raised, database.read() as uow:
        uow.participants.add(FIELDS, NOW)  # a read is a read-only transaction on a server
    assert raised.value.message == faults.READ_ONLY
    assert_holds_nothing_of_the_driver(raised.value)


@pytest.mark.postgresql_only
def test_a_connection_killed_in_a_write_saves_nothing_and_the_next_one_works(
    database: Database, killer: Killer
) -> None:
    killer.before = "INSERT INTO participants"
    with pytest.raises(StorageError) as raised, database.write() as uow:
        uow.participants.add(FIELDS, NOW)
    assert killer.killed == 1
    assert raised.value.message == faults.CONNECTION_LOST
    assert_holds_nothing_of_the_driver(raised.value)
    with database.read() as uow:
        assert uow.participants.count() == 0


@pytest.mark.postgresql_only
def test_a_connection_killed_at_the_commit_leaves_the_outcome_unknown(
    database: Database, killer: Killer
) -> None:
    killer.before = "COMMIT"
    with pytest.raises(StorageError) as raised, database.write() as uow:
        uow.participants.add(FIELDS, NOW)
    assert killer.killed == 1
    assert raised.value.message == faults.OUTCOME_UNKNOWN
    assert_holds_nothing_of_the_driver(raised.value)


@pytest.mark.postgresql_only
def test_a_connection_killed_in_a_read_says_so_without_speaking_of_saving(
    database: Database, killer: Killer
) -> None:
    killer.before = "SELECT count("
    with pytest.raises(StorageError) as raised, database.read() as uow:
        uow.participants.count()
    assert raised.value.message == faults.CONNECTION_LOST_READING
    assert_holds_nothing_of_the_driver(raised.value)


@pytest.fixture
def without_rights(server_address: ServerAddress) -> Iterator[Database]:
    """The test database, through a role that may sign in as itself but has no rights on the
    program's tables."""
    role = f"amb_norights_{uuid.uuid4().hex[:10]}"
    admin = create_server_engine(server_address).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE ROLE "{role}" NOLOGIN'))
        connection.execute(text(f'GRANT "{role}" TO CURRENT_USER'))
    engine = create_server_engine(server_address)

    @event.listens_for(engine, "connect")
    def _become(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f'SET ROLE "{role}"')
        dbapi_connection.commit()

    database = Database(engine, server=server_address)
    yield database
    database.dispose()
    with admin.connect() as connection:
        connection.execute(text(f'DROP ROLE "{role}"'))
    admin.dispose()


@pytest.mark.postgresql_only
def test_a_role_without_rights_is_told_it_has_no_permission(
    database: Database, without_rights: Database
) -> None:
    with pytest.raises(StorageError) as raised, without_rights.write() as uow:
        uow.participants.add(FIELDS, NOW)
    assert raised.value.message == faults.NO_PERMISSION
    assert_holds_nothing_of_the_driver(raised.value)
    with pytest.raises(StorageError) as raised, without_rights.read() as uow:
        uow.participants.count()
    assert raised.value.message == faults.NO_PERMISSION_READING


@pytest.mark.postgresql_only
def test_a_statement_timeout_says_the_server_took_too_long(database: Database) -> None:
    with pytest.raises(StorageError) as raised, database.read() as uow:
        uow._session.execute(text("SET LOCAL statement_timeout = 1"))
        uow._session.execute(text("SELECT pg_sleep(1)"))
    assert raised.value.message == faults.TIMED_OUT_READING
    assert_holds_nothing_of_the_driver(raised.value)
