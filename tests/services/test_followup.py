"""Notes, check-ins and feedback: each one transaction, refused whole when wrong."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import CheckInStatus, Respondent
from ambassador.domain.errors import RuleViolationError, ValidationError
from ambassador.domain.followup import FeedbackFields
from ambassador.services.bundle import Services
from tests.factories import (
    make_employer,
    make_participant,
    make_placement,
    make_supervisor,
    note_fields,
)


def test_add_note_is_internal_by_default(services: Services, clock: FixedClock) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    saved = services.follow_up.add_note(note_fields(participant_id, placement_id, clock.now()))
    assert saved.note.shareable is False
    assert saved.changes.placements == {placement_id}
    assert saved.changes.notes == {saved.note.id}


def test_add_note_refuses_empty_text_future_time_and_unknown_kind(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    with pytest.raises(ValidationError) as raised:
        services.follow_up.add_note(
            note_fields(participant_id, placement_id, clock.now() + timedelta(hours=1), text="   ")
        )
    assert {p.field for p in raised.value.problems} == {"text", "occurred_at"}
    with pytest.raises(ValidationError):
        services.follow_up.add_note(
            note_fields(participant_id, placement_id, clock.now(), kind="Brevduva")
        )
    assert services.follow_up.notes_of_placement(placement_id) == []


def test_add_note_refuses_placement_of_another_participant(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    stranger = make_participant(services, first_name="Zoë")
    with pytest.raises(ValidationError):
        services.follow_up.add_note(note_fields(stranger, placement_id, clock.now()))


def test_complete_check_in_records_note_and_marks_done(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    services.follow_up.schedule_check_in(
        placement_id, clock.now() - timedelta(hours=1), "Trepartssamtal"
    )
    (check_in,) = services.follow_up.check_ins_of_placement(placement_id)
    saved = services.follow_up.complete_check_in(
        check_in.id, note_fields(participant_id, None, clock.now(), kind="Trepartssamtal")
    )
    (done,) = services.follow_up.check_ins_of_placement(placement_id)
    assert done.status is CheckInStatus.DONE
    assert done.note_id == saved.note.id
    assert saved.note.placement_id == placement_id  # taken from the check-in


def test_complete_check_in_changes_nothing_when_note_invalid(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    participant_id = services.placements.get(placement_id).participant_id
    services.follow_up.schedule_check_in(placement_id, clock.now(), "Telefonsamtal")
    (check_in,) = services.follow_up.check_ins_of_placement(placement_id)
    with pytest.raises(ValidationError):
        services.follow_up.complete_check_in(
            check_in.id, note_fields(participant_id, placement_id, clock.now(), text="")
        )
    (unchanged,) = services.follow_up.check_ins_of_placement(placement_id)
    assert unchanged.status is CheckInStatus.PLANNED
    assert services.follow_up.notes_of_placement(placement_id) == []


def test_mark_check_in_refuses_when_not_planned(services: Services, clock: FixedClock) -> None:
    placement_id = make_placement(services)
    services.follow_up.schedule_check_in(placement_id, clock.now(), "Telefonsamtal")
    (check_in,) = services.follow_up.check_ins_of_placement(placement_id)
    services.follow_up.mark_check_in(check_in.id, CheckInStatus.CANCELLED)
    with pytest.raises(RuleViolationError):
        services.follow_up.mark_check_in(check_in.id, CheckInStatus.MISSED)


def test_schedule_series_generates_concrete_rows_to_planned_end(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, planned_end_date=date(2026, 12, 31))
    services.follow_up.schedule_series(
        placement_id, datetime(2026, 12, 1, 13, 30), 7, "Digitalt möte"
    )
    days = [c.scheduled_at.date() for c in services.follow_up.check_ins_of_placement(placement_id)]
    assert days == [date(2026, 12, d) for d in (1, 8, 15, 22, 29)]


def test_schedule_series_refuses_interval_out_of_range(services: Services) -> None:
    placement_id = make_placement(services)
    with pytest.raises(ValidationError):
        services.follow_up.schedule_series(placement_id, datetime(2026, 12, 1, 9), 0, "Annat")


def test_record_feedback_refuses_rating_out_of_range_and_foreign_contact(
    services: Services, clock: FixedClock
) -> None:
    employer_id = make_employer(services)
    placement_id = make_placement(services, employer_id=employer_id)
    with pytest.raises(ValidationError) as raised:
        services.follow_up.record_feedback(
            FeedbackFields(
                placement_id=placement_id,
                given_on=clock.today(),
                respondent=Respondent.EMPLOYER,
                attendance=6,
            )
        )
    assert [p.field for p in raised.value.problems] == ["attendance"]
    elsewhere = make_supervisor(services, make_employer(services, name="Annan AB"))
    with pytest.raises(ValidationError):
        services.follow_up.record_feedback(
            FeedbackFields(
                placement_id=placement_id,
                given_on=clock.today(),
                respondent=Respondent.EMPLOYER,
                contact_id=elsewhere,
                felt_supported=5,
            )
        )
    assert services.follow_up.feedback_of_placement(placement_id) == []


def test_record_feedback_stores_ratings(services: Services, clock: FixedClock) -> None:
    employer_id = make_employer(services)
    supervisor = make_supervisor(services, employer_id)
    placement_id = make_placement(services, employer_id=employer_id, supervisor_id=supervisor)
    feedback, changes = services.follow_up.record_feedback(
        FeedbackFields(
            placement_id=placement_id,
            given_on=clock.today(),
            respondent=Respondent.EMPLOYER,
            contact_id=supervisor,
            attendance=4,
            felt_supported=5,
            could_consider_hiring=True,
            strengths="Noggrann med hygienrutiner",
        )
    )
    assert services.follow_up.feedback_of_placement(placement_id) == [feedback]
    assert changes.employers == {employer_id}
