"""Real database roles for a test on the server: a coordinator or an administrator of a unit,
each a login of its own in migration 0010's group roles, with its staff row, as IT's
`ambassador server add-user` makes them. Roles are the whole cluster's: each is named for the
test run and dropped at the end."""

from __future__ import annotations

import dataclasses
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine, text

from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.server import create_server_engine, open_server

GROUPS = {
    "coordinator": "ambassador_coordinator",
    "admin": "ambassador_admin",
    "manager": "ambassador_manager",
}


@dataclass
class Staff:
    """The roles made on one test database, and the databases opened as them."""

    owner: Engine  # the test role, which owns the tables
    address: ServerAddress
    passwords: dict[str, str] = field(default_factory=dict)
    opened: list[Database] = field(default_factory=list)
    prefix: str = field(default_factory=lambda: f"amb_staff_{uuid.uuid4().hex[:8]}")

    def add(self, name: str, role: str = "coordinator", unit: str = "Norr") -> str:
        """A login role in `role`'s group with a staff row in `unit`; its full name."""
        login = f"{self.prefix}_{name}"
        password = secrets.token_urlsafe(18)
        with self.owner.begin() as connection:
            connection.execute(text(f"CREATE ROLE {login} LOGIN PASSWORD '{password}'"))
            connection.execute(text(f"GRANT {GROUPS[role]} TO {login}"))
            unit_id = connection.scalar(
                text("SELECT id FROM units WHERE name = :unit"), {"unit": unit}
            )
            if unit_id is None:
                unit_id = connection.scalar(
                    text("INSERT INTO units (name, created_at) VALUES (:unit, :at) RETURNING id"),
                    {"unit": unit, "at": datetime(2026, 1, 1)},
                )
            connection.execute(
                text(
                    "INSERT INTO staff (name, unit_id, role, created_at) "
                    "VALUES (:name, :unit_id, :role, :at)"
                ),
                {"name": login, "unit_id": unit_id, "role": role, "at": datetime(2026, 1, 1)},
            )
        self.passwords[login] = password
        return login

    def open(self, login: str) -> Database:
        """The test database opened as `login`, closed at the end."""
        database = open_server(dataclasses.replace(self.address, user=login), self.passwords[login])
        self.opened.append(database)
        return database

    def drop(self) -> None:
        for database in self.opened:
            database.dispose()
        with self.owner.connect() as connection:
            connection.execution_options(isolation_level="AUTOCOMMIT")
            for login in self.passwords:
                connection.execute(text(f"DROP ROLE {login}"))
        self.owner.dispose()


@contextmanager
def staff_on(address: ServerAddress) -> Iterator[Staff]:
    staff = Staff(create_server_engine(address), address)
    try:
        yield staff
    finally:
        staff.drop()
