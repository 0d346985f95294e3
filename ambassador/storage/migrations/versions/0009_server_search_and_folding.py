"""On a PostgreSQL server: search tables, a Swedish-safe text search, and `fold` for lists.

Nothing changes in a SQLite file: FTS5 (0003) searches it and `fold` is registered on each
connection (storage/engine.py). A server gets here what those give SQLite:

- `unaccent` (a trusted extension, which the database's owner may create) and a text search
  configuration `ambassador`: PostgreSQL's `simple` parser and dictionary, accents removed
  first, as FTS5's `remove_diacritics 2` does, so "Åsa", "asa" and "åsa" find each other
  and "e" finds "é". Not the `swedish` stemmer: it breaks as-you-type prefixes ("flicko:*"
  misses "flickorna") and drops stop words, so "och" would find nothing.
- `search_index_names` and `search_index_notes`, the FTS5 tables' counterparts: the same
  `rowid` (`id * 4 + kind`, here an ordinary primary key) and `body`, the words as a stored
  generated `document`, a GIN index on it. storage/search_index.py fills and reads them.
- `fold(text)`: what SQLite's registered `fold` (Python's casefold) gives the list filters.
  `lower()` under the pinned ICU collation `sv-x-icu`, because under a database's own
  collation a C-locale server folds ASCII alone and "åsa" would not find Åsa; "ß" becomes
  "ss" as casefold makes it. Lists order by it in the "C" collation (storage/folding.py),
  code point by code point as SQLite does, whatever the database's own locale.
- `sort_key(text)`: Swedish alphabetical order, what SQLite's registered `sort_key` gives:
  `fold` with domain/sorting.py's `SORT_MAP` applied (Å, Ä, Ö after Z; é as e, ü as y, æ as
  ä, ø as ö), built here from that mapping, so both engines order lists alike.
- `sort_key_dk(text)`: Danish alphabetical order, SQLite's registered `sort_key_dk`: the
  same with `DANISH_SORT_MAP` (Æ, Ø, Å after Z; ä as æ, ö as ø), for a Danish organisation.
- Compound words ("Al-Sayed") are indexed by their parts alone, as FTS5's `unicode61`
  splits them: the parser's whole-compound tokens (`hword`, `asciihword`, `numhword`) are
  dropped from `ambassador`, so a hyphenated name holds the same words on both engines.

The existing names and notes not in the trash are indexed here, as 0003 copied FTS5's.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

CONFIGURATION = "ambassador"
# Every kind of word token of PostgreSQL's default parser but a compound as a whole; numbers,
# e-mail addresses and the like keep `simple` alone, as the copy gives them.
WORD_TOKENS = "asciiword, word, numword, hword_asciipart, hword_part, hword_numpart"
# A compound as a whole: only its parts are indexed, as FTS5 does.
COMPOUND_TOKENS = "asciihword, hword, numhword"
TABLES = ("search_index_names", "search_index_notes")
# What each kind of record puts in the index: (table, kind, source, its text). A note's
# `rowid` is `id * 4 + 3`, a participant's `+ 1`, an employer's `+ 2`.
SOURCES = (
    ("search_index_names", 1, "participants", "first_name || ' ' || last_name"),
    ("search_index_names", 2, "employers", "name"),
    ("search_index_notes", 3, "notes", "text"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    op.execute(f"CREATE TEXT SEARCH CONFIGURATION {CONFIGURATION} (COPY = simple)")
    op.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} "
        f"ALTER MAPPING FOR {WORD_TOKENS} WITH unaccent, simple"
    )
    op.execute(
        f"ALTER TEXT SEARCH CONFIGURATION {CONFIGURATION} DROP MAPPING FOR {COMPOUND_TOKENS}"
    )
    op.execute(
        "CREATE FUNCTION fold(text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        """AS $$ SELECT replace(lower($1 COLLATE "sv-x-icu"), 'ß', 'ss') $$"""
    )
    op.execute(
        "CREATE FUNCTION sort_key(text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        f"AS $$ SELECT {_sort_key_expression(SORT_KEY_SOURCE, SORT_KEY_TARGET)} $$"
    )
    op.execute(
        "CREATE FUNCTION sort_key_dk(text) RETURNS text "
        "LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE "
        f"AS $$ SELECT {_sort_key_expression(SORT_KEY_DK_SOURCE, SORT_KEY_DK_TARGET)} $$"
    )
    for table in TABLES:
        op.execute(
            f"CREATE TABLE {table} ("
            "rowid bigint PRIMARY KEY, body text NOT NULL, "
            "document tsvector GENERATED ALWAYS AS "
            f"(to_tsvector('{CONFIGURATION}'::regconfig, body)) STORED)"
        )
        op.execute(f"CREATE INDEX {table}_document ON {table} USING gin (document)")
    for table, kind, source, body in SOURCES:
        op.execute(
            f"INSERT INTO {table} (rowid, body) "
            f"SELECT id * 4 + {kind}, {body} FROM {source} WHERE deleted_at IS NULL"
        )


def downgrade() -> None:
    # `unaccent` stays: an extension may serve others in the database, and it holds no data.
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"DROP TABLE {table}")
    op.execute("DROP FUNCTION sort_key_dk(text)")
    op.execute("DROP FUNCTION sort_key(text)")
    op.execute("DROP FUNCTION fold(text)")
    op.execute(f"DROP TEXT SEARCH CONFIGURATION {CONFIGURATION}")


# domain/sorting.py's SORT_MAP and DANISH_SORT_MAP as this revision builds them
# (`sort_key_translation("se")` and `("dk")` when it was written), frozen here: a migration
# never follows later code. A changed map is a new revision replacing the function;
# tests/storage/test_folding.py holds each copy equal to its map at head.
SORT_KEY_SOURCE = "åäöæøáàâãçéèêëíìîïñóòôõúùûüýÿ"
SORT_KEY_TARGET = "{|}|}aaaaceeeeiiiinoooouuuyyy"
SORT_KEY_DK_SOURCE = SORT_KEY_SOURCE
SORT_KEY_DK_TARGET = "}{|{|aaaaceeeeiiiinoooouuuyyy"
SORT_KEY_LONGER = {"ß": "ss"}


def _sort_key_expression(source: str, target: str) -> str:
    """`fold($1)` with a sort map applied: `replace` for each longer replacement, then one
    `translate` for the single characters. The mapping holds no quote."""
    expression = "fold($1)"
    for ch, to in SORT_KEY_LONGER.items():
        expression = f"replace({expression}, '{ch}', '{to}')"
    return f"translate({expression}, '{source}', '{target}')"
