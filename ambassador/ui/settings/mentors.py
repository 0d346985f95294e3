"""Inställningar's mentors: the unit's own and those at employers, listed, added, changed and
removed (a mentor a placement names stays); and the form for one, which the placement form
opens too ("New mentor…").

Mentors are records, not settings: each is saved by its own form, not by the screen's Save."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.errors import ConflictError, NotFoundError, RuleViolationError, StorageError
from ambassador.domain.mentors import Mentor, MentorFields, validate_mentor
from ambassador.domain.sorting import sort_key
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import dialogs
from ambassador.ui.common.forms import FieldReader
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.table_model import Column, RowsTableModel
from ambassador.ui.common.versioned_form import VersionedFormDialog
from ambassador.ui.common.widgets import fit_columns_to_contents


class MentorDialog(VersionedFormDialog[MentorFields]):
    """A new mentor, or (`mentor`) one saved before. `employer_id`: where a new mentor is
    proposed to work (the placement's employer); None proposes the unit."""

    record_table = "mentors"

    def __init__(
        self,
        services: Services,
        mentor: Mentor | None = None,
        *,
        employer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        title = self.tr("New mentor") if mentor is None else self.tr("Edit mentor")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._services = services
        self._mentor = mentor
        self.saved_mentor: Mentor | None = None
        self.name_edit = self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.where_combo = QComboBox()
        self.where_combo.addItem(self.tr("The unit (any employer)"), None)
        country = services.employers.country()
        for employer in sorted(services.employers.page(), key=lambda e: sort_key(e.name, country)):
            self.where_combo.addItem(employer.name, employer.id)
        self.add_field(
            "employer_id",
            self.tr("Works at"),
            self.where_combo,
            help_text=self.tr(
                "A mentor at an employer is offered on that employer's placements; the "
                "unit's own on every placement."
            ),
        )
        self.phone_edit = self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.email_edit = self.add_field("email", self.tr("Email"), QLineEdit())
        where = employer_id if mentor is None else mentor.employer_id
        self.where_combo.setCurrentIndex(max(self.where_combo.findData(where), 0))
        if mentor is not None:
            self.name_edit.setText(mentor.name)
            self.phone_edit.setText(mentor.phone)
            self.email_edit.setText(mentor.email)
            self.mark_untouched()
            self.edit_record(mentor)
        self.resize(480, 320)

    def record_noun(self) -> str:
        return self.tr("this mentor")

    def read_fields(self, reader: FieldReader) -> MentorFields:
        where = self.where_combo.currentData()
        return MentorFields(
            name=self.name_edit.text(),
            employer_id=None if where is None else int(where),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
        )

    def validate(self, fields: MentorFields) -> None:
        validate_mentor(fields)

    def save(self, fields: MentorFields) -> Changes:
        if self._mentor is None:
            saved = self._services.mentors.add(fields)
        else:
            saved = self._services.mentors.update(
                self._mentor.id, fields, expected_version=self.expected_version()
            )
        self.saved_mentor = saved.mentor
        return saved.changes


class MentorsGroup(QGroupBox):
    """The mentors, each with where they work; New, Edit and Remove. `changed` carries what a
    save or a removal changed."""

    changed = Signal(object)  # Changes

    def __init__(
        self, services: Services, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Mentors"), parent)
        self._services = services
        self._navigator = navigator
        self._employer_names: dict[int, str] = {}
        # Set by a save until the mentors are read again (the screen's refresh() reads them
        # first, as the window builds it).
        self._stale = False
        self.open_dialog: MentorDialog | None = None
        self.note_label = QLabel(
            self.tr(
                "A mentor guides a participant on a placement, at the employer or from the "
                "unit; the placement form names them and their hours a week. Each mentor is "
                "saved by their own form."
            )
        )
        self.note_label.setWordWrap(True)
        self.note_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.model: RowsTableModel[Mentor] = RowsTableModel(
            [
                Column(self.tr("Name"), lambda m: m.name, name=True),
                Column(self.tr("Works at"), self._where, name=True, stretch=True),
                Column(self.tr("Phone"), lambda m: m.phone),
                Column(self.tr("Email"), lambda m: m.email),
            ]
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Mentors"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setMinimumHeight(140)
        self.table.doubleClicked.connect(lambda _index: self.edit_mentor())
        fit_columns_to_contents(self.table)
        self.empty_label = QLabel(
            self.tr("No mentors yet. Add the unit's own, or one at an employer, with New mentor.")
        )
        self.empty_label.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New mentor…"))
        self.new_button.clicked.connect(self.new_mentor)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen mentor"))
        self.edit_button.clicked.connect(self.edit_mentor)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen mentor"))
        self.remove_button.clicked.connect(self.remove_mentor)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._enable_buttons)
        self._enable_buttons()

    def on_changes(self, changes: Changes) -> None:
        """Read the mentors again when a change concerns them: a mentor's own (added on a
        placement's form, or by someone else), or the name of an employer a mentor works at.
        The window hands a change over when Inställningar is in view or comes into view; any
        other change reads nothing, where reading every mentor each time it came into view
        was most of what showing it cost on a large register."""
        if changes.mentors:
            self.refresh()
            return
        # An employer is named in many a change (its placements', its feedback's): only
        # their names are read to see whether one a mentor works at was renamed or removed.
        employers = changes.employers if changes.records_changed else frozenset()
        if (
            employers & self._employer_names.keys()
            and self._services.mentors.employer_names() != self._employer_names
        ):
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        country = self._services.employers.country()
        self._employer_names = self._services.mentors.employer_names()
        mentors = sorted(self._services.mentors.mentors(), key=lambda m: sort_key(m.name, country))
        self.model.set_rows(mentors)
        self.table.setVisible(bool(mentors))
        self.empty_label.setVisible(not mentors)
        self._enable_buttons()

    def chosen(self) -> Mentor | None:
        index = self.table.currentIndex()
        if not self.table.selectionModel().hasSelection() or not index.isValid():
            return None
        return self.model.row_at(index.row())

    def new_mentor(self) -> None:
        self._open(MentorDialog(self._services, parent=self))

    def edit_mentor(self) -> None:
        mentor = self.chosen()
        if mentor is not None:
            self._open(MentorDialog(self._services, mentor, parent=self))

    def remove_mentor(self) -> None:
        mentor = self.chosen()
        if mentor is None or not dialogs.ask(
            self,
            self.tr("Remove mentor"),
            self.tr("Remove %1 from the mentors?").replace("%1", mentor.name),
            self.tr("Remove"),
        ):
            return
        try:
            changes = self._services.mentors.remove(mentor.id, expected_version=mentor.version)
        except (RuleViolationError, NotFoundError, StorageError, ConflictError) as error:
            dialogs.show_failure(self, self.tr("The mentor was not removed"), error)
            self.refresh()
            return
        self._saved(changes)

    def _open(self, dialog: MentorDialog) -> None:
        self.open_dialog = dialog
        dialog.saved.connect(self._saved)
        dialog.finished.connect(lambda _result: setattr(self, "open_dialog", None))
        dialog.open()

    def _saved(self, changes: Changes) -> None:
        self._stale = True
        self.changed.emit(changes)
        # The window hands the change back through on_changes, which reads it at once; read
        # here only if it did not (read once either way).
        self._navigator.publish(changes)
        if self._stale:
            self.refresh()

    def _where(self, mentor: Mentor) -> str:
        if mentor.employer_id is None:
            return self.tr("The unit")
        return self._employer_names.get(mentor.employer_id, "")

    def _enable_buttons(self) -> None:
        chosen = self.chosen() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
