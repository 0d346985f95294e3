"""Rapporter's projects: the funded programmes (ESF+ and the like) with their period, funding,
target and the people so far; New, Edit and Remove; and each project's report, printed (PDF)
or as a workbook (XLSX), for the project's period or the period chosen on the screen.

A project is a record, not a setting: each is saved by its own form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtGui import QAction, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import ConflictError, NotFoundError, RuleViolationError, StorageError
from ambassador.domain.figures import Period
from ambassador.domain.projects import Project as ProjectRecord
from ambassador.domain.projects import ProjectFields, ProjectLine, validate_project
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.services.files import WrittenDocument
from ambassador.services.projects import REPORT_FILE, REPORT_XLSX_FILE
from ambassador.ui.common import dialogs, icons
from ambassador.ui.common.flow_layout import FlowLayout
from ambassador.ui.common.formatting import percent, shown_date
from ambassador.ui.common.forms import FieldReader, date_edit
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.printing import document_file_name
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.common.table_model import Column, RowsTableModel
from ambassador.ui.common.versioned_form import VersionedFormDialog
from ambassador.ui.common.widgets import fit_columns_to_contents, section_heading

MOST_ROWS_SHOWN = 8


class ProjectDialog(VersionedFormDialog[ProjectFields]):
    """A new project, or (`project`) one saved before."""

    record_table = "projects"

    def __init__(
        self,
        services: Services,
        project: ProjectRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        title = self.tr("New project") if project is None else self.tr("Edit project")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._services = services
        self._project = project
        self.saved_project: ProjectRecord | None = None
        self.name_edit = self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.reference_edit = self.add_field(
            "reference",
            self.tr("Reference"),
            QLineEdit(),
            help_text=self.tr("The funder's case or project number, as on its decision."),
        )
        self.funding_edit = self.add_field("funding_source", self.tr("Funding"), QLineEdit())
        self.funding_edit.setPlaceholderText(self.tr("ESF+, the municipality, …"))
        today = services.clock.today()
        self.start_date_edit = self.add_field(
            "start_date", self.tr("From"), date_edit(date(today.year, 1, 1)), required=True
        )
        self.end_date_edit = self.add_field(
            "end_date", self.tr("To"), date_edit(date(today.year + 2, 12, 31)), required=True
        )
        self.target_edit = self.add_field(
            "target_participants",
            self.tr("Target (people)"),
            QLineEdit(),
            help_text=self.tr(
                "How many people the project is to reach. People, not placements: someone "
                "with two placements counts once."
            ),
        )
        if project is not None:
            self.name_edit.setText(project.name)
            self.reference_edit.setText(project.reference)
            self.funding_edit.setText(project.funding_source)
            self.start_date_edit.setDate(project.start_date)
            self.end_date_edit.setDate(project.end_date)
            target = project.target_participants
            self.target_edit.setText("" if target is None else str(target))
            self.mark_untouched()
            self.edit_record(project)
        self.resize(520, 380)

    def record_noun(self) -> str:
        return self.tr("this project")

    def read_fields(self, reader: FieldReader) -> ProjectFields:
        return ProjectFields(
            name=self.name_edit.text(),
            reference=self.reference_edit.text(),
            funding_source=self.funding_edit.text(),
            start_date=reader.date(self.start_date_edit, "start_date"),
            end_date=reader.date(self.end_date_edit, "end_date"),
            target_participants=reader.optional_int("target_participants", self.target_edit),
        )

    def validate(self, fields: ProjectFields) -> None:
        validate_project(fields)

    def save(self, fields: ProjectFields) -> Changes:
        if self._project is None:
            saved = self._services.projects.add(fields)
        else:
            saved = self._services.projects.update(
                self._project.id, fields, expected_version=self.expected_version()
            )
        self.saved_project = saved.project
        return saved.changes


class ProjectsPanel(QWidget):
    """The projects and their reports. `chosen_period` is the screen's period, for a report
    of part of a project's time."""

    def __init__(
        self,
        services: Services,
        navigator: Navigator,
        chosen_period: Callable[[], Period],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self._chosen_period = chosen_period
        self.open_dialog: ProjectDialog | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.heading_label = section_heading(self.tr("Projects"))
        self.note_label = QLabel(
            self.tr(
                "A project is a funded programme (ESF+ and the like) with a period and a "
                "target number of people; a placement belongs to one on its form. The "
                "project report counts people, not placements, by gender and age band, "
                "beside the target."
            )
        )
        self.note_label.setWordWrap(True)
        self.note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model: RowsTableModel[ProjectLine] = RowsTableModel(
            [
                Column(self.tr("Name"), lambda line: line.project.name, whole=True),
                Column(
                    self.tr("Period"),
                    lambda line: (
                        self.tr("%1 – %2")
                        .replace("%1", shown_date(line.project.start_date))
                        .replace("%2", shown_date(line.project.end_date))
                    ),
                    sort_key=lambda line: line.project.start_date,
                    whole=True,
                ),
                Column(self.tr("Funding"), lambda line: line.project.funding_source, stretch=True),
                Column(
                    self.tr("Target"),
                    lambda line: str(line.project.target_participants or ""),
                    sort_key=lambda line: line.project.target_participants or 0,
                ),
                Column(
                    self.tr("People so far"),
                    self._people_text,
                    sort_key=lambda line: line.people,
                ),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Projects"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.edit_project())
        fit_columns_to_contents(self.table)
        self.empty_label = QLabel(
            self.tr(
                "No projects yet. Add one with New project to follow its people against its "
                "target; then choose it on each placement that belongs to it."
            )
        )
        self.empty_label.setWordWrap(True)

        self.new_action = screen_action(
            self, self.tr("&New project…"), self.new_project, icon=icons.get("add")
        )
        self.print_action = screen_action(
            self, self.tr("Print projec&t report…"), self.print_report, icon=icons.get("print")
        )
        self.export_action = screen_action(
            self, self.tr("Export project report (&XLSX)…"), self.export_report
        )
        self.new_button = ActionButton(self.new_action)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen project"))
        self.edit_button.clicked.connect(self.edit_project)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen project"))
        self.remove_button.clicked.connect(self.remove_project)
        self.print_button = ActionButton(self.print_action)
        self.export_button = ActionButton(self.export_action)
        self.period_check = QCheckBox(self.tr("For the period chosen above only"))
        self.period_check.setToolTip(
            self.tr("Unticked, the report covers the project's own period.")
        )
        # Rows that wrap on a narrow window rather than widen it.
        records = FlowLayout()
        records.addWidget(self.new_button)
        records.addWidget(self.edit_button)
        records.add_apart(self.remove_button)
        reports = FlowLayout()
        for widget in (self.print_button, self.export_button, self.period_check):
            reports.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addLayout(records)
        layout.addLayout(reports)
        self.table.selectionModel().selectionChanged.connect(self._enable_buttons)
        self._enable_buttons()

    @property
    def menu_actions(self) -> list[QAction]:
        return [self.new_action, self.print_action, self.export_action]

    def refresh(self) -> None:
        chosen = self.chosen()
        lines = self._services.projects.lines()
        self.model.set_rows(lines)
        self.table.setVisible(bool(lines))
        self._fit_height(len(lines))
        self.empty_label.setVisible(not lines)
        if chosen is not None:
            for row, line in enumerate(lines):
                if line.project.id == chosen.id:
                    self.table.selectRow(row)
        elif len(lines) == 1:
            self.table.selectRow(0)
        self._enable_buttons()

    def _fit_height(self, rows: int) -> None:
        """As tall as its rows (a few at least, a screenful at most): a project list is
        short, and the screen scrolls as a whole."""
        shown = min(max(rows, 2), MOST_ROWS_SHOWN)
        row_height = self.table.verticalHeader().defaultSectionSize()
        frame = 2 * self.table.frameWidth()
        self.table.setFixedHeight(
            self.table.horizontalHeader().sizeHint().height() + shown * row_height + frame + 2
        )

    def chosen(self) -> ProjectRecord | None:
        index = self.table.currentIndex()
        if not self.table.selectionModel().hasSelection() or not index.isValid():
            return None
        return self.model.row_at(index.row()).project

    def select(self, project_id: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).project.id == project_id:
                self.table.selectRow(row)
                return

    def new_project(self) -> None:
        self._open(ProjectDialog(self._services, parent=self))

    def edit_project(self) -> None:
        project = self.chosen()
        if project is not None:
            self._open(ProjectDialog(self._services, project, parent=self))

    def remove_project(self) -> None:
        project = self.chosen()
        if project is None or not dialogs.ask(
            self,
            self.tr("Remove project"),
            self.tr("Remove the project %1?").replace("%1", project.name),
            self.tr("Remove"),
        ):
            return
        try:
            changes = self._services.projects.remove(project.id, expected_version=project.version)
        except (RuleViolationError, NotFoundError, StorageError, ConflictError) as error:
            dialogs.show_failure(self, self.tr("The project was not removed"), error)
            self.refresh()
            return
        self._saved(changes)

    def report_period(self) -> Period | None:
        """The period the report covers: None, the project's own, unless the screen's is
        asked for (and reads as a period)."""
        if not self.period_check.isChecked():
            return None
        period = self._chosen_period()
        return period if period.start <= period.end else None

    def print_report(self) -> None:
        project = self.chosen()
        if project is None:
            return
        period = self.report_period()
        projects = self._services.projects
        project_id = project.id

        def write(path: Path) -> WrittenDocument:
            return projects.write_report(project_id, path, period)

        self._navigator.print_document(self, document_file_name(REPORT_FILE, id=project_id), write)

    def export_report(self) -> None:
        project = self.chosen()
        if project is None:
            return
        period = self.report_period()
        projects = self._services.projects
        project_id = project.id

        def write(path: Path) -> WrittenDocument:
            return projects.write_report_xlsx(project_id, path, period)

        self._navigator.save_file(self, document_file_name(REPORT_XLSX_FILE, id=project_id), write)

    def _open(self, dialog: ProjectDialog) -> None:
        self.open_dialog = dialog
        dialog.saved.connect(lambda changes: self._saved(changes, dialog.saved_project))
        dialog.finished.connect(lambda _result: setattr(self, "open_dialog", None))
        dialog.open()

    def _saved(self, changes: Changes, project: ProjectRecord | None = None) -> None:
        self.refresh()
        if project is not None:
            self.select(project.id)
        self._navigator.publish(changes)

    def _people_text(self, line: ProjectLine) -> str:
        target = line.project.target_participants
        if not target:
            return str(line.people)
        return (
            self.tr("%1 (%2)")
            .replace("%1", str(line.people))
            .replace("%2", percent(line.people / target))
        )

    def _enable_buttons(self) -> None:
        chosen = self.chosen() is not None
        for widget in (self.edit_button, self.remove_button, self.print_button, self.export_button):
            widget.setEnabled(chosen)
