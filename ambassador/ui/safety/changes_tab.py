"""Datasäkerhet's Changes tab: every record added, changed or removed, newest first, by the
kind of record and its number, who and when, never what it holds; on a server it can be
narrowed to one user."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ambassador.domain.change_log import CHANGE_ACTION_LABELS, TABLE_LABELS, ChangeEntry
from ambassador.services.bundle import Services
from ambassador.ui.common.formatting import shown_moment
from ambassador.ui.common.table_model import Column
from ambassador.ui.common.widgets import SmallTable
from ambassador.ui.safety.tab import wrapped_label

SHOWN = 500  # the newest; older ones are in the database for IT's and the log's retention


def record_text(entry: ChangeEntry) -> str:
    label = TABLE_LABELS.get(entry.table_name)
    return QCoreApplication.translate("Labels", label) if label else entry.table_name


def change_text(entry: ChangeEntry) -> str:
    return QCoreApplication.translate("Labels", CHANGE_ACTION_LABELS[entry.action])


class ChangesTab(QWidget):
    AT = 0
    USER = 1
    RECORD = 2
    NUMBER = 3
    CHANGE = 4

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self._on_server = services.connection.on_server
        self._build_ui()

    def _build_ui(self) -> None:
        intro = wrapped_label(
            self.tr(
                "Every record added, changed or removed: when, by whom, which kind of record and "
                "its number, never what it holds. The database itself writes it. Newest first."
            )
        )
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName(self.tr("Changes by"))
        self.user_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.user_combo.currentIndexChanged.connect(self._on_user_combo_changed)
        user_label = QLabel(self.tr("Changes &by:"))
        user_label.setBuddy(self.user_combo)
        filter_row = QHBoxLayout()
        filter_row.addWidget(user_label)
        filter_row.addWidget(self.user_combo)
        filter_row.addStretch(1)
        self.changes_table: SmallTable[ChangeEntry] = SmallTable(
            [
                Column(self.tr("When"), lambda entry: shown_moment(entry.at), lambda e: e.at),
                Column(self.tr("Who"), lambda entry: entry.user_name),
                Column(self.tr("Record"), record_text),
                Column(
                    self.tr("Number"),
                    lambda entry: str(entry.record_id),
                    lambda entry: entry.record_id,
                ),
                Column(self.tr("Change"), change_text, stretch=True),
            ],
            self.tr("Change log"),
        )
        self.changes_model = self.changes_table.model_rows
        # A file has one user at a time and its triggers cannot name them: no one to show.
        self.changes_table.setColumnHidden(self.USER, not self._on_server)
        self.no_changes_label = wrapped_label(self.tr("No changes are logged."))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(intro)
        if self._on_server:
            layout.addLayout(filter_row)
        else:
            user_label.hide()
            self.user_combo.hide()
        layout.addWidget(self.no_changes_label)
        layout.addWidget(self.changes_table, 1)
        layout.addStretch(0)  # takes the room when the table is hidden

    def show_state(self) -> None:
        if self._on_server:
            chosen = self.user_combo.currentData()
            self.user_combo.blockSignals(True)
            self.user_combo.clear()
            self.user_combo.addItem(self.tr("Everyone"), None)
            for user in self._services.audit.change_users():
                self.user_combo.addItem(user, user)
            self.user_combo.setCurrentIndex(max(self.user_combo.findData(chosen), 0))
            self.user_combo.blockSignals(False)
        self._show_changes()

    def _show_changes(self) -> None:
        user = self.user_combo.currentData() if self._on_server else None
        entries = self._services.audit.changes(SHOWN, user)
        self.changes_model.set_rows(entries)
        self.changes_table.setVisible(bool(entries))
        self.no_changes_label.setVisible(not entries)

    def _on_user_combo_changed(self, _index: int) -> None:
        self._show_changes()
