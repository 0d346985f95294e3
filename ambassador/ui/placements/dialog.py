"""The forms that register or edit a placement with its follow-up plan, and end it."""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.browse import Choice
from ambassador.domain.employer import Contact
from ambassador.domain.enums import ListName
from ambassador.domain.errors import Problem
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.placement import (
    Placement,
    PlacementFields,
    validate_placement,
)
from ambassador.domain.plan import FollowUpPlan
from ambassador.domain.tasks import COVERED_TASKS_FIELD
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import dialogs, labels, list_combo
from ambassador.ui.common.formatting import editable_number, long_date, shown_date
from ambassador.ui.common.forms import FieldReader, date_edit, text_area, to_qdate
from ambassador.ui.common.versioned_form import VersionedFormDialog
from ambassador.ui.i18n import message
from ambassador.ui.placements import plan_editor
from ambassador.ui.placements.plan_editor import plan_in_words
from ambassador.ui.placements.tasks_covered import TasksCovered
from ambassador.ui.placements.terms_section import TermsSection

# The entries measured to size a searchable combo: the longest by characters, several of
# them, since in proportional letters a text a little shorter may be wider ("MMM" > "iiii").
MEASURED_ENTRIES = 20

CHOOSE_PARTICIPANT = QT_TRANSLATE_NOOP("Messages", "Choose a participant from the list.")
CHOOSE_EMPLOYER = QT_TRANSLATE_NOOP("Messages", "Choose an employer from the list.")


def searchable_combo(placeholder: str = "") -> QComboBox:
    """A combo the person can type into; any part of an entry finds it. `placeholder` shows
    while nothing is typed."""
    combo = QComboBox()
    _make_searchable(combo, placeholder)
    return combo


def named_combo(placeholder: str = "") -> NamedCombo:
    """A searchable combo of named records, filled by `fill_named`."""
    combo = NamedCombo()
    _make_searchable(combo, placeholder)
    return combo


def _make_searchable(combo: QComboBox, placeholder: str) -> None:
    combo.setEditable(True)
    line_edit = combo.lineEdit()
    assert line_edit is not None  # an editable combo has one
    line_edit.setPlaceholderText(placeholder)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)


class NamedCombo(QComboBox):
    """A combo of named records (participants, employers): the names in Qt's list, added in
    one call, and each one's id beside it here. Added one by one with its id, 10,000
    employers took ~30 ms to list, and 30,000 participants three times that, at each fill;
    as names alone, ~3 ms. `itemData`, `currentData` and `findData` answer from the ids, so
    a form reads this combo as any other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []

    def set_entries(self, texts: list[str], ids: list[int]) -> None:
        self.clear()
        self._ids = list(ids)
        self.addItems(texts)

    def clear(self) -> None:
        super().clear()
        self._ids = []

    def id_at(self, index: int) -> int | None:
        return self._ids[index] if 0 <= index < len(self._ids) else None

    def itemData(  # noqa: N802 (Qt's name)
        self, index: int, role: int = Qt.ItemDataRole.UserRole
    ) -> object:
        if role != Qt.ItemDataRole.UserRole:
            return super().itemData(index, role)
        return self.id_at(index)

    def currentData(self, role: int = Qt.ItemDataRole.UserRole) -> object:  # noqa: N802
        return self.itemData(self.currentIndex(), role)

    def findData(  # noqa: N802 (Qt's name)
        self,
        data: object,
        role: int = Qt.ItemDataRole.UserRole,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive,
    ) -> int:
        if role != Qt.ItemDataRole.UserRole:
            return super().findData(data, role, flags)
        try:
            return self._ids.index(data)  # type: ignore[arg-type]
        except ValueError:
            return -1


def fill_named(combo: NamedCombo, choices: list[Choice], *, as_wide_as_names: bool = False) -> None:
    """The distinction is shown only for equal names. The combo is sized by a count of
    characters (`size_by_count`): `as_wide_as_names`, to its widest name (a filter's); else
    to its placeholder, for a form to stretch."""
    counts = Counter(choice.name for choice in choices)
    texts = [
        f"{choice.name} ({choice.distinction})"
        if counts[choice.name] > 1 and choice.distinction
        else choice.name
        for choice in choices
    ]
    combo.set_entries(texts, [choice.id for choice in choices])
    size_by_count(combo, texts if as_wide_as_names else [])
    combo.setCurrentIndex(-1)


def size_by_count(combo: QComboBox, texts: list[str]) -> None:
    """Size `combo` to the widest of `texts` and its placeholder, measuring only the longest
    few texts. Sized to its contents, Qt measures every entry each time a layout asks its
    size: ~55 ms for 10,000 employers, three times that for 30,000 participants."""
    metrics = combo.fontMetrics()
    measured = heapq.nlargest(MEASURED_ENTRIES, texts, key=len)
    line = combo.lineEdit()
    if line is not None:
        measured.append(line.placeholderText())
    widest = max((metrics.horizontalAdvance(text) for text in measured), default=0)
    # Qt gives such a combo room for this many capital X's (QComboBox's own unit).
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(math.ceil(widest / metrics.horizontalAdvance("X")))


def chosen_id(combo: NamedCombo) -> int | None:
    """The id of the entry whose text is in the combo; None when the text names none."""
    text = combo.currentText().strip()
    if not text:
        return None
    index = combo.currentIndex()
    if index < 0 or combo.itemText(index) != text:
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return combo.id_at(index)


def select_id(combo: NamedCombo, record_id: int) -> None:
    """Select the entry of `record_id`, or none (unlike labels.select_data, never the first)."""
    combo.setCurrentIndex(combo.findData(record_id))


def fill_contacts(combo: QComboBox, contacts: list[Contact], none_text: str) -> None:
    combo.clear()
    combo.addItem(none_text, None)
    for contact in contacts:
        combo.addItem(f"{contact.name} ({labels.label(contact.role)})", contact.id)


class PlacementDialog(VersionedFormDialog[PlacementFields]):
    record_table = "placements"

    def __init__(
        self,
        services: Services,
        today: date,
        placement: Placement | None = None,
        *,
        participant_id: int | None = None,
        employer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        title = self.tr("New placement") if placement is None else self.tr("Edit placement")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._services = services
        self._today = today
        self._placement = placement
        self._contacts_of: int | None = None
        self._warnings: tuple[str, ...] = ()
        self.saved_placement: Placement | None = None
        self._build_ui()
        if placement is not None:
            self._fill(placement)
        else:
            if participant_id is not None:
                select_id(self.participant_combo, participant_id)
            if employer_id is not None:
                select_id(self.employer_combo, employer_id)
            self._set_plan(services.settings.plan_for_type(list_combo.chosen(self.type_combo)))
        self._refresh_supervisors()
        if placement is not None:
            labels.select_data(self.supervisor_combo, placement.supervisor_id)
            self.terms.fill(placement)
        else:
            self.terms.refresh_mentors(force=True)
        self.mark_untouched()
        if placement is not None:
            self.edit_record(placement)
        self.resize(620, 720)

    def _build_ui(self) -> None:
        self.participant_combo = named_combo(self.tr("Type part of the name"))
        fill_named(self.participant_combo, self._services.browse.participant_choices())
        self.add_field(
            "participant_id", self.tr("Participant"), self.participant_combo, required=True
        )
        self.participant_combo.editTextChanged.connect(self._on_picker_edited)

        self.employer_combo = named_combo(self.tr("Type part of the name"))
        fill_named(self.employer_combo, self._services.browse.employer_choices())
        # Before add_field, so the supervisors are current when the form is checked.
        self.employer_combo.currentIndexChanged.connect(self._refresh_supervisors)
        self.employer_combo.editTextChanged.connect(self._refresh_supervisors)
        self.add_field("employer_id", self.tr("Employer"), self.employer_combo, required=True)
        self.employer_combo.editTextChanged.connect(self._on_picker_edited)

        self.unit_edit = self.add_field(
            "unit",
            self.tr("Unit"),
            QLineEdit(),
            help_text=self.tr("The workplace within the employer, for example a department."),
        )
        self.supervisor_combo = QComboBox()
        self.add_field(
            "supervisor_id",
            self.tr("Supervisor"),
            self.supervisor_combo,
            help_text=self.tr("A contact at the employer; add contacts on the employer."),
        )
        self.type_combo = QComboBox()
        list_combo.fill(
            self.type_combo,
            ListName.PLACEMENT_TYPES,
            self._services.settings.list_labels(ListName.PLACEMENT_TYPES),
        )
        self.add_field("placement_type", self.tr("Placement type"), self.type_combo, required=True)
        self.type_combo.currentTextChanged.connect(self._on_type_changed)
        self.terms = TermsSection(self, self._services, self._employer_id, self._start_day)
        self.terms.add_mentor()
        self.employer_combo.currentIndexChanged.connect(self._refresh_mentors)

        self.add_heading(self.tr("Period and extent"))
        self.start_date_edit = self.add_field(
            "start_date", self.tr("Start date"), date_edit(self._today), required=True
        )
        # Said in the form as soon as the date is typed, and asked once more on saving: a
        # start in the past makes check-ins that are already due.
        self.past_start_label = QLabel()
        self.past_start_label.setWordWrap(True)
        self.past_start_label.hide()
        self.form_layout.addRow("", self.past_start_label)
        self.start_date_edit.edited.connect(self._show_past_start)
        self.planned_end_edit = date_edit(None, optional=True)
        self.planned_end_edit.set_reference(self._today)
        self.add_field(
            "planned_end_date",
            self.tr("Planned end date"),
            self.planned_end_edit,
            help_text=self.tr("May be left empty while the end is not decided."),
        )
        self.terms.add_project()
        self.start_date_edit.dateChanged.connect(lambda *_args: self.terms.refresh_projects())
        self.hours_edit = self.add_field("hours_per_week", self.tr("Hours per week"), QLineEdit())
        self.percent_edit = self.add_field("extent_percent", self.tr("Extent (%)"), QLineEdit())

        self.add_heading(self.tr("Plan"))
        self.purpose_edit = self.add_field("purpose", self.tr("Purpose"), text_area(3))
        self.goals_edit = self.add_field("goals", self.tr("Goals"), text_area(3))
        self.tasks_edit = self.add_field("tasks", self.tr("Tasks"), text_area(3))
        self.tasks_covered = TasksCovered(self._services.employers.tasks)
        self.add_field(
            COVERED_TASKS_FIELD,
            self.tr("Tasks covered"),
            self.tasks_covered,
            help_text=self.tr("The employer's tasks on offer that this placement covers."),
        )
        self.tasks_covered.edited.connect(lambda: self._on_field_edited(COVERED_TASKS_FIELD))
        self.employer_combo.currentIndexChanged.connect(self._refresh_tasks)
        self.employer_combo.editTextChanged.connect(self._refresh_tasks)
        self.support_edit = self.add_field(
            "support", self.tr("Agreed support and adaptations"), text_area(3)
        )
        self.compensation_edit = self.add_field(
            "compensation",
            self.tr("Compensation"),
            text_area(2),
            help_text=self.tr("For example a supervisor allowance or a wage subsidy."),
        )

        self.terms.add_terms()

        self.add_heading(self.tr("Follow-up"))
        self._build_plan_row()

    def _build_plan_row(self) -> None:
        self._plan: FollowUpPlan | None = None
        self._plan_edited = False  # a plan the person chose is not replaced by the type's
        self.plan_label = QLabel()
        self.plan_label.setWordWrap(True)
        self.change_plan_button = QPushButton(self.tr("Change plan…"))
        self.change_plan_button.setAccessibleName(self.tr("Change plan"))
        self.change_plan_button.clicked.connect(self._on_change_plan_button_clicked)
        self.plan_help_label = QLabel(
            self.tr(
                "Planned check-ins are made from the start date up to the planned end, "
                "closer together in the first weeks. A new placement gets its type's plan."
            )
        )
        self.plan_help_label.setWordWrap(True)
        self.plan_help_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        row = QWidget()
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        line.addWidget(self.plan_label, 1)
        line.addWidget(self.change_plan_button)
        column.addLayout(line)
        column.addWidget(self.plan_help_label)
        row.setFocusProxy(self.change_plan_button)
        self.add_field("plan", self.tr("Follow-up plan"), row)
        self.plan_label.setAccessibleName(self.tr("Follow-up plan"))

    def _set_plan(self, plan: FollowUpPlan | None) -> None:
        self._plan = plan
        self.plan_label.setText(plan_in_words(plan))

    def plan(self) -> FollowUpPlan | None:
        return self._plan

    def _fill(self, placement: Placement) -> None:
        select_id(self.participant_combo, placement.participant_id)
        select_id(self.employer_combo, placement.employer_id)
        self.participant_combo.setEnabled(False)
        self.employer_combo.setEnabled(False)
        self.unit_edit.setText(placement.unit)
        # A type since made inactive is added.
        list_combo.choose(self.type_combo, ListName.PLACEMENT_TYPES, placement.placement_type)
        self.start_date_edit.setDate(to_qdate(placement.start_date))
        end = placement.planned_end_date
        self.planned_end_edit.setText(shown_date(end))
        hours = placement.hours_per_week
        self.hours_edit.setText("" if hours is None else editable_number(hours))
        percent = placement.extent_percent
        self.percent_edit.setText("" if percent is None else str(percent))
        self.purpose_edit.setPlainText(placement.purpose)
        self.goals_edit.setPlainText(placement.goals)
        self.tasks_edit.setPlainText(placement.tasks)
        self.tasks_covered.show_employer(placement.employer_id, placement.task_ids)
        self.support_edit.setPlainText(placement.support)
        self.compensation_edit.setPlainText(placement.compensation)
        self._set_plan(placement.plan)

    # Slots ------------------------------------------------------------------------------

    def _past_start_days(self) -> int:
        """How many days ago a new placement's start date is; 0 when today, ahead, an edit
        (its start was asked when it was registered) or not a date yet."""
        start = self.start_date_edit.day()
        if self._placement is not None or start is None or start >= self._today:
            return 0
        return (self._today - start).days

    def _show_past_start(self) -> None:
        days = self._past_start_days()
        self.past_start_label.setText(
            self.tr(
                "The start date is %n day(s) ago: check-ins since then are due at once.", "", days
            )
            if days
            else ""
        )
        self.past_start_label.setVisible(bool(days))

    def _start_confirmed(self) -> bool:
        """A new placement starting in the past is saved once the person says so; asked only
        when nothing else stops the save, so the question comes once."""
        days = self._past_start_days()
        if not days or self.problems()[1]:
            return True
        start = self.start_date_edit.day()
        assert start is not None
        if dialogs.ask(
            self,
            self.tr("Start in the past?"),
            self.tr(
                "The placement starts on %1, %n day(s) ago. Register it as started then?", "", days
            ).replace("%1", long_date(start)),
            self.tr("Register with this start"),
        ):
            return True
        self.start_date_edit.setFocus()
        return False

    def _on_picker_edited(self, _text: str) -> None:
        # Typing a name changes no index; check again so a fixed error goes away.
        self.revalidate()

    def _on_type_changed(self, _shown: str) -> None:
        # Only a new placement is proposed its type's plan, and only until the person chose.
        if self._placement is None and not self._plan_edited:
            placement_type = list_combo.chosen(self.type_combo)
            self._set_plan(self._services.settings.plan_for_type(placement_type))

    def _on_change_plan_button_clicked(self) -> None:
        accepted, plan = plan_editor.ask_for_plan(self, self._plan)
        if accepted:
            self._plan_edited = True
            self._set_plan(plan)
            self._on_field_edited("plan")

    def _employer_id(self) -> int | None:
        # A placement keeps its employer and participant, even one the pickers no longer list.
        if self._placement is not None:
            return self._placement.employer_id
        return chosen_id(self.employer_combo)

    def _participant_id(self) -> int | None:
        if self._placement is not None:
            return self._placement.participant_id
        return chosen_id(self.participant_combo)

    def _start_day(self) -> date | None:
        return self.start_date_edit.day()

    def _refresh_mentors(self, *_args: object) -> None:
        self.terms.refresh_mentors()

    def show_problems(self, problems: Sequence[Problem]) -> None:
        self.terms.reveal(problems)  # a folded field's error shows
        super().show_problems(problems)

    def _refresh_supervisors(self, *_args: object) -> None:
        employer_id = self._employer_id()
        if employer_id == self._contacts_of and self.supervisor_combo.count():
            return
        chosen = self.supervisor_combo.currentData()
        self._contacts_of = employer_id
        contacts = [] if employer_id is None else self._services.employers.contacts(employer_id)
        fill_contacts(self.supervisor_combo, contacts, self.tr("— none —"))
        labels.select_data(self.supervisor_combo, chosen)
        self.supervisor_combo.setEnabled(bool(contacts))

    # Checking and saving ----------------------------------------------------------------

    def record_noun(self) -> str:
        return self.tr("this placement")

    def _refresh_tasks(self, *_args: object) -> None:
        self.tasks_covered.show_employer(self._employer_id())

    def value_text(self, name: str, value: object) -> str:
        if name == COVERED_TASKS_FIELD and isinstance(value, tuple):
            return self.tasks_covered.text_of(value)
        if name == "plan":
            return plan_in_words(value if isinstance(value, FollowUpPlan) else None)
        return super().value_text(name, value)

    def read_fields(self, reader: FieldReader) -> PlacementFields:
        participant_id = self._participant_id()
        if participant_id is None:
            reader.problems.append(Problem("participant_id", CHOOSE_PARTICIPANT))
        employer_id = self._employer_id()
        if employer_id is None:
            reader.problems.append(Problem("employer_id", CHOOSE_EMPLOYER))
        return PlacementFields(
            participant_id=participant_id or 0,
            employer_id=employer_id or 0,
            placement_type=list_combo.chosen(self.type_combo),
            start_date=reader.date(self.start_date_edit),
            planned_end_date=reader.optional_date("planned_end_date", self.planned_end_edit),
            unit=self.unit_edit.text(),
            supervisor_id=self.supervisor_combo.currentData(),
            hours_per_week=reader.optional_float("hours_per_week", self.hours_edit),
            extent_percent=reader.optional_int("extent_percent", self.percent_edit),
            purpose=self.purpose_edit.toPlainText(),
            goals=self.goals_edit.toPlainText(),
            tasks=self.tasks_edit.toPlainText(),
            task_ids=self.tasks_covered.task_ids(),
            support=self.support_edit.toPlainText(),
            compensation=self.compensation_edit.toPlainText(),
            plan=self._plan,
            **self.terms.read(reader),
        )

    def validate(self, fields: PlacementFields) -> None:
        validate_placement(fields)

    def save(self, fields: PlacementFields) -> Changes:
        if self._placement is None:
            saved = self._services.placements.create(fields)
        else:
            saved = self._services.placements.update(
                self._placement.id, fields, expected_version=self.expected_version()
            )
        self.saved_placement = saved.placement
        self._warnings = saved.warnings
        return saved.changes | self.terms.changes

    def accept(self) -> None:
        if not self._start_confirmed():
            return
        super().accept()
        if self.result() != self.DialogCode.Accepted:
            return
        warnings, self._warnings = self._warnings, ()
        for warning in warnings:
            dialogs.inform(self.parentWidget(), self.tr("Placement saved"), message(warning))

    def done(self, result: int) -> None:
        super().done(result)
        # A mentor added with "New mentor…" is saved whatever becomes of the placement: told
        # with the placement's save, or here when the form closes without one, so the window
        # (Inställningar's mentors) hears of it.
        if result != self.DialogCode.Accepted and not self.terms.changes.empty:
            self.saved.emit(self.terms.changes)
