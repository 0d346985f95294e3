"""Search under row-level security: each search entry knows its unit, and two functions search
as the owner, keeping to the signed-in coordinator's unit themselves.

Under 0010's policies a coordinator's search could not use the GIN indexes: a policy's
condition runs before any condition of the query that is not leakproof, and `@@` is not, so
every entry was read and its policy checked (through notes and participants) before its words
were: a rare word took as long as reading every note. Here:

- `search_index_names` and `search_index_notes` get a `unit_id`: a participant's name its
  participant's unit, a note its participant's, an employer's name none. Triggers keep it so
  whatever the program writes (it never sends one): the entry's own when it is written, and
  every entry of a person when the person moves to another unit (`assign-unit`) or a note to
  another person. Notes are indexed by (unit_id, rowid), so a unit's newest notes are walked
  as the owner's search walks everyone's.
- `ambassador_search_names(query)`: every name matching that the caller may read (a few
  thousand at most; the caller orders them, storage/name_ranking.py): employers' always,
  participants' of the caller's unit (`ambassador_unit_id()`).
- `ambassador_search_notes(query, most, recent)`: up to `most` notes of the caller's unit
  matching (NULL: all), newest first: among the unit's newest `recent` notes first, walking
  backwards, and only when they hold fewer through the GIN index, as storage/server_search.py
  plans the owner's search, and as fast.

Both run as the tables' owner (SECURITY DEFINER), so the planner uses the indexes, and return
only `rowid` and `body` of entries the caller may read anyway; only coordinators (and admins,
through that group) may run them. A caller in no unit gets employers' names and nothing
else, as the policies give them.

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
TABLES = ("search_index_names", "search_index_notes")
# Each entry's unit, as the owner: a note's participant's, a participant's own, an employer's
# none (rowid: id * 4 + kind, 1 a participant, 2 an employer, 3 a note; 0009).
ENTRY_UNIT = f"""
CREATE FUNCTION ambassador_search_entry_unit() RETURNS trigger
LANGUAGE plpgsql {SETTINGS} AS $$
BEGIN
    IF NEW.rowid % 4 = 3 THEN
        NEW.unit_id := (SELECT p.unit_id FROM notes AS o
                        JOIN participants AS p ON p.id = o.participant_id
                        WHERE o.id = NEW.rowid / 4);
    ELSIF NEW.rowid % 4 = 1 THEN
        NEW.unit_id := (SELECT p.unit_id FROM participants AS p WHERE p.id = NEW.rowid / 4);
    ELSE
        NEW.unit_id := NULL;
    END IF;
    RETURN NEW;
END $$"""
# A person moved to another unit takes their name's and notes' entries along.
PERSON_MOVED = f"""
CREATE FUNCTION ambassador_search_person_moved() RETURNS trigger
LANGUAGE plpgsql {SETTINGS} AS $$
BEGIN
    UPDATE search_index_names SET unit_id = NEW.unit_id WHERE rowid = NEW.id * 4 + 1;
    UPDATE search_index_notes AS s SET unit_id = NEW.unit_id
    FROM notes AS o WHERE o.participant_id = NEW.id AND s.rowid = o.id * 4 + 3;
    RETURN NULL;
END $$"""
# A note given to another person takes its entry to that person's unit.
NOTE_MOVED = f"""
CREATE FUNCTION ambassador_search_note_moved() RETURNS trigger
LANGUAGE plpgsql {SETTINGS} AS $$
BEGIN
    UPDATE search_index_notes SET unit_id = (
        SELECT p.unit_id FROM participants AS p WHERE p.id = NEW.participant_id
    ) WHERE rowid = NEW.id * 4 + 3;
    RETURN NULL;
END $$"""
TRIGGERS = (
    "CREATE TRIGGER unit BEFORE INSERT OR UPDATE ON search_index_names "
    "FOR EACH ROW EXECUTE FUNCTION ambassador_search_entry_unit()",
    "CREATE TRIGGER unit BEFORE INSERT OR UPDATE ON search_index_notes "
    "FOR EACH ROW EXECUTE FUNCTION ambassador_search_entry_unit()",
    "CREATE TRIGGER search_unit AFTER UPDATE OF unit_id ON participants FOR EACH ROW "
    "WHEN (OLD.unit_id IS DISTINCT FROM NEW.unit_id) "
    "EXECUTE FUNCTION ambassador_search_person_moved()",
    "CREATE TRIGGER search_unit AFTER UPDATE OF participant_id ON notes FOR EACH ROW "
    "WHEN (OLD.participant_id IS DISTINCT FROM NEW.participant_id) "
    "EXECUTE FUNCTION ambassador_search_note_moved()",
)
# The entries already there, as the triggers would have written them.
FILL = (
    "UPDATE search_index_names AS s SET unit_id = p.unit_id FROM participants AS p "
    "WHERE s.rowid % 4 = 1 AND p.id = s.rowid / 4",
    "UPDATE search_index_notes AS s SET unit_id = p.unit_id FROM notes AS o "
    "JOIN participants AS p ON p.id = o.participant_id WHERE o.id = s.rowid / 4",
)
NAMES = f"""
CREATE FUNCTION ambassador_search_names(query tsquery)
RETURNS TABLE (rowid bigint, body text)
LANGUAGE sql STABLE {SETTINGS} AS $$
    SELECT n.rowid, n.body FROM search_index_names AS n
    WHERE n.document @@ query AND (n.rowid % 4 = 2 OR n.unit_id = ambassador_unit_id())
$$"""
NOTES = f"""
CREATE FUNCTION ambassador_search_notes(query tsquery, most integer, recent integer)
RETURNS TABLE (rowid bigint, body text)
LANGUAGE plpgsql STABLE {SETTINGS} AS $$
#variable_conflict use_column
DECLARE
    unit integer := ambassador_unit_id();
    found integer;
BEGIN
    IF unit IS NULL THEN
        RETURN;
    END IF;
    RETURN QUERY
        SELECT n.rowid, n.body FROM (
            SELECT s.rowid, s.body, s.document FROM search_index_notes AS s
            WHERE s.unit_id = unit ORDER BY s.rowid DESC LIMIT recent
        ) AS n
        WHERE n.document @@ query ORDER BY n.rowid DESC LIMIT most;
    GET DIAGNOSTICS found = ROW_COUNT;
    IF found >= most THEN
        RETURN;
    END IF;
    -- A rarer word: the unit's older notes through the GIN index, sorted by `rowid + 0` so
    -- that the planner cannot choose to walk every note backwards instead.
    RETURN QUERY
        SELECT n.rowid, n.body FROM search_index_notes AS n
        WHERE n.document @@ query AND n.unit_id = unit AND n.rowid < coalesce((
            SELECT min(w.rowid) FROM (
                SELECT s.rowid FROM search_index_notes AS s
                WHERE s.unit_id = unit ORDER BY s.rowid DESC LIMIT recent
            ) AS w
        ), 0)
        ORDER BY n.rowid + 0 DESC LIMIT most - found;
END $$"""
FUNCTIONS = (
    "ambassador_search_names(tsquery)",
    "ambassador_search_notes(tsquery, integer, integer)",
)
HELPERS = (
    "ambassador_search_entry_unit()",
    "ambassador_search_person_moved()",
    "ambassador_search_note_moved()",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ADD COLUMN unit_id integer")
    for statement in FILL:
        op.execute(statement)
    op.execute("CREATE INDEX search_index_notes_unit ON search_index_notes (unit_id, rowid)")
    for function in (ENTRY_UNIT, PERSON_MOVED, NOTE_MOVED, NAMES, NOTES):
        op.execute(function)
    for trigger in TRIGGERS:
        op.execute(trigger)
    for function in (*FUNCTIONS, *HELPERS):
        op.execute(f"REVOKE ALL ON FUNCTION {function} FROM PUBLIC")
    for function in FUNCTIONS:
        op.execute(f"GRANT EXECUTE ON FUNCTION {function} TO {GROUP}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP TRIGGER search_unit ON notes")
    op.execute("DROP TRIGGER search_unit ON participants")
    for table in TABLES:
        op.execute(f"DROP TRIGGER unit ON {table}")
    for function in (*FUNCTIONS, *HELPERS):
        op.execute(f"DROP FUNCTION {function}")
    op.execute("DROP INDEX search_index_notes_unit")
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN unit_id")
