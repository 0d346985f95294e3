"""Kortkommandon: every action of the menu bar that has a shortcut, read from the actions
themselves when the dialog opens, so the list can never go stale."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ambassador.ui.common import screen_fit
from ambassador.ui.common.record_actions import plain_text


def shortcut_text(action: QAction) -> str:
    """Every key of the action as this platform writes it ("Ctrl+Q, Ctrl+W")."""
    return ", ".join(
        keys.toString(QKeySequence.SequenceFormat.NativeText) for keys in action.shortcuts()
    )


class ShortcutsDialog(QDialog):
    """`actions` as (menu, action) pairs, in the menu bar's order."""

    MENU, ACTION, KEYS = range(3)

    def __init__(
        self, actions: Sequence[tuple[str, QAction]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(menu, action) for menu, action in actions if action.shortcuts()]
        self.table = QTableWidget(len(rows), 3)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for row, (menu, action) in enumerate(rows):
            for column, text in (
                (self.MENU, menu.replace("&", "")),
                (self.ACTION, plain_text(action)),
                (self.KEYS, shortcut_text(action)),
            ):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.ACTION, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(screen_fit.fitted_size(self, QSize(560, 520)))  # less on a small screen

    def listed(self) -> list[tuple[str, str]]:
        """(action, keys) of every row, as shown."""
        return [
            (cell_text(self.table, row, self.ACTION), cell_text(self.table, row, self.KEYS))
            for row in range(self.table.rowCount())
        ]


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return "" if item is None else item.text()
