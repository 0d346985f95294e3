"""A person's placements: trashed ones hidden unless asked for."""

from __future__ import annotations

from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_participant, make_placement


def test_placements_of_participant_include_trashed_only_when_asked(
    services: Services, database: Database
) -> None:
    person = make_participant(services)
    placement = make_placement(services, person)
    services.placements.delete(placement)
    with database.read() as uow:
        assert uow.placements.of_participant(person) == []
        assert [p.id for p in uow.placements.of_participant(person, include_deleted=True)] == [
            placement
        ]
