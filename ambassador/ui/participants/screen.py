"""Deltagare: every participant in a filterable list, and beside it the person: profile,
consents, needs and adaptations (sensitive), placements, and one timeline of everything."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QWidget

from ambassador.domain.browse import (
    Attention,
    Page,
    ParticipantFilter,
    ParticipantListRow,
    ParticipantOrder,
)
from ambassador.domain.country import DENMARK
from ambassador.domain.enums import ListName, PlacementStatus
from ambassador.domain.errors import NotFoundError
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common.formatting import iso_date, shown_date
from ambassador.ui.common.labels import current_value, label
from ambassador.ui.common.list_screen import ListScreen
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.table_model import Column
from ambassador.ui.i18n import list_name
from ambassador.ui.participants.detail_pane import ParticipantDetailPane
from ambassador.ui.participants.dialog import ParticipantDialog


class ParticipantsScreen(ListScreen[ParticipantListRow]):
    COLUMN_ORDERS = (
        ParticipantOrder.NAME,
        None,
        ParticipantOrder.REFERRAL_SOURCE,
        ParticipantOrder.PLACEMENTS,
        ParticipantOrder.LAST_CONTACT,
    )

    def __init__(self, services: Services, navigator: Navigator, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self._criteria = ParticipantFilter()
        # In a Danish organisation the number is a CPR number, and named so.
        self._danish = services.participants.country() == DENMARK
        self.detail_pane = ParticipantDetailPane(services, navigator)
        self.build_list(
            self.tr("Participants"),
            self.tr("Search name or CPR number")
            if self._danish
            else self.tr("Search name or personal identity number"),
            self.tr("New participant"),
            self.tr("No participants yet. Register the first one here or with Ctrl+N."),
            self.tr(
                "No participants match. Clear the search and filters, or register someone with "
                "New participant."
            ),
            self.detail_pane,
            self.tr("Choose a participant to see their profile, placements and timeline."),
            sortable=[order is not None for order in self.COLUMN_ORDERS],
        )
        self.status_combo = self.add_filter(QComboBox(), self.tr("Placement status"))
        self.status_combo.addItem(self.tr("Any placement status"), None)
        for status in PlacementStatus:
            self.status_combo.addItem(label(status), status)
        self.source_combo = self.add_filter(QComboBox(), self.tr("Referral source"))
        self.attention_combo = self.add_filter(QComboBox(), self.tr("Needs attention"))
        self.attention_combo.addItem(self.tr("All participants"), None)
        self.attention_combo.addItem(
            self.tr("Placement ending within 14 days"), Attention.ENDING_SOON
        )
        self.attention_combo.addItem(self.tr("Placement at risk"), Attention.AT_RISK)
        self.attention_combo.addItem(self.tr("Overdue check-ins"), Attention.OVERDUE)
        self.finish_building()  # the referral sources are read by refresh(), as it is shown

    def _fill_sources(self) -> None:
        current = self.source_combo.currentData()
        self.source_combo.blockSignals(True)
        self.source_combo.clear()
        self.source_combo.addItem(self.tr("All referral sources"), None)
        for source in self._services.settings.list_labels(ListName.REFERRAL_SOURCES):
            self.source_combo.addItem(list_name(ListName.REFERRAL_SOURCES, source), source)
        index = self.source_combo.findData(current) if current else 0
        self.source_combo.setCurrentIndex(max(index, 0))
        self.source_combo.blockSignals(False)

    def columns(self) -> list[Column[ParticipantListRow]]:
        return [
            Column(
                self.tr("Name"),
                lambda r: f"{r.last_name}, {r.first_name}",
                stretch=True,
                name=True,
            ),
            Column(
                self.tr("CPR number") if self._danish else self.tr("Personal identity number"),
                lambda r: r.masked_identity_number,
            ),
            Column(
                self.tr("Referral source"),
                lambda r: list_name(ListName.REFERRAL_SOURCES, r.referral_source),
                tooltip=lambda r: list_name(ListName.REFERRAL_SOURCES, r.referral_source),
                stretch=True,
            ),
            Column(self.tr("Active"), lambda r: str(r.active_placements)),
            Column(
                self.tr("Last contact"),
                lambda r: shown_date(r.last_contact),
                lambda r: iso_date(r.last_contact),
            ),
        ]

    def criteria(self) -> ParticipantFilter:
        return replace(
            self._criteria,
            text=self.search_edit.text(),
            status=current_value(self.status_combo, PlacementStatus),
            referral_source=self.source_combo.currentData(),
            attention=current_value(self.attention_combo, Attention),
        )

    def fetch(self, offset: int, limit: int) -> Page[ParticipantListRow]:
        return self._services.browse.participants(self.criteria(), offset, limit)

    def on_sort(self, column: int, descending: bool) -> None:
        order = self.COLUMN_ORDERS[column]
        if order is not None:
            self._criteria = replace(self._criteria, order=order, descending=descending)

    def count_text(self, total: int) -> str:
        return self.tr("%n participant(s)", "", total)

    def show_detail(self, record_id: int) -> None:
        self.detail_pane.show_participant(record_id)

    def new_record(self) -> None:
        dialog = ParticipantDialog(
            self._services, None, today=self._services.clock.today(), parent=self
        )

        def show_saved() -> None:
            if dialog.saved_participant is not None:
                self.open_record(dialog.saved_participant.id)

        self.detail_pane.open_form(dialog, show_saved)

    def refresh(self) -> None:
        self.on_changes(Changes(settings=True))

    def on_changes(self, changes: Changes) -> None:
        if changes.settings:
            self._fill_sources()
        self.reload()
        selected = self.selected_id
        if selected is not None:
            try:
                self.detail_pane.show_participant(selected)
            except NotFoundError:
                self.clear_detail()
