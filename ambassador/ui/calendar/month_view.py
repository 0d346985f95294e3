"""Kalender's month: a grid of the month's days with week numbers, a few check-ins written in
each day, and the chosen day's check-ins listed below the grid."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import CheckInStatus
from ambassador.domain.overview import CheckInItem
from ambassador.ui.calendar.check_in_look import CheckInLook
from ambassador.ui.common.formatting import short_day
from ambassador.ui.common.widgets import OpenKeys

# More check-ins than this in a month cell are shown as a count; the day's list has them all.
LINES_PER_DAY = 3


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def first_name(full_name: str) -> str:
    return full_name.split(" ", 1)[0]


class MonthView(QSplitter):
    # The person opened a check-in (Enter on a day with one, or in the day's list).
    check_in_opened = Signal(object)

    WEEK_NUMBER_COLUMN = 0

    def __init__(self, look: CheckInLook) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self._look = look
        self._first = self._end = look.today
        self._by_day: dict[date, list[CheckInItem]] = {}
        # The day chosen in the grid; kept while the person steps to the week and back.
        self.selected_day: date | None = None

        self.table = QTableWidget(0, 8)
        self.table.setAccessibleName(self.tr("Days of the month"))
        self.table.setAccessibleDescription(
            self.tr("Choose a day to list its check-ins; Enter opens the day's only check-in.")
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            self.WEEK_NUMBER_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        self.table_open_keys = OpenKeys(self.table)
        self.table_open_keys.opened.connect(self._on_table_opened)

        self.day_heading_label = QLabel()
        day_font = self.day_heading_label.font()
        day_font.setBold(True)
        self.day_heading_label.setFont(day_font)
        self.day_list = QListWidget()
        self.day_list.setAccessibleName(self.tr("Check-ins of the chosen day"))
        self.day_list.setAccessibleDescription(
            self.tr("Press Enter or double-click a check-in to open its placement.")
        )
        self.day_list.setWordWrap(True)
        self.day_open_keys = OpenKeys(self.day_list)
        self.day_open_keys.opened.connect(self._on_day_list_opened)
        self.day_heading_label.setBuddy(self.day_list)
        day_panel = QWidget()
        day_layout = QVBoxLayout(day_panel)
        day_layout.setContentsMargins(0, 0, 0, 0)
        day_layout.addWidget(self.day_heading_label)
        day_layout.addWidget(self.day_list, 1)

        # The chosen day's list below the grid, so the grid keeps the full width for its days.
        self.setChildrenCollapsible(False)
        self.addWidget(self.table)
        self.addWidget(day_panel)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 1)

    def show_month(self, first: date, end: date, by_day: dict[date, list[CheckInItem]]) -> None:
        """The days from `first` up to `end` in whole weeks; the chosen day stays chosen
        when it is in the month, else today or the first."""
        self._first, self._end = first, end
        self._by_day = by_day
        grid_start = week_start(first)
        weeks = (end - grid_start).days // 7 + (1 if (end - grid_start).days % 7 else 0)
        table = self.table
        table.blockSignals(True)
        table.clearContents()
        table.setRowCount(weeks)
        locale = QLocale()
        headers = [self.tr("Week")] + [
            locale.dayName(weekday, QLocale.FormatType.ShortFormat).rstrip(".")
            for weekday in range(1, 8)
        ]
        table.setHorizontalHeaderLabels(headers)
        line_height = table.fontMetrics().lineSpacing()
        for row in range(weeks):
            monday = grid_start + timedelta(days=7 * row)
            week_item = QTableWidgetItem(str(monday.isocalendar().week))
            week_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            week_item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
            week_item.setForeground(self.palette().brush(QPalette.ColorRole.PlaceholderText))
            week_item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                self.tr("Week %1").replace("%1", str(monday.isocalendar().week)),
            )
            table.setItem(row, self.WEEK_NUMBER_COLUMN, week_item)
            for weekday in range(7):
                day = monday + timedelta(days=weekday)
                table.setItem(row, weekday + 1, self._day_item(day))
            table.setRowHeight(row, line_height * (LINES_PER_DAY + 1) + 8)
        table.blockSignals(False)
        chosen = self.selected_day
        today = self._look.today
        if chosen is None or not first <= chosen < end:
            chosen = today if first <= today < end else first
        self.select_day(chosen)

    def _day_item(self, day: date) -> QTableWidgetItem:
        look = self._look
        if not self._first <= day < self._end:
            outside = QTableWidgetItem()
            outside.setFlags(Qt.ItemFlag.NoItemFlags)
            return outside
        items = self._by_day.get(day, [])
        lines = [str(day.day)]
        if len(items) <= LINES_PER_DAY:
            for item in items:
                who = first_name(item.participant_name)
                if item.status is not CheckInStatus.PLANNED or look.is_overdue(item):
                    # The status before the name: a narrow cell elides the end of the line.
                    who = f"{look.status_text(item)}: {who}"
                lines.append(f"{item.scheduled_at:%H:%M} {who}")
        else:
            lines.append(self.tr("%n check-in(s)", "", len(items)))
            overdue = sum(1 for item in items if look.is_overdue(item))
            if overdue:
                lines.append(self.tr("%n overdue", "", overdue))
        cell = QTableWidgetItem("\n".join(lines))
        cell.setData(Qt.ItemDataRole.UserRole, day)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        spoken = [short_day(day)]
        if day == look.today:
            spoken.append(self.tr("today"))
            font = cell.font()
            font.setBold(True)
            cell.setFont(font)
            highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            highlight.setAlpha(60)
            cell.setBackground(highlight)
        spoken.append(self.tr("%n check-in(s)", "", len(items)))
        cell.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(spoken))
        if items:
            cell.setToolTip("\n".join(look.describe(item) for item in items))
        if any(look.is_overdue(item) for item in items):
            cell.setForeground(look.overdue_colour())
        return cell

    def cell_of_day(self, day: date) -> tuple[int, int]:
        offset = (day - week_start(self._first)).days
        return offset // 7, offset % 7 + 1

    def day_at(self, row: int, column: int) -> date | None:
        cell = self.table.item(row, column)
        value = None if cell is None else cell.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, date) else None

    def select_day(self, day: date) -> None:
        row, column = self.cell_of_day(day)
        self.table.setCurrentCell(row, column)
        self._show_day(day)

    def _on_table_current_cell_changed(
        self, row: int, column: int, _previous_row: int, _previous_column: int
    ) -> None:
        day = self.day_at(row, column)
        if day is not None:
            self._show_day(day)

    def _show_day(self, day: date) -> None:
        self.selected_day = day
        self.day_heading_label.setText(short_day(day))
        self.day_list.clear()
        items = self._by_day.get(day, [])
        if not items:
            nothing = QListWidgetItem(self.tr("Nothing planned"))
            nothing.setFlags(Qt.ItemFlag.NoItemFlags)
            self.day_list.addItem(nothing)
            return
        for item in items:
            entry = QListWidgetItem(self._look.describe(item))
            entry.setData(Qt.ItemDataRole.UserRole, item)
            icon = self._look.status_icon(item)
            if icon is not None:
                entry.setIcon(icon)
            brush = self._look.status_brush(item)
            if brush is not None:
                entry.setForeground(brush)
            self.day_list.addItem(entry)
        self.day_list.setCurrentRow(0)

    def _on_table_opened(self, index: QModelIndex) -> None:
        day = self.day_at(index.row(), index.column())
        if day is None:
            return
        items = self._by_day.get(day, [])
        if len(items) == 1:
            self.check_in_opened.emit(items[0])
        elif items:
            self.day_list.setFocus()
            self.day_list.setCurrentRow(0)

    def _on_day_list_opened(self, index: QModelIndex) -> None:
        item = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(item, CheckInItem):
            self.check_in_opened.emit(item)
