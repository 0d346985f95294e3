"""The forms that register or edit an employer, and one of its contacts."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget

from ambassador.domain.country import DENMARK
from ambassador.domain.employer import (
    Contact,
    ContactFields,
    Employer,
    EmployerFields,
    validate_contact,
)
from ambassador.domain.enums import AgreementStatus, ContactRole, ListName, Sector
from ambassador.domain.tasks import TASKS_FIELD, EmployerTask
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.services.employers import validate_employer_and_tasks
from ambassador.ui.common import labels
from ambassador.ui.common.formatting import shown_date
from ambassador.ui.common.forms import FieldReader, date_edit, text_area
from ambassador.ui.common.versioned_form import Values, VersionedFormDialog
from ambassador.ui.employers.tasks_editor import TasksEditor
from ambassador.ui.i18n import list_name, list_names

CAPACITY_MAX = 500


EmployerForm = tuple[EmployerFields, list[EmployerTask]]


class EmployerDialog(VersionedFormDialog[EmployerForm]):
    """The employer and its tasks on offer, saved together with the employer's version:
    in a conflict the tasks are one field, the list as a whole."""

    record_table = "employers"

    def __init__(
        self, services: Services, employer: Employer | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        title = self.tr("New employer") if employer is None else self.tr("Edit employer")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._services = services
        self._employer = employer
        self._loaded_tasks: tuple[EmployerTask, ...] = ()
        self.saved_employer: Employer | None = None
        # The organisation's country decides the number: an organisationsnummer or a CVR one.
        self._country = services.employers.country()
        self._build_ui()
        if employer is not None:
            self._fill(employer)
            self.mark_untouched()
            self.edit_record(employer)
        self.resize(640, 760)

    def _build_ui(self) -> None:
        self.name_edit = self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.organisation_number_edit = QLineEdit()
        danish = self._country == DENMARK
        self.organisation_number_edit.setPlaceholderText(
            self.tr("NNNNNNNN") if danish else self.tr("NNNNNN-NNNN")
        )
        self.add_field(
            "organisation_number",
            self.tr("CVR number") if danish else self.tr("Organisation number"),
            self.organisation_number_edit,
            help_text=self.tr("May be left empty, for example for a unit without its own number."),
        )
        self.sector_combo = QComboBox()
        labels.fill_combo(self.sector_combo, Sector)
        labels.select_data(self.sector_combo, Sector.PRIVATE)
        self.add_field("sector", self.tr("Sector"), self.sector_combo)
        self.industry_edit = self.add_field("industry", self.tr("Industry"), QLineEdit())
        self.address_edit = self.add_field("address", self.tr("Address"), QLineEdit())

        self.add_heading(self.tr("Agreement and places"))
        self.agreement_status_combo = QComboBox()
        labels.fill_combo(self.agreement_status_combo, AgreementStatus)
        self.add_field("agreement_status", self.tr("Agreement"), self.agreement_status_combo)
        self.agreement_date_edit = date_edit(None, optional=True)
        self.add_field("agreement_date", self.tr("Agreement date"), self.agreement_date_edit)
        self.capacity_spin = QSpinBox()
        self.capacity_spin.setRange(0, CAPACITY_MAX)
        self.capacity_spin.setValue(1)
        self.add_field(
            "capacity",
            self.tr("Places at once"),
            self.capacity_spin,
            help_text=self.tr("How many placements the employer can take at the same time."),
        )

        self.add_heading(self.tr("Tasks on offer"))
        settings = self._services.settings
        self.tasks_editor = TasksEditor(
            settings.list_labels(ListName.TASK_CATEGORIES),
            settings.list_labels(ListName.TASK_REQUIREMENTS),
        )
        self.add_field(
            TASKS_FIELD,
            self.tr("Tasks"),
            self.tasks_editor,
            help_text=self.tr(
                "Tasks carved out of the regular work. Participants are matched to them by "
                "category and requirements."
            ),
        )
        self.tasks_editor.edited.connect(lambda: self._on_field_edited(TASKS_FIELD))
        self.tasks_offered_edit = self.add_field(
            "tasks_offered",
            self.tr("About the tasks"),
            text_area(3),
            help_text=self.tr(
                "Anything else about the work: hours, place, what a first day is like."
            ),
        )

    def _fill(self, employer: Employer) -> None:
        self.name_edit.setText(employer.name)
        self.organisation_number_edit.setText(employer.organisation_number or "")
        labels.select_data(self.sector_combo, employer.sector)
        self.industry_edit.setText(employer.industry)
        self.address_edit.setText(employer.address)
        labels.select_data(self.agreement_status_combo, employer.agreement_status)
        self.agreement_date_edit.setText(shown_date(employer.agreement_date))
        self.tasks_offered_edit.setPlainText(employer.tasks_offered)
        self.capacity_spin.setValue(employer.capacity)
        self._loaded_tasks = tuple(self._services.employers.tasks(employer.id))
        self.tasks_editor.set_tasks(self._loaded_tasks)

    # A stale save ---------------------------------------------------------------------------

    def record_noun(self) -> str:
        return self.tr("this employer")

    def field_values(self, fields: EmployerForm) -> Values:
        employer, tasks = fields
        values = super().field_values(employer)  # type: ignore[arg-type]
        values[TASKS_FIELD] = tuple(tasks)
        return values

    def record_values(self, record: Any) -> Values:
        values = super().record_values(record)
        if record is self.loaded_record:
            values[TASKS_FIELD] = self._loaded_tasks
        else:  # the tasks as the other person's save left them
            values[TASKS_FIELD] = tuple(self._services.employers.tasks(record.id))
        return values

    def merged_fields(self, fields: EmployerForm, values: Mapping[str, object]) -> EmployerForm:
        employer, tasks = fields
        own: dict[str, Any] = {n: v for n, v in values.items() if n != TASKS_FIELD}
        merged_tasks = values.get(TASKS_FIELD, tasks)
        assert isinstance(merged_tasks, list | tuple)
        return dataclasses.replace(employer, **own), list(merged_tasks)

    def value_text(self, name: str, value: object) -> str:
        if name == TASKS_FIELD and isinstance(value, list | tuple):
            return "\n".join(
                self._task_text(task) for task in value if isinstance(task, EmployerTask)
            )
        return super().value_text(name, value)

    @staticmethod
    def _task_text(task: EmployerTask) -> str:
        parts = [task.title]
        if task.category:
            parts.append(list_name(ListName.TASK_CATEGORIES, task.category))
        if task.requirements:
            parts.append(", ".join(list_names(ListName.TASK_REQUIREMENTS, task.requirements)))
        return " – ".join(parts)

    def read_fields(self, reader: FieldReader) -> EmployerForm:
        return self._read_employer(reader), self.tasks_editor.tasks()

    def _read_employer(self, reader: FieldReader) -> EmployerFields:
        number = self.organisation_number_edit.text().strip()
        return EmployerFields(
            name=self.name_edit.text(),
            organisation_number=number or None,
            sector=Sector(self.sector_combo.currentData() or Sector.PRIVATE),
            industry=self.industry_edit.text(),
            address=self.address_edit.text(),
            agreement_status=AgreementStatus(
                self.agreement_status_combo.currentData() or AgreementStatus.NONE
            ),
            agreement_date=reader.optional_date("agreement_date", self.agreement_date_edit),
            tasks_offered=self.tasks_offered_edit.toPlainText(),
            capacity=self.capacity_spin.value(),
        )

    def validate(self, fields: tuple[EmployerFields, list[EmployerTask]]) -> None:
        validate_employer_and_tasks(*fields, self._country)

    def save(self, fields: tuple[EmployerFields, list[EmployerTask]]) -> Changes:
        employer, tasks = fields
        if self._employer is None:
            saved = self._services.employers.create(employer, tasks)
        else:
            saved = self._services.employers.update(
                self._employer.id, employer, tasks, expected_version=self.expected_version()
            )
        self.saved_employer = saved.employer
        return saved.changes


class ContactDialog(VersionedFormDialog[ContactFields]):
    record_table = "contacts"

    def __init__(
        self,
        services: Services,
        employer_id: int,
        contact: Contact | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__("", parent)
        title = self.tr("New contact") if contact is None else self.tr("Edit contact")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._services = services
        self._employer_id = employer_id
        self._contact = contact
        self.saved_contact: Contact | None = None
        self.name_edit = self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.role_combo = QComboBox()
        labels.fill_combo(self.role_combo, ContactRole)
        self.add_field(
            "role",
            self.tr("Role"),
            self.role_combo,
            help_text=self.tr("The supervisor guides the participant day to day."),
        )
        self.phone_edit = self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.email_edit = self.add_field("email", self.tr("Email"), QLineEdit())
        if contact is not None:
            self.name_edit.setText(contact.name)
            labels.select_data(self.role_combo, contact.role)
            self.phone_edit.setText(contact.phone)
            self.email_edit.setText(contact.email)
            self.mark_untouched()
            self.edit_record(contact)
        self.resize(480, 320)

    def record_noun(self) -> str:
        return self.tr("this contact")

    def read_fields(self, reader: FieldReader) -> ContactFields:
        return ContactFields(
            employer_id=self._employer_id,
            name=self.name_edit.text(),
            role=ContactRole(self.role_combo.currentData() or ContactRole.SUPERVISOR),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
        )

    def validate(self, fields: ContactFields) -> None:
        validate_contact(fields)

    def save(self, fields: ContactFields) -> Changes:
        if self._contact is None:
            contact, changes = self._services.employers.add_contact(fields)
        else:
            contact, changes = self._services.employers.update_contact(
                self._contact.id, fields, expected_version=self.expected_version()
            )
        self.saved_contact = contact
        return changes
