"""The people and employers in the trash, read from an index of their own.

Papperskorg lists what is in the trash by asking each table for its rows with `deleted_at`
set. Placements, notes and network contacts had a partial index of those few rows (0004,
0013); participants and employers had none, so each showing of Papperskorg read every person
and every employer: on ten years of a large municipality (30,000 people) about 7 ms of its
16. A partial index holds the trashed rows alone: nothing to write for a record not in the
trash, a few entries for those that are.

Both engines; planner statistics for each, as 0006 asks of every new index.

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

TRASHED = "deleted_at IS NOT NULL"
INDEXES = (
    ("ix_participants_trashed", "participants"),
    ("ix_employers_trashed", "employers"),
)
# A few in the trash, as 0013's network contacts'.
STATISTICS = "5 1"


def upgrade() -> None:
    bind = op.get_bind()
    condition = sa.text(TRASHED)
    for name, table in INDEXES:
        op.create_index(
            name, table, ["deleted_at"], sqlite_where=condition, postgresql_where=condition
        )
    if bind.dialect.name == "sqlite":
        for name, table in INDEXES:
            bind.exec_driver_sql(
                "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)",
                (table, name, STATISTICS),
            )
        bind.exec_driver_sql("ANALYZE sqlite_schema")


def downgrade() -> None:
    bind = op.get_bind()
    for name, table in INDEXES:
        op.drop_index(name, table_name=table)
    if bind.dialect.name == "sqlite":
        names = ", ".join(f"'{name}'" for name, _table in INDEXES)
        bind.exec_driver_sql(f"DELETE FROM sqlite_stat1 WHERE idx IN ({names})")
        bind.exec_driver_sql("ANALYZE sqlite_schema")
