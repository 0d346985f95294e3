"""The lists' stored keys (storage/list_keys.py) are kept by every write: a placement's last
contact follows its notes added, trashed, restored, moved and removed, a person's their notes,
an employer's its placements' notes and network contacts (placements moved, trashed and
removed too), names' keys follow a rename, a bulk load stores them, and a note written is
not logged as a change of its placement, person or employer. On either engine every stored
key equals the one computed from its sources."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from ambassador.domain.browse import PlacementFilter, PlacementOrder
from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.domain.network import NetworkContactFields
from ambassador.domain.sorting import sort_key
from ambassador.domain.trash import TrashKind
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage import browse_queries
from ambassador.storage.database import Database
from ambassador.storage.list_keys import last_contact_of, later
from ambassador.storage.rows import (
    ChangeLogRow,
    EmployerRow,
    NetworkContactRow,
    NoteRow,
    ParticipantRow,
    PlacementRow,
)
from tests.conftest import NOW
from tests.factories import (
    days_before,
    employer_fields,
    make_employer,
    make_participant,
    make_placement,
    note_fields,
    participant_fields,
)


def stored_keys_hold(database: Database, country: str = SWEDEN) -> None:
    """Every stored key is the one its sources give now."""
    with database.read() as uow:
        session = uow._session
        for first, last, sort_last, sort_first, search in session.execute(
            select(
                ParticipantRow.first_name,
                ParticipantRow.last_name,
                ParticipantRow.sort_last,
                ParticipantRow.sort_first,
                ParticipantRow.search_name,
            )
        ):
            assert (sort_last, sort_first) == (sort_key(last, country), sort_key(first, country))
            assert search == f"{first} {last}".casefold() + "\n" + f"{last} {first}".casefold()
        for name, sort_name, search in session.execute(
            select(EmployerRow.name, EmployerRow.sort_name, EmployerRow.search_name)
        ):
            assert (sort_name, search) == (sort_key(name, country), name.casefold())
        stored = session.execute(
            select(PlacementRow.id, PlacementRow.last_contact, last_contact_of())
        ).all()
        assert [(pid, kept) for pid, kept, _computed in stored] == [
            (pid, computed) for pid, _kept, computed in stored
        ]
        # A person's and an employer's as the lists computed them from the notes.
        person_note = (
            select(func.max(NoteRow.occurred_at))
            .where(NoteRow.participant_id == ParticipantRow.id, NoteRow.deleted_at.is_(None))
            .scalar_subquery()
        )
        people = session.execute(
            select(ParticipantRow.id, ParticipantRow.last_contact, person_note)
        ).all()
        assert [(pid, kept) for pid, kept, _computed in people] == [
            (pid, computed) for pid, _kept, computed in people
        ]
        employers = session.execute(
            select(EmployerRow.id, EmployerRow.last_contact, employer_last_contact())
        ).all()
        assert [(eid, kept) for eid, kept, _computed in employers] == [
            (eid, computed) for eid, _kept, computed in employers
        ]


def employer_last_contact() -> Any:
    """Arbetsgivare's last contact as the list computed it before it was stored."""
    last_note = (
        select(func.max(NoteRow.occurred_at))
        .join(PlacementRow, PlacementRow.id == NoteRow.placement_id)
        .where(
            PlacementRow.employer_id == EmployerRow.id,
            NoteRow.deleted_at.is_(None),
            PlacementRow.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    last_network = (
        select(func.max(NetworkContactRow.occurred_at))
        .where(
            NetworkContactRow.employer_id == EmployerRow.id,
            NetworkContactRow.deleted_at.is_(None),
        )
        .scalar_subquery()
    )
    return later(last_note, last_network)


def last_contact(database: Database, placement_id: int) -> datetime | None:
    with database.read() as uow:
        return uow._session.scalar(
            select(PlacementRow.last_contact).where(PlacementRow.id == placement_id)
        )


def test_a_placements_last_contact_follows_its_notes(
    services: Services, database: Database
) -> None:
    person = make_participant(services)
    placement = make_placement(services, person)
    other = make_placement(services, person)
    assert last_contact(database, placement) is None
    older, newer = days_before(NOW, 9), days_before(NOW, 2)
    services.follow_up.add_note(note_fields(person, placement, older))
    assert last_contact(database, placement) == older
    latest = services.follow_up.add_note(note_fields(person, placement, newer)).note
    services.follow_up.add_note(note_fields(person, placement, days_before(NOW, 20)))
    services.follow_up.add_note(note_fields(person, None, NOW))  # the person's, no placement
    assert last_contact(database, placement) == newer
    services.follow_up.delete_note(latest.id)
    assert last_contact(database, placement) == older
    services.trash.restore(TrashKind.NOTE, latest.id)
    assert last_contact(database, placement) == newer
    with database.write() as uow:  # moved to the other placement, and its moment edited
        row = uow._session.get(NoteRow, latest.id)
        assert row is not None
        row.placement_id, row.occurred_at = other, days_before(NOW, 1)
    assert last_contact(database, placement) == older
    assert last_contact(database, other) == days_before(NOW, 1)
    services.follow_up.delete_note(latest.id)
    assert last_contact(database, other) is None
    with database.write() as uow:  # removed for good from the trash: nothing changes
        uow.trash.purge(TrashKind.NOTE, latest.id)
    assert last_contact(database, other) is None
    stored_keys_hold(database)
    listed = services.browse.placements(
        PlacementFilter(participant_id=person, order=PlacementOrder.LAST_CONTACT)
    ).rows
    assert [(row.id, row.last_contact) for row in listed] == [
        (placement, older.date()),
        (other, None),
    ]


def stored(database: Database, table: Any, record_id: int) -> datetime | None:
    with database.read() as uow:
        return uow._session.scalar(select(table.last_contact).where(table.id == record_id))


def network_contact(services: Services, employer: int, occurred_at: datetime) -> int:
    fields = NetworkContactFields(
        employer_id=employer,
        occurred_at=occurred_at,
        kind="Nätverksmöte",
        text="Träff om höstens rekryteringar.",
    )
    return services.network.add(fields).contact.id


def test_a_persons_and_an_employers_last_contact_follow_their_notes_and_contacts(
    services: Services, database: Database
) -> None:
    anna, bo = make_participant(services), make_participant(services)
    ek = make_employer(services, organisation_number=None, name="Ek AB")
    lind = make_employer(services, organisation_number=None, name="Lind AB")
    at_ek = make_placement(services, anna, ek)
    bos = make_placement(services, bo, lind)
    assert stored(database, ParticipantRow, anna) is None
    assert stored(database, EmployerRow, ek) is None
    day = [days_before(NOW, n) for n in range(30)]
    services.follow_up.add_note(note_fields(anna, at_ek, day[9]))
    own = services.follow_up.add_note(note_fields(anna, None, day[3])).note  # no placement
    assert (stored(database, ParticipantRow, anna), stored(database, EmployerRow, ek)) == (
        day[3],
        day[9],
    )
    latest = services.follow_up.add_note(note_fields(anna, at_ek, day[2])).note
    assert stored(database, EmployerRow, ek) == day[2]
    services.follow_up.add_note(note_fields(bo, bos, day[20]))
    # Trashed and restored.
    services.follow_up.delete_note(latest.id)
    assert (stored(database, ParticipantRow, anna), stored(database, EmployerRow, ek)) == (
        day[3],
        day[9],
    )
    services.trash.restore(TrashKind.NOTE, latest.id)
    assert stored(database, EmployerRow, ek) == day[2]
    # Moved to another person and placement: both sides follow.
    with database.write() as uow:
        row = uow._session.get(NoteRow, latest.id)
        assert row is not None
        row.participant_id, row.placement_id = bo, bos
    assert stored(database, ParticipantRow, anna) == day[3]
    assert stored(database, ParticipantRow, bo) == day[2]
    services.follow_up.delete_note(own.id)
    assert stored(database, ParticipantRow, anna) == day[9]
    assert (stored(database, EmployerRow, ek), stored(database, EmployerRow, lind)) == (
        day[9],
        day[2],
    )
    # A placement moved to another employer, then trashed.
    with database.write() as uow:
        placement = uow._session.get(PlacementRow, at_ek)
        assert placement is not None
        placement.employer_id = lind
    assert (stored(database, EmployerRow, ek), stored(database, EmployerRow, lind)) == (
        None,
        day[2],
    )
    services.placements.delete(bos)
    assert stored(database, EmployerRow, lind) == day[9]
    assert stored(database, ParticipantRow, bo) == day[2]  # a person's notes are theirs still
    # Network contacts: a later one counts, trashed it does not, an earlier one does not.
    contact = network_contact(services, lind, day[1])
    network_contact(services, lind, day[25])
    assert stored(database, EmployerRow, lind) == day[1]
    services.network.delete(contact)
    assert stored(database, EmployerRow, lind) == day[9]
    with database.write() as uow:  # the contact's moment moved later, through the ORM
        met = uow._session.get(NetworkContactRow, contact)
        assert met is not None
        met.deleted_at, met.occurred_at = None, day[0] + timedelta(hours=1)
    assert stored(database, EmployerRow, lind) == day[0] + timedelta(hours=1)
    stored_keys_hold(database)
    # A trashed person removed for good, their placement not in the trash with them.
    services.network.delete(contact)
    services.participants.delete(anna)
    assert stored(database, EmployerRow, lind) == day[9]
    with database.write() as uow:
        uow.trash.purge(TrashKind.PARTICIPANT, anna)
    assert stored(database, EmployerRow, lind) == day[25]
    stored_keys_hold(database)


def test_a_note_written_is_not_a_change_of_its_placement(
    services: Services, database: Database
) -> None:
    person = make_participant(services)
    placement = make_placement(services, person)
    with database.read() as uow:
        before = uow._session.scalars(
            select(ChangeLogRow.id).where(ChangeLogRow.table_name == "placements")
        ).all()
    note = services.follow_up.add_note(note_fields(person, placement, NOW)).note
    services.follow_up.delete_note(note.id)
    with database.read() as uow:
        after = uow._session.scalars(
            select(ChangeLogRow.id).where(ChangeLogRow.table_name == "placements")
        ).all()
    assert after == before
    services.placements.set_paused(placement, True)  # a save of the placement still is
    with database.read() as uow:
        assert (
            len(
                uow._session.scalars(
                    select(ChangeLogRow.id).where(ChangeLogRow.table_name == "placements")
                ).all()
            )
            == len(before) + 1
        )


def test_names_keys_follow_a_rename_in_the_organisations_order(
    services: Services, database: Database
) -> None:
    services.settings.set_country(DENMARK)
    person = make_participant(services, first_name="Åse", last_name="Ærø")
    employer = make_employer(services, organisation_number=None, name="Øst Bageri")
    stored_keys_hold(database, DENMARK)
    services.participants.update(
        person, replace(participant_fields(), first_name="Ölle", last_name="Ågård")
    )
    services.employers.update(
        employer, replace(employer_fields(), name="Ærlig Ost", organisation_number=None)
    )
    stored_keys_hold(database, DENMARK)
    with database.read() as uow:
        keys = uow._session.execute(
            select(ParticipantRow.sort_last, ParticipantRow.search_name)
        ).one()
    assert keys == ("}g}rd", "ölle ågård\någård ölle")


def test_a_bulk_load_stores_the_keys(database: Database, clock: object) -> None:
    SampleDataService(database, clock).generate(Size.SMALL, 7)  # type: ignore[arg-type]
    stored_keys_hold(database)


def test_a_name_typed_lists_the_same_placements_whether_few_or_many_names_match(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A few matching names are looked up by id, many asked of each placement: one answer."""
    anna = make_participant(services, first_name="Anna", last_name="Åström")
    bo = make_participant(services, first_name="Bo", last_name="Lind")
    stromma = make_employer(services, organisation_number=None, name="Strömma Bygg")
    other = make_employer(services, organisation_number=None, name="Ek AB")
    expected = {
        make_placement(services, anna, other),
        make_placement(services, bo, stromma),
        make_placement(services, anna, stromma),
    }
    make_placement(services, bo, other)

    def listed(text: str) -> tuple[int, list[int]]:
        page = services.browse.placements(PlacementFilter(text=text), limit=2)
        rest = services.browse.placements(PlacementFilter(text=text), offset=2, limit=2)
        return page.total, [row.id for row in (*page.rows, *rest.rows)]

    few = listed("STRÖM")
    monkeypatch.setattr(browse_queries, "FEW_NAMES", 0)
    assert listed("STRÖM") == few
    assert few[0] == 3 and set(few[1]) == expected
