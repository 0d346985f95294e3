"""Drafts: what is being typed into a form, in the database until it is saved or discarded.

A note typed for half an hour and lost to a crash, a flat battery or a closed lid is the
loss a coordinator remembers; Word has kept its autosave for decades. The fields of an open
note are written here a moment after typing stops, under a key naming the record the note is
for ("note:placement:123", "note:participant:45"), and offered back when the dialog opens
again. They are kept here and not in a file beside the database because they are personal
data: an encrypted database keeps them encrypted, a backup holds them and an erasure removes
them with the person (hence the participant's id, and the placement's when there is one).

Statistics rows as 0006 asks of every new table and index: a coordinator has a few drafts at
most, one per dialog left open.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

STATISTICS = (
    ("drafts", "ix_drafts_participant_id", "2 1"),
    ("drafts", "ix_drafts_placement_id", "2 1"),
    ("drafts", "sqlite_autoindex_drafts_1", "2 1"),
)


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=True),
        sa.Column("fields", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participants.id"],
            name=op.f("fk_drafts_participant_id_participants"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["placement_id"],
            ["placements.id"],
            name=op.f("fk_drafts_placement_id_placements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_drafts")),
    )
    op.create_index("ix_drafts_participant_id", "drafts", ["participant_id"])
    op.create_index("ix_drafts_placement_id", "drafts", ["placement_id"])
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # PostgreSQL's statistics are its autovacuum's (see 0006)
    for table, index, stat in STATISTICS:
        bind.exec_driver_sql(
            "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", (table, index, stat)
        )
    bind.exec_driver_sql("ANALYZE sqlite_schema")  # this connection plans with them at once


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.get_bind().exec_driver_sql("DELETE FROM sqlite_stat1 WHERE tbl = 'drafts'")
    op.drop_index("ix_drafts_placement_id", table_name="drafts")
    op.drop_index("ix_drafts_participant_id", table_name="drafts")
    op.drop_table("drafts")
