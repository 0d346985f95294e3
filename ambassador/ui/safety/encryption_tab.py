"""Datasäkerhet's Encryption tab: whether the database is encrypted at rest and the window
locks, encrypting it or changing its passphrase through the passphrase dialogs, and the
readable copies encrypting left behind (offered at once, and looked for on request)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ambassador.domain.settings import Settings
from ambassador.services.bundle import Services
from ambassador.services.encryption import PlainCopy
from ambassador.ui.common import dialogs
from ambassador.ui.common.busy import Busy
from ambassador.ui.safety.passphrase_dialogs import NewPassphraseDialog, RecoveryKeyDialog
from ambassador.ui.safety.plain_copies_dialog import PlainCopiesDialog
from ambassador.ui.safety.tab import SafetyTab, wrapped_label

OpenDialog = NewPassphraseDialog | RecoveryKeyDialog | PlainCopiesDialog


def encryption_wanted(parent: QWidget) -> bool:
    """On a new database: recommend the passphrase before the first record is written."""
    return dialogs.ask(
        parent,
        QCoreApplication.translate("EncryptionTab", "Protect the database"),
        QCoreApplication.translate(
            "EncryptionTab",
            "This is a new database. It will hold notes about people, some of them "
            "sensitive. Protect it with a passphrase, so that a lost or stolen laptop "
            "gives nothing away? You get a recovery key to keep in a safe place.",
        ),
        QCoreApplication.translate("EncryptionTab", "&Choose a passphrase"),
    )


class EncryptionTab(SafetyTab):
    # The database was encrypted, or its passphrase changed.
    encryption_changed = Signal()

    def __init__(self, services: Services, busy: Busy) -> None:
        super().__init__(services)
        self._busy = busy  # the slow work runs off the window's thread
        # The dialog open over the tab (tests reach it here).
        self.open_dialog: OpenDialog | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.encryption_state_label = wrapped_label()
        font = self.encryption_state_label.font()
        font.setBold(True)
        self.encryption_state_label.setFont(font)
        self.encryption_state_label.setAccessibleName(self.tr("Encryption"))
        self.encryption_help_label = wrapped_label()
        self.lock_state_label = wrapped_label()
        self.lock_state_label.setAccessibleName(self.tr("Locking"))
        self.encrypt_button = self._action_button(
            self.tr("E&ncrypt the database…"),
            self.tr("Choose a passphrase and encrypt the database and its backups"),
            self.encrypt_database,
        )
        self.change_passphrase_button = self._action_button(
            self.tr("&Change passphrase…"),
            self.tr("Choose a new passphrase for the database and its backups"),
            self._on_change_passphrase_button_clicked,
        )
        self.plain_copies_button = self._action_button(
            self.tr("Readable c&opies…"),
            self.tr("Look for copies of the database made before it was encrypted"),
            self._on_plain_copies_button_clicked,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.encrypt_button)
        buttons.addWidget(self.change_passphrase_button)
        buttons.addWidget(self.plain_copies_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.encryption_state_label)
        layout.addWidget(self.encryption_help_label)
        layout.addLayout(buttons)
        layout.addWidget(self.lock_state_label)
        layout.addStretch(1)

    def show_state(self, settings: Settings) -> None:
        encrypted = self._services.encryption.encrypted
        if encrypted:
            self.encryption_state_label.setText(self.tr("The database is encrypted."))
            self.encryption_help_label.setText(
                self.tr(
                    "The file and its backups can be opened only with the passphrase or the "
                    "recovery key. Keep the recovery key apart from this computer."
                )
            )
        else:
            self.encryption_state_label.setText(self.tr("The database is not encrypted."))
            self.encryption_help_label.setText(
                self.tr(
                    "Anyone who gets hold of the file or one of its backups can read it. "
                    "Encrypting it with a passphrase is recommended; you get a recovery key "
                    "once, for the day the passphrase is forgotten."
                )
            )
        for button, shown in (
            (self.encrypt_button, not encrypted),
            (self.change_passphrase_button, encrypted),
            (self.plain_copies_button, encrypted),
        ):
            button.setVisible(shown)
            button.default_action().setVisible(shown)  # and its entry in the menu
        minutes = settings.lock_after_minutes
        if minutes == 0:
            lock = self.tr("The window does not lock by itself (see Settings).")
        elif encrypted:
            lock = self.tr(
                "The window locks after %n minute(s) without use (see Settings).", "", minutes
            )
        else:
            lock = self.tr(
                "Once the database is encrypted, the window locks after %n minute(s) without "
                "use (see Settings).",
                "",
                minutes,
            )
        self.lock_state_label.setText(lock)

    def encrypt_database(self) -> None:
        """Ask for a passphrase twice, encrypt, show the recovery key once."""
        encryption = self._services.encryption
        dialog = NewPassphraseDialog(
            self.tr("Encrypt the database"),
            self.tr(
                "Choose the passphrase that will open the database from now on. The "
                "database and its backups are encrypted; a backup is taken first."
            ),
            lambda _current, new: encryption.encrypt(new),
            self._busy,
            self.tr("Encrypting the database and its backups…"),
            confirm=self.tr("Encrypt"),
            parent=self,
        )
        dialog.accepted.connect(lambda: self._on_encrypted(dialog.outcome))
        self._open(dialog)

    def _on_encrypted(self, recovery_key: str | None) -> None:
        self.status_changed.emit(self.tr("The database is encrypted."))
        self.encryption_changed.emit()
        if recovery_key is not None:  # encrypting always gives one
            shown = RecoveryKeyDialog(recovery_key, self)
            # Then what was left readable elsewhere; not when the lock closed the dialog.
            shown.accepted.connect(lambda: self.look_for_plain_copies(say_none=False))
            self._open(shown)

    def look_for_plain_copies(self, *, say_none: bool) -> None:
        """Find the readable copies the program knows of and offer to encrypt or remove
        them; when there are none, say so only if asked (`say_none`)."""
        services = self._services

        def look(_progress: object) -> tuple[list[PlainCopy], list[Path]]:
            return services.encryption.plain_copies(), services.backups.known_folders()

        self._busy.run(
            self.tr("Looking for readable copies…"),
            look,
            lambda found: self._on_plain_copies_found(*found, say_none=say_none),
            lambda error: self._failed(self.tr("Readable copies"), error),
        )

    def _on_plain_copies_button_clicked(self) -> None:
        self.look_for_plain_copies(say_none=True)

    def _on_plain_copies_found(
        self, copies: list[PlainCopy], folders: list[Path], *, say_none: bool
    ) -> None:
        if copies:
            dialog = PlainCopiesDialog(copies, self._services.encryption, self._busy, self)
            dialog.accepted.connect(lambda: self._on_plain_copies_handled(dialog))
            self._open(dialog)
        elif say_none:
            dialogs.inform(
                self,
                self.tr("Readable copies"),
                self.tr(
                    "No readable copy of the database was found. The program looked in:\n%1"
                    "\n\nCopies made outside the program (a file copied by hand, sent by "
                    "e-mail, or on a stick that is not plugged in now) are not known to it."
                ).replace("%1", "\n".join(str(folder) for folder in folders)),
            )

    def _on_plain_copies_handled(self, dialog: PlainCopiesDialog) -> None:
        if dialog.handled is None:
            return
        self.state_changed.emit()  # the backups' list and the audit log changed
        text = dialog.outcome_text()
        self.status_changed.emit(text.split("\n")[0])
        dialogs.inform(self, self.tr("Readable copies"), text)

    def _on_change_passphrase_button_clicked(self) -> None:
        encryption = self._services.encryption
        dialog = NewPassphraseDialog(
            self.tr("Change passphrase"),
            self.tr(
                "Give the passphrase in use now, then the new one twice. The recovery key "
                "stays the same."
            ),
            encryption.change_passphrase,
            self._busy,
            self.tr("Changing the passphrase…"),
            ask_current=True,
            confirm=self.tr("Change"),
            parent=self,
        )
        dialog.accepted.connect(self._on_passphrase_changed)
        self._open(dialog)

    def _on_passphrase_changed(self) -> None:
        self.status_changed.emit(self.tr("The passphrase is changed."))
        self.encryption_changed.emit()

    def _open(self, dialog: OpenDialog) -> None:
        self.open_dialog = dialog
        dialog.finished.connect(lambda _result: self._on_dialog_finished(dialog))
        dialog.open()

    def _on_dialog_finished(self, dialog: OpenDialog) -> None:
        if self.open_dialog is dialog:
            self.open_dialog = None
        dialog.deleteLater()
