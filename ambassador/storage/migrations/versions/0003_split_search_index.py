"""Search in two FTS5 tables: names ranked, notes newest first, both with prefix indexes.

The single `search_index` ranked every match of a common word or a short prefix on each
keystroke; storage/search_index.py says why names and notes are now apart. Entries keep their
rowids (`id * 4 + kind`: 1 participant, 2 employer, 3 note) and are copied across rather than
rebuilt from the records.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
# FTS5 writes its pending terms out as a new segment whenever they pass `hashsize` (1 MiB by
# default) and keeps merging those segments; a larger buffer for the copy takes about half
# the time on a million notes. The default is put back afterwards.
COPY_HASHSIZE = 64 * 1024 * 1024
DEFAULT_HASHSIZE = 1024 * 1024


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in ("search_index_names", "search_index_notes"):
        op.execute(f"CREATE VIRTUAL TABLE {table} USING fts5(body, {TOKENIZE}, prefix = '1 2 3')")
    op.execute(
        "INSERT INTO search_index_names(rowid, body) "
        "SELECT rowid, body FROM search_index WHERE rowid % 4 IN (1, 2) ORDER BY rowid"
    )
    _set_hashsize("search_index_notes", COPY_HASHSIZE)
    op.execute(
        "INSERT INTO search_index_notes(rowid, body) "
        "SELECT rowid, body FROM search_index WHERE rowid % 4 = 3 ORDER BY rowid"
    )
    _set_hashsize("search_index_notes", DEFAULT_HASHSIZE)
    op.execute("DROP TABLE search_index")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(f"CREATE VIRTUAL TABLE search_index USING fts5(body, {TOKENIZE})")
    _set_hashsize("search_index", COPY_HASHSIZE)
    op.execute(
        "INSERT INTO search_index(rowid, body) SELECT rowid, body FROM ("
        "SELECT rowid, body FROM search_index_names UNION ALL "
        "SELECT rowid, body FROM search_index_notes) ORDER BY rowid"
    )
    _set_hashsize("search_index", DEFAULT_HASHSIZE)
    op.execute("DROP TABLE search_index_names")
    op.execute("DROP TABLE search_index_notes")


def _set_hashsize(table: str, size: int) -> None:
    op.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', {size})")
