"""The "someone else changed this" dialog on its own: which fields it shows, what it merges."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from ambassador.domain.errors import ConflictError
from ambassador.ui.common import conflict_dialog, dialogs
from ambassador.ui.common.conflict_dialog import (
    MERGE,
    TAKE_THEIRS,
    ConflictDialog,
    FieldDifference,
    differences,
    opened_after_merge,
)


@pytest.fixture(autouse=True)
def _merge_discarded_when_closed(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a dialog with a merged text asks first; at a test's end, say Discard."""
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)


LABELS = {"purpose": "Purpose", "goals": "Goals", "unit": "Unit", "hours": "Hours"}
ORIGINAL = {
    "purpose": "Learn the till.",
    "goals": "Two days a week.",
    "unit": "Shop",
    "hours": 20.0,
}


def test_differences_lists_only_the_fields_the_other_person_changed() -> None:
    opened = dict(ORIGINAL)
    mine = dict(ORIGINAL, purpose="Learn the till and the stock room.", unit="Store")
    theirs = dict(ORIGINAL, purpose="Learn the till, then the café.", goals="Three days.")

    found = differences(ORIGINAL, opened, mine, theirs, LABELS)

    assert found == [
        FieldDifference(
            "purpose",
            "Purpose",
            "Learn the till and the stock room.",
            "Learn the till, then the café.",
            theirs_only=False,
        ),
        FieldDifference("goals", "Goals", "Two days a week.", "Three days.", theirs_only=True),
    ]


def test_differences_leaves_out_a_change_both_made_alike_and_blanks_around_text() -> None:
    mine = dict(ORIGINAL, goals="Three days.\r\n")
    theirs = dict(ORIGINAL, goals="Three days.", purpose=" Learn the till. ")

    assert differences(ORIGINAL, ORIGINAL, mine, theirs, LABELS) == []


def test_differences_compares_my_edits_with_what_the_form_read_not_with_storage() -> None:
    """A form shows a stored value its own way (a formatted number): unchanged, it is no
    edit of mine, and the other person's change is taken."""
    original = {"number": "199006151234"}
    opened = {"number": "19900615-1234"}
    theirs = {"number": "199106151235"}

    found = differences(original, opened, dict(opened), theirs, {"number": "Number"})

    assert [(d.name, d.theirs_only) for d in found] == [("number", True)]


def test_opened_after_merge_takes_theirs_where_either_changed() -> None:
    opened = dict(ORIGINAL)
    mine = dict(ORIGINAL, purpose="Mine.")
    theirs = dict(ORIGINAL, goals="Theirs.")

    after = opened_after_merge(opened, mine, ORIGINAL, theirs)

    assert after == dict(ORIGINAL, purpose=ORIGINAL["purpose"], goals="Theirs.")


def conflict(changed_by: str = "bo", *, deleted: bool = False) -> ConflictError:
    return ConflictError("placement", 7, None, changed_by, deleted=deleted)


def make_dialog(
    qtbot: QtBot, found: list[FieldDifference], changed_by: str = "bo"
) -> ConflictDialog:
    dialog = ConflictDialog(
        conflict(changed_by),
        found,
        what="this placement",
        text_of=lambda _name, value: "" if value is None else str(value),
        text_fields={"purpose", "goals", "unit"},
        long_fields={"purpose", "goals"},
    )
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


LONG_MINE = " ".join(["The participant learns the till and the stock room."] * 12)
FOUND = [
    FieldDifference("purpose", "Purpose", LONG_MINE, "Learn the till, then the café.", False),
    FieldDifference("unit", "Unit", "Store", "Shop floor", False),
    FieldDifference("hours", "Hours", 20.0, 25.0, False),
    FieldDifference("goals", "Goals", "Two days a week.", "Three days.", True),
]


def test_dialog_names_the_other_person_and_shows_a_choice_per_field_both_changed(
    qtbot: QtBot,
) -> None:
    dialog = make_dialog(qtbot, FOUND)

    assert "bo" in dialog.intro_label.text() and "this placement" in dialog.intro_label.text()
    assert list(dialog.choices) == ["purpose", "unit", "hours"]
    purpose = dialog.choices["purpose"]
    assert purpose.mine_label.text() == LONG_MINE and purpose.mine_label.wordWrap()
    assert purpose.theirs_label.text() == "Learn the till, then the café."
    assert isinstance(purpose.merge_edit, QPlainTextEdit)
    assert isinstance(dialog.choices["unit"].merge_edit, QLineEdit)
    assert dialog.choices["hours"].merge_edit is None  # a number: mine or theirs
    # Taken without asking, and said so.
    assert dialog.taken_box.isVisible() and dialog.taken_label.text().startswith("bo changed")
    # Mine is kept unless the person chooses otherwise.
    assert dialog.merged_values() == {
        "goals": "Three days.",
        "purpose": LONG_MINE,
        "unit": "Store",
        "hours": 20.0,
    }


def test_dialog_merges_choices_and_an_edited_text(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, FOUND)
    dialog.choices["hours"].theirs_radio.click()
    purpose = dialog.choices["purpose"]
    assert isinstance(purpose.merge_edit, QPlainTextEdit)
    purpose.merge_edit.setPlainText("Learn the till, the stock room, then the café.")

    assert purpose.choice() == MERGE  # typing in the merge chooses it
    assert dialog.choices["hours"].choice() == TAKE_THEIRS
    values = dialog.merged_values()
    assert values["purpose"] == "Learn the till, the stock room, then the café."
    assert values["hours"] == 25.0 and values["unit"] == "Store"


def test_someone_unnamed_is_another_user(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, FOUND, changed_by="")

    assert dialog.intro_label.text().startswith("Another user saved changes")


def test_escape_after_editing_a_merge_asks_before_losing_it(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[str] = []

    def keep(_parent: object, title: str, _text: str, _confirm: str) -> bool:
        answers.append(title)
        return False

    monkeypatch.setattr(dialogs, "ask", keep)
    dialog = make_dialog(qtbot, FOUND)
    unit = dialog.choices["unit"].merge_edit
    assert isinstance(unit, QLineEdit)
    qtbot.keyClicks(unit, " and shop floor")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert answers and dialog.isVisible()
    assert dialog.merged_values()["unit"] == "Store and shop floor"


def test_escape_without_a_merged_text_goes_back_at_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *_args: pytest.fail("nothing to lose"))
    dialog = make_dialog(qtbot, FOUND)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    assert not dialog.isVisible() and dialog.result() == ConflictDialog.DialogCode.Rejected


def test_deleted_record_offers_to_copy_what_was_typed_and_saves_nothing(qtbot: QtBot) -> None:
    dialog = ConflictDialog(
        conflict(deleted=True),
        [],
        what="this placement",
        text_of=lambda _name, value: str(value),
        mine_summary="Purpose:\nLearn the till.\n",
    )
    qtbot.addWidget(dialog)
    dialog.show()

    assert "removed" in dialog.intro_label.text()
    assert dialog.save_button is None and dialog.copy_button is not None
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    clipboard = QApplication.clipboard()
    assert clipboard.text() == "Purpose:\nLearn the till.\n"


def test_run_is_the_seam_for_tests(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[ConflictDialog] = []
    monkeypatch.setattr(dialogs, "run_dialog", lambda dialog: shown.append(dialog) or True)
    dialog = make_dialog(qtbot, FOUND)

    assert conflict_dialog.run(dialog) and shown == [dialog]
