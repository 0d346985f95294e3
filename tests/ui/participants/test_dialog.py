"""The participant form over real services: errors beside fields, saving, the hidden number."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from ambassador.domain.browse import ParticipantFilter
from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Gender
from ambassador.domain.participant import Participant
from ambassador.services.bundle import Services
from ambassador.ui.participants.dialog import ParticipantDialog
from tests.factories import make_identity_number, make_participant

PIN = "personal_identity_number"


def open_dialog(
    qtbot: QtBot, services: Services, clock: FixedClock, participant: Participant | None = None
) -> ParticipantDialog:
    dialog = ParticipantDialog(services, participant, today=clock.today())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def with_bad_check_digit(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def participant_count(services: Services) -> int:
    return services.browse.participants(ParticipantFilter()).total


def choose_gender(dialog: ParticipantDialog, gender: Gender = Gender.WOMAN) -> None:
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData(gender))


def test_invalid_identity_number_shows_error_beside_field_while_typing_and_save_refuses(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    dialog = open_dialog(qtbot, services, clock)
    qtbot.keyClicks(dialog.first_name_edit, "Åsa")
    qtbot.keyClicks(dialog.last_name_edit, "Öberg")
    bad_number = with_bad_check_digit(make_identity_number())
    qtbot.keyClicks(dialog.identity_number_edit, bad_number)

    error = dialog.error_labels[PIN]
    assert error.isVisible() and error.text()
    assert bad_number not in error.text() and bad_number[-4:] not in error.text()
    # Fields not touched yet show nothing.
    assert not dialog.error_labels["email"].isVisible()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.changes is None and dialog.saved_participant is None
    assert participant_count(services) == 0
    assert error.isVisible() and error.text()


def test_fixed_identity_number_saves_exactly_what_was_typed(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    dialog = open_dialog(qtbot, services, clock)
    number = make_identity_number(date(1990, 6, 15), woman=False)
    qtbot.keyClicks(dialog.first_name_edit, "Mohammed")
    qtbot.keyClicks(dialog.last_name_edit, "Al-Hassan")
    qtbot.keyClicks(dialog.identity_number_edit, with_bad_check_digit(number))
    assert dialog.error_labels[PIN].isVisible()
    dialog.identity_number_edit.clear()
    qtbot.keyClicks(dialog.identity_number_edit, number)
    assert not dialog.error_labels[PIN].isVisible()

    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData(Gender.MAN))
    qtbot.keyClicks(dialog.phone_edit, "070-123 45 67")
    qtbot.keyClicks(dialog.email_edit, "m.alhassan@example.se")
    qtbot.keyClicks(dialog.address_edit, "Storgatan 1, 123 45 Ekby")
    dialog.referral_source_combo.setCurrentIndex(0)
    chosen_source = dialog.referral_source_combo.currentText()
    assert chosen_source
    qtbot.keyClicks(dialog.referral_date_edit, "2026-10-01")
    qtbot.keyClicks(dialog.referral_reference_edit, "AF-2026-118")
    qtbot.keyClicks(dialog.language_edit, "Arabiska")
    dialog.interpreter_check.setChecked(True)
    qtbot.keyClicks(dialog.needs_edit, "Korta pass i starten.")
    qtbot.keyClicks(dialog.strengths_edit, "Noggrann")
    # QTest.keyClicks aborts on lowercase letters outside ASCII such as ä and ö.
    dialog.interests_edit.insertPlainText("Trädgård")
    dialog.goals_edit.insertPlainText("Anställning inom grönyteskötsel")

    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert participant_count(services) == 1
    saved = dialog.saved_participant
    assert saved is not None
    assert dialog.changes is not None and saved.id in dialog.changes.participants
    stored = services.participants.get(saved.id)
    assert stored == saved
    assert (stored.first_name, stored.last_name) == ("Mohammed", "Al-Hassan")
    assert stored.personal_identity_number == number.replace("-", "")
    assert stored.gender is Gender.MAN
    assert (stored.phone, stored.email) == ("070-123 45 67", "m.alhassan@example.se")
    assert stored.address == "Storgatan 1, 123 45 Ekby"
    assert stored.referral_source == chosen_source
    assert stored.referral_date == date(2026, 10, 1)
    assert stored.referral_reference == "AF-2026-118"
    assert stored.language == "Arabiska" and stored.interpreter_needed
    assert stored.needs_and_adaptations == "Korta pass i starten."
    assert (stored.strengths, stored.interests, stored.goals) == (
        "Noggrann",
        "Trädgård",
        "Anställning inom grönyteskötsel",
    )


def test_referral_source_may_be_typed_when_not_in_the_list(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    dialog = open_dialog(qtbot, services, clock)
    items = dialog.referral_source_combo.count()
    assert items > 0 and dialog.referral_source_combo.currentText() == ""
    qtbot.keyClicks(dialog.first_name_edit, "Lina")
    qtbot.keyClicks(dialog.last_name_edit, "Berg")
    choose_gender(dialog)
    qtbot.keyClicks(dialog.referral_source_combo, "Kriminalvarden")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_participant is not None
    assert dialog.saved_participant.referral_source == "Kriminalvarden"
    assert dialog.saved_participant.personal_identity_number is None
    assert dialog.referral_source_combo.count() == items


def test_unreadable_referral_date_shows_error_beside_it(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    dialog = open_dialog(qtbot, services, clock)
    qtbot.keyClicks(dialog.first_name_edit, "Lina")
    qtbot.keyClicks(dialog.last_name_edit, "Berg")
    choose_gender(dialog)
    qtbot.keyClicks(dialog.referral_date_edit, "den 1 oktober")
    error = dialog.error_labels["referral_date"]
    # Not while typing ("2026-1" on the way to a date is no mistake): once left, or saved.
    assert not error.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert error.isVisible() and error.text()
    assert dialog.isVisible() and participant_count(services) == 0
    assert dialog.referral_date_edit.text() == "den 1 oktober"  # kept for correcting


def test_empty_form_refused_with_errors_beside_the_names(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    dialog = open_dialog(qtbot, services, clock)
    assert not any(label.isVisible() for label in dialog.error_labels.values())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and participant_count(services) == 0
    for field in ("first_name", "last_name", "gender"):
        assert dialog.error_labels[field].isVisible() and dialog.error_labels[field].text()
    assert not dialog.error_labels[PIN].isVisible()


def test_duplicate_identity_number_shows_error_beside_field_after_save(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    number = make_identity_number()
    make_participant(services, personal_identity_number=number)
    dialog = open_dialog(qtbot, services, clock)
    qtbot.keyClicks(dialog.first_name_edit, "Åsa")
    qtbot.keyClicks(dialog.last_name_edit, "Lind")
    choose_gender(dialog)
    qtbot.keyClicks(dialog.identity_number_edit, number)
    assert not dialog.error_labels[PIN].isVisible()  # only the database knows

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    error = dialog.error_labels[PIN]
    assert error.isVisible() and error.text()
    assert number[-4:] not in error.text()
    assert dialog.isVisible() and dialog.saved_participant is None
    assert participant_count(services) == 1
    # What was typed stays for the person to correct.
    assert dialog.first_name_edit.text() == "Åsa"
    assert dialog.identity_number_edit.text() == number


def test_edit_keeps_identity_number_hidden_until_revealed(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    number = make_identity_number(date(1979, 1, 30))
    participant = services.participants.get(
        make_participant(services, personal_identity_number=number, language="Somaliska")
    )
    dialog = open_dialog(qtbot, services, clock, participant)

    edit = dialog.identity_number_edit
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    assert number not in edit.displayText() and number[-4:] not in edit.displayText()
    assert dialog.reveal_button.isVisible() and dialog.reveal_button.accessibleName()
    assert not any(label.isVisible() for label in dialog.error_labels.values())
    assert dialog.first_name_edit.text() == participant.first_name
    assert dialog.language_edit.text() == "Somaliska"
    assert dialog.gender_combo.currentData() == participant.gender

    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == QLineEdit.EchoMode.Normal
    assert edit.displayText() == number
    qtbot.mouseClick(dialog.reveal_button, Qt.MouseButton.LeftButton)
    assert edit.echoMode() == QLineEdit.EchoMode.Password


def test_edit_saves_changes_and_keeps_the_number(
    qtbot: QtBot, services: Services, clock: FixedClock
) -> None:
    number = make_identity_number()
    participant_id = make_participant(services, personal_identity_number=number)
    dialog = open_dialog(qtbot, services, clock, services.participants.get(participant_id))
    dialog.last_name_edit.clear()
    qtbot.keyClicks(dialog.last_name_edit, "Ek")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    stored = services.participants.get(participant_id)
    assert stored.last_name == "Ek"
    assert stored.personal_identity_number == number.replace("-", "")
    assert participant_count(services) == 1


def test_new_participant_types_number_in_clear(
    qtbot: QtBot, services: Services, clock: FixedClock, english: None
) -> None:
    dialog = open_dialog(qtbot, services, clock)
    assert dialog.windowTitle() == "New participant"
    assert dialog.identity_number_edit.echoMode() == QLineEdit.EchoMode.Normal
    assert not dialog.reveal_button.isVisible()
    assert dialog.identity_number_edit.accessibleName() == "Personal identity number"
    edit_dialog = open_dialog(
        qtbot, services, clock, services.participants.get(make_participant(services))
    )
    assert edit_dialog.windowTitle() == "Edit participant"
    # A participant without a number has nothing to hide.
    assert edit_dialog.identity_number_edit.echoMode() == QLineEdit.EchoMode.Normal
