"""The models the program serves: the employer network log, subsidies and terms as data,
mentors, projects, tasks linked on a placement, targets, and each field's gender balance.

Both engines:

- `network_contacts`: work with an employer alone (a recruitment visit, a network meeting, an
  information session, a call about a partnership): kind, with whom, text, time spent and a
  follow-up date, and when the follow-up was done. The organisation's, as the employer is;
  in the trash for 30 days like a note. On a server its `unit_id` is the unit of whoever
  recorded it (the column's default), whose self-check and follow-ups it is;
- on `placements`: the subsidy (type from an editable list, an amount a month or a share of
  the wage), the decision (number, first and last day), the agreement form (a list), the
  employer of record, the municipality's own cost a month; the mentor and their hours a week;
  the project the placement belongs to. No foreign key on `mentor_id` and `project_id`:
  SQLite drops a column only when no constraint names it (the way down), and the services
  keep them whole (a mentor or project in use is not removed);
- `mentors`: a person at an employer (`employer_id`) or in the unit (NULL), with a phone and
  an e-mail address;
- `projects`: a funded programme (ESF and the like) with a reference, a funding source, a
  period and a target number of participants;
- `placement_tasks`: which of the employer's tasks a placement covers (gone with either);
- `targets`: a measure's target for a year, per subject where a measure has them (a placement
  type); `field_balances`: the share of women employed in a task category, with where that
  figure comes from (the defaults are the domain's, domain/fields.py; a row overrides one);
- three new editable lists (subsidy types, agreement forms, network contact kinds), seeded in
  the organisation's country's words with their names, from a frozen copy of
  domain/country_defaults.py (a test holds the two equal);
- the change log follows network contacts, mentors and projects; statistics rows for the
  planner, as 0006 asks of every new index.

PostgreSQL only: the coordinators' grants on the new registers, the admins' on the targets
and balances (the organisation's, announced as settings are), row-level security on the tasks
a placement covers (with the placement's person), the change triggers and notifications, and
two counts of the placements of every unit that name a project or a mentor (security
definer), so that one unit's coordinator cannot remove a project or mentor another unit's
placements still name.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def _placement_columns() -> tuple[sa.Column[object], ...]:
    """Fresh each time: a column belongs to one table once added."""
    return (
        sa.Column("subsidy_type", sa.String(length=200), server_default="", nullable=False),
        sa.Column("subsidy_amount", sa.Float(), nullable=True),
        sa.Column("subsidy_percent", sa.Integer(), nullable=True),
        sa.Column("decision_number", sa.String(length=100), server_default="", nullable=False),
        sa.Column("decision_start", sa.Date(), nullable=True),
        sa.Column("decision_end", sa.Date(), nullable=True),
        sa.Column("agreement_form", sa.String(length=200), server_default="", nullable=False),
        sa.Column("employer_of_record", sa.String(length=200), server_default="", nullable=False),
        sa.Column("municipal_cost", sa.Float(), nullable=True),
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("mentor_hours", sa.Float(), nullable=True),
        sa.Column("project_id", sa.Integer(), nullable=True),
    )


PLACEMENT_INDEXES = (
    ("ix_placements_decision_end", ["decision_end"]),
    ("ix_placements_project_id", ["project_id"]),
)
# The change log's tables of this revision, all the organisation's (as 0010's TRACKED).
TRACKED = ("network_contacts", "mentors", "projects")
ACTIONS = ("insert", "update", "delete")
REGISTERS = ("network_contacts", "mentors", "projects", "placement_tasks")
ORGANISATION = ("targets", "field_balances")
TRASHED = "deleted_at IS NOT NULL"
# A decade's numbers: a few network contacts a week, a handful of mentors and projects.
STATISTICS = (
    ("network_contacts", "ix_network_contacts_employer_id", "2000 5"),
    ("network_contacts", "ix_network_contacts_occurred_at", "2000 1"),
    ("network_contacts", "ix_network_contacts_follow_up_on", "2000 10"),
    ("network_contacts", "ix_network_contacts_trashed", "5 1"),
    ("mentors", "ix_mentors_employer_id", "40 2"),
    ("projects", "ix_projects_start_date", "6 1"),
    ("placement_tasks", "sqlite_autoindex_placement_tasks_1", "6000 2 1"),
    ("placement_tasks", "ix_placement_tasks_task_id", "6000 20"),
    ("targets", "sqlite_autoindex_targets_1", "40 5 5 1"),
    ("field_balances", "sqlite_autoindex_field_balances_1", "12 1"),
    ("placements", "ix_placements_decision_end", "5472 500"),
    ("placements", "ix_placements_project_id", "5472 1000"),
)

# Frozen copies of domain/country_defaults.py's new lists: (label, {language: name}).
_SV = "se"
_DK = "dk"
LISTS: dict[str, dict[str, list[tuple[str, dict[str, str]]]]] = {
    _SV: {
        "subsidy_types": [
            ("Lönebidrag", {"sv": "Lönebidrag", "en": "Wage subsidy"}),
            ("Nystartsjobb", {"sv": "Nystartsjobb", "en": "New start job"}),
            ("Introduktionsjobb", {"sv": "Introduktionsjobb", "en": "Introduction job"}),
            (
                "Kommunalt anställningsstöd",
                {"sv": "Kommunalt anställningsstöd", "en": "Municipal employment subsidy"},
            ),
            ("Handledarersättning", {"sv": "Handledarersättning", "en": "Supervisor allowance"}),
            ("Annat stöd", {"sv": "Annat stöd", "en": "Other subsidy"}),
        ],
        "agreement_forms": [
            (
                "Tidsbegränsad anställning",
                {"sv": "Tidsbegränsad anställning", "en": "Fixed-term employment"},
            ),
            (
                "Tillsvidareanställning",
                {"sv": "Tillsvidareanställning", "en": "Permanent employment"},
            ),
            ("Praktikavtal", {"sv": "Praktikavtal", "en": "Internship agreement"}),
            (
                "Trepartsöverenskommelse",
                {"sv": "Trepartsöverenskommelse", "en": "Three-party agreement"},
            ),
            ("Annan", {"sv": "Annan", "en": "Other"}),
        ],
        "network_contact_kinds": [
            ("Rekryteringsbesök", {"sv": "Rekryteringsbesök", "en": "Recruitment visit"}),
            ("Nätverksmöte", {"sv": "Nätverksmöte", "en": "Network meeting"}),
            (
                "Informationsträff på arbetsplatsen",
                {
                    "sv": "Informationsträff på arbetsplatsen",
                    "en": "Information session at the workplace",
                },
            ),
            (
                "Uppföljning av samverkansavtal",
                {"sv": "Uppföljning av samverkansavtal", "en": "Partnership follow-up"},
            ),
            ("Telefonsamtal", {"sv": "Telefonsamtal", "en": "Phone call"}),
            ("Annat", {"sv": "Annat", "en": "Other"}),
        ],
    },
    _DK: {
        "subsidy_types": [
            ("Løntilskud", {"da": "Løntilskud", "en": "Wage subsidy", "sv": "Lönebidrag"}),
            ("Fleksjob", {"da": "Fleksjob", "en": "Flexible job", "sv": "Flexjobb"}),
            ("Mentorstøtte", {"da": "Mentorstøtte", "en": "Mentor support", "sv": "Mentorstöd"}),
            (
                "Kommunalt tilskud",
                {"da": "Kommunalt tilskud", "en": "Municipal subsidy", "sv": "Kommunalt stöd"},
            ),
            ("Andet tilskud", {"da": "Andet tilskud", "en": "Other subsidy", "sv": "Annat stöd"}),
        ],
        "agreement_forms": [
            (
                "Tidsbegrænset ansættelse",
                {
                    "da": "Tidsbegrænset ansættelse",
                    "en": "Fixed-term employment",
                    "sv": "Tidsbegränsad anställning",
                },
            ),
            (
                "Fastansættelse",
                {
                    "da": "Fastansættelse",
                    "en": "Permanent employment",
                    "sv": "Tillsvidareanställning",
                },
            ),
            (
                "Praktikaftale",
                {"da": "Praktikaftale", "en": "Internship agreement", "sv": "Praktikavtal"},
            ),
            (
                "Partnerskabsaftale",
                {
                    "da": "Partnerskabsaftale",
                    "en": "Partnership agreement",
                    "sv": "Partnerskapsavtal",
                },
            ),
            ("Anden", {"da": "Anden", "en": "Other", "sv": "Annan"}),
        ],
        "network_contact_kinds": [
            (
                "Rekrutteringsbesøg",
                {"da": "Rekrutteringsbesøg", "en": "Recruitment visit", "sv": "Rekryteringsbesök"},
            ),
            (
                "Netværksmøde",
                {"da": "Netværksmøde", "en": "Network meeting", "sv": "Nätverksmöte"},
            ),
            (
                "Informationsmøde på arbejdspladsen",
                {
                    "da": "Informationsmøde på arbejdspladsen",
                    "en": "Information session at the workplace",
                    "sv": "Informationsträff på arbetsplatsen",
                },
            ),
            (
                "Opfølgning på partnerskabsaftale",
                {
                    "da": "Opfølgning på partnerskabsaftale",
                    "en": "Partnership follow-up",
                    "sv": "Uppföljning av samverkansavtal",
                },
            ),
            ("Telefonopkald", {"da": "Telefonopkald", "en": "Phone call", "sv": "Telefonsamtal"}),
            ("Andet", {"da": "Andet", "en": "Other", "sv": "Annat"}),
        ],
    },
}


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    op.create_table(
        "network_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=200), nullable=False),
        sa.Column("with_whom", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("minutes_spent", sa.Integer(), nullable=True),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("follow_up_done", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employers.id"],
            name=op.f("fk_network_contacts_employer_id_employers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_contacts")),
    )
    op.create_index("ix_network_contacts_employer_id", "network_contacts", ["employer_id"])
    op.create_index("ix_network_contacts_occurred_at", "network_contacts", ["occurred_at"])
    op.create_index("ix_network_contacts_follow_up_on", "network_contacts", ["follow_up_on"])
    op.create_index(
        "ix_network_contacts_trashed",
        "network_contacts",
        ["deleted_at"],
        sqlite_where=sa.text(TRASHED),
        postgresql_where=sa.text(TRASHED),
    )
    op.create_table(
        "mentors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=True),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employers.id"],
            name=op.f("fk_mentors_employer_id_employers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentors")),
    )
    op.create_index("ix_mentors_employer_id", "mentors", ["employer_id"])
    op.create_table(
        "projects",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("reference", sa.String(length=100), nullable=False),
        sa.Column("funding_source", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("target_participants", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_projects_period_order")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
    )
    op.create_index("ix_projects_start_date", "projects", ["start_date"])
    op.create_table(
        "placement_tasks",
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("task_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_placement_tasks_placement_id_placements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["task_id"],
            ["employer_tasks.id"],
            name=op.f("fk_placement_tasks_task_id_employer_tasks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("placement_id", "task_id", name=op.f("pk_placement_tasks")),
    )
    op.create_index("ix_placement_tasks_task_id", "placement_tasks", ["task_id"])
    op.create_table(
        "targets",
        sa.Column("measure", sa.String(length=50), nullable=False),
        sa.Column("subject", sa.String(length=200), server_default="", nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("measure", "subject", "year", name=op.f("pk_targets")),
    )
    op.create_table(
        "field_balances",
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("women_percent", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=300), server_default="", nullable=False),
        sa.CheckConstraint(
            "women_percent BETWEEN 0 AND 100", name=op.f("ck_field_balances_percent_range")
        ),
        sa.PrimaryKeyConstraint("category", name=op.f("pk_field_balances")),
    )
    with op.batch_alter_table("placements", recreate="never") as batch:
        for column in _placement_columns():
            batch.add_column(column)
    for name, columns in PLACEMENT_INDEXES:
        op.create_index(name, "placements", columns)
    _seed_lists()
    if sqlite:
        for statement in change_triggers_sqlite():
            bind.exec_driver_sql(statement)
        for table, index, stat in STATISTICS:
            bind.exec_driver_sql(
                "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", (table, index, stat)
            )
        bind.exec_driver_sql("ANALYZE sqlite_schema")
        return
    for statement in server_upgrade():
        op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        for table in TRACKED:
            for action in ACTIONS:
                bind.exec_driver_sql(f"DROP TRIGGER change_log_{table}_{action}")
        bind.exec_driver_sql(
            "DELETE FROM sqlite_stat1 WHERE tbl IN ('network_contacts', 'mentors', 'projects', "
            "'placement_tasks', 'targets', 'field_balances') "
            "OR idx IN ('ix_placements_decision_end', 'ix_placements_project_id')"
        )
    else:
        for statement in server_downgrade():
            op.execute(statement)
    lists = "('subsidy_types', 'agreement_forms', 'network_contact_kinds')"
    bind.exec_driver_sql(
        "DELETE FROM list_item_names WHERE item_id IN "
        f"(SELECT id FROM list_items WHERE list_name IN {lists})"
    )
    bind.exec_driver_sql(f"DELETE FROM list_items WHERE list_name IN {lists}")
    for name, _columns in PLACEMENT_INDEXES:
        op.drop_index(name, table_name="placements")
    for column in _placement_columns():
        # SQLite's own DROP COLUMN (3.35): batch mode would rebuild a table others refer to.
        op.execute(f"ALTER TABLE placements DROP COLUMN {column.name}")
    op.drop_table("field_balances")
    op.drop_table("targets")
    op.drop_index("ix_placement_tasks_task_id", table_name="placement_tasks")
    op.drop_table("placement_tasks")
    op.drop_index("ix_projects_start_date", table_name="projects")
    op.drop_table("projects")
    op.drop_index("ix_mentors_employer_id", table_name="mentors")
    op.drop_table("mentors")
    for index in ("trashed", "follow_up_on", "occurred_at", "employer_id"):
        op.drop_index(f"ix_network_contacts_{index}", table_name="network_contacts")
    op.drop_table("network_contacts")
    if sqlite:
        bind.exec_driver_sql("ANALYZE sqlite_schema")


def _seed_lists() -> None:
    """The new lists in the organisation's country's words (a database being made for Denmark
    is still Swedish here; choosing its country puts the Danish lists in place)."""
    bind = op.get_bind()
    country = bind.exec_driver_sql("SELECT value FROM settings WHERE key = 'country'").scalar()
    items = sa.table(
        "list_items",
        sa.column("id", sa.Integer),
        sa.column("list_name", sa.String),
        sa.column("label", sa.String),
        sa.column("position", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    names = sa.table(
        "list_item_names",
        sa.column("item_id", sa.Integer),
        sa.column("language", sa.String),
        sa.column("name", sa.String),
    )
    for list_name, entries in LISTS[_DK if country == _DK else _SV].items():
        for position, (label, shown) in enumerate(entries):
            item_id = bind.execute(
                sa.insert(items)
                .values(list_name=list_name, label=label, position=position, active=True)
                .returning(items.c.id)
            ).scalar_one()
            bind.execute(
                sa.insert(names),
                [{"item_id": item_id, "language": lang, "name": n} for lang, n in shown.items()],
            )
            # The defaults are the program's, not someone's change: out of 0010's change log.
            bind.execute(
                sa.text(
                    "DELETE FROM change_log WHERE table_name = 'list_items' AND record_id = :id"
                ),
                {"id": item_id},
            )


def change_triggers_sqlite() -> list[str]:
    """As 0010's: a file's one coordinator (''), local time."""
    statements = []
    for table in TRACKED:
        for action in ACTIONS:
            row = "OLD" if action == "delete" else "NEW"
            statements.append(
                f"CREATE TRIGGER change_log_{table}_{action} AFTER {action.upper()} ON {table} "
                "BEGIN INSERT INTO change_log (at, user_name, table_name, record_id, action) "
                f"VALUES (datetime('now', 'localtime'), '', '{table}', {row}.id, '{action}'); END"
            )
    return statements


# How many placements, of every unit and in the trash too, name a project or a mentor: the
# organisation's records, which a coordinator may remove only while none does, and which
# row-level security would otherwise count in the coordinator's own unit alone. A count, run
# as the owner; nothing else of another unit's placements.
USING_FUNCTIONS = (
    ("ambassador_project_placements", "project_id"),
    ("ambassador_mentor_placements", "mentor_id"),
)


def server_upgrade() -> list[str]:
    rule = "placement_id IN (SELECT id FROM placements)"
    statements = [
        f"CREATE FUNCTION {name}(record integer) RETURNS bigint LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = public, pg_temp "
        f"AS $$ SELECT count(*) FROM placements WHERE {column} = record $$"
        for name, column in USING_FUNCTIONS
    ]
    statements += [
        f"REVOKE ALL ON FUNCTION {name}(integer) FROM PUBLIC" for name, _column in USING_FUNCTIONS
    ]
    statements += [
        f"GRANT EXECUTE ON FUNCTION {name}(integer) TO ambassador_coordinator"
        for name, _column in USING_FUNCTIONS
    ]
    statements += [
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {', '.join(REGISTERS)} TO ambassador_coordinator",
        f"GRANT SELECT ON {', '.join(ORGANISATION)} TO ambassador_coordinator",
        f"GRANT INSERT, UPDATE, DELETE ON {', '.join(ORGANISATION)} TO ambassador_admin",
        "GRANT USAGE, SELECT ON network_contacts_id_seq, mentors_id_seq, projects_id_seq "
        "TO ambassador_coordinator",
        # Whose work a network contact is: the unit of whoever recorded it (the self-check
        # and the follow-ups due are a unit's own; the log itself is everyone's).
        "ALTER TABLE network_contacts ALTER COLUMN unit_id SET DEFAULT ambassador_unit_id()",
        "ALTER TABLE placement_tasks ENABLE ROW LEVEL SECURITY",
        f"CREATE POLICY unit ON placement_tasks TO ambassador_coordinator "
        f"USING ({rule}) WITH CHECK ({rule})",
    ]
    statements += [
        f"CREATE TRIGGER change_log AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION ambassador_changed('shared')"
        for table in TRACKED
    ]
    statements += [
        f"CREATE TRIGGER settings_changed AFTER INSERT OR UPDATE OR DELETE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION ambassador_settings_changed()"
        for table in ORGANISATION
    ]
    return statements


def server_downgrade() -> list[str]:
    statements = ["DROP POLICY unit ON placement_tasks"]
    statements += [f"DROP FUNCTION {name}(integer)" for name, _column in USING_FUNCTIONS]
    statements += [f"DROP TRIGGER change_log ON {table}" for table in TRACKED]
    statements += [f"DROP TRIGGER settings_changed ON {table}" for table in ORGANISATION]
    roles = "ambassador_coordinator, ambassador_admin"
    statements += [
        f"REVOKE ALL ON {', '.join(REGISTERS + ORGANISATION)} FROM {roles}",
        f"REVOKE ALL ON network_contacts_id_seq, mentors_id_seq, projects_id_seq FROM {roles}",
    ]
    return statements
