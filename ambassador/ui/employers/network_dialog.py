"""The form of a network contact: work with an employer alone (a visit, a meeting, a call),
with a follow-up date when something is to be done."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ambassador.domain.enums import ListName
from ambassador.domain.network import (
    EmployerFollowUpDue,
    NetworkContact,
    NetworkContactFields,
    validate_network_contact,
)
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import list_combo
from ambassador.ui.common.formatting import long_date
from ambassador.ui.common.forms import FieldReader, date_edit, date_time_edit, text_area
from ambassador.ui.common.versioned_form import VersionedFormDialog
from ambassador.ui.i18n import list_name

MINUTES_MAX_DIGITS = 4


class NetworkContactDialog(VersionedFormDialog[NetworkContactFields]):
    """A new network contact with the employer, or (`contact`) one recorded before.
    `completes`: the follow-up this new contact answers (from Översikt); saving marks it
    done."""

    record_table = "network_contacts"

    def __init__(
        self,
        services: Services,
        employer_id: int,
        contact: NetworkContact | None = None,
        parent: QWidget | None = None,
        *,
        completes: EmployerFollowUpDue | None = None,
    ) -> None:
        super().__init__("", parent)
        if contact is not None:
            title = self.tr("Edit network contact")
        else:
            title = self.tr("Record network contact")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._services = services
        self._employer_id = employer_id
        self._contact = contact
        self._completes = completes
        self.saved_contact: NetworkContact | None = None
        now = services.clock.now()
        self._now = now

        if completes is not None:
            self.follow_up_label = QLabel(
                self.tr("Follows up %1 at %2, planned for %3. Saving marks that follow-up done.")
                .replace("%1", list_name(ListName.NETWORK_CONTACT_KINDS, completes.kind))
                .replace("%2", completes.employer_name)
                .replace("%3", long_date(completes.follow_up_on))
            )
            self.follow_up_label.setWordWrap(True)
            self.form_layout.addRow(self.follow_up_label)
        when = now.replace(second=0, microsecond=0) if contact is None else contact.occurred_at
        self.occurred_at_edit = self.add_field(
            "occurred_at", self.tr("When"), date_time_edit(when), required=True
        )
        self.kind_combo = QComboBox()
        list_combo.fill(
            self.kind_combo,
            ListName.NETWORK_CONTACT_KINDS,
            services.network.kinds(),
            "" if contact is None else contact.kind,
        )
        self.add_field("kind", self.tr("Kind"), self.kind_combo, required=True)
        self.with_whom_combo = QComboBox()
        self.with_whom_combo.setEditable(True)
        self.with_whom_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.with_whom_combo.addItem("")
        for person in services.employers.contacts(employer_id):
            self.with_whom_combo.addItem(person.name)
        if contact is not None:
            self.with_whom_combo.setCurrentText(contact.with_whom)
        self.add_field(
            "with_whom",
            self.tr("With whom"),
            self.with_whom_combo,
            help_text=self.tr("Choose one of the employer's contacts or write a name or role."),
        )
        self.text_edit = self.add_field(
            "text", self.tr("What happened"), text_area(4), required=True
        )
        self.minutes_edit = QLineEdit()
        self.minutes_edit.setMaxLength(MINUTES_MAX_DIGITS + 1)
        self.add_field("minutes_spent", self.tr("Time spent (minutes)"), self.minutes_edit)
        self.follow_up_edit = self.add_field(
            "follow_up_on",
            self.tr("Follow up on"),
            date_edit(None, optional=True),
            help_text=self.tr(
                "The Overview lists it from a week before; leave empty when nothing is to be done."
            ),
        )
        if contact is not None:
            self.text_edit.setPlainText(contact.text)
            if contact.minutes_spent is not None:
                self.minutes_edit.setText(str(contact.minutes_spent))
            if contact.follow_up_on is not None:
                self.follow_up_edit.setDate(contact.follow_up_on)
            self.mark_untouched()
            self.edit_record(contact)
        self.resize(520, 520)
        self.text_edit.setFocus()

    def record_noun(self) -> str:
        return self.tr("this network contact")

    def read_fields(self, reader: FieldReader) -> NetworkContactFields:
        return NetworkContactFields(
            employer_id=self._employer_id,
            occurred_at=reader.date_time(self.occurred_at_edit),
            kind=list_combo.chosen(self.kind_combo),
            with_whom=self.with_whom_combo.currentText(),
            text=self.text_edit.toPlainText(),
            minutes_spent=reader.optional_int("minutes_spent", self.minutes_edit),
            follow_up_on=reader.optional_date("follow_up_on", self.follow_up_edit),
        )

    def validate(self, fields: NetworkContactFields) -> None:
        # The dialog's clock may be minutes old when the person saves; never older than now.
        validate_network_contact(fields, max(self._now, self._services.clock.now()))

    def save(self, fields: NetworkContactFields) -> Changes:
        if self._contact is None:
            completes = self._completes
            saved = self._services.network.add(
                fields,
                completes=None if completes is None else completes.contact_id,
                completes_version=None if completes is None else completes.version,
            )
        else:
            saved = self._services.network.update(
                self._contact.id, fields, expected_version=self.expected_version()
            )
        self.saved_contact = saved.contact
        return saved.changes
