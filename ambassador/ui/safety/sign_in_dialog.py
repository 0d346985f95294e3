"""Signing in to the database server at start-up: the server and the user named, a password,
and, where the computer has a keyring, whether to remember the password there.

`attempt` opens the database with the password and raises StorageError when it does not
open. A refused password is said in place and asked again; any other failure (the server
gone, a database too old) closes the dialog with the failure kept for the caller to show. No
personal data is on it: the server's name and the user's at most.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import StorageError
from ambassador.services.opening import PasswordNeededError, SignInRefusedError
from ambassador.ui.common.busy import wait_cursor
from ambassador.ui.i18n import message

# The password -> None, raising StorageError when the database does not open with it.
Attempt = Callable[[str], None]


class SignInDialog(QDialog):
    """Accepted once the database opened; `remember` then says whether to keep the password."""

    def __init__(
        self,
        server: str,
        user: str,
        attempt: Attempt,
        *,
        offer_remember: bool,
        refused: StorageError | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._attempt = attempt
        self._offer_remember = offer_remember
        # What ended the dialog other than a refused password, for the caller to say.
        self.failure: StorageError | None = None
        self.setWindowTitle(self.tr("Sign in to the database server"))
        self.intro_label = QLabel(
            self.tr(
                "Ambassador's database is on a server. Enter your password for the server to "
                "open the database."
            )
        )
        self.intro_label.setWordWrap(True)
        self.server_label = QLabel(server)
        self.server_label.setAccessibleName(self.tr("Server"))
        self.user_label = QLabel(user)
        self.user_label.setAccessibleName(self.tr("User name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.textChanged.connect(self._on_password_edit_text_changed)
        self.remember_check = QCheckBox(self.tr("&Remember the password on this computer"))
        self.remember_check.setToolTip(
            self.tr("Kept in this computer's keyring, so you are not asked at the next start")
        )
        self.remember_check.setVisible(offer_remember)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setAccessibleName(self.tr("Why it did not open"))
        self.error_label.hide()
        if refused is not None:
            self._show_refusal(refused)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Server:"), self.server_label)
        form.addRow(self.tr("User:"), self.user_label)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(password_label, self.password_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.sign_in_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.sign_in_button.setEnabled(False)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.remember_check)
        layout.addWidget(self.buttons)
        self.password_edit.setFocus()
        self.resize(480, self.sizeHint().height())

    @property
    def remember(self) -> bool:
        return self._offer_remember and self.remember_check.isChecked()

    def password(self) -> str:
        return self.password_edit.text()

    def try_sign_in(self) -> bool:
        password = self.password_edit.text()
        if not password:
            return False
        try:
            with wait_cursor():
                self._attempt(password)
        except (SignInRefusedError, PasswordNeededError) as error:
            self._show_refusal(error)
            self.password_edit.selectAll()
            self.password_edit.setFocus()
            return False
        except StorageError as error:
            self.failure = error
            self.reject()
            return False
        self.accept()
        return True

    def _show_refusal(self, error: StorageError) -> None:
        self.error_label.setText(message(error.message))
        self.error_label.show()

    def _on_password_edit_text_changed(self, text: str) -> None:
        self.sign_in_button.setEnabled(bool(text))
