"""The working lists' stored keys, kept by every write: names' sort keys and folded text,
and each placement's last contact.

Placeringar, Deltagare and Arbetsgivare order and filter a register of tens of thousands of
rows; computing a folded name or a latest note for every row at each keystroke or click is
what made them slow. Migration 0014 stores the keys and fills them; here they are kept:

- a participant's `sort_last`/`sort_first` (domain/sorting.py's key in the organisation's
  country's order) and `search_name` ("first last" and "last first" folded, one a line), an
  employer's `sort_name` and `search_name`: set before each flush from the names, so every
  insert and rename through the ORM carries them. The country cannot change once anyone is
  registered (services/settings.py), so a stored key never goes stale with it;
- a placement's `last_contact`, the moment of its latest note not in the trash: after each
  flush that adds, edits, moves, trashes, restores or removes a note, recomputed for the
  placements it touched (the one a note left too), in the same transaction.

Writes that bypass the ORM (storage/bulk.py's executemany) call `name_keys` and
`refresh_last_contact` themselves. The same code runs against both engines, so a server
needs no trigger: every client writes through these repositories.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, func, inspect, select, update
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from ambassador.domain.sorting import sort_key
from ambassador.storage.registry import organisation_country
from ambassador.storage.rows import EmployerRow, NoteRow, ParticipantRow, PlacementRow

# Between "first last" and "last first" in `search_name`: no typed filter holds one, so no
# match spans the two.
NAME_SEPARATOR = "\n"
# Placements recomputed in one statement: well under SQLite's limit of bound parameters.
CHUNK = 500


def participant_keys(first_name: str, last_name: str, country: str) -> dict[str, str]:
    return {
        "sort_last": sort_key(last_name, country),
        "sort_first": sort_key(first_name, country),
        "search_name": (
            f"{first_name} {last_name}".casefold()
            + NAME_SEPARATOR
            + f"{last_name} {first_name}".casefold()
        ),
    }


def employer_keys(name: str, country: str) -> dict[str, str]:
    return {"sort_name": sort_key(name, country), "search_name": name.casefold()}


def name_keys(session: Session, table: Any, values: dict[str, Any]) -> dict[str, Any]:
    """`values` of a row about to be inserted into `table` with its keys added."""
    country = organisation_country(session)
    if table is ParticipantRow:
        return values | participant_keys(values["first_name"], values["last_name"], country)
    if table is EmployerRow:
        return values | employer_keys(values["name"], country)
    return values


def last_contact_of() -> Any:
    """A placement's latest note not in the trash, per row of `placements`."""
    return (
        select(func.max(NoteRow.occurred_at))
        .where(NoteRow.placement_id == PlacementRow.id, NoteRow.deleted_at.is_(None))
        .scalar_subquery()
    )


def refresh_last_contact(session: Session, placement_ids: Iterable[int]) -> None:
    """Recompute `last_contact` of `placement_ids` from their notes. A Core statement: the
    placement's own version (its form's save counter) is not a note's to count, and a row
    whose moment stays is not written, so the change log (whose trigger skips a last
    contact changed alone, migration 0014) and who last changed the placement stay as the
    placement's own saves left them."""
    ids = sorted(set(placement_ids))
    connection = session.connection()
    for start in range(0, len(ids), CHUNK):
        latest = last_contact_of()
        connection.execute(
            update(PlacementRow)
            .where(
                PlacementRow.id.in_(ids[start : start + CHUNK]),
                PlacementRow.last_contact.is_distinct_from(latest),
            )
            .values(last_contact=latest)
        )


def _names_changed(row: Any, names: tuple[str, ...]) -> bool:
    state = inspect(row)
    return any(state.attrs[name].history.has_changes() for name in names)


def _before_flush(session: Session, _context: UOWTransaction, _instances: object) -> None:
    rows = [
        row
        for row in (*session.new, *session.dirty)
        if (isinstance(row, ParticipantRow) and _names_changed(row, ("first_name", "last_name")))
        or (isinstance(row, EmployerRow) and _names_changed(row, ("name",)))
    ]
    if not rows:
        return
    with session.no_autoflush:
        country = organisation_country(session)
    for row in rows:
        if isinstance(row, ParticipantRow):
            keys = participant_keys(row.first_name, row.last_name, country)
        else:
            keys = employer_keys(row.name, country)
        for name, value in keys.items():
            setattr(row, name, value)


def _touched_placements(session: Session) -> set[int]:
    """The placements whose notes this flush changed: a note's placement before and after."""
    touched: set[int] = set()
    for row in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(row, NoteRow):
            continue
        state = inspect(row)
        if row in session.dirty and not any(
            state.attrs[name].history.has_changes()
            for name in ("placement_id", "occurred_at", "deleted_at")
        ):
            continue
        history = state.attrs["placement_id"].history
        touched.update(
            placement
            for placement in (row.placement_id, *history.deleted)
            if isinstance(placement, int)
        )
    return touched


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    touched = _touched_placements(session)
    if touched:
        refresh_last_contact(session, touched)


def watch(factory: sessionmaker[Session]) -> None:
    """Keep the keys in step with every flush of sessions from `factory`."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
