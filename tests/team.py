"""A team on a test server, made as IT makes one: each person a real login role with a password,
created by `ambassador server add-user`'s service (services/team.py) as the database's owner,
and each signed in with their own `open_server`. Roles are the whole cluster's and other test
sessions share it, so every name carries this run's prefix, and `Team.close` drops them.

    with team_on(server_address, clock) as team:
        units = two_units(team)           # two coordinators in two units, one manager
        anna = units.norr.services       # everything as Anna (Norr) sees it

`two_units` registers each unit's people through that unit's coordinator (so the database
puts them in the unit); other tests add what they need through `Member.services`.
`staff_in_two_units` makes the same two units' staff and an administrator, and registers
nothing; `team.add` makes anyone else. Every test that needs real roles uses this module.
"""

from __future__ import annotations

import dataclasses
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import Engine, text

from ambassador.domain.clock import Clock
from ambassador.domain.team import StaffRole
from ambassador.services.bundle import Services
from ambassador.services.team import TeamService
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.server import create_server_engine, open_server
from tests.factories import every, make_employer, make_participant, make_placement, note_fields


@dataclass
class Member:
    """A person of the team: their login, password and role, and the program as they see it."""

    name: str
    password: str
    role: StaffRole
    unit: str | None
    database: Database
    services: Services
    address: ServerAddress  # the test database, signed in as this login

    def engine(self) -> Engine:
        """A raw engine of this login's own, no program in between; the caller disposes it."""
        return create_server_engine(self.address, self.password)


class Team:
    """People added to one test database as real roles, each signed in as themselves."""

    def __init__(self, address: ServerAddress, clock: Clock) -> None:
        self.address = address
        self.clock = clock
        # The test role owns the database it made: IT, with CREATEROLE.
        self.owner = open_server(address)
        self.owner_services = Services.build(self.owner, clock)
        self.service = TeamService(self.owner, clock)
        self.prefix = f"t{uuid.uuid4().hex[:8]}"
        self.members: list[Member] = []

    def login(self, short: str) -> str:
        """The cluster-wide role name of `short` in this run."""
        return f"{self.prefix}_{short}"

    def add(
        self, short: str, role: StaffRole = StaffRole.COORDINATOR, unit: str | None = None
    ) -> Member:
        """A new login role made staff by add-user, with a password, signed in as itself."""
        name = self.login(short)
        password = secrets.token_urlsafe(18)
        self.service.add_user(name, role, unit, password)
        return self.sign_in(name, password, role, unit)

    def member(self, short: str) -> Member:
        """The person added as `short`."""
        (member,) = (m for m in self.members if m.name == self.login(short))
        return member

    def unit_ids(self) -> dict[str, int]:
        """Every unit of the database by its name: its id, which its channel is named for."""
        with self.owner.engine.connect() as connection:
            rows = connection.execute(text("SELECT name, id FROM units")).all()
        return {name: unit_id for name, unit_id in rows}

    def sign_in(self, name: str, password: str, role: StaffRole, unit: str | None) -> Member:
        address = dataclasses.replace(self.address, user=name)
        database = open_server(address, password)
        services = Services.build(database, self.clock)
        member = Member(name, password, role, unit, database, services, address)
        self.members.append(member)
        return member

    def close(self) -> None:
        """Sign everyone out and drop the roles this run made (they own nothing and hold no
        right of their own: their rights are their group's)."""
        for member in self.members:
            member.database.dispose()
        self.owner.dispose()
        admin = create_server_engine(self.address).execution_options(isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                made = connection.scalars(
                    text("SELECT rolname FROM pg_roles WHERE rolname LIKE :prefix"),
                    {"prefix": f"{self.prefix}\\_%"},
                ).all()
                for name in made:
                    quoted = connection.dialect.identifier_preparer.quote_identifier(name)
                    connection.execute(text(f"DROP ROLE {quoted}"))
        finally:
            admin.dispose()


@contextmanager
def team_on(address: ServerAddress, clock: Clock) -> Iterator[Team]:
    team = Team(address, clock)
    try:
        yield team
    finally:
        team.close()


@dataclass
class UnitPeople:
    """One unit's coordinator and what they registered."""

    coordinator: Member
    participants: list[int] = field(default_factory=list)
    placements: list[int] = field(default_factory=list)
    employer: int = 0
    # Words only this unit's names and notes hold, and one note word both units use.
    name_word: str = ""
    note_word: str = ""

    @property
    def services(self) -> Services:
        return self.coordinator.services


@dataclass
class TwoUnits:
    norr: UnitPeople
    soder: UnitPeople
    manager: Member

    # A word in every note of both units.
    COMMON_WORD = "veckan"


def two_units(team: Team) -> TwoUnits:
    """Anna coordinates Norr, Bo Söder, Maja manages (no unit). Each coordinator registers
    two participants (the last names tell the unit: Norrström, Södergren), an employer and a
    placement each with weekly check-ins and two notes: one with the unit's own word, one
    with the common word."""
    anna = team.add("anna", StaffRole.COORDINATOR, "Norr")
    bo = team.add("bo", StaffRole.COORDINATOR, "Söder")
    maja = team.add("maja", StaffRole.MANAGER, None)
    norr = _register(UnitPeople(anna, name_word="Norrström", note_word="norrsken"), "Norr")
    soder = _register(UnitPeople(bo, name_word="Södergren", note_word="sydvind"), "Söder")
    return TwoUnits(norr, soder, maja)


@dataclass
class Staff:
    """Two units' staff, who have registered nothing: the team's people for the manager's
    figures and for races between two of a unit's staff."""

    team: Team
    anna: Member  # coordinator, Norr
    bo: Member  # coordinator, Söder
    ida: Member  # administrator, Norr
    maja: Member  # manager, no unit


def staff_in_two_units(team: Team) -> Staff:
    """Anna coordinates Norr, Bo Söder, Ida is Norr's administrator, Maja manages; the units
    made in that order (Norr, then Söder) by add-user."""
    return Staff(
        team,
        anna=team.add("anna", StaffRole.COORDINATOR, "Norr"),
        bo=team.add("bo", StaffRole.COORDINATOR, "Söder"),
        ida=team.add("ida", StaffRole.ADMIN, "Norr"),
        maja=team.add("maja", StaffRole.MANAGER, None),
    )


def _register(unit: UnitPeople, label: str) -> UnitPeople:
    services = unit.services
    now = services.clock.now()
    unit.employer = make_employer(
        services, organisation_number=None, name=f"Arbetsplats {label} AB"
    )
    for first_name in ("Alva", "Elis"):
        participant_id = make_participant(services, first_name=first_name, last_name=unit.name_word)
        placement_id = make_placement(services, participant_id, unit.employer, plan=every(7))
        unit.participants.append(participant_id)
        unit.placements.append(placement_id)
        for days, words in (
            (3, f"Samtal om {TwoUnits.COMMON_WORD} på arbetsplatsen."),
            (2, f"Handledaren nämnde {unit.note_word} i samtalet."),
        ):
            services.follow_up.add_note(
                note_fields(participant_id, placement_id, now - timedelta(days=days), text=words)
            )
    return unit
