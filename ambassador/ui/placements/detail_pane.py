"""Placeringar's detail pane: the chosen placement's status, its timeline of notes, check-ins
and feedback, its plan, and every follow-up action on it."""

from __future__ import annotations

from datetime import date
from functools import partial
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from ambassador.domain.enums import CheckInStatus, ListName, Respondent
from ambassador.domain.exports import FileFormat, ListKind
from ambassador.domain.followup import CheckIn, Note
from ambassador.domain.plan import describe_phase_on
from ambassador.domain.timeline import TimelineEntry
from ambassador.services.browse import PlacementDetail
from ambassador.services.bundle import Services
from ambassador.services.documents import AGREEMENT_FILE, SUMMARY_FILE
from ambassador.ui.common import dialogs
from ambassador.ui.common.formatting import decimal, long_date, long_moment, percent, shown_date
from ambassador.ui.common.labels import label
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.printing import document_file_name
from ambassador.ui.common.record_actions import (
    ActionButton,
    Separator,
    button_row,
    enable,
    links_label,
    more_button,
    plain_text,
    primary_button,
    record_action,
)
from ambassador.ui.common.screen_fit import DownScrolling
from ambassador.ui.common.timeline import TimelineView
from ambassador.ui.common.widgets import DetailPane, Facts, heading, pane_layout, pane_tabs
from ambassador.ui.files.list_exports import list_file_name
from ambassador.ui.i18n import list_name
from ambassador.ui.placements.dialog import (
    PlacementDialog,
)
from ambassador.ui.placements.end_dialog import EndPlacementDialog
from ambassador.ui.placements.followup_dialogs import (
    FeedbackDialog,
    NoteDialog,
    ScheduleCheckInDialog,
)
from ambassador.ui.placements.plan_editor import plan_in_words, qt_translate
from ambassador.ui.placements.summary_consent import print_summary_with_consent
from ambassador.ui.placements.tasks_covered import task_text
from ambassador.ui.placements.terms_text import TermsText
from ambassador.ui.questionnaires.printing import print_questionnaire


def period_text(start: date, end: date | None) -> str:
    return f"{shown_date(start)} – {shown_date(end)}"


class PlacementDetailPane(DetailPane):
    def __init__(self, services: Services, navigator: Navigator, parent: QWidget | None = None):
        super().__init__(services, navigator, parent)
        self.detail: PlacementDetail | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.heading_label = heading()
        self.status_label = heading(scale=1.0)
        self.status_label.setFont(self.font())
        # Where the placement belongs: links, not actions.
        self.links_label = links_label(self._on_links_label_link_activated)
        self.links_label.setAccessibleName(self.tr("Participant and employer"))

        # Every action is a QAction: the buttons below and the menu bar's Placement menu
        # show these same objects (actions_for_menu).
        self.write_note_action = record_action(
            self, self.tr("&Write note…"), self.add_note, "Ctrl+Shift+N"
        )
        self.schedule_action = record_action(
            self, self.tr("&Schedule check-in…"), self.schedule_check_in
        )
        self.feedback_action = record_action(
            self, self.tr("Record &feedback…"), self.record_feedback
        )
        self.end_action = record_action(self, self.tr("&End placement…"), self.end_placement)
        self.edit_action = record_action(
            self, self.tr("E&dit plan…"), self.edit_placement, "Ctrl+E"
        )
        self.summary_action = record_action(
            self,
            self.tr("&Print summary…"),
            self.print_summary,
            tip=self.tr("The follow-up summary for the employer, as a PDF (Ctrl+P)"),
        )
        self.agreement_action = record_action(
            self, self.tr("Print a&greement…"), self.print_agreement
        )
        self.questionnaire_menu = QMenu(
            QCoreApplication.translate("QuestionnaireButton", "Print &questionnaire"), self
        )
        self.questionnaire_actions = {
            Respondent.EMPLOYER: record_action(
                self,
                QCoreApplication.translate("QuestionnaireButton", "For the &employer"),
                partial(self.print_questionnaire, Respondent.EMPLOYER),
            ),
            Respondent.PARTICIPANT: record_action(
                self,
                QCoreApplication.translate("QuestionnaireButton", "For the &participant"),
                partial(self.print_questionnaire, Respondent.PARTICIPANT),
            ),
        }
        self.questionnaire_menu.addActions(list(self.questionnaire_actions.values()))
        self.notes_action = record_action(
            self,
            self.tr("E&xport notes…"),
            self.export_notes,
            tip=self.tr("All notes of the placement as an Excel workbook, internal ones marked."),
        )
        self.participant_action = record_action(
            self, self.tr("Open the p&articipant"), self._open_participant
        )
        self.employer_action = record_action(
            self, self.tr("Open the empl&oyer"), self._open_employer
        )
        self.delete_action = record_action(
            self,
            self.tr("Move to &trash…"),
            self.delete_placement,
            tip=self.tr("The placement stays in the trash for 30 days and can be restored."),
        )
        # On the timeline's chosen entry.
        self.done_action = record_action(
            self, self.tr("&Record check-in…"), self.record_check_in, "Ctrl+Shift+R"
        )
        self.missed_action = record_action(
            self, self.tr("Check-in &missed"), lambda: self.mark_check_in(CheckInStatus.MISSED)
        )
        self.cancelled_action = record_action(
            self,
            self.tr("Check-in &cancelled"),
            lambda: self.mark_check_in(CheckInStatus.CANCELLED),
        )
        self.delete_note_action = record_action(self, self.tr("De&lete note…"), self.delete_note)

        # One primary action, the everyday ones beside it, the rest under More with the
        # destructive one last.
        self.note_button = primary_button(self.write_note_action)
        self.schedule_button = ActionButton(self.schedule_action)
        self.end_button = ActionButton(self.end_action)
        self.more_button = more_button(
            self.tr("More"),
            [
                self.feedback_action,
                self.edit_action,
                Separator,
                self.summary_action,
                self.agreement_action,
                self.questionnaire_menu.menuAction(),
                self.notes_action,
                Separator,
                self.delete_action,
            ],
        )
        self.done_button = ActionButton(self.done_action)
        # A check-in that did not happen is rarer than one recorded: both ways under one
        # button, so the timeline's row stays short.
        self.not_held_button = more_button(
            self.tr("Not held"), [self.missed_action, self.cancelled_action]
        )
        self.delete_note_button = ActionButton(self.delete_note_action)

        self.timeline_view = TimelineView(with_placement=False, takes_height=True)
        self.timeline_view.entry_selected.connect(self._on_timeline_entry_selected)
        self.plan_facts = Facts()
        self.tabs = pane_tabs()
        self.tabs.setAccessibleName(self.tr("Placement"))
        timeline_page = QWidget()
        timeline_layout = pane_layout(timeline_page)
        timeline_layout.setContentsMargins(0, 6, 0, 0)
        timeline_layout.addLayout(
            button_row(
                [self.done_button, self.not_held_button],
                apart=[self.delete_note_button],
            )
        )
        timeline_layout.addWidget(self.timeline_view, 1)
        self.tabs.addTab(timeline_page, self.tr("Timeline"))
        plan_page = QWidget()
        plan_layout = pane_layout(plan_page)
        plan_layout.setContentsMargins(0, 6, 0, 0)
        plan_layout.addWidget(self.plan_facts)
        plan_layout.addStretch(1)
        # The plan scrolls in its tab: a tab widget is as tall as its tallest page, and the plan's
        # wrapped lines in a narrow pane made the whole pane scroll, the timeline stretched with it.
        self.tabs.addTab(DownScrolling(plan_page), self.tr("Plan"))

        layout = pane_layout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.links_label)
        layout.addLayout(
            button_row([self.note_button, self.schedule_button, self.end_button, self.more_button])
        )
        layout.addWidget(self.tabs, 1)

    def actions_for_menu(self) -> list[QAction | None]:
        """The menu bar's Placement menu: every action of the pane, in the pane's order."""
        return [
            self.write_note_action,
            self.schedule_action,
            self.feedback_action,
            self.end_action,
            self.edit_action,
            Separator,
            self.done_action,
            self.missed_action,
            self.cancelled_action,
            self.delete_note_action,
            Separator,
            self.summary_action,
            self.agreement_action,
            self.questionnaire_menu.menuAction(),
            self.notes_action,
            Separator,
            self.participant_action,
            self.employer_action,
            Separator,
            self.delete_action,
        ]

    def document_action(self) -> QAction:
        """What Ctrl+P prints for a placement: the follow-up summary."""
        return self.summary_action

    def clear_actions(self) -> None:
        """No placement shown (none chosen, or it was deleted): nothing to act on."""
        self.detail = None
        enable(self.actions(), False)

    # Showing ----------------------------------------------------------------------------

    def show_placement(self, placement_id: int) -> None:
        detail = self._services.browse.placement(placement_id)
        self.detail = detail
        placement = detail.placement
        now = self._services.clock.now()
        self.heading_label.setText(
            self.tr("%1 at %2")
            .replace("%1", detail.participant.full_name)
            .replace("%2", detail.employer.name)
        )
        status = placement.status_on(now.date())
        words = [
            label(status),
            list_name(ListName.PLACEMENT_TYPES, placement.placement_type),
            period_text(placement.start_date, placement.planned_end_date),
        ]
        if placement.ending is not None:
            # The outcome with the reason chosen for it, where the status is read.
            outcome = label(placement.ending.outcome)
            if placement.ending.reason:
                reason = list_name(ListName.ENDING_REASONS, placement.ending.reason)
                outcome = f"{outcome} – {reason}"
            words.append(
                self.tr("ended %1: %2")
                .replace("%1", long_date(placement.ending.ended_on))
                .replace("%2", outcome)
            )
        self.status_label.setText(" · ".join(words))
        open_placement = placement.ending is None
        # A closing note is written after the end too; only planning more and ending again
        # belong to an open placement.
        for button in (self.schedule_button, self.end_button):
            button.setEnabled(open_placement)
        self.note_button.setEnabled(True)
        self._show_links_and_actions(detail)
        self._show_plan(detail)
        self.timeline_view.show_entries(
            detail.timeline,
            now,
            self.tr("Nothing recorded yet. Add a note after each contact, or schedule a check-in."),
        )

    def _show_links_and_actions(self, detail: PlacementDetail) -> None:
        # The heading names both; these say where each opens, in the menu's words.
        self.links_label.setText(
            f'<a href="participant">{escape(plain_text(self.participant_action))}</a>'
            f' · <a href="employer">{escape(plain_text(self.employer_action))}</a>'
        )
        # What a placement always allows, ended or not; the timeline's entry actions follow
        # the entry chosen in it.
        enable(
            [
                self.feedback_action,
                self.edit_action,
                self.summary_action,
                self.agreement_action,
                *self.questionnaire_actions.values(),
                self.notes_action,
                self.participant_action,
                self.employer_action,
                self.delete_action,
            ],
            True,
        )

    def _show_plan(self, detail: PlacementDetail) -> None:
        placement = detail.placement
        extent: list[str] = []
        if placement.hours_per_week is not None:
            hours = decimal(placement.hours_per_week)
            extent.append(self.tr("%1 hours a week").replace("%1", hours))
        if placement.extent_percent is not None:
            extent.append(percent(placement.extent_percent / 100))
        follow_up = plan_in_words(placement.plan)
        today = self._services.clock.today()
        phase = ""
        if placement.plan is not None and placement.ending is None:
            phase = (
                describe_phase_on(placement.plan, placement.start_date, today, qt_translate)
                if placement.start_date <= today
                else self.tr("Starts %1 in phase 1").replace("%1", long_date(placement.start_date))
            )
        self.plan_facts.set_rows(
            [
                (self.tr("Placement no."), str(placement.id)),
                (self.tr("Participant"), detail.participant.full_name),
                (self.tr("Employer"), detail.employer.name),
                (self.tr("Unit"), placement.unit),
                (self.tr("Supervisor"), detail.supervisor.name if detail.supervisor else ""),
                (
                    self.tr("Placement type"),
                    list_name(ListName.PLACEMENT_TYPES, placement.placement_type),
                ),
                (self.tr("Period"), period_text(placement.start_date, placement.planned_end_date)),
                (self.tr("Extent"), ", ".join(extent)),
                (self.tr("Follow-up plan"), follow_up),
                (self.tr("Phase now"), phase),
                (self.tr("Purpose"), placement.purpose),
                (self.tr("Goals"), placement.goals),
                (self.tr("Tasks"), placement.tasks),
                (
                    self.tr("Tasks covered"),
                    "\n".join(task_text(task) for task in detail.covered_tasks),
                ),
                (self.tr("Agreed support and adaptations"), placement.support),
                (self.tr("Compensation"), placement.compensation),
                *TermsText(self).rows(detail),
                (
                    self.tr("Ending reason"),
                    list_name(ListName.ENDING_REASONS, placement.ending.reason)
                    if placement.ending is not None
                    else "",
                ),
            ]
        )

    def select_check_in(self, check_in_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.timeline_view.select_check_in(check_in_id)

    def _selected_planned_check_in(self) -> CheckIn | None:
        entry = self.timeline_view.selected_entry()
        item = None if entry is None else entry.item
        if isinstance(item, CheckIn) and item.status is CheckInStatus.PLANNED:
            return item
        return None

    def _selected_note(self) -> Note | None:
        entry = self.timeline_view.selected_entry()
        return entry.item if entry is not None and isinstance(entry.item, Note) else None

    def _on_timeline_entry_selected(self, _entry: TimelineEntry | None) -> None:
        planned = self._selected_planned_check_in() is not None
        self.delete_note_button.setEnabled(self._selected_note() is not None)
        enable([self.done_action, self.missed_action, self.cancelled_action], planned)

    # Actions ----------------------------------------------------------------------------

    def _on_links_label_link_activated(self, link: str) -> None:
        if link == "participant":
            self._open_participant()
        elif link == "employer":
            self._open_employer()

    def _open_participant(self) -> None:
        if self.detail is not None:
            self._navigator.open_participant(self.detail.participant.id)

    def _open_employer(self) -> None:
        if self.detail is not None:
            self._navigator.open_employer(self.detail.employer.id)

    def add_note(self) -> None:
        if self.detail is not None:
            self.open_form(
                NoteDialog(
                    self._services, self.detail.placement, self._services.clock.now(), parent=self
                )
            )

    def record_check_in(self) -> None:
        check_in = self._selected_planned_check_in()
        if self.detail is not None and check_in is not None:
            self.open_form(
                NoteDialog(
                    self._services,
                    self.detail.placement,
                    self._services.clock.now(),
                    check_in,
                    parent=self,
                )
            )

    def mark_check_in(self, status: CheckInStatus) -> None:
        check_in = self._selected_planned_check_in()
        if check_in is None:
            return
        dialogs.attempt(
            self,
            self.tr("The check-in was not changed"),
            lambda: self._services.follow_up.mark_check_in(check_in.id, status),
            self._navigator.publish,
        )

    def delete_note(self) -> None:
        note = self._selected_note()
        if note is None or not dialogs.ask(
            self,
            self.tr("Delete note"),
            self.tr(
                "Delete the note of %1? It stays in the trash for 30 days and can be restored "
                "from there."
            ).replace("%1", long_moment(note.occurred_at)),
            self.tr("Delete"),
        ):
            return
        dialogs.attempt(
            self,
            self.tr("The note was not deleted"),
            lambda: self._services.follow_up.delete_note(note.id, expected_version=note.version),
            self._navigator.publish,
        )

    def schedule_check_in(self) -> None:
        if self.detail is not None:
            self.open_form(
                ScheduleCheckInDialog(
                    self._services, self.detail.placement, self._services.clock.now(), parent=self
                )
            )

    def record_feedback(self) -> None:
        if self.detail is not None:
            self.open_form(
                FeedbackDialog(
                    self._services, self.detail.placement, self._services.clock.today(), parent=self
                )
            )

    def end_placement(self) -> None:
        if self.detail is not None:
            self.open_form(
                EndPlacementDialog(
                    self._services, self.detail.placement, self._services.clock.today(), parent=self
                )
            )

    def edit_placement(self) -> None:
        if self.detail is not None:
            self.open_form(
                PlacementDialog(
                    self._services, self._services.clock.today(), self.detail.placement, parent=self
                )
            )

    def print_summary(self) -> None:
        if self.detail is None:
            return
        placement_id = self.detail.placement.id
        documents = self._services.documents

        def print_it() -> None:
            self._navigator.print_document(
                self,
                document_file_name(SUMMARY_FILE, id=placement_id),
                lambda path: documents.write_summary(placement_id, path),
            )

        # Without the participant's consent: record it from here, print anyway, or stop.
        print_summary_with_consent(self, self._services, self.detail, print_it)

    def print_agreement(self) -> None:
        if self.detail is None:
            return
        placement_id = self.detail.placement.id
        documents = self._services.documents
        self._navigator.print_document(
            self,
            document_file_name(AGREEMENT_FILE, id=placement_id),
            lambda path: documents.write_agreement(placement_id, path),
        )

    def print_questionnaire(self, respondent: Respondent) -> None:
        if self.detail is not None:
            print_questionnaire(
                self, self._services, self._navigator, self.detail.placement.id, respondent
            )

    def export_notes(self) -> None:
        if self.detail is None:
            return
        placement_id = self.detail.placement.id
        exports = self._services.exports
        self._navigator.save_file(
            self,
            list_file_name(ListKind.NOTES, FileFormat.XLSX, id=placement_id),
            lambda path: exports.write_notes(placement_id, path),
        )

    def delete_placement(self) -> None:
        if self.detail is None:
            return
        if not dialogs.ask(
            self,
            self.tr("Delete placement"),
            self.tr(
                "Delete the placement of %1 at %2? It stays in the trash for 30 days and can be "
                "restored from there."
            )
            .replace("%1", self.detail.participant.full_name)
            .replace("%2", self.detail.employer.name),
            self.tr("Delete"),
        ):
            return
        placement_id = self.detail.placement.id
        version = self.detail.placement.version  # another's change since: not deleted
        dialogs.attempt(
            self,
            self.tr("The placement was not deleted"),
            lambda: self._services.placements.delete(placement_id, expected_version=version),
            self._navigator.publish,
        )
