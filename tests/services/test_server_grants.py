"""The roles docs/server.md gives IT, run as written there on the test server: a superuser
makes the owner and the database, the owner makes it an Ambassador database and adds a
coordinator with the program; the coordinator's role works in it through the services and
cannot change its schema, and the coordinator's program refuses the database once its
revision is not the program's."""

from __future__ import annotations

import dataclasses
import re
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, exc, text

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import DatabaseTooNewError, StorageError
from ambassador.domain.exports import ListKind
from ambassador.domain.retention import ErasureBasis
from ambassador.domain.team import StaffRole
from ambassador.interchange.sheets import read_sheet
from ambassador.services.importing import guess_mapping
from ambassador.services.opening import create_services, open_services
from ambassador.services.team import TeamService
from ambassador.storage.address import ServerAddress
from ambassador.storage.migrate import HEAD_REVISION
from ambassador.storage.server import SERVER_NEEDS_UPGRADE, create_server_engine
from tests.factories import make_participant, make_placement, note_fields

pytestmark = pytest.mark.postgresql_only

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "server.md"
# The names the guide uses, each given a name of its own per test run (roles are the whole
# cluster's, and other test sessions share it).
NAMES = ("ambassador_owner", "anna", "ambassador")
# Step 3 of the guide, its `sh` block: IT adds Anna with the program.
ADD_ANNA = "ambassador server add-user anna --unit Norr --password-prompt"
INSUFFICIENT_PRIVILEGE = "42501"


def guide_sql() -> list[list[str]]:
    """The guide's ```sql blocks in order, each as its statements; psql's backslash commands
    (`\\password`) and comments left out. The first is step 1, the superuser's."""
    blocks = re.findall(r"```sql\n(.*?)```", GUIDE.read_text(encoding="utf-8"), flags=re.S)
    statements = []
    for block in blocks:
        lines = [line for line in block.splitlines() if not line.lstrip().startswith(("\\", "--"))]
        statements.append([s.strip() for s in "\n".join(lines).split(";") if s.strip()])
    return statements


@dataclass(frozen=True)
class Site:
    """A municipality's database as the guide makes it, under names of this run."""

    server: ServerAddress
    names: dict[str, str]
    passwords: dict[str, str]

    def sql(self, statement: str) -> str:
        pattern = r"\b(" + "|".join(NAMES) + r")\b"
        return re.sub(pattern, lambda found: self.names[found.group(1)], statement)

    def address(self, role: str) -> ServerAddress:
        return dataclasses.replace(
            self.server, database=self.names["ambassador"], user=self.names[role]
        )

    def engine(self, role: str) -> Engine:
        return create_server_engine(self.address(role), self.passwords[role])


def run_as_admin(admin: Engine, site: Site, statements: list[str]) -> None:
    """As the guide's superuser; the test role has CREATEROLE and CREATEDB, not SUPERUSER, so
    it sets each login role's password (the guide's `\\password`) and, to make a database
    owned by another role, joins that role first (PostgreSQL 15 asks for it)."""
    with admin.connect() as connection:
        for statement in statements:
            connection.execute(text(site.sql(statement)))
            created = re.match(r"CREATE ROLE (\w+) LOGIN", statement)
            if created:
                role = site.names[created.group(1)]
                password = site.passwords[created.group(1)]
                connection.execute(text(f"ALTER ROLE {role} PASSWORD '{password}'"))
                connection.execute(text(f"GRANT {role} TO CURRENT_USER"))


@pytest.fixture
def site(postgres_server: ServerAddress, clock: FixedClock) -> Iterator[Site]:
    prefix = f"amb_grants_{uuid.uuid4().hex[:8]}"
    names = {name: f"{prefix}_{name.removeprefix('ambassador_')}" for name in NAMES}
    passwords = {name: secrets.token_urlsafe(18) for name in ("ambassador_owner", "anna")}
    site = Site(postgres_server, names, passwords)
    admin = create_server_engine(postgres_server).execution_options(isolation_level="AUTOCOMMIT")
    try:
        run_as_admin(admin, site, guide_sql()[0])
        # Step 2, `ambassador init --db …` as the owner; step 3, `server add-user` as the owner.
        database, _services = create_services(
            site.address("ambassador_owner"), clock, password=passwords["ambassador_owner"]
        )
        TeamService(database, clock).add_user(
            names["anna"], StaffRole.COORDINATOR, "Norr", passwords["anna"]
        )
        database.dispose()
        yield site
    finally:
        with admin.connect() as connection:
            connection.execute(
                text(f'DROP DATABASE IF EXISTS "{names["ambassador"]}" WITH (FORCE)')
            )
            for name in ("anna", "ambassador_owner"):
                connection.execute(text(f'DROP ROLE IF EXISTS "{names[name]}"'))
        admin.dispose()


def _set_revision(site: Site, revision: str) -> None:
    owner = site.engine("ambassador_owner")
    with owner.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    owner.dispose()


def test_the_guide_makes_the_owner_then_adds_people_with_the_program() -> None:
    as_superuser = guide_sql()[0]
    assert as_superuser[0] == "CREATE ROLE ambassador_owner LOGIN CREATEROLE"
    assert any(s.startswith("CREATE DATABASE ambassador OWNER") for s in as_superuser)
    guide = GUIDE.read_text(encoding="utf-8")
    assert ADD_ANNA in guide
    # The rights are the migrations', never granted by hand on every table.
    assert "ON ALL TABLES" not in guide


def test_a_coordinators_role_works_through_the_services(
    site: Site, clock: FixedClock, tmp_path: Path
) -> None:
    database, services = open_services(site.address("anna"), clock, password=site.passwords["anna"])
    try:
        # Rows with ids of their own, from the tables' sequences, as an import loads them.
        path = tmp_path / "deltagare.csv"
        path.write_text("Förnamn;Efternamn\nÅsa;Lind\nOla;Berg\n", encoding="utf-8")
        sheet = read_sheet(path)
        mapping = guess_mapping(ListKind.PARTICIPANTS, sheet.headers)
        assert services.imports.commit(ListKind.PARTICIPANTS, sheet, mapping).added == 2
        placement_id = make_placement(services)
        participant_id = services.placements.get(placement_id).participant_id
        moment = clock.now() - timedelta(days=1)
        services.follow_up.add_note(
            note_fields(participant_id, placement_id, moment, text="Veckan gick bra på lagret.")
        )
        assert services.search.search("lagret")
        services.retention.preview()
        erased = make_participant(services, first_name="Bodil", last_name="Ek")
        services.retention.erase(erased, ErasureBasis.DATA_SUBJECT_REQUEST, "Dnr 2026/17")
        assert not services.search.search("Bodil")
        assert sorted(p.last_name for p in services.participants.page())[:2] == ["Berg", "Lind"]
    finally:
        database.dispose()


def test_a_coordinators_role_cannot_change_the_schema_or_its_revision(site: Site) -> None:
    engine = site.engine("anna")
    try:
        for statement in (
            "CREATE TABLE notes_copy (id integer)",
            "UPDATE alembic_version SET version_num = '0001'",
            "DROP TABLE notes",
        ):
            with engine.connect() as connection, pytest.raises(exc.ProgrammingError) as refused:
                connection.execute(text(statement))
            assert getattr(refused.value.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE
    finally:
        engine.dispose()


def test_a_coordinators_program_refuses_an_older_or_newer_database(
    site: Site, clock: FixedClock
) -> None:
    anna, password = site.address("anna"), site.passwords["anna"]
    _set_revision(site, "0008")
    with pytest.raises(StorageError) as older:
        open_services(anna, clock, password=password)
    assert older.value.message == SERVER_NEEDS_UPGRADE
    _set_revision(site, "ffff_newer")
    with pytest.raises(DatabaseTooNewError):
        open_services(anna, clock, password=password)
    _set_revision(site, HEAD_REVISION)
    database, _services = open_services(anna, clock, password=password)
    database.dispose()
