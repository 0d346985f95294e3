"""Papperskorg: what was deleted in the last 30 days, and bringing it back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import NotFoundError, RuleViolationError, StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.trash import TrashItem, TrashKind
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.common.formatting import shown_date
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.common.table_model import Column, RowsTableModel
from ambassador.ui.common.widgets import OpenKeys, fit_columns_to_contents, title_label

KIND_CONTEXT = "TrashScreen"
_KIND_WORDS = {
    TrashKind.PARTICIPANT: QT_TRANSLATE_NOOP("TrashScreen", "Participant"),
    TrashKind.EMPLOYER: QT_TRANSLATE_NOOP("TrashScreen", "Employer"),
    TrashKind.PLACEMENT: QT_TRANSLATE_NOOP("TrashScreen", "Placement"),
    TrashKind.NOTE: QT_TRANSLATE_NOOP("TrashScreen", "Note"),
    TrashKind.NETWORK_CONTACT: QT_TRANSLATE_NOOP("TrashScreen", "Network contact"),
}


def kind_word(kind: TrashKind) -> str:
    return QCoreApplication.translate(KIND_CONTEXT, _KIND_WORDS[kind])


class TrashScreen(QWidget):
    COLUMN_KIND = 0
    COLUMN_WHAT = 1
    COLUMN_DELETED = 2
    COLUMN_EXPIRES = 3

    def __init__(
        self, services: Services, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self._build_ui()

    def _build_ui(self) -> None:
        self.title_label = title_label(self.tr("Trash"))
        self.intro_label = QLabel(
            self.tr(
                "Deleted records stay here for 30 days and can be restored. "
                "After that they are removed for good."
            )
        )
        self.intro_label.setWordWrap(True)
        self.empty_label = QLabel(
            self.tr(
                "The trash is empty. Deleted participants, employers, placements and notes "
                "stay here for 30 days."
            )
        )
        self.empty_label.setWordWrap(True)

        self.model: RowsTableModel[TrashItem] = RowsTableModel(
            [
                Column(self.tr("Kind"), lambda item: kind_word(item.kind)),
                Column(
                    self.tr("What"),
                    lambda item: item.label,
                    tooltip=lambda item: item.label,
                    stretch=True,
                ),
                Column(
                    self.tr("Deleted"),
                    lambda item: shown_date(item.deleted_at.date()),
                    lambda item: item.deleted_at,
                ),
                Column(
                    self.tr("Removed for good on"),
                    lambda item: shown_date(item.expires_at().date()),
                    lambda item: item.expires_at(),
                ),
            ],
            self,
        )
        self.trash_table = QTableView()
        self.trash_table.setModel(self.model)
        self.trash_table.setAccessibleName(self.tr("Deleted records"))
        self.trash_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trash_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trash_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trash_table.setAlternatingRowColors(True)
        self.trash_table.verticalHeader().hide()
        self.trash_table.setWordWrap(False)
        self.trash_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = fit_columns_to_contents(self.trash_table)
        header.setSectionResizeMode(self.COLUMN_WHAT, QHeaderView.ResizeMode.Stretch)
        # Enter or a double-click restores, as the Restore button does.
        OpenKeys(self.trash_table).opened.connect(lambda _index: self._on_restore_button_clicked())

        self.restore_action = screen_action(
            self,
            self.tr("&Restore"),
            self._on_restore_button_clicked,
            tip=self.tr("Bring the chosen record back (Enter)"),
        )
        self.restore_button = ActionButton(self.restore_action)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.status_label, 1)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.trash_table, 1)
        layout.addLayout(buttons)
        # With the table hidden (empty trash), the stretch keeps everything at the top.
        self._empty_stretch = QWidget()
        layout.addWidget(self._empty_stretch, 1)
        self._show_items([])

    def actions_for_menu(self) -> list[QAction | None]:
        """The Trash menu."""
        return [self.restore_action]

    def refresh(self) -> None:
        self._show_items(self._services.trash.items())

    def _show_items(self, items: list[TrashItem]) -> None:
        chosen = self.chosen_item()
        self.model.set_rows(items)
        self.empty_label.setVisible(not items)
        self.intro_label.setVisible(bool(items))
        self.trash_table.setVisible(bool(items))
        self._empty_stretch.setVisible(not items)
        self.restore_button.setEnabled(bool(items))
        row = 0
        if chosen is not None:
            row = next(
                (
                    number
                    for number, item in enumerate(items)
                    if (item.kind, item.record_id) == (chosen.kind, chosen.record_id)
                ),
                0,
            )
        if items:
            self.trash_table.selectRow(row)

    def chosen_item(self) -> TrashItem | None:
        index = self.trash_table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.row_at(index.row())

    def _on_restore_button_clicked(self) -> None:
        item = self.chosen_item()
        if item is None:
            return
        try:
            changes = self._services.trash.restore(item.kind, item.record_id)
        except (NotFoundError, RuleViolationError, StorageError) as error:
            dialogs.show_failure(self, self.tr("The record was not restored"), error)
            self.refresh()
            return
        self.status_label.setText(self.tr("Restored: %1.").replace("%1", item.label))
        self.refresh()
        self._navigator.publish(changes)
