"""Other people's changes, live: what was heard as the `Changes` value the window's own saves
return, and the listening thread on a server (a save by another program handed over, the
program's own not; a dropped connection taken up again, with everything read again; stopped
at once). On a file nothing listens."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import StorageError
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes, ids
from ambassador.services.live import LiveChanges, LiveUpdates, changes_of
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.live import Heard, Notice
from ambassador.storage.server import open_server
from tests.conftest import NOW
from tests.factories import make_employer, make_participant, make_placement, note_fields

WAIT = 10.0  # seconds: a bound on waits that end as soon as the thread hands something over


def _heard(*notices: Notice, **parents: frozenset[int]) -> Heard:
    return Heard(notices, parents)


def test_a_note_changes_its_participant_and_placement_as_a_save_here_says() -> None:
    live = changes_of(
        _heard(
            Notice("notes", 5, "insert", "anna"),
            participants=ids(1),
            placements=ids(2),
        )
    )
    assert live.changes == Changes(
        notes=ids(5), participants=ids(1), placements=ids(2), timelines_only=True
    )
    assert not live.changes.records_changed  # the key figures stand
    assert not live.everything
    assert live.notices == (Notice("notes", 5, "insert", "anna"),)


def test_a_contact_or_task_changes_its_employer() -> None:
    live = changes_of(
        _heard(
            Notice("contacts", 3, "update", "bo"),
            Notice("employer_tasks", 4, "insert", "bo"),
            employers=ids(9),
        )
    )
    assert live.changes == Changes(employers=ids(9), timelines_only=True)
    assert not live.everything


@pytest.mark.parametrize(
    "table",
    ["list_items", "settings", "list_item_names", "report_mappings", "placement_type_plans"],
)
def test_a_list_entry_or_a_setting_is_a_change_of_the_settings(table: str) -> None:
    live = changes_of(_heard(Notice(table, 0, "update", "it")))
    assert live.changes == Changes(settings=True)
    assert not live.everything


@pytest.mark.parametrize(
    "notice",
    [
        Notice("contacts", 3, "delete", "bo"),  # its employer is not there to read
        Notice("consents", 3, "delete", "bo"),
        Notice("invoices", 1, "insert", "bo"),  # a table a newer server announces
    ],
)
def test_what_cannot_be_placed_reads_everything_again(notice: Notice) -> None:
    assert changes_of(_heard(notice)).everything


def test_a_deleted_record_of_its_own_kind_is_placed() -> None:
    live = changes_of(_heard(Notice("placements", 7, "delete", "bo")))
    assert live.changes == Changes(placements=ids(7))
    assert live.changes.records_changed
    assert not live.everything


@pytest.mark.sqlite_only
def test_nothing_listens_on_a_file(services: Services) -> None:
    assert not services.live.available
    with pytest.raises(ValueError, match="no server"):
        services.live.start(lambda _live: None)


class _ServerDownAtFirst:
    """A listener whose server cannot be reached at the first attempt."""

    channels: tuple[str, ...] = ()

    def __init__(self) -> None:
        self.attempts = 0
        self.closed = threading.Event()

    def open(self) -> tuple[str, ...]:
        self.attempts += 1
        if self.attempts == 1:
            raise StorageError("unreachable")
        self.channels = ("ambassador",)
        return self.channels

    def receive(self, timeout: float, *, quiet: float, most: float) -> Heard | None:
        self.closed.wait(timeout)
        return None

    def close(self) -> None:
        self.closed.set()


def test_a_first_attempt_that_failed_reads_everything_once_connected() -> None:
    """The window read what it shows before the listening began: what was saved until the
    server answered was announced to nobody."""
    handed: queue.Queue[LiveChanges] = queue.Queue()
    listener = _ServerDownAtFirst()
    updates = LiveUpdates(listener, handed.put)  # type: ignore[arg-type]
    try:
        assert _next(handed) == LiveChanges(Changes(), everything=True)
        assert listener.attempts == 2
    finally:
        updates.stop()
    assert not updates.running and listener.closed.is_set()


# -- The thread, on a server -----------------------------------------------------------------


@pytest.fixture
def heard(services: Services) -> Iterator[tuple[LiveUpdates, queue.Queue[LiveChanges]]]:
    handed: queue.Queue[LiveChanges] = queue.Queue()
    updates = services.live.start(handed.put)
    assert updates.connected.wait(WAIT)
    yield updates, handed
    updates.stop()
    assert not updates.running


def _other_program(address: ServerAddress) -> tuple[Database, Services]:
    database = open_server(address)
    return database, Services.build(database, FixedClock(NOW))


def _next(handed: queue.Queue[LiveChanges]) -> LiveChanges:
    return handed.get(timeout=WAIT)


@pytest.mark.postgresql_only
def test_another_programs_note_is_handed_over_and_the_programs_own_save_is_not(
    services: Services,
    server_address: ServerAddress,
    heard: tuple[LiveUpdates, queue.Queue[LiveChanges]],
) -> None:
    _updates, handed = heard
    make_employer(services)  # this program's own: its window refreshed already
    database, other = _other_program(server_address)
    try:
        person = make_participant(other)
        placement = make_placement(other, person)
        note = other.follow_up.add_note(note_fields(person, placement, NOW)).note.id
    finally:
        database.dispose()
    seen = Changes()
    while note not in seen.notes:
        live = _next(handed)
        assert not live.everything
        seen = seen | live.changes
    assert seen.participants == ids(person)
    assert seen.placements == ids(placement)
    assert len(seen.employers) == 1  # the placement's employer, not the program's own


@pytest.mark.postgresql_only
def test_a_dropped_connection_is_taken_up_again_and_everything_read_again(
    services: Services,
    database: Database,
    server_address: ServerAddress,
    heard: tuple[LiveUpdates, queue.Queue[LiveChanges]],
) -> None:
    updates, handed = heard
    with database.engine.connect() as connection:
        connection.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        )
    assert _next(handed) == LiveChanges(Changes(), everything=True)
    assert updates.connected.is_set()
    other_database, other = _other_program(server_address)
    try:
        employer = make_employer(other)
    finally:
        other_database.dispose()
    assert _next(handed).changes == Changes(employers=ids(employer))
