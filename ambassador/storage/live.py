"""Other people's changes as a PostgreSQL server announces them: a connection of its own that
LISTENs on the channels the signed-in user may hear, and turns each notification into a
`Notice` (which table, which row, what was done, by whom — never a value).

Migration 0010's change trigger sends `pg_notify` for every row inserted, updated or deleted:
on channel `ambassador` for what every unit shares (employers, contacts, their tasks, the
lists) and on `ambassador_unit_<unit id>` for the people tables (`ambassador_unit_0` for a
person in no unit), with the payload `table:record_id:action:user_name`. A coordinator hears
the shared channel and their own unit's; a session that is not staff (the database's owner)
hears every unit. What a notice names is read again through row-level security, so hearing
a channel shows nothing a session could not read anyway; the channels keep the traffic down.

A file has no server and nothing to listen to: nothing here is used on one.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from time import monotonic
from typing import Any

import psycopg
from sqlalchemy import Engine, event, exc
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

from ambassador.domain.errors import StorageError
from ambassador.storage.faults import CONNECTION_LOST_READING

SHARED_CHANNEL = "ambassador"
UNIT_CHANNEL_PREFIX = "ambassador_unit_"
# The channel of the people in no unit.
NO_UNIT = 0
ACTIONS = frozenset({"insert", "update", "delete"})
# The staff roles that work with one unit's people (domain.team.StaffRole's values).
_UNIT_ROLES = frozenset({"coordinator", "admin"})
# How often a quiet connection is asked whether it is still there, and (for a session that
# hears every unit) whether a unit was added since.
CHECK_EVERY_SECONDS = 30.0

# The tables whose rows belong to another table's record, and the columns naming it: what a
# notice about one of their rows changed, as the window's own saves say (contacts change
# their employer, a note its participant and placement).
PARENTS: dict[str, tuple[str, ...]] = {
    "consents": ("participant_id",),
    "contacts": ("employer_id",),
    "employer_tasks": ("employer_id",),
    "placements": ("participant_id", "employer_id"),
    "notes": ("participant_id", "placement_id"),
    "check_ins": ("placement_id",),
    "feedback": ("placement_id",),
    "questionnaires": ("placement_id",),
    "outcome_checks": ("placement_id",),
}
# The table each of those columns names.
PARENT_TABLES = {
    "participant_id": "participants",
    "employer_id": "employers",
    "placement_id": "placements",
}


@dataclass(frozen=True)
class Notice:
    """One row changed on the server: `table`'s row `record_id` was inserted, updated or
    deleted (`action`) by the database user `user_name`."""

    table: str
    record_id: int
    action: str
    user_name: str


def parse_payload(payload: str) -> Notice | None:
    """The notice in a `table:record_id:action:user_name` payload; None for anything else (a
    notification on our channel that this program did not send, or a newer program's)."""
    parts = payload.split(":", 3)
    if len(parts) != 4:
        return None
    table, record_id, action, user_name = parts
    if not table.isidentifier() or action not in ACTIONS:
        return None
    if not record_id.isascii() or not record_id.isdigit():
        return None
    return Notice(table, int(record_id), action, user_name)


def unit_channel(unit_id: int | None) -> str:
    return f"{UNIT_CHANNEL_PREFIX}{NO_UNIT if unit_id is None else unit_id}"


def channels_for(role: str | None, unit_id: int | None, units: Iterable[int]) -> tuple[str, ...]:
    """The channels a session hears: a coordinator (or admin) the shared one and their unit's,
    or the shared one alone when in no unit; a session that is not staff (the owner) the
    shared one and every unit's, the people in none included; a manager none (the figures
    are read from the statistics views, which no notification names, and the tables the
    others name are not theirs to read)."""
    if role is None:
        every = sorted({NO_UNIT, *units})
        return (SHARED_CHANNEL, *(unit_channel(unit) for unit in every))
    if role not in _UNIT_ROLES:
        return ()
    if unit_id is not None:
        return (SHARED_CHANNEL, unit_channel(unit_id))
    return (SHARED_CHANNEL,)


class OwnSessions:
    """The server processes of this program's own connections, so that what the window
    saved itself (and refreshed for at once) is told apart from what someone else saved: a
    notification carries the process id of the session that sent it."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._pids: set[int] = set()
        self._lock = threading.Lock()
        event.listen(engine, "checkout", self._on_checkout)

    def _on_checkout(
        self, dbapi_connection: Any, _record: ConnectionPoolEntry, _proxy: PoolProxiedConnection
    ) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            with self._lock:
                self._pids.add(pid)

    def __contains__(self, pid: object) -> bool:
        with self._lock:
            return pid in self._pids

    def close(self) -> None:
        with contextlib.suppress(exc.InvalidRequestError):
            event.remove(self._engine, "checkout", self._on_checkout)


class ConnectionLostError(StorageError):
    """The listening connection went (the server restarted, the network dropped)."""


@dataclass(frozen=True)
class Heard:
    """What one wait brought: the notices of others' changes, and the rows they belong to
    (`parents`, by table), read while the rows were still there."""

    notices: tuple[Notice, ...]
    parents: dict[str, frozenset[int]]


class ChangeListener:
    """A connection of its own to the database's server, listening; used from one thread.

    It is the engine's own connection made the engine's way (address, TLS, password), taken
    out of its pool: the listener holds it all day, and the window's pool stays whole."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._own = OwnSessions(engine)
        self._connection: psycopg.Connection[Any] | None = None
        self._hears_every_unit = False
        self.channels: tuple[str, ...] = ()
        self._checked = 0.0

    def open(self) -> tuple[str, ...]:
        """Connect and listen; the channels heard. StorageError when the server cannot be
        reached or refuses."""
        self.close_connection()
        try:
            proxied = self._engine.raw_connection()
            proxied.detach()
            connection = proxied.dbapi_connection
            assert isinstance(connection, psycopg.Connection)
        except exc.SQLAlchemyError:  # refused, unreachable, or the pool's wait ran out
            raise ConnectionLostError(CONNECTION_LOST_READING) from None
        self._connection = connection
        try:
            connection.rollback()  # out of any transaction the pool's check began
            connection.autocommit = True  # LISTEN takes effect at once, not at a commit
            role, unit_id = connection.execute(
                "SELECT ambassador_role(), ambassador_unit_id()"
            ).fetchone() or (None, None)
            self._hears_every_unit = role is None
            self.channels = channels_for(role, unit_id, self._units())
            self._listen(self.channels)
        except psycopg.Error:
            self.close_connection()
            raise ConnectionLostError(CONNECTION_LOST_READING) from None
        self._checked = monotonic()
        return self.channels

    def _units(self) -> list[int]:
        assert self._connection is not None
        if not self._hears_every_unit:
            return []
        try:
            rows = self._connection.execute("SELECT id FROM units").fetchall()
        except psycopg.errors.InsufficientPrivilege:
            return []  # a login that is neither staff nor the owner reads no unit
        return [int(row[0]) for row in rows]

    def _listen(self, channels: Iterable[str]) -> None:
        assert self._connection is not None
        for channel in channels:
            # Channel names are ours (a fixed prefix and a number), never a person's input.
            self._connection.execute(f'LISTEN "{channel}"')

    def receive(self, timeout: float, *, quiet: float, most: float) -> Heard | None:
        """Wait up to `timeout` seconds for a notification; once one comes, go on gathering
        until `quiet` seconds pass without another or `most` seconds since the first, so a
        burst (an import of ten thousand rows) is one batch. None when nothing came; others'
        notices only (the window refreshed for its own saves already). ConnectionLostError
        when the connection went."""
        connection = self._connection
        if connection is None:
            raise ConnectionLostError(CONNECTION_LOST_READING)
        try:
            batch = self._wait(connection, timeout)
            if not batch:
                self._check()
                return None
            deadline = monotonic() + most
            while (left := deadline - monotonic()) > 0:
                more = self._wait(connection, min(quiet, left))
                if not more:
                    break
                batch.extend(more)
            notices = [notice for notice in self._parse(batch) if notice is not None]
            parents = self._parents(notices)
        except psycopg.Error:
            self.close_connection()
            raise ConnectionLostError(CONNECTION_LOST_READING) from None
        if not notices:
            return None  # the window's own saves alone
        return Heard(tuple(dict.fromkeys(notices)), parents)

    @staticmethod
    def _wait(connection: psycopg.Connection[Any], timeout: float) -> list[psycopg.Notify]:
        """The notifications that came within `timeout` seconds, the first packet's whole:
        psycopg yields a packet's notifications one by one and drops the rest of it when its
        generator is left early, so the generator is run to its end."""
        return list(connection.notifies(timeout=timeout, stop_after=1))

    def _parse(self, batch: list[psycopg.Notify]) -> Iterator[Notice | None]:
        for notify in batch:
            if notify.pid in self._own:
                continue
            yield parse_payload(notify.payload)

    def _parents(self, notices: list[Notice]) -> dict[str, frozenset[int]]:
        """The records the changed rows belong to, by table (read through row-level security:
        only what this session may see). A deleted row's parent is not there to read."""
        assert self._connection is not None
        by_table: dict[str, set[int]] = {}
        for notice in notices:
            if notice.table in PARENTS and notice.action != "delete":
                by_table.setdefault(notice.table, set()).add(notice.record_id)
        found: dict[str, set[int]] = {}
        for table, record_ids in by_table.items():
            columns = PARENTS[table]
            try:
                rows = self._connection.execute(
                    # Table and column names from PARENTS, never from the payload.
                    f"SELECT {', '.join(columns)} FROM {table} WHERE id = ANY(%s)",
                    (sorted(record_ids),),
                ).fetchall()
            except psycopg.errors.InsufficientPrivilege:
                continue  # a table this session may not read: its own field says enough
            for row in rows:
                for column, value in zip(columns, row, strict=True):
                    if value is not None:
                        found.setdefault(PARENT_TABLES[column], set()).add(int(value))
        return {table: frozenset(record_ids) for table, record_ids in found.items()}

    def _check(self) -> None:
        """On a quiet connection now and then: is it still there (a query fails on a dropped
        one), and has a unit been added that a session hearing every unit should hear."""
        if monotonic() - self._checked < CHECK_EVERY_SECONDS:
            return
        self._checked = monotonic()
        assert self._connection is not None
        if not self._hears_every_unit:
            self._connection.execute("SELECT 1")
            return
        channels = channels_for(None, None, self._units())
        added = [channel for channel in channels if channel not in self.channels]
        self._listen(added)
        self.channels = (*self.channels, *added)

    def close_connection(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(psycopg.Error):
                connection.close()

    def close(self) -> None:
        self.close_connection()
        self._own.close()
