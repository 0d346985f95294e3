"""The person beside the Deltagare list: profile, consents, needs and adaptations
(sensitive), placements, and one timeline of everything, with the actions on them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QWidget

from ambassador.domain.browse import (
    PlacementListRow,
)
from ambassador.domain.country import DENMARK
from ambassador.domain.enums import ListName
from ambassador.domain.errors import NotFoundError, StorageError
from ambassador.domain.identity import PersonalIdentityNumber
from ambassador.domain.participant import Consent, Participant
from ambassador.services.browse import ParticipantDetail
from ambassador.services.bundle import Services
from ambassador.services.documents import EXTRACT_FILE
from ambassador.ui.common import dialogs
from ambassador.ui.common.formatting import iso_date, shown_date
from ambassador.ui.common.labels import label
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.placement_columns import placement_columns
from ambassador.ui.common.printing import document_file_name
from ambassador.ui.common.record_actions import (
    ActionButton,
    Separator,
    button_row,
    enable,
    more_button,
    primary_button,
    record_action,
)
from ambassador.ui.common.table_model import Column
from ambassador.ui.common.timeline import TimelineView
from ambassador.ui.common.widgets import (
    DetailPane,
    Facts,
    SmallTable,
    action_row,
    heading,
    pane_layout,
    pane_tabs,
    row_of,
    section_heading,
)
from ambassador.ui.i18n import list_name
from ambassador.ui.participants.consent_dialog import ConsentDialog
from ambassador.ui.participants.dialog import ParticipantDialog
from ambassador.ui.participants.erasure_dialog import ErasureDialog
from ambassador.ui.participants.matching_dialog import MatchingDialog
from ambassador.ui.placements.dialog import PlacementDialog
from ambassador.ui.placements.followup_dialogs import NoteDialog


class ParticipantDetailPane(DetailPane):
    def __init__(self, services: Services, navigator: Navigator, parent: QWidget | None = None):
        super().__init__(services, navigator, parent)
        self.detail: ParticipantDetail | None = None
        self._revealed = False
        # In a Danish organisation the number is a CPR number, and named so.
        self._danish = services.participants.country() == DENMARK
        self._build_ui()

    def _build_ui(self) -> None:
        self.heading_label = heading()
        self.identity_label = heading(scale=1.0)
        self.identity_label.setFont(self.font())
        self.reveal_button = QPushButton(self._reveal_text(revealed=False))
        self.reveal_button.setAccessibleName(self._reveal_text(revealed=False))
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(self._on_reveal_button_toggled)
        # The same from the Participant menu: the button and the entry stay checked alike.
        self.reveal_action = record_action(
            self,
            self.tr("Show CPR &number")
            if self._danish
            else self.tr("Show personal identity &number"),
            lambda: None,
        )
        self.reveal_action.setCheckable(True)
        self.reveal_action.toggled.connect(self.reveal_button.setChecked)
        self.reveal_button.toggled.connect(self.reveal_action.setChecked)
        # Every action is a QAction: the buttons below and the menu bar's Participant menu
        # show these same objects (actions_for_menu).
        self.write_note_action = record_action(
            self,
            self.tr("&Write note…"),
            self.add_note,
            "Ctrl+Shift+N",
            tip=self.tr("A note about the person outside any placement: an intake talk, a call"),
        )
        self.placement_action = record_action(self, self.tr("New &placement…"), self.new_placement)
        self.edit_action = record_action(
            self, self.tr("&Edit participant…"), self.edit_participant, "Ctrl+E"
        )
        self.suggest_action = record_action(
            self,
            self.tr("&Suggest employers…"),
            self.suggest_employers,
            tip=self.tr("Employers with a free place and a task that suits the person"),
        )
        self.matching_dialog: MatchingDialog | None = None
        self.consent_action = record_action(self, self.tr("Record &consent…"), self.give_consent)
        self.withdraw_action = record_action(
            self, self.tr("W&ithdraw consent"), self.withdraw_consent
        )
        self.extract_action = record_action(
            self,
            self.tr("Print register e&xtract…"),
            self.print_extract,
            tip=self.tr("Everything stored about the person, for the person alone (Ctrl+P)"),
        )
        self.delete_action = record_action(
            self,
            self.tr("Move to &trash…"),
            self.delete_participant,
            tip=self.tr("The person stays in the trash for 30 days and can be restored."),
        )
        self.erase_action = record_action(
            self,
            self.tr("Erase for &good…"),
            self.erase_participant,
            tip=self.tr("Remove everything about the person now, with a recorded legal basis"),
        )
        # One primary action, the everyday ones beside it, the rest under More with the
        # destructive ones last.
        self.note_button = primary_button(self.write_note_action)
        self.placement_button = ActionButton(self.placement_action)
        self.edit_button = ActionButton(self.edit_action)
        self.more_button = more_button(
            self.tr("More"),
            [
                self.suggest_action,
                self.consent_action,
                Separator,
                self.extract_action,
                Separator,
                self.delete_action,
                self.erase_action,
            ],
        )

        self.timeline_view = TimelineView(with_placement=True)
        self.profile_facts = Facts()
        self.sensitive_heading = section_heading(self.tr("Sensitive: needs and adaptations"))
        self.sensitive_note = heading(
            self.tr(
                "Shown only here. Printed for an employer only where the participant has "
                "consented to share it with that employer."
            ),
            1.0,
        )
        self.sensitive_note.setFont(self.font())
        self.sensitive_facts = Facts()
        self.placements_table: SmallTable[PlacementListRow] = SmallTable(
            placement_columns(by_participant=False), self.tr("Placements")
        )
        self.placements_table.opened.connect(self._on_placements_table_activated)
        self.consents_table = SmallTable(
            [
                Column(self.tr("Consent"), lambda c: label(c.scope)),
                Column(self.tr("Employer"), self._consent_employer),
                Column(
                    self.tr("Given"),
                    lambda c: shown_date(c.given_on),
                    lambda c: iso_date(c.given_on),
                ),
                Column(
                    self.tr("Withdrawn"),
                    lambda c: shown_date(c.withdrawn_on),
                    lambda c: iso_date(c.withdrawn_on),
                ),
            ],
            self.tr("Consents"),
        )
        self.consent_button = ActionButton(self.consent_action)
        self.withdraw_button = ActionButton(self.withdraw_action)

        self.tabs = pane_tabs()
        self.tabs.setAccessibleName(self.tr("Participant"))
        timeline_page = QWidget()
        pane_layout(timeline_page).addWidget(self.timeline_view)
        self.tabs.addTab(timeline_page, self.tr("Timeline"))
        profile_page = QWidget()
        profile_layout = pane_layout(profile_page)
        profile_layout.addWidget(self.profile_facts)
        profile_layout.addWidget(self.sensitive_heading)
        profile_layout.addWidget(self.sensitive_note)
        profile_layout.addWidget(self.sensitive_facts)
        profile_layout.addStretch(1)
        self.tabs.addTab(profile_page, self.tr("Profile"))
        placements_page = QWidget()
        pane_layout(placements_page).addWidget(self.placements_table)
        self.tabs.addTab(placements_page, self.tr("Placements"))
        consents_page = QWidget()
        consents_layout = pane_layout(consents_page)
        consents_layout.addLayout(action_row([self.consent_button, self.withdraw_button]))
        consents_layout.addWidget(self.consents_table)
        self.tabs.addTab(consents_page, self.tr("Consents"))

        layout = pane_layout(self)
        layout.addWidget(self.heading_label)
        identity_row = action_row([self.reveal_button])
        identity_row.insertWidget(0, self.identity_label, 1)  # its own line, never squeezed
        layout.addLayout(identity_row)
        layout.addLayout(
            button_row(
                [self.note_button, self.placement_button, self.edit_button, self.more_button]
            )
        )
        layout.addWidget(self.tabs, 1)

    def actions_for_menu(self) -> list[QAction | None]:
        """The menu bar's Participant menu: every action of the pane."""
        return [
            self.write_note_action,
            self.placement_action,
            self.suggest_action,
            self.edit_action,
            self.reveal_action,
            Separator,
            self.consent_action,
            self.withdraw_action,
            Separator,
            self.extract_action,
            Separator,
            self.delete_action,
            self.erase_action,
        ]

    def document_action(self) -> QAction:
        """What Ctrl+P prints for a person: the register extract (it asks first)."""
        return self.extract_action

    def clear_actions(self) -> None:
        """No person shown (none chosen, or deleted): nothing to act on."""
        self.detail = None
        enable(self.actions(), False)

    # Showing ----------------------------------------------------------------------------

    def show_participant(self, participant_id: int) -> None:
        same_person = self.detail is not None and self.detail.participant.id == participant_id
        detail = self._services.browse.participant(participant_id)
        self.detail = detail
        if not same_person:
            self.reveal_button.setChecked(False)
        person = detail.participant
        self.heading_label.setText(person.full_name)
        self._show_identity()
        interpreter = self.tr("Yes") if person.interpreter_needed else ""
        self.profile_facts.set_rows(
            [
                (self.tr("Participant no."), str(person.id)),
                (self.tr("Gender"), label(person.gender)),
                (self.tr("Phone"), person.phone),
                (self.tr("Email"), person.email),
                (self.tr("Address"), person.address),
                (
                    self.tr("Referral source"),
                    list_name(ListName.REFERRAL_SOURCES, person.referral_source),
                ),
                (self.tr("Referral date"), shown_date(person.referral_date)),
                (self.tr("Referral reference"), person.referral_reference),
                (self.tr("Language"), person.language),
                (self.tr("Interpreter needed"), interpreter),
                (self.tr("Strengths"), person.strengths),
                (self.tr("Interests"), person.interests),
                (self.tr("Would like to work with"), ", ".join(person.task_interests)),
                (self.tr("Goals"), person.goals),
            ]
        )
        self.sensitive_facts.set_rows(
            [
                (
                    self.tr("Needs and adaptations"),
                    person.needs_and_adaptations or self.tr("Nothing recorded."),
                ),
                (
                    self.tr("Cannot do tasks that need"),
                    ", ".join(person.task_limits) or self.tr("Nothing recorded."),
                ),
            ]
        )
        self.placements_table.model_rows.set_rows(detail.placements)
        self.consents_table.model_rows.set_rows(detail.consents)
        enable(self.actions(), True)
        self.reveal_action.setEnabled(person.personal_identity_number is not None)
        self.timeline_view.show_entries(
            detail.timeline,
            self._services.clock.now(),
            self.tr(
                "Nothing recorded yet. Notes, check-ins and feedback of every placement "
                "gather here."
            ),
        )

    def _show_identity(self) -> None:
        person = None if self.detail is None else self.detail.participant
        number = None if person is None else person.personal_identity_number
        if number is None:
            self.identity_label.setText(
                self.tr("No CPR number recorded")
                if self._danish
                else self.tr("No personal identity number recorded")
            )
            self.reveal_button.hide()
            return
        self.reveal_button.show()
        shown = PersonalIdentityNumber(number)
        self.identity_label.setText(
            shown.formatted() if self.reveal_button.isChecked() else shown.masked()
        )

    def _on_reveal_button_toggled(self, revealed: bool) -> None:
        self.reveal_button.setText(self._reveal_text(revealed=revealed))
        self._show_identity()

    def _reveal_text(self, *, revealed: bool) -> str:
        if self._danish:
            return self.tr("Hide CPR number") if revealed else self.tr("Show CPR number")
        return (
            self.tr("Hide personal identity number")
            if revealed
            else self.tr("Show personal identity number")
        )

    def _consent_employer(self, consent: Consent) -> str:
        if self.detail is None or consent.employer_id is None:
            return ""
        return self.detail.employer_names.get(consent.employer_id, "")

    # Actions ----------------------------------------------------------------------------

    def _on_placements_table_activated(self, index: QModelIndex) -> None:
        self._navigator.open_placement(row_of(self.placements_table, index).id)

    def edit_participant(self) -> None:
        if self.detail is not None:
            self.open_form(self._participant_dialog(self.detail.participant))

    def _participant_dialog(self, participant: Participant | None) -> ParticipantDialog:
        return ParticipantDialog(
            self._services, participant, today=self._services.clock.today(), parent=self
        )

    def add_note(self) -> None:
        """A note about the person outside any placement: an intake talk, a call."""
        if self.detail is not None:
            self.open_form(
                NoteDialog(
                    self._services,
                    None,
                    self._services.clock.now(),
                    parent=self,
                    participant_id=self.detail.participant.id,
                )
            )

    def new_placement(self) -> None:
        if self.detail is None:
            return
        dialog = PlacementDialog(
            self._services,
            self._services.clock.today(),
            participant_id=self.detail.participant.id,
            parent=self,
        )
        self._open_placement_form(dialog)

    def suggest_employers(self) -> None:
        """The employers that suit the person; choosing one starts a placement there."""
        if self.detail is None:
            return
        person = self.detail.participant
        try:
            suggestions = self._services.matching.suggest_employers(person.id)
        except (NotFoundError, StorageError) as error:
            dialogs.show_failure(self, self.tr("No employers could be suggested"), error)
            return
        dialog = MatchingDialog(person, suggestions, parent=self)
        self.matching_dialog = dialog
        dialog.placement_requested.connect(self._start_placement_at)
        dialog.employer_requested.connect(self._navigator.open_employer)
        dialog.finished.connect(lambda _result: setattr(self, "matching_dialog", None))
        dialog.open()

    def _start_placement_at(self, employer_id: int) -> None:
        if self.detail is None:
            return
        dialog = PlacementDialog(
            self._services,
            self._services.clock.today(),
            participant_id=self.detail.participant.id,
            employer_id=employer_id,
            parent=self,
        )
        self._open_placement_form(dialog)

    def _open_placement_form(self, dialog: PlacementDialog) -> None:
        """A new placement's form; the placement is shown once it is saved."""

        def show_saved() -> None:
            if dialog.saved_placement is not None:
                self._navigator.open_placement(dialog.saved_placement.id)

        self.open_form(dialog, show_saved)

    def give_consent(self) -> None:
        if self.detail is not None:
            self.open_form(
                ConsentDialog(
                    self._services,
                    self.detail.participant.id,
                    self._services.clock.today(),
                    parent=self,
                )
            )

    def withdraw_consent(self) -> None:
        consent = self.consents_table.selected_row()
        if self.detail is None or consent is None or consent.withdrawn_on is not None:
            return
        participant_id = self.detail.participant.id
        dialogs.attempt(
            self,
            self.tr("The consent was not withdrawn"),
            lambda: self._services.participants.withdraw_consent(participant_id, consent.id),
            self._navigator.publish,
        )

    def print_extract(self) -> None:
        if self.detail is None:
            return
        person = self.detail.participant
        if not dialogs.ask(
            self,
            self.tr("Register extract"),
            self.tr(
                "The register extract shows everything stored about %1: internal notes, "
                "needs and the full personal identity number included. Give it to %1 only. "
                "Print it?"
            ).replace("%1", person.full_name),
            self.tr("Print extract"),
        ):
            return
        documents = self._services.documents
        self._navigator.print_document(
            self,
            document_file_name(EXTRACT_FILE, id=person.id),
            lambda path: documents.write_register_extract(person.id, path),
        )

    def delete_participant(self) -> None:
        if self.detail is None:
            return
        person = self.detail.participant
        if not dialogs.ask(
            self,
            self.tr("Delete participant"),
            self.tr(
                "Delete %1 with their placements and notes? Everything stays in the trash for "
                "30 days and can be restored from there."
            ).replace("%1", person.full_name),
            self.tr("Delete"),
        ):
            return
        dialogs.attempt(
            self,
            self.tr("The participant was not deleted"),
            lambda: self._services.participants.delete(person.id, expected_version=person.version),
            self._navigator.publish,
        )

    def erase_participant(self) -> None:
        if self.detail is None:
            return
        person = self.detail.participant
        dialog = ErasureDialog(
            self._services.retention, person.id, person.full_name, self._navigator.busy, self
        )
        if dialogs.run_dialog(dialog):
            self._navigator.publish(dialog.changes)
