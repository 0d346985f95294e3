"""A team on one server: versions, units and staff, who did what, and row-level security.

Both engines:

- `version` on every record a form edits, so a save carrying the version it read is refused
  when someone else saved in between (services/, storage/ check it);
- `units` and `staff` (IT's `ambassador server add-user` fills them; empty in a file), and a
  participant's `unit_id`: everything about a person follows their unit;
- `user_name` on the audit and export logs and on drafts (each coordinator's own draft; the
  primary key is now the key and the user), and `user_settings` for a coordinator's own
  settings on a server;
- `change_log`: which table, which id, which action, who and when (on a server also the
  person's unit: a coordinator reads their unit's entries and the organisation's) for every
  row added, changed or removed in the registers, written by triggers of the database
  itself so that no path around the program escapes it. Never a value. A later migration
  that rebuilds one of these tables in batch mode (SQLite drops a table's triggers with it)
  creates them again with `change_triggers_sqlite`'s statements, copied into it.

PostgreSQL only (nothing else changes in a file, which is one coordinator's):

- the group roles `ambassador_coordinator`, `ambassador_manager` and `ambassador_admin` (made
  if missing; they are the cluster's, so the owner needs CREATEROLE or IT makes them first),
  and what each may do: a coordinator reads and writes the registers, reads the
  organisation's lists and settings and adds to the logs; an admin also changes the lists and
  settings and purges old log entries; a manager reads the statistics views (0012) and
  nothing about a single person. No one but the owner alters a log entry;
- `ambassador_unit_id()` and `ambassador_role()`: the signed-in user's unit and role, read
  from `staff` for `session_user`;
- row-level security: a coordinator's participants are their unit's, and everything about a
  person (placements, notes, check-ins, feedback, questionnaires, outcome checks, consents,
  drafts, search entries) is visible only with the person. Employers, contacts and tasks are
  the whole organisation's. The owner (IT, upgrades) owns the tables and is not subject to it;
- the change trigger also tells listening programs (`pg_notify`): channel `ambassador` for the
  organisation's tables, `ambassador_unit_<id>` for a unit's people (`_0`: no unit), payload
  `table:id:action:user` (the organisation's settings, which have no numbers, one a
  statement with id 0). Ids only: a notification is seen by anyone listening on the channel;
- the logs' `user_name` is set by a trigger to `session_user`, whatever the program sent.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

VERSIONED = (
    "participants",
    "employers",
    "contacts",
    "placements",
    "notes",
    "check_ins",
    "feedback",
    "employer_tasks",
    "questionnaires",
    "outcome_checks",
)
# The tables the change log follows, and how a row of each finds the unit whose channel hears
# of it: `unit` (its own unit_id), `participant` (its participant's), `placement` (its
# placement's participant's) or `shared` (the whole organisation's).
TRACKED = (
    ("participants", "unit"),
    ("consents", "participant"),
    ("employers", "shared"),
    ("contacts", "shared"),
    ("placements", "participant"),
    ("notes", "participant"),
    ("check_ins", "placement"),
    ("feedback", "placement"),
    ("employer_tasks", "shared"),
    ("questionnaires", "placement"),
    ("outcome_checks", "placement"),
    ("list_items", "shared"),
)
ACTIONS = ("insert", "update", "delete")
# The organisation's settings besides its lists' entries: announced on a server (a statement at
# a time, `table:0:action:user`), not in the change log (the audit log has their changes).
SETTINGS_TABLES = ("settings", "list_item_names", "report_mappings", "placement_type_plans")
ROLES = ("ambassador_coordinator", "ambassador_manager", "ambassador_admin")
# What a coordinator reads and writes: the registers. Row-level security limits the people's.
REGISTERS = (
    "participants",
    "consents",
    "placements",
    "notes",
    "check_in_series",
    "check_ins",
    "feedback",
    "questionnaires",
    "outcome_checks",
    "drafts",
    "employers",
    "contacts",
    "employer_tasks",
    "search_index_names",
    "search_index_notes",
    "user_settings",
)
# The organisation's: everyone reads them, the admin changes them.
ORGANISATION = (
    "settings",
    "list_items",
    "list_item_names",
    "report_mappings",
    "placement_type_plans",
)
LOGS = ("audit_log", "export_log", "change_log")
PERSON = "participant_id IN (SELECT id FROM participants)"
PLACEMENT = "placement_id IN (SELECT id FROM placements)"
POLICIES = (
    ("participants", "unit_id = ambassador_unit_id()"),
    ("consents", PERSON),
    ("placements", PERSON),
    ("notes", PERSON),
    ("check_in_series", PLACEMENT),
    ("check_ins", PLACEMENT),
    ("feedback", PLACEMENT),
    ("questionnaires", PLACEMENT),
    ("outcome_checks", PLACEMENT),
    ("drafts", f"user_name = session_user AND {PERSON}"),
    ("user_settings", "user_name = session_user"),
    # A name's rowid is `id * 4 + kind`: 1 a participant's, 2 an employer's (0009).
    (
        "search_index_names",
        "rowid % 4 = 2 OR rowid / 4 IN (SELECT id FROM participants)",
    ),
    ("search_index_notes", "rowid / 4 IN (SELECT id FROM notes)"),
)
LOG_POLICIES = (
    ("change_log", "unit_id IS NULL OR unit_id = ambassador_unit_id()"),
    ("audit_log", "unit_id = ambassador_unit_id()"),
    ("export_log", "unit_id = ambassador_unit_id()"),
)
# Planner statistics of the new indexes, a coordinator's numbers as 0006 asks.
STATISTICS = (
    ("units", "sqlite_autoindex_units_1", "5 1"),
    ("staff", "sqlite_autoindex_staff_1", "20 1"),
    ("user_settings", "sqlite_autoindex_user_settings_1", "40 10 1"),
    ("change_log", "ix_change_log_at", "200000 1"),
    ("change_log", "ix_change_log_table_record", "200000 20000 2"),
    ("participants", "ix_participants_unit_id", "3000 3000"),
    ("drafts", "sqlite_autoindex_drafts_1", "2 1 1"),
)
# Rebuilt in batch mode on SQLite, which drops its statistics rows with the old table.
REBUILT = ("drafts",)


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    kept = _statistics_of(REBUILT) if sqlite else []
    op.create_table(
        "units",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_units")),
        sa.UniqueConstraint("name", name=op.f("uq_units_name")),
    )
    op.create_table(
        "staff",
        sa.Column("name", sa.String(length=63), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["units.id"], name=op.f("fk_staff_unit_id_units")),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_staff")),
    )
    op.create_table(
        "user_settings",
        sa.Column("user_name", sa.String(length=63), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("user_name", "key", name=op.f("pk_user_settings")),
    )
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_name", sa.String(length=63), server_default="", nullable=False),
        sa.Column("table_name", sa.String(length=50), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=10), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_at", "change_log", ["at"])
    op.create_index("ix_change_log_table_record", "change_log", ["table_name", "record_id"])
    # No foreign key: SQLite drops a column only when no constraint names it, and rebuilding
    # `participants` on the way down would delete what refers to it. Units are never removed.
    op.add_column("participants", sa.Column("unit_id", sa.Integer(), nullable=True))
    op.create_index("ix_participants_unit_id", "participants", ["unit_id"])
    for table in VERSIONED:
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    for table in ("audit_log", "export_log"):
        with op.batch_alter_table(table, recreate="never") as batch:
            batch.add_column(
                sa.Column("user_name", sa.String(length=63), server_default="", nullable=False)
            )
            batch.add_column(sa.Column("unit_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("drafts") as batch:
        batch.add_column(
            sa.Column("user_name", sa.String(length=63), server_default="", nullable=False)
        )
        batch.drop_constraint("pk_drafts", type_="primary")
        batch.create_primary_key("pk_drafts", ["key", "user_name"])
    if sqlite:
        for statement in change_triggers_sqlite():
            bind.exec_driver_sql(statement)
        _restore_statistics(kept, REBUILT)
        return
    for statement in server_upgrade():
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        for table, _kind in TRACKED:
            for action in ACTIONS:
                bind.exec_driver_sql(f"DROP TRIGGER change_log_{table}_{action}")
    else:
        for statement in server_downgrade():
            op.execute(statement)
    kept = _statistics_of(REBUILT) if sqlite else []
    # Two users' drafts of one form: the newest stays, as the file held one a form.
    bind.exec_driver_sql(
        "DELETE FROM drafts WHERE EXISTS (SELECT 1 FROM drafts AS newer "
        "WHERE newer.key = drafts.key AND (newer.updated_at > drafts.updated_at "
        "OR (newer.updated_at = drafts.updated_at AND newer.user_name > drafts.user_name)))"
    )
    with op.batch_alter_table("drafts") as batch:
        batch.drop_constraint("pk_drafts", type_="primary")
        batch.create_primary_key("pk_drafts", ["key"])
        batch.drop_column("user_name")
    op.drop_index("ix_participants_unit_id", table_name="participants")
    columns = [(table, "version") for table in VERSIONED] + [
        ("audit_log", "user_name"),
        ("audit_log", "unit_id"),
        ("export_log", "user_name"),
        ("export_log", "unit_id"),
        ("participants", "unit_id"),
    ]
    for table, column in columns:
        # SQLite's own DROP COLUMN (3.35): batch mode would rebuild tables others refer to.
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    op.drop_index("ix_change_log_table_record", table_name="change_log")
    op.drop_index("ix_change_log_at", table_name="change_log")
    op.drop_table("change_log")
    op.drop_table("user_settings")
    op.drop_table("staff")
    op.drop_table("units")
    if sqlite:
        bind.exec_driver_sql(
            "DELETE FROM sqlite_stat1 WHERE tbl IN ('units', 'staff', 'user_settings', "
            "'change_log') OR idx = 'ix_participants_unit_id'"
        )
        _restore_statistics(
            [(table, index, "2 1") for table, index, _stat in kept],
            REBUILT,
            new=(),
        )


def change_triggers_sqlite() -> list[str]:
    """A file's change log: who is the file's one coordinator (''), when is local time."""
    statements = []
    for table, _kind in TRACKED:
        for action in ACTIONS:
            row = "OLD" if action == "delete" else "NEW"
            statements.append(
                f"CREATE TRIGGER change_log_{table}_{action} AFTER {action.upper()} ON {table} "
                "BEGIN INSERT INTO change_log (at, user_name, table_name, record_id, action) "
                f"VALUES (datetime('now', 'localtime'), '', '{table}', {row}.id, '{action}'); END"
            )
    return statements


def server_upgrade() -> list[str]:
    statements = [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
        f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$"
        for role in ROLES
    ]
    statements += [
        # Once for the cluster: granting again needs the admin option on the group, which
        # only the role that made it holds (an owner of a second database may not).
        "DO $$ BEGIN IF NOT pg_has_role('ambassador_admin', 'ambassador_coordinator', 'MEMBER') "
        "THEN GRANT ambassador_coordinator TO ambassador_admin; END IF; END $$",
        # Who the signed-in user is: the owner's view of `staff`, for policies and the program.
        "CREATE FUNCTION ambassador_unit_id() RETURNS integer LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = public, pg_temp "
        "AS $$ SELECT unit_id FROM staff WHERE name = session_user $$",
        "CREATE FUNCTION ambassador_role() RETURNS text LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = public, pg_temp "
        "AS $$ SELECT role FROM staff WHERE name = session_user $$",
        "ALTER TABLE participants ALTER COLUMN unit_id SET DEFAULT ambassador_unit_id()",
        # The change log and the notification, as the owner: a coordinator can neither skip
        # nor write it.
        """CREATE FUNCTION ambassador_changed() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
        DECLARE
            changed record;
            unit integer;
            channel text := 'ambassador';
        BEGIN
            IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
            IF TG_ARGV[0] <> 'shared' THEN
                IF TG_ARGV[0] = 'unit' THEN
                    unit := changed.unit_id;
                ELSIF TG_ARGV[0] = 'participant' THEN
                    SELECT p.unit_id INTO unit FROM participants p
                    WHERE p.id = changed.participant_id;
                ELSE
                    SELECT p.unit_id INTO unit FROM placements pl
                    JOIN participants p ON p.id = pl.participant_id
                    WHERE pl.id = changed.placement_id;
                END IF;
                -- A person in no unit, or a row whose person went first (a cascade): 0,
                -- which no coordinator's unit is.
                unit := coalesce(unit, 0);
                channel := 'ambassador_unit_' || unit;
            END IF;
            INSERT INTO change_log (at, user_name, table_name, record_id, action, unit_id)
            VALUES (localtimestamp, session_user, TG_TABLE_NAME, changed.id, lower(TG_OP), unit);
            PERFORM pg_notify(channel, TG_TABLE_NAME || ':' || changed.id || ':'
                || lower(TG_OP) || ':' || session_user);
            RETURN NULL;
        END $$""",
        # The organisation's settings and lists have no number of their own: one notice a
        # statement, so open windows read them again.
        """CREATE FUNCTION ambassador_settings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('ambassador',
                TG_TABLE_NAME || ':0:' || lower(TG_OP) || ':' || session_user);
            RETURN NULL;
        END $$""",
        """CREATE FUNCTION ambassador_log_user() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.user_name := session_user;
            NEW.unit_id := ambassador_unit_id();
            RETURN NEW;
        END $$""",
        "GRANT USAGE ON SCHEMA public TO ambassador_coordinator, ambassador_manager",
        "GRANT SELECT ON units, staff, alembic_version "
        "TO ambassador_coordinator, ambassador_manager",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(REGISTERS)} TO ambassador_coordinator",
        f"GRANT SELECT ON {', '.join(ORGANISATION)} TO ambassador_coordinator",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(ORGANISATION)} TO ambassador_admin",
        "GRANT SELECT, INSERT ON audit_log, export_log TO ambassador_coordinator",
        "GRANT SELECT ON change_log TO ambassador_coordinator",
        f"GRANT DELETE ON {', '.join(LOGS)} TO ambassador_admin",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ambassador_coordinator",
    ]
    for table, kind in TRACKED:
        statements.append(
            f"CREATE TRIGGER change_log AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION ambassador_changed('{kind}')"
        )
    for table in SETTINGS_TABLES:
        statements.append(
            f"CREATE TRIGGER settings_changed AFTER INSERT OR UPDATE OR DELETE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION ambassador_settings_changed()"
        )
    for table in ("audit_log", "export_log"):
        statements.append(
            f"CREATE TRIGGER log_user BEFORE INSERT ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION ambassador_log_user()"
        )
    for table, rule in POLICIES:
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY unit ON {table} TO ambassador_coordinator "
            f"USING ({rule}) WITH CHECK ({rule})",
        ]
    # The logs: a coordinator reads their unit's entries (the change log's about the
    # organisation's records too, NULL); an admin, who purges them, every entry. The audit
    # and export logs' entries are the unit of whoever wrote them (the owner's: none).
    for table, rule in LOG_POLICIES:
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"CREATE POLICY unit ON {table} TO ambassador_coordinator USING ({rule}) "
            "WITH CHECK (true)",
            f"CREATE POLICY every_unit ON {table} TO ambassador_admin USING (true)",
        ]
    return statements


def server_downgrade() -> list[str]:
    """The grants, policies, triggers and functions go; the group roles stay (they are the
    cluster's and may serve another database)."""
    statements = []
    for table, _rule in LOG_POLICIES:
        statements += [
            f"DROP POLICY every_unit ON {table}",
            f"DROP POLICY unit ON {table}",
            f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY",
        ]
    for table, _rule in POLICIES:
        statements += [
            f"DROP POLICY unit ON {table}",
            f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY",
        ]
    for table, _kind in TRACKED:
        statements.append(f"DROP TRIGGER change_log ON {table}")
    for table in SETTINGS_TABLES:
        statements.append(f"DROP TRIGGER settings_changed ON {table}")
    for table in ("audit_log", "export_log"):
        statements.append(f"DROP TRIGGER log_user ON {table}")
    statements += [
        "ALTER TABLE participants ALTER COLUMN unit_id DROP DEFAULT",
        "REVOKE ALL ON ALL TABLES IN SCHEMA public FROM " + ", ".join(ROLES),
        "REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM " + ", ".join(ROLES),
        "REVOKE USAGE ON SCHEMA public FROM ambassador_coordinator, ambassador_manager",
        "DROP FUNCTION ambassador_log_user()",
        "DROP FUNCTION ambassador_settings_changed()",
        "DROP FUNCTION ambassador_changed()",
        "DROP FUNCTION ambassador_role()",
        "DROP FUNCTION ambassador_unit_id()",
    ]
    return statements


def _statistics_of(tables: tuple[str, ...]) -> list[tuple[str, str | None, str]]:
    rows = op.get_bind().exec_driver_sql(
        f"SELECT tbl, idx, stat FROM sqlite_stat1 WHERE tbl IN ({_names(tables)})"
    )
    return [(table, index, stat) for table, index, stat in rows]


def _restore_statistics(
    kept: list[tuple[str, str | None, str]],
    rebuilt: tuple[str, ...],
    new: tuple[tuple[str, str, str], ...] = STATISTICS,
) -> None:
    """The rebuilt tables' rows as they were, then the new indexes' (a new row for the same
    index replaces the kept one)."""
    bind = op.get_bind()
    fresh = {(table, index) for table, index, _stat in new}
    bind.exec_driver_sql(f"DELETE FROM sqlite_stat1 WHERE tbl IN ({_names(rebuilt)})")
    for table, index, stat in [*(row for row in kept if row[:2] not in fresh), *new]:
        bind.exec_driver_sql(
            "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", (table, index, stat)
        )
    bind.exec_driver_sql("ANALYZE sqlite_schema")


def _names(tables: tuple[str, ...]) -> str:
    """Table names as SQL strings: this migration's own constants, never input."""
    return ", ".join(f"'{table}'" for table in tables)
