"""The backup every few hours while the window is open: looked at every ten minutes, taken
quietly on the window's worker when due (the person may be typing), a failure said once until
a backup succeeds again. The interval itself is a setting, in hours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QWidget

from ambassador.domain.errors import AmbassadorError
from ambassador.services.backups import PERIODIC, BackupService
from ambassador.ui.common import dialogs
from ambassador.ui.common.busy import Busy

CHECK_MS = 10 * 60 * 1000


class PeriodicBackup(QObject):
    def __init__(self, backups: BackupService, busy: Busy, window: QWidget) -> None:
        super().__init__(window)
        self._backups = backups
        self._busy = busy
        self._window = window
        self._failure_shown = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.back_up_if_due)
        self.timer.start()

    def back_up_if_due(self) -> None:
        if self._busy.running:
            return  # looked at again in ten minutes
        backups = self._backups
        self._busy.run(
            QCoreApplication.translate("PeriodicBackup", "Taking a backup…"),
            lambda _progress: backups.take(PERIODIC) if backups.due() else None,
            self._on_done,
            self._on_failed,
            quiet=True,
        )

    def _on_done(self, _written: object) -> None:
        self._failure_shown = False

    def _on_failed(self, error: AmbassadorError) -> None:
        if not self._failure_shown:
            self._failure_shown = True
            title = QCoreApplication.translate("PeriodicBackup", "The backup could not be taken")
            dialogs.show_failure(self._window, title, error)
