"""Closing a changed form never loses what was typed: Esc, Cancel and the window's close button
ask "Save changes?" (Save / Discard / Keep editing); Keep editing returns to the form with the
text in it, Discard closes, Save saves (and a refused save stays open); an unchanged form, or
one changed and changed back, closes at once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.enums import Gender
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.common.dialogs import SaveChoice
from ambassador.ui.common.forms import FormDialog
from ambassador.ui.employers.dialog import EmployerDialog
from ambassador.ui.participants.dialog import ParticipantDialog
from ambassador.ui.placements.dialog import PlacementDialog, select_id
from ambassador.ui.placements.followup_dialogs import NoteDialog
from ambassador.ui.placements.plan_editor import PlanDialog
from ambassador.ui.questionnaires.dialog import QuestionnaireDialog
from tests.factories import every, make_employer, make_participant, make_placement
from tests.ui.driving import show

TYPED = "Ringde handledaren om schemat"


def answering(monkeypatch: pytest.MonkeyPatch, choice: SaveChoice) -> list[str]:
    """Answer every "Save changes?" with `choice`; the titles of the forms asked about."""
    asked: list[str] = []

    def answer(_parent: object, title: str) -> SaveChoice:
        asked.append(title)
        return choice

    monkeypatch.setattr(dialogs, "ask_save_changes", answer)
    return asked


def press_escape(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def click_cancel(qtbot: QtBot, dialog: FormDialog[object]) -> None:
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


def close_window(_qtbot: QtBot, dialog: QDialog) -> None:
    dialog.close()  # what the window's close button does


WAYS: dict[str, Callable[[QtBot, FormDialog[object]], None]] = {
    "escape": press_escape,
    "cancel": click_cancel,
    "close button": close_window,
}


def note_dialog(services: Services, clock: FixedClock) -> NoteDialog:
    return NoteDialog(services, services.placements.get(make_placement(services)), clock.now())


def participant_dialog(services: Services, clock: FixedClock) -> ParticipantDialog:
    return ParticipantDialog(services, today=clock.today())


def placement_dialog(services: Services, clock: FixedClock) -> PlacementDialog:
    make_participant(services)
    return PlacementDialog(services, clock.today())


def type_into(dialog: QDialog) -> str:
    """Type into the form's main text, as a person does; returns where it is read back."""
    if isinstance(dialog, NoteDialog):
        dialog.text_edit.insertPlainText(TYPED)
        return dialog.text_edit.toPlainText()
    if isinstance(dialog, ParticipantDialog):
        dialog.goals_edit.insertPlainText(TYPED)
        return dialog.goals_edit.toPlainText()
    assert isinstance(dialog, PlacementDialog)
    dialog.purpose_edit.insertPlainText(TYPED)
    return dialog.purpose_edit.toPlainText()


def typed_text(dialog: QDialog) -> str:
    if isinstance(dialog, NoteDialog):
        return dialog.text_edit.toPlainText()
    if isinstance(dialog, ParticipantDialog):
        return dialog.goals_edit.toPlainText()
    assert isinstance(dialog, PlacementDialog)
    return dialog.purpose_edit.toPlainText()


FORMS = {
    "note": note_dialog,
    "participant": participant_dialog,
    "placement": placement_dialog,
}


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("form", FORMS)
def test_closing_a_changed_form_asks_and_keep_editing_keeps_the_text(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    form: str,
    way: str,
) -> None:
    asked = answering(monkeypatch, SaveChoice.KEEP_EDITING)
    dialog = show(qtbot, FORMS[form](services, clock))
    type_into(dialog)

    WAYS[way](qtbot, dialog)

    assert asked == [dialog.windowTitle()]
    assert dialog.isVisible()
    assert typed_text(dialog) == TYPED


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("form", FORMS)
def test_discard_closes_the_changed_form_unsaved(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    form: str,
    way: str,
) -> None:
    asked = answering(monkeypatch, SaveChoice.DISCARD)
    dialog = show(qtbot, FORMS[form](services, clock))
    type_into(dialog)
    with qtbot.waitSignal(dialog.rejected):
        WAYS[way](qtbot, dialog)
    assert len(asked) == 1
    assert not dialog.isVisible() and dialog.changes is None


@pytest.mark.parametrize("way", WAYS)
@pytest.mark.parametrize("form", FORMS)
def test_an_unchanged_form_closes_at_once(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    form: str,
    way: str,
) -> None:
    asked = answering(monkeypatch, SaveChoice.KEEP_EDITING)
    dialog = show(qtbot, FORMS[form](services, clock))
    WAYS[way](qtbot, dialog)
    assert asked == [] and not dialog.isVisible()


def test_text_typed_and_deleted_again_is_no_change(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The values are compared, not whether an edit happened."""
    asked = answering(monkeypatch, SaveChoice.KEEP_EDITING)
    dialog = show(qtbot, note_dialog(services, clock))
    dialog.text_edit.insertPlainText(TYPED)
    dialog.text_edit.clear()
    press_escape(qtbot, dialog)
    assert asked == [] and not dialog.isVisible()


def test_save_from_the_question_saves_and_closes(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    answering(monkeypatch, SaveChoice.SAVE)
    dialog = show(qtbot, note_dialog(services, clock))
    type_into(dialog)
    with qtbot.waitSignal(dialog.accepted):
        press_escape(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.saved_note is not None and dialog.saved_note.text == TYPED


def test_a_refused_save_from_the_question_keeps_the_form_open(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new participant without a last name cannot be saved: the form stays, with what was
    typed and the reason beside the field."""
    answering(monkeypatch, SaveChoice.SAVE)
    dialog = show(qtbot, participant_dialog(services, clock))
    dialog.first_name_edit.setText("Lina")
    press_escape(qtbot, dialog)
    assert dialog.isVisible() and dialog.first_name_edit.text() == "Lina"
    assert dialog.error_labels["last_name"].isVisible()
    assert services.participants.page() == []


def test_an_edited_record_asks_only_about_what_changed_since_it_opened(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The values filled in from the record are the form's start: opening and closing an
    edit asks nothing; changing a field does."""
    asked = answering(monkeypatch, SaveChoice.KEEP_EDITING)
    participant = services.participants.get(make_participant(services, gender=Gender.MAN))
    dialog = show(qtbot, ParticipantDialog(services, participant, today=clock.today()))
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData(Gender.WOMAN))
    press_escape(qtbot, dialog)
    assert len(asked) == 1 and dialog.isVisible()
    dialog.gender_combo.setCurrentIndex(dialog.gender_combo.findData(Gender.MAN))
    press_escape(qtbot, dialog)
    assert len(asked) == 1 and not dialog.isVisible()


def test_a_placement_preselected_for_a_person_is_no_change(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answering(monkeypatch, SaveChoice.KEEP_EDITING)
    participant_id = make_participant(services)
    employer_id = make_employer(services)
    dialog = show(
        qtbot,
        PlacementDialog(
            services, clock.today(), participant_id=participant_id, employer_id=employer_id
        ),
    )
    press_escape(qtbot, dialog)
    assert asked == [] and not dialog.isVisible()


def test_the_plan_dialog_and_the_questionnaire_entry_ask_too(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answering(monkeypatch, SaveChoice.KEEP_EDITING)
    plan_dialog = show(qtbot, PlanDialog(every(14)))
    plan_dialog.editor.add_button.click()  # a second phase
    press_escape(qtbot, plan_dialog)
    assert asked == [plan_dialog.windowTitle()] and plan_dialog.isVisible()

    entry = show(qtbot, QuestionnaireDialog(services, lambda _changes: None))
    entry.code_edit.setText("K7M2QX")  # a code alone is nothing to save
    press_escape(qtbot, entry)
    assert len(asked) == 1 and not entry.isVisible()
    entry = show(qtbot, QuestionnaireDialog(services, lambda _changes: None))
    entry.strengths_edit.insertPlainText("Noggrann")
    press_escape(qtbot, entry)
    assert len(asked) == 2 and entry.isVisible()
    assert entry.strengths_edit.toPlainText() == "Noggrann"


def test_the_question_itself_keeps_editing_on_escape_and_names_its_buttons(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real box: three buttons with their words, Keep editing the default and Esc's
    answer, so a second Esc never throws away the text."""
    monkeypatch.undo()  # the box itself, not the suite's stand-in answer
    dialog = show(qtbot, note_dialog(services, clock))
    type_into(dialog)
    seen: list[list[str]] = []

    def answer_with_escape() -> None:
        boxes = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QMessageBox) and widget.isVisible()
        ]
        if not boxes:  # not up yet
            QTimer.singleShot(10, answer_with_escape)
            return
        [box] = boxes
        seen.append([button.text() for button in box.buttons()])
        default = box.defaultButton()
        escape = box.escapeButton()
        seen.append([default.text() if default else "", escape.text() if escape else ""])
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        if box.isVisible():  # never leave the test waiting on the box
            box.done(0)

    QTimer.singleShot(0, answer_with_escape)
    dialog.reject()
    assert seen and sorted(seen[0]) == sorted(["Save", "Discard", "Keep editing"])
    assert seen[1] == ["Keep editing", "Keep editing"]
    assert dialog.isVisible() and typed_text(dialog) == TYPED
    answering(monkeypatch, SaveChoice.DISCARD)  # the end of the test closes it unasked


def test_a_new_note_at_a_given_time_is_kept_when_asked(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Esc on a note whose time was changed: the time counts as a change too."""
    asked = answering(monkeypatch, SaveChoice.KEEP_EDITING)
    dialog = show(qtbot, note_dialog(services, clock))
    dialog.occurred_at_edit.setDateTime(datetime(2026, 11, 23, 14, 0))
    press_escape(qtbot, dialog)
    assert len(asked) == 1 and dialog.isVisible()


def test_a_placement_chosen_for_a_person_by_hand_is_a_change(
    qtbot: QtBot, services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answering(monkeypatch, SaveChoice.KEEP_EDITING)
    participant_id = make_participant(services)
    dialog = show(qtbot, PlacementDialog(services, clock.today()))
    select_id(dialog.participant_combo, participant_id)
    close_window(qtbot, dialog)
    assert len(asked) == 1 and dialog.isVisible()


def test_a_row_added_to_an_employers_tasks_is_a_change(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = answering(monkeypatch, SaveChoice.KEEP_EDITING)
    dialog = show(qtbot, EmployerDialog(services))
    qtbot.mouseClick(dialog.tasks_editor.add_button, Qt.MouseButton.LeftButton)
    press_escape(qtbot, dialog)
    assert len(asked) == 1 and dialog.isVisible()
    assert dialog.tasks_editor.table.rowCount() == 1
