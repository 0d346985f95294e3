"""The two search tables: each kind of record in its own, and nothing left of a trashed or
purged record in either."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from ambassador.domain.clock import FixedClock
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.search_index import NAMES, NOTES
from tests.factories import make_employer, make_participant, note_fields


def entries(database: Database) -> dict[str, set[int]]:
    with database.engine.connect() as connection:
        return {
            table: set(connection.execute(text(f"SELECT rowid FROM {table}")).scalars())
            for table in (NAMES, NOTES)
        }


def indexes_are_sound(database: Database) -> None:
    """FTS5's own check; a server's tables are plain ones, their words generated columns."""
    if database.engine.dialect.name != "sqlite":
        return
    with database.engine.begin() as connection:
        for table in (NAMES, NOTES):
            connection.execute(text(f"INSERT INTO {table}({table}) VALUES ('integrity-check')"))


def fill(services: Services, clock: FixedClock) -> tuple[int, int, int]:
    person = make_participant(services, first_name="Birgitta", last_name="Sandqvist")
    employer = make_employer(services, name="Sandvikens Snickeri")
    note = services.follow_up.add_note(
        note_fields(person, None, clock.now(), text="Sandpappring hela förmiddagen.")
    ).note.id
    return person, employer, note


def test_names_and_notes_go_to_their_own_tables(
    services: Services, database: Database, clock: FixedClock
) -> None:
    person, employer, note = fill(services, clock)
    assert entries(database) == {NAMES: {person * 4 + 1, employer * 4 + 2}, NOTES: {note * 4 + 3}}
    indexes_are_sound(database)


def test_trashed_records_leave_both_tables_and_come_back_on_restore(
    services: Services, database: Database, clock: FixedClock
) -> None:
    person, employer, note = fill(services, clock)
    before = entries(database)
    services.follow_up.delete_note(note)
    services.participants.delete(person)
    services.employers.delete(employer)
    assert entries(database) == {NAMES: set(), NOTES: set()}
    assert services.search.search("sand") == []
    for item in services.trash.items():
        services.trash.restore(item.kind, item.record_id)
    assert entries(database) == before
    assert len(services.search.search("sand")) == 3
    indexes_are_sound(database)


def test_purged_records_leave_both_tables(
    services: Services, database: Database, clock: FixedClock
) -> None:
    person, employer, note = fill(services, clock)
    services.follow_up.delete_note(note)
    services.participants.delete(person)
    services.employers.delete(employer)
    clock.set(clock.now() + timedelta(days=40))
    assert services.trash.empty_expired() == 3
    database.scrub()  # merges both indexes, as a purge does
    assert entries(database) == {NAMES: set(), NOTES: set()}
    indexes_are_sound(database)
    if database.engine.dialect.name != "sqlite":
        return  # a server's deleted rows are gone from the table; the space is its autovacuum's
    with database.engine.connect() as connection:
        for table in (NAMES, NOTES):
            blocks = connection.execute(text(f"SELECT block FROM {table}_data")).scalars()
            assert not any(b"sand" in bytes(block) for block in blocks), table
