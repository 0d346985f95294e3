"""The form that records a consent a participant has given: what may be shared, and with whom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from ambassador.domain.enums import ConsentScope
from ambassador.domain.errors import NotFoundError, ValidationError
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.services.participants import CONSENT_EMPLOYER
from ambassador.ui.common import labels
from ambassador.ui.common.forms import FieldReader, FormDialog, date_edit

EMPLOYER_FIELD = "employer_id"


def scope_meaning(scope: ConsentScope) -> str:
    """What a consent lets the coordinator do, as the participant would be told it."""
    translate = QCoreApplication.translate
    if scope is ConsentScope.SHARE_SUMMARY_WITH_EMPLOYER:
        return translate(
            "ConsentDialog",
            "The employer may be given the printed follow-up summary: the placement, its plan "
            "and the notes marked as shareable. Needs and adaptations are left out of it "
            "unless they may be shared too.",
        )
    if scope is ConsentScope.SHARE_NEEDS_WITH_EMPLOYER:
        return translate(
            "ConsentDialog",
            "The employer may be told what the participant needs and which adaptations help, "
            "in the summary and the agreement. Without it these are left out of every "
            "document.",
        )
    return translate(
        "ConsentDialog",
        "You may contact the authority that referred the participant (for example the "
        "employment service) about how the placement goes.",
    )


@dataclass(frozen=True)
class ConsentInput:
    scope: ConsentScope
    employer_id: int | None
    given_on: date
    note: str


class ConsentDialog(FormDialog[ConsentInput]):
    def __init__(
        self,
        services: Services,
        participant_id: int,
        today: date,
        parent: QWidget | None = None,
        *,
        scope: ConsentScope | None = None,
        employer_id: int | None = None,
    ) -> None:
        """`scope` and `employer_id` preselect what is asked for (printing a summary asks
        for the consent to share it with that placement's employer)."""
        super().__init__("", parent)
        title = self.tr("Record consent")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._services = services
        self._participant_id = participant_id

        self.scope_combo = QComboBox()
        labels.fill_combo(self.scope_combo, ConsentScope)
        if scope is not None:
            labels.select_data(self.scope_combo, scope)
        self.add_field("scope", self.tr("Consent to"), self.scope_combo, required=True)
        # What each consent lets through, in plain words: the two employer consents are
        # easily taken for one.
        self.meaning_label = QLabel()
        self.meaning_label.setWordWrap(True)
        self.add_field("meaning", self.tr("What it means"), self.meaning_label, tracked=False)
        self.employer_combo = QComboBox()
        self._fill_employers()
        if employer_id is not None:
            labels.select_data(self.employer_combo, employer_id)
        self.add_field(
            EMPLOYER_FIELD,
            self.tr("Employer"),
            self.employer_combo,
            help_text=self.tr("The employers of the participant's placements come first."),
        )
        self.given_on_edit = self.add_field(
            "given_on", self.tr("Given on"), date_edit(today), required=True
        )
        self.note_edit = self.add_field(
            "note",
            self.tr("Note"),
            QLineEdit(),
            help_text=self.tr("For example how the consent was given: in writing or orally."),
        )
        self.scope_combo.currentIndexChanged.connect(self._on_scope_combo_changed)
        self._on_scope_combo_changed()
        self.mark_untouched()
        self.resize(520, 360)

    def _fill_employers(self) -> None:
        self.employer_combo.addItem(self.tr("— none —"), None)
        placement_employers: list[int] = []
        # The latest placement first: that is most often whom the consent concerns.
        for placement in reversed(self._services.placements.of_participant(self._participant_id)):
            if placement.employer_id not in placement_employers:
                placement_employers.append(placement.employer_id)
        for employer_id in placement_employers:
            try:
                employer = self._services.employers.get(employer_id)
            except NotFoundError:
                continue
            self.employer_combo.addItem(employer.name, employer.id)
        others = [
            employer
            for employer in self._services.employers.page()
            if employer.id not in placement_employers
        ]
        if others and self.employer_combo.count() > 1:
            self.employer_combo.insertSeparator(self.employer_combo.count())
        for employer in others:
            self.employer_combo.addItem(employer.name, employer.id)
        if placement_employers and self.employer_combo.count() > 1:
            self.employer_combo.setCurrentIndex(1)

    def _scope(self) -> ConsentScope:
        # Qt hands item data back as a plain str, not as the enum that went in.
        return ConsentScope(
            self.scope_combo.currentData() or ConsentScope.SHARE_NEEDS_WITH_EMPLOYER
        )

    def _needs_employer(self) -> bool:
        return self._scope() is not ConsentScope.CONTACT_REFERRAL_SOURCE

    def _on_scope_combo_changed(self, *_args: object) -> None:
        # Contacting the referring authority concerns no employer.
        self.employer_combo.setEnabled(self._needs_employer())
        self.meaning_label.setText(scope_meaning(self._scope()))

    def read_fields(self, reader: FieldReader) -> ConsentInput:
        scope = self._scope()
        employer_id = self.employer_combo.currentData() if self._needs_employer() else None
        return ConsentInput(
            scope=scope,
            employer_id=employer_id,
            given_on=reader.date(self.given_on_edit),
            note=self.note_edit.text(),
        )

    def validate(self, fields: ConsentInput) -> None:
        if fields.scope is not ConsentScope.CONTACT_REFERRAL_SOURCE and fields.employer_id is None:
            raise ValidationError.single(EMPLOYER_FIELD, CONSENT_EMPLOYER)

    def save(self, fields: ConsentInput) -> Changes:
        return self._services.participants.give_consent(
            self._participant_id, fields.scope, fields.employer_id, fields.given_on, fields.note
        )
