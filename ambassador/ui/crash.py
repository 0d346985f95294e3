"""The window's crash net: an exception that escapes a slot is written to the log
(ambassador/crash.py, no personal data), told in a calm dialog, and the window goes on.

Every write is one transaction, so a bug cannot have saved half a record: the dialog can say
that nothing saved was lost. What is on the screen may be half-updated, so the window is read
again after the dialog (the `after` callback). A bug while the dialog is open, or in reading
the window again, is only logged: one dialog at a time, never a loop of them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ambassador import __version__, crash, paths
from ambassador.domain.errors import NotFoundError, RuleViolationError, StorageError

WHERE = "the window"
# What a slot may meet that is the world's answer, not a bug: told in its own sentence.
REFUSALS = (StorageError, RuleViolationError, NotFoundError)


class CrashDialog(QDialog):
    """What happened, that nothing saved was lost, where the log is; Copy for IT."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.details = details
        self.setWindowTitle(self.tr("Something went wrong"))
        layout = QVBoxLayout(self)
        self.message_label = QLabel(
            self.tr(
                "An unexpected error stopped what you were doing. Nothing you had saved was "
                "lost: every change is saved whole or not at all. The window is read again "
                "from the database when you close this message; if something you had typed "
                "but not saved is missing, please type it again.\n\nThe error is written to "
                "the log in %1 (without names or other personal data). If it happens again, "
                "send the details below to your IT support."
            ).replace("%1", str(paths.log_dir()))
        )
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)
        self.details_edit = QPlainTextEdit(details)
        self.details_edit.setReadOnly(True)
        self.details_edit.setAccessibleName(self.tr("Error details"))
        layout.addWidget(self.details_edit, 1)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("&Copy details"))
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(self.tr("Show &log folder"))
        self.folder_button.clicked.connect(show_log_folder)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.close_button.setDefault(True)
        self.resize(640, 420)

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def show_log_folder() -> None:
    """Open the folder of the log in the system's file manager (Help → Show log folder)."""
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class CrashNet:
    """Installed as `sys.excepthook` while the window runs; `after` reads the window again
    (set once the window has its database)."""

    def __init__(
        self, parent: Callable[[], QWidget | None], after: Callable[[], None] | None = None
    ) -> None:
        self._parent = parent
        self.after = after
        self._handling = False
        self._previous = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if sys.excepthook == self.hook:
            sys.excepthook = self._previous

    def hook(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, traceback)
            return
        if error.__traceback__ is None:
            error = error.with_traceback(traceback)
        self.handle(error)

    def handle(self, error: BaseException) -> None:
        """Log `error`; unless one is already open, show the dialog and read the window again.

        A refusal that reached here (a write to a read-only database from a button that did
        not expect one) is not a bug: its one sentence is shown."""
        if isinstance(error, REFUSALS) and not self._handling:
            from ambassador.ui.common import dialogs

            title = QCoreApplication.translate("CrashNet", "This could not be done")
            dialogs.show_failure(self._parent(), title, error)
            return
        crash.record(error, WHERE)
        if self._handling:
            return
        self._handling = True
        try:
            dialog = CrashDialog(
                f"Ambassador {__version__}\n{crash.describe(error)}", self._parent()
            )
            dialog.exec()
            if self.after is not None:
                self.after()
        except Exception as second:  # a bug while telling of a bug: the log only
            crash.record(second, "the crash dialog")
        finally:
            self._handling = False
