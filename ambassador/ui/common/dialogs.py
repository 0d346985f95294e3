"""Every question, error box and file chooser the window shows goes through here: one seam
for tests."""

from __future__ import annotations

import enum
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ambassador.domain.errors import (
    ConflictError,
    NotFoundError,
    RuleViolationError,
    StorageError,
)
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.services.changes import Changes
from ambassador.ui.i18n import message

NOT_FOUND = QT_TRANSLATE_NOOP(
    "Messages", "The record is no longer there; it may have been deleted. Close and look again."
)
CHANGED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Messages",
    "Someone else saved this record after you opened it, so nothing was changed. "
    "Look at it again and repeat what you did if it is still needed.",
)


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog; True when it was accepted."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.exec()


def ask(parent: QWidget | None, title: str, text: str, confirm: str) -> bool:
    """Ask before something the person may regret; `confirm` names the action on its button."""
    box = QMessageBox(
        QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    yes = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    no.setText(QCoreApplication.translate("Dialogs", "Cancel"))
    box.setDefaultButton(no)
    box.exec()
    return box.clickedButton() is yes


class SaveChoice(enum.Enum):
    """The answer to "Save changes?" when a changed form is closed."""

    SAVE = "save"
    DISCARD = "discard"
    KEEP_EDITING = "keep_editing"


def ask_save_changes(parent: QWidget | None, form_title: str) -> SaveChoice:
    """Esc, Cancel or the close button on a form with changes: save, discard, or go back to
    it. Keep editing is the default and Esc's answer, so no key press loses typed text."""

    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Dialogs", "Save changes?"),
        QCoreApplication.translate("Dialogs", "Save the changes in “%1”?").replace(
            "%1", form_title
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Dialogs", "If you discard them, what was typed in the form is lost."
        )
    )
    save = box.addButton(
        QCoreApplication.translate("Dialogs", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Dialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(
        QCoreApplication.translate("Dialogs", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return SaveChoice.SAVE
    if clicked is discard:
        return SaveChoice.DISCARD
    return SaveChoice.KEEP_EDITING


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent
    )
    box.exec()


def show_failure(parent: QWidget | None, title: str, error: Exception) -> None:
    """A refused or failed action (rule, storage, a record gone), in the person's language."""
    if isinstance(error, RuleViolationError):
        text = message(error.message, **error.params)
    elif isinstance(error, StorageError):
        text = message(error.message)
    elif isinstance(error, ConflictError) and not error.deleted:
        text = message(CHANGED_ELSEWHERE)
    else:
        text = message(NOT_FOUND)
    show_error(parent, title, text)


def attempt(
    parent: QWidget | None,
    failure_title: str,
    action: Callable[[], Changes],
    publish: Callable[[Changes], None],
) -> bool:
    """Run one service call from a button; a refusal or a failure is shown, not raised."""
    try:
        changes = action()
    except (RuleViolationError, NotFoundError, StorageError, ConflictError) as error:
        show_failure(parent, failure_title, error)
        return False
    publish(changes)
    return True


def choose_save_path(
    parent: QWidget | None, title: str, suggested: Path, name_filter: str
) -> Path | None:
    """Where the person wants a file saved, or None when they cancel."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), name_filter)
    return Path(path) if path else None


def choose_open_path(
    parent: QWidget | None, title: str, start: Path, name_filter: str
) -> Path | None:
    """The file the person wants read, or None when they cancel."""
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(start), name_filter)
    return Path(path) if path else None


def choose_folder(parent: QWidget | None, title: str, start: str) -> str:
    """The folder the person picks, or "" when they cancel."""
    return QFileDialog.getExistingDirectory(parent, title, start)


def open_file(path: Path) -> bool:
    """Show a written file in the system's viewer; False when no viewer would take it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
