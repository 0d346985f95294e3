"""Search on a PostgreSQL server (storage/server_search.py, migration 0009): the same as FTS5
gives a SQLite file, whichever way the plan goes, and a 0008 database indexed on upgrade."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import text

from ambassador.domain.browse import EmployerFilter
from ambassador.domain.clock import FixedClock
from ambassador.domain.search import MATCH_END, MATCH_START, HitKind
from ambassador.domain.sorting import sort_key
from ambassador.services.bundle import Services
from ambassador.storage import server_search
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import Database
from ambassador.storage.migrate import alembic_config
from ambassador.storage.search_index import NAMES, NOTES
from ambassador.storage.server import create_server_engine, init_server
from tests.conftest import NOW, ScratchDatabases
from tests.factories import make_employer, make_participant, note_fields

pytestmark = pytest.mark.postgresql_only


def add_notes(services: Services, clock: FixedClock, *texts: str) -> list[int]:
    person = make_participant(services)
    ids = []
    for n, body in enumerate(texts):
        fields = note_fields(
            person, None, clock.now() - timedelta(minutes=len(texts) - n), text=body
        )
        ids.append(services.follow_up.add_note(fields).note.id)
    return ids


def found(services: Services, words: str) -> list[tuple[HitKind, int]]:
    return [(r.hit.kind, r.hit.record_id) for r in services.search.search(words)]


def test_the_last_word_is_a_prefix_and_common_words_are_words(
    services: Services, clock: FixedClock
) -> None:
    """No stemmer: "flicko" finds "flickorna" as typed, and "och" is a word like any other."""
    (note,) = add_notes(services, clock, "Flickorna och pojkarna packade lådor.")
    for words in ("flicko", "flickorna", "och", "och pojk", "packade l", "f"):
        assert found(services, words) == [(HitKind.NOTE, note)], words
    assert found(services, "flickor och zebra") == []
    assert found(services, "pojkarna fl") == [(HitKind.NOTE, note)]
    assert found(services, "pojk och") == []  # only the last word is a prefix


def test_case_and_accents_fold_both_ways(services: Services, clock: FixedClock) -> None:
    person = make_participant(services, first_name="Åsa", last_name="Müller")
    employer = make_employer(services, name="Crème Café")
    for words in ("åsa", "ÅSA", "asa", "Å", "muller", "MÜLL"):
        assert found(services, words) == [(HitKind.PARTICIPANT, person)], words
    for words in ("creme", "CRÈME CAFE", "café", "cafe"):
        assert found(services, words) == [(HitKind.EMPLOYER, employer)], words


def test_query_syntax_typed_is_only_text(services: Services, clock: FixedClock) -> None:
    (note,) = add_notes(services, clock, "Möte om e-post & schema.")
    for words in ("e-post", "'e'", "schema:*", "!möte", "möte | om", "(möte)", '"om"'):
        assert found(services, words) == [(HitKind.NOTE, note)], words
    assert found(services, "&|!:*()'") == []
    assert services.search.search("  ") == []


def test_matched_words_are_marked_in_the_snippet(services: Services, clock: FixedClock) -> None:
    (note,) = add_notes(services, clock, "Har tagit truckkort och trivs på lagret.")
    (result,) = services.search.search("truck")
    assert result.hit.record_id == note
    assert result.hit.snippet == f"Har tagit {MATCH_START}truckkort{MATCH_END} och trivs på lagret."


def test_names_come_first_then_notes_newest_first(services: Services, clock: FixedClock) -> None:
    notes = add_notes(services, clock, "Lager i Hallsberg.", "Lagret igen.", "Nytt lager.")
    employer = make_employer(services, name="Lagerhuset")
    person = make_participant(services, first_name="Lage", last_name="Lagergren")
    hits = found(services, "lag")
    assert hits[2:] == [(HitKind.NOTE, i) for i in reversed(notes)]
    assert set(hits[:2]) == {(HitKind.PARTICIPANT, person), (HitKind.EMPLOYER, employer)}
    assert services.search.search_counted("lag").total == 5


@pytest.mark.parametrize("recent", [1, 2, 100])
def test_notes_beyond_the_newest_are_found_through_the_index(
    services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, recent: int
) -> None:
    """Whether the newest notes hold enough hits or the index is asked, the same notes come,
    newest first, up to the limit."""
    monkeypatch.setattr(server_search, "RECENT", recent)
    notes = add_notes(
        services, clock, "Sällsynt ord.", "Vanligt.", "Sällsynt igen.", "Vanligt.", "Vanligt."
    )
    assert found(services, "sällsynt") == [(HitKind.NOTE, notes[2]), (HitKind.NOTE, notes[0])]
    hits = [r.hit.record_id for r in services.search.search("vanligt", limit=2)]
    assert hits == [notes[4], notes[3]]


def test_trashed_records_are_out_of_search_and_back_on_restore(
    services: Services, clock: FixedClock, database: Database
) -> None:
    (note,) = add_notes(services, clock, "Sandpappring hela förmiddagen.")
    services.follow_up.delete_note(note)
    assert found(services, "sandpapp") == []
    with database.engine.connect() as connection:
        assert connection.execute(text(f"SELECT count(*) FROM {NOTES}")).scalar_one() == 0
    for item in services.trash.items():
        services.trash.restore(item.kind, item.record_id)
    assert found(services, "sandpapp") == [(HitKind.NOTE, note)]


@pytest.fixture
def empty_server_database(scratch_databases: ScratchDatabases) -> Iterator[ServerAddress]:
    address = scratch_databases.make()
    yield address
    scratch_databases.drop(address)


def test_0009_indexes_a_0008_databases_names_and_notes_and_goes_back(
    empty_server_database: ServerAddress,
) -> None:
    engine = create_server_engine(empty_server_database)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0008")
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO participants (id, first_name, last_name, gender, phone, email, "
                    "address, referral_source, referral_reference, language, "
                    "interpreter_needed, needs_and_adaptations, strengths, interests, goals, "
                    "task_interests, task_limits, created_at, updated_at) VALUES "
                    "(7, 'Åsa', 'Ek', 'female', '', '', '', '', '', '', false, '', '', '', '', "
                    "'', '', now(), now())"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO notes (id, participant_id, occurred_at, kind, with_whom, text, "
                    "shareable, dropout_risk, created_at, deleted_at) VALUES "
                    "(5, 7, now(), 'Annat', 'participant', 'Flickorna på lagret', false, false, "
                    "now(), NULL), "
                    "(6, 7, now(), 'Annat', 'participant', 'Flickorna i papperskorgen', false, "
                    "false, now(), now())"
                )
            )
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0009")
        with engine.connect() as connection:
            assert server_search.search(connection, "asa", 50) == [
                (7 * 4 + 1, f"{MATCH_START}Åsa{MATCH_END} Ek")
            ]
            hits = server_search.search(connection, "flicko", 50)
            assert [rowid for rowid, _snippet in hits] == [5 * 4 + 3]  # not the trashed one
            assert connection.execute(text("SELECT fold('ÅSA Straße')")).scalar() == "åsa strasse"
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0008")
        with engine.connect() as connection:
            left = connection.execute(
                text(
                    "SELECT count(*) FROM pg_class WHERE relname IN (:names, :notes) "
                    "UNION ALL SELECT count(*) FROM pg_proc WHERE proname = 'fold' "
                    "UNION ALL SELECT count(*) FROM pg_ts_config WHERE cfgname = 'ambassador'"
                ),
                {"names": NAMES, "notes": NOTES},
            ).scalars()
            assert list(left) == [0, 0, 0]
    finally:
        engine.dispose()


def test_lists_keep_sqlites_order_in_a_swedish_database(
    scratch_databases: ScratchDatabases,
) -> None:
    """A database IT made with a Swedish ICU locale orders lists by the program's own key
    (domain/sorting.py), as SQLite does, not by the database's collation."""
    name = f"{scratch_databases.prefix}_sv_{uuid.uuid4().hex[:8]}"
    with scratch_databases.admin.connect() as connection:
        connection.execute(
            text(
                f'CREATE DATABASE "{name}" TEMPLATE template0 LOCALE_PROVIDER icu '
                "ICU_LOCALE 'sv-SE' LOCALE 'C.UTF-8'"
            )
        )
    address = dataclasses.replace(scratch_databases.server, database=name)
    try:
        database = init_server(address)
        try:
            services = Services.build(database, FixedClock(NOW))
            names = ("Åberg", "Ädel", "Éclair", "Eriksson", "Zorn", "Öst")
            for employer in names:
                make_employer(services, name=employer)
            rows = services.browse.employers(EmployerFilter()).rows
            assert [row.name for row in rows] == sorted(names, key=sort_key)
        finally:
            database.dispose()
    finally:
        scratch_databases.drop(address)
