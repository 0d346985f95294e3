"""Full-text search over names and note text with SQLite FTS5, kept in step with the tables.

One FTS5 table holds every searchable text. Its rowid encodes what the text belongs to
(`id * 4 + kind`), so an update finds the entry to replace without a scan and a hit names its
record without a join. Trashed records leave the index and come back on restore.

The index is maintained here rather than by triggers: with `trusted_schema=OFF` (which keeps a
crafted file's triggers from reaching virtual tables) SQLite refuses triggers that write to
FTS5. Every ORM flush re-indexes the rows it wrote (`watch`); bulk loads call `add_rows`.
This is the one SQLite-specific piece of search; a PostgreSQL backend replaces this module.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum
from typing import Any

from sqlalchemy import Connection, event, text
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from ambassador.domain.search import MATCH_END, MATCH_START, HitKind, SearchHit
from ambassador.storage.rows import EmployerRow, NoteRow, ParticipantRow


class Kind(IntEnum):
    PARTICIPANT = 1
    EMPLOYER = 2
    NOTE = 3


KIND_SPAN = 4

_HIT_KINDS = {
    Kind.PARTICIPANT: HitKind.PARTICIPANT,
    Kind.EMPLOYER: HitKind.EMPLOYER,
    Kind.NOTE: HitKind.NOTE,
}


def _entry(row: object) -> tuple[int, str, bool] | None:
    """(rowid, body, alive) for an indexed row, None for any other object."""
    if isinstance(row, ParticipantRow):
        return (
            row.id * KIND_SPAN + Kind.PARTICIPANT,
            f"{row.first_name} {row.last_name}",
            row.deleted_at is None,
        )
    if isinstance(row, EmployerRow):
        return row.id * KIND_SPAN + Kind.EMPLOYER, row.name, row.deleted_at is None
    if isinstance(row, NoteRow):
        return row.id * KIND_SPAN + Kind.NOTE, row.text, row.deleted_at is None
    return None


def add(connection: Connection, kind: Kind, entries: Iterable[tuple[int, str]]) -> None:
    """Index (record id, text) pairs written without the ORM (bulk loads)."""
    if connection.dialect.name != "sqlite":
        return
    values = [{"rowid": i * KIND_SPAN + kind, "body": body} for i, body in entries]
    if values:
        connection.execute(
            text("INSERT INTO search_index(rowid, body) VALUES (:rowid, :body)"), values
        )


def remove(connection: Connection, kind: Kind, record_ids: Iterable[int]) -> None:
    """Drop the entries of records deleted without the ORM (purges)."""
    if connection.dialect.name != "sqlite":
        return
    values = [{"rowid": i * KIND_SPAN + kind} for i in record_ids]
    if values:
        connection.execute(text("DELETE FROM search_index WHERE rowid = :rowid"), values)


def optimize(connection: Connection) -> None:
    """Merge the index into one segment: FTS5 keeps a deleted word in its older segments
    (marked deleted) until they are merged, and a purge must leave no trace of it."""
    if connection.dialect.name == "sqlite":
        connection.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return
    removals: list[dict[str, Any]] = []
    additions: list[dict[str, Any]] = []
    for row in (*session.new, *session.dirty, *session.deleted):
        entry = _entry(row)
        if entry is None:
            continue
        rowid, body, alive = entry
        if row not in session.new:
            removals.append({"rowid": rowid})
        if alive and row not in session.deleted:
            additions.append({"rowid": rowid, "body": body})
    if removals:
        connection.execute(text("DELETE FROM search_index WHERE rowid = :rowid"), removals)
    if additions:
        connection.execute(
            text("INSERT INTO search_index(rowid, body) VALUES (:rowid, :body)"), additions
        )


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


def search(connection: Connection, user_text: str, limit: int = 50) -> list[SearchHit]:
    """The best `limit` matches by FTS5 rank."""
    query = to_match_query(user_text)
    if query is None:
        return []
    rows = connection.execute(
        text(
            "SELECT rowid, snippet(search_index, 0, :open, :close, '…', 12) FROM search_index "
            "WHERE search_index MATCH :query ORDER BY rank LIMIT :limit"
        ),
        {"query": query, "limit": limit, "open": MATCH_START, "close": MATCH_END},
    )
    return [
        SearchHit(_HIT_KINDS[Kind(rowid % KIND_SPAN)], rowid // KIND_SPAN, snippet)
        for rowid, snippet in rows
    ]
