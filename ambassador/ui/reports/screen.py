"""Rapporter: the key figures for a period the coordinator chooses, the printed report, and
the lists and calendar as files."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.figures import Period
from ambassador.domain.reporting_systems import SYSTEM_LABELS, ReportingSystem, systems_of
from ambassador.domain.validation import END_BEFORE_START
from ambassador.domain.vocabulary import LABELS_CONTEXT
from ambassador.services.bundle import Services
from ambassador.services.documents import STATISTICS_FILE
from ambassador.ui.common import icons
from ambassador.ui.common.formatting import iso_date
from ambassador.ui.common.forms import date_edit, error_label, from_qdate, to_qdate
from ambassador.ui.common.key_figures import KeyFiguresView
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.printing import document_file_name
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.common.widgets import action_row, fill_with_scrolling, title_label
from ambassador.ui.files.list_exports import ListExportsPanel
from ambassador.ui.i18n import message
from ambassador.ui.questionnaires.panel import QuestionnairePanel
from ambassador.ui.reports.headline_panel import HeadlinePanel
from ambassador.ui.reports.outcome_sentences_panel import OutcomeSentencesPanel
from ambassador.ui.reports.projects_panel import ProjectsPanel
from ambassador.ui.reports.selfcheck_panel import SelfCheckPanel

THIS_YEAR = "this_year"
LAST_YEAR = "last_year"
THIS_QUARTER = "this_quarter"
LAST_QUARTER = "last_quarter"
THIS_MONTH = "this_month"
CUSTOM = "custom"


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def _quarter_of(day: date) -> Period:
    start = _quarter_start(day)
    next_start = _quarter_start(start + timedelta(days=95))
    return Period(start, next_start - timedelta(days=1))


def period_for(choice: str, today: date) -> Period:
    """The period a named choice means on `today`; raises KeyError for CUSTOM."""
    if choice == THIS_YEAR:
        return Period.year_of(today)
    if choice == LAST_YEAR:
        return Period.year_of(date(today.year - 1, 1, 1))
    if choice == THIS_QUARTER:
        return _quarter_of(today)
    if choice == LAST_QUARTER:
        return _quarter_of(_quarter_start(today) - timedelta(days=1))
    if choice == THIS_MONTH:
        start = today.replace(day=1)
        next_month = (start + timedelta(days=32)).replace(day=1)
        return Period(start, next_month - timedelta(days=1))
    raise KeyError(choice)


class ReportsScreen(QWidget):
    def __init__(
        self, services: Services, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self._build_ui()

    def _build_ui(self) -> None:
        self.title_label = title_label(self.tr("Reports"))

        self.period_combo = QComboBox()
        for text, choice in (
            (self.tr("This year"), THIS_YEAR),
            (self.tr("Last year"), LAST_YEAR),
            (self.tr("This quarter"), THIS_QUARTER),
            (self.tr("Last quarter"), LAST_QUARTER),
            (self.tr("This month"), THIS_MONTH),
            (self.tr("Custom"), CUSTOM),
        ):
            self.period_combo.addItem(text, choice)
        self.period_combo.setAccessibleName(self.tr("Period"))
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period_combo)

        today = self._services.clock.today()
        year = Period.year_of(today)
        self.start_date_edit = date_edit(year.start)
        self.start_date_edit.setAccessibleName(self.tr("From"))
        self.end_date_edit = date_edit(year.end)
        self.end_date_edit.setAccessibleName(self.tr("To"))
        from_label = QLabel(self.tr("&From:"))
        from_label.setBuddy(self.start_date_edit)
        to_label = QLabel(self.tr("&To:"))
        to_label.setBuddy(self.end_date_edit)
        self.period_error_label = error_label()

        chooser = QHBoxLayout()
        chooser.addWidget(period_label)
        chooser.addWidget(self.period_combo)
        chooser.addSpacing(18)
        chooser.addWidget(from_label)
        chooser.addWidget(self.start_date_edit)
        chooser.addWidget(to_label)
        chooser.addWidget(self.end_date_edit)
        chooser.addStretch(1)

        self.figures_view = KeyFiguresView()
        self.early_reasons_label = QLabel()
        self.early_reasons_label.setWordWrap(True)
        self.print_action = screen_action(
            self, self.tr("&Print report…"), self.print_report, icon=icons.get("print")
        )
        self.print_button = ActionButton(self.print_action)
        self.breakdown_combo = QComboBox()
        self.breakdown_combo.addItem(self.tr("Own breakdown"), "")
        for system in systems_of(self._services.settings.country()):
            self.breakdown_combo.addItem(
                QCoreApplication.translate(LABELS_CONTEXT, SYSTEM_LABELS[system]), system.value
            )
        self.breakdown_combo.setAccessibleName(self.tr("Breakdown of the printed report"))
        self.breakdown_combo.setToolTip(
            self.tr(
                "A reporting system adds the endings in its categories, as mapped in the settings"
            )
        )
        self.breakdown_label = QLabel(self.tr("&Breakdown:"))
        self.breakdown_label.setBuddy(self.breakdown_combo)
        self.sentences_panel = OutcomeSentencesPanel(self._services, self.chosen_period)
        self.printing_label = QLabel(
            self.tr(
                "The printed report (PDF) has these figures split by gender, placement type, "
                "referral source and employer sector, with charts, the outcomes 90 days after "
                "the end and the outcome sentences; choose a reporting system to add the "
                "endings in its categories."
            )
        )
        self.printing_label.setWordWrap(True)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setSpacing(18)
        layout.addWidget(self.title_label)
        layout.addLayout(chooser)
        layout.addWidget(self.period_error_label)
        layout.addWidget(self.figures_view)
        layout.addWidget(self.early_reasons_label)
        self.headline_panel = HeadlinePanel(self._services, self.chosen_period)
        layout.addWidget(self.headline_panel)
        layout.addWidget(self.sentences_panel)
        self.questionnaire_panel = QuestionnairePanel(self._services, self._navigator.publish)
        layout.addWidget(self.questionnaire_panel)
        separator = QFrame()
        separator.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(separator)
        layout.addWidget(self.printing_label)
        print_row = action_row([self.print_button])
        print_row.insertWidget(0, self.breakdown_combo)
        print_row.insertWidget(0, self.breakdown_label)
        print_row.insertSpacing(2, 12)
        layout.addLayout(print_row)
        projects_separator = QFrame()
        projects_separator.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(projects_separator)
        self.projects_panel = ProjectsPanel(self._services, self._navigator, self.chosen_period)
        layout.addWidget(self.projects_panel)
        self_check_separator = QFrame()
        self_check_separator.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(self_check_separator)
        self.self_check_panel = SelfCheckPanel(self._services.self_check)
        layout.addWidget(self.self_check_panel)
        lists_separator = QFrame()
        lists_separator.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(lists_separator)
        self.lists_label = QLabel(self.tr("<b>Lists and calendar</b>"))
        layout.addWidget(self.lists_label)
        self.list_exports = ListExportsPanel(self._services, self._navigator, self.chosen_period)
        layout.addWidget(self.list_exports)
        layout.addStretch(1)
        fill_with_scrolling(self, content)

        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.start_date_edit.dateChanged.connect(self._on_dates_changed)
        self.end_date_edit.dateChanged.connect(self._on_dates_changed)
        self._apply_choice()

    def actions_for_menu(self) -> list[QAction | None]:
        """The Reports menu: the printed report, the sentences, the questionnaires, the lists
        (the same actions as the screen's buttons)."""
        return [
            self.print_action,
            self.sentences_panel.copy_action,
            None,
            self.questionnaire_panel.register_action,
            None,
            *self.list_exports.menu_actions,
            None,
            *self.projects_panel.menu_actions,
        ]

    def chosen_period(self) -> Period:
        return Period(
            from_qdate(self.start_date_edit.date()), from_qdate(self.end_date_edit.date())
        )

    def choose(self, choice: str) -> None:
        """Select a named period (THIS_YEAR, ..., CUSTOM) and show its figures."""
        for index in range(self.period_combo.count()):
            if self.period_combo.itemData(index) == choice:
                self.period_combo.setCurrentIndex(index)
                return

    def chosen_system(self) -> ReportingSystem | None:
        """The breakdown chosen for the printed report; None is the program's own."""
        value = self.breakdown_combo.currentData()
        return ReportingSystem(value) if value else None

    def refresh(self) -> None:
        # The self-check is the months up to today, whatever the period: read when the data
        # changes, not again at every change of period (0.7 s on the stress data).
        self.self_check_panel.when_seen.stale()
        self.headline_panel.forget()
        self.projects_panel.refresh()
        self._show_period()

    def _show_period(self) -> None:
        self.sentences_panel.when_seen.stale()
        period = self.chosen_period()
        if period.end < period.start:
            self.period_error_label.setText(message(END_BEFORE_START))
            self.period_error_label.show()
            self.print_button.setEnabled(False)
            self.figures_view.hide()
            self.early_reasons_label.hide()
            self.questionnaire_panel.hide()
            self.headline_panel.hide()
            return
        self.period_error_label.hide()
        self.print_button.setEnabled(True)
        self.figures_view.show()
        figures = self._services.overview.key_figures(period)
        self.figures_view.show_figures(figures)
        self.questionnaire_panel.show_period(period)
        self.headline_panel.show()
        self.headline_panel.show_period(figures)
        reasons = [
            self.tr("%1 (%2)")
            .replace("%1", reason or self.tr("No reason given"))
            .replace("%2", str(count))
            for reason, count in figures.early_reasons.items()
        ]
        self.early_reasons_label.setText(
            self.tr("Reasons for ending early: %1").replace("%1", ", ".join(reasons))
            if reasons
            else ""
        )
        self.early_reasons_label.setVisible(bool(reasons))

    def print_report(self) -> None:
        period = self.chosen_period()
        if period.end < period.start:
            return
        documents = self._services.documents
        system = self.chosen_system()
        self._navigator.print_document(
            self,
            document_file_name(
                STATISTICS_FILE, start=iso_date(period.start), end=iso_date(period.end)
            ),
            lambda path: documents.write_statistics(period, path, system=system),
        )

    def _on_period_combo_changed(self, *_args: object) -> None:
        self._apply_choice()
        self._show_period()

    def _apply_choice(self) -> None:
        choice = self.period_combo.currentData()
        custom = choice == CUSTOM
        self.start_date_edit.setEnabled(custom)
        self.end_date_edit.setEnabled(custom)
        if not custom:
            period = period_for(choice, self._services.clock.today())
            for edit, day in (
                (self.start_date_edit, period.start),
                (self.end_date_edit, period.end),
            ):
                edit.blockSignals(True)
                edit.setDate(to_qdate(day))
                edit.blockSignals(False)

    def _on_dates_changed(self, *_args: object) -> None:
        if self.period_combo.currentData() == CUSTOM:
            self._show_period()
