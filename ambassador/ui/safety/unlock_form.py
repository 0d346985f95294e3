"""Unlocking an encrypted database: the form on the start-up dialog and on the locked window.

The form asks for the passphrase, or the recovery key on request; `attempt` does the unlock
and raises StorageError (a wrong passphrase included) when it fails, which the form shows
in place. No personal data is on it: the file's name at most.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import StorageError
from ambassador.ui.common.busy import wait_cursor
from ambassador.ui.i18n import message

# (secret, is it the recovery key) -> None, raising StorageError when it does not open.
Attempt = Callable[[str, bool], None]


class UnlockForm(QWidget):
    unlocked = Signal()

    def __init__(self, intro: str, attempt: Attempt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self.intro_label = QLabel(intro)
        self.intro_label.setWordWrap(True)
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Passphrase"))
        self.secret_edit.setPlaceholderText(self.tr("Passphrase"))
        self.recovery_check = QCheckBox(self.tr("Use the recovery key instead"))
        self.recovery_check.toggled.connect(self._on_recovery_check_toggled)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setAccessibleName(self.tr("Why it did not open"))
        self.error_label.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.secret_edit.returnPressed.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        for widget in (
            self.intro_label,
            self.secret_edit,
            self.recovery_check,
            self.error_label,
            self.unlock_button,
        ):
            layout.addWidget(widget)

    def _on_recovery_check_toggled(self, recovery: bool) -> None:
        self.secret_edit.clear()
        self.secret_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if recovery else QLineEdit.EchoMode.Password
        )
        label = self.tr("Recovery key") if recovery else self.tr("Passphrase")
        self.secret_edit.setPlaceholderText(label)
        self.secret_edit.setAccessibleName(label)
        self.secret_edit.setFocus()

    def try_unlock(self) -> bool:
        secret = self.secret_edit.text()
        if not secret:
            return False
        try:
            with wait_cursor():
                self._attempt(secret, self.recovery_check.isChecked())
        except StorageError as error:
            self.error_label.setText(message(error.message))
            self.error_label.show()
            self.secret_edit.selectAll()
            self.secret_edit.setFocus()
            return False
        self.secret_edit.clear()
        self.error_label.hide()
        self.unlocked.emit()
        return True


class UnlockDialog(QDialog):
    """At start-up: the database is encrypted; accepted once it opened."""

    def __init__(self, file_name: str, attempt: Attempt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock the database"))
        self.form = UnlockForm(
            self.tr("The database %1 is encrypted. Enter its passphrase to open it.").replace(
                "%1", file_name
            ),
            attempt,
        )
        self.form.unlocked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())
