"""Planner statistics written once, with the schema, instead of on every open.

Until now every open ran a sampled `ANALYZE`, so reading wrote the file: a read-only file
could not be read, a read beside a writer failed with "database is locked", and a file
given by mistake was changed. Without statistics SQLite chose the status index for "this
placement's next planned check-in" and a page of the placement list took 0.9 s, not 20 ms.

SQLite documents that `sqlite_stat1` may be written by hand so that plans are the same on
every file, whatever it holds at the moment ("Manual Control Of Query Plans Using
SQLITE_STAT Tables"). These rows are what that sampled `ANALYZE` found on the decade sample
(3,000 participants, 5,000 placements, 100,000 notes over ten years), the shape a
coordinator's file grows to; where the sample leaves a table empty (the logs, the trash) a
coordinator's number is written. A new file plans as a full one from its first day, and an
old one no longer keeps what `ANALYZE` saw when it was nearly empty. Any old rows go,
`sqlite_stat4`'s samples (SQLCipher builds them) too. A migration that adds an index adds
its row here in the same way; `tests/storage/test_statistics.py` fails on one without.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# (table, index or None for a table without one, "rows [rows per distinct prefix …]")
STATISTICS = (
    ("audit_log", "ix_audit_log_created_at", "2000 1"),
    ("check_in_series", "ix_check_in_series_placement_id", "14544 3"),
    ("check_ins", "ix_check_ins_placement_scheduled", "54384 12 1"),
    ("check_ins", "ix_check_ins_status_scheduled", "54782 401 3"),
    ("consents", "ix_consents_participant_id", "700 2"),
    ("contacts", "ix_contacts_employer_id", "1980 3"),
    ("employer_tasks", "ix_employer_tasks_employer_id", "2412 3"),
    ("employers", "ix_employers_name", "1062 2"),
    ("employers", "uq_employers_orgnr_alive", "852 1"),
    ("export_log", None, "5000"),
    ("feedback", "ix_feedback_given_on", "17739 3"),
    ("feedback", "ix_feedback_placement_id", "18906 4"),
    ("list_items", "uq_list_items_list_label", "50 9 1"),
    ("notes", "ix_notes_participant_alive_occurred", "87720 37 37 1"),
    ("notes", "ix_notes_placement_alive_occurred", "86000 17 17 1"),
    ("notes", "ix_notes_trashed", "100 1"),
    ("outcome_checks", "ix_outcome_checks_due_on", "4641 2"),
    ("outcome_checks", "sqlite_autoindex_outcome_checks_1", "4584 1"),
    ("participants", "ix_participants_name", "2736 51 2"),
    ("participants", "uq_participants_pin_alive", "2600 1"),
    ("placement_type_plans", "sqlite_autoindex_placement_type_plans_1", "2 1"),
    ("placements", "ix_placements_employer_id", "5472 6"),
    ("placements", "ix_placements_open", "7638 4 2"),
    ("placements", "ix_placements_participant_id", "5148 2"),
    ("placements", "ix_placements_trashed", "10 1"),
    ("questionnaires", "ix_questionnaires_placement_id", "118 2"),
    ("questionnaires", "ix_questionnaires_sent_on", "118 2"),
    ("questionnaires", "sqlite_autoindex_questionnaires_1", "118 1"),
    ("report_mappings", "uq_report_mappings_system_source", "51 17 6 1"),
    ("settings", "sqlite_autoindex_settings_1", "18 1"),
)


def upgrade() -> None:
    install(STATISTICS)


def downgrade() -> None:
    # The releases before this one ran ANALYZE on every open and wrote their own.
    install(())


def install(rows: tuple[tuple[str, str | None, str], ...]) -> None:
    """Put `rows` in place of whatever statistics the file holds, and have this connection
    plan with them at once (SQLite reads them when it loads the schema)."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # PostgreSQL's statistics are its autovacuum's
    bind.exec_driver_sql("ANALYZE sqlite_schema")  # makes sqlite_stat1, analyses nothing
    bind.exec_driver_sql("DELETE FROM sqlite_stat1")
    stat4 = bind.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat4'"
    ).scalar()
    if stat4:
        bind.exec_driver_sql("DELETE FROM sqlite_stat4")
    for table, index, stat in rows:
        bind.exec_driver_sql(
            "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", (table, index, stat)
        )
    bind.exec_driver_sql("ANALYZE sqlite_schema")
