"""The placement form's subsidy and terms, its mentor and its project.

The subsidy and terms fold away under a button, open when the placement has any (or one of
them is wrong), so a placement without a subsidy keeps its short form on a laptop. The mentor
(the employer's or the unit's, with "New mentor…") and the project (those whose period covers
the start) are rows of the form itself.

The fields are the form's own (`FormDialog.add_field`), so their errors, the change guard and
a conflict's merge treat them as every other field."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import ListName
from ambassador.domain.errors import NotFoundError, Problem
from ambassador.domain.mentors import Mentor
from ambassador.domain.placement import TERMS_FIELDS, PlacementFields
from ambassador.domain.projects import Project
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import labels, list_combo
from ambassador.ui.common.date_field import DateField
from ambassador.ui.common.formatting import editable_number, shown_date
from ambassador.ui.common.forms import FieldReader, FormDialog, date_edit
from ambassador.ui.settings.mentors import MentorDialog


def _number(value: float | None) -> str:
    return "" if value is None else editable_number(value)


class TermsSection(QWidget):
    """The folding "Subsidy and terms" rows, added to `dialog`'s form by `add_terms`; the
    mentor's and project's rows by `add_mentor` and `add_project`."""

    def __init__(
        self,
        dialog: FormDialog[Any],
        services: Services,
        employer_id: Callable[[], int | None],
        start_date: Callable[[], date | None],
    ) -> None:
        """`employer_id` and `start_date`: the form's methods that read them."""
        super().__init__()
        # Weakly: the form owns this section, and a cycle back to it would keep its Python
        # side alive after Qt deleted it (with its parent window).
        self._dialog_ref = weakref.ref(dialog)
        self._services = services
        self._employer_id_ref = weakref.WeakMethod(employer_id)
        self._start_date_ref = weakref.WeakMethod(start_date)
        self._mentors_of: int | None = -1
        self._projects: list[Project] | None = None
        self.mentor_dialog: MentorDialog | None = None
        # What "New mentor…" saved, told to the window with the placement's save.
        self.changes = Changes()

        self.toggle_button = QToolButton()
        self.toggle_button.setCheckable(True)
        self.toggle_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle_button.setText(self.tr("Subsidy and terms"))
        self.toggle_button.setAccessibleName(self.tr("Subsidy and terms"))
        self.toggle_button.setAccessibleDescription(
            self.tr("Shows or hides the subsidy, the decision and the terms of employment.")
        )
        bold = self.toggle_button.font()
        bold.setBold(True)
        self.toggle_button.setFont(bold)
        self.toggle_button.toggled.connect(self._on_toggle_button_toggled)
        self.body = QWidget()
        self.body_form = QFormLayout(self.body)
        self.body_form.setContentsMargins(0, 0, 0, 0)
        self.body_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.body_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.body_form.setVerticalSpacing(8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.body)
        self.setFocusProxy(self.toggle_button)
        self._on_toggle_button_toggled(False)

    @property
    def _dialog(self) -> FormDialog[Any]:
        dialog = self._dialog_ref()
        assert dialog is not None  # the section lives in its form
        return dialog

    def _employer_id(self) -> int | None:
        method = self._employer_id_ref()
        return None if method is None else method()

    def _start_date(self) -> date | None:
        method = self._start_date_ref()
        return None if method is None else method()

    # Building ---------------------------------------------------------------------------

    def add_terms(self) -> None:
        """The section's rows, in the dialog's form where this widget is placed."""
        dialog = self._dialog
        dialog.form_layout.addRow(self)
        outer = dialog.form_layout
        dialog.form_layout = self.body_form  # add_field lays out in the form it is given
        try:
            self.subsidy_type_combo = QComboBox()
            self._fill_list(self.subsidy_type_combo, ListName.SUBSIDY_TYPES)
            dialog.add_field("subsidy_type", self.tr("Subsidy type"), self.subsidy_type_combo)
            self.subsidy_amount_edit = dialog.add_field(
                "subsidy_amount", self.tr("Subsidy (kr a month)"), QLineEdit()
            )
            self.subsidy_percent_edit = dialog.add_field(
                "subsidy_percent",
                self.tr("Subsidy (% of the wage)"),
                QLineEdit(),
                help_text=self.tr(
                    "Give the amount, the share, or both for a share up to a ceiling."
                ),
            )
            self.decision_number_edit = dialog.add_field(
                "decision_number", self.tr("Decision number"), QLineEdit()
            )
            self.decision_start_edit: DateField = dialog.add_field(
                "decision_start", self.tr("Decision from"), date_edit(None, optional=True)
            )
            self.decision_end_edit: DateField = dialog.add_field(
                "decision_end",
                self.tr("Decision until"),
                date_edit(None, optional=True),
                help_text=self.tr(
                    "Overview warns before this day, in time to apply for the renewal."
                ),
            )
            self.agreement_form_combo = QComboBox()
            self._fill_list(self.agreement_form_combo, ListName.AGREEMENT_FORMS)
            dialog.add_field("agreement_form", self.tr("Agreement form"), self.agreement_form_combo)
            self.employer_of_record_edit = dialog.add_field(
                "employer_of_record",
                self.tr("Employer of record"),
                QLineEdit(),
                help_text=self.tr("Who employs the participant formally, when not the employer."),
            )
            self.municipal_cost_edit = dialog.add_field(
                "municipal_cost",
                self.tr("Municipality's cost (kr a month)"),
                QLineEdit(),
                help_text=self.tr("Internal: not printed on the agreement."),
            )
        finally:
            dialog.form_layout = outer

    def add_mentor(self) -> None:
        """The mentor and their hours a week, a row of the dialog's form."""
        dialog = self._dialog
        self.mentor_combo = QComboBox()
        self.new_mentor_button = QPushButton(self.tr("New mentor…"))
        self.new_mentor_button.setAccessibleName(self.tr("New mentor"))
        self.new_mentor_button.clicked.connect(self._on_new_mentor_button_clicked)
        self.mentor_hours_edit = QLineEdit()
        self.mentor_hours_edit.setAccessibleName(self.tr("Mentor's hours a week"))
        self.mentor_hours_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 12))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.mentor_combo, 1)
        line.addWidget(self.new_mentor_button)
        row.setFocusProxy(self.mentor_combo)
        dialog.add_field(
            "mentor_id",
            self.tr("Mentor"),
            row,
            help_text=self.tr("The employer's own mentors and the unit's; add one here."),
            tracked=False,
        )
        dialog.field_widgets["mentor_id"] = self.mentor_combo
        self.mentor_combo.currentIndexChanged.connect(lambda *_args: self._edited("mentor_id"))
        self.mentor_combo.setAccessibleName(self.tr("Mentor"))
        dialog.add_field("mentor_hours", self.tr("Mentor's hours a week"), self.mentor_hours_edit)

    def add_project(self) -> None:
        self.project_combo = QComboBox()
        self._dialog.add_field(
            "project_id",
            self.tr("Project"),
            self.project_combo,
            help_text=self.tr("The projects whose period covers the start date."),
        )
        self.refresh_projects()

    def _fill_list(self, combo: QComboBox, name: ListName) -> None:
        list_combo.fill(combo, name, self._services.settings.list_labels(name))
        combo.insertItem(0, self.tr("— none —"), "")
        combo.setCurrentIndex(0)

    # Filling and reading ----------------------------------------------------------------

    def fill(self, fields: PlacementFields) -> None:
        list_combo.choose(self.subsidy_type_combo, ListName.SUBSIDY_TYPES, fields.subsidy_type)
        self.subsidy_amount_edit.setText(_number(fields.subsidy_amount))
        percent = fields.subsidy_percent
        self.subsidy_percent_edit.setText("" if percent is None else str(percent))
        self.decision_number_edit.setText(fields.decision_number)
        self.decision_start_edit.setText(shown_date(fields.decision_start))
        self.decision_end_edit.setText(shown_date(fields.decision_end))
        list_combo.choose(
            self.agreement_form_combo, ListName.AGREEMENT_FORMS, fields.agreement_form
        )
        self.employer_of_record_edit.setText(fields.employer_of_record)
        self.municipal_cost_edit.setText(_number(fields.municipal_cost))
        self.refresh_mentors(fields.mentor_id)
        self.mentor_hours_edit.setText(_number(fields.mentor_hours))
        self.refresh_projects(fields.project_id)
        self.toggle_button.setChecked(self.has_terms())

    def read(self, reader: FieldReader) -> dict[str, Any]:
        """The section's values by field name, to put in the placement's fields."""
        mentor = self.mentor_combo.currentData()
        project = self.project_combo.currentData()
        return {
            "subsidy_type": list_combo.chosen(self.subsidy_type_combo),
            "subsidy_amount": reader.optional_float("subsidy_amount", self.subsidy_amount_edit),
            "subsidy_percent": reader.optional_int("subsidy_percent", self.subsidy_percent_edit),
            "decision_number": self.decision_number_edit.text(),
            "decision_start": reader.optional_date("decision_start", self.decision_start_edit),
            "decision_end": reader.optional_date("decision_end", self.decision_end_edit),
            "agreement_form": list_combo.chosen(self.agreement_form_combo),
            "employer_of_record": self.employer_of_record_edit.text(),
            "municipal_cost": reader.optional_float("municipal_cost", self.municipal_cost_edit),
            "mentor_id": None if mentor is None else int(mentor),
            "mentor_hours": reader.optional_float("mentor_hours", self.mentor_hours_edit),
            "project_id": None if project is None else int(project),
        }

    def has_terms(self) -> bool:
        """Whether any field of the folded section holds something."""
        combos = (self.subsidy_type_combo, self.agreement_form_combo)
        edits = (
            self.subsidy_amount_edit,
            self.subsidy_percent_edit,
            self.decision_number_edit,
            self.decision_start_edit,
            self.decision_end_edit,
            self.employer_of_record_edit,
            self.municipal_cost_edit,
        )
        return any(list_combo.chosen(c) for c in combos) or any(e.text().strip() for e in edits)

    def reveal(self, problems: Sequence[Problem]) -> None:
        """Unfold the section when a problem is in one of its fields, so its error shows."""
        if any(problem.field in TERMS_FIELDS for problem in problems):
            self.toggle_button.setChecked(True)

    def refresh_mentors(self, chosen: int | None = None, *, force: bool = False) -> None:
        """The employer's mentors, then the unit's, after "none"; `chosen` (else the one
        chosen now) stays chosen, listed even where it no longer serves the employer."""
        employer_id = self._employer_id()
        if not force and employer_id == self._mentors_of and chosen is None:
            return
        keep = chosen if chosen is not None else self.mentor_combo.currentData()
        self._mentors_of = employer_id
        mentors = self._services.mentors.for_employer(employer_id)
        if keep is not None and all(m.id != keep for m in mentors):
            try:
                mentors.append(self._services.mentors.get(int(keep)))
            except NotFoundError:  # a mentor since removed is not offered
                keep = None
        self.mentor_combo.blockSignals(True)
        self.mentor_combo.clear()
        self.mentor_combo.addItem(self.tr("— none —"), None)
        for mentor in mentors:
            self.mentor_combo.addItem(self._mentor_text(mentor), mentor.id)
        labels.select_data(self.mentor_combo, keep)
        self.mentor_combo.blockSignals(False)

    def refresh_projects(self, chosen: int | None = None) -> None:
        """The projects whose period covers the start date, after "none"; `chosen` (else the
        one chosen now) stays, covering or not."""
        keep = chosen if chosen is not None else self.project_combo.currentData()
        if self._projects is None:
            self._projects = self._services.projects.projects()
        start = self._start_date()
        offered = [p for p in self._projects if p.id == keep or start is None or p.covers(start)]
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        self.project_combo.addItem(self.tr("— none —"), None)
        for project in offered:
            self.project_combo.addItem(project.name, project.id)
        labels.select_data(self.project_combo, keep)
        self.project_combo.blockSignals(False)
        self.project_combo.setEnabled(self.project_combo.count() > 1)

    def _mentor_text(self, mentor: Mentor) -> str:
        if mentor.in_unit:
            return self.tr("%1 (the unit)").replace("%1", mentor.name)
        return mentor.name

    # Slots ------------------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        self._dialog._on_field_edited(field)  # noqa: SLF001 - the form's own edit handling

    def _on_toggle_button_toggled(self, checked: bool) -> None:
        self.body.setVisible(checked)
        self.toggle_button.setArrowType(
            Qt.ArrowType.DownArrow if checked else Qt.ArrowType.RightArrow
        )

    def _on_new_mentor_button_clicked(self) -> None:
        dialog = MentorDialog(self._services, employer_id=self._employer_id(), parent=self._dialog)
        self.mentor_dialog = dialog
        dialog.accepted.connect(lambda: self._mentor_added(dialog))
        dialog.open()

    def _mentor_added(self, dialog: MentorDialog) -> None:
        mentor = dialog.saved_mentor
        if dialog.changes is not None:
            self.changes = self.changes | dialog.changes
        if mentor is not None:
            self.refresh_mentors(mentor.id, force=True)
            self._edited("mentor_id")
