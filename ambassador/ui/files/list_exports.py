"""The lists and the calendar as files, and spreadsheets in: the part of Rapporter that moves
data between Ambassador and Excel or Outlook."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ambassador.domain.exports import CALENDAR_FILE, LIST_FILES, LIST_LABELS, FileFormat, ListKind
from ambassador.domain.figures import Period
from ambassador.services.bundle import Services
from ambassador.services.files import WrittenDocument
from ambassador.ui.common import dialogs, icons
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.printing import document_file_name
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.common.widgets import action_row
from ambassador.ui.files.import_dialog import ImportDialog

# The lists a whole register can be exported as from here; a placement's notes are exported
# from the placement itself.
EXPORTED = (
    ListKind.PARTICIPANTS,
    ListKind.EMPLOYERS,
    ListKind.PLACEMENTS,
    ListKind.CHECK_INS,
    ListKind.NETWORK_CONTACTS,
    ListKind.TASKS,
)
WITH_IDENTITY_NUMBERS = (ListKind.PARTICIPANTS, ListKind.PLACEMENTS)


def list_file_name(kind: ListKind, file_format: FileFormat, **params: object) -> str:
    return f"{document_file_name(LIST_FILES[kind], **params)}.{file_format.value}"


LIST_NAME_CHARACTERS = 18  # the list combo's width, in characters


class ListExportsPanel(QWidget):
    def __init__(
        self,
        services: Services,
        navigator: Navigator,
        period: Callable[[], Period],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self._period = period
        self._build_ui()

    def _build_ui(self) -> None:
        self.list_combo = QComboBox()
        for kind in EXPORTED:
            self.list_combo.addItem(QCoreApplication.translate("Labels", LIST_LABELS[kind]), kind)
        # As wide as a short list's name: the longest, in a long language, would widen
        # Rapporter past a small screen (the open list shows every name whole).
        self.list_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.list_combo.setMinimumContentsLength(LIST_NAME_CHARACTERS)
        list_label = QLabel(self.tr("&List:"))
        list_label.setBuddy(self.list_combo)
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Excel workbook (.xlsx)"), FileFormat.XLSX)
        self.format_combo.addItem(self.tr("CSV for Excel (.csv)"), FileFormat.CSV)
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_combo)
        self.identity_check = QCheckBox(self.tr("Include personal &identity numbers"))
        self.identity_check.setToolTip(
            self.tr("Only when the receiver needs them; the file is logged either way.")
        )
        self.list_combo.currentIndexChanged.connect(self._on_list_combo_changed)

        chooser = QHBoxLayout()
        chooser.addWidget(list_label)
        chooser.addWidget(self.list_combo)
        chooser.addSpacing(18)
        chooser.addWidget(format_label)
        chooser.addWidget(self.format_combo)
        chooser.addSpacing(18)
        chooser.addWidget(self.identity_check)
        chooser.addStretch(1)

        self.export_action = screen_action(
            self, self.tr("&Export list…"), self.export_list, icon=icons.get("save")
        )
        self.export_button = ActionButton(self.export_action)
        self.calendar_action = screen_action(
            self,
            self.tr("Check-ins to &Outlook (.ics)…"),
            self.export_calendar,
            icon=icons.get("today"),
        )
        self.calendar_button = ActionButton(self.calendar_action)
        self.import_action = screen_action(
            self, self.tr("&Import from a spreadsheet…"), self.open_import, icon=icons.get("open")
        )
        self.import_button = ActionButton(self.import_action)
        # The Reports menu holds the same actions.
        self.menu_actions = [self.export_action, self.calendar_action, self.import_action]
        explanation = QLabel(
            self.tr(
                "A list holds every record of its register; the check-ins list, those of the "
                "chosen period. "
                "The calendar file has the check-ins of the past month and the coming year, "
                "titled with first name and employer only. Every file is logged."
            )
        )
        explanation.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addLayout(chooser)
        layout.addWidget(explanation)
        layout.addLayout(action_row([self.export_button, self.calendar_button, self.import_button]))
        self._on_list_combo_changed()

    def chosen_kind(self) -> ListKind:
        return ListKind(self.list_combo.currentData())

    def export_list(self) -> None:
        kind = self.chosen_kind()
        file_format = FileFormat(self.format_combo.currentData())
        numbers = self.identity_check.isChecked() and kind in WITH_IDENTITY_NUMBERS
        exports = self._services.exports
        period = self._period()

        def write(path: Path) -> WrittenDocument:
            if kind is ListKind.PARTICIPANTS:
                return exports.write_participants(path, with_identity_numbers=numbers)
            if kind is ListKind.EMPLOYERS:
                return exports.write_employers(path)
            if kind is ListKind.PLACEMENTS:
                return exports.write_placements(path, with_identity_numbers=numbers)
            if kind is ListKind.NETWORK_CONTACTS:
                return exports.write_network_contacts(path)
            if kind is ListKind.TASKS:
                return exports.write_tasks(path)
            return exports.write_check_ins(path, period)

        self._navigator.save_file(self, list_file_name(kind, file_format), write)

    def export_calendar(self) -> None:
        self._navigator.save_file(
            self, document_file_name(CALENDAR_FILE), self._services.exports.write_calendar
        )

    def open_import(self) -> None:
        dialog = ImportDialog(self._services, self._navigator, self)
        dialogs.run_dialog(dialog)

    def _on_list_combo_changed(self, *_args: object) -> None:
        self.identity_check.setEnabled(self.chosen_kind() in WITH_IDENTITY_NUMBERS)
