"""Översikt, the home screen: today's work, what is late or at risk, the outcome checks due,
and this year's figures."""

from __future__ import annotations

from datetime import date
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.overview import (
    ENDING_WITHIN_DAYS,
    AtRiskPlacement,
    CheckInItem,
    EndingPlacement,
    FeedbackDue,
    OutcomeCheckDue,
    Overview,
)
from ambassador.services.changes import Changes
from ambassador.services.outcome_checks import OutcomeCheckService
from ambassador.services.overview import OverviewService
from ambassador.ui.common.formatting import day_and_time, iso_date, short_day
from ambassador.ui.common.key_figures import KeyFiguresView
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.table_model import Column, RowsTableModel
from ambassador.ui.common.widgets import fill_with_scrolling, title_label
from ambassador.ui.overview.outcome_check_section import OutcomeCheckSection
from ambassador.ui.overview.risk_words import risk_text
from ambassador.ui.overview.section import OverviewSection


class _Placed(Protocol):
    """A row about one person at one employer."""

    @property
    def participant_name(self) -> str: ...

    @property
    def employer_name(self) -> str: ...


AtPlacement = TypeVar("AtPlacement", bound=_Placed)
Section = (
    OverviewSection[CheckInItem]
    | OverviewSection[AtRiskPlacement]
    | OverviewSection[EndingPlacement]
    | OverviewSection[FeedbackDue]
    | OverviewSection[OutcomeCheckDue]
)


class OverviewScreen(QWidget):
    def __init__(
        self,
        overview: OverviewService,
        parent: QWidget | None = None,
        *,
        navigator: Navigator | None = None,
        outcome_checks: OutcomeCheckService | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = overview
        self._navigator = navigator
        self._today = date.min
        self._build_ui()
        self.outcome_section.set_service(outcome_checks)

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
        self.at_risk_section = OverviewSection(
            self.tr("Placements at risk"),
            self.tr(
                "No placement at risk: every active placement has had contact within its "
                "phase's limit, and no recent note is flagged for drop-out risk."
            ),
            RowsTableModel(self._at_risk_columns()),
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
        self.outcome_section = OutcomeCheckSection(
            self.tr("Outcome checks due"),
            self.tr(
                "No outcome check is due. Some time after a placement ends (90 days unless "
                "changed in Settings), the question of what the person is doing then appears "
                "here."
            ),
            RowsTableModel(self._outcome_columns()),
        )
        self.outcome_section.recorded.connect(self._on_outcome_section_recorded)
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
        grid.addWidget(self.ending_section, 1, 1, Qt.AlignmentFlag.AlignTop)
        # The whole width: each row says in words why the placement is at risk.
        grid.addWidget(self.at_risk_section, 2, 0, 1, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.outcome_section, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.feedback_section, 3, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(separator)
        layout.addWidget(self.figures_view)
        layout.addStretch(1)

        fill_with_scrolling(self, content)

    def sections(self) -> list[Section]:
        return [
            self.today_section,
            self.week_section,
            self.overdue_section,
            self.at_risk_section,
            self.ending_section,
            self.feedback_section,
            self.outcome_section,
        ]

    def refresh(self) -> None:
        self.show_overview(self._service.overview())

    def show_overview(self, overview: Overview) -> None:
        self._today = overview.today
        self.date_label.setText(self.tr("Today is %1.").replace("%1", short_day(overview.today)))
        self.today_section.show_rows(overview.today_check_ins)
        self.week_section.show_rows(overview.week_check_ins)
        self.overdue_section.show_rows(overview.overdue_check_ins)
        self.at_risk_section.show_rows(overview.at_risk)
        self.ending_section.show_rows(overview.ending_soon)
        self.feedback_section.show_rows(overview.feedback_due)
        self.outcome_section.show_rows(overview.outcome_checks_due)
        self.figures_view.show_figures(overview.key_figures)

    def _on_section_row_opened(self, row: object) -> None:
        if self._navigator is None:
            return
        if isinstance(row, CheckInItem):
            self._navigator.open_placement(row.placement_id, row.check_in_id)
        elif isinstance(row, AtRiskPlacement | EndingPlacement | FeedbackDue | OutcomeCheckDue):
            self._navigator.open_placement(row.placement_id)

    def _on_outcome_section_recorded(self, changes: Changes) -> None:
        """The answered row leaves the list at once; the other screens hear of it."""
        self.refresh()
        if self._navigator is not None and not changes.empty:
            self._navigator.publish(changes)

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

    def _participant_column(self) -> Column[AtPlacement]:
        return Column(self.tr("Participant"), lambda r: r.participant_name, stretch=True)

    def _employer_column(self) -> Column[AtPlacement]:
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

    def _at_risk_columns(self) -> list[Column[AtRiskPlacement]]:
        return [
            self._participant_column(),
            self._employer_column(),
            Column(
                self.tr("Why"),
                self._risk_text,
                lambda r: -r.score,
                tooltip=self._risk_text,
                stretch=True,
            ),
        ]

    def _risk_text(self, item: AtRiskPlacement) -> str:
        """Why the placement is on the list, in words: its silence against what its phase
        asks, and the notes flagged for drop-out risk."""
        return risk_text(item)

    def _outcome_columns(self) -> list[Column[OutcomeCheckDue]]:
        return [
            Column(self.tr("Due"), lambda r: iso_date(r.due_on), lambda r: r.due_on),
            self._participant_column(),
            self._employer_column(),
            Column(self.tr("Ended"), lambda r: iso_date(r.ended_on), lambda r: r.ended_on),
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
