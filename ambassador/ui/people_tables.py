"""Small tables inside detail panes: a person's or an employer's placements, an employer's
contacts, a person's consents. Enter or a double-click opens the placement."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ambassador.ui.table_model import Column, RowsTableModel


class SmallTable(QTableView):
    def __init__(self, columns: Sequence[Column[Any]], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model_rows: RowsTableModel[Any] = RowsTableModel(columns, self)
        self.setModel(self.model_rows)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def selected_row(self) -> Any | None:
        rows = self.selectionModel().selectedRows()
        return self.model_rows.row_at(rows[0].row()) if rows else None

    def keyPressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def row_of(table: SmallTable, index: QModelIndex) -> Any:
    return table.model_rows.row_at(index.row())
