"""Översikt, the home screen: today's work, what is late or silent, and this year's figures."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.overview import (
    ENDING_WITHIN_DAYS,
    CheckInItem,
    EndingPlacement,
    FeedbackDue,
    Overview,
    SilentPlacement,
)
from ambassador.services.overview import OverviewService
from ambassador.ui.formatting import day_and_time, iso_date, short_day
from ambassador.ui.key_figures import KeyFiguresView
from ambassador.ui.navigation import Navigator
from ambassador.ui.table_model import Column, RowsTableModel
from ambassador.ui.widgets import fill_with_scrolling, fit_columns_to_contents, title_label

VISIBLE_ROWS = 6


class OpeningTableView(QTableView):
    """A table whose rows open with a single click or Enter, as links do."""

    row_opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clicked.connect(self._on_self_clicked)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.row_opened.emit(self.currentIndex().row())
            event.accept()
            return
        super().keyPressEvent(event)

    def _on_self_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.row_opened.emit(index.row())


class OverviewSection(QWidget):
    """A heading with a count, and a table or, when empty, a sentence saying what goes there.

    `row_opened` carries the row (a domain object) the person clicked or pressed Enter on.
    """

    row_opened = Signal(object)

    def __init__(self, title: str, empty_text: str, model: RowsTableModel[Any]) -> None:
        super().__init__()
        self._title = title
        self.heading_label = QLabel()
        font = self.heading_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading_label.setFont(font)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(self.empty_label.foregroundRole())
        self.table = OpeningTableView()
        self.table.setModel(model)
        self.table.row_opened.connect(lambda row: self.row_opened.emit(model.row_at(row)))
        self.table.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self.table.setAccessibleName(title)
        self.table.setAccessibleDescription(
            self.tr("Click a row or press Enter to open its placement.")
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        self.model = model

    def show_rows(self, rows: Sequence[Any]) -> None:
        self.model.set_rows(rows)
        self.heading_label.setText(f"{self._title} ({len(rows)})")
        self.empty_label.setVisible(not rows)
        self.table.setVisible(bool(rows))
        if rows:
            row_height = self.table.verticalHeader().defaultSectionSize()
            shown = min(len(rows), VISIBLE_ROWS)
            frame = 2 * self.table.frameWidth()
            self.table.setFixedHeight(
                self.table.horizontalHeader().sizeHint().height() + shown * row_height + frame
            )


class OverviewScreen(QWidget):
    def __init__(
        self,
        overview: OverviewService,
        parent: QWidget | None = None,
        *,
        navigator: Navigator | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = overview
        self._navigator = navigator
        self._today = date.min
        self._build_ui()

    def _build_ui(self) -> None:
        self.title_label = title_label(self.tr("Overview"))
        self.date_label = QLabel()

        self.today_section = OverviewSection(
            self.tr("Check-ins today"),
            self.tr("No check-ins planned for today. Schedule one from a placement."),
            RowsTableModel(self._check_in_columns(with_day=False)),
        )
        self.week_section = OverviewSection(
            self.tr("Check-ins in the next seven days"),
            self.tr("Nothing planned for the coming seven days."),
            RowsTableModel(self._check_in_columns(with_day=True)),
        )
        self.overdue_section = OverviewSection(
            self.tr("Overdue check-ins"),
            self.tr("No overdue check-ins. Every planned contact has been recorded."),
            RowsTableModel(self._overdue_columns()),
        )
        self.silent_section = OverviewSection(
            self.tr("Silent placements"),
            self.tr("No silent placements: every active placement has had contact recently."),
            RowsTableModel(self._silent_columns()),
        )
        self.ending_section = OverviewSection(
            self.tr("Ending within %n days", "", ENDING_WITHIN_DAYS),
            self.tr("No placement ends within the next two weeks."),
            RowsTableModel(self._ending_columns()),
        )
        self.feedback_section = OverviewSection(
            self.tr("Feedback not yet collected"),
            self.tr("Feedback has been collected for every placement that needs it."),
            RowsTableModel(self._feedback_columns()),
        )
        self.figures_view = KeyFiguresView()
        self.figures_heading = self.figures_view.heading_label
        for section in self.sections():
            section.row_opened.connect(self._on_section_row_opened)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(18)
        layout.addWidget(self.title_label)
        layout.addWidget(self.date_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(18)
        grid.addWidget(self.today_section, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.week_section, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.overdue_section, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.silent_section, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.ending_section, 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.feedback_section, 2, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(separator)
        layout.addWidget(self.figures_view)
        layout.addStretch(1)

        fill_with_scrolling(self, content)

    def sections(self) -> list[OverviewSection]:
        return [
            self.today_section,
            self.week_section,
            self.overdue_section,
            self.silent_section,
            self.ending_section,
            self.feedback_section,
        ]

    def refresh(self) -> None:
        self.show_overview(self._service.overview())

    def show_overview(self, overview: Overview) -> None:
        self._today = overview.today
        self.date_label.setText(self.tr("Today is %1.").replace("%1", short_day(overview.today)))
        self.today_section.show_rows(overview.today_check_ins)
        self.week_section.show_rows(overview.week_check_ins)
        self.overdue_section.show_rows(overview.overdue_check_ins)
        self.silent_section.show_rows(overview.silent_placements)
        self.ending_section.show_rows(overview.ending_soon)
        self.feedback_section.show_rows(overview.feedback_due)
        self.figures_view.show_figures(overview.key_figures)

    def _on_section_row_opened(self, row: object) -> None:
        if self._navigator is None:
            return
        if isinstance(row, CheckInItem):
            self._navigator.open_placement(row.placement_id, row.check_in_id)
        elif isinstance(row, SilentPlacement | EndingPlacement | FeedbackDue):
            self._navigator.open_placement(row.placement_id)

    # Columns ----------------------------------------------------------------------------

    def _check_in_columns(self, with_day: bool) -> list[Column[CheckInItem]]:
        when: Column[CheckInItem] = (
            Column(
                self.tr("When"), lambda r: day_and_time(r.scheduled_at), lambda r: r.scheduled_at
            )
            if with_day
            else Column(
                self.tr("Time"), lambda r: f"{r.scheduled_at:%H:%M}", lambda r: r.scheduled_at
            )
        )
        return [
            when,
            self._participant_column(),
            self._employer_column(),
            Column(self.tr("Kind"), lambda r: r.kind),
        ]

    def _overdue_columns(self) -> list[Column[CheckInItem]]:
        return [
            Column(
                self.tr("Planned"),
                lambda r: iso_date(r.scheduled_at.date()),
                lambda r: r.scheduled_at,
            ),
            Column(self.tr("Status"), self._overdue_text, lambda r: r.scheduled_at),
            self._participant_column(),
            self._employer_column(),
        ]

    def _participant_column(self) -> Column[Any]:
        return Column(self.tr("Participant"), lambda r: r.participant_name, stretch=True)

    def _employer_column(self) -> Column[Any]:
        return Column(
            self.tr("Employer"),
            lambda r: r.employer_name,
            tooltip=lambda r: r.employer_name,
            stretch=True,
        )

    def _overdue_text(self, item: CheckInItem) -> str:
        days = (self._today - item.scheduled_at.date()).days
        if days <= 0:
            return self.tr("Overdue today")
        return self.tr("Overdue %n day(s)", "", days)

    def _silent_columns(self) -> list[Column[SilentPlacement]]:
        return [
            self._participant_column(),
            self._employer_column(),
            Column(
                self.tr("Last contact"),
                lambda r: (
                    iso_date(r.last_contact) if r.last_contact else self.tr("None since start")
                ),
                lambda r: r.last_contact or date.min,
            ),
            Column(
                self.tr("Status"),
                lambda r: self.tr("Silent %n day(s)", "", r.silent_days),
                lambda r: r.silent_days,
            ),
        ]

    def _ending_columns(self) -> list[Column[EndingPlacement]]:
        return [
            Column(
                self.tr("Ends"),
                lambda r: short_day(r.planned_end_date),
                lambda r: r.planned_end_date,
            ),
            self._participant_column(),
            self._employer_column(),
        ]

    def _feedback_columns(self) -> list[Column[FeedbackDue]]:
        return [
            self._participant_column(),
            self._employer_column(),
            Column(
                self.tr("Last feedback"),
                lambda r: iso_date(r.last_feedback) if r.last_feedback else self.tr("Never"),
                lambda r: r.last_feedback or date.min,
            ),
        ]
