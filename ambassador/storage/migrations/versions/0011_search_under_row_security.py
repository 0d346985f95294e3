"""Search under row-level security: two functions that search as the owner and apply the
signed-in coordinator's unit themselves.

Under 0010's policies a coordinator's search could not use the GIN indexes: a policy's
condition runs before any condition of the query that is not leakproof, and `@@` is not, so
every entry was read and its policy checked before its words were (a rare word took as long
as reading every note). These functions run as the tables' owner (SECURITY DEFINER), so the
planner uses the indexes, and keep to the caller's unit with the policies' own rule, written
out: a participant's name when the participant is in `ambassador_unit_id()`'s unit, an
employer's always (the whole organisation's), a note when its participant is in the unit. A
caller in no unit gets employers' names and nothing else, as the policies give them.

- `ambassador_search_names(query)`: every name matching (a few thousand at most; the caller
  orders them, storage/name_ranking.py);
- `ambassador_search_notes(query, most, recent)`: up to `most` notes matching (NULL: all),
  newest first. As storage/server_search.py plans the owner's search, the newest `recent`
  entries are read first, walking backwards; a unit holds only some of them, so a common
  word may need a few such windows, and the walk goes on while the hits so far say that
  `most` is within `WALKS` windows. Otherwise (a rare word, or fewer hits than asked for)
  the older entries are looked up through the GIN index. Each entry's unit is looked up by
  its note's key, only for the entries whose words matched.

Both return only `rowid` and `body` of entries the caller may read anyway. Only coordinators
(and admins, through that group) may run them.

Also the calendar's id (services/exporting.py's random word in every check-in's UID), made
here if the database has none yet: the program makes it at the first calendar export, and a
coordinator, who may not write the organisation's settings (0010), could not.

PostgreSQL only: nothing changes in a file.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

GROUP = "ambassador_coordinator"
SETTINGS = "SECURITY DEFINER SET search_path = public, pg_temp"
# A note's unit: its participant's. A scalar subquery, so it runs per entry that matched,
# after the words (two primary-key lookups), never a join over every note of the unit.
NOTE_UNIT = (
    "(SELECT p.unit_id FROM notes AS o JOIN participants AS p ON p.id = o.participant_id "
    "WHERE o.id = n.rowid / 4)"
)
# Windows of `recent` entries walked newest first at most, while the hits found say the rest
# is near; a rarer word is looked up in the GIN index after the first.
WALKS = 8
NAMES = f"""
CREATE FUNCTION ambassador_search_names(query tsquery)
RETURNS TABLE (rowid bigint, body text)
LANGUAGE sql STABLE {SETTINGS} AS $$
    SELECT n.rowid, n.body FROM search_index_names AS n
    WHERE n.document @@ query
    AND (n.rowid % 4 = 2 OR (
        SELECT p.unit_id FROM participants AS p WHERE p.id = n.rowid / 4
    ) = ambassador_unit_id())
$$"""
NOTES = f"""
CREATE FUNCTION ambassador_search_notes(query tsquery, most integer, recent integer)
RETURNS TABLE (rowid bigint, body text)
LANGUAGE plpgsql STABLE {SETTINGS} AS $$
#variable_conflict use_column
DECLARE
    unit integer := ambassador_unit_id();
    found integer := 0;
    got integer;
    walked integer := 0;
    boundary bigint;
    older bigint;
    entries integer;
BEGIN
    IF unit IS NULL THEN
        RETURN;
    END IF;
    SELECT max(s.rowid) + 1 INTO boundary FROM search_index_notes AS s;
    LOOP
        SELECT min(w.rowid), count(*) INTO older, entries FROM (
            SELECT s.rowid FROM search_index_notes AS s
            WHERE s.rowid < boundary ORDER BY s.rowid DESC LIMIT recent
        ) AS w;
        EXIT WHEN entries = 0;
        RETURN QUERY
            SELECT n.rowid, n.body FROM (
                SELECT s.rowid, s.body, s.document FROM search_index_notes AS s
                WHERE s.rowid < boundary ORDER BY s.rowid DESC LIMIT recent
            ) AS n
            WHERE n.document @@ query AND {NOTE_UNIT} = unit
            ORDER BY n.rowid DESC LIMIT most - found;
        GET DIAGNOSTICS got = ROW_COUNT;
        found := found + got;
        walked := walked + 1;
        boundary := older;
        IF entries < recent OR found >= most THEN
            RETURN;
        END IF;
        -- Walk on only while the hits so far say the rest is within WALKS windows.
        EXIT WHEN most IS NULL OR found = 0
            OR (most - found) * walked > found * ({WALKS} - walked);
    END LOOP;
    IF entries = 0 THEN
        RETURN;
    END IF;
    RETURN QUERY
        SELECT n.rowid, n.body FROM search_index_notes AS n
        WHERE n.document @@ query AND n.rowid < boundary AND {NOTE_UNIT} = unit
        ORDER BY n.rowid + 0 DESC LIMIT most - found;
END $$"""
FUNCTIONS = (
    "ambassador_search_names(tsquery)",
    "ambassador_search_notes(tsquery, integer, integer)",
)


# As services/exporting.py makes it: sixteen hex digits.
CALENDAR_ID = (
    "INSERT INTO settings (key, value) "
    "SELECT 'calendar_id', substr(md5(random()::text || clock_timestamp()::text), 1, 16) "
    "WHERE NOT EXISTS (SELECT 1 FROM settings WHERE key = 'calendar_id')"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(NAMES)
    op.execute(NOTES)
    for function in FUNCTIONS:
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {GROUP}")
    op.execute(CALENDAR_ID)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for function in FUNCTIONS:
        op.execute(f"DROP FUNCTION {function}")
