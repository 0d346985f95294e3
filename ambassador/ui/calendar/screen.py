"""Kalender: every check-in of a week or a month, in any status, opening its placement."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.exports import CALENDAR_FILE
from ambassador.domain.overview import CheckInItem
from ambassador.services.bundle import Services
from ambassador.ui.calendar.check_in_look import CheckInLook
from ambassador.ui.calendar.month_view import MonthView, week_start
from ambassador.ui.calendar.week_view import WeekView
from ambassador.ui.common import icons
from ambassador.ui.common.formatting import day_of_month
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.printing import document_file_name
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.common.widgets import title_label


class CalendarScreen(QWidget):
    """Check-ins by week (a day-by-day agenda) or by month (a grid with week numbers)."""

    WEEK_PAGE = 0
    MONTH_PAGE = 1

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
        self.look = CheckInLook(clock_today(), self)
        self._anchor = self.today  # a day inside the period shown
        self._month_mode = False
        self._items: list[CheckInItem] = []
        self._by_day: dict[date, list[CheckInItem]] = {}
        self._build_ui()
        self._show_title()

    def _build_ui(self) -> None:
        self.heading_label = title_label(self.tr("Calendar"))

        # Alt+Left/Right as a browser steps back and forth, Ctrl+PgUp/PgDown as Outlook.
        self.previous_action = screen_action(
            self,
            self.tr("&Previous period"),
            self._on_previous_button_clicked,
            ("Alt+Left", "Ctrl+PgUp"),
            self.tr("Previous week or month"),
            icons.get("previous"),
        )
        self.today_action = screen_action(
            self,
            self.tr("&Today"),
            self._on_today_button_clicked,
            ("Ctrl+T",),
            self.tr("Go to today"),
            icons.get("today"),
        )
        self.next_action = screen_action(
            self,
            self.tr("&Next period"),
            self._on_next_button_clicked,
            ("Alt+Right", "Ctrl+PgDown"),
            self.tr("Next week or month"),
            icons.get("next"),
        )
        self.previous_button = ActionButton(self.previous_action, text=self.tr("Previous"))
        self.today_button = ActionButton(self.today_action, text=self.tr("Today"))
        self.next_button = ActionButton(self.next_action, text=self.tr("Next"))

        self.title_label = QLabel()
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setAccessibleName(self.tr("Period shown"))
        # On a narrow window the period takes two lines rather than widen the window.
        self.title_label.setWordWrap(True)

        self.week_action = screen_action(self, self.tr("Show a &week"), None)
        self.month_action = screen_action(self, self.tr("Show a &month"), None)
        self.view_group = QActionGroup(self)
        for action in (self.week_action, self.month_action):
            action.setCheckable(True)
            self.view_group.addAction(action)
        self.view_group.setExclusive(True)
        self.week_action.setChecked(True)
        self.week_action.toggled.connect(self._on_week_button_toggled)
        self.week_button = ActionButton(self.week_action, text=self.tr("Week"))
        self.month_button = ActionButton(self.month_action, text=self.tr("Month"))
        self.outlook_action = screen_action(
            self,
            self.tr("To &Outlook…"),
            self.export_calendar,
            tip=self.tr(
                "Save the check-ins as a calendar file (.ics) for Outlook: the past month and "
                "the coming year, titled with first name and employer only."
            ),
            icon=icons.get("save"),
        )
        self.outlook_button = ActionButton(self.outlook_action)

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

        self.week_view = WeekView(self.look)
        self.week_view.check_in_opened.connect(self._open)
        self.month_view = MonthView(self.look)
        self.month_view.check_in_opened.connect(self._open)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.week_view)
        self.pages.addWidget(self.month_view)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.heading_label)
        layout.addLayout(toolbar)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.pages, 1)

    def actions_for_menu(self) -> list[QAction | None]:
        """The Calendar menu: moving through the periods, the view, the export."""
        return [
            self.previous_action,
            self.today_action,
            self.next_action,
            None,
            self.week_action,
            self.month_action,
            None,
            self.outlook_action,
        ]

    # The period -------------------------------------------------------------------------

    def export_calendar(self) -> None:
        self._navigator.save_file(
            self, document_file_name(CALENDAR_FILE), self._exports.write_calendar
        )

    @property
    def today(self) -> date:
        return self.look.today

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
        self.month_view.selected_day = day
        self.refresh()

    def set_month_mode(self, month: bool) -> None:
        (self.month_action if month else self.week_action).setChecked(True)

    def refresh(self) -> None:
        self.look.today = self._clock_today()
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
        start, end = self.period()
        if self._month_mode:
            empty = self.tr("No check-ins this month.")
            self.month_view.show_month(start, end, self._by_day)
        else:
            empty = self.tr("No check-ins this week.")
            self.week_view.show_week(start, self._by_day)
        hint = self.tr("Check-ins are scheduled from a placement, under Placements.")
        self.empty_label.setText(f"{empty} {hint}")
        self.empty_label.setVisible(not self._items)
        # An empty week is said in words; an empty month still shows its days.
        self.week_view.table.setVisible(bool(self._items))

    def _show_title(self) -> None:
        start, end = self.period()
        last = end - timedelta(days=1)
        locale = QLocale()
        if self._month_mode:
            name = locale.standaloneMonthName(start.month, QLocale.FormatType.LongFormat)
            text = f"{name[:1].upper()}{name[1:]} {start.year}"
        else:

            def month(day: date) -> str:
                return locale.monthName(day.month, QLocale.FormatType.LongFormat)

            first, final = day_of_month(start.day), day_of_month(last.day)
            if start.month == last.month:
                span = f"{first}–{final} {month(last)} {last.year}"
            elif start.year == last.year:
                span = f"{first} {month(start)} – {final} {month(last)} {last.year}"
            else:
                span = f"{first} {month(start)} {start.year} – {final} {month(last)} {last.year}"
            week = str(start.isocalendar().week)
            text = self.tr("Week %1, %2").replace("%1", week).replace("%2", span)
        self.title_label.setText(text)

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
        self.month_view.selected_day = None
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
        chosen = self.month_view.selected_day
        if week and chosen is not None:
            self._anchor = chosen  # the week of the day chosen in the month
        self._month_mode = not week
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        # Colours follow a switch to dark mode while the program runs.
        if event.type() == QEvent.Type.PaletteChange and self._items:
            self._show()
        super().changeEvent(event)
