"""A pane's timeline read as plain rows: the records the repositories give, trash left out."""

from __future__ import annotations

from datetime import date, datetime

from ambassador.domain.enums import Gender, Outcome, Respondent
from ambassador.domain.followup import FeedbackFields
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from tests.factories import (
    make_employer,
    make_ended_placement,
    make_participant,
    make_placement,
    note_fields,
)

NOON = datetime(2026, 10, 1, 12, 0)


def feedback(placement_id: int, given_on: date) -> FeedbackFields:
    return FeedbackFields(
        placement_id=placement_id,
        given_on=given_on,
        respondent=Respondent.EMPLOYER,
        attendance=4,
        strengths="Noggrann",
    )


def test_the_timeline_reads_as_the_repositories_do(services: Services, database: Database) -> None:
    ended = make_ended_placement(
        services, Gender.WOMAN, Outcome.EMPLOYMENT, result=FollowUpResult.WORK
    )
    person = services.placements.get(ended).participant_id
    running = make_placement(services, person, start_date=date(2026, 9, 1))
    for placement_id in (ended, running):
        services.follow_up.add_note(note_fields(person, placement_id, NOON, shareable=True))
        services.follow_up.record_feedback(feedback(placement_id, date(2026, 10, 2)))
    for hour in (9, 14):  # an ended placement plans nothing more
        services.follow_up.schedule_check_in(running, NOON.replace(hour=hour), "Telefonsamtal")
    services.follow_up.add_note(note_fields(person, None, NOON, text="Utan placering"))
    gone = services.follow_up.add_note(note_fields(person, running, NOON, text="Bort")).note
    services.follow_up.delete_note(gone.id)
    trashed, _changes = services.follow_up.record_feedback(feedback(running, date(2026, 10, 3)))
    with database.write() as uow:
        uow.feedback.set_deleted(trashed.id, NOON)
    ids = [running, ended]
    with database.read() as uow:
        assert uow.detail.notes_of_participant(person) == uow.notes.of_participant(person)
        assert uow.detail.notes_of_placement(running) == uow.notes.of_placement(running)
        assert gone.id not in {note.id for note in uow.detail.notes_of_placement(running)}
        check_ins = [c for i in ids for c in uow.check_ins.of_placement(i)]
        assert sorted(uow.detail.check_ins_of(ids), key=lambda c: c.id) == sorted(
            check_ins, key=lambda c: c.id
        )
        answers = uow.detail.feedback_of(ids)
        assert sorted(answers, key=lambda f: f.id) == sorted(
            [f for i in ids for f in uow.feedback.of_placement(i)], key=lambda f: f.id
        )
        assert trashed.id not in {answer.id for answer in answers}
        checks = uow.detail.outcome_checks_of(ids)
        assert checks == uow.outcome_checks.of_placements(ids)
        assert [check.result for check in checks] == [FollowUpResult.WORK]
        assert uow.detail.check_ins_of([]) == uow.detail.feedback_of([]) == []
        assert uow.detail.outcome_checks_of([]) == []


def test_an_outcome_check_not_yet_answered_has_no_result(
    services: Services, database: Database
) -> None:
    placement_id = make_ended_placement(services, Gender.MAN, Outcome.EMPLOYMENT)
    with database.read() as uow:
        [check] = uow.detail.outcome_checks_of([placement_id])
        assert check.result is None
        assert [check] == uow.outcome_checks.of_placements([placement_id])


def test_the_names_a_pane_shows_are_read_at_once_trash_as_the_repositories_have_it(
    services: Services, database: Database
) -> None:
    employer = make_employer(services, name="Bageriet", organisation_number=None)
    other = make_employer(services, name="Verkstaden", organisation_number=None)
    kept = make_participant(services, first_name="Anna", last_name="Ek")
    trashed = make_participant(services, first_name="Bo", last_name="Ek")
    moved = make_participant(services, first_name="Cecilia", last_name="Ek")
    elsewhere = make_participant(services, first_name="Dan", last_name="Ek")
    placements = [make_placement(services, p, employer) for p in (kept, trashed, moved)]
    make_placement(services, elsewhere, other)
    with database.write() as uow:
        uow.participants.set_deleted(trashed, NOON)
        uow.placements.set_deleted(placements[2], NOON)
        uow.employers.set_deleted(other, NOON)
    with database.read() as uow:
        assert uow.detail.participant_names_at(employer) == {kept: ("Anna", "Ek")}
        # A consent may name an employer in the trash: its name is still shown.
        assert uow.detail.employer_names([other, employer, other]) == {
            employer: "Bageriet",
            other: "Verkstaden",
        }
        assert uow.detail.employer_names([]) == {}
        assert set(uow.placements.many([*placements, placements[0]])) == set(placements[:2])
        assert uow.placements.many(placements[:1]) == {
            placements[0]: uow.placements.get(placements[0])
        }
