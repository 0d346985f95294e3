"""The note, check-in, schedule and feedback forms over real services."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import CheckInStatus, Outcome, Respondent, WithWhom
from ambassador.domain.followup import NO_RATING
from ambassador.domain.placement import Ending
from ambassador.services.bundle import Services
from ambassador.services.followup import PLACEMENT_ENDED
from ambassador.ui.placements.dialog import PlacementDialog
from ambassador.ui.placements.end_dialog import EndPlacementDialog
from ambassador.ui.placements.followup_dialogs import (
    SCHEDULED_IN_PAST,
    FeedbackDialog,
    NoteDialog,
    ScheduleCheckInDialog,
    from_qdatetime,
)
from tests.factories import every, make_employer, make_placement, make_supervisor
from tests.ui.driving import choose, click_save, show


def set_moment(edit, moment: datetime) -> None:  # type: ignore[no-untyped-def]
    edit.setDateTime(
        QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    )


@pytest.mark.parametrize("shareable", [True, False])
def test_note_saved_shareable_or_internal_as_chosen(
    qtbot: QtBot, services: Services, clock: FixedClock, shareable: bool
) -> None:
    placement_id = make_placement(services)
    placement = services.placements.get(placement_id)
    dialog = show(qtbot, NoteDialog(services, placement, clock.now()))
    assert dialog.focusWidget() is dialog.text_edit
    assert not dialog.shareable_check.isChecked()  # internal unless the person says otherwise

    qtbot.keyClicks(dialog.text_edit, "Besok pa arbetsplatsen, allt gar bra.")
    dialog.kind_combo.setCurrentText("Trepartssamtal")
    choose(dialog.with_whom_combo, WithWhom.BOTH)
    qtbot.keyClicks(dialog.minutes_edit, "45")
    if shareable:
        dialog.shareable_check.setChecked(True)
    dialog.dropout_risk_check.setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        click_save(qtbot, dialog)

    [note] = services.follow_up.notes_of_placement(placement_id)
    assert note.id == dialog.saved_note.id and note.id in dialog.changes.notes
    assert note.shareable is shareable and note.dropout_risk
    assert (note.occurred_at, note.kind, note.with_whom) == (
        clock.now(),
        "Trepartssamtal",
        WithWhom.BOTH,
    )
    assert (note.text, note.minutes_spent) == ("Besok pa arbetsplatsen, allt gar bra.", 45)
    assert note.participant_id == placement.participant_id


def test_note_without_text_refused_beside_text(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    dialog = show(qtbot, NoteDialog(services, services.placements.get(placement_id), clock.now()))
    qtbot.keyClicks(dialog.minutes_edit, "many")
    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.error_labels["text"].isVisible()
    assert dialog.error_labels["minutes_spent"].isVisible()
    assert services.follow_up.notes_of_placement(placement_id) == []


def test_note_in_the_future_refused(qtbot: QtBot, services: Services, clock: FixedClock) -> None:
    placement_id = make_placement(services)
    dialog = show(qtbot, NoteDialog(services, services.placements.get(placement_id), clock.now()))
    set_moment(dialog.occurred_at_edit, clock.now() + timedelta(hours=2))
    qtbot.keyClicks(dialog.text_edit, "Planerat samtal")
    click_save(qtbot, dialog)

    assert dialog.isVisible() and dialog.error_labels["occurred_at"].isVisible()
    assert services.follow_up.notes_of_placement(placement_id) == []


def test_recording_check_in_marks_it_done_and_links_note(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, plan=every(14))
    placement = services.placements.get(placement_id)
    check_ins = services.follow_up.check_ins_of_placement(placement_id)
    overdue = max((c for c in check_ins if c.scheduled_at < clock.now()), key=lambda c: c.id)
    dialog = show(qtbot, NoteDialog(services, placement, clock.now(), overdue))
    assert dialog.windowTitle() == "Record check-in"  # no translation installed here
    assert from_qdatetime(dialog.occurred_at_edit) == overdue.scheduled_at
    assert dialog.kind_combo.currentText() == overdue.kind

    qtbot.keyClicks(dialog.text_edit, "Handledaren nojd, fler arbetsuppgifter")
    click_save(qtbot, dialog)

    assert not dialog.isVisible()
    done = services.follow_up.get_check_in(overdue.id)
    assert done.status is CheckInStatus.DONE
    assert done.note_id == dialog.saved_note.id
    [note] = services.follow_up.notes_of_placement(placement_id)
    assert (note.id, note.occurred_at, note.kind) == (
        done.note_id,
        overdue.scheduled_at,
        overdue.kind,
    )
    assert overdue.id in dialog.changes.check_ins


def test_recording_future_check_in_defaults_to_now(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, plan=every(14))
    placement = services.placements.get(placement_id)
    check_ins = services.follow_up.check_ins_of_placement(placement_id)
    upcoming = min(
        (c for c in check_ins if c.scheduled_at > clock.now()), key=lambda c: c.scheduled_at
    )
    dialog = show(qtbot, NoteDialog(services, placement, clock.now(), upcoming))
    assert from_qdatetime(dialog.occurred_at_edit) == clock.now()


def test_weekly_series_runs_every_seven_days_to_planned_end(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, planned_end_date=date(2027, 1, 19))
    dialog = show(
        qtbot, ScheduleCheckInDialog(services, services.placements.get(placement_id), clock.now())
    )
    # Tuesday 09:00 proposes Wednesday mid-morning.
    assert from_qdatetime(dialog.scheduled_at_edit) == datetime(2026, 11, 25, 10, 0)
    assert not dialog.every_days_spin.isEnabled()
    dialog.kind_combo.setCurrentText("Telefonsamtal")
    dialog.repeat_check.setChecked(True)
    assert dialog.every_days_spin.isEnabled() and dialog.every_days_spin.value() == 7
    click_save(qtbot, dialog)

    assert not dialog.isVisible()
    check_ins = services.follow_up.check_ins_of_placement(placement_id)
    times = sorted(c.scheduled_at for c in check_ins)
    assert times[0] == datetime(2026, 11, 25, 10, 0)
    assert times[-1] == datetime(2027, 1, 13, 10, 0)
    assert all(b - a == timedelta(days=7) for a, b in zip(times, times[1:], strict=False))
    assert len(times) == 8
    assert {c.kind for c in check_ins} == {"Telefonsamtal"}
    assert set(dialog.changes.check_ins) == {c.id for c in check_ins}


def test_single_check_in_scheduled(qtbot: QtBot, services: Services, clock: FixedClock) -> None:
    placement_id = make_placement(services)
    dialog = show(
        qtbot, ScheduleCheckInDialog(services, services.placements.get(placement_id), clock.now())
    )
    set_moment(dialog.scheduled_at_edit, datetime(2026, 12, 1, 13, 30))
    click_save(qtbot, dialog)

    [check_in] = services.follow_up.check_ins_of_placement(placement_id)
    assert check_in.scheduled_at == datetime(2026, 12, 1, 13, 30)
    assert check_in.status is CheckInStatus.PLANNED


def test_scheduling_in_the_past_refused_beside_time(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    dialog = show(
        qtbot, ScheduleCheckInDialog(services, services.placements.get(placement_id), clock.now())
    )
    set_moment(dialog.scheduled_at_edit, datetime(2026, 11, 23, 10, 0))

    error = dialog.error_labels["scheduled_at"]
    assert error.isVisible() and SCHEDULED_IN_PAST in error.text()
    click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert services.follow_up.check_ins_of_placement(placement_id) == []


def test_scheduling_on_ended_placement_says_why(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services)
    placement = services.placements.get(placement_id)
    dialog = show(qtbot, ScheduleCheckInDialog(services, placement, clock.now()))
    services.placements.end(placement_id, Ending(ended_on=clock.today(), outcome=Outcome.STUDIES))
    click_save(qtbot, dialog)

    assert dialog.isVisible()
    assert dialog.general_error_label.isVisible()
    assert dialog.general_error_label.text() == PLACEMENT_ENDED
    assert services.follow_up.check_ins_of_placement(placement_id) == []


def click_rating(qtbot: QtBot, dialog: FeedbackDialog, name: str, value: int) -> None:
    button = dialog.rating_rows[name].group.button(value - 1)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_feedback_with_ratings_stored(qtbot: QtBot, services: Services, clock: FixedClock) -> None:
    employer_id = make_employer(services)
    supervisor_id = make_supervisor(services, employer_id)
    placement_id = make_placement(services, employer_id=employer_id, supervisor_id=supervisor_id)
    dialog = show(
        qtbot, FeedbackDialog(services, services.placements.get(placement_id), clock.today())
    )
    assert dialog.contact_combo.isEnabled()
    assert dialog.contact_combo.currentData() == supervisor_id  # the supervisor usually answers
    assert all(row.value() is None for row in dialog.rating_rows.values())

    # One click a rating: the row's radio button for the number.
    click_rating(qtbot, dialog, "attendance", 5)
    click_rating(qtbot, dialog, "performance", 2)
    click_rating(qtbot, dialog, "performance", 3)  # changed its mind: one click again
    click_rating(qtbot, dialog, "cooperation", 4)
    click_rating(qtbot, dialog, "cooperation", 4)  # the ticked number again: unrated
    # Or by keyboard: a digit rates and moves on to the next rating.
    dialog.rating_rows["development"].setFocus()
    qtbot.keyClick(dialog.rating_rows["development"], Qt.Key.Key_0)
    assert dialog.focusWidget() is dialog.rating_rows["felt_supported"]
    qtbot.keyClick(dialog.rating_rows["felt_supported"], Qt.Key.Key_4)
    assert dialog.focusWidget() is dialog.hiring_combo
    choose(dialog.hiring_combo, True)
    qtbot.keyClicks(dialog.strengths_edit, "Noggrann")
    qtbot.keyClicks(dialog.areas_edit, "Tempo")
    click_save(qtbot, dialog)

    assert not dialog.isVisible()
    [feedback] = services.follow_up.feedback_of_placement(placement_id)
    assert feedback.id == dialog.saved_feedback.id and feedback.id in dialog.changes.feedback
    assert feedback.ratings() == {
        "attendance": 5,
        "performance": 3,
        "cooperation": None,
        "development": None,
        "felt_supported": 4,
    }
    assert (feedback.respondent, feedback.contact_id, feedback.given_on) == (
        Respondent.EMPLOYER,
        supervisor_id,
        clock.today(),
    )
    assert feedback.could_consider_hiring is True
    assert (feedback.strengths, feedback.areas_to_develop) == ("Noggrann", "Tempo")


def test_participant_feedback_has_no_contact(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    employer_id = make_employer(services)
    supervisor_id = make_supervisor(services, employer_id)
    placement_id = make_placement(services, employer_id=employer_id, supervisor_id=supervisor_id)
    dialog = show(
        qtbot, FeedbackDialog(services, services.placements.get(placement_id), clock.today())
    )
    choose(dialog.respondent_combo, Respondent.PARTICIPANT)
    assert not dialog.contact_combo.isEnabled()
    click_rating(qtbot, dialog, "felt_supported", 5)
    choose(dialog.hiring_combo, False)
    click_save(qtbot, dialog)

    [feedback] = services.follow_up.feedback_of_placement(placement_id)
    assert (feedback.respondent, feedback.contact_id) == (Respondent.PARTICIPANT, None)
    assert feedback.felt_supported == 5 and feedback.could_consider_hiring is False


def test_empty_feedback_refused(qtbot: QtBot, services: Services, clock: FixedClock) -> None:
    placement_id = make_placement(services)
    dialog = show(
        qtbot, FeedbackDialog(services, services.placements.get(placement_id), clock.today())
    )
    click_save(qtbot, dialog)

    error = dialog.error_labels["attendance"]
    assert dialog.isVisible() and error.isVisible() and NO_RATING in error.text()
    assert services.follow_up.feedback_of_placement(placement_id) == []


def test_every_control_has_an_accessible_name(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement_id = make_placement(services, plan=every(14))
    placement = services.placements.get(placement_id)
    [check_in, *_rest] = services.follow_up.check_ins_of_placement(placement_id)
    forms = [
        PlacementDialog(services, clock.today()),
        PlacementDialog(services, clock.today(), placement),
        EndPlacementDialog(services, placement, clock.today()),
        NoteDialog(services, placement, clock.now()),
        NoteDialog(services, placement, clock.now(), check_in),
        ScheduleCheckInDialog(services, placement, clock.now()),
        FeedbackDialog(services, placement, clock.today()),
    ]
    for dialog in forms:
        show(qtbot, dialog)
        controls = [
            widget
            for kind in (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox, QPlainTextEdit)
            for widget in dialog.findChildren(kind)
            # A combo's or a spin box's own editor is named through its owner.
            if not isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox)
        ]
        assert controls
        unnamed = [type(w).__name__ for w in controls if not w.accessibleName()]
        assert unnamed == [], dialog.windowTitle()
