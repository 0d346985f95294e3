"""Datasäkerhet's Backups tab: where backups go and when they are taken, the list of them,
backing up now and restoring one. Backups are shown by time and reason, never by content."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from ambassador.domain.errors import AmbassadorError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.settings import Settings
from ambassador.services import backups as backup_reasons
from ambassador.services.bundle import Services
from ambassador.services.opening import BackupInfo
from ambassador.ui.common import dialogs
from ambassador.ui.common.busy import Busy
from ambassador.ui.common.formatting import data_size, long_moment, shown_moment
from ambassador.ui.common.table_model import Column
from ambassador.ui.common.widgets import SmallTable
from ambassador.ui.safety.tab import SafetyTab, wrapped_label

CONTEXT = "BackupsTab"

_REASON_WORDS = {
    backup_reasons.MANUAL: QT_TRANSLATE_NOOP("BackupsTab", "Taken by hand"),
    backup_reasons.PERIODIC: QT_TRANSLATE_NOOP("BackupsTab", "Scheduled"),
    backup_reasons.ON_EXIT: QT_TRANSLATE_NOOP("BackupsTab", "On exit"),
    backup_reasons.BEFORE_RESTORE: QT_TRANSLATE_NOOP("BackupsTab", "Before a restore"),
    backup_reasons.BEFORE_PURGE: QT_TRANSLATE_NOOP("BackupsTab", "Before a purge"),
    backup_reasons.BEFORE_ENCRYPTION: QT_TRANSLATE_NOOP("BackupsTab", "Before encryption"),
}
# Any other "before-…" backup was taken before the database was upgraded (migrated).
_BEFORE_UPGRADE = QT_TRANSLATE_NOOP("BackupsTab", "Before an upgrade")


def reason_text(reason: str) -> str:
    if reason in _REASON_WORDS:
        return QCoreApplication.translate(CONTEXT, _REASON_WORDS[reason])
    if reason.startswith("before-"):
        return QCoreApplication.translate(CONTEXT, _BEFORE_UPGRADE)
    return reason


def size_text(size: int) -> str:
    return data_size(size)


class BackupsTab(SafetyTab):
    # A backup replaced the database: every record anywhere may have changed.
    restored = Signal()

    TAKEN = 0
    REASON = 1
    SIZE = 2
    FILE = 3

    def __init__(self, services: Services, busy: Busy) -> None:
        super().__init__(services)
        self._busy = busy  # the slow work runs off the window's thread
        self._build_ui()

    def _build_ui(self) -> None:
        self.backup_folder_label = wrapped_label()
        self.backup_folder_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.backup_folder_label.setAccessibleName(self.tr("Backup folder"))
        self.last_backup_label = wrapped_label()
        self.last_backup_label.setAccessibleName(self.tr("Last backup"))
        self.backup_policy_label = wrapped_label()
        self.backup_policy_label.setAccessibleName(self.tr("When backups are taken"))
        facts = QFormLayout()
        facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, value in (
            (self.tr("Folder:"), self.backup_folder_label),
            (self.tr("Last backup:"), self.last_backup_label),
        ):
            label = QLabel(text)
            label.setBuddy(value)
            facts.addRow(label, value)

        self.backups_table: SmallTable[BackupInfo] = SmallTable(
            [
                Column(
                    self.tr("Taken"),
                    lambda info: shown_moment(info.taken_at),
                    lambda info: info.taken_at,
                ),
                Column(self.tr("Why"), lambda info: reason_text(info.reason)),
                Column(self.tr("Size"), lambda info: size_text(info.size), lambda i: i.size),
                Column(
                    self.tr("File"),
                    lambda info: info.path.name,
                    tooltip=lambda info: str(info.path),
                    stretch=True,
                ),
            ],
            self.tr("Backups"),
        )
        self.backups_model = self.backups_table.model_rows
        self.backups_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.no_backups_label = wrapped_label(
            self.tr("There are no backups yet. Back up now to take the first one.")
        )

        self.back_up_button = self._action_button(
            self.tr("Back &up now"),
            self.tr("Take a checked copy of the database now"),
            self._on_back_up_button_clicked,
        )
        self.restore_button = self._action_button(
            self.tr("&Restore selected…"),
            self.tr("Put the chosen backup in place of the database"),
            self._on_restore_button_clicked,
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_up_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addLayout(facts)
        layout.addWidget(self.backup_policy_label)
        layout.addWidget(self.no_backups_label)
        layout.addWidget(self.backups_table, 1)
        layout.addStretch(0)  # takes the room when the table is hidden (no backups yet)
        layout.addLayout(buttons)

    def show_state(self, settings: Settings) -> None:
        chosen = self.chosen_backup()
        found = self._services.backups.backups()
        self.backup_folder_label.setText(str(self._services.backups.folder()))
        last = found[0].taken_at if found else None  # newest first
        self.last_backup_label.setText(shown_moment(last) if last else self.tr("None yet"))
        self.backup_policy_label.setText(
            self.tr(
                "Backups are taken every %1 hours while the program is open, when it "
                "closes, and before a restore, a purge, encryption or an upgrade. The newest "
                "%2 are kept, and none older than %3 days except the newest good one."
            )
            .replace("%1", str(settings.backup_every_hours))
            .replace("%2", str(settings.backup_keep))
            .replace("%3", str(settings.backup_max_age_days))
        )
        self.backups_model.set_rows(found)
        self.backups_table.setVisible(bool(found))
        self.no_backups_label.setVisible(not found)
        row = next(
            (n for n, info in enumerate(found) if chosen is not None and info.path == chosen.path),
            None,
        )
        if row is not None:
            self.backups_table.selectRow(row)
        self._update_buttons()

    def chosen_backup(self) -> BackupInfo | None:
        return self.backups_table.selected_row()

    def _update_buttons(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.chosen_backup() is not None)

    def _on_back_up_button_clicked(self) -> None:
        backups = self._services.backups
        self._busy.run(
            self.tr("Taking a backup…"),
            lambda _progress: backups.take(),
            self._on_backup_taken,
            lambda error: self._failed(self.tr("No backup was taken"), error),
        )

    def _on_backup_taken(self, written: Path) -> None:
        self.state_changed.emit()
        self.status_changed.emit(self.tr("Backup written to %1.").replace("%1", str(written)))
        dialogs.inform(
            self,
            self.tr("Backup taken"),
            self.tr("The backup is written to %1.").replace("%1", str(written)),
        )

    def _on_restore_button_clicked(self) -> None:
        chosen = self.chosen_backup()
        if chosen is None:
            return
        title = self.tr("Restore backup")
        question = (
            self.tr(
                "Restore the backup taken %1?\n\n"
                "Everything recorded since then is replaced by the backup. A safety copy of "
                "the database as it is now is taken first, so this can be undone by "
                "restoring that copy."
            )
        ).replace("%1", long_moment(chosen.taken_at))
        if not dialogs.ask(self, title, question, self.tr("Restore")):
            return
        path: Path = chosen.path
        backups = self._services.backups
        self._busy.run(
            self.tr("Restoring the backup…"),
            lambda _progress: backups.restore(path),
            lambda safety: self._on_restored(chosen.taken_at, safety),
            self._on_restore_failed,
        )

    def _on_restore_failed(self, error: AmbassadorError) -> None:
        self._failed(self.tr("The backup was not restored"), error)
        self.state_changed.emit()

    def _on_restored(self, taken_at: datetime, safety: Path) -> None:
        title = self.tr("Restore backup")
        self.status_changed.emit(
            self.tr("Restored the backup taken %1.").replace("%1", long_moment(taken_at))
        )
        self.restored.emit()
        dialogs.inform(
            self,
            title,
            self.tr("The backup taken %1 is in place. The database as it was before is kept as %2.")
            .replace("%1", long_moment(taken_at))
            .replace("%2", str(safety)),
        )
