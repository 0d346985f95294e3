"""The team on a server: who is signed in (`identity`), and IT's commands that make database
roles staff in units and move people between units (`ambassador server add-user` and the
rest, run as the database's owner with CREATEROLE).

A role's name reaches SQL only quoted as an identifier by psycopg (`sql.Identifier`), never
pasted, and only after `domain.team.is_role_name` allowed it. A password reaches the server
only as its SCRAM-SHA-256 hash, made here by libpq (`PQencryptPasswordConn`, what psql's
`\\password` does), so it is in no statement the server could log. Creating a role, granting
it its group and writing its staff row are one transaction: any refusal leaves nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from psycopg import sql

from ambassador.domain.errors import NotFoundError, RuleViolationError, ValidationError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.team import (
    GROUP_ROLES,
    Identity,
    StaffMember,
    StaffRole,
    UnitSummary,
    UserAdded,
    is_role_name,
    is_unit_name,
)
from ambassador.storage.rows import ParticipantRow, StaffRow, UnitRow

BAD_ROLE_NAME = QT_TRANSLATE_NOOP(
    "Messages",
    "A user's name may hold lower-case letters a–z, digits, '_', '.' and '-', begins with a "
    "letter and is at most 63 characters long",
)
BAD_UNIT_NAME = QT_TRANSLATE_NOOP(
    "Messages",
    "A unit's name is 1 to 100 characters long, without spaces at either end",
)
NOT_OURS = QT_TRANSLATE_NOOP(
    "Messages",
    "A database role of that name exists already and is not an Ambassador user (it cannot "
    "sign in, owns the database or is a superuser); choose another name",
)
NOT_IT = QT_TRANSLATE_NOOP(
    "Messages",
    "Users and units are IT's: run this as the database's owner, a role with CREATEROLE "
    "(see docs/server.md)",
)
NO_SUCH_USER = QT_TRANSLATE_NOOP(
    "Messages",
    "There is no Ambassador user of that name; 'ambassador server users' lists them",
)
NO_SUCH_UNIT = QT_TRANSLATE_NOOP(
    "Messages",
    "There is no unit of that name; 'ambassador server units' lists them",
)
NEEDS_A_SERVER = QT_TRANSLATE_NOOP(
    "Messages", "Users and units are a server's; a database file has one user"
)

# The change log's entries about the people moved (`:people`) and everything of theirs, by
# the tables migration 0010's trigger follows: they take the people's new unit.
_MOVE_HISTORY = text(
    "UPDATE change_log SET unit_id = :unit "
    "WHERE (table_name = 'participants' AND record_id = ANY(:people))"
    + "".join(
        f" OR (table_name = '{table}' AND record_id IN "
        f"(SELECT id FROM {table} WHERE participant_id = ANY(:people)))"
        for table in ("consents", "placements", "notes")
    )
    + "".join(
        f" OR (table_name = '{table}' AND record_id IN (SELECT t.id FROM {table} t "
        "JOIN placements p ON p.id = t.placement_id WHERE p.participant_id = ANY(:people)))"
        for table in ("check_ins", "feedback", "questionnaires", "outcome_checks")
    )
)

# Who is signed in: the staff row of `session_user`, and whether it owns the tables (IT).
_IDENTITY = text(
    "SELECT session_user, s.role, s.unit_id, u.name, "
    "pg_has_role(session_user, c.relowner, 'MEMBER') "
    "FROM pg_class AS c LEFT JOIN staff AS s ON s.name = session_user "
    "LEFT JOIN units AS u ON u.id = s.unit_id "
    "WHERE c.oid = 'participants'::regclass"
)
_MAY_MANAGE = text(
    "SELECT (r.rolsuper OR r.rolcreaterole) AND pg_has_role(session_user, c.relowner, 'MEMBER') "
    "FROM pg_roles AS r, pg_class AS c "
    "WHERE r.rolname = session_user AND c.oid = 'participants'::regclass"
)
# An existing role and whether it may become staff: it signs in, is no superuser, does not own
# the tables, and is ours already (staff here, in one of our groups, or given the tables'
# rights as the single-user server's guide had IT do).
_EXISTING_ROLE = text(
    "SELECT r.rolcanlogin AND NOT r.rolsuper "
    "AND NOT pg_has_role(r.oid, c.relowner, 'MEMBER') "
    "AND (EXISTS (SELECT 1 FROM staff WHERE name = r.rolname) "
    "OR EXISTS (SELECT 1 FROM pg_auth_members AS m JOIN pg_roles AS g ON g.oid = m.roleid "
    "WHERE m.member = r.oid AND g.rolname = ANY(:groups)) "
    "OR has_table_privilege(r.oid, c.oid, 'SELECT')) "
    "FROM pg_roles AS r, pg_class AS c "
    "WHERE r.rolname = :name AND c.oid = 'participants'::regclass"
)
# The group roles `name` is a direct member of.
_GROUPS_OF = text(
    "SELECT g.rolname FROM pg_auth_members AS m "
    "JOIN pg_roles AS g ON g.oid = m.roleid JOIN pg_roles AS r ON r.oid = m.member "
    "WHERE r.rolname = :name AND g.rolname = ANY(:groups)"
)
_MAY_CONNECT = text("SELECT has_database_privilege(:role, current_database(), 'CONNECT')")


def read_identity(session: Session) -> Identity:
    """Who is signed in to the server, as its staff row says."""
    user, role, unit_id, unit, owner = session.execute(_IDENTITY).one()
    return Identity(
        user=str(user),
        role=StaffRole(role) if role in tuple(StaffRole) else None,
        unit_id=unit_id,
        unit=unit,
        on_server=True,
        owner=bool(owner),
    )


class StaffRepository:
    """IT's commands on the team; every method refuses at once, before it changes anything,
    a role that may not make roles or does not own the tables, and a database file."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def _check_it(self) -> None:
        if self._session.get_bind().dialect.name != "postgresql":
            raise RuleViolationError(NEEDS_A_SERVER)
        if not self._session.execute(_MAY_MANAGE).scalar():
            raise RuleViolationError(NOT_IT)

    def _execute(self, statement: sql.Composable) -> None:
        """A statement PostgreSQL takes no parameters in (CREATE ROLE, GRANT), its names
        quoted by psycopg, run on the session's connection: in its transaction, its errors
        SQLAlchemy's as any other's."""
        connection = self._session.connection()
        driver = connection.connection.driver_connection
        # The driver reads `%` as a placeholder here even without parameters: doubled.
        connection.exec_driver_sql(statement.as_string(driver).replace("%", "%%"))

    def _hashed(self, name: str, password: str) -> str:
        """The password as PostgreSQL stores it, made on this side of the connection."""
        driver: Any = self._session.connection().connection.driver_connection
        hashed: bytes = driver.pgconn.encrypt_password(
            password.encode(), name.encode(), b"scram-sha-256"
        )
        return hashed.decode("ascii")

    def _unit_id(self, unit: str) -> int | None:
        found: int | None = self._session.scalar(select(UnitRow.id).where(UnitRow.name == unit))
        return found

    def add_user(
        self,
        name: str,
        role: StaffRole,
        unit: str | None,
        now: datetime,
        password: str | None = None,
    ) -> UserAdded:
        """Make `name` staff: its login role made (with `password`'s hash, if given) unless
        it exists and is ours, granted `role`'s group and no other of ours, in `unit` (made
        if new)."""
        from psycopg import sql  # IT's commands alone: not loaded with every window
        from sqlalchemy.dialects.postgresql import insert  # nor the server's dialect on a file

        self._check_it()
        if not is_role_name(name):
            raise ValidationError.single("name", BAD_ROLE_NAME)
        if unit is not None and not is_unit_name(unit):
            raise ValidationError.single("unit", BAD_UNIT_NAME)
        groups = list(GROUP_ROLES.values())
        may_be_ours = self._session.execute(
            _EXISTING_ROLE, {"name": name, "groups": groups}
        ).scalar()
        role_created = may_be_ours is None
        if may_be_ours is False:
            raise RuleViolationError(NOT_OURS)
        password_clause = (
            sql.SQL(" PASSWORD {}").format(sql.Literal(self._hashed(name, password)))
            if password is not None
            else sql.SQL("")
        )
        if role_created:
            self._execute(
                sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(name)) + password_clause
            )
        elif password is not None:
            self._execute(sql.SQL("ALTER ROLE {}").format(sql.Identifier(name)) + password_clause)
        unit_id = None if unit is None else self._unit_id(unit)
        unit_created = unit is not None and unit_id is None
        if unit is not None and unit_id is None:
            made = UnitRow(name=unit, created_at=now)
            self._session.add(made)
            self._session.flush()
            unit_id = made.id
        self._join_group(name, GROUP_ROLES[role])
        staff_existed = self._session.get(StaffRow, name) is not None
        self._session.execute(
            insert(StaffRow)
            .values(name=name, unit_id=unit_id, role=role.value, created_at=now)
            .on_conflict_do_update(
                index_elements=[StaffRow.name], set_={"unit_id": unit_id, "role": role.value}
            )
        )
        self._session.expire_all()
        return UserAdded(name, role, unit, role_created, unit_created, staff_existed)

    def _join_group(self, name: str, group: str) -> None:
        """`name` in `group` and in none of our other groups; the group may connect."""
        from psycopg import sql  # IT's commands alone: not loaded with every window

        groups = list(GROUP_ROLES.values())
        member_of = set(self._session.scalars(_GROUPS_OF, {"name": name, "groups": groups}).all())
        for other in sorted(member_of - {group}):
            self._execute(
                sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(other), sql.Identifier(name))
            )
        if group not in member_of:
            self._execute(
                sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), sql.Identifier(name))
            )
        if not self._session.execute(_MAY_CONNECT, {"role": group}).scalar():
            database = self._session.execute(text("SELECT current_database()")).scalar_one()
            self._execute(
                sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
                    sql.Identifier(database), sql.Identifier(group)
                )
            )

    def remove_user(self, name: str) -> None:
        """`name` is staff no more: out of our groups, its staff row gone. The role itself
        stays (it may be IT's for other things; `DROP ROLE` is theirs), and so does every log
        entry that names it."""
        from psycopg import sql  # IT's commands alone: not loaded with every window

        self._check_it()
        if self._session.get(StaffRow, name) is None:
            raise RuleViolationError(NO_SUCH_USER)
        groups = list(GROUP_ROLES.values())
        for group in sorted(self._session.scalars(_GROUPS_OF, {"name": name, "groups": groups})):
            self._execute(
                sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(group), sql.Identifier(name))
            )
        self._session.execute(delete(StaffRow).where(StaffRow.name == name))

    def users(self) -> list[StaffMember]:
        self._check_it()
        rows = self._session.execute(
            select(StaffRow.name, StaffRow.role, UnitRow.name, StaffRow.created_at)
            .outerjoin(UnitRow, UnitRow.id == StaffRow.unit_id)
            .order_by(StaffRow.name)
        )
        return [
            StaffMember(name, StaffRole(role), unit, created_at)
            for name, role, unit, created_at in rows
        ]

    def units(self) -> list[UnitSummary]:
        """Every unit with its staff and its participants (in the trash or not), by name;
        last, the participants in no unit, if any."""
        self._check_it()
        staff: dict[int | None, int] = {
            unit_id: count
            for unit_id, count in self._session.execute(
                select(StaffRow.unit_id, func.count()).group_by(StaffRow.unit_id)
            )
        }
        people: dict[int | None, int] = {
            unit_id: count
            for unit_id, count in self._session.execute(
                select(ParticipantRow.unit_id, func.count()).group_by(ParticipantRow.unit_id)
            )
        }
        units = self._session.execute(select(UnitRow.id, UnitRow.name).order_by(UnitRow.name))
        summaries = [
            UnitSummary(name, staff.get(unit_id, 0), people.get(unit_id, 0))
            for unit_id, name in units
        ]
        if people.get(None):
            summaries.append(UnitSummary(None, staff.get(None, 0), people[None]))
        return summaries

    def assign_unit(self, unit: str, participant_ids: Sequence[int] | None) -> int:
        """Move participants into `unit`: those numbered (every one must exist, in the trash
        or not), or with None every participant in no unit yet, which is how a server one
        coordinator used becomes a team's. How many moved."""
        self._check_it()
        unit_id = self._unit_id(unit)
        if unit_id is None:
            raise RuleViolationError(NO_SUCH_UNIT)
        moving = update(ParticipantRow).values(unit_id=unit_id)
        if participant_ids is None:
            moving = moving.where(ParticipantRow.unit_id.is_(None))
        else:
            wanted = set(participant_ids)
            found = set(
                self._session.scalars(
                    select(ParticipantRow.id).where(ParticipantRow.id.in_(wanted))
                )
            )
            missing = sorted(wanted - found)
            if missing:
                raise NotFoundError("participant", missing[0])
            moving = moving.where(ParticipantRow.id.in_(wanted))
        people = list(
            self._session.scalars(
                moving.returning(ParticipantRow.id).execution_options(synchronize_session=False)
            )
        )
        if people:
            # Their history goes with them: the new unit's coordinators read it (a register
            # extract included), the old unit's no longer.
            self._session.execute(_MOVE_HISTORY, {"unit": unit_id, "people": people})
        self._session.expire_all()
        return len(people)
