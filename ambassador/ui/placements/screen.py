"""Placeringar: every placement in a filterable list, with the chosen placement's detail pane
beside it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QWidget

from ambassador.domain.browse import (
    Attention,
    Page,
    PlacementFilter,
    PlacementListRow,
    PlacementOrder,
)
from ambassador.domain.enums import ListName, PlacementStatus, Sector
from ambassador.domain.errors import NotFoundError
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common.formatting import iso_date, short_day, shown_date
from ambassador.ui.common.labels import current_value, label
from ambassador.ui.common.list_screen import ListScreen
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.table_model import Column
from ambassador.ui.i18n import list_name
from ambassador.ui.placements.detail_pane import PlacementDetailPane
from ambassador.ui.placements.dialog import (
    PlacementDialog,
    chosen_id,
    fill_named,
    named_combo,
    select_id,
)


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
        self.employer_combo = self.add_filter(
            named_combo(self.tr("All employers")), self.tr("Employer")
        )
        self.finish_building()  # the types and employers are read by refresh(), as it is shown

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
            shown = list_name(ListName.PLACEMENT_TYPES, placement_type)
            self.type_combo.addItem(shown, placement_type)
        index = self.type_combo.findData(current) if current else 0
        self.type_combo.setCurrentIndex(max(index, 0))
        self.type_combo.blockSignals(False)

    def _fill_employers(self) -> None:
        chosen = chosen_id(self.employer_combo)
        self.employer_combo.blockSignals(True)
        # Every employer by name alone: a municipality has hundreds, which a searchable combo
        # holds well; as wide as the longest name, within the filters' limit.
        choices = self._services.browse.employer_choices()
        fill_named(self.employer_combo, choices, as_wide_as_names=True)
        if chosen is not None:
            select_id(self.employer_combo, chosen)
        self.employer_combo.blockSignals(False)

    def filter_employer(self, employer_id: int | None) -> None:
        if employer_id is None:
            self.employer_combo.setCurrentIndex(-1)
        else:
            select_id(self.employer_combo, employer_id)

    # ListScreen -------------------------------------------------------------------------

    def columns(self) -> list[Column[PlacementListRow]]:
        return [
            Column(self.tr("Participant"), lambda r: r.participant_name, stretch=True, name=True),
            Column(
                self.tr("Employer"),
                lambda r: r.employer_name,
                tooltip=lambda r: r.employer_name,
                stretch=True,
                name=True,
            ),
            Column(
                self.tr("Type"),
                lambda r: list_name(ListName.PLACEMENT_TYPES, r.placement_type),
                tooltip=lambda r: list_name(ListName.PLACEMENT_TYPES, r.placement_type),
                stretch=True,
            ),
            Column(self.tr("Status"), self._status_text),
            Column(
                self.tr("Start"),
                lambda r: shown_date(r.start_date),
                lambda r: iso_date(r.start_date),
            ),
            Column(
                self.tr("Planned end"),
                lambda r: shown_date(r.planned_end_date),
                lambda r: iso_date(r.planned_end_date),
            ),
            Column(
                self.tr("Last contact"),
                lambda r: shown_date(r.last_contact),
                lambda r: iso_date(r.last_contact),
            ),
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
            employer_id=chosen_id(self.employer_combo),
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

        def show_saved() -> None:
            if dialog.saved_placement is not None:
                self.open_record(dialog.saved_placement.id)

        self.detail_pane.open_form(dialog, show_saved)

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
