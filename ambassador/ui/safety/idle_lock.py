"""Locking the window of an encrypted database after a while without use.

The watcher sees every key press and mouse action of the application; when none came for the
set number of minutes it says so, and the window locks: the screens are taken down, open
dialogs closed, the database's connections and key dropped, and only the unlock form shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ambassador.ui.common.widgets import title_label
from ambassador.ui.safety.unlock_form import Attempt, UnlockForm

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._watching = False

    def _watch(self) -> None:
        """Watch the application's events only while the lock is armed: each of them (a screen
        shown is hundreds, its widgets' shows and paints) is a call into Python here, a third
        of what showing Inställningar took, for a lock that is off on a file not encrypted."""
        app = QApplication.instance()
        armed = self._timer.isActive()
        if app is None or armed == self._watching:
            return
        if armed:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._watching = armed

    def set_minutes(self, minutes: int) -> None:
        """0 turns the lock off."""
        self._timer.stop()
        if minutes > 0:
            self._timer.setInterval(minutes * 60 * 1000)
            self._timer.start()
        self._watch()

    @property
    def armed(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.interval() > 0 and self._timer.isActive():
            self._timer.start()  # start again from now
        return False

    def pause(self) -> None:
        self._timer.stop()
        self._watch()

    def resume(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()
        self._watch()


def close_dialogs() -> None:
    """Close every open dialog: what they show may not stay on screen while locked."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(QDialog.DialogCode.Rejected)  # even one that refuses a plain reject


class LockPage(QWidget):
    """All the locked window shows: that it is locked, and the unlock form."""

    def __init__(self, attempt: Attempt, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = UnlockForm(
            self.tr(
                "The window was locked after a while without use. Enter the passphrase to go on."
            ),
            attempt,
        )
        hint = QLabel(self.tr("Nothing is shown while the window is locked."))
        hint.setWordWrap(True)
        column = QWidget()
        column.setMaximumWidth(520)
        inner = QVBoxLayout(column)
        inner.addWidget(title_label(self.tr("Locked")))
        inner.addWidget(self.form)
        inner.addWidget(hint)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 2)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
