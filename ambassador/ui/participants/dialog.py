"""The form that registers a participant or edits one, the personal identity number hidden."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ambassador.domain.country import DENMARK
from ambassador.domain.enums import Gender, ListName
from ambassador.domain.errors import Problem
from ambassador.domain.identity import PersonalIdentityNumber
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.domain.participant import Participant, ParticipantFields, validate_participant
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import labels, list_combo
from ambassador.ui.common.checklist import Checklist
from ambassador.ui.common.formatting import shown_date
from ambassador.ui.common.forms import FieldReader, date_edit, text_area
from ambassador.ui.common.versioned_form import VersionedFormDialog
from ambassador.ui.i18n import list_name

IDENTITY_FIELD = "personal_identity_number"
CHOOSE_GENDER = QT_TRANSLATE_NOOP(
    "Messages", "Choose the gender, or “Prefers not to say” when the person does not say."
)
REFERRAL_SOURCE_FIELD = "referral_source"


def _shown_number(normalised: str | None) -> str:
    if not normalised:
        return ""
    try:
        return PersonalIdentityNumber(normalised).formatted()
    except ValueError:  # not normalised (an old import): let the person see and fix it
        return normalised


class ParticipantDialog(VersionedFormDialog[ParticipantFields]):
    record_table = "participants"

    def __init__(
        self,
        services: Services,
        participant: Participant | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__("", parent)
        title = self.tr("New participant") if participant is None else self.tr("Edit participant")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._services = services
        self._participant = participant
        self._today = today if today is not None else services.clock.today()
        # The organisation's country decides the number: a personnummer or a CPR number.
        self._country = services.participants.country()
        self._danish = self._country == DENMARK
        self.saved_participant: Participant | None = None
        self._build_ui()
        if participant is not None:
            self._fill(participant)
            self.mark_untouched()
            self.edit_record(participant)
        self.resize(600, 680)

    def _build_ui(self) -> None:
        self.first_name_edit = self.add_field(
            "first_name", self.tr("First name"), QLineEdit(), required=True
        )
        self.last_name_edit = self.add_field(
            "last_name", self.tr("Last name"), QLineEdit(), required=True
        )
        self._build_identity_row()
        # No gender chosen in advance: a forgotten field would count as "Prefers not to say"
        # in the equality statistics the program exists to report. That answer is a choice
        # like the others.
        self.gender_combo = QComboBox()
        labels.fill_combo(self.gender_combo, Gender, any_text=self.tr("Choose…"))
        self.gender_combo.setCurrentIndex(0)
        self.add_field(
            "gender",
            self.tr("Gender"),
            self.gender_combo,
            help_text=self.tr("Used only for equality statistics."),
            required=True,
        )
        self.phone_edit = self.add_field("phone", self.tr("Phone"), QLineEdit())
        self.email_edit = self.add_field("email", self.tr("Email"), QLineEdit())
        self.address_edit = self.add_field("address", self.tr("Address"), QLineEdit())

        self.add_heading(self.tr("Referral"))
        self.referral_source_combo = QComboBox()
        self.referral_source_combo.setEditable(True)
        # What the person types is kept as the value, not added to the editable list.
        self.referral_source_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        list_combo.fill(
            self.referral_source_combo,
            ListName.REFERRAL_SOURCES,
            self._services.settings.list_labels(ListName.REFERRAL_SOURCES),
        )
        self.referral_source_combo.setCurrentIndex(-1)
        self.add_field(
            REFERRAL_SOURCE_FIELD, self.tr("Referral source"), self.referral_source_combo
        )
        self.referral_source_combo.editTextChanged.connect(
            lambda *_args: self._on_field_edited(REFERRAL_SOURCE_FIELD)
        )
        line_edit = self.referral_source_combo.lineEdit()
        if line_edit is not None:
            line_edit.setAccessibleName(self.tr("Referral source"))
        self.referral_date_edit = date_edit(None, optional=True)
        self.referral_date_edit.set_reference(self._today)
        self.add_field("referral_date", self.tr("Referral date"), self.referral_date_edit)
        self.referral_reference_edit = self.add_field(
            "referral_reference",
            self.tr("Referral reference"),
            QLineEdit(),
            help_text=self.tr("The referring authority's case or reference number, if any."),
        )
        self.language_edit = self.add_field("language", self.tr("Language"), QLineEdit())
        self.interpreter_check = self.add_checkbox(
            "interpreter_needed", self.tr("Interpreter needed")
        )

        self.add_heading(self.tr("Sensitive information"))
        sensitive_help = QLabel(
            self.tr(
                "Shown only here. Never printed or given to an employer unless the participant "
                "has consented to sharing it with that employer."
            )
        )
        sensitive_help.setWordWrap(True)
        sensitive_help.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.form_layout.addRow(sensitive_help)
        self.needs_edit = self.add_field(
            "needs_and_adaptations", self.tr("Needs and adaptations"), text_area()
        )
        self.needs_edit.setAccessibleDescription(sensitive_help.text())
        settings = self._services.settings
        self._requirements = settings.list_labels(ListName.TASK_REQUIREMENTS)
        self._categories = settings.list_labels(ListName.TASK_CATEGORIES)
        self.task_limits_list = self._checklist(
            "task_limits",
            self.tr("Cannot do tasks that need"),
            ListName.TASK_REQUIREMENTS,
            self._requirements,
            self.tr(
                "Tick what the person cannot manage. Tasks that need it are left out of the "
                "suggested employers; the reason is never shown there."
            ),
        )

        self.add_heading(self.tr("Strengths and goals"))
        self.strengths_edit = self.add_field("strengths", self.tr("Strengths"), text_area(3))
        self.interests_edit = self.add_field("interests", self.tr("Interests"), text_area(3))
        self.task_interests_list = self._checklist(
            "task_interests",
            self.tr("Would like to work with"),
            ListName.TASK_CATEGORIES,
            self._categories,
            self.tr(
                "The kinds of task to look for. With none ticked, tasks of every kind are "
                "suggested."
            ),
        )
        self.goals_edit = self.add_field("goals", self.tr("Goals"), text_area(3))

    def _checklist(
        self, name: str, text: str, entries_of: ListName, labels: list[str], help_text: str
    ) -> Checklist:
        checklist = Checklist(text, entries_of=entries_of)
        checklist.set_labels(labels)
        self.add_field(name, text, checklist, help_text=help_text)
        checklist.edited.connect(lambda: self._on_field_edited(name))
        return checklist

    def _build_identity_row(self) -> None:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.identity_number_edit = QLineEdit()
        self.identity_number_edit.setPlaceholderText(
            self.tr("DDMMYY-SSSS") if self._danish else self.tr("YYYYMMDD-NNNN")
        )
        self.identity_number_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.reveal_button = QPushButton(self.tr("Show"))
        self.reveal_button.setCheckable(True)
        self.reveal_button.setAccessibleName(self._reveal_text(revealed=False))
        self.reveal_button.toggled.connect(self._on_reveal_button_toggled)
        layout.addWidget(self.identity_number_edit, 1)
        layout.addWidget(self.reveal_button)
        row.setFocusProxy(self.identity_number_edit)
        text = self.tr("CPR number") if self._danish else self.tr("Personal identity number")
        self.add_field(
            IDENTITY_FIELD,
            text,
            row,
            help_text=self.tr("CPR number; may be left empty.")
            if self._danish
            else self.tr("Personnummer or samordningsnummer; may be left empty."),
            tracked=False,
        )
        # The edit, not its row, is what errors focus and screen readers name.
        self.field_widgets[IDENTITY_FIELD] = self.identity_number_edit
        self.identity_number_edit.setAccessibleName(text)
        self.identity_number_edit.textChanged.connect(
            lambda *_args: self._on_field_edited(IDENTITY_FIELD)
        )
        # A new number is typed in clear; only a stored one starts hidden.
        self.reveal_button.setVisible(False)

    def _fill(self, participant: Participant) -> None:
        self.first_name_edit.setText(participant.first_name)
        self.last_name_edit.setText(participant.last_name)
        if participant.personal_identity_number:
            self.identity_number_edit.setEchoMode(QLineEdit.EchoMode.Password)
            self.reveal_button.setVisible(True)
        self.identity_number_edit.setText(_shown_number(participant.personal_identity_number))
        labels.select_data(self.gender_combo, participant.gender)
        self.phone_edit.setText(participant.phone)
        self.email_edit.setText(participant.email)
        self.address_edit.setText(participant.address)
        self.referral_source_combo.setCurrentText(
            list_name(ListName.REFERRAL_SOURCES, participant.referral_source)
        )
        self.referral_date_edit.setText(shown_date(participant.referral_date))
        self.referral_reference_edit.setText(participant.referral_reference)
        self.language_edit.setText(participant.language)
        self.interpreter_check.setChecked(participant.interpreter_needed)
        self.needs_edit.setPlainText(participant.needs_and_adaptations)
        self.strengths_edit.setPlainText(participant.strengths)
        self.interests_edit.setPlainText(participant.interests)
        self.goals_edit.setPlainText(participant.goals)
        self.task_interests_list.set_labels(self._categories, participant.task_interests)
        self.task_limits_list.set_labels(self._requirements, participant.task_limits)

    def _on_reveal_button_toggled(self, revealed: bool) -> None:
        self.identity_number_edit.setEchoMode(
            QLineEdit.EchoMode.Normal if revealed else QLineEdit.EchoMode.Password
        )
        self.reveal_button.setText(self.tr("Hide") if revealed else self.tr("Show"))
        self.reveal_button.setAccessibleName(self._reveal_text(revealed=revealed))

    def _reveal_text(self, *, revealed: bool) -> str:
        if self._danish:
            return self.tr("Hide CPR number") if revealed else self.tr("Show CPR number")
        return (
            self.tr("Hide personal identity number")
            if revealed
            else self.tr("Show personal identity number")
        )

    # FormDialog -------------------------------------------------------------------------

    def record_noun(self) -> str:
        return self.tr("this participant")

    def value_text(self, name: str, value: object) -> str:
        if name == IDENTITY_FIELD and isinstance(value, str):
            return _shown_number(value)
        return super().value_text(name, value)

    def read_fields(self, reader: FieldReader) -> ParticipantFields:
        number = self.identity_number_edit.text().strip()
        gender = labels.current_value(self.gender_combo, Gender)
        if gender is None:
            reader.problems.append(Problem("gender", CHOOSE_GENDER))
        return ParticipantFields(
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            personal_identity_number=number or None,
            gender=gender or Gender.UNDISCLOSED,  # refused above; the domain needs a value
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            address=self.address_edit.text(),
            referral_source=list_combo.chosen(self.referral_source_combo),
            referral_date=reader.optional_date("referral_date", self.referral_date_edit),
            referral_reference=self.referral_reference_edit.text(),
            language=self.language_edit.text(),
            interpreter_needed=self.interpreter_check.isChecked(),
            needs_and_adaptations=self.needs_edit.toPlainText(),
            strengths=self.strengths_edit.toPlainText(),
            interests=self.interests_edit.toPlainText(),
            goals=self.goals_edit.toPlainText(),
            task_interests=self.task_interests_list.checked_labels(),
            task_limits=self.task_limits_list.checked_labels(),
        )

    def validate(self, fields: ParticipantFields) -> None:
        validate_participant(fields, self._today, country=self._country)

    def save(self, fields: ParticipantFields) -> Changes:
        if self._participant is None:
            saved = self._services.participants.create(fields)
        else:
            saved = self._services.participants.update(
                self._participant.id, fields, expected_version=self.expected_version()
            )
        self.saved_participant = saved.participant
        return saved.changes
