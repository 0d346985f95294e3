"""The reporting categories in settings: for one outside system at a time, which category each
outcome, early-ending reason and 90-day result counts as. Saved on its own, with its own button:
it changes how reports are printed, not the records."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import ListName, Outcome
from ambassador.domain.errors import (
    NotFoundError,
    RuleViolationError,
    StorageError,
    ValidationError,
)
from ambassador.domain.outcome_check import FollowUpResult
from ambassador.domain.reporting_systems import (
    SYSTEM_LABELS,
    ReportingSystem,
    ReportMapping,
    SourceKind,
    systems_of,
)
from ambassador.domain.vocabulary import LABELS_CONTEXT
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.common.forms import error_label
from ambassador.ui.common.labels import label
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.i18n import list_name, problem_text


class ReportMappingEditor(QGroupBox):
    KIND_COLUMN = 0
    SOURCE_COLUMN = 1
    CATEGORY_COLUMN = 2

    def __init__(
        self, services: Services, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        # The country's systems alone: a Danish organisation reports to the region.
        self._systems = systems_of(services.settings.country())
        self._system = self._systems[0]
        self._saved: list[tuple[SourceKind, str, str]] = []
        self._build_ui()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Reporting categories"))
        self.system_combo = QComboBox()
        for system in self._systems:
            self.system_combo.addItem(
                QCoreApplication.translate(LABELS_CONTEXT, SYSTEM_LABELS[system]), system.value
            )
        self.system_combo.setAccessibleName(self.tr("Reporting system"))
        system_label = QLabel(self.tr("Reporting s&ystem:"))
        system_label.setBuddy(self.system_combo)
        self.help_label = QLabel(
            self.tr(
                "Which category of the system each outcome, early-ending reason and 90-day "
                "result counts as. An early ending counts by its reason when the reason has a "
                "category, else by its outcome. An empty category means not mapped: the "
                "statistics list those endings as “Not mapped”."
            )
        )
        self.help_label.setWordWrap(True)

        self.mappings_table = QTableWidget(0, 3)
        self.mappings_table.setHorizontalHeaderLabels(
            [self.tr("Counted from"), self.tr("Outcome, reason or result"), self.tr("Category")]
        )
        self.mappings_table.setAccessibleName(self.tr("Reporting categories"))
        self.mappings_table.verticalHeader().hide()
        self.mappings_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.mappings_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.mappings_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.mappings_table.horizontalHeader()
        header.setSectionResizeMode(self.KIND_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.SOURCE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.CATEGORY_COLUMN, QHeaderView.ResizeMode.Stretch)

        self.save_action = screen_action(
            self,
            self.tr("Save &categories"),
            self._on_save_button_clicked,
            tip=self.tr("Save this system's categories"),
        )
        self.save_button = ActionButton(self.save_action)
        self.reset_action = screen_action(
            self,
            self.tr("Restore &default categories"),
            self._on_reset_button_clicked,
            tip=self.tr("Put back the categories the program ships with for this system"),
        )
        self.reset_button = ActionButton(self.reset_action, text=self.tr("Restore defaults"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status of the reporting categories"))
        self.error_label = error_label()

        chooser = QHBoxLayout()
        chooser.addWidget(system_label)
        chooser.addWidget(self.system_combo)
        chooser.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.help_label)
        layout.addWidget(self.mappings_table)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.system_combo.currentIndexChanged.connect(self._on_system_combo_changed)
        self.mappings_table.itemChanged.connect(self._on_mappings_table_item_changed)

    # Loading ----------------------------------------------------------------------------

    def system(self) -> ReportingSystem:
        return self._system

    def choose(self, system: ReportingSystem) -> None:
        self.system_combo.setCurrentIndex(self.system_combo.findData(system.value))

    def refresh(self) -> None:
        mappings = self._services.report_mappings.mappings(self._system)
        categories = {(m.kind, m.source): m.category for m in mappings}
        rows: list[tuple[SourceKind, str, str]] = [
            (SourceKind.OUTCOME, o.value, label(o)) for o in Outcome
        ]
        reasons = self._services.report_mappings.reasons()
        # A reason taken off the list keeps its row while it still has a category.
        reasons += [
            m.source for m in mappings if m.kind is SourceKind.REASON and m.source not in reasons
        ]
        rows += [
            (SourceKind.REASON, reason, list_name(ListName.ENDING_REASONS, reason))
            for reason in reasons
        ]
        rows += [(SourceKind.AFTER_90, r.value, label(r)) for r in FollowUpResult]
        kinds = {
            SourceKind.OUTCOME: self.tr("Outcome"),
            SourceKind.REASON: self.tr("Early-ending reason"),
            SourceKind.AFTER_90: self.tr("After 90 days"),
        }
        self.mappings_table.blockSignals(True)
        self.mappings_table.setRowCount(len(rows))
        for row, (kind, source, shown) in enumerate(rows):
            kind_item = QTableWidgetItem(kinds[kind])
            kind_item.setData(Qt.ItemDataRole.UserRole, kind)
            source_item = QTableWidgetItem(shown)
            source_item.setData(Qt.ItemDataRole.UserRole, source)
            for item in (kind_item, source_item):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.mappings_table.setItem(row, self.KIND_COLUMN, kind_item)
            self.mappings_table.setItem(row, self.SOURCE_COLUMN, source_item)
            category = QTableWidgetItem(categories.get((kind, source), ""))
            category.setToolTip(self.tr("Empty: not mapped"))
            self.mappings_table.setItem(row, self.CATEGORY_COLUMN, category)
        self.mappings_table.blockSignals(False)
        # Every row in view: the page scrolls, not a little window inside it.
        table = self.mappings_table
        table.resizeRowsToContents()
        frame = 2 * table.frameWidth()
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height() + table.verticalHeader().length() + frame
        )
        self._saved = self._rows()
        self.error_label.hide()

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.mappings_table.item(row, column)
        assert item is not None, "refresh gives every cell its item"
        return item

    def _rows(self) -> list[tuple[SourceKind, str, str]]:
        rows = []
        for row in range(self.mappings_table.rowCount()):
            kind = self._item(row, self.KIND_COLUMN).data(Qt.ItemDataRole.UserRole)
            source = self._item(row, self.SOURCE_COLUMN).data(Qt.ItemDataRole.UserRole)
            category = self._item(row, self.CATEGORY_COLUMN).text().strip()
            rows.append((SourceKind(kind), str(source), category))
        return rows

    def mappings(self) -> list[ReportMapping]:
        return [ReportMapping(self._system, k, s, c) for k, s, c in self._rows()]

    def changed(self) -> bool:
        return self._rows() != self._saved

    def set_category(self, kind: SourceKind, source: str, category: str) -> None:
        """Type `category` into the row of `source` (as a person would, for tests and keys)."""
        for row in range(self.mappings_table.rowCount()):
            item = self._item(row, self.SOURCE_COLUMN)
            kind_item = self._item(row, self.KIND_COLUMN)
            if item.data(Qt.ItemDataRole.UserRole) == source and (
                kind_item.data(Qt.ItemDataRole.UserRole) == kind
            ):
                self._item(row, self.CATEGORY_COLUMN).setText(category)
                return
        raise KeyError(source)

    # Saving -----------------------------------------------------------------------------

    def save(self) -> bool:
        try:
            changes = self._services.report_mappings.save(self._system, self.mappings())
        except ValidationError as error:
            self.error_label.setText("\n".join(problem_text(p) for p in error.problems))
            self.error_label.show()
            self.status_label.setText(self.tr("Nothing was saved."))
            return False
        except (StorageError, RuleViolationError, NotFoundError) as error:
            dialogs.show_failure(self, self.tr("The categories were not saved"), error)
            return False
        self.refresh()
        self.status_label.setText(self.tr("Saved."))
        self._navigator.publish(changes)
        return True

    # Slots ------------------------------------------------------------------------------

    def _on_system_combo_changed(self, *_args: object) -> None:
        chosen = ReportingSystem(self.system_combo.currentData())
        if chosen is self._system:
            return
        if self.changed() and not dialogs.ask(
            self,
            self.tr("Unsaved categories"),
            self.tr("The categories you changed for this system are not saved. Discard them?"),
            self.tr("Discard"),
        ):
            self.system_combo.blockSignals(True)
            self.system_combo.setCurrentIndex(self.system_combo.findData(self._system.value))
            self.system_combo.blockSignals(False)
            return
        self._system = chosen
        self.status_label.clear()
        self.refresh()

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_reset_button_clicked(self) -> None:
        if not dialogs.ask(
            self,
            self.tr("Restore defaults"),
            self.tr(
                "Put back the categories the program ships with for this system? Your own "
                "categories for it are replaced."
            ),
            self.tr("Restore"),
        ):
            return
        try:
            changes = self._services.report_mappings.reset(self._system)
        except StorageError as error:
            dialogs.show_failure(self, self.tr("The categories were not saved"), error)
            return
        self.refresh()
        self.status_label.setText(self.tr("Defaults restored."))
        self._navigator.publish(changes)

    def _on_mappings_table_item_changed(self, _item: QTableWidgetItem) -> None:
        self.status_label.setText(self.tr("Not saved yet.") if self.changed() else "")
