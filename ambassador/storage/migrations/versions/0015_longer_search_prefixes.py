"""Search as you type past three letters: FTS5 prefix indexes of one to PREFIX_MAX letters.

FTS5 reads a prefix ("hand*") from its own doclist only when a prefix index of exactly that
length exists; any other length merges the doclists of every word starting with it, all of
them, before the first hit. With prefixes of one to three letters (0003), each letter typed
after the third cost ~30 ms for the results and ~20 ms more for their count on a million
notes ("hand" … "handledare"); read from a prepared doclist it is well under a millisecond.
Each prefix length indexes every word at least that long once more: on a million notes
~10 MB per length past three (in all, the notes' index ~150 → ~290 MB of a ~1 GB file).
Words longer than PREFIX_MAX are rare and match few other words, so merging stays cheap.

SQLite only (a server's `tsvector`s are 0009's): each table is made again with the new option
and its entries put back under the same rowids.

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

TABLES = ("search_index_names", "search_index_notes")
TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2'"
PREFIX_MAX = 12
PREFIXES = " ".join(str(n) for n in range(1, PREFIX_MAX + 1))
OLD_PREFIXES = "1 2 3"
# As 0003: FTS5 flushes its pending terms as a segment whenever they pass `hashsize` (1 MiB
# by default) and keeps merging those segments; a larger buffer for the copy takes about half
# the time. The default is put back afterwards.
COPY_HASHSIZE = 64 * 1024 * 1024
DEFAULT_HASHSIZE = 1024 * 1024


def upgrade() -> None:
    _rebuild(PREFIXES)


def downgrade() -> None:
    _rebuild(OLD_PREFIXES)


def _rebuild(prefixes: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in TABLES:
        # Entries wait in a temporary table (outside the file) while the old table goes, so
        # the new one is written into the pages it freed: the file grows by the new prefixes
        # alone, not by a second copy of the whole index.
        op.execute(f"CREATE TEMP TABLE entries AS SELECT rowid AS id, body FROM {table}")
        op.execute(f"DROP TABLE {table}")
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5(body, {TOKENIZE}, prefix = '{prefixes}')"
        )
        _set_hashsize(table, COPY_HASHSIZE)
        op.execute(
            f"INSERT INTO {table}(rowid, body) SELECT id, body FROM temp.entries ORDER BY id"
        )
        _set_hashsize(table, DEFAULT_HASHSIZE)
        op.execute("DROP TABLE temp.entries")


def _set_hashsize(table: str, size: int) -> None:
    op.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', {size})")
