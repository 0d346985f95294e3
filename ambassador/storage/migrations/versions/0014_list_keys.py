"""The working lists' stored keys: names' sort keys and folded names, a placement's last
contact, and the indexes that read a page of Placeringar, Deltagare or Arbetsgivare in order.

Both engines:

- `participants.sort_last`, `sort_first`: each name's sort key in the organisation's
  country's order (domain/sorting.py's, frozen below), and `search_name`, "first last" and
  "last first" casefolded, one a line; `employers.sort_name` and `search_name` the same of
  the name. Filled here in Python, in batches, from the names; kept by storage/list_keys.py;
- `placements.last_contact`: the moment of the placement's latest note not in the trash,
  filled by one statement, kept by storage/list_keys.py whenever a note is written;
  `participants.last_contact` the same of the person's notes (their participant_id), and
  `employers.last_contact` the later of its placements' not in the trash and its latest
  network contact not in the trash: as the lists computed them, kept likewise (and when a
  placement or a network contact is written);
- indexes: the sort keys, the last contact and the start (each list order a walk down one
  index), and "listed" indexes (not in the trash, the folded name; a placement's people)
  from which a list's count is read without its rows; partial indexes of Översikt's few
  rows (notes flagging a risk, open outcome checks, feedback not in the trash); planner
  statistics for each, as 0006 asks of every new index.

Filling the keys is nobody's change: the change log gets no line of it. A placement's,
person's or employer's last contact changing alone (its version unchanged: not a save of it)
is not a change of the record either, so their change triggers are remade to skip it: the
note written is logged, as before, and who last changed the record stays whoever saved it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

SORT_KEY = sa.Text().with_variant(sa.Text(collation="C"), "postgresql")
PARTICIPANT_COLUMNS = ("sort_last", "sort_first", "search_name")
# What a list's filter asks of a person: in the trash, the name typed.
LISTED = ["deleted_at", "search_name"]
# What says whether a placement is listed, in its order's index: no row read to skip it.
PEOPLE = ("deleted_at", "participant_id", "employer_id")
EMPLOYER_COLUMNS = ("sort_name", "search_name")
INDEXES = (
    ("ix_participants_sort", "participants", ["sort_last", "sort_first", *LISTED]),
    ("ix_participants_listed", "participants", LISTED),
    ("ix_employers_sort", "employers", ["sort_name"]),
    ("ix_employers_listed", "employers", ["deleted_at", "search_name"]),
    ("ix_placements_start_date", "placements", ["start_date", *PEOPLE]),
    ("ix_placements_last_contact", "placements", ["last_contact", *PEOPLE]),
    ("ix_placements_listed", "placements", ["participant_id", "employer_id", "deleted_at"]),
    ("ix_participants_last_contact", "participants", ["last_contact", *LISTED]),
    ("ix_employers_last_contact", "employers", ["last_contact", "deleted_at", "search_name"]),
)
# Översikt's and the follow-up's few rows, each list a walk down a partial index: the notes
# flagging a risk, the outcome checks not yet answered, the feedback not in the trash. Each
# condition is written as SQLAlchemy compiles the query's (`NoteRow.dropout_risk.is_(True)`
# is "IS 1" on SQLite, "IS true" on PostgreSQL): SQLite uses a partial index only for a query
# whose WHERE holds its condition's very terms.
PARTIAL = (
    (
        "ix_notes_dropout_flags",
        "notes",
        ["placement_id", "deleted_at", "occurred_at"],
        {"sqlite": "dropout_risk IS 1", "postgresql": "dropout_risk IS true"},
    ),
    ("ix_outcome_checks_open_due", "outcome_checks", ["due_on"], "result IS NULL"),
    (
        "ix_feedback_placement_respondent",
        "feedback",
        ["placement_id", "respondent", "given_on"],
        "deleted_at IS NULL",
    ),
)
# A decade's numbers, as the neighbouring indexes' (0004, 0006).
STATISTICS = (
    ("participants", "ix_participants_sort", "3000 51 2 2 1"),
    ("participants", "ix_participants_listed", "3000 3000 1"),
    ("employers", "ix_employers_sort", "1062 2"),
    ("employers", "ix_employers_listed", "1062 1062 2"),
    ("placements", "ix_placements_start_date", "5472 3 3 1 1"),
    ("placements", "ix_placements_last_contact", "5472 2 2 1 1"),
    ("placements", "ix_placements_listed", "5472 2 1 1"),
    ("participants", "ix_participants_last_contact", "3000 1 1 1"),
    ("employers", "ix_employers_last_contact", "1062 2 2 1"),
    ("notes", "ix_notes_dropout_flags", "5070 2 2 1"),
    ("outcome_checks", "ix_outcome_checks_open_due", "195 2"),
    ("feedback", "ix_feedback_placement_respondent", "16723 4 3 1"),
)
BATCH = 5_000
NAME_SEPARATOR = "\n"  # storage/list_keys.py's
# domain/sorting.py's maps when this revision was written (`sort_key_translation`), frozen
# as 0009's are: a migration never follows later code. tests/storage/test_folding.py holds
# them equal to the maps at head; a changed map is a new revision filling the keys again.
SORT_TABLES = {
    "se": str.maketrans("åäöæøáàâãçéèêëíìîïñóòôõúùûüýÿ", "{|}|}aaaaceeeeiiiinoooouuuyyy")
    | str.maketrans({"ß": "ss"}),
    "dk": str.maketrans("åäöæøáàâãçéèêëíìîïñóòôõúùûüýÿ", "}{|{|aaaaceeeeiiiinoooouuuyyy")
    | str.maketrans({"ß": "ss"}),
}
DEFAULT_COUNTRY = "se"


def sort_key(text: str, country: str) -> str:
    return text.casefold().translate(SORT_TABLES.get(country, SORT_TABLES[DEFAULT_COUNTRY]))


# The tables with a stored last contact, and how 0010's change trigger on each finds the
# unit whose channel hears of a change.
LAST_CONTACT_TABLES = (
    ("placements", "participant"),
    ("participants", "unit"),
    ("employers", "shared"),
)


def _sqlite_update_trigger(table: str, condition: str) -> str:
    """0010's change trigger on `table`'s updates, `WHEN condition` ('' for none)."""
    when = f"WHEN {condition} " if condition else ""
    return (
        f"CREATE TRIGGER change_log_{table}_update AFTER UPDATE ON {table} "
        f"{when}BEGIN INSERT INTO change_log (at, user_name, table_name, record_id, action) "
        f"VALUES (datetime('now', 'localtime'), '', '{table}', NEW.id, 'update'); END"
    )


def _remake_triggers(
    bind: Any, sqlite: bool, tables: tuple[tuple[str, str], ...], up: bool
) -> None:
    for table, kind in tables:
        if sqlite:
            bind.exec_driver_sql(f"DROP TRIGGER change_log_{table}_update")
            bind.exec_driver_sql(_sqlite_update_trigger(table, SAVED_SQLITE if up else ""))
        else:
            for statement in _server_triggers(table, kind, SAVED_SERVER if up else ""):
                op.execute(statement)


# A record's save counts a version; the last contact recomputed alone does not.
SAVED_SQLITE = "NEW.version != OLD.version OR NEW.last_contact IS OLD.last_contact"
SAVED_SERVER = (
    "NEW.version <> OLD.version OR NEW.last_contact IS NOT DISTINCT FROM OLD.last_contact"
)


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    for table, names in (("participants", PARTICIPANT_COLUMNS), ("employers", EMPLOYER_COLUMNS)):
        for column in names:
            # A sort key compares code point by code point, on a server too (the "C"
            # collation), whatever locale the database was made with.
            kind = SORT_KEY if column.startswith("sort_") else sa.Text()
            op.add_column(table, sa.Column(column, kind, server_default="", nullable=False))
    for table, _kind in LAST_CONTACT_TABLES:
        op.add_column(table, sa.Column("last_contact", sa.DateTime(), nullable=True))
    _remake_triggers(bind, sqlite, LAST_CONTACT_TABLES[:1], up=True)
    logged = bind.execute(sa.text("SELECT coalesce(max(id), 0) FROM change_log")).scalar()
    if not sqlite:
        for table in ("participants", "employers"):
            op.execute(f"ALTER TABLE {table} DISABLE TRIGGER change_log")
    _fill_names(bind)
    bind.exec_driver_sql(
        "UPDATE placements SET last_contact = (SELECT max(occurred_at) FROM notes "
        "WHERE notes.placement_id = placements.id AND notes.deleted_at IS NULL)"
    )
    _fill_last_contacts(bind)
    if sqlite:
        bind.execute(sa.text("DELETE FROM change_log WHERE id > :logged"), {"logged": logged})
    else:
        for table in ("participants", "employers"):
            op.execute(f"ALTER TABLE {table} ENABLE TRIGGER change_log")
    # After the fills, which the triggers as they were (disabled on a server) left unlogged.
    _remake_triggers(bind, sqlite, LAST_CONTACT_TABLES[1:], up=True)
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    for name, table, columns, where in PARTIAL:
        condition = sa.text(where if isinstance(where, str) else where[bind.dialect.name])
        op.create_index(name, table, columns, sqlite_where=condition, postgresql_where=condition)
    if sqlite:
        for table, index, stat in STATISTICS:
            bind.exec_driver_sql(
                "INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", (table, index, stat)
            )
        bind.exec_driver_sql("ANALYZE sqlite_schema")


def downgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    for name, table, *_rest in (*INDEXES, *PARTIAL):
        op.drop_index(name, table_name=table)
    if sqlite:
        bind.exec_driver_sql(
            "DELETE FROM sqlite_stat1 WHERE idx IN ("
            + ", ".join(f"'{name}'" for _table, name, _stat in STATISTICS)
            + ")"
        )
    _remake_triggers(bind, sqlite, LAST_CONTACT_TABLES, up=False)
    # SQLite's own DROP COLUMN (3.35), as 0013 drops its columns.
    for table, _kind in LAST_CONTACT_TABLES:
        op.execute(f"ALTER TABLE {table} DROP COLUMN last_contact")
    for column in EMPLOYER_COLUMNS:
        op.execute(f"ALTER TABLE employers DROP COLUMN {column}")
    for column in PARTICIPANT_COLUMNS:
        op.execute(f"ALTER TABLE participants DROP COLUMN {column}")
    if sqlite:
        bind.exec_driver_sql("ANALYZE sqlite_schema")


def _server_triggers(table: str, kind: str, condition: str) -> list[str]:
    """0010's change trigger on `table`: one for every change (`condition` ''), or one for
    inserts and deletions and one for updates `WHEN condition` (a trigger on several events
    cannot read both OLD and NEW)."""
    statements = [
        f"DROP TRIGGER IF EXISTS change_log ON {table}",
        f"DROP TRIGGER IF EXISTS change_log_update ON {table}",
    ]
    if not condition:
        return [
            *statements,
            f"CREATE TRIGGER change_log AFTER INSERT OR UPDATE OR DELETE ON {table} "
            f"FOR EACH ROW EXECUTE FUNCTION ambassador_changed('{kind}')",
        ]
    return [
        *statements,
        f"CREATE TRIGGER change_log AFTER INSERT OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION ambassador_changed('{kind}')",
        f"CREATE TRIGGER change_log_update AFTER UPDATE ON {table} FOR EACH ROW "
        f"WHEN ({condition}) EXECUTE FUNCTION ambassador_changed('{kind}')",
    ]


def _fill_last_contacts(bind: Any) -> None:
    """A person's and an employer's last contact as the lists computed them: the person's
    latest note not in the trash; the later of the employer's placements' (not in the trash,
    their last contact just filled) and its latest network contact not in the trash."""
    bind.exec_driver_sql(
        "UPDATE participants SET last_contact = (SELECT max(occurred_at) FROM notes "
        "WHERE notes.participant_id = participants.id AND notes.deleted_at IS NULL)"
    )
    bind.exec_driver_sql(
        "UPDATE employers SET last_contact = (SELECT max(last_contact) FROM placements "
        "WHERE placements.employer_id = employers.id AND placements.deleted_at IS NULL)"
    )
    network = (
        "FROM network_contacts WHERE network_contacts.employer_id = employers.id "
        "AND network_contacts.deleted_at IS NULL"
    )
    bind.exec_driver_sql(
        f"UPDATE employers SET last_contact = (SELECT max(occurred_at) {network}) "
        f"WHERE EXISTS (SELECT 1 {network} AND (employers.last_contact IS NULL "
        "OR network_contacts.occurred_at > employers.last_contact))"
    )


def _country(bind: Any) -> str:
    stored = bind.execute(sa.text("SELECT value FROM settings WHERE key = 'country'")).scalar()
    return stored if stored in SORT_TABLES else DEFAULT_COUNTRY


def _fill_names(bind: Any) -> None:
    country = _country(bind)
    people = bind.execute(sa.text("SELECT id, first_name, last_name FROM participants")).all()
    values = [
        {
            "id": pid,
            "sort_last": sort_key(last, country),
            "sort_first": sort_key(first, country),
            "search_name": f"{first} {last}".casefold()
            + NAME_SEPARATOR
            + f"{last} {first}".casefold(),
        }
        for pid, first, last in people
    ]
    _update(
        bind,
        "UPDATE participants SET sort_last = :sort_last, sort_first = :sort_first, "
        "search_name = :search_name WHERE id = :id",
        values,
    )
    employers = bind.execute(sa.text("SELECT id, name FROM employers")).all()
    _update(
        bind,
        "UPDATE employers SET sort_name = :sort_name, search_name = :search_name WHERE id = :id",
        [
            {"id": eid, "sort_name": sort_key(name, country), "search_name": name.casefold()}
            for eid, name in employers
        ],
    )


def _update(bind: Any, statement: str, values: list[dict[str, Any]]) -> None:
    for start in range(0, len(values), BATCH):
        bind.execute(sa.text(statement), values[start : start + BATCH])
