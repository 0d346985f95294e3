"""Översikt, the home screen: today's work, what is late or at risk, the outcome checks due,
and this year's figures.

It fits a laptop at a glance: a list of the sections with their counts on the left (the
busy ones in bold), and the chosen section's table in the rest of the width and height,
scrolling on its own; nothing else scrolls. Until the person chooses a section, the first
that has rows is shown. An empty register shows the start page instead (start_page.py).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import ListName
from ambassador.domain.figures import Period
from ambassador.domain.network import EmployerFollowUpDue
from ambassador.domain.overview import (
    ENDING_WITHIN_DAYS,
    AtRiskPlacement,
    CheckInItem,
    DecisionEnding,
    EndingPlacement,
    FeedbackDue,
    OutcomeCheckDue,
    Overview,
)
from ambassador.services.changes import Changes
from ambassador.services.outcome_checks import OutcomeCheckService
from ambassador.services.overview import OverviewService
from ambassador.ui.common.formatting import day_and_time, short_day, shown_date
from ambassador.ui.common.key_figures import KeyFiguresView
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.table_model import Column, RowsTableModel
from ambassador.ui.common.widgets import scroll_area, title_label
from ambassador.ui.i18n import list_name
from ambassador.ui.overview.follow_up_section import FollowUpSection
from ambassador.ui.overview.outcome_check_section import OutcomeCheckSection
from ambassador.ui.overview.risk_words import risk_text
from ambassador.ui.overview.section import OverviewSection
from ambassador.ui.overview.start_page import StartPage


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
    | OverviewSection[DecisionEnding]
    | OverviewSection[FeedbackDue]
    | OverviewSection[OutcomeCheckDue]
    | OverviewSection[EmployerFollowUpDue]
)


class SectionList(QListWidget):
    """The sections by name and count; Enter (or Right) goes into the chosen one's rows."""

    entered = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right):
            self.entered.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class OverviewScreen(QWidget):
    # The start page's ways in that the window carries out (ui/screens.py connects them).
    new_employer_requested = Signal()
    new_participant_requested = Signal()
    import_requested = Signal()

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
        # What is on screen, so a change reads again only the parts it concerns.
        self._shown: Overview | None = None
        # Whether the person chose a section: then it stays chosen, rows or not.
        self._section_chosen = False
        self._choosing = False
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
        self.decisions_section = OverviewSection(
            self.tr("Subsidy decisions ending"),
            self.tr(
                "No subsidy decision ends soon. A placement whose decision ends within the "
                "days set in Settings, or has ended while the placement goes on, appears here "
                "in time to apply for its renewal."
            ),
            RowsTableModel(self._decision_columns()),
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
        self.follow_up_section = FollowUpSection(
            self.tr("Employer follow-ups due"),
            self.tr(
                "No employer follow-up is due. A network contact with a follow-up date appears "
                "here a week before it."
            ),
        )
        self.follow_up_section.changed.connect(self._on_outcome_section_recorded)
        for listed, short in (
            (self.today_section, self.tr("Today")),
            (self.overdue_section, self.tr("Overdue")),
            (self.ending_section, self.tr("Ending soon")),
            (self.decisions_section, self.tr("Decisions ending")),
            (self.at_risk_section, self.tr("At risk")),
            (self.outcome_section, self.tr("Outcome checks")),
            (self.feedback_section, self.tr("Feedback to collect")),
            (self.follow_up_section, self.tr("Employer follow-ups")),
            (self.week_section, self.tr("Next seven days")),
        ):
            listed.list_title = short
        self.figures_view = KeyFiguresView()
        # Closer columns than in Rapporter: the figures share the width with the list.
        self.figures_view.figures_grid.setHorizontalSpacing(12)
        self.figures_heading = self.figures_view.heading_label
        for section in self.sections():
            section.row_opened.connect(self._on_section_row_opened)

        # The list of sections and the chosen one beside it: what needs doing first on top.
        self.sections_list = SectionList()
        self.sections_list.setAccessibleName(self.tr("Sections of the overview"))
        self.sections_list.setAccessibleDescription(
            self.tr("Press Enter to go to the rows of the chosen section.")
        )
        self.sections_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections_list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.sections_list.setSpacing(2)
        self.section_stack = QStackedWidget()
        # Each reason at risk in words, whole: its rows grow to two lines where needed, sized
        # while the section is in view (_fit_risk_rows).
        self.at_risk_section.table.setWordWrap(True)
        figures = QWidget()
        figures_layout = QVBoxLayout(figures)
        figures_layout.setContentsMargins(0, 0, 0, 0)
        figures_layout.addWidget(self.figures_view)
        figures_layout.addStretch(1)
        # The one page that may scroll, and only in a window too small for its grid: the
        # figures then keep their columns instead of widening the whole Översikt.
        self.figures_page = scroll_area(figures)
        for page in (*self.sections(), self.figures_page):
            self.sections_list.addItem(QListWidgetItem())
            self.section_stack.addWidget(page)
        self.sections_list.currentRowChanged.connect(self._on_sections_list_row_changed)
        self.sections_list.entered.connect(self._on_sections_list_entered)

        overview_page = QWidget()
        layout = QVBoxLayout(overview_page)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.sections_list)
        body.addWidget(self.section_stack, 1)
        layout.addLayout(body, 1)

        self.start_page = StartPage()
        self.start_page.new_employer_requested.connect(self.new_employer_requested)
        self.start_page.new_participant_requested.connect(self.new_participant_requested)
        self.start_page.import_requested.connect(self.import_requested)
        self.pages = QStackedWidget()
        self.pages.addWidget(overview_page)
        self.pages.addWidget(self.start_page)
        self.overview_page = overview_page
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self._choose(self.today_section)

    def sections(self) -> list[Section]:
        """In the list's order: what has a date today or before it (today's check-ins, the
        overdue ones, the placements about to end), then what waits on the coordinator's
        judgement (at risk, outcome checks, feedback), then the coming week."""
        return [
            self.today_section,
            self.overdue_section,
            self.ending_section,
            self.decisions_section,
            self.at_risk_section,
            self.outcome_section,
            self.feedback_section,
            self.follow_up_section,
            self.week_section,
        ]

    def current_section(self) -> Section | None:
        """The section in view; None while the key figures are."""
        page = self.section_stack.currentWidget()
        return next((section for section in self.sections() if section is page), None)

    def show_section(self, section: Section | KeyFiguresView) -> None:
        """Bring `section` (or the key figures) into view, as if the person chose it."""
        page = self.figures_page if section is self.figures_view else section
        self.sections_list.setCurrentRow(self.section_stack.indexOf(page))

    @property
    def showing_start_page(self) -> bool:
        return self.pages.currentWidget() is self.start_page

    def refresh(self) -> None:
        # The key figures are read when they come into view: at the start, the lists are.
        figures = self.section_stack.currentWidget() is self.figures_page
        self.show_overview(self._service.overview(figures=figures))

    def on_changes(self, changes: Changes) -> None:
        """Read again only what `changes` concerns (a note: the placements at risk)."""
        if self._shown is None:
            self.refresh()  # nothing read yet: as at the start
            return
        self.show_overview(self._service.overview(self._shown, changes))

    def show_overview(self, overview: Overview) -> None:
        shown, self._shown = self._shown, overview
        if overview is shown:
            return
        self._today = overview.today
        self.date_label.setText(self.tr("Today is %1.").replace("%1", short_day(overview.today)))
        # A part the service kept from the Overview on screen (the very object) is on
        # screen already: only what was read again is shown again.
        kept = shown if shown is not None and shown.today == overview.today else None

        def new(part: str) -> bool:
            return kept is None or getattr(kept, part) is not getattr(overview, part)

        for section, part in (
            (self.today_section, "today_check_ins"),
            (self.week_section, "week_check_ins"),
            (self.overdue_section, "overdue_check_ins"),
            (self.at_risk_section, "at_risk"),
            (self.ending_section, "ending_soon"),
            (self.decisions_section, "decisions_ending"),
            (self.feedback_section, "feedback_due"),
            (self.outcome_section, "outcome_checks_due"),
        ):
            if new(part):
                section.show_rows(getattr(overview, part))
        if new("employer_follow_ups"):
            self.follow_up_section.show_follow_ups(overview.employer_follow_ups, overview.today)
        if overview.key_figures is not None and new("key_figures"):
            self.figures_view.show_figures(overview.key_figures)
        self._name_sections()
        current = self.current_section()
        if not self._section_chosen and (current is None or current.count() == 0):
            busy = next((section for section in self.sections() if section.count()), None)
            self._choose(busy or self.today_section)
        self.pages.setCurrentWidget(
            self.start_page if overview.empty_register else self.overview_page
        )

    def _name_sections(self) -> None:
        """Each section's name and count in the list, bold when it has rows; the list as
        wide as its longest entry, so no name is cut."""
        for row, section in enumerate(self.sections()):
            item = self.sections_list.item(row)
            count = section.count()
            item.setText(f"{section.list_title} ({count})")
            item.setToolTip(section.title)
            font = item.font()
            font.setBold(count > 0)
            item.setFont(font)
        # Named as the figures' own heading names them, whether they are read yet or not.
        figures = self.sections_list.item(len(self.sections()))
        heading = QCoreApplication.translate("KeyFiguresView", "Key figures %1")
        figures.setText(heading.replace("%1", str(self._today.year)))
        widest = self.sections_list.sizeHintForColumn(0)
        frame = 2 * self.sections_list.frameWidth() + 2 * self.sections_list.spacing()
        self.sections_list.setFixedWidth(widest + frame + 2)

    def _choose(self, section: Section) -> None:
        self._choosing = True
        try:
            self.show_section(section)
        finally:
            self._choosing = False

    def _on_sections_list_row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.section_stack.setCurrentIndex(row)
        self._fit_risk_rows()
        if not self._choosing:
            self._section_chosen = True
        if self.section_stack.currentWidget() is self.figures_page:
            self._read_figures()

    def _fit_risk_rows(self) -> None:
        """The rows at risk as tall as their words while that section is in view, of the
        default height while it is not: each row's height is every cell of it laid out, and
        the section hidden behind another asked that of all its rows at the start and at
        each reading (stress: ~60,000 of the ~78,000 cells looked up to draw the Översikt)."""
        shown = self.section_stack.currentWidget() is self.at_risk_section
        self.at_risk_section.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if shown else QHeaderView.ResizeMode.Fixed
        )

    def _read_figures(self) -> None:
        """The key figures into view, read now if they were not with the lists."""
        shown = self._shown
        if shown is None or shown.key_figures is not None:
            return
        figures = self._service.key_figures(Period.year_of(shown.today))
        self._shown = replace(shown, key_figures=figures)
        self.figures_view.show_figures(figures)

    def _on_sections_list_entered(self) -> None:
        section = self.current_section()
        if section is not None:
            section.enter()

    def _on_section_row_opened(self, row: object) -> None:
        if self._navigator is None:
            return
        if isinstance(row, CheckInItem):
            self._navigator.open_placement(row.placement_id, row.check_in_id)
        elif isinstance(
            row, AtRiskPlacement | EndingPlacement | DecisionEnding | FeedbackDue | OutcomeCheckDue
        ):
            self._navigator.open_placement(row.placement_id)
        elif isinstance(row, EmployerFollowUpDue):
            self._navigator.open_employer(row.employer_id)

    def _on_outcome_section_recorded(self, changes: Changes) -> None:
        """The answered row leaves the list at once; the other screens hear of it. The
        section stays in view, to say what was recorded and offer to take it back."""
        self._section_chosen = True
        if changes.empty:
            self.refresh()
        else:
            self.on_changes(changes)
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
            Column(self.tr("Kind"), lambda r: list_name(ListName.NOTE_KINDS, r.kind), stretch=True),
        ]

    def _overdue_columns(self) -> list[Column[CheckInItem]]:
        return [
            Column(
                self.tr("Planned"),
                lambda r: shown_date(r.scheduled_at.date()),
                lambda r: r.scheduled_at,
            ),
            Column(self.tr("Status"), self._overdue_text, lambda r: r.scheduled_at),
            self._participant_column(),
            self._employer_column(),
        ]

    def _participant_column(self) -> Column[AtPlacement]:
        return Column(self.tr("Participant"), lambda r: r.participant_name, name=True)

    def _employer_column(self) -> Column[AtPlacement]:
        return Column(
            self.tr("Employer"),
            lambda r: r.employer_name,
            tooltip=lambda r: r.employer_name,
            name=True,
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
            Column(self.tr("Due"), lambda r: shown_date(r.due_on), lambda r: r.due_on),
            self._participant_column(),
            self._employer_column(),
            Column(self.tr("Ended"), lambda r: shown_date(r.ended_on), lambda r: r.ended_on),
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

    def _decision_columns(self) -> list[Column[DecisionEnding]]:
        return [
            Column(
                self.tr("Decision ends"),
                lambda r: shown_date(r.decision_end),
                lambda r: r.decision_end,
            ),
            Column(self.tr("When"), self._decision_text, lambda r: r.decision_end),
            self._participant_column(),
            self._employer_column(),
            Column(
                self.tr("Subsidy"),
                lambda r: list_name(ListName.SUBSIDY_TYPES, r.subsidy_type),
                stretch=True,
            ),
        ]

    def _decision_text(self, item: DecisionEnding) -> str:
        days = item.days_left(self._today)
        if days > 0:
            return self.tr("Ends in %n day(s)", "", days)
        if days == 0:
            return self.tr("Ends today")
        return self.tr("Ended %n day(s) ago", "", -days)

    def _feedback_columns(self) -> list[Column[FeedbackDue]]:
        return [
            self._participant_column(),
            self._employer_column(),
            Column(
                self.tr("Last feedback"),
                lambda r: shown_date(r.last_feedback) if r.last_feedback else self.tr("Never"),
                lambda r: r.last_feedback or date.min,
            ),
        ]
