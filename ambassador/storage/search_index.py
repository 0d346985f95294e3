"""Full-text search over names and note text, kept in step with the tables: SQLite's FTS5
or, on a PostgreSQL server, GIN-indexed `tsvector`s (storage/server_search.py).

Two FTS5 tables, because names and notes are searched differently. Participant and employer
names (`search_index_names`, a few thousand short entries) are ordered by one rule on both
engines (storage/name_ranking.py: those starting with what was typed first, then Swedish
alphabetical order), which orders every match, cheap on names. Note text
(`search_index_notes`, hundreds of thousands of entries) comes newest first instead: FTS5
walks a word's doclist in rowid order and stops at the limit, whereas ordering a common word
or a short prefix ("och", "h") otherwise would read every note that holds it, 30,000 of them
on ten years of data, on every keystroke. Both
tables index prefixes of one to twelve characters (0015; one to three before), so the letters
typed read one prepared doclist instead of merging, all of them before the first hit, every
word that starts with them (~50 ms a keystroke for "hand…" on a million notes).

A rowid encodes what the text belongs to (`id * 4 + kind`), so an update finds the entry to
replace without a scan and a hit names its record without a join; ids grow, so the highest
rowid is the newest note. Trashed records leave the index and come back on restore.

The index is maintained here rather than by triggers: with `trusted_schema=OFF` (which keeps a
crafted file's triggers from reaching virtual tables) SQLite refuses triggers that write to
FTS5. Every ORM flush re-indexes the rows it wrote (`watch`); bulk loads call `add`.
`storage/search_results.py` then names the hits, in three queries for any number.

On PostgreSQL (migration 0009) the two tables have the same names, and `rowid` and `body`
columns, so they are written here by the same statements on both engines, in the same
transaction as the record; storage/server_search.py reads them. A deleted entry's row
leaves the table at once there; the space it held is the server's autovacuum's to reclaim,
as its WAL and backups are IT's (`optimize` is SQLite's alone).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from sqlalchemy import Connection, TextClause, event, text
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from ambassador.domain.country import COUNTRIES, SWEDEN
from ambassador.domain.search import MATCH_END, MATCH_START, HitKind, SearchHit
from ambassador.storage import name_ranking, server_search
from ambassador.storage.rows import EmployerRow, NoteRow, ParticipantRow


class Kind(IntEnum):
    PARTICIPANT = 1
    EMPLOYER = 2
    NOTE = 3


KIND_SPAN = 4
NAMES = "search_index_names"
NOTES = "search_index_notes"
TABLES = (NAMES, NOTES)

_HIT_KINDS = {
    Kind.PARTICIPANT: HitKind.PARTICIPANT,
    Kind.EMPLOYER: HitKind.EMPLOYER,
    Kind.NOTE: HitKind.NOTE,
}


def table_of(kind: Kind) -> str:
    return NOTES if kind is Kind.NOTE else NAMES


def _entry(row: object) -> tuple[Kind, int, str, bool] | None:
    """(kind, rowid, body, alive) for an indexed row, None for any other object."""
    if isinstance(row, ParticipantRow):
        return (
            Kind.PARTICIPANT,
            row.id * KIND_SPAN + Kind.PARTICIPANT,
            f"{row.first_name} {row.last_name}",
            row.deleted_at is None,
        )
    if isinstance(row, EmployerRow):
        return (
            Kind.EMPLOYER,
            row.id * KIND_SPAN + Kind.EMPLOYER,
            row.name,
            row.deleted_at is None,
        )
    if isinstance(row, NoteRow):
        return Kind.NOTE, row.id * KIND_SPAN + Kind.NOTE, row.text, row.deleted_at is None
    return None


def _insert(connection: Connection, table: str, values: list[dict[str, Any]]) -> None:
    if values:
        connection.execute(text(f"INSERT INTO {table}(rowid, body) VALUES (:rowid, :body)"), values)


def _delete(connection: Connection, table: str, values: list[dict[str, Any]]) -> None:
    if values:
        connection.execute(text(f"DELETE FROM {table} WHERE rowid = :rowid"), values)


def add(connection: Connection, kind: Kind, entries: Iterable[tuple[int, str]]) -> None:
    """Index (record id, text) pairs written without the ORM (bulk loads)."""
    values = [{"rowid": i * KIND_SPAN + kind, "body": body} for i, body in entries]
    _insert(connection, table_of(kind), values)


def remove(connection: Connection, kind: Kind, record_ids: Iterable[int]) -> None:
    """Drop the entries of records deleted without the ORM (purges)."""
    _delete(connection, table_of(kind), [{"rowid": i * KIND_SPAN + kind} for i in record_ids])


def optimize(connection: Connection) -> None:
    """Merge each index into one segment: FTS5 keeps a deleted word in its older segments
    (marked deleted) until they are merged, and a purge must leave no trace of it. A server's
    deleted rows are gone from the table already; their space is its autovacuum's."""
    if connection.dialect.name == "sqlite":
        for table in TABLES:
            connection.execute(text(f"INSERT INTO {table}({table}) VALUES ('optimize')"))


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    connection = session.connection()
    removals: dict[str, list[dict[str, Any]]] = defaultdict(list)
    additions: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in (*session.new, *session.dirty, *session.deleted):
        entry = _entry(row)
        if entry is None:
            continue
        kind, rowid, body, alive = entry
        table = table_of(kind)
        if row not in session.new:
            removals[table].append({"rowid": rowid})
        if alive and row not in session.deleted:
            additions[table].append({"rowid": rowid, "body": body})
    for table in TABLES:
        _delete(connection, table, removals[table])
        _insert(connection, table, additions[table])


def watch(factory: sessionmaker[Session]) -> None:
    """Keep the index in step with every flush of sessions from `factory`."""
    event.listen(factory, "after_flush", _after_flush)


def to_match_query(user_text: str) -> str | None:
    """Turn what a person typed into a safe FTS5 query: every word, the last as a prefix.

    Each word is quoted, so FTS5 syntax in the input (AND, quotes, *, -) is only text.
    """
    words = "".join(ch if ch.isalnum() else " " for ch in user_text).split()
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


# One statement for both tables, each part stopping at its own limit. The parts are numbered
# because a compound SELECT keeps no order of its own; a bare `ORDER BY rowid DESC` is what
# FTS5 walks backwards without sorting, so the notes' position is computed outside it. The
# names carry name_ranking's group and key out (snippet() refuses a window function beside it).
def _search_statement(country: str) -> TextClause:
    return text(
        "SELECT 0 AS part, name_group, name_key, position, entry, snippet FROM ("
        f"SELECT {name_ranking.group(country)} AS name_group, "
        f"{name_ranking.key(country)} AS name_key, rowid AS position, rowid AS entry, "
        f"snippet({NAMES}, 0, :open, :close, '…', 12) AS snippet FROM {NAMES} "
        f"WHERE {NAMES} MATCH :query ORDER BY name_group, name_key, rowid LIMIT :limit) "
        "UNION ALL SELECT 1, 0, '', -entry, entry, snippet FROM ("
        f"SELECT rowid AS entry, snippet({NOTES}, 0, :open, :close, '…', 12) AS snippet "
        f"FROM {NOTES} WHERE {NOTES} MATCH :query ORDER BY rowid DESC LIMIT :limit) "
        "ORDER BY part, name_group, name_key, position"
    )


_SEARCH = {country: _search_statement(country) for country in COUNTRIES}


# Each part counted up to `:most` hits: FTS5 stops walking the doclist there. -1 is
# SQLite's "no limit".
_COUNTS = {
    table: text(
        f"SELECT count(*) FROM (SELECT 1 FROM {table} WHERE {table} MATCH :query LIMIT :most)"
    )
    for table in TABLES
}


def count(connection: Connection, user_text: str, most: int | None = None) -> tuple[int, int]:
    """How many names and how many notes match, each counted up to `most` (all without it).
    Counting walks a word's doclist without ranking it: a few milliseconds for the commonest
    prefix on ten years of notes, less when it stops at `most`."""
    if connection.dialect.name == "postgresql":
        return server_search.count(connection, user_text, most)
    query = to_match_query(user_text)
    if query is None:
        return 0, 0
    values = {"query": query, "most": -1 if most is None else most}
    names, notes = (
        int(connection.execute(_COUNTS[table], values).scalar_one()) for table in (NAMES, NOTES)
    )
    return names, notes


def search(
    connection: Connection, user_text: str, limit: int = 50, country: str = SWEDEN
) -> list[SearchHit]:
    """Up to `limit` names in name_ranking's order (in `country`'s alphabet), then up to
    `limit` notes, newest first."""
    if connection.dialect.name == "postgresql":
        return [
            SearchHit(_HIT_KINDS[Kind(rowid % KIND_SPAN)], rowid // KIND_SPAN, snippet)
            for rowid, snippet in server_search.search(connection, user_text, limit, country)
        ]
    query = to_match_query(user_text)
    if query is None:
        return []
    values = {"query": query, "limit": limit, "open": MATCH_START, "close": MATCH_END}
    statement = _SEARCH.get(country, _SEARCH[SWEDEN])
    rows = connection.execute(statement, values | name_ranking.parameters(user_text, country))
    return [
        SearchHit(_HIT_KINDS[Kind(rowid % KIND_SPAN)], rowid // KIND_SPAN, snippet)
        for _part, _group, _key, _position, rowid, snippet in rows
    ]
