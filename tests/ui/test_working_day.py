"""A coordinator's whole working day through the real window, on a temporary database.

Each step is done the way a person does it (buttons, dialogs, keys) and checked against what
the window then shows, the Översikt included.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.browse import PlacementFilter
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import (
    CheckInStatus,
    ContactRole,
    Gender,
    Outcome,
    PlacementStatus,
    Sector,
)
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.main_window import MainWindow
from ambassador.ui.placements import plan_editor
from ambassador.ui.placements.dialog import select_id
from ambassador.ui.screens import SCREENS
from tests.factories import make_identity_number
from tests.ui.driving import choose, click_save


@pytest.mark.qt_log_ignore("This plugin does not support raise", "grabbing the keyboard")
def test_a_working_day(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    swedish: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _a_working_day(qtbot, services, clock, monkeypatch)


@pytest.mark.postgresql_only
@pytest.mark.qt_log_ignore("This plugin does not support raise", "grabbing the keyboard")
def test_a_working_day_on_a_server(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    swedish: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The same day on a database on a PostgreSQL server (`services` is on the test server
    for a test marked postgresql_only)."""
    assert services.connection.on_server
    _a_working_day(qtbot, services, clock, monkeypatch)


def _a_working_day(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda _p, title, _t, _c: asked.append(title) or True)
    monkeypatch.setattr(dialogs, "inform", lambda *_args: None)
    window = build_window(services, "dag.db")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    overview = window.overview_screen
    assert overview.at_risk_section.model.rowCount() == 0

    # A participant: first with a personnummer that fails its check digit, then a good one.
    qtbot.keySequence(window.navigation_list, QKeySequence("Ctrl+2"))
    participants = window.participants_screen
    assert window.screens_stack.currentWidget() is participants
    assert participants.empty_label.isVisible() or participants.model.total == 0
    qtbot.mouseClick(participants.new_button, Qt.MouseButton.LeftButton)
    dialog = participants.detail_pane.open_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.first_name_edit.setText("Åsa")
    dialog.last_name_edit.setText("Öberg")
    choose(dialog.gender_combo, Gender.WOMAN)
    good = make_identity_number(date(1988, 4, 2))
    bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    dialog.identity_number_edit.setText(bad)
    error = dialog.error_labels["personal_identity_number"]
    assert error.isVisible() and "kontrollsiffra" in error.text().lower()
    click_save(qtbot, dialog)
    assert dialog.isVisible() and participants.model.total == 0
    dialog.identity_number_edit.setText(good)
    assert not error.isVisible()
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert participants.model.total == 1
    assert participants.detail_pane.heading_label.text() == "Åsa Öberg"
    assert participants.detail_pane.identity_label.text() == "19880402-****"
    participant_id = participants.selected_id
    assert participant_id is not None

    # An employer with a supervisor.
    qtbot.keySequence(window.navigation_list, QKeySequence("Ctrl+3"))
    employers = window.employers_screen
    qtbot.mouseClick(employers.new_button, Qt.MouseButton.LeftButton)
    dialog = employers.detail_pane.open_dialog
    dialog.name_edit.setText("Solbacka kommun, Äldreboendet")
    choose(dialog.sector_combo, Sector.MUNICIPAL)
    click_save(qtbot, dialog)
    assert not dialog.isVisible() and employers.model.total == 1
    employer_id = employers.selected_id
    assert employers.detail_pane.heading_label.text() == "Solbacka kommun, Äldreboendet"
    qtbot.mouseClick(employers.detail_pane.add_contact_button, Qt.MouseButton.LeftButton)
    dialog = employers.detail_pane.open_dialog
    dialog.name_edit.setText("Kerstin Lind")
    choose(dialog.role_combo, ContactRole.SUPERVISOR)
    click_save(qtbot, dialog)
    assert employers.detail_pane.contacts_table.model_rows.rowCount() == 1
    (supervisor,) = services.employers.contacts(employer_id)

    # A placement that started three weeks ago; nobody has been in touch: it is silent.
    qtbot.keySequence(window.navigation_list, QKeySequence("Ctrl+4"))
    placements = window.placements_screen
    qtbot.mouseClick(placements.new_button, Qt.MouseButton.LeftButton)
    dialog = placements.detail_pane.open_dialog
    select_id(dialog.participant_combo, participant_id)
    select_id(dialog.employer_combo, employer_id)
    choose(dialog.supervisor_combo, supervisor.id)
    dialog.type_combo.setCurrentText("Arbetsträning")
    dialog.start_date_edit.setDate(clock.today() - timedelta(days=21))
    dialog.planned_end_edit.setText("2027-01-31")
    monkeypatch.setattr(plan_editor, "ask_for_plan", lambda _parent, _plan: (True, None))
    qtbot.mouseClick(dialog.change_plan_button, Qt.MouseButton.LeftButton)  # no planned follow-up
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    pane = placements.detail_pane
    assert pane.heading_label.text() == "Åsa Öberg på Solbacka kommun, Äldreboendet"
    assert "Pågående" in pane.status_label.text()
    placement_id = placements.selected_id
    assert overview.at_risk_section.model.rowCount() == 1
    assert pane.timeline_view.empty_label.isVisible()

    # A weekly series of check-ins, the first at ten this morning.
    qtbot.mouseClick(pane.schedule_button, Qt.MouseButton.LeftButton)
    dialog = pane.open_dialog
    dialog.scheduled_at_edit.setDateTime(datetime(2026, 11, 24, 10, 0))
    dialog.repeat_check.setChecked(True)
    dialog.every_days_spin.setValue(7)
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    check_ins = services.follow_up.check_ins_of_placement(placement_id)
    assert [c.scheduled_at.date() for c in check_ins[:3]] == [
        date(2026, 11, 24),
        date(2026, 12, 1),
        date(2026, 12, 8),
    ]
    assert overview.today_section.model.rowCount() == 1

    # Half past ten: the visit is done and recorded with its note.
    clock.set(datetime(2026, 11, 24, 10, 30))
    window.refresh()
    pane.select_check_in(check_ins[0].id)
    assert pane.done_button.isEnabled()
    qtbot.mouseClick(pane.done_button, Qt.MouseButton.LeftButton)
    dialog = pane.open_dialog
    assert dialog.windowTitle() == "Registrera avstämning"
    dialog.text_edit.setPlainText("Besök på avdelningen. Åsa trivs och vill prova kvällspass.")
    dialog.shareable_check.setChecked(True)
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.follow_up.get_check_in(check_ins[0].id).status is CheckInStatus.DONE
    first = pane.timeline_view.model.row_at(pane.timeline_view.model.rowCount() - 1)
    assert "Åsa trivs" in pane.timeline_view.full_text(first)
    assert overview.at_risk_section.model.rowCount() == 0
    assert overview.today_section.model.rowCount() == 0

    # The supervisor's feedback.
    pane.feedback_action.trigger()  # under More, and in the Placement menu
    dialog = pane.open_dialog
    dialog.rating_rows["attendance"].group.button(4).click()  # one click a rating
    dialog.rating_rows["felt_supported"].group.button(3).click()
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    (feedback,) = services.follow_up.feedback_of_placement(placement_id)
    assert (feedback.attendance, feedback.felt_supported) == (5, 4)
    assert any(
        pane.timeline_view.what(pane.timeline_view.model.row_at(row))
        == "Återkoppling från arbetsgivaren"
        for row in range(pane.timeline_view.model.rowCount())
    )

    # The placement ends early: first without a reason, then with one.
    qtbot.mouseClick(pane.end_button, Qt.MouseButton.LeftButton)
    dialog = pane.open_dialog
    qtbot.mouseClick(dialog.outcome_buttons[Outcome.ENDED_EARLY], Qt.MouseButton.LeftButton)
    click_save(qtbot, dialog)
    assert dialog.isVisible() and dialog.error_labels["reason"].isVisible()
    assert services.placements.get(placement_id).ending is None
    dialog.reason_combo.setCurrentText("Ohälsa")
    click_save(qtbot, dialog)
    assert not dialog.isVisible()
    assert "Avslutad" in pane.status_label.text()
    assert pane.note_button.isEnabled()  # a closing note is still written
    later = [c for c in services.follow_up.check_ins_of_placement(placement_id)[1:]]
    assert later and all(c.status is CheckInStatus.CANCELLED for c in later)
    ended = services.browse.placements(PlacementFilter(status=PlacementStatus.ENDED))
    assert ended.total == 1

    # Found again from anywhere with Ctrl+K.
    window.show_screen(MainWindow.SCREEN_OVERVIEW)
    qtbot.keySequence(window.navigation_list, QKeySequence("Ctrl+K"))
    search = window.search_dialog
    assert search is not None and search.isVisible()
    search.query_edit.setText("kvällspass")
    search.run_search_now()
    assert search.results_list.count() >= 1
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    assert window.screens_stack.currentWidget() is placements
    assert placements.selected_id == placement_id

    # Deleted by mistake, and restored from the trash.
    pane.delete_action.trigger()
    # The start three weeks ago was asked about once; then the deletion.
    assert len(asked) == 2 and asked[1] == "Ta bort placering"
    assert placements.model.total == 0
    qtbot.keySequence(window.navigation_list, QKeySequence("Ctrl+8"))
    trash = window.trash_screen
    assert trash.model.rowCount() == 1
    trash.trash_table.selectRow(0)
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert trash.model.rowCount() == 0
    qtbot.keySequence(window.navigation_list, QKeySequence("Ctrl+4"))
    assert placements.model.total == 1  # brought up to date as it is shown
    assert services.placements.get(placement_id).ending is not None

    # English for a colleague, and back to Swedish, on the same placement.
    window.open_placement(placement_id)
    qtbot.keySequence(window.navigation_list, QKeySequence("Ctrl+7"))
    settings = window.settings_screen
    choose(settings.language_combo, "en")
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert window.navigation_list.item(MainWindow.SCREEN_PARTICIPANTS).text() == "Participants"
    assert window.overview_screen.title_label.text() == "Overview"
    assert window.screens_stack.currentIndex() == MainWindow.SCREEN_SETTINGS
    settings = window.settings_screen
    choose(settings.language_combo, "sv")
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert window.navigation_list.item(MainWindow.SCREEN_PARTICIPANTS).text() == "Deltagare"
    assert window.placements_screen.selected_id == placement_id

    # Every screen, each built and read on this database.
    for row in range(len(SCREENS)):
        qtbot.keySequence(window.navigation_list, QKeySequence(f"Ctrl+{row + 1}"))
        assert window.screens_stack.currentIndex() == row
        assert window.screens_stack.currentWidget() is window.screen_of(SCREENS[row])
