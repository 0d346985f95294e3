"""Keeping a server's id sequences ahead of ids written by the program itself.

SQLite numbers a new row from the largest id in its table, so rows loaded with their own ids
(sample data, an import) leave nothing behind. PostgreSQL numbers from a sequence, which such
rows never touch: the next ordinary insert would take an id already used and be refused.
After such a load each table's sequence is moved past its largest id, in the same
transaction, so it is never seen behind.
"""

from __future__ import annotations

from sqlalchemy import Table, cast, func, literal, select
from sqlalchemy.orm import Session


def follow_written_ids(session: Session, table: Table) -> None:
    """Move `table`'s id sequence past its largest id, when it is behind (on a server; SQLite
    needs nothing). Ids a coordinator's import took from the sequence itself leave it ahead,
    and a coordinator, who may not move it, never gets here with one behind."""
    if session.get_bind().dialect.name != "postgresql":
        return
    from sqlalchemy.dialects.postgresql import REGCLASS  # loaded on a server alone

    sequence = func.pg_get_serial_sequence(literal(table.name), literal("id"))
    following = func.coalesce(func.max(table.c.id), 0) + 1
    # What the sequence hands out next: one past its last value, 1 before it was first used
    # (and right after a `setval(…, false)`, whose value is the same `following` again).
    handed_out = func.coalesce(func.pg_sequence_last_value(cast(sequence, REGCLASS)), 0) + 1
    # `false`: the next id handed out is `following` itself, 1 in an empty table.
    session.execute(
        select(func.setval(sequence, following, False))
        .select_from(table)
        .having(following > handed_out)
    )
