"""Migration 0013, the programme models: a file at 0012 with data comes up with every placement
as it was and no subsidy, mentor or project on it, the three new lists in the organisation's
words (Danish in a Danish file) and nothing of that in the change log; the new registers are
followed by the change log; and the file goes back down with its data, and up again. On a
server the same, and a coordinator may write the new registers but not the targets."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Connection, create_engine, inspect, text

from ambassador.domain.country_defaults import DANISH_LISTS, SWEDISH_LISTS
from ambassador.domain.enums import ListName
from ambassador.storage.migrate import alembic_config
from ambassador.storage.server import create_server_engine
from tests.conftest import ScratchDatabases

FROZEN_0001 = Path(__file__).parents[1] / "data" / "schema-0001.db"
NEW_LISTS = (ListName.SUBSIDY_TYPES, ListName.AGREEMENT_FORMS, ListName.NETWORK_CONTACT_KINDS)
NEW_TABLES = {
    "network_contacts",
    "mentors",
    "projects",
    "placement_tasks",
    "targets",
    "field_balances",
}
TERMS = (
    "subsidy_type, subsidy_amount, subsidy_percent, decision_number, decision_start, "
    "decision_end, agreement_form, employer_of_record, municipal_cost, mentor_id, "
    "mentor_hours, project_id"
)


def _labels(connection: Connection, name: ListName) -> list[str]:
    return list(
        connection.execute(
            text("SELECT label FROM list_items WHERE list_name = :name ORDER BY position"),
            {"name": name.value},
        ).scalars()
    )


def _placements(connection: Connection) -> list[tuple[object, ...]]:
    return [
        tuple(row)
        for row in connection.execute(
            text(
                "SELECT id, participant_id, employer_id, placement_type, start_date, ended_on, "
                "compensation FROM placements ORDER BY id"
            )
        )
    ]


def _at_0012(tmp_path: Path, country: str | None = None) -> tuple[Path, str]:
    path = tmp_path / "at-0012.db"
    shutil.copyfile(FROZEN_0001, path)
    url = f"sqlite:///{path}"
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0012")
        if country is not None:
            connection.execute(
                text("INSERT INTO settings (key, value) VALUES ('country', :country)"),
                {"country": country},
            )
    engine.dispose()
    return path, url


def test_0013_on_a_file_with_data_keeps_every_placement_and_goes_back_down_and_up(
    tmp_path: Path,
) -> None:
    _path, url = _at_0012(tmp_path)
    engine = create_engine(url)
    with engine.connect() as connection:
        before = _placements(connection)
        changes_before = connection.execute(text("SELECT count(*) FROM change_log")).scalar()
    assert len(before) > 10
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0013")
    with engine.begin() as connection:
        assert _placements(connection) == before
        terms = connection.execute(text(f"SELECT DISTINCT {TERMS} FROM placements")).all()
        assert terms == [("", None, None, "", None, None, "", "", None, None, None, None)]
        for name in NEW_LISTS:
            assert _labels(connection, name) == [e.label for e in SWEDISH_LISTS[name]]
        english = connection.execute(
            text(
                "SELECT n.name FROM list_item_names n JOIN list_items i ON i.id = n.item_id "
                "WHERE i.list_name = 'network_contact_kinds' AND n.language = 'en' "
                "ORDER BY i.position"
            )
        ).scalars()
        assert english.first() == "Recruitment visit"
        # The program's defaults are nobody's change.
        assert connection.execute(text("SELECT count(*) FROM change_log")).scalar() == (
            changes_before
        )
        employer = connection.execute(text("SELECT min(id) FROM employers")).scalar()
        connection.execute(
            text(
                "INSERT INTO network_contacts (employer_id, occurred_at, kind, with_whom, text, "
                "follow_up_on, created_at) VALUES (:employer, '2026-12-01 10:00', "
                "'Nätverksmöte', 'Karin', 'Träff om sommarjobb', '2026-12-15', '2026-12-01')"
            ),
            {"employer": employer},
        )
        connection.execute(
            text(
                "INSERT INTO projects (name, reference, funding_source, start_date, end_date, "
                "target_participants, created_at, updated_at) VALUES ('Vägen vidare', "
                "'2024/00123', 'ESF+', '2025-01-01', '2027-12-31', 60, '2026-12-01', "
                "'2026-12-01')"
            )
        )
        connection.execute(
            text(
                "UPDATE placements SET subsidy_type = 'Lönebidrag', municipal_cost = 4200, "
                "project_id = (SELECT id FROM projects) WHERE id = :id"
            ),
            {"id": before[0][0]},
        )
        logged = connection.execute(
            text("SELECT table_name, action FROM change_log WHERE id > :before ORDER BY id"),
            {"before": changes_before},
        ).all()
        assert logged == [
            ("network_contacts", "insert"),
            ("projects", "insert"),
            ("placements", "update"),
        ]
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0012")
    with engine.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        assert not tables & NEW_TABLES
        columns = {c["name"] for c in inspect(connection).get_columns("placements")}
        assert not columns & {name.strip() for name in TERMS.split(",")}
        assert _placements(connection) == before
        for name in NEW_LISTS:
            assert _labels(connection, name) == []
        triggers = connection.execute(
            text("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%project%'")
        ).all()
        assert triggers == []
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0013")
    with engine.connect() as connection:
        assert _placements(connection) == before
        assert _labels(connection, ListName.SUBSIDY_TYPES)[0] == "Lönebidrag"
    engine.dispose()


def test_0013_seeds_a_danish_files_new_lists_in_danish(tmp_path: Path) -> None:
    _path, url = _at_0012(tmp_path, country="dk")
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0013")
    with engine.connect() as connection:
        for name in NEW_LISTS:
            assert _labels(connection, name) == [e.label for e in DANISH_LISTS[name]]
        swedish = connection.execute(
            text(
                "SELECT n.name FROM list_item_names n JOIN list_items i ON i.id = n.item_id "
                "WHERE i.label = 'Løntilskud' AND n.language = 'sv'"
            )
        ).scalar()
        assert swedish == "Lönebidrag"
    engine.dispose()


def test_0013_frozen_lists_are_the_domains() -> None:
    """The migration's own copy of the new lists and the domain's must not drift apart."""
    from importlib import import_module

    migration = import_module("ambassador.storage.migrations.versions.0013_programme_models")
    for country, lists in (("se", SWEDISH_LISTS), ("dk", DANISH_LISTS)):
        for name in NEW_LISTS:
            frozen = migration.LISTS[country][name.value]
            assert [(label, names) for label, names in frozen] == [
                (e.label, dict(e.names)) for e in lists[name]
            ]


@pytest.mark.postgresql_only
def test_0013_on_a_server_with_data_goes_up_and_down_and_keeps_the_coordinators_grants(
    scratch_databases: ScratchDatabases,
) -> None:
    address = scratch_databases.make()
    engine = create_server_engine(address)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0012")
            connection.execute(text(SERVER_PLACEMENT))
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0013")
        with engine.begin() as connection:
            assert connection.execute(
                text("SELECT placement_type, subsidy_type, project_id FROM placements")
            ).all() == [("Praktik", "", None)]
            assert _labels(connection, ListName.SUBSIDY_TYPES)[0] == "Lönebidrag"
            granted = {
                (table, privilege)
                for table, privilege in connection.execute(
                    text(
                        "SELECT table_name, privilege_type FROM "
                        "information_schema.role_table_grants "
                        "WHERE grantee = 'ambassador_coordinator'"
                    )
                )
            }
            for table in ("network_contacts", "mentors", "projects", "placement_tasks"):
                assert {(table, "INSERT"), (table, "UPDATE"), (table, "DELETE")} <= granted
            assert ("targets", "SELECT") in granted
            assert ("targets", "INSERT") not in granted
            secured = connection.execute(
                text("SELECT relrowsecurity FROM pg_class WHERE relname = 'placement_tasks'")
            ).scalar()
            assert secured is True
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0012")
        with engine.connect() as connection:
            assert not set(inspect(connection).get_table_names()) & NEW_TABLES
            assert connection.execute(text("SELECT placement_type FROM placements")).all() == [
                ("Praktik",)
            ]
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0013")
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
