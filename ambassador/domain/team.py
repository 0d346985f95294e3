"""A team on one server: the roles its people have, the units they work in, and who is signed
in (`Identity`), which the window and the services ask before offering what a role may do.

On a file there is one person, who may do everything (`Identity.single_user`). On a server
each person signs in as a database role of their own that IT made with `ambassador server
add-user` (a `staff` row: the role's name, its unit, coordinator, manager or admin). The
database decides what each may read and write (row-level security, grants); the program only
says it beforehand, so that it does not offer what the server will refuse.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from datetime import datetime


class StaffRole(enum.StrEnum):
    """What a person on a server is; stored as its value in `staff.role`."""

    # Works with the people of their own unit; reads the organisation's lists.
    COORDINATOR = "coordinator"
    # Reads the statistics views (small groups withheld), nothing about a single person.
    MANAGER = "manager"
    # A coordinator who also keeps the organisation's lists, categories and retention.
    ADMIN = "admin"


# The database role each staff role is granted (cluster-wide; migration 0010 makes them).
GROUP_ROLES: dict[StaffRole, str] = {
    StaffRole.COORDINATOR: "ambassador_coordinator",
    StaffRole.MANAGER: "ambassador_manager",
    StaffRole.ADMIN: "ambassador_admin",
}

# A login name IT may give: lower-case letters, digits, `_`, `.` and `-`, beginning with a
# letter, at most 63 bytes (PostgreSQL's limit, `staff.name`). A Kerberos account such as
# `anna.berg` fits; nothing that needs thought when quoted, or that PostgreSQL keeps for itself.
_ROLE_NAME = re.compile(r"[a-z][a-z0-9_.-]{0,62}")
_RESERVED = frozenset({"public", "none", "current_user", "session_user", "current_role"})
# A unit's name as `units.name` holds it.
UNIT_NAME_LENGTH = 100


def is_role_name(name: str) -> bool:
    """Whether `name` may be a person's database role (see `_ROLE_NAME`); never one of ours
    (the group roles) or PostgreSQL's own (`pg_…`, `public`)."""
    return (
        _ROLE_NAME.fullmatch(name) is not None
        and not name.startswith("pg_")
        and name not in _RESERVED
        and name not in GROUP_ROLES.values()
    )


def is_unit_name(name: str) -> bool:
    return bool(name.strip()) and name == name.strip() and len(name) <= UNIT_NAME_LENGTH


@dataclass(frozen=True)
class Identity:
    """Who is signed in, for what the program offers.

    `user`: the database role on a server (`session_user`); on a file, the operating system's
    account. `role`: None on a server for a role that is not staff (the database's owner, IT,
    or a login not yet added); on a file, ADMIN (the one person does everything). `unit_id`
    and `unit`: the staff row's unit, None on a file or without one. `owner`: the role owns
    the database's tables (IT running a command): it sees every unit and changes anything."""

    user: str
    role: StaffRole | None
    unit_id: int | None = None
    unit: str | None = None
    on_server: bool = False
    owner: bool = False

    @classmethod
    def single(cls, user: str) -> Identity:
        """The one person working on a file."""
        return cls(user=user, role=StaffRole.ADMIN)

    @property
    def single_user(self) -> bool:
        return not self.on_server

    @property
    def is_admin(self) -> bool:
        """May change the organisation's settings, lists, categories and retention."""
        return self.single_user or self.owner or self.role is StaffRole.ADMIN

    @property
    def is_manager(self) -> bool:
        """Sees figures only: no person, no record."""
        return self.on_server and not self.owner and self.role is StaffRole.MANAGER

    @property
    def sees_people(self) -> bool:
        """Works with participants (all of them on a file or as the owner, the unit's on a
        server)."""
        return (
            self.single_user or self.owner or self.role in (StaffRole.COORDINATOR, StaffRole.ADMIN)
        )


@dataclass(frozen=True)
class StaffMember:
    """One row of `ambassador server users`."""

    name: str
    role: StaffRole
    unit: str | None
    created_at: datetime


@dataclass(frozen=True)
class UnitSummary:
    """One row of `ambassador server units`; `unit` None is the participants in no unit."""

    unit: str | None
    staff: int
    participants: int


@dataclass(frozen=True)
class UserAdded:
    """What `add-user` did: made the login role or found it, made the unit or found it."""

    name: str
    role: StaffRole
    unit: str | None
    role_created: bool
    unit_created: bool
    staff_existed: bool
