"""The follow-up method: tapering plans, the 90-day outcome check, reporting maps,
questionnaires and the tasks employers offer.

- A placement's single check-in interval (`cadence_days`) becomes a plan of phases
  (`follow_up_plan`, JSON). An existing interval becomes a one-phase plan, silent after the
  threshold the file had (the setting, else 14 days), so nothing a coordinator set changes.
  A phase's series of check-ins may stop before the placement's end (`until_on`).
- `placement_type_plans`: the plan proposed for a new placement of each type.
- `outcome_checks`: what the person does some days after a placement ended.
- `report_mappings`: which category of the state's follow-up system for coordination
  associations (SUS), the social services' monthly reporting and ESF participant reporting
  each outcome, ending reason and 90-day result counts as; seeded here, edited in settings.
- `questionnaires`: printed questionnaires by short code, linked to the feedback they gave.
- `employer_tasks`, and a participant's `task_interests` and `task_limits`: matching people
  to tasks on offer; the categories and requirements are two new editable lists.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

SILENT_AFTER_DAYS = 14

TASK_CATEGORIES = [
    "Lager och logistik",
    "Städ och lokalvård",
    "Kök och restaurang",
    "Butik och handel",
    "Vård och omsorg",
    "Kontor och administration",
    "Fastighet och utemiljö",
    "Bygg och hantverk",
    "Återbruk och second hand",
    "Barn och fritid",
    "IT och teknik",
    "Transport",
]
TASK_REQUIREMENTS = [
    "Tunga lyft",
    "Står eller går större delen av dagen",
    "Kundkontakt",
    "Svenska i tal",
    "Svenska i skrift",
    "Körkort B",
    "Tidiga morgnar",
    "Högt tempo",
    "Damm, dofter eller allergener",
    "Arbete ensam",
]

# system -> source kind -> source -> category. Sources: the outcomes (domain enum values),
# the default ending reasons, and the 90-day results. Categories follow each system's
# reporting instructions as of 2026; the municipality adjusts them in settings.
_REASONS = [
    "Ohälsa",
    "Bristande motivation",
    "Arbetsgivarens beslut",
    "Flytt",
    "Fick arbete på annat håll",
    "Påbörjade studier",
    "Annan orsak",
]
MAPPINGS: dict[str, dict[str, dict[str, str]]] = {
    "sus": {
        "outcome": {
            "employment": "Arbete",
            "subsidised_employment": "Arbete med stöd",
            "studies": "Studier",
            "other_measure": "Annan insats",
            "no_occupation": "Arbetssökande",
            "ended_early": "Avbrott",
        },
        "reason": dict(
            zip(
                _REASONS,
                [
                    "Avbrott – ohälsa",
                    "Avbrott – eget val",
                    "Avbrott – annan orsak",
                    "Avbrott – flytt",
                    "Arbete",
                    "Studier",
                    "Avbrott – annan orsak",
                ],
                strict=True,
            )
        ),
        "after_90": {
            "work": "Arbete",
            "studies": "Studier",
            "other_measure": "Annan insats",
            "none": "Ingen sysselsättning",
        },
    },
    "social_services": {
        "outcome": {
            "employment": "Osubventionerat arbete",
            "subsidised_employment": "Subventionerat arbete",
            "studies": "Studier",
            "other_measure": "Annan arbetsmarknadsinsats",
            "no_occupation": "Ingen sysselsättning",
            "ended_early": "Avbrott",
        },
        "reason": dict(
            zip(
                _REASONS,
                [
                    "Avbrott – ohälsa",
                    "Avbrott – eget val",
                    "Avbrott – arbetsgivaren",
                    "Avbrott – flytt",
                    "Osubventionerat arbete",
                    "Studier",
                    "Avbrott – annan orsak",
                ],
                strict=True,
            )
        ),
        "after_90": {
            "work": "Arbete",
            "studies": "Studier",
            "other_measure": "Annan arbetsmarknadsinsats",
            "none": "Ingen sysselsättning",
        },
    },
    "esf": {
        "outcome": {
            "employment": "I arbete, inkl. egenföretagare",
            "subsidised_employment": "I arbete, inkl. egenföretagare",
            "studies": "I utbildning",
            "other_measure": "I annan insats",
            "no_occupation": "Söker arbete",
            "ended_early": "Avbrott",
        },
        "reason": dict(
            zip(
                _REASONS,
                [
                    "Avbrott – ohälsa",
                    "Avbrott – övrigt",
                    "Avbrott – övrigt",
                    "Avbrott – övrigt",
                    "I arbete, inkl. egenföretagare",
                    "I utbildning",
                    "Avbrott – övrigt",
                ],
                strict=True,
            )
        ),
        "after_90": {
            "work": "I arbete, inkl. egenföretagare",
            "studies": "I utbildning",
            "other_measure": "I annan insats",
            "none": "Söker arbete eller utan sysselsättning",
        },
    },
}


def upgrade() -> None:
    # Plain ALTER TABLE, not a batch: a batch copies the table, which the other tables'
    # foreign keys forbid while they are enforced, and SQLite drops a column in place (3.35+).
    op.add_column(
        "participants", sa.Column("task_interests", sa.Text(), nullable=False, server_default="")
    )
    op.add_column(
        "participants", sa.Column("task_limits", sa.Text(), nullable=False, server_default="")
    )
    _plans_from_cadence()
    op.add_column("check_in_series", sa.Column("until_on", sa.Date(), nullable=True))
    _create_tables()
    _seed()


def _plans_from_cadence() -> None:
    connection = op.get_bind()
    stored = connection.execute(
        sa.text("SELECT value FROM settings WHERE key = 'silent_after_days'")
    ).scalar()
    try:
        silent = int(stored) if stored is not None else SILENT_AFTER_DAYS
    except ValueError:
        silent = SILENT_AFTER_DAYS
    op.add_column("placements", sa.Column("follow_up_plan", sa.Text(), nullable=True))
    rows = connection.execute(
        sa.text("SELECT id, cadence_days FROM placements WHERE cadence_days IS NOT NULL")
    ).all()
    for placement_id, cadence in rows:
        plan = json.dumps([[cadence, None, max(cadence, silent)]])
        connection.execute(
            sa.text("UPDATE placements SET follow_up_plan = :plan WHERE id = :id"),
            {"plan": plan, "id": placement_id},
        )
    op.execute("ALTER TABLE placements DROP COLUMN cadence_days")
    connection.execute(sa.text("DELETE FROM settings WHERE key = 'default_cadence_days'"))


def _create_tables() -> None:
    op.create_table(
        "employer_tasks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employer_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.Column("requirements", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["employer_id"],
            ["employers.id"],
            name=op.f("fk_employer_tasks_employer_id_employers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_employer_tasks")),
    )
    op.create_index("ix_employer_tasks_employer_id", "employer_tasks", ["employer_id"])
    op.create_table(
        "placement_type_plans",
        sa.Column("placement_type", sa.String(length=200), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("placement_type", name=op.f("pk_placement_type_plans")),
    )
    op.create_table(
        "outcome_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("result", sa.String(length=20), nullable=True),
        sa.Column("recorded_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(result IS NULL) = (recorded_on IS NULL)",
            name=op.f("ck_outcome_checks_result_complete"),
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_outcome_checks_placement_id_placements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outcome_checks")),
        sa.UniqueConstraint("placement_id", name=op.f("uq_outcome_checks_placement_id")),
    )
    op.create_index("ix_outcome_checks_due_on", "outcome_checks", ["due_on"])
    op.create_table(
        "report_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("system", sa.String(length=30), nullable=False),
        sa.Column("source_kind", sa.String(length=20), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("category", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_mappings")),
    )
    op.create_index(
        "uq_report_mappings_system_source",
        "report_mappings",
        ["system", "source_kind", "source"],
        unique=True,
    )
    op.create_table(
        "questionnaires",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=12), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("respondent", sa.String(length=20), nullable=False),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("feedback_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["feedback_id"],
            ["feedback.id"],
            name=op.f("fk_questionnaires_feedback_id_feedback"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_questionnaires_placement_id_placements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questionnaires")),
        sa.UniqueConstraint("code", name=op.f("uq_questionnaires_code")),
    )
    op.create_index("ix_questionnaires_placement_id", "questionnaires", ["placement_id"])
    op.create_index("ix_questionnaires_sent_on", "questionnaires", ["sent_on"])


def _seed() -> None:
    items = sa.table(
        "list_items",
        sa.column("list_name", sa.String),
        sa.column("label", sa.String),
        sa.column("position", sa.Integer),
        sa.column("active", sa.Boolean),
    )
    op.bulk_insert(
        items,
        [
            {"list_name": name, "label": label, "position": position, "active": True}
            for name, labels in (
                ("task_categories", TASK_CATEGORIES),
                ("task_requirements", TASK_REQUIREMENTS),
            )
            for position, label in enumerate(labels)
        ],
    )
    mappings = sa.table(
        "report_mappings",
        sa.column("system", sa.String),
        sa.column("source_kind", sa.String),
        sa.column("source", sa.String),
        sa.column("category", sa.String),
    )
    op.bulk_insert(
        mappings,
        [
            {"system": system, "source_kind": kind, "source": source, "category": category}
            for system, kinds in MAPPINGS.items()
            for kind, sources in kinds.items()
            for source, category in sources.items()
        ],
    )


def downgrade() -> None:
    for table in (
        "questionnaires",
        "report_mappings",
        "outcome_checks",
        "placement_type_plans",
        "employer_tasks",
    ):
        op.drop_table(table)
    op.execute("DELETE FROM list_items WHERE list_name IN ('task_categories', 'task_requirements')")
    op.execute("ALTER TABLE check_in_series DROP COLUMN until_on")
    op.add_column("placements", sa.Column("cadence_days", sa.Integer(), nullable=True))
    # The first phase's interval, read in Python as the upgrade wrote it in Python, on any
    # engine (json_extract is SQLite's alone).
    connection = op.get_bind()
    plans = connection.execute(
        sa.text("SELECT id, follow_up_plan FROM placements WHERE follow_up_plan IS NOT NULL")
    ).all()
    for placement_id, plan in plans:
        connection.execute(
            sa.text("UPDATE placements SET cadence_days = :cadence WHERE id = :id"),
            {"cadence": json.loads(plan)[0][0], "id": placement_id},
        )
    op.execute("ALTER TABLE placements DROP COLUMN follow_up_plan")
    op.execute("ALTER TABLE participants DROP COLUMN task_limits")
    op.execute("ALTER TABLE participants DROP COLUMN task_interests")
