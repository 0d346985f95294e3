"""The organisation's country in the window: chosen on the first-run page (Sverige or
Danmark), shown in Inställningar and read-only there once anyone is registered, and naming
the numbers in the forms and lists (CPR and CVR numbers in a Danish organisation)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.country import DENMARK, SWEDEN
from ambassador.domain.enums import Gender
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.employers.dialog import EmployerDialog
from ambassador.ui.main_window import MainWindow
from ambassador.ui.participants.dialog import ParticipantDialog
from ambassador.ui.settings.screen import SettingsScreen
from tests.factories import make_participant
from tests.ui.driving import RecordingNavigator

PIN = "personal_identity_number"
# Made up: ten digits whose serial fails the CPR's old modulus-11 test.
CPR = "150685-2000"


def make_window(qtbot: QtBot, services: Services) -> MainWindow:
    window = build_window(services, "new.db")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_first_run_page_offers_sweden_and_denmark_and_stores_the_choice(
    qtbot: QtBot, services: Services, english: None
) -> None:
    window = make_window(qtbot, services)
    page = window.overview_screen.start_page
    assert window.overview_screen.showing_start_page
    buttons = page.country_buttons
    assert [buttons[c].text() for c in (SWEDEN, DENMARK)] == ["Sverige", "Danmark"]
    assert buttons[SWEDEN].isChecked() and buttons[DENMARK].isVisible()

    qtbot.mouseClick(buttons[DENMARK], Qt.MouseButton.LeftButton)
    assert services.settings.country() == DENMARK
    # The window is built again: its new start page shows Denmark, the lists name CPR.
    page = window.overview_screen.start_page
    assert page.chosen_country() == DENMARK
    assert window.overview_screen.showing_start_page
    qtbot.waitUntil(page.isVisible)
    participants = window.participants_screen
    # (in Swedish: the window is built again in the database's language)
    assert participants.model.headerData(1, Qt.Orientation.Horizontal) == "CPR-nummer"
    # And back, while no one is registered.
    qtbot.mouseClick(page.country_buttons[SWEDEN], Qt.MouseButton.LeftButton)
    assert services.settings.country() == SWEDEN


def test_a_country_chosen_after_someone_was_registered_is_refused_and_shown_as_stored(
    qtbot: QtBot, services: Services, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, services)
    page = window.overview_screen.start_page
    make_participant(services)  # another user was first, say, on a server
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, text: shown.append(text))
    qtbot.mouseClick(page.country_buttons[DENMARK], Qt.MouseButton.LeftButton)
    assert services.settings.country() == SWEDEN
    assert page.chosen_country() == SWEDEN
    assert shown and "cannot be changed" in shown[0]


def settings_screen(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator
) -> SettingsScreen:
    screen = SettingsScreen(services, navigator)
    qtbot.addWidget(screen)
    screen.refresh()
    screen.show()
    return screen


def test_settings_show_the_country_changeable_while_the_register_is_empty(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, english: None
) -> None:
    screen = settings_screen(qtbot, services, navigator)
    assert screen.country_combo.currentData() == SWEDEN
    assert screen.country_combo.isEnabled()
    assert "can be changed until" in screen.country_note_label.text()
    screen.country_combo.setCurrentIndex(screen.country_combo.findData(DENMARK))
    assert screen.save()
    assert services.settings.country() == DENMARK


def test_settings_show_the_country_read_only_once_someone_is_registered(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, english: None
) -> None:
    make_participant(services)
    screen = settings_screen(qtbot, services, navigator)
    assert screen.country_combo.currentText() == "Sverige"
    assert not screen.country_combo.isEnabled()
    assert "cannot be changed" in screen.country_note_label.text()
    # The other settings still save.
    screen.organisation_edit.setText("Solbacka kommun")
    assert screen.save()
    assert services.settings.country() == SWEDEN


def test_the_participant_form_of_a_danish_organisation_asks_for_a_cpr_number(
    qtbot: QtBot, services: Services, english: None
) -> None:
    services.settings.set_country(DENMARK)
    dialog = ParticipantDialog(services, today=services.clock.today())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.identity_number_edit.accessibleName() == "CPR number"
    assert dialog.identity_number_edit.placeholderText() == "DDMMYY-SSSS"
    qtbot.keyClicks(dialog.first_name_edit, "Ida")
    qtbot.keyClicks(dialog.last_name_edit, "Holm")
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData(Gender.WOMAN))
    qtbot.keyClicks(dialog.identity_number_edit, "310485-1123")  # 31 April
    error = dialog.error_labels[PIN]
    assert error.isVisible() and "CPR number" in error.text()
    dialog.identity_number_edit.setText(CPR)
    assert not error.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_participant is not None
    assert dialog.saved_participant.personal_identity_number == "1506852000"


def test_the_employer_form_of_a_danish_organisation_asks_for_a_cvr_number(
    qtbot: QtBot, services: Services, english: None
) -> None:
    services.settings.set_country(DENMARK)
    dialog = EmployerDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    label = dialog.error_labels["organisation_number"]
    assert dialog.organisation_number_edit.placeholderText() == "NNNNNNNN"
    qtbot.keyClicks(dialog.name_edit, "Fynbo Bageri")
    qtbot.keyClicks(dialog.organisation_number_edit, "13585627")
    assert label.isVisible() and "CVR number" in label.text()
    dialog.organisation_number_edit.setText("13585628")
    assert not label.isVisible()


def test_the_forms_of_a_swedish_organisation_keep_their_words(
    qtbot: QtBot, services: Services, english: None
) -> None:
    dialog = ParticipantDialog(services, today=services.clock.today())
    qtbot.addWidget(dialog)
    assert dialog.identity_number_edit.accessibleName() == "Personal identity number"
    assert dialog.identity_number_edit.placeholderText() == "YYYYMMDD-NNNN"
    employer = EmployerDialog(services)
    qtbot.addWidget(employer)
    assert employer.organisation_number_edit.placeholderText() == "NNNNNN-NNNN"
