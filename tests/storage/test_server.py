"""Opening a database on a PostgreSQL server: signed in, at this program's revision, or
refused with one sentence; made and upgraded only by IT's commands."""

from __future__ import annotations

import dataclasses
import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ambassador.domain.errors import DatabaseTooNewError, NotAnAmbassadorDatabaseError
from ambassador.storage.address import ServerAddress, parse_address
from ambassador.storage.migrate import HEAD_REVISION, alembic_config
from ambassador.storage.rows import Base
from ambassador.storage.server import (
    NO_SUCH_DATABASE,
    NOT_EMPTY,
    NOT_OURS,
    SERVER_NEEDS_UPGRADE,
    SERVER_TOO_NEW,
    SERVER_UNREACHABLE,
    TLS_REFUSED,
    PasswordNeededError,
    SignInRefusedError,
    create_server_engine,
    init_server,
    open_server,
    server_state,
    upgrade_server,
)
from ambassador.storage.server import StorageError as ServerStorageError
from tests.conftest import ScratchDatabases

pytestmark = pytest.mark.postgresql_only


def _set_revision(address: ServerAddress, revision: str) -> None:
    engine = create_server_engine(address)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


@pytest.fixture
def empty_database(scratch_databases: ScratchDatabases) -> Iterator[ServerAddress]:
    address = scratch_databases.make()
    yield address
    scratch_databases.drop(address)


def _password() -> str:
    """The test role's password, from the PGPASSFILE scripts/with-postgres wrote."""
    line = Path(os.environ["PGPASSFILE"]).read_text(encoding="utf-8").splitlines()[0]
    return line.rsplit(":", 1)[1]


def test_a_database_at_this_revision_opens(server_address: ServerAddress) -> None:
    database = open_server(server_address)
    try:
        state = server_state(database)
        assert database.server == server_address and database.path is None
        assert state.revision == HEAD_REVISION
        assert state.user == server_address.user
        assert state.tls is False  # the test server listens without TLS, on loopback
        assert state.server_version.split(".")[0].isdigit()
    finally:
        database.dispose()


def test_reading_never_writes_on_the_server(server_address: ServerAddress) -> None:
    database = open_server(server_address)
    try:
        with database.read() as uow:
            read_only = uow.participants._session.execute(text("SHOW transaction_read_only"))
            assert read_only.scalar_one() == "on"
    finally:
        database.dispose()


def test_an_older_database_is_refused_and_named_for_it(server_address: ServerAddress) -> None:
    _set_revision(server_address, "0007")
    with pytest.raises(ServerStorageError) as caught:
        open_server(server_address)
    assert caught.value.message == SERVER_NEEDS_UPGRADE


def test_a_newer_database_is_refused(server_address: ServerAddress) -> None:
    _set_revision(server_address, "9999")
    with pytest.raises(DatabaseTooNewError) as caught:
        open_server(server_address)
    assert caught.value.message == SERVER_TOO_NEW
    with pytest.raises(DatabaseTooNewError):
        upgrade_server(server_address)


def test_an_empty_database_is_not_opened_but_made_by_init(empty_database: ServerAddress) -> None:
    with pytest.raises(NotAnAmbassadorDatabaseError) as caught:
        open_server(empty_database)
    assert caught.value.message == NOT_OURS
    init_server(empty_database).dispose()
    open_server(empty_database).dispose()
    with pytest.raises(NotAnAmbassadorDatabaseError) as again:
        init_server(empty_database)
    assert again.value.message == NOT_EMPTY


def test_another_programs_database_is_refused(empty_database: ServerAddress) -> None:
    engine = create_server_engine(empty_database)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer)"))
    engine.dispose()
    for attempt in (open_server, init_server):
        with pytest.raises(NotAnAmbassadorDatabaseError) as caught:
            attempt(empty_database)
        assert caught.value.message in (NOT_OURS, NOT_EMPTY)


def test_upgrade_brings_an_older_database_to_this_revision(server_address: ServerAddress) -> None:
    from alembic import command

    engine = create_server_engine(server_address)
    with engine.connect() as connection:
        command.downgrade(alembic_config(connection), "0007")
        connection.commit()
    engine.dispose()
    assert upgrade_server(server_address) == ("0007", HEAD_REVISION)
    open_server(server_address).dispose()
    assert upgrade_server(server_address) == (HEAD_REVISION, HEAD_REVISION)


def test_no_password_is_asked_for(
    server_address: ServerAddress, monkeypatch: pytest.MonkeyPatch
) -> None:
    password = _password()
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with pytest.raises(PasswordNeededError):
        open_server(server_address)
    with pytest.raises(SignInRefusedError) as caught:
        open_server(server_address, "wrong-hemligt")
    assert "hemligt" not in str(caught.value)
    assert caught.value.__context__ is None and caught.value.__cause__ is None
    open_server(server_address, password).dispose()


def test_a_server_that_does_not_answer(server_address: ServerAddress) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    nowhere = dataclasses.replace(server_address, host="127.0.0.1", port=free_port)
    with pytest.raises(ServerStorageError) as caught:
        open_server(nowhere)
    assert caught.value.message == SERVER_UNREACHABLE


def test_a_database_that_is_not_there(server_address: ServerAddress) -> None:
    missing = dataclasses.replace(server_address, database="no_such_database_here")
    with pytest.raises(ServerStorageError) as caught:
        open_server(missing)
    assert caught.value.message == NO_SUCH_DATABASE


def _over_tls(address: ServerAddress, **options: str) -> ServerAddress:
    """`address`'s database at the test server's TLS address (scripts/with-postgres)."""
    tls = parse_address(os.environ["AMBASSADOR_TEST_POSTGRES_TLS"])
    merged = dict(tls.options) | options
    return dataclasses.replace(
        tls, database=address.database, options=tuple(sorted(merged.items()))
    )


def test_tls_is_verified_in_full_and_said(server_address: ServerAddress) -> None:
    address = _over_tls(server_address)
    assert address.sslmode == "verify-full"
    database = open_server(address)
    try:
        assert server_state(database).tls is True
    finally:
        database.dispose()


def test_a_server_whose_certificate_is_not_vouched_for_is_refused(
    server_address: ServerAddress,
) -> None:
    stranger = os.environ["AMBASSADOR_TEST_POSTGRES_OTHER_CA"]  # a CA that signed nothing here
    with pytest.raises(ServerStorageError) as caught:
        open_server(_over_tls(server_address, sslrootcert=stranger))
    assert caught.value.message == TLS_REFUSED


def test_the_mappings_partial_indexes_say_the_servers_conditions(
    server_address: ServerAddress,
) -> None:
    """The partial indexes' PostgreSQL conditions, added to the mappings when a server engine
    is made (a file's start never loads that dialect), are those the migrations gave the
    server: the same indexes, each with its condition."""
    engine = create_server_engine(server_address)
    try:
        with engine.connect() as connection:
            definitions = dict(
                connection.execute(
                    text(
                        "SELECT indexname, indexdef FROM pg_indexes "
                        "WHERE schemaname = current_schema()"
                    )
                ).all()
            )
    finally:
        engine.dispose()
    conditions = {
        str(index.name): str(index.dialect_options["postgresql"]["where"])
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if index.dialect_options["postgresql"]["where"] is not None
    }

    def plain(sql: str) -> str:
        return " ".join(sql.replace("(", " ").replace(")", " ").lower().split())

    partial = {name: d.split(" WHERE ", 1)[1] for name, d in definitions.items() if " WHERE " in d}
    assert partial.keys() == conditions.keys()
    for name, condition in conditions.items():
        assert plain(partial[name]) == plain(condition), name
