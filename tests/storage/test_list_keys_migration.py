"""Migration 0014, the lists' stored keys: a file at 0013 with data comes up with every name's
keys in the organisation's order (Danish in a Danish file) and each placement's last contact,
none of it in the change log; a last contact changed alone is not logged, a placement's save
is; and the file goes back down with its data, and up again."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, create_engine, func, inspect, select, text

from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.domain.sorting import sort_key
from ambassador.storage.migrate import alembic_config
from ambassador.storage.rows import FeedbackRow, NoteRow, OutcomeCheckRow
from ambassador.storage.server import create_server_engine
from tests.conftest import ScratchDatabases

FROZEN_0001 = Path(__file__).parents[1] / "data" / "schema-0001.db"
NEW_COLUMNS = {
    "participants": {"sort_last", "sort_first", "search_name"},
    "employers": {"sort_name", "search_name"},
    "placements": {"last_contact"},
}
NEW_COLUMNS["participants"].add("last_contact")
NEW_COLUMNS["employers"].add("last_contact")
# Deltagare's and Arbetsgivare's last contact as the lists computed them before 0014.
PERSON_NOTE = (
    "SELECT p.id, (SELECT max(occurred_at) FROM notes n WHERE n.participant_id = p.id "
    "AND n.deleted_at IS NULL) FROM participants p ORDER BY p.id"
)
EMPLOYER_CONTACT = (
    "SELECT id, CASE WHEN a IS NULL THEN b WHEN b IS NULL THEN a WHEN a >= b THEN a ELSE b END "
    "FROM (SELECT e.id, (SELECT max(n.occurred_at) FROM notes n JOIN placements p "
    "ON p.id = n.placement_id WHERE p.employer_id = e.id AND n.deleted_at IS NULL "
    "AND p.deleted_at IS NULL) AS a, (SELECT max(c.occurred_at) FROM network_contacts c "
    "WHERE c.employer_id = e.id AND c.deleted_at IS NULL) AS b FROM employers e) AS latest "
    "ORDER BY id"
)
STORED = "SELECT id, last_contact FROM {table} ORDER BY id"
LAST_NOTE = (
    "SELECT p.id, (SELECT max(occurred_at) FROM notes n WHERE n.placement_id = p.id "
    "AND n.deleted_at IS NULL) FROM placements p ORDER BY p.id"
)


def _at_0013(tmp_path: Path, country: str | None = None) -> str:
    path = tmp_path / "at-0013.db"
    shutil.copyfile(FROZEN_0001, path)
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0013")
        if country is not None:
            connection.execute(
                text("INSERT INTO settings (key, value) VALUES ('country', :country)"),
                {"country": country},
            )
    engine.dispose()
    return url


def _keys_hold(connection: Connection, country: str) -> None:
    people = connection.execute(
        text("SELECT first_name, last_name, sort_last, sort_first, search_name FROM participants")
    ).all()
    assert len(people) > 10
    for first, last, sort_last, sort_first, search in people:
        assert (sort_last, sort_first) == (sort_key(last, country), sort_key(first, country))
        assert search == f"{first} {last}".casefold() + "\n" + f"{last} {first}".casefold()
    for name, sort_name, search in connection.execute(
        text("SELECT name, sort_name, search_name FROM employers")
    ):
        assert (sort_name, search) == (sort_key(name, country), name.casefold())


def _changes(connection: Connection) -> int:
    return int(connection.execute(text("SELECT count(*) FROM change_log")).scalar_one())


def _network_contacts(connection: Connection) -> None:
    """Network contacts, one later than every note, one in the trash later still, and a
    placement with notes in the trash: each changes an employer's last contact or must not."""
    employers = connection.execute(text("SELECT id FROM employers ORDER BY id")).scalars().all()
    for employer, moment, trashed in (
        (employers[0], "2099-01-01 10:00:00.000000", None),
        (employers[1], "2099-02-01 10:00:00.000000", "2099-02-02 10:00:00.000000"),
        (employers[2], "2000-01-01 10:00:00.000000", None),
    ):
        connection.execute(
            text(
                "INSERT INTO network_contacts (employer_id, occurred_at, kind, with_whom, text, "
                "follow_up_done, created_at, deleted_at) VALUES (:employer, :moment, 'Möte', "
                "'', '', 0, :moment, :trashed)"
            ),
            {"employer": employer, "moment": moment, "trashed": trashed},
        )
    connection.execute(
        text(
            "UPDATE placements SET deleted_at = '2026-01-01 00:00:00.000000' WHERE id = "
            "(SELECT placement_id FROM notes WHERE placement_id IS NOT NULL LIMIT 1)"
        )
    )


def test_0014_fills_the_keys_logs_nothing_and_goes_back_down_and_up(tmp_path: Path) -> None:
    engine = create_engine(_at_0013(tmp_path))
    with engine.begin() as connection:
        _network_contacts(connection)
    with engine.connect() as connection:
        last_notes = connection.execute(text(LAST_NOTE)).all()
        people = connection.execute(text(PERSON_NOTE)).all()
        employers = connection.execute(text(EMPLOYER_CONTACT)).all()
        logged = _changes(connection)
    assert any(moment is not None for _pid, moment in last_notes)
    assert any(moment is not None for _pid, moment in people)
    assert any(str(moment).startswith("2099-01-01") for _eid, moment in employers)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0014")
    with engine.begin() as connection:
        _keys_hold(connection, SWEDEN)
        stored = connection.execute(
            text("SELECT id, last_contact FROM placements ORDER BY id")
        ).all()
        assert stored == last_notes
        assert connection.execute(text(STORED.format(table="participants"))).all() == people
        assert connection.execute(text(STORED.format(table="employers"))).all() == employers
        assert _changes(connection) == logged
        # A last contact changed alone is no change of the record; a save is.
        for table in ("placements", "participants", "employers"):
            connection.execute(text(f"UPDATE {table} SET last_contact = '2026-12-01 10:00:00'"))
        assert _changes(connection) == logged
        connection.execute(text("UPDATE participants SET version = version + 1 WHERE id = 1"))
        connection.execute(text("UPDATE employers SET version = version + 1 WHERE id = 1"))
        assert _changes(connection) == logged + 2
        logged += 2
        connection.execute(
            text("UPDATE placements SET version = version + 1 WHERE id = :id"),
            {"id": stored[0][0]},
        )
        assert _changes(connection) == logged + 1
        indexes = {index["name"] for index in inspect(connection).get_indexes("placements")}
        assert {"ix_placements_start_date", "ix_placements_last_contact"} <= indexes
        for table in ("participants", "employers"):
            indexes = {index["name"] for index in inspect(connection).get_indexes(table)}
            assert f"ix_{table}_last_contact" in indexes
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0013")
    with engine.begin() as connection:
        for table, columns in NEW_COLUMNS.items():
            assert not {c["name"] for c in inspect(connection).get_columns(table)} & columns
        connection.execute(text("UPDATE placements SET unit = unit"))  # logged again, each
        assert _changes(connection) == logged + 1 + len(stored)
        connection.execute(text("UPDATE employers SET name = name"))
        assert _changes(connection) == logged + 1 + len(stored) + len(employers)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0014")
    with engine.connect() as connection:
        _keys_hold(connection, SWEDEN)
        assert (
            connection.execute(text(LAST_NOTE)).all()
            == connection.execute(text("SELECT id, last_contact FROM placements ORDER BY id")).all()
        )
        assert connection.execute(text(STORED.format(table="participants"))).all() == people
        assert connection.execute(text(STORED.format(table="employers"))).all() == employers
    engine.dispose()


def test_0014_keys_a_danish_files_names_in_danish_order(tmp_path: Path) -> None:
    engine = create_engine(_at_0013(tmp_path, country=DENMARK))
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0014")
    with engine.connect() as connection:
        _keys_hold(connection, DENMARK)
    engine.dispose()


def test_0014_frozen_sort_maps_are_the_domains() -> None:
    """0014 keeps its own copy of the maps (a migration never follows later code); at head the
    copy and the domain's must be one, or a new revision must fill the keys again."""
    from importlib import import_module

    migration = import_module("ambassador.storage.migrations.versions.0014_list_keys")
    texts = ("Åsa Ängel Öberg Ærø Straße Éclair Müller ÿ ñ", "åäöæøáàâãçéèêëíìîïñóòôõúùûüýÿß")
    for country in (SWEDEN, DENMARK):
        for sample in texts:
            assert migration.sort_key(sample, country) == sort_key(sample, country)


@pytest.mark.postgresql_only
def test_0014_on_a_server_fills_the_keys_logs_nothing_and_goes_down_and_up(
    scratch_databases: ScratchDatabases,
) -> None:
    address = scratch_databases.make()
    engine = create_server_engine(address)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0013")
            connection.execute(text(SERVER_PLACEMENT))
            connection.execute(text(SERVER_NOTE))
            connection.execute(text(SERVER_NETWORK_CONTACT))
            logged = _changes(connection)
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0014")
        with engine.begin() as connection:
            assert connection.execute(
                text("SELECT sort_last, sort_first, search_name FROM participants")
            ).one() == ("berg", "{sa", "åsa berg\nberg åsa")
            assert connection.execute(text("SELECT sort_name FROM employers")).scalar() == "ek ab"
            for table, moment in (
                ("placements", "2026-12-01 10:00"),
                ("participants", "2026-12-01 10:00"),
                ("employers", "2026-12-05 09:00"),  # its network contact's, later
            ):
                assert str(
                    connection.execute(text(f"SELECT last_contact FROM {table}")).scalar()
                ).startswith(moment)
            assert _changes(connection) == logged
            for table in ("placements", "participants", "employers"):
                connection.execute(text(f"UPDATE {table} SET last_contact = NULL"))
            assert _changes(connection) == logged  # a last contact alone is not logged
            for table in ("placements", "participants", "employers"):
                connection.execute(text(f"UPDATE {table} SET version = version + 1"))
            assert _changes(connection) == logged + 3
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0013")
        with engine.connect() as connection:
            for table in ("placements", "participants", "employers"):
                columns = {c["name"] for c in inspect(connection).get_columns(table)}
                assert "last_contact" not in columns
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0014")
    finally:
        engine.dispose()
        scratch_databases.drop(address)


SERVER_PLACEMENT = (
    "INSERT INTO participants (id, first_name, last_name, gender, phone, email, address, "
    "referral_source, referral_reference, language, interpreter_needed, "
    "needs_and_adaptations, strengths, interests, goals, task_interests, task_limits, "
    "created_at, updated_at) VALUES (1, 'Åsa', 'Berg', 'female', '', '', '', '', '', '', "
    "false, '', '', '', '', '', '', now(), now()); "
    "INSERT INTO employers (id, name, sector, industry, address, agreement_status, "
    "tasks_offered, capacity, created_at, updated_at) VALUES (1, 'Ek AB', 'private', '', '', "
    "'none', '', 1, now(), now()); "
    "INSERT INTO placements (id, participant_id, employer_id, unit, placement_type, "
    "start_date, purpose, goals, tasks, support, compensation, paused, ending_reason, "
    "created_at, updated_at, follow_up_plan) VALUES (1, 1, 1, '', 'Praktik', '2026-01-01', "
    "'', '', '', '', '', false, '', now(), now(), '[[21, null, 30]]')"
)
SERVER_NOTE = (
    "INSERT INTO notes (id, participant_id, placement_id, occurred_at, kind, with_whom, text, "
    "shareable, dropout_risk, created_at) VALUES (1, 1, 1, '2026-12-01 10:00', "
    "'Telefonsamtal', 'supervisor', 'Samtal om veckan', false, false, now())"
)
SERVER_NETWORK_CONTACT = (
    "INSERT INTO network_contacts (employer_id, occurred_at, kind, with_whom, text, "
    "follow_up_done, created_at) VALUES (1, '2026-12-05 09:00', 'Möte', '', '', false, now())"
)


def test_0014_partial_indexes_serve_the_queries_as_sqlalchemy_writes_them(
    tmp_path: Path,
) -> None:
    """SQLite uses a partial index only for a query holding its condition's very terms: the
    at-risk notes (`dropout_risk.is_(True)`, "IS 1"), the open outcome checks and a
    placement's feedback not in the trash are each read down their own index."""
    engine = create_engine(f"sqlite:///{tmp_path / 'head.db'}")
    queries = {
        "ix_notes_dropout_flags": select(NoteRow.placement_id, NoteRow.occurred_at).where(
            NoteRow.dropout_risk.is_(True),
            NoteRow.deleted_at.is_(None),
            NoteRow.placement_id.in_([1, 2]),
        ),
        "ix_outcome_checks_open_due": select(OutcomeCheckRow.id)
        .where(OutcomeCheckRow.result.is_(None), OutcomeCheckRow.due_on <= date(2026, 1, 1))
        .order_by(OutcomeCheckRow.due_on),
        "ix_feedback_placement_respondent": select(func.max(FeedbackRow.given_on)).where(
            FeedbackRow.placement_id == 1,
            FeedbackRow.respondent == "employer",
            FeedbackRow.deleted_at.is_(None),
        ),
    }
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
        with engine.connect() as connection:
            for index, query in queries.items():
                compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
                plan = connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}").all()
                assert any(index in str(row) for row in plan), (index, plan)
            stats = {index for (index,) in connection.execute(text("SELECT idx FROM sqlite_stat1"))}
            assert set(queries) <= stats
    finally:
        engine.dispose()
