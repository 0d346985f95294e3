"""Inställningar's mentors (added, edited, removed or refused while placements name them),
the renewal warning's days and the three lists of issue 23."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from ambassador.app import build_window
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import ListName
from ambassador.domain.mentors import MentorFields
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.storage.database import Database
from ambassador.ui.common import dialogs
from ambassador.ui.main_window import MainWindow
from ambassador.ui.settings.mentors import MentorDialog
from ambassador.ui.settings.screen import SettingsScreen
from tests.factories import employer_fields, make_employer, make_placement, note_fields
from tests.ui.driving import RecordingNavigator


@pytest.fixture
def screen(qtbot: QtBot, services: Services, navigator: RecordingNavigator) -> SettingsScreen:
    widget = SettingsScreen(services, navigator)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.show()
    return widget


def _choose(screen: SettingsScreen, row: int) -> None:
    table = screen.mentors_group.table
    table.selectRow(row)


def test_a_mentor_added_edited_and_removed(
    qtbot: QtBot,
    services: Services,
    navigator: RecordingNavigator,
    screen: SettingsScreen,
    monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    bakery = make_employer(services, name="Bageriet", organisation_number=None)
    screen.refresh()
    group = screen.mentors_group
    assert group.empty_label.isVisibleTo(screen) and not group.table.isVisibleTo(screen)
    qtbot.mouseClick(group.new_button, Qt.MouseButton.LeftButton)
    dialog = group.open_dialog
    assert isinstance(dialog, MentorDialog)
    dialog.name_edit.setText("Per Lund")
    dialog.where_combo.setCurrentIndex(dialog.where_combo.findData(bakery))
    dialog.phone_edit.setText("070-111 22 33")
    dialog.accept()
    [mentor] = services.mentors.mentors()
    assert (mentor.name, mentor.employer_id, mentor.phone) == ("Per Lund", bakery, "070-111 22 33")
    assert navigator.published[-1].mentors == {mentor.id}
    assert group.model.rowCount() == 1
    assert group.model.index(0, 1).data() == "Bageriet"

    _choose(screen, 0)
    group.edit_mentor()
    dialog = group.open_dialog
    assert isinstance(dialog, MentorDialog)
    assert dialog.name_edit.text() == "Per Lund"
    dialog.where_combo.setCurrentIndex(0)  # the unit
    dialog.accept()
    assert services.mentors.get(mentor.id).employer_id is None
    assert group.model.index(0, 1).data() == "The unit"

    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    _choose(screen, 0)
    qtbot.mouseClick(group.remove_button, Qt.MouseButton.LeftButton)
    assert services.mentors.mentors() == []
    assert group.empty_label.isVisibleTo(screen)


def test_a_mentor_placements_name_is_not_removed_and_the_screen_says_why(
    services: Services, screen: SettingsScreen, monkeypatch: pytest.MonkeyPatch, english: None
) -> None:
    mentor = services.mentors.add(MentorFields(name="Eva Holm")).mentor
    make_placement(services, mentor_id=mentor.id)
    screen.refresh()
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    _choose(screen, 0)
    screen.mentors_group.remove_mentor()
    assert services.mentors.get(mentor.id).name == "Eva Holm"
    assert shown and "1 placements name this mentor" in shown[0]


def test_a_mentor_without_a_name_is_not_saved(
    qtbot: QtBot, services: Services, screen: SettingsScreen, english: None
) -> None:
    screen.mentors_group.new_mentor()
    dialog = screen.mentors_group.open_dialog
    assert dialog is not None
    dialog.email_edit.setText("inte en adress")
    dialog.accept()
    assert services.mentors.mentors() == []
    assert dialog.error_labels["name"].isVisibleTo(dialog)
    assert dialog.error_labels["email"].isVisibleTo(dialog)
    dialog.reject()


def test_renewal_warning_days_saved_and_read_back(
    qtbot: QtBot, services: Services, screen: SettingsScreen
) -> None:
    assert screen.renewal_warning_spin.value() == 30
    screen.renewal_warning_spin.setValue(45)
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert services.settings.get().renewal_warning_days == 45
    services.settings.save(replace(services.settings.get(), renewal_warning_days=10))
    screen.refresh()
    assert screen.renewal_warning_spin.value() == 10


def test_the_new_lists_are_edited_with_the_others(
    qtbot: QtBot, services: Services, screen: SettingsScreen
) -> None:
    names = {editor.name for editor in screen.list_editors()}
    assert {ListName.SUBSIDY_TYPES, ListName.AGREEMENT_FORMS, ListName.NETWORK_CONTACT_KINDS} <= (
        names
    )
    editor = screen.subsidy_types_editor
    assert editor.list_widget.count() == len(services.settings.list_labels(ListName.SUBSIDY_TYPES))
    editor.list_widget.addItem("Särskilt stöd")
    editor.edited.emit()
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "Särskilt stöd" in services.settings.list_labels(ListName.SUBSIDY_TYPES)


def _window_on_settings(qtbot: QtBot, services: Services) -> MainWindow:
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    window.show()
    window.show_screen(MainWindow.SCREEN_SETTINGS)
    return window


def _mentor_rows(window: MainWindow) -> list[tuple[str, str]]:
    model = window.settings_screen.mentors_group.model
    return [
        (model.index(row, 0).data(), model.index(row, 1).data()) for row in range(model.rowCount())
    ]


def test_mentors_changed_elsewhere_show_when_the_screen_comes_back(
    qtbot: QtBot, services: Services, clock: FixedClock, english: None
) -> None:
    """A mentor added on another screen (a placement's form) and their employer renamed there
    show when Inställningar is next shown, as the window tells it."""
    bakery = make_employer(services, name="Bageriet", organisation_number=None)
    window = _window_on_settings(qtbot, services)
    assert _mentor_rows(window) == []
    window.show_screen(MainWindow.SCREEN_OVERVIEW)
    window.publish(services.mentors.add(MentorFields(name="Per Lund", employer_id=bakery)).changes)
    window.show_screen(MainWindow.SCREEN_SETTINGS)
    assert _mentor_rows(window) == [("Per Lund", "Bageriet")]

    window.show_screen(MainWindow.SCREEN_OVERVIEW)
    renamed = employer_fields(name="Bageriet i Lund", organisation_number=None)
    window.publish(services.employers.update(bakery, renamed).changes)
    window.show_screen(MainWindow.SCREEN_SETTINGS)
    assert _mentor_rows(window) == [("Per Lund", "Bageriet i Lund")]

    # A change made while the screen is in view (a mentor's form opened elsewhere) shows at once.
    window.publish(services.mentors.add(MentorFields(name="Anna Berg")).changes)
    assert _mentor_rows(window) == [("Anna Berg", "The unit"), ("Per Lund", "Bageriet i Lund")]


def test_showing_the_screen_again_reads_nothing_unless_a_change_concerns_it(
    qtbot: QtBot, services: Services, database: Database, clock: FixedClock
) -> None:
    """Showing Inställningar again read every mentor each time (2,500 on a large register);
    now only a change of the settings, of a mentor, or of an employer a mentor works at is
    read again."""
    bakery = make_employer(services, name="Bageriet", organisation_number=None)
    mentor = services.mentors.add(MentorFields(name="Per Lund", employer_id=bakery)).mentor
    placement = make_placement(services, employer_id=bakery)
    participant = services.placements.get(placement).participant_id
    window = _window_on_settings(qtbot, services)
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    def show_again(changes: Changes) -> list[str]:
        window.show_screen(MainWindow.SCREEN_OVERVIEW)
        window.publish(changes)
        statements.clear()
        event.listen(database.engine, "before_cursor_execute", count)
        try:
            window.show_screen(MainWindow.SCREEN_SETTINGS)
        finally:
            event.remove(database.engine, "before_cursor_execute", count)
        return [s for s in statements if s.strip().upper() != "BEGIN"]

    assert show_again(Changes()) == []
    # A note on a placement at the mentor's employer changes none of the employer's fields.
    note = note_fields(participant, placement, clock.now())
    assert show_again(services.follow_up.add_note(note).changes) == []
    other = make_employer(services, name="Verkstaden", organisation_number=None)
    assert show_again(Changes(employers=frozenset({other}))) == []
    # A change of the mentor's employer (a placement there, say): only the names of the
    # mentors' employers are read, to see whether one was renamed.
    assert len(show_again(Changes(employers=frozenset({bakery})))) == 1
    # The mentors, the settings: read again.
    assert len(show_again(Changes(mentors=frozenset({mentor.id})))) > 1
    assert len(show_again(Changes(settings=True))) > 1
    assert _mentor_rows(window) == [("Per Lund", "Bageriet")]


def test_the_mentors_table_model_is_a_sound_model(
    qtmodeltester: ModelTester, services: Services, screen: SettingsScreen
) -> None:
    employer = make_employer(services, name="Bageriet", organisation_number=None)
    services.mentors.add(MentorFields(name="Eva Holm"))
    services.mentors.add(MentorFields(name="Per Lund", employer_id=employer))
    screen.mentors_group.refresh()
    assert screen.mentors_group.model.rowCount() == 2
    qtmodeltester.check(screen.mentors_group.model)
