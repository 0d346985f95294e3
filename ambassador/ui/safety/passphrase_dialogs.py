"""The passphrase dialogs: choosing a new passphrase (to encrypt, or to change it) and showing
the recovery key once. Used by Datasäkerhet and by the first start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import AmbassadorError, RuleViolationError, ValidationError
from ambassador.services.encryption import PASSPHRASE_MIN
from ambassador.services.opening import WrongKeyError
from ambassador.ui.common.busy import Busy
from ambassador.ui.common.forms import error_label, field_row
from ambassador.ui.i18n import message, problem_text

# What the dialog hands the passphrases to: (current or None, new) → what it returns, kept
# as `outcome` (the recovery key, when encrypting; None when changing the passphrase). It
# raises ValidationError for a passphrase that is refused, WrongKeyError for a wrong current
# one.
Apply = Callable[[str | None, str], str | None]
KEY_GROUPS_A_LINE = 7


def _password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(320)
    # No autocompletion or input method guessing at a secret.
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhHiddenText
        | Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoAutoUppercase
        | Qt.InputMethodHint.ImhNoPredictiveText
    )
    return edit


def key_lines(recovery_key: str, groups_a_line: int = KEY_GROUPS_A_LINE) -> str:
    """The recovery key in lines short enough to read aloud and copy by hand; the dashes and
    line breaks are ignored when it is typed back."""
    groups = recovery_key.split("-")
    lines = [
        "-".join(groups[start : start + groups_a_line])
        for start in range(0, len(groups), groups_a_line)
    ]
    return "-\n".join(lines)


class NewPassphraseDialog(QDialog):
    """Asks for a new passphrase twice (and, to change one, the current passphrase), then
    hands it to `apply`; stays open, showing why, while it is refused."""

    def __init__(
        self,
        title: str,
        intro: str,
        apply: Apply,
        busy: Busy,
        busy_text: str,
        *,
        ask_current: bool = False,
        confirm: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._apply = apply
        # Encrypting a large file takes seconds: the worker does it while this stays open.
        self._busy = busy
        self._busy_text = busy_text
        self.outcome: str | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        self.intro_label = QLabel(intro)
        self.intro_label.setWordWrap(True)
        self.rules_label = QLabel(
            self.tr(
                "Use at least %1 characters; a few unrelated words are easy to remember and "
                "hard to guess. Without the passphrase or the recovery key nobody can open "
                "the data, not even support."
            ).replace("%1", str(PASSPHRASE_MIN))
        )
        self.rules_label.setWordWrap(True)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.current_edit: QLineEdit | None = None
        self.current_error_label = error_label()
        if ask_current:
            self.current_edit = _password_edit()
            field_row(
                form,
                self.tr("&Current passphrase:"),
                self.current_edit,
                errors=self.current_error_label,
            )
        self.new_edit = _password_edit()
        self.new_error_label = error_label()
        field_row(form, self.tr("&New passphrase:"), self.new_edit, errors=self.new_error_label)
        self.repeat_edit = _password_edit()
        self.repeat_error_label = error_label()
        field_row(
            form,
            self.tr("&Repeat the passphrase:"),
            self.repeat_edit,
            errors=self.repeat_error_label,
        )
        self.show_check = QCheckBox(self.tr("&Show what I type"))
        self.show_check.setAccessibleName(self.tr("Show what I type"))
        self.show_check.toggled.connect(self._on_show_check_toggled)
        form.addRow("", self.show_check)

        self.general_error_label = error_label()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok_text = confirm or title
        self.ok_button.setText(ok_text)
        self.ok_button.setAccessibleName(ok_text.replace("&", ""))
        self.cancel_button = self.button_box.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        for edit in self._edits():
            edit.textEdited.connect(self._on_edit_text_edited)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.rules_label)
        layout.addLayout(form)
        layout.addWidget(self.general_error_label)
        layout.addStretch(1)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(560)
        self.adjustSize()
        (self.current_edit or self.new_edit).setFocus()

    def _edits(self) -> list[QLineEdit]:
        edits = [self.new_edit, self.repeat_edit]
        return [self.current_edit, *edits] if self.current_edit is not None else edits

    def _error_labels(self) -> list[QLabel]:
        return [
            self.current_error_label,
            self.new_error_label,
            self.repeat_error_label,
            self.general_error_label,
        ]

    def _show(self, label: QLabel, text: str) -> None:
        for other in self._error_labels():
            other.clear()
            other.hide()
        label.setText(text)
        label.show()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to fit an error that appeared, rather than squeezing the fields."""
        layout = self.layout()
        assert layout is not None, "built in __init__"
        layout.activate()
        needed = self.heightForWidth(self.width()) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.minimumSize().height(), self.sizeHint().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def accept(self) -> None:
        current = self.current_edit.text() if self.current_edit is not None else None
        new = self.new_edit.text()
        if new != self.repeat_edit.text():
            self._show(
                self.repeat_error_label,
                self.tr("The two passphrases differ. Type the same passphrase twice."),
            )
            self.repeat_edit.setFocus()
            self.repeat_edit.selectAll()
            return
        self._busy.run(
            self._busy_text,
            lambda _progress: self._apply(current, new),
            self._on_applied,
            self._on_refused,
        )

    def _on_applied(self, outcome: str | None) -> None:
        self.outcome = outcome
        for edit in self._edits():
            edit.clear()  # no secret lingers in a widget after use
        super().accept()

    def _on_refused(self, error: AmbassadorError) -> None:
        if isinstance(error, ValidationError):
            self._show(self.new_error_label, "\n".join(problem_text(p) for p in error.problems))
            self.new_edit.setFocus()
        elif isinstance(error, WrongKeyError):
            self._show(self.current_error_label, message(error.message))
            if self.current_edit is not None:
                self.current_edit.setFocus()
                self.current_edit.selectAll()
        elif isinstance(error, RuleViolationError):
            self._show(self.general_error_label, message(error.message, **error.params))
        else:
            text = getattr(error, "message", "")
            self._show(
                self.general_error_label,
                message(text) if text else self.tr("The passphrase could not be set."),
            )

    def _on_edit_text_edited(self, _text: str) -> None:
        for label in self._error_labels():
            label.hide()

    def _on_show_check_toggled(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        for edit in self._edits():
            edit.setEchoMode(mode)


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once; closes only after the person says it is stored."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._recovery_key = recovery_key
        title = self.tr("Your recovery key")
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        self.intro_label = QLabel(
            self.tr(
                "The database is encrypted. This recovery key opens it if the passphrase is "
                "forgotten or the key file beside the database is lost. It is shown only "
                "this once: write it down or print it, and keep it apart from this computer."
            )
        )
        self.intro_label.setWordWrap(True)

        self.key_label = QLabel(key_lines(recovery_key))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.key_label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        self.key_label.setAccessibleDescription(recovery_key)
        self.key_label.setMargin(12)
        self.key_label.setFrameShape(QLabel.Shape.StyledPanel)

        self.copy_button = QPushButton(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery key"))
        self.copy_button.setToolTip(self.tr("Copy the recovery key to the clipboard"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.copied_label = QLabel()
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied_label, 1)

        self.stored_check = QCheckBox(self.tr("I have &stored the recovery key in a safe place"))
        self.stored_check.setAccessibleName(
            self.tr("I have stored the recovery key in a safe place")
        )
        self.stored_check.toggled.connect(self._on_stored_check_toggled)
        self.button_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = self.button_box.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setEnabled(False)
        self.button_box.rejected.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.key_label)
        layout.addLayout(copy_row)
        layout.addWidget(self.stored_check)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(620)
        self.adjustSize()

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self._recovery_key)
        self.copied_label.setText(self.tr("Copied."))

    def _on_stored_check_toggled(self, stored: bool) -> None:
        self.close_button.setEnabled(stored)

    def accept(self) -> None:
        if self.stored_check.isChecked():
            super().accept()

    def reject(self) -> None:
        # Escape does not throw the only copy of the key away unseen.
        if self.stored_check.isChecked():
            super().accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.stored_check.isChecked():
            super().closeEvent(event)
        else:
            event.ignore()
