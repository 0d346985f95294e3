"""The employer's network log: its network contacts newest first in the employer's timeline,
interleaved with its placements' starts and ends; record, change, follow up and delete."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ambassador.domain.network import NetworkContact
from ambassador.domain.timeline import PlacementEvent, TimelineEntry
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.record_actions import (
    ActionButton,
    Separator,
    button_row,
    enable,
    more_button,
    record_action,
)
from ambassador.ui.common.timeline import TimelineView
from ambassador.ui.common.widgets import DetailPane, pane_layout
from ambassador.ui.employers.network_dialog import NetworkContactDialog


class NetworkLogTab(QWidget):
    """A tab of the employer's pane. "Record network contact" is the pane's own action (its
    menu and shortcut); the actions on the chosen contact are the tab's."""

    def __init__(self, services: Services, navigator: Navigator, pane: DetailPane) -> None:
        super().__init__()
        self._services = services
        self._navigator = navigator
        self._pane = pane
        self._employer_id: int | None = None
        self.record_action = record_action(
            pane,
            self.tr("Record &network contact…"),
            self.record_contact,
            "Ctrl+Shift+N",
            tip=self.tr("A visit, meeting or call with the employer, not about a participant."),
        )
        self.edit_action = record_action(self, self.tr("Edit network contact…"), self.edit_contact)
        self.done_action = record_action(self, self.tr("Mark follow-up done"), self.mark_done)
        self.delete_action = record_action(
            self,
            self.tr("Move network contact to trash…"),
            self.delete_contact,
            tip=self.tr("It stays in the trash for 30 days and can be restored."),
        )
        self.record_button = ActionButton(self.record_action)
        self.edit_button = ActionButton(self.edit_action)
        self.more_button = more_button(
            self.tr("More"), [self.done_action, Separator, self.delete_action]
        )
        self.timeline = TimelineView(with_placement=False, takes_height=True)
        self.timeline.table.setAccessibleName(self.tr("Network log"))
        self.timeline.entry_selected.connect(self._on_timeline_entry_selected)
        self.timeline.table.doubleClicked.connect(self._on_timeline_activated)
        layout = pane_layout(self)
        layout.addLayout(button_row([self.record_button, self.edit_button, self.more_button]))
        layout.addWidget(self.timeline, 1)

    def contact_actions(self) -> list[QAction]:
        return [self.edit_action, self.done_action, self.delete_action]

    def show_employer(self, employer_id: int, entries: list[TimelineEntry] | None = None) -> None:
        """`entries`: the log as the pane read it with the employer (None: read it now)."""
        self._employer_id = employer_id
        self.timeline.show_entries(
            self._services.network.timeline(employer_id) if entries is None else entries,
            self._services.clock.now(),
            self.tr(
                "No network contacts yet. Record visits, meetings and calls with the employer "
                "here, with a follow-up date when something is to be done."
            ),
        )
        self._on_timeline_entry_selected(None)

    def selected_contact(self) -> NetworkContact | None:
        entry = self.timeline.selected_entry()
        return entry.item if entry is not None and isinstance(entry.item, NetworkContact) else None

    # Actions ----------------------------------------------------------------------------

    def record_contact(self) -> None:
        if self._employer_id is not None:
            self._pane.open_form(
                NetworkContactDialog(self._services, self._employer_id, parent=self._pane)
            )

    def edit_contact(self) -> None:
        contact = self.selected_contact()
        if contact is not None:
            self._pane.open_form(
                NetworkContactDialog(
                    self._services, contact.employer_id, contact, parent=self._pane
                )
            )

    def mark_done(self) -> None:
        contact = self.selected_contact()
        if contact is None or not contact.follow_up_open():
            return
        dialogs.attempt(
            self,
            self.tr("The follow-up was not marked done"),
            lambda: self._services.network.mark_follow_up_done(
                contact.id, expected_version=contact.version
            ),
            self._navigator.publish,
        )

    def delete_contact(self) -> None:
        contact = self.selected_contact()
        if contact is None:
            return
        if not dialogs.ask(
            self,
            self.tr("Delete network contact"),
            self.tr(
                "Delete this network contact? It stays in the trash for 30 days and can be "
                "restored from there."
            ),
            self.tr("Delete"),
        ):
            return
        dialogs.attempt(
            self,
            self.tr("The network contact was not deleted"),
            lambda: self._services.network.delete(contact.id, expected_version=contact.version),
            self._navigator.publish,
        )

    def _on_timeline_entry_selected(self, _entry: TimelineEntry | None) -> None:
        contact = self.selected_contact()
        enable([self.edit_action, self.delete_action], contact is not None)
        self.done_action.setEnabled(contact is not None and contact.follow_up_open())

    def _on_timeline_activated(self, index: QModelIndex) -> None:
        entry = self.timeline.model.row_at(index.row())
        if isinstance(entry.item, NetworkContact):
            self.edit_contact()
        elif isinstance(entry.item, PlacementEvent):
            self._navigator.open_placement(entry.item.placement.id)
