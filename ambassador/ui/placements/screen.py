"""Placeringar: every placement in a filterable list, and beside it the chosen placement's plan
and timeline, with the follow-up actions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QTabWidget, QWidget

from ambassador.domain.browse import (
    Attention,
    Page,
    PlacementFilter,
    PlacementListRow,
    PlacementOrder,
)
from ambassador.domain.enums import CheckInStatus, ListName, PlacementStatus, Respondent, Sector
from ambassador.domain.errors import NotFoundError
from ambassador.domain.exports import FileFormat, ListKind
from ambassador.domain.followup import CheckIn, Note
from ambassador.domain.plan import describe_phase_on
from ambassador.domain.timeline import TimelineEntry
from ambassador.services.browse import PlacementDetail
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.services.documents import AGREEMENT_FILE, SUMMARY_FILE
from ambassador.ui.common import dialogs, icons
from ambassador.ui.common.formatting import iso_date, short_day
from ambassador.ui.common.labels import current_value, label
from ambassador.ui.common.list_screen import ListScreen
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.printing import document_file_name
from ambassador.ui.common.table_model import Column
from ambassador.ui.common.timeline import TimelineView
from ambassador.ui.common.widgets import (
    DetailPane,
    Facts,
    action_button,
    action_row,
    heading,
    pane_layout,
)
from ambassador.ui.files.list_exports import list_file_name
from ambassador.ui.placements.dialog import (
    PlacementDialog,
    chosen_id,
    fill_named,
    searchable_combo,
    select_id,
)
from ambassador.ui.placements.end_dialog import EndPlacementDialog
from ambassador.ui.placements.followup_dialogs import (
    FeedbackDialog,
    NoteDialog,
    ScheduleCheckInDialog,
)
from ambassador.ui.placements.plan_editor import plan_in_words, qt_translate
from ambassador.ui.questionnaires.dialog import print_questionnaire, questionnaire_button


def period_text(start: date, end: date | None) -> str:
    return f"{iso_date(start)} – {iso_date(end)}"


class PlacementDetailPane(DetailPane):
    def __init__(self, services: Services, navigator: Navigator, parent: QWidget | None = None):
        super().__init__(services, navigator, parent)
        self.detail: PlacementDetail | None = None
        self._build_ui()

    def _build_ui(self) -> None:
        self.heading_label = heading()
        self.status_label = heading(scale=1.0)
        self.status_label.setFont(self.font())
        self.participant_button = action_button(icons.get("participant"), self.tr("Participant"))
        self.participant_button.clicked.connect(
            lambda: self.detail and self._navigator.open_participant(self.detail.participant.id)
        )
        self.employer_button = action_button(icons.get("employer"), self.tr("Employer"))
        self.employer_button.clicked.connect(
            lambda: self.detail and self._navigator.open_employer(self.detail.employer.id)
        )
        self.note_button = action_button(
            icons.get("note"), self.tr("Add &note"), self.tr("Ctrl+Shift+N")
        )
        self.note_button.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.note_button.clicked.connect(self.add_note)
        self.schedule_button = action_button(icons.get("check_in"), self.tr("&Schedule check-in"))
        self.schedule_button.clicked.connect(self.schedule_check_in)
        self.feedback_button = action_button(icons.get("feedback"), self.tr("Record &feedback"))
        self.feedback_button.clicked.connect(self.record_feedback)
        self.end_button = action_button(icons.get("end"), self.tr("&End placement"))
        self.end_button.clicked.connect(self.end_placement)
        self.edit_button = action_button(icons.get("edit"), self.tr("Edit plan"))
        self.edit_button.clicked.connect(self.edit_placement)
        self.delete_button = action_button(icons.get("delete"), self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_placement)
        self.summary_button = action_button(icons.get("print"), self.tr("&Print summary"))
        self.summary_button.clicked.connect(self.print_summary)
        self.agreement_button = action_button(icons.get("print"), self.tr("Print a&greement"))
        self.agreement_button.clicked.connect(self.print_agreement)
        self.questionnaire_button = questionnaire_button(self.print_questionnaire)
        self.notes_button = action_button(icons.get("save"), self.tr("E&xport notes…"))
        self.notes_button.setToolTip(
            self.tr("All notes of the placement as an Excel workbook, internal ones marked.")
        )
        self.notes_button.clicked.connect(self.export_notes)

        self.done_button = action_button(icons.get("done"), self.tr("Record check-in"))
        self.done_button.clicked.connect(self.record_check_in)
        self.missed_button = action_button(icons.get("missed"), self.tr("Missed"))
        self.missed_button.clicked.connect(lambda: self.mark_check_in(CheckInStatus.MISSED))
        self.cancelled_button = action_button(icons.get("cancelled"), self.tr("Cancelled"))
        self.cancelled_button.clicked.connect(lambda: self.mark_check_in(CheckInStatus.CANCELLED))
        self.delete_note_button = action_button(icons.get("delete"), self.tr("Delete note"))
        self.delete_note_button.clicked.connect(self.delete_note)

        self.timeline_view = TimelineView(with_placement=False)
        self.timeline_view.entry_selected.connect(self._on_timeline_entry_selected)
        self.plan_facts = Facts()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Placement"))
        timeline_page = QWidget()
        timeline_layout = pane_layout(timeline_page)
        timeline_layout.setContentsMargins(0, 6, 0, 0)
        timeline_layout.addLayout(
            action_row(
                [
                    self.done_button,
                    self.missed_button,
                    self.cancelled_button,
                    self.delete_note_button,
                ]
            )
        )
        timeline_layout.addWidget(self.timeline_view, 1)
        self.tabs.addTab(timeline_page, self.tr("Timeline"))
        plan_page = QWidget()
        plan_layout = pane_layout(plan_page)
        plan_layout.setContentsMargins(0, 6, 0, 0)
        plan_layout.addWidget(self.plan_facts)
        plan_layout.addStretch(1)
        self.tabs.addTab(plan_page, self.tr("Plan"))

        layout = pane_layout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.status_label)
        layout.addLayout(
            action_row([self.participant_button, self.employer_button, self.notes_button])
        )
        layout.addLayout(action_row([self.note_button, self.schedule_button, self.feedback_button]))
        layout.addLayout(action_row([self.end_button, self.edit_button, self.delete_button]))
        layout.addLayout(
            action_row([self.summary_button, self.questionnaire_button, self.agreement_button])
        )
        layout.addWidget(self.tabs, 1)

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
            placement.placement_type,
            period_text(placement.start_date, placement.planned_end_date),
        ]
        if placement.ending is not None:
            words.append(
                self.tr("ended %1: %2")
                .replace("%1", iso_date(placement.ending.ended_on))
                .replace("%2", label(placement.ending.outcome))
            )
        self.status_label.setText(" · ".join(words))
        open_placement = placement.ending is None
        for button in (self.note_button, self.schedule_button, self.end_button):
            button.setEnabled(open_placement)
        self._show_plan(detail)
        self.timeline_view.show_entries(
            detail.timeline,
            now,
            self.tr("Nothing recorded yet. Add a note after each contact, or schedule a check-in."),
        )

    def _show_plan(self, detail: PlacementDetail) -> None:
        placement = detail.placement
        extent: list[str] = []
        if placement.hours_per_week is not None:
            extent.append(self.tr("%1 hours a week").replace("%1", f"{placement.hours_per_week:g}"))
        if placement.extent_percent is not None:
            extent.append(f"{placement.extent_percent} %")
        follow_up = plan_in_words(placement.plan)
        today = self._services.clock.today()
        phase = ""
        if placement.plan is not None and placement.ending is None:
            phase = (
                describe_phase_on(placement.plan, placement.start_date, today, qt_translate)
                if placement.start_date <= today
                else self.tr("Starts %1 in phase 1").replace("%1", iso_date(placement.start_date))
            )
        self.plan_facts.set_rows(
            [
                (self.tr("Placement no."), str(placement.id)),
                (self.tr("Participant"), detail.participant.full_name),
                (self.tr("Employer"), detail.employer.name),
                (self.tr("Unit"), placement.unit),
                (self.tr("Supervisor"), detail.supervisor.name if detail.supervisor else ""),
                (self.tr("Placement type"), placement.placement_type),
                (self.tr("Period"), period_text(placement.start_date, placement.planned_end_date)),
                (self.tr("Extent"), ", ".join(extent)),
                (self.tr("Follow-up plan"), follow_up),
                (self.tr("Phase now"), phase),
                (self.tr("Purpose"), placement.purpose),
                (self.tr("Goals"), placement.goals),
                (self.tr("Tasks"), placement.tasks),
                (self.tr("Agreed support and adaptations"), placement.support),
                (self.tr("Compensation"), placement.compensation),
                (
                    self.tr("Ending reason"),
                    placement.ending.reason if placement.ending is not None else "",
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
        for button in (self.done_button, self.missed_button, self.cancelled_button):
            button.setEnabled(planned)

    # Actions ----------------------------------------------------------------------------

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
            ).replace("%1", f"{note.occurred_at:%Y-%m-%d %H:%M}"),
            self.tr("Delete"),
        ):
            return
        dialogs.attempt(
            self,
            self.tr("The note was not deleted"),
            lambda: self._services.follow_up.delete_note(note.id),
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
        if not documents.summary_consented(placement_id) and not dialogs.ask(
            self,
            self.tr("Print summary"),
            self.tr(
                "No consent is recorded from %1 to share the follow-up summary with %2. "
                "Record the consent on the participant before the summary goes to the "
                "employer. Print it anyway?"
            )
            .replace("%1", self.detail.participant.full_name)
            .replace("%2", self.detail.employer.name),
            self.tr("Print anyway"),
        ):
            return
        self._navigator.print_document(
            self,
            document_file_name(SUMMARY_FILE, id=placement_id),
            lambda path: documents.write_summary(placement_id, path),
        )

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
        dialogs.attempt(
            self,
            self.tr("The placement was not deleted"),
            lambda: self._services.placements.delete(self.detail.placement.id),
            self._navigator.publish,
        )


# The employer filter lists every employer; a municipality has hundreds, not this many.


class PlacementsScreen(ListScreen[PlacementListRow]):
    COLUMN_ORDERS = (
        PlacementOrder.PARTICIPANT,
        PlacementOrder.EMPLOYER,
        PlacementOrder.TYPE,
        PlacementOrder.STATUS,
        PlacementOrder.START,
        PlacementOrder.PLANNED_END,
        PlacementOrder.LAST_CONTACT,
        PlacementOrder.NEXT_CHECK_IN,
    )

    def __init__(self, services: Services, navigator: Navigator, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self._criteria = PlacementFilter()
        self.detail_pane = PlacementDetailPane(services, navigator)
        self.build_list(
            self.tr("Placements"),
            self.tr("Search participant or employer"),
            self.tr("New placement"),
            self.tr(
                "No placements yet. Register one once its participant and employer are registered."
            ),
            self.tr(
                "No placements match. Clear the search and filters, or register a placement "
                "with New placement."
            ),
            self.detail_pane,
            self.tr("Choose a placement to see its plan and timeline."),
            initial_sort=(4, True),  # the newest start first
        )
        self.status_combo = self.add_filter(
            self._enum_combo(list(PlacementStatus), self.tr("All statuses")), self.tr("Status")
        )
        self.type_combo = self.add_filter(QComboBox(), self.tr("Placement type"))
        self.sector_combo = self.add_filter(
            self._enum_combo(list(Sector), self.tr("All sectors")), self.tr("Sector")
        )
        self.attention_combo = self.add_filter(QComboBox(), self.tr("Needs attention"))
        self.attention_combo.addItem(self.tr("All placements"), None)
        self.attention_combo.addItem(self.tr("Ending within 14 days"), Attention.ENDING_SOON)
        self.attention_combo.addItem(self.tr("At risk"), Attention.AT_RISK)
        self.attention_combo.addItem(self.tr("Overdue check-ins"), Attention.OVERDUE)
        self.employer_combo = self.add_filter(searchable_combo(), self.tr("Employer"))
        self.employer_combo.lineEdit().setPlaceholderText(self.tr("All employers"))
        self._fill_types()
        self._fill_employers()
        self.finish_building()

    def _enum_combo(self, values: Sequence[PlacementStatus | Sector], any_text: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(any_text, None)
        for value in values:
            combo.addItem(label(value), value)
        return combo

    def _fill_types(self) -> None:
        current = self.type_combo.currentData()
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        self.type_combo.addItem(self.tr("All types"), None)
        for placement_type in self._services.settings.list_labels(ListName.PLACEMENT_TYPES):
            self.type_combo.addItem(placement_type, placement_type)
        index = self.type_combo.findText(current) if current else 0
        self.type_combo.setCurrentIndex(max(index, 0))
        self.type_combo.blockSignals(False)

    def _fill_employers(self) -> None:
        chosen = self.employer_combo.currentData() if self._employer_chosen() else None
        self.employer_combo.blockSignals(True)
        fill_named(self.employer_combo, self._services.browse.employer_choices())
        if chosen is not None:
            select_id(self.employer_combo, chosen)
        self.employer_combo.blockSignals(False)

    def _employer_chosen(self) -> bool:
        return chosen_id(self.employer_combo) is not None

    def filter_employer(self, employer_id: int | None) -> None:
        if employer_id is None:
            self.employer_combo.setCurrentIndex(-1)
        else:
            select_id(self.employer_combo, employer_id)

    # ListScreen -------------------------------------------------------------------------

    def columns(self) -> list[Column[PlacementListRow]]:
        return [
            Column(self.tr("Participant"), lambda r: r.participant_name, stretch=True),
            Column(
                self.tr("Employer"),
                lambda r: r.employer_name,
                tooltip=lambda r: r.employer_name,
                stretch=True,
            ),
            Column(
                self.tr("Type"),
                lambda r: r.placement_type,
                tooltip=lambda r: r.placement_type,
                stretch=True,
            ),
            Column(self.tr("Status"), self._status_text),
            Column(self.tr("Start"), lambda r: iso_date(r.start_date)),
            Column(self.tr("Planned end"), lambda r: iso_date(r.planned_end_date)),
            Column(self.tr("Last contact"), lambda r: iso_date(r.last_contact)),
            Column(
                self.tr("Next check-in"),
                lambda r: short_day(r.next_check_in.date()) if r.next_check_in else "",
            ),
        ]

    def _status_text(self, row: PlacementListRow) -> str:
        text = label(row.status)
        if row.overdue_check_ins:
            text += " · " + self.tr("%n overdue", "", row.overdue_check_ins)
        return text

    def criteria(self) -> PlacementFilter:
        return replace(
            self._criteria,
            text=self.search_edit.text(),
            status=current_value(self.status_combo, PlacementStatus),
            placement_type=self.type_combo.currentData(),
            sector=current_value(self.sector_combo, Sector),
            attention=current_value(self.attention_combo, Attention),
            employer_id=self.employer_combo.currentData() if self._employer_chosen() else None,
        )

    def fetch(self, offset: int, limit: int) -> Page[PlacementListRow]:
        return self._services.browse.placements(self.criteria(), offset, limit)

    def on_sort(self, column: int, descending: bool) -> None:
        self._criteria = replace(
            self._criteria, order=self.COLUMN_ORDERS[column], descending=descending
        )

    def count_text(self, total: int) -> str:
        return self.tr("%n placement(s)", "", total)

    def show_detail(self, record_id: int) -> None:
        self.detail_pane.show_placement(record_id)

    def new_record(self) -> None:
        dialog = PlacementDialog(self._services, self._services.clock.today(), parent=self)
        self.detail_pane.open_form(dialog, lambda: self.open_record(dialog.saved_placement.id))

    def refresh(self) -> None:
        self._fill_types()
        self._fill_employers()
        self.reload()
        if self.selected_id is not None:
            self._reshow(self.selected_id)

    def on_changes(self, changes: Changes) -> None:
        if changes.settings:
            self._fill_types()
        if changes.employers:
            self._fill_employers()
        self.reload()
        selected = self.selected_id
        if selected is not None:
            self._reshow(selected)

    def _reshow(self, placement_id: int) -> None:
        try:
            self.detail_pane.show_placement(placement_id)
        except NotFoundError:
            self.clear_detail()
