"""Other people's changes, live: on a server, a thread listens for the server's notifications
(storage/live.py) and hands the window each burst as the same `Changes` value its own saves
return, so the same refresh follows; a form open on a record someone else saved is told who.

The thread keeps quiet about a lost connection: it tries again, waiting longer each time (up
to half a minute), and once back asks for everything to be read again, since what was saved
meanwhile was announced to nobody. Stopping it (the window closing) takes a quarter of a
second at most. On a file there is no one else, and nothing starts.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ambassador.domain.errors import StorageError
from ambassador.services.changes import Changes
from ambassador.storage.database import Database

if TYPE_CHECKING:
    # Loaded when listening starts: the driver's module (50 ms) is not for a file's window.
    from ambassador.storage.live import ChangeListener, Heard, Notice

__all__ = ["LiveChanges", "LiveService", "LiveUpdates", "changes_of"]

log = logging.getLogger(__name__)

# How long one wait for a notification lasts: how soon the thread sees it is to stop.
POLL_SECONDS = 0.25
# A burst is gathered until this long passes without another notification…
QUIET_SECONDS = 0.25
# …or this long since its first, so a long import still shows as it goes.
MOST_SECONDS = 1.0
FIRST_RETRY_SECONDS = 0.5
LAST_RETRY_SECONDS = 30.0

# The tables whose row id is the id of one of Changes' fields.
_OWN_FIELD = {
    "participants": "participants",
    "employers": "employers",
    "placements": "placements",
    "notes": "notes",
    "check_ins": "check_ins",
    "feedback": "feedback",
    "outcome_checks": "outcome_checks",
    "network_contacts": "network_contacts",
    "mentors": "mentors",
    "projects": "projects",
}
# The records whose own fields a change may be of (services/changes.py `timelines_only`).
_RECORDS = ("participants", "employers", "placements")
# The tables whose rows belong to a record of another (storage.live.PARENTS): a deleted row's
# record is not there to read, and the window reads everything again.
_CHILDREN = frozenset({"consents", "contacts", "employer_tasks", "questionnaires"})
# The organisation's lists and settings (migration 0010 announces a change of those without a
# number of their own once a statement, with id 0).
_SETTINGS_TABLES = frozenset(
    {
        "list_items",
        "settings",
        "list_item_names",
        "report_mappings",
        "placement_type_plans",
        "targets",
        "field_balances",
    }
)


@dataclass(frozen=True)
class LiveChanges:
    """One burst of other people's changes: `changes` for the screens (as a save of the
    window's own), `notices` for the forms open on a changed record. `everything`: changes
    may have been missed (the connection was lost) or cannot be placed: read it all again."""

    changes: Changes
    notices: tuple[Notice, ...] = ()
    everything: bool = False


def changes_of(heard: Heard) -> LiveChanges:
    """The `Changes` value of what was heard, as the services' own saves say it: a note's id
    and its participant's and placement's, a contact's employer, a list entry as settings."""
    fields: dict[str, set[int]] = {}
    settings = False
    everything = False
    for notice in heard.notices:
        own = _OWN_FIELD.get(notice.table)
        if own is not None:
            fields.setdefault(own, set()).add(notice.record_id)
        elif notice.table in _SETTINGS_TABLES:
            settings = True
        elif notice.table in _CHILDREN:
            everything = everything or notice.action == "delete"
        else:
            everything = True  # a table this program does not know: a newer server's
    for table, record_ids in heard.parents.items():
        field = _OWN_FIELD.get(table)
        if field is not None:
            fields.setdefault(field, set()).update(record_ids)
    # Records named only as what a changed note, check-in or contact hangs on: as a save
    # here says, their own fields did not change.
    own_records = any(notice.table in _RECORDS for notice in heard.notices)
    named = any(fields.get(table) for table in _RECORDS)
    changes = Changes(
        settings=settings,
        timelines_only=named and not own_records,
        **{key: frozenset(ids) for key, ids in fields.items()},
    )
    return LiveChanges(changes, heard.notices, everything)


class LiveUpdates:
    """The listening thread, running until `stop`. `deliver` is called on that thread with
    each burst; the window turns it into a queued signal."""

    def __init__(self, listener: ChangeListener, deliver: Callable[[LiveChanges], None]) -> None:
        self._listener = listener
        self._deliver = deliver
        self._stopping = threading.Event()
        # Set while listening, cleared while the connection is away (for tests and a status).
        self.connected = threading.Event()
        self._thread = threading.Thread(target=self._run, name="live-updates", daemon=True)
        self._thread.start()

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    @property
    def channels(self) -> tuple[str, ...]:
        return self._listener.channels

    def join(self, timeout: float) -> None:
        """Wait up to `timeout` seconds for the thread to end (a manager's ends at once)."""
        self._thread.join(timeout)

    def stop(self, timeout: float = 2.0) -> None:
        """Stop listening and close the connection; returns once the thread has ended (or
        after `timeout` seconds, which a poll of a quarter of a second never needs)."""
        self._stopping.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout)

    def _run(self) -> None:
        retry = FIRST_RETRY_SECONDS
        # Whether notifications may have been missed: the connection went, or the first
        # attempt failed after the window had read what it shows.
        missed = False
        try:
            while not self._stopping.is_set():
                try:
                    channels = self._listener.open()
                except StorageError:
                    missed = True
                    self._stopping.wait(retry)
                    retry = min(retry * 2, LAST_RETRY_SECONDS)
                    continue
                if not channels:
                    return  # a manager: nothing of theirs is announced, and no connection kept
                self.connected.set()
                if missed:
                    log.info("live updates: connected again; reading everything again")
                    self._hand(LiveChanges(Changes(), everything=True))
                missed = False
                retry = FIRST_RETRY_SECONDS
                try:
                    self._listen()
                except StorageError:
                    missed = True
                    self.connected.clear()
                    log.info("live updates: the connection to the server was lost; trying again")
                    self._stopping.wait(retry)
        finally:
            self.connected.clear()
            self._listener.close()

    def _listen(self) -> None:
        while not self._stopping.is_set():
            heard = self._listener.receive(POLL_SECONDS, quiet=QUIET_SECONDS, most=MOST_SECONDS)
            if heard is not None and not self._stopping.is_set():
                self._hand(changes_of(heard))

    def _hand(self, live: LiveChanges) -> None:
        try:
            self._deliver(live)
        except Exception:  # a bug in the receiver must not end the listening
            log.exception("live updates: handing a change to the window failed")


class LiveService:
    """Other people's changes to the database, on a server; nothing on a file."""

    def __init__(self, database: Database) -> None:
        self._db = database

    @property
    def available(self) -> bool:
        return self._db.server is not None

    def start(self, deliver: Callable[[LiveChanges], None]) -> LiveUpdates:
        """Listen on a thread of its own until the returned handle is stopped."""
        if self._db.server is None:
            raise ValueError("a file has no server to listen to")
        from ambassador.storage.live import ChangeListener

        return LiveUpdates(ChangeListener(self._db.engine), deliver)
