"""The Översikt read again after a change: only the parts the change concerns, the rest kept."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import date, timedelta

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import CheckInStatus, Outcome, Respondent
from ambassador.domain.followup import FeedbackFields
from ambassador.domain.overview import Overview
from ambassador.domain.placement import Ending
from ambassador.domain.settings import Settings
from ambassador.domain.trash import TrashKind
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes, ids
from ambassador.services.overview import parts_concerned
from tests.factories import make_placement, note_fields

EVERY_PART = frozenset(field.name for field in fields(Overview)) - {"today"}
# A flag is the same object however often it is read: what it says is compared instead.
READ_OBJECTS = EVERY_PART - {"empty_register"}


def _read_again(before: Overview, after: Overview) -> set[str]:
    """The parts of `after` that are not the very objects `before` had."""
    return {part for part in READ_OBJECTS if getattr(after, part) is not getattr(before, part)}


def test_after_a_note_only_the_placements_at_risk_are_read_again(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, start_date=clock.today() - timedelta(days=30))
    person = services.placements.get(placement_id).participant_id
    shown = services.overview.overview()
    assert [r.placement_id for r in shown.at_risk] == [placement_id]

    saved = services.follow_up.add_note(note_fields(person, placement_id, clock.now()))
    after = services.overview.overview(shown, saved.changes)

    assert _read_again(shown, after) == {"at_risk"}
    assert after.at_risk == []  # the note is the contact it lacked
    assert after.key_figures is shown.key_figures  # a note counts in no key figure
    assert after == services.overview.overview()  # as a whole reading says


def test_a_note_reads_again_only_its_placements_standing(
    services: Services, clock: FixedClock
) -> None:
    """Three placements: two silent, one in touch. A note on a silent one takes it off the
    list, a note flagged for drop-out risk puts the one in touch on it, and a note back from
    the trash (whose change names the note alone) takes its placement off again; the other
    rows stay the very rows shown, and the whole always reads as a reading of everything."""
    now = clock.now()
    today = clock.today()
    silent = [
        make_placement(services, start_date=today - timedelta(days=days)) for days in (30, 40)
    ]
    in_touch = make_placement(services, start_date=today - timedelta(days=30))
    people = {p: services.placements.get(p).participant_id for p in (*silent, in_touch)}
    services.follow_up.add_note(note_fields(people[in_touch], in_touch, now - timedelta(days=2)))
    shown = services.overview.overview()
    assert [r.placement_id for r in shown.at_risk] == [silent[1], silent[0]]

    saved = services.follow_up.add_note(note_fields(people[silent[0]], silent[0], now))
    after = services.overview.overview(shown, saved.changes)
    assert after == services.overview.overview()
    assert after.at_risk == [shown.at_risk[0]] and after.at_risk[0] is shown.at_risk[0]

    flagged = services.follow_up.add_note(
        note_fields(people[in_touch], in_touch, now, dropout_risk=True)
    )
    flagged_after = services.overview.overview(after, flagged.changes)
    assert flagged_after == services.overview.overview()
    assert {r.placement_id for r in flagged_after.at_risk} == {silent[1], in_touch}

    trashed = services.follow_up.add_note(note_fields(people[silent[1]], silent[1], now))
    services.follow_up.delete_note(trashed.note.id)
    restored = services.trash.restore(TrashKind.NOTE, trashed.note.id)
    assert restored.placements == frozenset()  # the trash names the note alone
    restored_after = services.overview.overview(flagged_after, restored)
    assert restored_after == services.overview.overview()
    assert [r.placement_id for r in restored_after.at_risk] == [in_touch]


def test_a_placements_own_change_reads_everything_again(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, start_date=date(2026, 2, 1))
    shown = services.overview.overview()
    changes = services.placements.end(
        placement_id, Ending(ended_on=clock.today(), outcome=Outcome.EMPLOYMENT)
    ).changes
    after = services.overview.overview(shown, changes)
    assert _read_again(shown, after) == READ_OBJECTS
    assert (shown.key_figures.ended.total, after.key_figures.ended.total) == (0, 1)


def test_feedback_reads_the_feedback_due_and_the_key_figures_again(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, start_date=clock.today() - timedelta(days=40))
    shown = services.overview.overview()
    _feedback, changes = services.follow_up.record_feedback(
        FeedbackFields(
            placement_id=placement_id,
            given_on=clock.today(),
            respondent=Respondent.EMPLOYER,
            felt_supported=5,
        )
    )
    after = services.overview.overview(shown, changes)
    assert after == services.overview.overview()
    assert after.key_figures.employers_felt_supported.part.total == 1
    assert after.feedback_due == [] != shown.feedback_due


def test_a_check_in_done_with_its_note_reads_the_check_ins_and_those_at_risk(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, start_date=clock.today() - timedelta(days=30))
    person = services.placements.get(placement_id).participant_id
    services.follow_up.schedule_check_in(placement_id, clock.now(), "Telefonsamtal")
    check_in = services.follow_up.check_ins_of_placement(placement_id)[0]
    shown = services.overview.overview()
    saved = services.follow_up.complete_check_in(
        check_in.id, note_fields(person, placement_id, clock.now())
    )
    after = services.overview.overview(shown, saved.changes)
    assert _read_again(shown, after) == {
        "today_check_ins",
        "week_check_ins",
        "overdue_check_ins",
        "at_risk",
    }
    assert after == services.overview.overview()
    assert shown.today_check_ins[0].status is CheckInStatus.PLANNED
    assert after.today_check_ins == [] and after.at_risk == []


def test_a_new_day_or_the_settings_read_everything_again(
    services: Services, clock: FixedClock
) -> None:
    make_placement(services, start_date=clock.today() - timedelta(days=10))
    shown = services.overview.overview()
    changes = services.settings.save(Settings(silent_after_days=7))
    after = services.overview.overview(shown, changes)
    assert _read_again(shown, after) == READ_OBJECTS and len(after.at_risk) == 1

    clock.set(clock.now() + timedelta(days=1))
    mentors_only = Changes(mentors=ids(1))
    next_day = services.overview.overview(after, mentors_only)
    assert next_day.today == clock.today()
    assert _read_again(after, next_day) == READ_OBJECTS


def test_a_change_the_overview_does_not_show_reads_nothing(services: Services) -> None:
    shown = services.overview.overview()
    assert services.overview.overview(shown, Changes(projects=ids(3))) is shown
    assert services.overview.overview(shown, Changes()) is shown


def test_what_each_kind_of_change_concerns() -> None:
    note = Changes(participants=ids(1), placements=ids(2), notes=ids(3), timelines_only=True)
    assert parts_concerned(note) == {"at_risk"}
    assert parts_concerned(Changes(participants=ids(1))) == EVERY_PART  # its own fields
    assert parts_concerned(note | Changes(placements=ids(2))) == EVERY_PART
    assert parts_concerned(note | Changes(check_ins=ids(4))) == {
        "at_risk",
        "today_check_ins",
        "week_check_ins",
        "overdue_check_ins",
    }
    assert parts_concerned(Changes(outcome_checks=ids(5))) == {"outcome_checks_due"}
    assert parts_concerned(Changes(network_contacts=ids(6))) == {"employer_follow_ups"}
    assert parts_concerned(Changes(settings=True)) == EVERY_PART
    assert parts_concerned(Changes(mentors=ids(7), projects=ids(8))) == frozenset()


def test_the_figures_are_left_unread_when_asked_and_stay_so_until_read(
    services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, start_date=clock.today() - timedelta(days=40))
    lists_only = services.overview.overview(figures=False)
    assert lists_only.key_figures is None
    assert lists_only == replace(services.overview.overview(), key_figures=None)
    _feedback, changes = services.follow_up.record_feedback(
        FeedbackFields(
            placement_id=placement_id,
            given_on=clock.today(),
            respondent=Respondent.EMPLOYER,
            felt_supported=5,
        )
    )
    after = services.overview.overview(lists_only, changes)
    assert after.key_figures is None and after.feedback_due == []
    ended = services.placements.end(
        placement_id, Ending(ended_on=clock.today(), outcome=Outcome.STUDIES)
    ).changes
    assert services.overview.overview(after, ended).key_figures is None  # a whole reading too
