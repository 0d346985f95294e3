"""The migrations build exactly the schema the mappings describe, and undo it cleanly."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from ambassador.domain.search import HitKind
from ambassador.storage.database import Database
from ambassador.storage.engine import create_sqlite_engine
from ambassador.storage.migrate import HEAD_REVISION, alembic_config, head_revision, include_name
from ambassador.storage.opening import open_database
from ambassador.storage.rows import Base
from ambassador.storage.search_index import KIND_SPAN, NAMES, NOTES, Kind, search
from ambassador.storage.server import create_server_engine
from tests.conftest import ScratchDatabases


def test_migrated_schema_matches_mappings(database: Database) -> None:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name}
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_search_index_created_with_schema(database: Database) -> None:
    tables = set(inspect(database.engine).get_table_names())
    assert {"search_index_names", "search_index_notes"} <= tables
    assert "search_index" not in tables


def test_downgrade_to_base_removes_everything(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'down.db'}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    engine.dispose()


@pytest.mark.postgresql_only
def test_a_server_database_goes_down_to_base_keeping_each_plans_interval(
    scratch_databases: ScratchDatabases,
) -> None:
    """Every step undoes on PostgreSQL too: 0005's way down reads a plan's first interval
    without SQLite's json_extract, and nothing is left but Alembic's own table."""
    address = scratch_databases.make()
    engine = create_server_engine(address)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            connection.execute(text(SERVER_PLACEMENT))
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0004")
        with engine.connect() as connection:
            assert connection.execute(text("SELECT cadence_days FROM placements")).all() == [(21,)]
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    finally:
        engine.dispose()
        scratch_databases.drop(address)


SERVER_PLACEMENT = (
    "INSERT INTO participants (id, first_name, last_name, gender, phone, email, address, "
    "referral_source, referral_reference, language, interpreter_needed, "
    "needs_and_adaptations, strengths, interests, goals, task_interests, task_limits, "
    "created_at, updated_at) VALUES (1, 'Ada', 'Berg', 'female', '', '', '', '', '', '', "
    "false, '', '', '', '', '', '', now(), now()); "
    "INSERT INTO employers (id, name, sector, industry, address, agreement_status, "
    "tasks_offered, capacity, created_at, updated_at) VALUES (1, 'Ek AB', 'private', '', '', "
    "'none', '', 1, now(), now()); "
    "INSERT INTO placements (id, participant_id, employer_id, unit, placement_type, "
    "start_date, purpose, goals, tasks, support, compensation, paused, ending_reason, "
    "created_at, updated_at, follow_up_plan) VALUES (1, 1, 1, '', 'Praktik', '2026-01-01', "
    "'', '', '', '', '', false, '', now(), now(), '[[21, null, 30]]')"
)

FROZEN = sorted((Path(__file__).parents[1] / "data").glob("schema-*.db"))


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_frozen_release_database_opens_at_head_with_its_data(frozen: Path, tmp_path: Path) -> None:
    """Every released schema, with sample data in it, upgrades to head and loses nothing."""
    path = tmp_path / frozen.name
    shutil.copyfile(frozen, path)
    before = sqlite3.connect(path)
    counts = {
        table: before.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("participants", "employers", "placements", "notes", "check_ins", "feedback")
    }
    before.close()
    assert counts["notes"] > 0
    database, report = open_database(path, tmp_path / "backups", datetime(2026, 11, 24, 9))
    try:
        assert report.revision_after == head_revision()
        with database.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": include_name}
            )
            assert compare_metadata(context, Base.metadata) == []
            for table, count in counts.items():
                assert connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar() == count
        with database.read() as uow:
            assert uow.search("hygienrutiner") or uow.search("handledaren")
    finally:
        database.dispose()


def test_head_revision_known_in_advance_is_alembics() -> None:
    """Opening a file at the newest revision skips Alembic on the strength of this constant."""
    assert head_revision() == HEAD_REVISION


@pytest.mark.sqlite_only  # SQLite's plans, from 0006's statistics; a server plans its own
@pytest.mark.parametrize("owner", ["placement_id", "participant_id"])
def test_latest_note_not_in_trash_is_read_from_an_index(database: Database, owner: str) -> None:
    """The lists' last contact, on every row: one step down an index, never a scan of the
    placement's or the person's notes."""
    with database.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT max(occurred_at) FROM notes "
            f"WHERE {owner} = 1 AND deleted_at IS NULL"
        ).all()
    assert len(plan) == 1 and "COVERING INDEX" in plan[0][-1], plan


@pytest.mark.sqlite_only  # SQLite's plans, from 0006's statistics; a server plans its own
def test_a_years_answers_are_found_by_their_day(database: Database) -> None:
    """The key figures read one year's answers through an index, not every answer given."""
    with database.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT placement_id FROM feedback "
            "WHERE given_on >= '2025-11-24' AND given_on <= '2026-11-24'"
        ).all()
    assert "ix_feedback_given_on" in plan[0][-1], plan


def test_search_and_indexes_go_back_to_0002_and_return_with_their_data(tmp_path: Path) -> None:
    """0003 and 0004 undo cleanly: down to the single search table and the old indexes with
    every entry kept, and up again to the same search."""
    path = tmp_path / FROZEN[0].name
    shutil.copyfile(FROZEN[0], path)
    database, _report = open_database(path, tmp_path / "backups", datetime(2026, 11, 24, 9))
    with database.read() as uow:
        before = [(named.hit.kind, named.hit.record_id) for named in uow.search("handledaren")]
    database.dispose()
    assert before
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0002")
    tables = set(inspect(engine).get_table_names())
    assert "search_index" in tables and "search_index_notes" not in tables
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()
    database, _report = open_database(path, tmp_path / "backups", datetime(2026, 11, 24, 9))
    with database.read() as uow:
        after = [(named.hit.kind, named.hit.record_id) for named in uow.search("handledaren")]
    database.dispose()
    assert after == before


@pytest.mark.parametrize("table", ["notes", "placements"])
def test_the_trash_reads_only_what_is_in_it(database: Database, table: str) -> None:
    if database.engine.dialect.name == "postgresql":  # partial there too, not the whole table
        with database.engine.connect() as connection:
            definition = connection.execute(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = :name"),
                {"name": f"ix_{table}_trashed"},
            ).scalar_one()
        assert definition.endswith("WHERE (deleted_at IS NOT NULL)"), definition
        return
    with database.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN SELECT id FROM {table} WHERE deleted_at IS NOT NULL"
        ).all()
    assert f"ix_{table}_trashed" in plan[0][-1], plan


# Whole words, a name with a letter beyond ASCII, and the prefixes of one to three letters
# that 0003 gave their own doclists.
KINDS = {
    HitKind.PARTICIPANT: Kind.PARTICIPANT,
    HitKind.EMPLOYER: Kind.EMPLOYER,
    HitKind.NOTE: Kind.NOTE,
}
WORDS = ("handledaren", "hygienrutiner", "Şahin", "trädgård", "h", "ha", "han", "s")


def test_search_entries_of_a_0002_file_move_to_the_two_tables_and_back(tmp_path: Path) -> None:
    """0003 on a file with data: every entry lands in its table under the same rowid, a word
    finds what it found before, and 0002 gets its single table back entry for entry."""
    path = tmp_path / "at-0002.db"
    shutil.copyfile(FROZEN[0], path)
    engine = create_sqlite_engine(path)  # with the functions search calls (`sort_key`)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0002")
    with engine.connect() as connection:
        old = dict(connection.execute(text("SELECT rowid, body FROM search_index")).all())
        found_before = {
            word: set(
                connection.execute(
                    text("SELECT rowid FROM search_index WHERE search_index MATCH :q"),
                    {"q": f'"{word}"*'},
                ).scalars()
            )
            for word in WORDS
        }
    assert {rowid % KIND_SPAN for rowid in old} == {1, 2, 3}
    assert all(found_before.values())

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0003")
    with engine.connect() as connection:
        assert not inspect(connection).has_table("search_index")
        names = dict(connection.execute(text(f"SELECT rowid, body FROM {NAMES}")).all())
        notes = dict(connection.execute(text(f"SELECT rowid, body FROM {NOTES}")).all())
        assert names == {r: b for r, b in old.items() if r % KIND_SPAN in (1, 2)}
        assert notes == {r: b for r, b in old.items() if r % KIND_SPAN == 3}
        for table in (NAMES, NOTES):
            connection.execute(text(f"INSERT INTO {table}({table}) VALUES ('integrity-check')"))
            config = dict(connection.execute(text(f"SELECT k, v FROM {table}_config")).all())
            assert config.get("hashsize", 1024 * 1024) == 1024 * 1024  # the copy's buffer undone
        for word, before in found_before.items():
            hits = search(connection, word, limit=len(old))
            assert {h.record_id * KIND_SPAN + KINDS[h.kind] for h in hits} == before, word

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0002")
    with engine.connect() as connection:
        assert not inspect(connection).has_table(NOTES)
        assert dict(connection.execute(text("SELECT rowid, body FROM search_index")).all()) == old
        connection.execute(
            text("INSERT INTO search_index(search_index) VALUES ('integrity-check')")
        )
    engine.dispose()

    database, _report = open_database(path, tmp_path / "backups", datetime(2026, 11, 24, 9))
    try:
        with database.read() as uow:
            person = uow.participants.page(limit=1)[0]
            employer = uow.employers.page(limit=1)[0]
            assert person.id in [n.participant_id for n in uow.search(person.full_name)]
            assert employer.id in [n.employer_id for n in uow.search(employer.name)]
    finally:
        database.dispose()


def test_0005_turns_each_interval_into_a_one_phase_plan_silent_as_the_file_said(
    tmp_path: Path,
) -> None:
    """A file at 0004: a placement every 7 days, one with none, silence after 21 days. At 0005
    the first follows [[7, null, 21]] (one phase to the end, silent after the file's 21),
    the second no plan, and the old default interval setting is gone."""
    path = tmp_path / "at-0004.db"
    shutil.copyfile(FROZEN[0], path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
        first, second = connection.execute(
            text("SELECT id FROM placements ORDER BY id LIMIT 2")
        ).scalars()
        connection.execute(
            text("UPDATE placements SET cadence_days = 30 WHERE id > :id"), {"id": second}
        )
        connection.execute(
            text("UPDATE placements SET cadence_days = 7 WHERE id = :id"), {"id": first}
        )
        connection.execute(
            text("UPDATE placements SET cadence_days = NULL WHERE id = :id"), {"id": second}
        )
        connection.execute(
            text("DELETE FROM settings WHERE key IN ('silent_after_days', 'default_cadence_days')")
        )
        connection.execute(
            text(
                "INSERT INTO settings (key, value) VALUES "
                "('silent_after_days', '21'), ('default_cadence_days', '14')"
            )
        )
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0005")
    with engine.connect() as connection:
        plans = dict(connection.execute(text("SELECT id, follow_up_plan FROM placements")).all())
        keys = set(connection.execute(text("SELECT key FROM settings")).scalars())
    engine.dispose()
    assert plans[first] == "[[7, null, 21]]"
    assert plans[second] is None
    # Every 30 days is longer than the 21 days' silence: silent after 30, never before.
    assert {plans[i] for i in plans if i not in (first, second)} <= {"[[30, null, 30]]"}
    assert "default_cadence_days" not in keys and "silent_after_days" in keys


def test_0007_adds_drafts_that_go_with_their_person_and_leave_on_the_way_down(
    tmp_path: Path,
) -> None:
    """A file at 0006 with data: 0007 adds the empty drafts table and its statistics, a
    draft for a person's placement can be kept, and 0006 gets its file back without the
    table or its statistics and with every person. (An erasure removing the drafts is
    tests/services/test_drafts.py.)"""
    path = tmp_path / "at-0006.db"
    shutil.copyfile(FROZEN[0], path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0006")
        people = connection.execute(text("SELECT count(*) FROM participants")).scalar()
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0007")
    with engine.begin() as connection:
        placement, person = connection.execute(
            text("SELECT id, participant_id FROM placements ORDER BY id LIMIT 1")
        ).one()
        assert connection.execute(text("SELECT count(*) FROM drafts")).scalar() == 0
        connection.execute(
            text(
                "INSERT INTO drafts (key, participant_id, placement_id, fields, updated_at) "
                "VALUES (:key, :person, :placement, '{\"text\": \"Ringde\"}', '2026-12-07')"
            ),
            {"key": f"note:placement:{placement}", "person": person, "placement": placement},
        )
        stats = connection.execute(
            text("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'drafts'")
        ).scalar()
        assert stats == 3
        assert connection.execute(text("SELECT count(*) FROM drafts")).scalar() == 1
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0006")
    with engine.connect() as connection:
        assert not inspect(connection).has_table("drafts")
        assert (
            connection.execute(
                text("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'drafts'")
            ).scalar()
            == 0
        )
        assert connection.execute(text("SELECT count(*) FROM participants")).scalar() == people
    engine.dispose()


def test_0008_names_every_default_entry_in_both_languages_and_an_added_one_in_its_own(
    tmp_path: Path,
) -> None:
    """A file at 0007 with data, set to English, with a note kind the coordinator added:
    0008 gives every default entry its Swedish and English name, the added kind its label as
    its English name, leaves every record's stored value as it was, and goes back down."""
    path = tmp_path / "at-0007.db"
    shutil.copyfile(FROZEN[0], path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0007")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO list_items (list_name, label, position, active) "
                "VALUES ('note_kinds', 'Lunch meeting', 9, 1)"
            )
        )
        connection.execute(
            text("INSERT OR REPLACE INTO settings (key, value) VALUES ('language', 'en')")
        )
        kinds_before = connection.execute(text("SELECT id, kind FROM notes ORDER BY id")).all()
        types_before = connection.execute(
            text("SELECT id, placement_type FROM placements ORDER BY id")
        ).all()
        items = connection.execute(text("SELECT count(*) FROM list_items")).scalar()
    assert any(kind == "Arbetsplatsbesök" for _id, kind in kinds_before)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0008")
    with engine.connect() as connection:

        def names(list_name: str, label: str) -> dict[str, str]:
            return dict(
                connection.execute(
                    text(
                        "SELECT n.language, n.name FROM list_item_names n "
                        "JOIN list_items i ON i.id = n.item_id "
                        "WHERE i.list_name = :list AND i.label = :label"
                    ),
                    {"list": list_name, "label": label},
                ).all()
            )

        assert names("note_kinds", "Arbetsplatsbesök") == {
            "sv": "Arbetsplatsbesök",
            "en": "Workplace visit",
        }
        assert names("placement_types", "Praktik") == {"sv": "Praktik", "en": "Internship"}
        assert names("ending_reasons", "Flytt") == {"sv": "Flytt", "en": "Moved away"}
        assert names("task_requirements", "Körkort B")["en"] == "Driving licence (B)"
        assert names("note_kinds", "Lunch meeting") == {"en": "Lunch meeting"}
        # Every entry has a name; every default one both.
        unnamed = connection.execute(
            text(
                "SELECT count(*) FROM list_items i WHERE NOT EXISTS "
                "(SELECT 1 FROM list_item_names n WHERE n.item_id = i.id)"
            )
        ).scalar()
        assert unnamed == 0
        named = connection.execute(text("SELECT count(*) FROM list_item_names")).scalar()
        assert named == 2 * (items - 1) + 1
        assert connection.execute(text("SELECT id, kind FROM notes ORDER BY id")).all() == (
            kinds_before
        )
        assert (
            connection.execute(text("SELECT id, placement_type FROM placements ORDER BY id")).all()
            == types_before
        )
        stats = connection.execute(
            text("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'list_item_names'")
        ).scalar()
        assert stats == 1
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0007")
    with engine.connect() as connection:
        assert not inspect(connection).has_table("list_item_names")
        assert connection.execute(text("SELECT count(*) FROM list_items")).scalar() == items
    engine.dispose()
