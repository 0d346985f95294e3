"""Översikt, the home screen: today's work, what is late or silent, and this year's figures."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import Gender
from ambassador.domain.figures import KeyFigures, Share, Split
from ambassador.domain.overview import (
    ENDING_WITHIN_DAYS,
    CheckInItem,
    EndingPlacement,
    FeedbackDue,
    Overview,
    SilentPlacement,
)
from ambassador.services.overview import OverviewService
from ambassador.ui.formatting import day_and_time, iso_date, percent, short_day
from ambassador.ui.table_model import Column, RowsTableModel

VISIBLE_ROWS = 6


class OverviewSection(QWidget):
    """A heading with a count, and a table or, when empty, a sentence saying what goes there."""

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
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
    def __init__(self, overview: OverviewService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = overview
        self._today = date.min
        self._build_ui()

    def _build_ui(self) -> None:
        self.title_label = QLabel(self.tr("Overview"))
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
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
        self.figures_heading = QLabel()
        heading_font = self.today_section.heading_label.font()
        self.figures_heading.setFont(heading_font)
        self.figures_grid = QGridLayout()
        self.figures_grid.setHorizontalSpacing(24)

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
        layout.addWidget(self.figures_heading)
        layout.addLayout(self.figures_grid)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

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
        self._show_figures(overview.key_figures)

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

    # Key figures ------------------------------------------------------------------------

    def _show_figures(self, figures: KeyFigures) -> None:
        self.figures_heading.setText(
            self.tr("Key figures %1").replace("%1", str(figures.period.start.year))
        )
        while self.figures_grid.count():
            item = self.figures_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        headers = [
            self.tr("Total"),
            self.tr("Women"),
            self.tr("Men"),
            self.tr("Other or undisclosed"),
        ]
        for column, text in enumerate(headers, start=1):
            self._figure_cell(text, 0, column, bold=True)
        rows: list[tuple[str, Split | Share]] = [
            (self.tr("Active during the year"), figures.active),
            (self.tr("Started"), figures.started),
            (self.tr("Ended"), figures.ended),
            (self.tr("Into work or education"), figures.into_work_or_education),
            (self.tr("Ended early"), figures.ended_early),
            (self.tr("Employers who felt supported"), figures.employers_felt_supported),
            (self.tr("Participants who felt supported"), figures.participants_felt_supported),
        ]
        for row, (label, value) in enumerate(rows, start=1):
            self._figure_cell(label, row, 0)
            for column, text in enumerate(self._figure_texts(value), start=1):
                self._figure_cell(text, row, column)
        self.figures_grid.setColumnStretch(5, 1)

    def _figure_texts(self, value: Split | Share) -> list[str]:
        if isinstance(value, Split):
            other = value.of(Gender.OTHER) + value.of(Gender.UNDISCLOSED)
            return [
                str(value.total),
                str(value.of(Gender.WOMAN)),
                str(value.of(Gender.MAN)),
                str(other),
            ]

        def share_text(part: int, whole: int) -> str:
            if whole == 0:
                return "–"
            return (
                self.tr("%1 (%2 of %3)")
                .replace("%1", percent(part / whole))
                .replace("%2", str(part))
                .replace("%3", str(whole))
            )

        other_part = value.part.of(Gender.OTHER) + value.part.of(Gender.UNDISCLOSED)
        other_whole = value.whole.of(Gender.OTHER) + value.whole.of(Gender.UNDISCLOSED)
        return [
            share_text(value.part.total, value.whole.total),
            share_text(value.part.of(Gender.WOMAN), value.whole.of(Gender.WOMAN)),
            share_text(value.part.of(Gender.MAN), value.whole.of(Gender.MAN)),
            share_text(other_part, other_whole),
        ]

    def _figure_cell(self, text: str, row: int, column: int, bold: bool = False) -> None:
        label = QLabel(text)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        alignment = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
        label.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
        self.figures_grid.addWidget(label, row, column)
