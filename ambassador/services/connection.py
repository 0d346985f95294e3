"""Where the window's database is, for what the window shows and offers: a file on this
computer (its backups, encryption and lock are the program's), or a database on a PostgreSQL
server (backups and encryption at rest are the server's, run by IT) and the connection to it."""

from __future__ import annotations

from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.server import ServerState, server_state

__all__ = ["ConnectionService", "ServerAddress", "ServerState"]


class ConnectionService:
    def __init__(self, database: Database) -> None:
        self._db = database

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
