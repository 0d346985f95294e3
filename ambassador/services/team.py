"""A team on one server, IT's side: users (database roles made staff in a unit, as coordinator,
manager or admin), the units with their people, and moving people into a unit
(`ambassador server add-user`, `users`, `units`, `assign-unit`, `remove-user`).

Run as the database's owner, a role with CREATEROLE; anyone else is refused in one sentence
before anything changes. Who is signed in, for the program, is services/connection.py's
`identity()`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ambassador.domain.clock import Clock
from ambassador.domain.team import StaffMember, StaffRole, UnitSummary, UserAdded
from ambassador.services.exporting import ExportService
from ambassador.services.retrying import retried
from ambassador.storage.database import Database

__all__ = ["StaffMember", "StaffRole", "TeamService", "UnitSummary", "UserAdded"]


class TeamService:
    def __init__(self, database: Database, clock: Clock) -> None:
        self._db = database
        self._clock = clock

    @retried
    def add_user(
        self, name: str, role: StaffRole, unit: str | None, password: str | None = None
    ) -> UserAdded:
        """Make `name` staff in `unit` (made if new) as `role`: its login role made unless it
        exists and is ours (no password unless one is given: Kerberos, a .pgpass, or IT sets
        one), granted the role's group; all in one transaction."""
        with self._db.write() as uow:
            added = uow.staff.add_user(name, role, unit, self._clock.now(), password)
            # The calendar's id is the organisation's setting, which a coordinator may not
            # write: made now, if no export has made it yet.
            ExportService.calendar_id(uow)
            return added

    @retried
    def remove_user(self, name: str) -> None:
        """`name` is no longer staff: out of the groups; the log keeps naming them."""
        with self._db.write() as uow:
            uow.staff.remove_user(name)

    def users(self) -> list[StaffMember]:
        with self._db.read() as uow:
            return uow.staff.users()

    def units(self) -> list[UnitSummary]:
        with self._db.read() as uow:
            return uow.staff.units()

    @retried
    def assign_unit(self, unit: str, participant_ids: Sequence[int] | None) -> int:
        """Move the participants numbered, or with None everyone in no unit, into `unit`;
        how many moved. Everything about a person (placements, notes, …) follows them."""
        with self._db.write() as uow:
            return uow.staff.assign_unit(unit, participant_ids)
