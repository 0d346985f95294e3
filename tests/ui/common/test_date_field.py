"""The one date field: dates typed as Swedes write them, one Tab to leave it in every form, a
calendar with Monday first and ISO week numbers, and text that is no date named in the form's
error row, never quietly turned into another day."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QDialog, QWidget
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.services.bundle import Services
from ambassador.ui.common.date_field import DateField, DateTimeField, parse_day, parse_time
from ambassador.ui.common.forms import BAD_DATE, BAD_TIME
from ambassador.ui.employers.dialog import EmployerDialog
from ambassador.ui.participants.consent_dialog import ConsentDialog
from ambassador.ui.participants.dialog import ParticipantDialog
from ambassador.ui.placements.dialog import PlacementDialog, select_id
from ambassador.ui.placements.end_dialog import EndPlacementDialog
from ambassador.ui.placements.followup_dialogs import (
    FeedbackDialog,
    NoteDialog,
    ScheduleCheckInDialog,
)
from ambassador.ui.questionnaires.dialog import QuestionnaireDialog
from tests.factories import make_employer, make_participant, make_placement
from tests.ui.driving import click_save, show

REFERENCE = date(2026, 11, 24)
# The calendar is a popup: offscreen Qt says it cannot raise it or grab the keyboard for it.
popup_remarks = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "grabbing the keyboard"
)


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("2026-12-07", date(2026, 12, 7)),
        ("2026-12-7", date(2026, 12, 7)),
        (" 2026-12-07 ", date(2026, 12, 7)),
        ("20261207", date(2026, 12, 7)),
        ("261207", date(2026, 12, 7)),
        ("26-12-07", date(2026, 12, 7)),
        ("2026/12/07", date(2026, 12, 7)),
        ("2026.12.07", date(2026, 12, 7)),
        ("7/12", date(2026, 12, 7)),
        ("7/12 2027", date(2027, 12, 7)),
        ("7/12/2026", date(2026, 12, 7)),
        ("1/3-2027", date(2027, 3, 1)),
        ("7.12", date(2026, 12, 7)),
        ("7.12.26", date(2026, 12, 7)),
        ("7 dec", date(2026, 12, 7)),
        ("7 december", date(2026, 12, 7)),
        ("7 December 2027", date(2027, 12, 7)),
        ("7 dec.", date(2026, 12, 7)),
        ("1 maj", date(2026, 5, 1)),
        ("1 may", date(2026, 5, 1)),
        ("15 okt", date(2026, 10, 15)),
        ("15 oct", date(2026, 10, 15)),
        ("3 mars", date(2026, 3, 3)),
        ("29 feb 2028", date(2028, 2, 29)),
        # As Danes write them.
        ("07.12.2026", date(2026, 12, 7)),
        ("07-12-2026", date(2026, 12, 7)),
        ("7. dec. 2026", date(2026, 12, 7)),
        ("7. december 2026", date(2026, 12, 7)),
        ("7. dec.", date(2026, 12, 7)),
        ("3. marts 2027", date(2027, 3, 3)),
        ("3 januar", date(2026, 1, 3)),
        ("1. maj 2026", date(2026, 5, 1)),
        ("31. august", date(2026, 8, 31)),
    ],
)
def test_dates_are_read_as_swedes_write_them(typed: str, day: date) -> None:
    assert parse_day(typed, REFERENCE) == day


@pytest.mark.parametrize(
    "typed",
    ["", "2026-13-01", "2026-02-30", "31/4", "7 ma", "7 foo", "29 feb 2027", "1207", "den 1 maj"],
)
def test_what_is_no_date_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_day(typed, REFERENCE)


@pytest.mark.parametrize(
    ("typed", "hour", "minute"),
    [("9", 9, 0), ("09", 9, 0), ("930", 9, 30), ("0930", 9, 30), ("9:30", 9, 30), ("9.30", 9, 30)],
)
def test_times_are_read_with_or_without_a_colon(typed: str, hour: int, minute: int) -> None:
    moment = parse_time(typed)
    assert (moment.hour, moment.minute) == (hour, minute)


@pytest.mark.parametrize("typed", ["25:00", "9:60", "nio", "9:3"])
def test_what_is_no_time_is_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_time(typed)


def test_a_date_is_shown_as_it_is_read_once_the_field_is_left(qtbot: QtBot) -> None:
    field = DateField(REFERENCE)
    qtbot.addWidget(field)
    field.setText("7 dec")
    assert field.day() == date(2026, 12, 7)
    field.line_edit.editingFinished.emit()
    assert field.text() == "2026-12-07"
    field.setText("7 decembre")  # no date: left as typed for the form to name
    field.line_edit.editingFinished.emit()
    assert field.text() == "7 decembre" and not field.is_acceptable()
    assert field.date() == QDate(2026, 12, 7)  # the day read last, as a QDateEdit keeps it


@pytest.mark.usefixtures("danish")
def test_a_danish_field_shows_dates_as_danes_write_them_and_keeps_the_day(qtbot: QtBot) -> None:
    field = DateField(REFERENCE)
    qtbot.addWidget(field)
    assert field.text() == "24.11.2026"
    assert field.line_edit.placeholderText().startswith("DD.MM.")
    field.setText("7. dec. 2026")
    field.line_edit.editingFinished.emit()
    assert field.text() == "07.12.2026"
    assert field.day() == date(2026, 12, 7)  # what is stored is the day, not the text
    field.setDate(date(2027, 3, 1))
    assert field.text() == "01.03.2027" and field.date() == QDate(2027, 3, 1)


@pytest.mark.usefixtures("swedish")
def test_a_swedish_field_keeps_iso_dates(qtbot: QtBot) -> None:
    field = DateField(REFERENCE)
    qtbot.addWidget(field)
    field.setText("7. dec. 2026")
    field.line_edit.editingFinished.emit()
    assert field.text() == "2026-12-07"


@popup_remarks
def test_up_and_down_step_a_day_and_alt_down_opens_the_calendar(qtbot: QtBot) -> None:
    field = DateField(REFERENCE)
    qtbot.addWidget(field)
    field.show()
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Up)
    assert field.day() == date(2026, 11, 25)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Down)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Down)
    assert field.day() == date(2026, 11, 23)
    qtbot.keyClick(field.line_edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar_popup().isVisible()
    field.calendar_popup().hide()


@popup_remarks
def test_the_calendar_starts_on_monday_shows_iso_weeks_and_sets_the_chosen_day(
    qtbot: QtBot,
) -> None:
    field = DateField(REFERENCE)
    qtbot.addWidget(field)
    field.show()
    dates: list[QDate] = []
    field.dateChanged.connect(dates.append)
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    popup = field.calendar_popup()
    assert popup.isVisible()
    calendar = popup.findChild(QCalendarWidget)
    assert calendar is not None
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.verticalHeaderFormat() == QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers
    assert calendar.selectedDate() == QDate(2026, 11, 24)
    calendar.clicked.emit(QDate(2026, 12, 7))
    assert not popup.isVisible()
    assert field.text() == "2026-12-07" and dates == [QDate(2026, 12, 7)]


@popup_remarks
def test_escape_in_the_calendar_closes_it_and_not_the_form(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement = services.placements.get(make_placement(services))
    dialog = show(qtbot, EndPlacementDialog(services, placement, clock.today()))
    field = dialog.ended_on_edit
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    popup = field.calendar_popup()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    assert not popup.isVisible() and dialog.isVisible()


def test_text_that_is_no_date_is_named_in_the_forms_error_row(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement = services.placements.get(make_placement(services))
    dialog = show(qtbot, EndPlacementDialog(services, placement, clock.today()))
    dialog.ended_on_edit.setText("32/11")
    click_save(qtbot, dialog)
    error = dialog.error_labels["ended_on"]
    assert dialog.isVisible() and error.isVisible()
    assert error.text() == QApplication.translate("Messages", BAD_DATE)
    assert services.placements.get(placement.id).ending is None


def test_a_time_that_is_no_time_is_named_too(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    placement = services.placements.get(make_placement(services))
    dialog = show(qtbot, NoteDialog(services, placement, clock.now()))
    dialog.text_edit.insertPlainText("Samtal")
    dialog.occurred_at_edit.time_edit.setText("25:00")
    click_save(qtbot, dialog)
    error = dialog.error_labels["occurred_at"]
    assert error.isVisible() and QApplication.translate("Messages", BAD_TIME) in error.text()
    assert services.follow_up.notes_of_placement(placement.id) == []
    dialog.occurred_at_edit.time_edit.setText("8.15")
    click_save(qtbot, dialog)
    [note] = services.follow_up.notes_of_placement(placement.id)
    assert note.occurred_at == datetime(2026, 11, 24, 8, 15)


def _every_form(services: Services, clock: FixedClock) -> list[QDialog]:
    placement = services.placements.get(make_placement(services))
    return [
        PlacementDialog(services, clock.today()),
        PlacementDialog(services, clock.today(), placement),
        ParticipantDialog(services, today=clock.today()),
        EmployerDialog(services),
        EndPlacementDialog(services, placement, clock.today()),
        NoteDialog(services, placement, clock.now()),
        ScheduleCheckInDialog(services, placement, clock.now()),
        FeedbackDialog(services, placement, clock.today()),
        ConsentDialog(services, placement.participant_id, clock.today()),
        QuestionnaireDialog(services, lambda _changes: None),
    ]


def _activate(qtbot: QtBot, dialog: QWidget) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def _inside(widget: QWidget | None, field: QWidget) -> bool:
    return widget is not None and (widget is field or field.isAncestorOf(widget))


def test_one_tab_leaves_every_date_field_of_every_form(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    """Walk each form's date fields with the keyboard: the focus lands in the field's line,
    and one Tab takes it out of the field (a date and time: one Tab to the time, one out).
    Qt's date edit kept Tab inside, going year, month, day."""
    walked = 0
    for dialog in _every_form(services, clock):
        show(qtbot, dialog)
        _activate(qtbot, dialog)
        times = dialog.findChildren(DateTimeField)
        fields = [f for f in dialog.findChildren(DateField) if f.isVisible()]
        assert fields, dialog.windowTitle()
        for field in fields:
            field.setFocus()  # as Tab from the field before it, or the label's mnemonic
            focused = QApplication.focusWidget()
            assert focused is field.line_edit, dialog.windowTitle()
            qtbot.keyClick(focused, Qt.Key.Key_Tab)
            owner = next((t for t in times if t.isAncestorOf(field)), None)
            if owner is not None:
                assert QApplication.focusWidget() is owner.time_edit, dialog.windowTitle()
                qtbot.keyClick(owner.time_edit, Qt.Key.Key_Tab)
                assert not _inside(QApplication.focusWidget(), owner), dialog.windowTitle()
            else:
                assert not _inside(QApplication.focusWidget(), field), dialog.windowTitle()
            walked += 1
        dialog.done(0)
    assert walked >= 11


def test_typing_the_end_date_after_a_tab_leaves_the_start_date_as_typed(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    """The report: tabbing on from the start date while typing the end date changed the
    start date, and the rest of the typing landed in other fields."""
    participant_id = make_participant(services)
    employer_id = make_employer(services)
    dialog = show(qtbot, PlacementDialog(services, clock.today()))
    _activate(qtbot, dialog)
    select_id(dialog.participant_combo, participant_id)
    select_id(dialog.employer_combo, employer_id)
    dialog.start_date_edit.setFocus()
    dialog.start_date_edit.line_edit.selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), "2026-12-07")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.planned_end_edit.line_edit
    qtbot.keyClicks(QApplication.focusWidget(), "20270331")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.start_date_edit.text() == "2026-12-07"
    assert dialog.planned_end_edit.text() == "2027-03-31"
    click_save(qtbot, dialog)
    saved = dialog.saved_placement
    assert saved is not None
    assert (saved.start_date, saved.planned_end_date) == (date(2026, 12, 7), date(2027, 3, 31))
