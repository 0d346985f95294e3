"""Kalender's week: a day-by-day agenda of the week's check-ins, a line for a day with
nothing planned, today in bold; Enter or a double-click opens a check-in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from ambassador.domain.enums import ListName
from ambassador.domain.overview import CheckInItem
from ambassador.ui.calendar.check_in_look import CheckInLook
from ambassador.ui.common.formatting import short_day
from ambassador.ui.common.table_model import Column, Index, RowsTableModel
from ambassador.ui.common.widgets import OpenKeys, fit_columns_to_contents
from ambassador.ui.i18n import list_name


@dataclass(frozen=True)
class WeekRow:
    day: date
    item: CheckInItem | None  # None: nothing planned that day
    first_of_day: bool


class WeekTableModel(RowsTableModel[WeekRow]):
    """The week's rows, with the status column's icon and colour, and today in bold."""

    DAY_COLUMN = 0
    STATUS_COLUMN = 5

    def __init__(
        self, columns: Sequence[Column[WeekRow]], look: CheckInLook, parent: QObject | None = None
    ) -> None:
        super().__init__(columns, parent)
        self._look = look

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == self.DAY_COLUMN:
            return short_day(row.day)
        if role == Qt.ItemDataRole.FontRole and row.day == self._look.today:
            font = QFont()
            font.setBold(True)
            return font
        if row.item is not None and index.column() == self.STATUS_COLUMN:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._look.status_icon(row.item)
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._look.status_brush(row.item)
        return super().data(index, role)


class WeekView(QWidget):
    # The person opened a check-in (Enter or a double-click).
    check_in_opened = Signal(object)

    def __init__(self, look: CheckInLook) -> None:
        super().__init__()
        self._look = look
        self.model = WeekTableModel(self._columns(), look, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Check-ins of the week"))
        self.table.setAccessibleDescription(
            self.tr("Press Enter or double-click a check-in to open its placement.")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = fit_columns_to_contents(self.table)
        for column in self.model.stretch_columns():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.open_keys = OpenKeys(self.table)
        self.open_keys.opened.connect(self._on_table_opened)
        # The table hides in an empty week; the stacked page around it must stay as it is.
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)

    def _columns(self) -> list[Column[WeekRow]]:
        def of_item(text: Callable[[CheckInItem], str]) -> Callable[[WeekRow], str]:
            return lambda row: "" if row.item is None else text(row.item)

        return [
            Column(self.tr("Day"), lambda r: short_day(r.day) if r.first_of_day else ""),
            Column(self.tr("Time"), of_item(lambda i: f"{i.scheduled_at:%H:%M}")),
            Column(
                self.tr("Participant"),
                lambda r: self.tr("Nothing planned") if r.item is None else r.item.participant_name,
                stretch=True,
                name=True,
            ),
            Column(
                self.tr("Employer"), of_item(lambda i: i.employer_name), stretch=True, name=True
            ),
            Column(self.tr("Kind"), of_item(lambda i: list_name(ListName.NOTE_KINDS, i.kind))),
            Column(self.tr("Status"), of_item(self._look.status_text)),
        ]

    def show_week(self, start: date, by_day: dict[date, list[CheckInItem]]) -> None:
        """The seven days from `start`, each with its check-ins or a line saying none."""
        rows: list[WeekRow] = []
        for offset in range(7):
            day = start + timedelta(days=offset)
            items = by_day.get(day, [])
            if not items:
                rows.append(WeekRow(day, None, True))
            rows.extend(WeekRow(day, item, n == 0) for n, item in enumerate(items))
        self.model.set_rows(rows)

    def _on_table_opened(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row()).item
        if item is not None:
            self.check_in_opened.emit(item)
