"""The readable copies an encrypted database left behind: listed after encrypting it (and on
request from the Encryption tab), with the choice to encrypt them, remove them or keep them.

What the program can know is what it wrote: backups in every folder one was written to, the
folder beside the database, and the files it kept aside there. A copy made outside it (a
file copied by hand, an e-mail, a stick not plugged in now) it cannot see; the dialog says
so rather than promise that nothing readable is left.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import AmbassadorError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.services.encryption import (
    BACKUP,
    LEFT_OVER,
    SET_ASIDE,
    UNFINISHED,
    CopiesHandled,
    EncryptionService,
    PlainCopy,
)
from ambassador.ui.common import dialogs
from ambassador.ui.common.busy import Busy
from ambassador.ui.common.formatting import shown_moment
from ambassador.ui.common.table_model import Column
from ambassador.ui.common.widgets import SmallTable
from ambassador.ui.safety.backups_tab import size_text
from ambassador.ui.safety.tab import wrapped_label

CONTEXT = "PlainCopiesDialog"
_KIND_WORDS = {
    BACKUP: QT_TRANSLATE_NOOP("PlainCopiesDialog", "Backup"),
    UNFINISHED: QT_TRANSLATE_NOOP("PlainCopiesDialog", "Backup cut off while written"),
    SET_ASIDE: QT_TRANSLATE_NOOP("PlainCopiesDialog", "Kept aside: could not be opened"),
    LEFT_OVER: QT_TRANSLATE_NOOP("PlainCopiesDialog", "Left by an interrupted encryption"),
}
ENCRYPT = "encrypt"
REMOVE = "remove"


def kind_text(kind: str) -> str:
    return QCoreApplication.translate(CONTEXT, _KIND_WORDS.get(kind, kind))


def removal_warning() -> str:
    """What removing does, and what it cannot do on today's disks."""
    return QCoreApplication.translate(
        "PlainCopiesDialog",
        "Each file is overwritten with zeros and then deleted. On an SSD, a USB stick or a "
        "journalling file system the drive may keep the old contents in places the program "
        "cannot reach until they are reused; only full-disk encryption (BitLocker, "
        "FileVault, LUKS) protects those. A removed copy cannot be restored from.",
    )


class PlainCopiesDialog(QDialog):
    """Lists readable copies; Encrypt or Remove runs on the worker while it stays open, and
    it closes with the outcome in `handled` (and the choice in `action`)."""

    TAKEN = 0
    KIND = 1
    SIZE = 2
    FILE = 3

    def __init__(
        self,
        copies: list[PlainCopy],
        encryption: EncryptionService,
        busy: Busy,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._copies = copies
        self._encryption = encryption
        self._busy = busy
        self.action = ""
        self.handled: CopiesHandled | None = None
        title = self.tr("Readable copies of the database")
        self.setWindowTitle(title)
        self.setAccessibleName(title)

        self.intro_label = wrapped_label(
            self.tr(
                "The database is encrypted, but %n copy(ies) of it made before can still be "
                "read by anyone who gets hold of the file: backups in folders used earlier or "
                "taken by hand, and files kept aside. Encrypt them with the same passphrase, "
                "or remove them.",
                "",
                len(copies),
            )
        )
        self.copies_table: SmallTable[PlainCopy] = SmallTable(
            [
                Column(
                    self.tr("Changed"),
                    lambda copy: shown_moment(copy.modified),
                    lambda copy: copy.modified,
                ),
                Column(self.tr("What"), lambda copy: kind_text(copy.kind)),
                Column(self.tr("Size"), lambda copy: size_text(copy.size), lambda c: c.size),
                Column(
                    self.tr("File"),
                    lambda copy: str(copy.path),
                    tooltip=lambda copy: str(copy.path),
                    stretch=True,
                ),
            ],
            self.tr("Readable copies"),
        )
        # A long folder gives way in the middle: the file's own name, which says when and why
        # it was taken, stays in view.
        self.copies_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.copies_table.model_rows.set_rows(copies)
        self.unknown_label = wrapped_label(
            self.tr(
                "Copies made outside the program (a file copied by hand, sent by e-mail, or "
                "on a stick that is not plugged in now) are not known to it: look for those "
                "yourself."
            )
        )

        self.button_box = QDialogButtonBox()
        self.encrypt_button = self._add_button(
            self.tr("&Encrypt them"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.encrypt_button.setDefault(True)
        self.encrypt_button.clicked.connect(self._on_encrypt_button_clicked)
        self.remove_button = self._add_button(
            self.tr("&Remove them…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.keep_button = self._add_button(
            self.tr("&Keep them"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.copies_table, 1)
        layout.addWidget(self.unknown_label)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(720)
        self.resize(820, 420)

    def _add_button(self, text: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self.button_box.addButton(text, role)
        assert button is not None
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        return button

    @property
    def _paths(self) -> list[Path]:
        return [copy.path for copy in self._copies]

    def _on_encrypt_button_clicked(self) -> None:
        encryption = self._encryption
        paths = self._paths
        self._run(
            ENCRYPT,
            self.tr("Encrypting the copies…"),
            lambda: encryption.encrypt_copies(paths),
        )

    def _on_remove_button_clicked(self) -> None:
        question = (
            self.tr("Remove the %n readable copy(ies)?", "", len(self._copies))
            + "\n\n"
            + removal_warning()
        )
        if not dialogs.ask(self, self.tr("Remove the copies"), question, self.tr("Remove")):
            return
        encryption = self._encryption
        paths = self._paths
        self._run(REMOVE, self.tr("Removing the copies…"), lambda: encryption.remove_copies(paths))

    def _run(self, action: str, text: str, work: Callable[[], CopiesHandled]) -> None:
        self._busy.run(
            text,
            lambda _progress: work(),
            lambda handled: self._on_done(action, handled),
            self._on_failed,
        )

    def _on_done(self, action: str, handled: CopiesHandled) -> None:
        self.action = action
        self.handled = handled
        self.accept()

    def _on_failed(self, error: AmbassadorError) -> None:
        dialogs.show_failure(self, self.windowTitle(), error)

    def outcome_text(self) -> str:
        """What became of the copies, in a sentence or two, naming those still readable."""
        handled = self.handled or CopiesHandled((), ())
        if self.action == ENCRYPT:
            text = self.tr(
                "%n copy(ies) encrypted: the passphrase or the recovery key opens them now.",
                "",
                len(handled.done),
            )
            if handled.left:
                text += "\n\n" + self.tr(
                    "These could not be encrypted (not a whole database, or the folder "
                    "refused) and can still be read; remove them, or keep them somewhere safe:"
                )
        else:
            text = self.tr("%n copy(ies) removed.", "", len(handled.done))
            if handled.left:
                text += "\n\n" + self.tr("These could not be removed and can still be read:")
        if handled.left:
            text += "\n" + "\n".join(str(path) for path in handled.left)
        return text
