"""The working lists' stored keys, kept by every write: names' sort keys and folded text,
and each placement's, person's and employer's last contact.

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
  placements it touched (the one a note left too), in the same transaction;
- a person's `last_contact`, their latest note not in the trash (its participant_id), and an
  employer's, the later of its placements' not in the trash and its latest network contact
  not in the trash: after each flush that writes a note (the person and placement it left
  too), moves, trashes, restores or removes a placement, or writes a network contact,
  recomputed after the placements' (which the employer's reads).

Writes that bypass the ORM (storage/bulk.py's executemany, storage/trash.py's purges) call
`name_keys`, `refresh_last_contact` and `refresh_employer_last_contact` themselves. The
same code runs against both engines, so a server needs no trigger: every client writes
through these repositories.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import case, event, func, inspect, select, update
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from ambassador.domain.sorting import sort_key
from ambassador.storage.registry import organisation_country
from ambassador.storage.rows import (
    EmployerRow,
    NetworkContactRow,
    NoteRow,
    ParticipantRow,
    PlacementRow,
)

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


def participant_last_contact_of() -> Any:
    """A person's latest note not in the trash, per row of `participants`."""
    return (
        select(func.max(NoteRow.occurred_at))
        .where(NoteRow.participant_id == ParticipantRow.id, NoteRow.deleted_at.is_(None))
        .scalar_subquery()
    )


def employer_last_contact_of() -> Any:
    """An employer's latest note on its placements not in the trash (their stored last
    contact) or network contact not in the trash, whichever is later, per row of
    `employers`."""
    placements = (
        select(func.max(PlacementRow.last_contact))
        .where(PlacementRow.employer_id == EmployerRow.id, PlacementRow.deleted_at.is_(None))
        .scalar_subquery()
    )
    network = (
        select(func.max(NetworkContactRow.occurred_at))
        .where(
            NetworkContactRow.employer_id == EmployerRow.id,
            NetworkContactRow.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    return later(placements, network)


def later(first: Any, second: Any) -> Any:
    """The later of two moments, either of which may be NULL (SQLite's two-argument max()
    is NULL when one is, PostgreSQL's greatest() skips it: the same on both)."""
    return case(
        (first.is_(None), second),
        (second.is_(None), first),
        (first >= second, first),
        else_=second,
    )


def refresh_last_contact(session: Session, placement_ids: Iterable[int]) -> None:
    """Recompute `last_contact` of `placement_ids` from their notes, and their employers'.
    A Core statement: the placement's own version (its form's save counter) is not a note's
    to count, and a row whose moment stays is not written, so the change log (whose trigger
    skips a last contact changed alone, migration 0014) and who last changed the placement
    stay as the placement's own saves left them."""
    ids = sorted(set(placement_ids))
    _refresh(session, PlacementRow, last_contact_of, ids)
    employers: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        employers.update(
            session.connection().scalars(
                select(PlacementRow.employer_id).where(
                    PlacementRow.id.in_(ids[start : start + CHUNK])
                )
            )
        )
    refresh_employer_last_contact(session, employers)


def refresh_participant_last_contact(session: Session, participant_ids: Iterable[int]) -> None:
    """Recompute `last_contact` of `participant_ids` from their notes, as a placement's."""
    _refresh(session, ParticipantRow, participant_last_contact_of, sorted(set(participant_ids)))


def refresh_employer_last_contact(session: Session, employer_ids: Iterable[int]) -> None:
    """Recompute `last_contact` of `employer_ids` from their placements' (kept first) and
    their network contacts, as a placement's."""
    _refresh(session, EmployerRow, employer_last_contact_of, sorted(set(employer_ids)))


def _refresh(session: Session, table: Any, latest_of: Any, ids: list[int]) -> None:
    connection = session.connection()
    for start in range(0, len(ids), CHUNK):
        latest = latest_of()
        connection.execute(
            update(table)
            .where(
                table.id.in_(ids[start : start + CHUNK]),
                table.last_contact.is_distinct_from(latest),
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


# What of each row a last contact reads, and which of its columns name the records whose
# last contact it is.
_READ: dict[type, tuple[tuple[str, ...], tuple[str, ...]]] = {
    NoteRow: (("occurred_at", "deleted_at"), ("placement_id", "participant_id")),
    PlacementRow: (("deleted_at",), ("employer_id",)),
    NetworkContactRow: (("occurred_at", "deleted_at"), ("employer_id",)),
}


def _touched(session: Session) -> dict[str, set[int]]:
    """The placements, people and employers whose last contact this flush may have changed,
    by the column naming them: each written row's before and after."""
    touched: dict[str, set[int]] = {
        "placement_id": set(),
        "participant_id": set(),
        "employer_id": set(),
    }
    for row in (*session.new, *session.dirty, *session.deleted):
        read = _READ.get(type(row))
        if read is None:
            continue
        moments, owners = read
        state = inspect(row)
        if row in session.dirty and not any(
            state.attrs[name].history.has_changes() for name in (*moments, *owners)
        ):
            continue
        for owner in owners:
            history = state.attrs[owner].history
            touched[owner].update(
                value for value in (getattr(row, owner), *history.deleted) if isinstance(value, int)
            )
    return touched


def _after_flush(session: Session, _context: UOWTransaction) -> None:
    touched = _touched(session)
    # The placements' first (their employers' with them): an employer's reads theirs.
    if touched["placement_id"]:
        refresh_last_contact(session, touched["placement_id"])
    if touched["participant_id"]:
        refresh_participant_last_contact(session, touched["participant_id"])
    if touched["employer_id"]:
        refresh_employer_last_contact(session, touched["employer_id"])


def watch(factory: sessionmaker[Session]) -> None:
    """Keep the keys in step with every flush of sessions from `factory`."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
