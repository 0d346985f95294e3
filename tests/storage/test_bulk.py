"""Rows loaded with their own ids (sample data, an import) leave the next id free on either
engine: a server's id sequence is moved past them in the same transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from ambassador.domain.participant import Participant, ParticipantFields
from ambassador.storage.database import Database

NOW = datetime(2026, 11, 24, 9, 0)


def loaded(ids: list[int]) -> list[Participant]:
    base = ParticipantFields(first_name="Åsa", last_name="Öberg")
    return [
        Participant(
            **vars(replace(base, last_name=f"Öberg{chr(97 + n)}")),
            id=id_,
            created_at=NOW,
            updated_at=NOW,
        )
        for n, id_ in enumerate(ids)
    ]


def test_a_record_added_after_a_load_takes_the_next_free_id(database: Database) -> None:
    with database.write() as uow:
        uow.bulk.participants(loaded([1, 2, 40]))
        # In the same transaction as the load, and in the next.
        assert (
            uow.participants.add(ParticipantFields(first_name="Bo", last_name="Ek"), NOW).id == 41
        )
    with database.write() as uow:
        assert (
            uow.participants.add(ParticipantFields(first_name="Cim", last_name="Al"), NOW).id == 42
        )


def test_a_load_after_records_were_added_leaves_the_next_id_past_all_of_them(
    database: Database,
) -> None:
    with database.write() as uow:
        first = uow.participants.add(ParticipantFields(first_name="Bo", last_name="Ek"), NOW).id
    with database.write() as uow:
        uow.bulk.participants(loaded([first + 1, first + 2]))
    with database.write() as uow:
        added = uow.participants.add(ParticipantFields(first_name="Cim", last_name="Al"), NOW)
    assert added.id == first + 3
