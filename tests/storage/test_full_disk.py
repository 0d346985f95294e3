"""A full disk refuses a write whole, says so in words a person understands, and the same
write goes through once there is room again.

The disk is filled with SQLite's `max_page_count`, set on every connection as it is checked
out of the pool: the file may not grow by a single page, which is what a full disk does to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import StorageError
from ambassador.domain.placement import PlacementFields
from ambassador.services.bundle import Services
from ambassador.storage.database import DISK_FULL, Database
from tests.factories import every, make_employer, make_participant, note_fields
from tests.snapshots import dump_file

# The full disk is made with SQLite's max_page_count, a file's own limit.
pytestmark = pytest.mark.sqlite_only

ROOMY = 1_000_000_000


class Disk:
    """How many pages the file may have; applied at every checkout, so a change reaches
    connections already in the pool."""

    def __init__(self) -> None:
        self.pages = ROOMY
        self.inserted: list[str] = []


@pytest.fixture
def disk(database: Database) -> Iterator[Disk]:
    disk = Disk()

    def limit(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {disk.pages}")

    def note_insert(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith("INSERT INTO"):
            disk.inserted.append(statement.split()[2])

    event.listen(database.engine, "checkout", limit)
    event.listen(database.engine, "after_cursor_execute", note_insert)
    yield disk
    event.remove(database.engine, "after_cursor_execute", note_insert)
    event.remove(database.engine, "checkout", limit)


def _pages(path: Path) -> int:
    """The file's size in pages as a reader sees it, pages still in the WAL included."""
    connection = sqlite3.connect(path)
    try:
        (pages,) = connection.execute("PRAGMA page_count").fetchone()
        return int(pages)
    finally:
        connection.close()


def _long_placement(services: Services) -> PlacementFields:
    """A placement whose daily check-ins take many pages."""
    return PlacementFields(
        participant_id=make_participant(services),
        employer_id=make_employer(services, organisation_number=None, name="Fulla Diskens AB"),
        placement_type="Praktik",
        start_date=date(2026, 9, 1),
        planned_end_date=date(2027, 8, 31),
        plan=every(1),
    )


def test_full_disk_refuses_a_placement_whole_and_the_same_write_passes_with_room(
    services: Services, database: Database, database_path: Path, disk: Disk
) -> None:
    fields = _long_placement(services)
    before = dump_file(database_path)
    disk.pages = _pages(database_path)  # not one page more than the file holds now
    disk.inserted.clear()

    with pytest.raises(StorageError) as raised:
        services.placements.create(fields)

    assert raised.value.message == DISK_FULL
    assert str(raised.value) == DISK_FULL
    # The placement and its series went in before the check-ins ran out of room.
    assert disk.inserted[:2] == ["placements", "check_in_series"]
    assert dump_file(database_path) == before, "the refused write left rows behind"

    disk.pages = ROOMY
    saved = services.placements.create(fields)

    check_ins = services.follow_up.check_ins_of_placement(saved.placement.id)
    assert len(check_ins) == len(saved.changes.check_ins) == 364
    with database.read() as uow:
        assert uow.placements.of_participant(fields.participant_id) == [saved.placement]


def test_full_disk_refuses_a_note_and_keeps_the_file_sound(
    services: Services, database_path: Path, disk: Disk, clock: FixedClock
) -> None:
    fields = _long_placement(services)
    placement_id = services.placements.create(replace(fields, plan=None)).placement.id
    before = dump_file(database_path)
    disk.pages = _pages(database_path)
    long_text = "Hela veckan gick bra. " * 400  # longer than a page: overflow pages
    note = note_fields(fields.participant_id, placement_id, clock.now(), text=long_text)

    with pytest.raises(StorageError) as raised:
        services.follow_up.add_note(note)

    assert raised.value.message == DISK_FULL
    assert dump_file(database_path) == before
    connection = sqlite3.connect(database_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        connection.close()

    disk.pages = ROOMY
    saved = services.follow_up.add_note(note)
    assert services.follow_up.notes_of_placement(placement_id) == [saved.note]
    assert [hit.hit.record_id for hit in services.search.search("veckan")] == [saved.note.id]
