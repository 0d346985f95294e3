"""Arbetsgivare: every employer in a filterable list, and beside it the employer: contacts and
supervisors, agreement, tasks on offer, capacity, placements with outcomes, average feedback."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from ambassador.domain.browse import (
    EmployerFilter,
    EmployerListRow,
    EmployerOrder,
    Page,
    PlacementListRow,
)
from ambassador.domain.country import DENMARK
from ambassador.domain.employer import Contact
from ambassador.domain.enums import AgreementStatus, ListName, PlacementStatus, Sector
from ambassador.domain.errors import NotFoundError
from ambassador.domain.followup import RATING_FIELDS
from ambassador.domain.tasks import EmployerTask
from ambassador.services.browse import EmployerDetail
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import dialogs
from ambassador.ui.common.formatting import iso_date, rating, shown_date
from ambassador.ui.common.labels import current_value, label, rating_label
from ambassador.ui.common.list_screen import ListScreen
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.placement_columns import placement_columns
from ambassador.ui.common.record_actions import (
    ActionButton,
    Separator,
    button_row,
    enable,
    more_button,
    primary_button,
    record_action,
)
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.common.table_model import Column
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
from ambassador.ui.employers.dialog import ContactDialog, EmployerDialog
from ambassador.ui.employers.network_tab import NetworkLogTab
from ambassador.ui.employers.task_catalogue import TaskCatalogueDialog
from ambassador.ui.i18n import list_name, list_names
from ambassador.ui.placements.dialog import PlacementDialog


class EmployerDetailPane(DetailPane):
    def __init__(self, services: Services, navigator: Navigator, parent: QWidget | None = None):
        super().__init__(services, navigator, parent)
        self.detail: EmployerDetail | None = None
        self.catalogue_action: QAction | None = None  # the screen's, shown in the menu too
        # In a Danish organisation the number is a CVR number, and named so.
        self._danish = services.employers.country() == DENMARK
        self._build_ui()

    def _build_ui(self) -> None:
        self.heading_label = heading()
        self.summary_label = heading(scale=1.0)
        self.summary_label.setFont(self.font())
        # Every action is a QAction: the buttons below and the menu bar's Employer menu show
        # these same objects (actions_for_menu).
        self.placement_action = record_action(self, self.tr("New &placement…"), self.new_placement)
        self.edit_action = record_action(
            self, self.tr("&Edit employer…"), self.edit_employer, "Ctrl+E"
        )
        self.add_contact_action = record_action(self, self.tr("&Add contact…"), self.add_contact)
        self.edit_contact_action = record_action(self, self.tr("Edit &contact…"), self.edit_contact)
        self.delete_action = record_action(
            self,
            self.tr("Move to &trash…"),
            self.delete_employer,
            tip=self.tr("The employer stays in the trash for 30 days and can be restored."),
        )
        self.placement_button = primary_button(self.placement_action)
        self.edit_button = ActionButton(self.edit_action)
        self.more_button = more_button(
            self.tr("More"),
            [self.add_contact_action, self.edit_contact_action, Separator, self.delete_action],
        )

        self.facts = Facts()
        self.feedback_heading = section_heading(self.tr("Average feedback from the employer"))
        self.feedback_facts = Facts()
        self.contacts_table: SmallTable[Contact] = SmallTable(
            [
                Column(self.tr("Name"), lambda c: c.name, name=True),
                Column(self.tr("Role"), lambda c: label(c.role)),
                Column(self.tr("Phone"), lambda c: c.phone),
                Column(self.tr("Email"), lambda c: c.email),
            ],
            self.tr("Contacts and supervisors"),
        )
        self.contacts_table.opened.connect(lambda _index: self.edit_contact())
        self.add_contact_button = ActionButton(self.add_contact_action)
        self.edit_contact_button = ActionButton(self.edit_contact_action)
        self.placements_table: SmallTable[PlacementListRow] = SmallTable(
            placement_columns(by_participant=True), self.tr("Placements")
        )
        self.placements_table.opened.connect(self._on_placements_table_activated)

        def requirements_text(task: EmployerTask) -> str:
            return ", ".join(list_names(ListName.TASK_REQUIREMENTS, task.requirements))

        self.tasks_table: SmallTable[EmployerTask] = SmallTable(
            [
                Column(self.tr("Task"), lambda t: t.title),
                Column(
                    self.tr("Category"), lambda t: list_name(ListName.TASK_CATEGORIES, t.category)
                ),
                Column(
                    self.tr("Requirements"),
                    requirements_text,
                    tooltip=requirements_text,
                ),
            ],
            self.tr("Tasks on offer"),
        )
        self.tasks_table.opened.connect(lambda _index: self.edit_employer())
        self.tasks_empty_label = QLabel(
            self.tr(
                "No tasks listed. Edit the employer to add the tasks it can offer, so "
                "participants can be matched to them."
            )
        )
        self.tasks_empty_label.setWordWrap(True)
        self.tasks_notes_facts = Facts()

        self.tabs = pane_tabs()
        self.tabs.setAccessibleName(self.tr("Employer"))
        about_page = QWidget()
        about_layout = pane_layout(about_page)
        about_layout.addWidget(self.facts)
        about_layout.addWidget(self.feedback_heading)
        about_layout.addWidget(self.feedback_facts)
        about_layout.addStretch(1)
        self.tabs.addTab(about_page, self.tr("About"))
        tasks_page = QWidget()
        tasks_layout = pane_layout(tasks_page)
        tasks_layout.addWidget(self.tasks_empty_label)
        tasks_layout.addWidget(self.tasks_table, 1)
        tasks_layout.addWidget(self.tasks_notes_facts)
        self.tabs.addTab(tasks_page, self.tr("Tasks"))
        contacts_page = QWidget()
        contacts_layout = pane_layout(contacts_page)
        contacts_layout.addLayout(action_row([self.add_contact_button, self.edit_contact_button]))
        contacts_layout.addWidget(self.contacts_table)
        self.tabs.addTab(contacts_page, self.tr("Contacts"))
        placements_page = QWidget()
        pane_layout(placements_page).addWidget(self.placements_table)
        self.tabs.addTab(placements_page, self.tr("Placements"))
        self.network_tab = NetworkLogTab(self._services, self._navigator, self)
        self.tabs.addTab(self.network_tab, self.tr("Network log"))

        layout = pane_layout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.summary_label)
        layout.addLayout(button_row([self.placement_button, self.edit_button, self.more_button]))
        layout.addWidget(self.tabs, 1)

    def actions_for_menu(self) -> list[QAction | None]:
        """The menu bar's Employer menu: every action of the pane."""
        return [
            self.placement_action,
            self.edit_action,
            self.network_tab.record_action,
            Separator,
            self.add_contact_action,
            self.edit_contact_action,
            Separator,
            self.delete_action,
            *([Separator, self.catalogue_action] if self.catalogue_action else []),
        ]

    def document_action(self) -> QAction | None:
        """An employer has no document of its own to print."""
        return None

    def clear_actions(self) -> None:
        """No employer shown (none chosen, or deleted): nothing to act on."""
        self.detail = None
        enable(self.actions(), False)
        enable(self.network_tab.contact_actions(), False)

    def show_employer(self, employer_id: int) -> None:
        detail = self._services.browse.employer(employer_id)
        self.detail = detail
        employer = detail.employer
        active = sum(1 for p in detail.placements if p.status is PlacementStatus.ACTIVE)
        self.heading_label.setText(employer.name)
        self.summary_label.setText(
            " · ".join(
                [
                    label(employer.sector),
                    label(employer.agreement_status),
                    self.tr("%1 of %2 places taken")
                    .replace("%1", str(active))
                    .replace("%2", str(employer.capacity)),
                ]
            )
        )
        last = detail.last_contact
        self.facts.set_rows(
            [
                (
                    self.tr("CVR number") if self._danish else self.tr("Organisation number"),
                    employer.organisation_number or "",
                ),
                (self.tr("Sector"), label(employer.sector)),
                (self.tr("Industry"), employer.industry),
                (self.tr("Address"), employer.address),
                (self.tr("Agreement"), label(employer.agreement_status)),
                (self.tr("Agreement date"), shown_date(employer.agreement_date)),
                (self.tr("Places at once"), str(employer.capacity)),
                (self.tr("Placements in all"), str(len(detail.placements))),
                (self.tr("Last contact"), shown_date(last) if last else self.tr("None recorded")),
            ]
        )
        if detail.feedback_answers:
            rows = [(self.tr("Answers"), str(detail.feedback_answers))]
            for name in RATING_FIELDS:
                mean = detail.average_ratings.get(name)
                rows.append((rating_label(name), "–" if mean is None else rating(mean)))
        else:
            rows = [(self.tr("Answers"), self.tr("No feedback recorded yet."))]
        self.feedback_facts.set_rows(rows)
        self.contacts_table.model_rows.set_rows(detail.contacts)
        tasks = self._services.employers.tasks(employer.id)
        self.tasks_table.model_rows.set_rows(tasks)
        self.tasks_table.setVisible(bool(tasks))
        self.tasks_empty_label.setVisible(not tasks)
        self.tasks_notes_facts.set_rows([(self.tr("About the tasks"), employer.tasks_offered)])
        self.placements_table.model_rows.set_rows(detail.placements)
        enable(self.actions(), True)
        self.network_tab.show_employer(employer.id, detail.network_timeline)

    # Actions ----------------------------------------------------------------------------

    def _on_placements_table_activated(self, index: QModelIndex) -> None:
        self._navigator.open_placement(row_of(self.placements_table, index).id)

    def edit_employer(self) -> None:
        if self.detail is not None:
            self.open_form(EmployerDialog(self._services, self.detail.employer, parent=self))

    def add_contact(self) -> None:
        if self.detail is not None:
            self.open_form(
                ContactDialog(self._services, self.detail.employer.id, None, parent=self)
            )

    def edit_contact(self) -> None:
        contact = self.contacts_table.selected_row()
        if self.detail is not None and contact is not None:
            self.open_form(
                ContactDialog(self._services, self.detail.employer.id, contact, parent=self)
            )

    def new_placement(self) -> None:
        if self.detail is None:
            return
        dialog = PlacementDialog(
            self._services,
            self._services.clock.today(),
            employer_id=self.detail.employer.id,
            parent=self,
        )

        def show_saved() -> None:
            if dialog.saved_placement is not None:
                self._navigator.open_placement(dialog.saved_placement.id)

        self.open_form(dialog, show_saved)

    def delete_employer(self) -> None:
        if self.detail is None:
            return
        employer = self.detail.employer
        if not dialogs.ask(
            self,
            self.tr("Delete employer"),
            self.tr(
                "Delete %1? It stays in the trash for 30 days and can be restored from there."
            ).replace("%1", employer.name),
            self.tr("Delete"),
        ):
            return
        dialogs.attempt(
            self,
            self.tr("The employer was not deleted"),
            lambda: self._services.employers.delete(employer.id, expected_version=employer.version),
            self._navigator.publish,
        )


class EmployersScreen(ListScreen[EmployerListRow]):
    COLUMN_ORDERS = (
        EmployerOrder.NAME,
        EmployerOrder.SECTOR,
        EmployerOrder.AGREEMENT,
        EmployerOrder.ACTIVE,
        EmployerOrder.CAPACITY,
        EmployerOrder.LAST_CONTACT,
    )

    def __init__(self, services: Services, navigator: Navigator, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self._criteria = EmployerFilter()
        self.detail_pane = EmployerDetailPane(services, navigator)
        danish = services.employers.country() == DENMARK
        self.build_list(
            self.tr("Employers"),
            self.tr("Search name, industry or CVR number")
            if danish
            else self.tr("Search name, industry or organisation number"),
            self.tr("New employer"),
            self.tr("No employers yet. Register the first workplace here or with Ctrl+N."),
            self.tr(
                "No employers match. Clear the search and filters, or register one with "
                "New employer."
            ),
            self.detail_pane,
            self.tr("Choose an employer to see contacts, placements and feedback."),
        )
        self.sector_combo = self.add_filter(QComboBox(), self.tr("Sector"))
        self.sector_combo.addItem(self.tr("All sectors"), None)
        for sector in Sector:
            self.sector_combo.addItem(label(sector), sector)
        self.agreement_combo = self.add_filter(QComboBox(), self.tr("Agreement"))
        self.agreement_combo.addItem(self.tr("Any agreement"), None)
        for status in AgreementStatus:
            self.agreement_combo.addItem(label(status), status)
        self.active_combo = self.add_filter(QComboBox(), self.tr("Placements"))
        self.active_combo.addItem(self.tr("With or without placements"), False)
        self.active_combo.addItem(self.tr("With active placements"), True)
        self.finish_building()
        self._add_catalogue_action()

    def columns(self) -> list[Column[EmployerListRow]]:
        return [
            Column(
                self.tr("Name"),
                lambda r: r.name,
                tooltip=lambda r: r.name,
                stretch=True,
                name=True,
            ),
            Column(self.tr("Sector"), lambda r: label(r.sector)),
            Column(self.tr("Agreement"), lambda r: label(r.agreement_status)),
            Column(self.tr("Active"), lambda r: str(r.active_placements)),
            Column(self.tr("Places"), lambda r: str(r.capacity)),
            Column(
                self.tr("Last contact"),
                lambda r: shown_date(r.last_contact),
                lambda r: iso_date(r.last_contact),
            ),
        ]

    def criteria(self) -> EmployerFilter:
        return replace(
            self._criteria,
            text=self.search_edit.text(),
            sector=current_value(self.sector_combo, Sector),
            agreement_status=current_value(self.agreement_combo, AgreementStatus),
            with_active_placements=bool(self.active_combo.currentData()),
        )

    def fetch(self, offset: int, limit: int) -> Page[EmployerListRow]:
        return self._services.browse.employers(self.criteria(), offset, limit)

    def on_sort(self, column: int, descending: bool) -> None:
        self._criteria = replace(
            self._criteria, order=self.COLUMN_ORDERS[column], descending=descending
        )

    def count_text(self, total: int) -> str:
        return self.tr("%n employer(s)", "", total)

    def show_detail(self, record_id: int) -> None:
        self.detail_pane.show_employer(record_id)

    def new_record(self) -> None:
        dialog = EmployerDialog(self._services, None, parent=self)

        def show_saved() -> None:
            if dialog.saved_employer is not None:
                self.open_record(dialog.saved_employer.id)

        self.detail_pane.open_form(dialog, show_saved)

    def refresh(self) -> None:
        self.on_changes(Changes())

    def _add_catalogue_action(self) -> None:
        self.task_catalogue: TaskCatalogueDialog | None = None
        self.catalogue_action = screen_action(
            self,
            self.tr("Tas&k catalogue…"),
            self.open_task_catalogue,
            ["Ctrl+Shift+T"],
            self.tr("Every employer's tasks in one list, with free places"),
        )
        self.detail_pane.catalogue_action = self.catalogue_action
        self.catalogue_button = ActionButton(self.catalogue_action, text=self.tr("Task catalogue"))
        # Beside New employer, in the heading build_list made.
        layout = self.layout()
        item = layout.itemAt(0) if layout is not None else None
        heading = item.layout() if item is not None else None
        assert isinstance(heading, QHBoxLayout)
        heading.insertWidget(heading.indexOf(self.new_button), self.catalogue_button)

    def open_task_catalogue(self) -> None:
        """The catalogue beside the list: opening a task selects its employer here."""
        if self.task_catalogue is None:
            self.task_catalogue = TaskCatalogueDialog(self._services, self)
            self.task_catalogue.employer_opened.connect(self.open_record)
        self.task_catalogue.show()
        self.task_catalogue.activateWindow()  # to the front when it was open behind

    def on_changes(self, changes: Changes) -> None:
        if self.task_catalogue is not None and self.task_catalogue.isVisible():
            self.task_catalogue.reload()
        self.reload()
        selected = self.selected_id
        if selected is not None:
            try:
                self.detail_pane.show_employer(selected)
            except NotFoundError:
                self.clear_detail()
