"""Migration 0010, a team on one server: a file at 0009 with data comes up with every record
at version 1 and its drafts kept, the database's own triggers write the change log on both
engines, and the file goes back down with its data. On a server: the logs' user is the
signed-in one whatever the program sends, and every change is announced on its channel."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from alembic import command
from sqlalchemy import Connection, create_engine, inspect, text
from sqlalchemy.orm import Session

from ambassador.storage.address import ServerAddress
from ambassador.storage.migrate import alembic_config
from ambassador.storage.rows import AuditLogRow, ParticipantRow
from ambassador.storage.server import create_server_engine
from tests.conftest import _pgpass_password

FROZEN_0001 = Path(__file__).parents[1] / "data" / "schema-0001.db"
VERSIONED = ("participants", "employers", "placements", "notes", "feedback")


def _changes(connection: Connection) -> list[tuple[str, str, str]]:
    rows = connection.execute(
        text("SELECT table_name, action, user_name FROM change_log ORDER BY id")
    )
    return [tuple(row) for row in rows]


def _all_notices(listener: psycopg.Connection[Any], expected: int) -> list[psycopg.Notify]:
    """The notices until `expected` came (or 5 s passed), every packet read to its end:
    leaving psycopg's generator early drops the rest of a packet."""
    heard: list[psycopg.Notify] = []
    for _ in range(50):
        heard += listener.notifies(timeout=0.1)
        if len(heard) >= expected:
            break
    return heard


def _a_draft(connection: Connection) -> None:
    placement, person = connection.execute(
        text("SELECT id, participant_id FROM placements ORDER BY id LIMIT 1")
    ).one()
    connection.execute(
        text(
            "INSERT INTO drafts (key, participant_id, placement_id, fields, updated_at) "
            "VALUES (:key, :person, :placement, '{\"text\": \"Ringde\"}', '2026-12-07')"
        ),
        {"key": f"note:placement:{placement}", "person": person, "placement": placement},
    )


def test_0010_on_a_file_with_data_versions_each_record_keeps_drafts_and_goes_back_down(
    tmp_path: Path,
) -> None:
    path = tmp_path / "at-0009.db"
    shutil.copyfile(FROZEN_0001, path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0009")
        counts = {
            table: connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
            for table in VERSIONED
        }
        _a_draft(connection)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0010")
    with engine.begin() as connection:
        for table in VERSIONED:
            versions = connection.execute(
                text(f"SELECT version, count(*) FROM {table} GROUP BY version")
            ).all()
            assert versions == [(1, counts[table])]
        assert connection.execute(text("SELECT user_name, fields FROM drafts")).all() == [
            ("", '{"text": "Ringde"}')
        ]
        assert connection.execute(text("SELECT count(*) FROM change_log")).scalar() == 0
        assert connection.execute(text("SELECT unit_id FROM participants LIMIT 1")).scalar() is None
        # A second user's draft of the same form: the key and the user are the primary key.
        connection.execute(
            text(
                "INSERT INTO drafts (key, user_name, participant_id, placement_id, fields, "
                "updated_at) SELECT key, 'bo', participant_id, placement_id, '{}', "
                "'2026-12-08' FROM drafts"
            )
        )
        assert connection.execute(text("SELECT count(*) FROM drafts")).scalar() == 2
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0009")
    with engine.connect() as connection:
        assert not inspect(connection).has_table("change_log")
        assert "version" not in {c["name"] for c in inspect(connection).get_columns("notes")}
        for table in VERSIONED:
            assert (
                connection.execute(text(f"SELECT count(*) FROM {table}")).scalar()
                == (counts[table])
            )
        # One draft a form again: the newest.
        assert connection.execute(text("SELECT fields FROM drafts")).scalars().all() == ["{}"]
    engine.dispose()


def test_on_a_file_every_change_to_a_register_is_in_the_change_log(tmp_path: Path) -> None:
    path = tmp_path / "at-head.db"
    shutil.copyfile(FROZEN_0001, path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.begin() as connection:
        note = connection.execute(text("SELECT id FROM notes ORDER BY id LIMIT 1")).scalar()
        connection.execute(text("UPDATE notes SET text = 'Ändrad' WHERE id = :id"), {"id": note})
        connection.execute(
            text("DELETE FROM list_items WHERE id = (SELECT max(id) FROM list_items)")
        )
        logged = connection.execute(
            text("SELECT table_name, record_id, action, user_name FROM change_log ORDER BY id")
        ).all()
    assert logged[0] == ("notes", note, "update", "")
    assert logged[1][0::2] == ("list_items", "delete")
    assert len(logged) == 2
    engine.dispose()


@pytest.mark.postgresql_only
def test_on_a_server_the_database_says_who_changed_what_and_announces_it(
    server_address: ServerAddress,
) -> None:
    password = _pgpass_password(server_address)
    engine = create_server_engine(server_address, password)
    listener = psycopg.connect(
        host=server_address.host,
        port=server_address.port,
        dbname=server_address.database,
        user=server_address.user,
        password=password,
        sslmode="disable",
        autocommit=True,
    )
    try:
        listener.execute("LISTEN ambassador_unit_0")
        listener.execute("LISTEN ambassador")
        with Session(engine) as session, session.begin():
            row = ParticipantRow(
                first_name="Åsa",
                last_name="Öberg",
                gender="woman",
                created_at=datetime(2026, 12, 7),
                updated_at=datetime(2026, 12, 7),
            )
            session.add(row)
            session.flush()
            person = row.id
            session.add(
                AuditLogRow(created_at=datetime(2026, 12, 7), action="print", user_name="other")
            )
        with engine.connect() as connection:
            assert _changes(connection) == [("participants", "insert", server_address.user)]
            assert connection.execute(text("SELECT user_name FROM audit_log")).scalars().all() == [
                server_address.user
            ]
            assert connection.execute(
                text("SELECT version, unit_id FROM participants WHERE id = :id"), {"id": person}
            ).one() == (1, None)
        with engine.begin() as connection:  # the organisation's: one notice a statement
            connection.execute(text("UPDATE settings SET value = value"))
        notices = _all_notices(listener, 2)
        assert [(n.channel, n.payload) for n in notices] == [
            ("ambassador_unit_0", f"participants:{person}:insert:{server_address.user}"),
            ("ambassador", f"settings:0:update:{server_address.user}"),
        ]
    finally:
        listener.close()
        engine.dispose()
