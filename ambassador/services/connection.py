"""Where the window's database is, for what the window shows and offers: a file on this
computer (its backups, encryption and lock are the program's), or a database on a PostgreSQL
server (backups and encryption at rest are the server's, run by IT) and the connection to it."""

from __future__ import annotations

import getpass

from ambassador.domain.team import Identity, StaffRole
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.server import ServerState, server_state

__all__ = ["ConnectionService", "Identity", "ServerAddress", "ServerState", "StaffRole"]

# As long as a database role's name (the logs' `user_name`).
USER_NAME_LENGTH = 63


class ConnectionService:
    def __init__(self, database: Database) -> None:
        self._db = database
        self._identity: Identity | None = None

    def identity(self, *, again: bool = False) -> Identity:
        """Who is signed in: on a server the database role, its unit and its role in the
        team (staff), read once and kept (`again`: read anew, after IT changed it); on a file
        the one person, who may do everything, named by the operating system's account."""
        if self._identity is None or again:
            if self._db.server is None:
                self._identity = Identity.single(_account())
            else:
                with self._db.read() as uow:
                    self._identity = uow.identity()
        return self._identity

    @property
    def server(self) -> ServerAddress | None:
        """The server's address (no password in it), or None for a file."""
        return self._db.server

    @property
    def on_server(self) -> bool:
        return self._db.server is not None

    def state(self) -> ServerState:
        """Who is signed in where, over what, at which revision: one short read from the
        server (StorageError when it cannot be reached)."""
        if self._db.server is None:
            raise ValueError("a file has no server state")
        return server_state(self._db)


def _account() -> str:
    """The operating system's name for the person at the computer ('' when it has none)."""
    try:
        return getpass.getuser()[:USER_NAME_LENGTH]
    except (OSError, KeyError):
        return ""
