"""The gender balance of the fields in settings: the share of women among those employed in each
task category, with its source; the program's rounded defaults cite theirs, the organisation
sets its own figure or puts the default back. Saved at once with their own buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import Gender, ListName
from ambassador.domain.errors import RuleViolationError, StorageError, ValidationError
from ambassador.domain.fields import SOURCE_MAX, FieldBalance
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.common.forms import error_label
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.i18n import list_name, problem_text


class FieldBalancesEditor(QGroupBox):
    CATEGORY_COLUMN = 0
    WOMEN_COLUMN = 1
    TRADITIONAL_COLUMN = 2
    SOURCE_COLUMN = 3

    def __init__(
        self, services: Services, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self.balances: list[FieldBalance] = []
        self._build_ui()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Gender balance of the fields"))
        self.help_label = QLabel(
            self.tr(
                "The share of women among those employed in each task category. A field is "
                "gender-traditional when more than 60 % are of one gender; a placement's field "
                "is the category of its first task. The program's figures are rounded from "
                "official statistics and stand for a group of occupations close to the "
                "category: check them against the current publication, or set your own."
            )
        )
        self.help_label.setWordWrap(True)
        self.balances_table = QTableWidget(0, 4)
        self.balances_table.setHorizontalHeaderLabels(
            [
                self.tr("Task category"),
                self.tr("Women"),
                self.tr("Traditional for"),
                self.tr("Source"),
            ]
        )
        self.balances_table.setAccessibleName(self.tr("Gender balance per task category"))
        self.balances_table.verticalHeader().hide()
        self.balances_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.balances_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.balances_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.balances_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.balances_table.setWordWrap(True)
        header = self.balances_table.horizontalHeader()
        header.setSectionResizeMode(self.CATEGORY_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.WOMEN_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            self.TRADITIONAL_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(self.SOURCE_COLUMN, QHeaderView.ResizeMode.Stretch)

        self.category_label = QLabel()
        self.women_spin = QSpinBox()
        self.women_spin.setRange(0, 100)
        self.women_spin.setSuffix(self.tr(" %"))
        self.women_spin.setAccessibleName(self.tr("Share of women"))
        self.source_edit = QLineEdit()
        self.source_edit.setMaxLength(SOURCE_MAX)
        self.source_edit.setAccessibleName(self.tr("Source"))
        form = QFormLayout()
        form.addRow(self.tr("Category:"), self.category_label)
        form.addRow(self.tr("Share of &women:"), self.women_spin)
        form.addRow(self.tr("So&urce:"), self.source_edit)

        self.save_action = screen_action(
            self,
            self.tr("Save &figure"),
            self._on_save_button_clicked,
            tip=self.tr("Use this figure for the category in place of the program's"),
        )
        self.save_button = ActionButton(self.save_action)
        self.reset_action = screen_action(
            self,
            self.tr("Use the program's fi&gure"),
            self._on_reset_button_clicked,
            tip=self.tr("Put back the program's figure for the category (or none)"),
        )
        self.reset_button = ActionButton(self.reset_action, text=self.tr("Reset to default"))
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status of the gender balance"))
        self.error_label = error_label()
        self.error_label.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.status_label, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.help_label)
        layout.addWidget(self.balances_table)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.balances_table.itemSelectionChanged.connect(self._on_balances_table_selection_changed)
        self._show_chosen()

    # Loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        chosen = self.chosen()
        self.balances = self._services.targets.field_balances()
        table = self.balances_table
        table.blockSignals(True)
        table.setRowCount(len(self.balances))
        for row, balance in enumerate(self.balances):
            known = balance.women_percent >= 0
            source = balance.source if known else self.tr("No figure: not counted")
            if known and not balance.is_default:
                source = self.tr("Your figure: %1").replace("%1", balance.source or "–")
            cells = (
                list_name(ListName.TASK_CATEGORIES, balance.category),
                self.tr("%1 %").replace("%1", str(balance.women_percent)) if known else "–",
                self._traditional(balance) if known else "",
                source,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == self.WOMEN_COLUMN:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.blockSignals(False)
        table.resizeRowsToContents()
        frame = 2 * table.frameWidth()
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height() + table.verticalHeader().length() + frame
        )
        if chosen is not None:
            self.choose(chosen.category)
        self._show_chosen()

    def _traditional(self, balance: FieldBalance) -> str:
        gender = balance.traditional_for
        if gender is Gender.WOMAN:
            return self.tr("Women")
        if gender is Gender.MAN:
            return self.tr("Men")
        return self.tr("Neither")

    def chosen(self) -> FieldBalance | None:
        rows = self.balances_table.selectionModel().selectedRows()
        return self.balances[rows[0].row()] if rows and self.balances else None

    def choose(self, category: str) -> None:
        for row, balance in enumerate(self.balances):
            if balance.category == category:
                self.balances_table.selectRow(row)
                return

    def _show_chosen(self) -> None:
        balance = self.chosen()
        for widget in (self.women_spin, self.source_edit):
            widget.setEnabled(balance is not None)
        self.save_action.setEnabled(balance is not None)
        self.reset_action.setEnabled(balance is not None and not balance.is_default)
        if balance is None:
            self.category_label.setText(self.tr("Choose a category in the table."))
            return
        self.category_label.setText(list_name(ListName.TASK_CATEGORIES, balance.category))
        self.women_spin.setValue(max(balance.women_percent, 0))
        self.source_edit.setText(balance.source if balance.women_percent >= 0 else "")

    # Saving -------------------------------------------------------------------------------

    def save(self) -> bool:
        balance = self.chosen()
        if balance is None:
            return False
        try:
            changes = self._services.targets.save_field_balance(
                balance.category, self.women_spin.value(), self.source_edit.text()
            )
        except ValidationError as error:
            self.error_label.setText("\n".join(problem_text(p) for p in error.problems))
            self.error_label.show()
            self.status_label.setText(self.tr("Nothing was saved."))
            return False
        except (StorageError, RuleViolationError) as error:
            dialogs.show_failure(self, self.tr("The figure was not saved"), error)
            return False
        self.error_label.hide()
        self.refresh()
        self.status_label.setText(self.tr("Saved."))
        self._navigator.publish(changes)
        return True

    def reset(self) -> bool:
        balance = self.chosen()
        if balance is None:
            return False
        try:
            changes = self._services.targets.reset_field_balance(balance.category)
        except (StorageError, RuleViolationError) as error:
            dialogs.show_failure(self, self.tr("The figure was not saved"), error)
            return False
        self.refresh()
        self.status_label.setText(self.tr("Default figure restored."))
        self._navigator.publish(changes)
        return True

    # Slots --------------------------------------------------------------------------------

    def _on_balances_table_selection_changed(self) -> None:
        self.status_label.clear()
        self.error_label.hide()
        self._show_chosen()

    def _on_save_button_clicked(self) -> None:
        self.save()

    def _on_reset_button_clicked(self) -> None:
        self.reset()
