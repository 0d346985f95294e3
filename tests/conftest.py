"""Shared fixtures: a fixed clock, and a fresh migrated database per test.

The storage and service tests that use `database` (or `services`) run once per engine: on a
SQLite file, and, when AMBASSADOR_TEST_POSTGRES names a PostgreSQL server (CI always sets it;
`scripts/with-postgres` starts a throwaway one), on a new database on that server made from a
migrated template. A test about SQLite's file alone is marked `sqlite_only`; one about the
server alone `postgresql_only` (it runs wherever a server is given, and is not collected
where none is).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import dataclasses
import logging
import re
import shutil
import uuid
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Literal

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.services.bundle import Services
from ambassador.storage.address import ServerAddress, parse_address
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database
from tests.factories import HANDED_OUT

# A Tuesday, so "today" and "the rest of the week" both have days in them.
NOW = datetime(2026, 11, 24, 9, 0)


# Ten or twelve digits, optionally split by - or +, standing alone: a personnummer's shape.
IDENTITY_NUMBER = re.compile(r"(?<![\w.])(?:[0-9]{2})?[0-9]{6}[-+]?[0-9]{4}(?![\w])")
_PHASES: tuple[Literal["setup", "call", "teardown"], ...] = ("setup", "call", "teardown")


def _record_text(record: logging.LogRecord) -> str:
    parts = [record.getMessage(), record.exc_text or "", record.stack_info or ""]
    if record.exc_info and not record.exc_text:
        parts.append(logging.Formatter().formatException(record.exc_info))
    return "\n".join(parts)


def personal_data_in(record: logging.LogRecord) -> str | None:
    """What in the record looks like personal data, or None."""
    text = _record_text(record)
    found = IDENTITY_NUMBER.search(text)
    if found:
        return f"an identity number ({found.group()})"
    for value in HANDED_OUT:
        if value in text:
            return f"test data handed out by the factories ({value[:40]!r})"
    return None


@pytest.fixture(autouse=True)
def _no_personal_data_in_logs(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Every record of every phase, at DEBUG (pyproject's log_level), is free of personal data.

    Autouse fixtures are set up first and torn down last, so the teardown records of every
    other fixture are in by the time this looks.
    """
    yield
    leaks = [
        f"{when}: {record.name} {record.levelname}: {leak}"
        for when in _PHASES
        for record in caplog.get_records(when)
        if (leak := personal_data_in(record)) is not None
    ]
    if leaks:
        pytest.fail("log records carry personal data:\n" + "\n".join(leaks[:10]), pytrace=False)


# The PostgreSQL server the tests may use, as a role that may create databases (no password in
# the address: libpq reads it from PGPASSFILE).
POSTGRES = os.environ.get("AMBASSADOR_TEST_POSTGRES") or None
ENGINES = ("sqlite", "postgresql") if POSTGRES else ("sqlite",)
# Where the tests run once per engine: the layers whose code differs by engine.
PER_ENGINE = ("tests/storage/", "tests/services/")


def pytest_report_header() -> str:
    return "database engines: " + ", ".join(ENGINES)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """`engine_name` for a test that uses the database: both engines in storage and
    services, unless the test is marked for one."""
    if "engine_name" not in metafunc.fixturenames:
        return
    markers = {marker.name for marker in metafunc.definition.iter_markers()}
    where = metafunc.definition.nodeid
    if "postgresql_only" in markers:
        engines: tuple[str, ...] = ("postgresql",) if POSTGRES else ()
    elif "sqlite_only" in markers or not where.startswith(PER_ENGINE):
        engines = ("sqlite",)
    else:
        engines = ENGINES
    metafunc.parametrize("engine_name", engines, indirect=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Without a test server, the tests of the server alone are not collected (not skipped:
    CI always gives one, and a skip would read as a failure hidden)."""
    if POSTGRES:
        return
    kept = [item for item in items if item.get_closest_marker("postgresql_only") is None]
    if len(kept) != len(items):
        config.hook.pytest_deselected(items=[i for i in items if i not in kept])
        items[:] = kept


@pytest.fixture
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def postgres_server() -> ServerAddress:
    """The test server's address (its maintenance database)."""
    assert POSTGRES is not None, "AMBASSADOR_TEST_POSTGRES is not set"
    return parse_address(POSTGRES)


def _pgpass_password(server: ServerAddress) -> str | None:
    """The test role's password from the PGPASSFILE scripts/with-postgres wrote, if any."""
    passfile = os.environ.get("PGPASSFILE")
    if not passfile or not Path(passfile).is_file():
        return None
    for line in Path(passfile).read_text(encoding="utf-8").splitlines():
        host, port, _database, user, password = line.split(":", 4)
        if (host, port, user) == (server.host, str(server.port), server.user):
            return password
    return None


class ScratchDatabases:
    """Databases made on the test server for one session, each dropped when done.

    Copying the template is most of a server test's cost (a tenth of a second, where the test
    itself often takes less), so `from_template` has the next copy made on a thread of its
    own while the test that took the last one runs."""

    def __init__(self, server: ServerAddress) -> None:
        from ambassador.storage.server import create_server_engine

        self.server = server
        # The password read once, now: a test may hide PGPASSFILE (to make the server ask)
        # while the next copy is being made on the thread.
        self.admin = create_server_engine(server, _pgpass_password(server)).execution_options(
            isolation_level="AUTOCOMMIT"
        )
        self.prefix = f"amb_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="scratch-databases")
        self._next: dict[str, Future[ServerAddress]] = {}  # by template: one being made

    def from_template(self, template: str) -> ServerAddress:
        """A new database copied from `template`, and the next copy begun."""
        ready = self._next.pop(template, None) or self._worker.submit(self.make, template)
        self._next[template] = self._worker.submit(self.make, template)
        return ready.result()

    def stop_copying(self, template: str) -> None:
        """Drop the copy of `template` made ahead that no test took (before the template)."""
        made = self._next.pop(template, None)
        if made is not None:
            self.drop(made.result())

    def close(self) -> None:
        """Drop the copies made ahead that no test took, and let go of the server."""
        for template in list(self._next):
            self.stop_copying(template)
        self._worker.shutdown(wait=True)
        self.admin.dispose()

    def make(self, template: str | None = None) -> ServerAddress:
        from sqlalchemy import text

        name = f"{self.prefix}_{uuid.uuid4().hex[:10]}"
        made_from = f' TEMPLATE "{template}"' if template else ""
        with self.admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{made_from}'))
        return dataclasses.replace(self.server, database=name)

    def drop(self, address: ServerAddress) -> None:
        """Drop `address`, ending first what a test left connected to it. Not `WITH (FORCE)`:
        that refuses to end an autovacuum worker, which a role without pg_signal_backend may
        not signal, and which visits a new database at any moment; a plain DROP stops one."""
        from sqlalchemy import text

        with self.admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND usename = current_user"
                    " AND pid <> pg_backend_pid()"
                ),
                {"name": address.database},
            )
            connection.execute(text(f'DROP DATABASE IF EXISTS "{address.database}"'))


@pytest.fixture(scope="session")
def scratch_databases(postgres_server: ServerAddress) -> Iterator[ScratchDatabases]:
    scratch = ScratchDatabases(postgres_server)
    yield scratch
    scratch.close()


@pytest.fixture(scope="session")
def postgres_template(scratch_databases: ScratchDatabases) -> Iterator[ServerAddress]:
    """A database migrated once per session; each test's database is made from it."""
    from ambassador.storage.server import init_server

    address = scratch_databases.make()
    init_server(address).dispose()
    yield address
    scratch_databases.stop_copying(address.database)
    scratch_databases.drop(address)


@pytest.fixture
def server_address(
    scratch_databases: ScratchDatabases, postgres_template: ServerAddress
) -> Iterator[ServerAddress]:
    """A new, migrated database on the test server, dropped after the test."""
    address = scratch_databases.from_template(postgres_template.database)
    yield address
    scratch_databases.drop(address)


@pytest.fixture(scope="session")
def template_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrated once per session; each test copies the closed file instead of migrating."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    database, _report = open_database(path, path.parent / "backups", NOW)
    database.dispose()
    return path


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def database_path(tmp_path: Path, template_database: Path) -> Path:
    path = tmp_path / "ambassador.db"
    shutil.copyfile(template_database, path)
    return path


@pytest.fixture
def database(
    engine_name: str, request: pytest.FixtureRequest, clock: FixedClock
) -> Iterator[Database]:
    if engine_name == "postgresql":
        from ambassador.storage.server import open_server

        database = open_server(request.getfixturevalue("server_address"))
    else:
        path: Path = request.getfixturevalue("database_path")
        database, _report = open_database(path, path.parent / "backups", clock.now())
    yield database
    database.dispose()


@pytest.fixture
def services(database: Database, clock: FixedClock) -> Services:
    return Services.build(database, clock)
