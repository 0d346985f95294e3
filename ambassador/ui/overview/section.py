"""A section of Översikt, and the table in it whose rows open with a click or Enter.

The Översikt shows one section at a time, its table as tall as the window allows: the table
scrolls, the page does not."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ambassador.ui.common.table_model import RowsTableModel
from ambassador.ui.common.widgets import fit_columns_to_contents

Row = TypeVar("Row")


class OpeningTableView(QTableView):
    """A table whose rows open with a single click or Enter, as links do; or, where a click
    chooses a row for the buttons below it, with a double click or Enter."""

    row_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None, *, click_opens: bool = True) -> None:
        super().__init__(parent)
        if click_opens:
            self.clicked.connect(self._on_self_clicked)
        else:
            self.doubleClicked.connect(self._on_self_clicked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_opened.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_self_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_opened.emit(index.row())


class OverviewSection(QWidget, Generic[Row]):
    """A heading with a count, and a table or, when empty, a sentence saying what goes there.

    `row_opened` carries the row (a domain object) the person clicked or pressed Enter on.
    `title` is the heading without its count, as the Översikt's list of sections names it.
    """

    row_opened = Signal(object)

    def __init__(
        self,
        title: str,
        empty_text: str,
        model: RowsTableModel[Row],
        *,
        click_opens: bool = True,
    ) -> None:
        super().__init__()
        self.title = title
        # How the Översikt's list of sections names it: shorter, so the list leaves the width
        # to the rows.
        self.list_title = title
        self.heading_label = QLabel()
        font = self.heading_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading_label.setFont(font)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setWordWrap(True)
        # Alone in the section, the sentence stays at the top and the space below stays empty.
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_label.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding
        )
        self.empty_label.setForegroundRole(self.empty_label.foregroundRole())
        self.table = OpeningTableView(click_opens=click_opens)
        self.table.setModel(model)
        self.table.row_opened.connect(lambda row: self.row_opened.emit(model.row_at(row)))
        self.table.setAccessibleName(title)
        if click_opens:
            self.table.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
            self.table.setAccessibleDescription(
                self.tr("Click a row or press Enter to open its placement.")
            )
        else:
            self.table.setAccessibleDescription(
                self.tr("Double-click a row or press Enter to open its placement.")
            )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = fit_columns_to_contents(self.table)
        for column in model.stretch_columns():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.section_layout = QVBoxLayout(self)
        self.section_layout.setContentsMargins(0, 0, 0, 0)
        self.section_layout.addWidget(self.heading_label)
        self.section_layout.addWidget(self.empty_label)
        self.section_layout.addWidget(self.table, 1)
        self.model = model

    def count(self) -> int:
        return self.model.rowCount()

    def show_rows(self, rows: Sequence[Row]) -> None:
        self.model.set_rows(rows)
        self.heading_label.setText(f"{self.title} ({len(rows)})")
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))

    def enter(self) -> None:
        """Keyboard focus into the rows, the first chosen if none is, so arrows and Enter
        work at once; on the sentence when there are none."""
        if not self.table.isVisible():
            return
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus(Qt.FocusReason.TabFocusReason)
