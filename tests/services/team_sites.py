"""A team on the test server for the manager's tests: two units, a coordinator in each, an
admin and a manager, each a login role of its own (names unique to the run: roles are the
cluster's), dropped again afterwards. The database is the test's own, owned by the test role.
And the check every set of the manager's figures must pass: no sum with one part withheld."""

from __future__ import annotations

import dataclasses
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Engine, text

from ambassador.domain.clock import Clock
from ambassador.domain.enums import Outcome
from ambassador.domain.team_statistics import COLUMNS, Figures, TeamStatistics
from ambassador.services.bundle import Services
from ambassador.services.opening import open_services
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.server import create_server_engine

# Who is who: (login, staff role, unit).
PEOPLE = (
    ("anna", "coordinator", "Norr"),
    ("bo", "coordinator", "Söder"),
    ("ida", "admin", "Norr"),
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


WORK_OUTCOMES = [f"outcome:{o.value}" for o in Outcome if o.is_work_or_education]


def _sums(figures: Figures, gender: str) -> list[list[int | None]]:
    """Each sum across categories the views hold, its total first, for one gender."""
    ended = figures.get("ended", "", gender)
    outcomes = figures.categories("ended", "outcome:")
    return [
        [figures.get("active", "", gender)]
        + [figures.get("active", c, gender) for c in figures.categories("active", "type:")],
        [ended] + [figures.get("ended", c, gender) for c in outcomes],
        [ended] + [figures.get("after_90", c, gender) for c in figures.categories("after_90", "")],
        [figures.get("into_work", "", gender)]
        + [figures.get("ended", c, gender) for c in WORK_OUTCOMES],
    ]


def no_sum_with_one_withheld(statistics: TeamStatistics) -> None:
    """Wherever a sum is shown, its withheld parts are none or at least two (else the one
    would be the sum less the rest): the genders and a row's total, the categories and their
    total, the units and the organisation."""
    for figures in [statistics.organisation, *(u.figures for u in statistics.units)]:
        if not figures.cells:  # no placement at all: no figures
            continue
        for measure, category in {(m, c) for m, c, _g in figures.cells}:
            row = [figures.get(measure, category, g) for g in COLUMNS]
            assert row.count(None) != 1, (measure, category)
        for gender in COLUMNS:
            for cells in _sums(figures, gender):
                assert cells.count(None) != 1, (gender, cells)
    for measure, category, gender in statistics.organisation.cells:
        cells = [statistics.organisation.get(measure, category, gender)] + [
            u.figures.get(measure, category, gender) for u in statistics.units
        ]
        assert cells.count(None) != 1, (measure, category, gender)
