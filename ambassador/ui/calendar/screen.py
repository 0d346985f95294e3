"""Kalender: every check-in of a week or a month, in any status, opening its placement."""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import CheckInStatus
from ambassador.domain.exports import CALENDAR_FILE
from ambassador.domain.overview import CheckInItem
from ambassador.services.bundle import Services
from ambassador.services.files import WrittenDocument
from ambassador.ui.common import icons
from ambassador.ui.common.formatting import short_day
from ambassador.ui.common.labels import label
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.printing import document_file_name
from ambassador.ui.common.table_model import Column, Index, RowsTableModel
from ambassador.ui.common.widgets import OpenKeys, fit_columns_to_contents, title_label

# More check-ins than this in a month cell are shown as a count; the day's list has them all.
LINES_PER_DAY = 3
STATUS_ICONS = {
    CheckInStatus.DONE: "done",
    CheckInStatus.MISSED: "missed",
    CheckInStatus.CANCELLED: "cancelled",
}


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def first_name(full_name: str) -> str:
    return full_name.split(" ", 1)[0]


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
        self, columns: Sequence[Column[WeekRow]], screen: CalendarScreen, parent: Any = None
    ) -> None:
        super().__init__(columns, parent)
        self._screen = screen

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == self.DAY_COLUMN:
            return short_day(row.day)
        if role == Qt.ItemDataRole.FontRole and row.day == self._screen.today:
            font = QFont()
            font.setBold(True)
            return font
        if row.item is not None and index.column() == self.STATUS_COLUMN:
            if role == Qt.ItemDataRole.DecorationRole:
                return self._screen.status_icon(row.item)
            if role == Qt.ItemDataRole.ForegroundRole:
                return self._screen.status_brush(row.item)
        return super().data(index, role)


class CalendarScreen(QWidget):
    """Check-ins by week (a day-by-day agenda) or by month (a grid with week numbers)."""

    WEEK_PAGE = 0
    MONTH_PAGE = 1
    WEEK_NUMBER_COLUMN = 0

    def __init__(
        self,
        services: Services,
        navigator: Navigator,
        clock_today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = services.follow_up
        self._exports = services.exports
        self._navigator = navigator
        self._clock_today = clock_today
        self.today = clock_today()
        self._anchor = self.today  # a day inside the period shown
        self._month_mode = False
        self._items: list[CheckInItem] = []
        self._by_day: dict[date, list[CheckInItem]] = {}
        self._selected_day: date | None = None
        self._build_ui()
        self._show_title()

    def _build_ui(self) -> None:
        self.heading_label = title_label(self.tr("Calendar"))

        self.previous_button = QPushButton(icons.get("previous"), self.tr("Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous period"))
        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.previous_button.setToolTip(self.tr("Previous week or month (Alt+Left)"))
        self.today_button = QPushButton(icons.get("today"), self.tr("Today"))
        self.today_button.setAccessibleName(self.tr("Go to today"))
        self.next_button = QPushButton(icons.get("next"), self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next period"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.setToolTip(self.tr("Next week or month (Alt+Right)"))
        self.previous_button.clicked.connect(self._on_previous_button_clicked)
        self.today_button.clicked.connect(self._on_today_button_clicked)
        self.next_button.clicked.connect(self._on_next_button_clicked)

        self.title_label = QLabel()
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setAccessibleName(self.tr("Period shown"))

        self.week_button = QPushButton(self.tr("Week"))
        self.week_button.setAccessibleName(self.tr("Show a week"))
        self.month_button = QPushButton(self.tr("Month"))
        self.month_button.setAccessibleName(self.tr("Show a month"))
        self.view_group = QButtonGroup(self)
        for button in (self.week_button, self.month_button):
            button.setCheckable(True)
            self.view_group.addButton(button)
        self.view_group.setExclusive(True)
        self.week_button.setChecked(True)
        self.week_button.toggled.connect(self._on_week_button_toggled)
        self.outlook_button = QPushButton(icons.get("save"), self.tr("To &Outlook…"))
        self.outlook_button.setToolTip(
            self.tr(
                "Save the check-ins as a calendar file (.ics) for Outlook: the past month and "
                "the coming year, titled with first name and employer only."
            )
        )
        self.outlook_button.clicked.connect(self.export_calendar)

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.previous_button)
        toolbar.addWidget(self.today_button)
        toolbar.addWidget(self.next_button)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.title_label, 1)
        toolbar.addWidget(self.week_button)
        toolbar.addWidget(self.month_button)
        toolbar.addSpacing(12)
        toolbar.addWidget(self.outlook_button)

        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_week_page())
        self.pages.addWidget(self._build_month_page())

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading_label)
        layout.addLayout(toolbar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.pages, 1)

    def _build_week_page(self) -> QWidget:
        self.week_model = WeekTableModel(self._week_columns(), self)
        self.week_table = QTableView()
        self.week_table.setModel(self.week_model)
        self.week_table.setAccessibleName(self.tr("Check-ins of the week"))
        self.week_table.setAccessibleDescription(
            self.tr("Press Enter or double-click a check-in to open its placement.")
        )
        self.week_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.week_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.week_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week_table.verticalHeader().hide()
        self.week_table.setWordWrap(False)
        self.week_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = fit_columns_to_contents(self.week_table)
        for column in self.week_model.stretch_columns():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.week_open_keys = OpenKeys(self.week_table)
        self.week_open_keys.opened.connect(self._on_week_table_opened)
        # The table hides in an empty week; a stacked page of its own must stay as it is.
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.week_table)
        return page

    def _build_month_page(self) -> QWidget:
        self.month_table = QTableWidget(0, 8)
        self.month_table.setAccessibleName(self.tr("Days of the month"))
        self.month_table.setAccessibleDescription(
            self.tr("Choose a day to list its check-ins; Enter opens the day's only check-in.")
        )
        self.month_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.month_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month_table.verticalHeader().hide()
        self.month_table.setWordWrap(False)
        header = self.month_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            self.WEEK_NUMBER_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        self.month_table.currentCellChanged.connect(self._on_month_table_current_cell_changed)
        self.month_open_keys = OpenKeys(self.month_table)
        self.month_open_keys.opened.connect(self._on_month_table_opened)

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
        self.month_splitter = QSplitter(Qt.Orientation.Vertical)
        self.month_splitter.setChildrenCollapsible(False)
        self.month_splitter.addWidget(self.month_table)
        self.month_splitter.addWidget(day_panel)
        self.month_splitter.setStretchFactor(0, 3)
        self.month_splitter.setStretchFactor(1, 1)
        return self.month_splitter

    # The period -------------------------------------------------------------------------

    def export_calendar(self) -> WrittenDocument | None:
        return self._navigator.save_file(
            self, document_file_name(CALENDAR_FILE), self._exports.write_calendar
        )

    @property
    def month_mode(self) -> bool:
        return self._month_mode

    def period(self) -> tuple[date, date]:
        """The first day shown and the day after the last."""
        if self._month_mode:
            first = self._anchor.replace(day=1)
            days = calendar.monthrange(first.year, first.month)[1]
            return first, first + timedelta(days=days)
        start = week_start(self._anchor)
        return start, start + timedelta(days=7)

    def show_day(self, day: date) -> None:
        """Show the week or month holding `day`; in the month, choose that day."""
        self._anchor = day
        self._selected_day = day
        self.refresh()

    def set_month_mode(self, month: bool) -> None:
        (self.month_button if month else self.week_button).setChecked(True)

    def refresh(self) -> None:
        self.today = self._clock_today()
        start, end = self.period()
        self._items = self._service.check_ins_between(
            datetime.combine(start, time.min), datetime.combine(end, time.min)
        )
        self._by_day = {}
        for item in self._items:
            self._by_day.setdefault(item.scheduled_at.date(), []).append(item)
        self._show()

    def _show(self) -> None:
        self._show_title()
        self.pages.setCurrentIndex(self.MONTH_PAGE if self._month_mode else self.WEEK_PAGE)
        if self._month_mode:
            empty = self.tr("No check-ins this month.")
            self._fill_month()
        else:
            empty = self.tr("No check-ins this week.")
            self._fill_week()
        hint = self.tr("Check-ins are scheduled from a placement, under Placements.")
        self.empty_label.setText(f"{empty} {hint}")
        self.empty_label.setVisible(not self._items)
        # An empty week is said in words; an empty month still shows its days.
        self.week_table.setVisible(bool(self._items))

    def _show_title(self) -> None:
        start, end = self.period()
        last = end - timedelta(days=1)
        locale = QLocale()
        if self._month_mode:
            month = locale.standaloneMonthName(start.month, QLocale.FormatType.LongFormat)
            text = f"{month[:1].upper()}{month[1:]} {start.year}"
        else:

            def month(day: date) -> str:
                return locale.monthName(day.month, QLocale.FormatType.LongFormat)

            if start.month == last.month:
                span = f"{start.day}–{last.day} {month(last)} {last.year}"
            elif start.year == last.year:
                span = f"{start.day} {month(start)} – {last.day} {month(last)} {last.year}"
            else:
                span = (
                    f"{start.day} {month(start)} {start.year} – "
                    f"{last.day} {month(last)} {last.year}"
                )
            week = str(start.isocalendar().week)
            text = self.tr("Week %1, %2").replace("%1", week).replace("%2", span)
        self.title_label.setText(text)

    # Status, never by colour alone ------------------------------------------------------

    def is_overdue(self, item: CheckInItem) -> bool:
        return item.status is CheckInStatus.PLANNED and item.scheduled_at.date() < self.today

    def status_text(self, item: CheckInItem) -> str:
        return self.tr("Overdue") if self.is_overdue(item) else label(item.status)

    def status_icon(self, item: CheckInItem) -> QIcon | None:
        if self.is_overdue(item):
            return icons.get("overdue")
        name = STATUS_ICONS.get(item.status)
        return None if name is None else icons.get(name)

    def status_brush(self, item: CheckInItem) -> QBrush | None:
        if self.is_overdue(item):
            return QBrush(self._overdue_colour())
        if item.status in (CheckInStatus.MISSED, CheckInStatus.CANCELLED):
            return self.palette().brush(QPalette.ColorRole.PlaceholderText)
        return None

    def _overdue_colour(self) -> QColor:
        # A red that keeps its contrast on a dark base as on a light one.
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return QColor("#ff8a80") if dark else QColor("#b3261e")

    def _describe(self, item: CheckInItem) -> str:
        return (
            f"{item.scheduled_at:%H:%M} {item.participant_name}, {item.employer_name}"
            f" – {item.kind} – {self.status_text(item)}"
        )

    # Week -------------------------------------------------------------------------------

    def _week_columns(self) -> list[Column[WeekRow]]:
        def of_item(text: Callable[[CheckInItem], str]) -> Callable[[WeekRow], str]:
            return lambda row: "" if row.item is None else text(row.item)

        return [
            Column(self.tr("Day"), lambda r: short_day(r.day) if r.first_of_day else ""),
            Column(self.tr("Time"), of_item(lambda i: f"{i.scheduled_at:%H:%M}")),
            Column(
                self.tr("Participant"),
                lambda r: self.tr("Nothing planned") if r.item is None else r.item.participant_name,
                stretch=True,
            ),
            Column(self.tr("Employer"), of_item(lambda i: i.employer_name), stretch=True),
            Column(self.tr("Kind"), of_item(lambda i: i.kind)),
            Column(self.tr("Status"), of_item(self.status_text)),
        ]

    def _fill_week(self) -> None:
        start, _end = self.period()
        rows: list[WeekRow] = []
        for offset in range(7):
            day = start + timedelta(days=offset)
            items = self._by_day.get(day, [])
            if not items:
                rows.append(WeekRow(day, None, True))
            rows.extend(WeekRow(day, item, n == 0) for n, item in enumerate(items))
        self.week_model.set_rows(rows)

    def _on_week_table_opened(self, index: QModelIndex) -> None:
        item = self.week_model.row_at(index.row()).item
        if item is not None:
            self._open(item)

    # Month ------------------------------------------------------------------------------

    def _fill_month(self) -> None:
        first, end = self.period()
        grid_start = week_start(first)
        weeks = (end - grid_start).days // 7 + (1 if (end - grid_start).days % 7 else 0)
        table = self.month_table
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
                table.setItem(row, weekday + 1, self._day_item(day, first, end))
            table.setRowHeight(row, line_height * (LINES_PER_DAY + 1) + 8)
        table.blockSignals(False)
        chosen = self._selected_day
        if chosen is None or not first <= chosen < end:
            chosen = self.today if first <= self.today < end else first
        self.select_day(chosen)

    def _day_item(self, day: date, first: date, end: date) -> QTableWidgetItem:
        if not first <= day < end:
            outside = QTableWidgetItem()
            outside.setFlags(Qt.ItemFlag.NoItemFlags)
            return outside
        items = self._by_day.get(day, [])
        lines = [str(day.day)]
        if len(items) <= LINES_PER_DAY:
            for item in items:
                who = first_name(item.participant_name)
                if item.status is not CheckInStatus.PLANNED or self.is_overdue(item):
                    # The status before the name: a narrow cell elides the end of the line.
                    who = f"{self.status_text(item)}: {who}"
                lines.append(f"{item.scheduled_at:%H:%M} {who}")
        else:
            lines.append(self.tr("%n check-in(s)", "", len(items)))
            overdue = sum(1 for item in items if self.is_overdue(item))
            if overdue:
                lines.append(self.tr("%n overdue", "", overdue))
        cell = QTableWidgetItem("\n".join(lines))
        cell.setData(Qt.ItemDataRole.UserRole, day)
        cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        spoken = [short_day(day)]
        if day == self.today:
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
            cell.setToolTip("\n".join(self._describe(item) for item in items))
        if any(self.is_overdue(item) for item in items):
            cell.setForeground(self._overdue_colour())
        return cell

    def cell_of_day(self, day: date) -> tuple[int, int]:
        grid_start = week_start(self.period()[0])
        offset = (day - grid_start).days
        return offset // 7, offset % 7 + 1

    def day_at(self, row: int, column: int) -> date | None:
        cell = self.month_table.item(row, column)
        value = None if cell is None else cell.data(Qt.ItemDataRole.UserRole)
        return value if isinstance(value, date) else None

    def select_day(self, day: date) -> None:
        row, column = self.cell_of_day(day)
        self.month_table.setCurrentCell(row, column)
        self._show_day(day)

    def _on_month_table_current_cell_changed(
        self, row: int, column: int, _previous_row: int, _previous_column: int
    ) -> None:
        day = self.day_at(row, column)
        if day is not None:
            self._show_day(day)

    def _show_day(self, day: date) -> None:
        self._selected_day = day
        self.day_heading_label.setText(short_day(day))
        self.day_list.clear()
        items = self._by_day.get(day, [])
        if not items:
            nothing = QListWidgetItem(self.tr("Nothing planned"))
            nothing.setFlags(Qt.ItemFlag.NoItemFlags)
            self.day_list.addItem(nothing)
            return
        for item in items:
            entry = QListWidgetItem(self._describe(item))
            entry.setData(Qt.ItemDataRole.UserRole, item)
            icon = self.status_icon(item)
            if icon is not None:
                entry.setIcon(icon)
            brush = self.status_brush(item)
            if brush is not None:
                entry.setForeground(brush)
            self.day_list.addItem(entry)
        self.day_list.setCurrentRow(0)

    def _on_month_table_opened(self, index: QModelIndex) -> None:
        day = self.day_at(index.row(), index.column())
        if day is None:
            return
        items = self._by_day.get(day, [])
        if len(items) == 1:
            self._open(items[0])
        elif items:
            self.day_list.setFocus()
            self.day_list.setCurrentRow(0)

    def _on_day_list_opened(self, index: QModelIndex) -> None:
        item = index.data(Qt.ItemDataRole.UserRole)
        if isinstance(item, CheckInItem):
            self._open(item)

    # Actions ----------------------------------------------------------------------------

    def _open(self, item: CheckInItem) -> None:
        self._navigator.open_placement(item.placement_id, item.check_in_id)

    def _step(self, direction: int) -> None:
        if self._month_mode:
            first = self._anchor.replace(day=1)
            month_index = first.year * 12 + first.month - 1 + direction
            self._anchor = date(month_index // 12, month_index % 12 + 1, 1)
        else:
            self._anchor = week_start(self._anchor) + timedelta(days=7 * direction)
        self._selected_day = None
        self.refresh()

    def _on_previous_button_clicked(self) -> None:
        self._step(-1)

    def _on_next_button_clicked(self) -> None:
        self._step(1)

    def _on_today_button_clicked(self) -> None:
        self.show_day(self._clock_today())

    def _on_week_button_toggled(self, week: bool) -> None:
        if week == (not self._month_mode):
            return
        if week and self._selected_day is not None:
            self._anchor = self._selected_day  # the week of the day chosen in the month
        self._month_mode = not week
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # Colours follow a switch to dark mode while the program runs.
        if event.type() == QEvent.Type.PaletteChange and self._items:
            self._show()
        super().changeEvent(event)
