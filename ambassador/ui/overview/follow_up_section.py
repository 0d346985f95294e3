"""Översikt's section of the employer follow-ups due: the network contacts whose follow-up
date is within a week or past, answered where they are listed (a new contact, or done)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ambassador.domain.enums import ListName
from ambassador.domain.errors import ConflictError, NotFoundError, RuleViolationError, StorageError
from ambassador.domain.network import EmployerFollowUpDue
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import dialogs
from ambassador.ui.common.formatting import shown_date
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.table_model import Column, RowsTableModel
from ambassador.ui.employers.network_dialog import NetworkContactDialog
from ambassador.ui.i18n import list_name
from ambassador.ui.overview.section import OverviewSection

Index = QModelIndex | QPersistentModelIndex


class FollowUpsTableModel(RowsTableModel[EmployerFollowUpDue]):
    """The rows, an overdue one's status in the overdue colour (and in words)."""

    STATUS = 1

    def __init__(self, columns: Sequence[Column[EmployerFollowUpDue]]) -> None:
        super().__init__(columns)
        self.today = date.min
        self.palette_of: QWidget | None = None  # whose palette, dark or light

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.isValid() and index.column() == self.STATUS:
                row = self.row_at(index.row())
                if row.is_overdue(self.today) and self.palette_of is not None:
                    return QBrush(overdue_colour(self.palette_of))
            return None
        return super().data(index, role)


def overdue_colour(widget: QWidget) -> QColor:
    # A red that keeps its contrast on a dark base as on a light one (as the calendar's).
    dark = widget.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b3261e")


class FollowUpSection(OverviewSection[EmployerFollowUpDue]):
    """A row is chosen with a click; "Record contact…" opens the network contact's form for
    its employer (saving marks the follow-up done), "Mark done" closes it without one. A
    double click or Enter opens the employer."""

    changed = Signal(object)  # the Changes of a follow-up marked done

    def __init__(self, title: str, empty_text: str) -> None:
        model = FollowUpsTableModel(_columns(lambda row: self.when_text(row)))
        super().__init__(title, empty_text, model, click_opens=False)
        model.palette_of = self
        self.table.setAccessibleDescription(
            self.tr("Double-click a row or press Enter to open its employer.")
        )
        self.follow_up_model = model
        self._services: Services | None = None
        self._navigator: Navigator | None = None
        self.open_dialog: NetworkContactDialog | None = None  # for tests
        self.record_button = QPushButton(self.tr("Record contact…"))
        self.record_button.setToolTip(
            self.tr("Record the new contact with the employer; saving it marks this done.")
        )
        self.record_button.clicked.connect(self.record_contact)
        self.done_button = QPushButton(self.tr("Mark done"))
        self.done_button.setToolTip(self.tr("Done without a new contact to record."))
        self.done_button.clicked.connect(self.mark_done)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.record_button)
        buttons.addWidget(self.done_button)
        buttons.addStretch(1)
        self.buttons_widget = QWidget()
        self.buttons_widget.setLayout(buttons)
        self.section_layout.addWidget(self.buttons_widget)
        self.table.selectionModel().selectionChanged.connect(self._enable_buttons)
        self._enable_buttons()

    def set_services(self, services: Services | None, navigator: Navigator | None) -> None:
        """Without services the follow-ups are listed but not answered here."""
        self._services = services
        self._navigator = navigator

    def show_follow_ups(self, rows: Sequence[EmployerFollowUpDue], today: date) -> None:
        self.follow_up_model.today = today
        self.show_rows(rows)
        self.buttons_widget.setVisible(bool(rows) and self._services is not None)
        self._enable_buttons()

    def chosen(self) -> EmployerFollowUpDue | None:
        index = self.table.currentIndex()
        if not self.table.selectionModel().hasSelection() or not index.isValid():
            return None
        return self.model.row_at(index.row())

    def record_contact(self) -> None:
        row = self.chosen()
        if row is None or self._services is None:
            return
        dialog = NetworkContactDialog(self._services, row.employer_id, parent=self, completes=row)
        self.open_dialog = dialog
        if self._navigator is not None:
            dialog.saved.connect(self._navigator.publish)
        dialog.saved.connect(lambda _changes: self.changed.emit(Changes()))
        dialog.open()

    def mark_done(self) -> None:
        row = self.chosen()
        if row is None or self._services is None:
            return
        try:
            changes = self._services.network.mark_follow_up_done(
                row.contact_id, expected_version=row.version
            )
        except (RuleViolationError, NotFoundError, StorageError, ConflictError) as error:
            dialogs.show_failure(self, self.tr("The follow-up was not marked done"), error)
            changes = Changes()  # read the list again: the row may be stale
        self.changed.emit(changes)

    def when_text(self, row: EmployerFollowUpDue) -> str:
        days = (row.follow_up_on - self.follow_up_model.today).days
        if days < 0:
            return self.tr("Overdue %n day(s)", "", -days)
        if days == 0:
            return self.tr("Due today")
        return self.tr("In %n day(s)", "", days)

    def _enable_buttons(self) -> None:
        chosen = self.chosen() is not None
        self.record_button.setEnabled(chosen)
        self.done_button.setEnabled(chosen)


def _columns(when: Callable[[EmployerFollowUpDue], str]) -> list[Column[EmployerFollowUpDue]]:
    return [
        Column(
            QCoreApplication.translate("FollowUpSection", "Follow up"),
            lambda r: shown_date(r.follow_up_on),
            lambda r: r.follow_up_on,
        ),
        Column(
            QCoreApplication.translate("FollowUpSection", "When"), when, lambda r: r.follow_up_on
        ),
        Column(
            QCoreApplication.translate("FollowUpSection", "Employer"),
            lambda r: r.employer_name,
            tooltip=lambda r: r.employer_name,
            name=True,
        ),
        Column(
            QCoreApplication.translate("FollowUpSection", "Kind"),
            lambda r: list_name(ListName.NETWORK_CONTACT_KINDS, r.kind),
            stretch=True,
        ),
    ]
