"""Notes and feedback of a person: trashed rows hidden unless asked for."""

from __future__ import annotations

from datetime import date, datetime

from ambassador.domain.enums import Respondent
from ambassador.domain.followup import FeedbackFields
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import make_participant, make_placement, note_fields

NOON = datetime(2026, 10, 1, 12, 0)
TRASHED = datetime(2026, 11, 20, 8, 0)


def test_notes_of_participant_include_trashed_only_when_asked(
    services: Services, database: Database
) -> None:
    person = make_participant(services)
    kept = services.follow_up.add_note(note_fields(person, None, NOON, text="kept")).note
    gone = services.follow_up.add_note(note_fields(person, None, NOON, text="gone")).note
    services.follow_up.delete_note(gone.id)
    with database.read() as uow:
        assert [n.id for n in uow.notes.of_participant(person)] == [kept.id]
        assert [n.id for n in uow.notes.of_participant(person, include_deleted=True)] == [
            kept.id,
            gone.id,
        ]


def test_feedback_of_placement_includes_trashed_only_when_asked(
    services: Services, database: Database
) -> None:
    placement = make_placement(services, make_participant(services))
    answer, _changes = services.follow_up.record_feedback(
        FeedbackFields(
            placement_id=placement,
            given_on=date(2026, 10, 3),
            respondent=Respondent.PARTICIPANT,
            felt_supported=4,
        )
    )
    with database.write() as uow:
        uow.feedback.set_deleted(answer.id, TRASHED)
    with database.read() as uow:
        assert uow.feedback.of_placement(placement) == []
        [trashed] = uow.feedback.of_placement(placement, include_deleted=True)
        assert trashed.deleted_at == TRASHED
