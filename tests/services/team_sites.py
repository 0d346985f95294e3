"""A team on the test server for the manager's tests: two units, a coordinator in each and a
manager, each a login role of its own (names unique to the run: roles are the cluster's),
dropped again afterwards. The database is the test's own, owned by the test role."""

from __future__ import annotations

import dataclasses
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, text

from ambassador.domain.clock import Clock
from ambassador.services.bundle import Services
from ambassador.services.opening import open_services
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.server import create_server_engine

# Who is who: (login, staff role, unit).
PEOPLE = (
    ("anna", "coordinator", "Norr"),
    ("bo", "coordinator", "Söder"),
    ("maja", "manager", None),
)
UNITS = ("Norr", "Söder")


@dataclass(frozen=True)
class Team:
    address: ServerAddress  # as the owner (the test role)
    logins: dict[str, str]  # the people above by their name in the test
    passwords: dict[str, str]

    def address_of(self, person: str) -> ServerAddress:
        return dataclasses.replace(self.address, user=self.logins[person])

    def engine(self, person: str) -> Engine:
        return create_server_engine(self.address_of(person), self.passwords[person])

    @contextmanager
    def signed_in(self, person: str, clock: Clock) -> Iterator[tuple[Database, Services]]:
        database, services = open_services(
            self.address_of(person), clock, password=self.passwords[person]
        )
        try:
            yield database, services
        finally:
            database.dispose()


@contextmanager
def team_on(address: ServerAddress) -> Iterator[Team]:
    """The units, the login roles in their group roles and their staff rows in `address`."""
    prefix = f"amb_mgr_{uuid.uuid4().hex[:8]}"
    logins = {person: f"{prefix}_{person}" for person, _role, _unit in PEOPLE}
    passwords = {person: secrets.token_urlsafe(18) for person in logins}
    owner = create_server_engine(address).execution_options(isolation_level="AUTOCOMMIT")
    try:
        with owner.connect() as connection:
            for unit in UNITS:
                connection.execute(
                    text("INSERT INTO units (name, created_at) VALUES (:name, localtimestamp)"),
                    {"name": unit},
                )
            for person, role, unit in PEOPLE:
                login = logins[person]
                connection.execute(
                    text(f"CREATE ROLE {login} LOGIN PASSWORD '{passwords[person]}'")
                )
                connection.execute(text(f"GRANT ambassador_{role} TO {login}"))
                connection.execute(
                    text(
                        "INSERT INTO staff (name, unit_id, role, created_at) VALUES (:name, "
                        "(SELECT id FROM units WHERE name = :unit), :role, localtimestamp)"
                    ),
                    {"name": login, "unit": unit, "role": role},
                )
        yield Team(address, logins, passwords)
    finally:
        with owner.connect() as connection:
            for login in logins.values():
                connection.execute(text(f"DROP ROLE IF EXISTS {login}"))
        owner.dispose()
