"""One language at a time: Qt's own widgets (the file dialogs, a line edit's context menu)
speak the window's language, and change with it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from ambassador import paths
from ambassador.ui import i18n


def _save_dialog(qtbot: QtBot, folder: Path) -> QFileDialog:
    """Qt's own save dialog (not the system's, which a test cannot read), as the window opens
    it where the desktop has no native one."""
    dialog = QFileDialog(None, "Save", str(folder))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    return dialog


def _buttons(dialog: QFileDialog) -> list[str]:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    return [button.text().replace("&", "") for button in box.buttons()]


def _labels(dialog: QFileDialog) -> list[str]:
    return [label.text().replace("&", "") for label in dialog.findChildren(QLabel)]


def _context_menu(qtbot: QtBot) -> list[str]:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    menu = edit.createStandardContextMenu()
    assert menu is not None
    texts = [action.text().split("\t")[0].replace("&", "") for action in menu.actions()]
    menu.deleteLater()
    return texts


@pytest.mark.usefixtures("swedish")
def test_save_dialog_and_context_menu_are_swedish_in_the_swedish_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _save_dialog(qtbot, tmp_path)
    assert _buttons(dialog) == ["Spara", "Avbryt"]
    assert "Titta i:" in _labels(dialog)
    assert "Filnamn:" in _labels(dialog)
    menu = _context_menu(qtbot)
    assert "Ångra" in menu
    assert "Kopiera" in menu
    assert "Klistra in" in menu


@pytest.mark.usefixtures("english")
def test_save_dialog_and_context_menu_are_english_in_the_english_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = _save_dialog(qtbot, tmp_path)
    assert _buttons(dialog) == ["Save", "Cancel"]
    assert "Look in:" in _labels(dialog)
    menu = _context_menu(qtbot)
    assert "Undo" in menu
    assert "Paste" in menu


@pytest.mark.usefixtures("swedish")
def test_switching_language_changes_qt_own_texts_both_ways(qtbot: QtBot, tmp_path: Path) -> None:
    i18n.switch("en", paths.translations_dir())
    assert _buttons(_save_dialog(qtbot, tmp_path)) == ["Save", "Cancel"]
    assert i18n.current_language() == "en"
    i18n.switch("sv", paths.translations_dir())
    assert _buttons(_save_dialog(qtbot, tmp_path)) == ["Spara", "Avbryt"]
    assert i18n.current_language() == "sv"


@pytest.mark.parametrize("language", ["sv", "da"])
def test_qt_translations_are_where_the_program_looks(language: str) -> None:
    # The bundle keeps these files (packaging/contents.py); without them the dialogs are English.
    assert (i18n.qt_translations_dir() / f"qtbase_{language}.qm").is_file()
