"""The targets in settings: for a year chosen, each measure's target (a share in per cent, or a
count; per placement type for the measures counted per type), set or removed one at a time.
Saved at once with their own buttons: they change how figures are shown, not the records."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import ListName
from ambassador.domain.errors import RuleViolationError, StorageError, ValidationError
from ambassador.domain.targets import (
    COUNT_MOST,
    FIRST_YEAR,
    LAST_YEAR,
    MEASURE_LABELS,
    Measure,
    Target,
    measure_text,
)
from ambassador.domain.vocabulary import LABELS_CONTEXT
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.common.forms import error_label
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.record_actions import ActionButton
from ambassador.ui.common.screen_actions import screen_action
from ambassador.ui.i18n import current_language, list_name, problem_text


def measure_label(measure: Measure) -> str:
    return QCoreApplication.translate(LABELS_CONTEXT, MEASURE_LABELS[measure])


class TargetsEditor(QGroupBox):
    MEASURE_COLUMN = 0
    SUBJECT_COLUMN = 1
    VALUE_COLUMN = 2

    def __init__(
        self, services: Services, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self._targets: list[Target] = []
        self._build_ui()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Targets"))
        self.help_label = QLabel(
            self.tr(
                "What the organisation aims for each year: Rapporter and the statistics report "
                "show each figure beside its target. A share is given in per cent; a count is "
                "the year's. Choose a placement type for the placements started of a type, or "
                "to set the conversion to employment of one type."
            )
        )
        self.help_label.setWordWrap(True)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(FIRST_YEAR, LAST_YEAR)
        self.year_spin.setValue(self._services.clock.today().year)
        self.year_spin.setAccessibleName(self.tr("Year of the targets"))
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_spin)

        self.targets_table = QTableWidget(0, 3)
        self.targets_table.setHorizontalHeaderLabels(
            [self.tr("Measure"), self.tr("Placement type"), self.tr("Target")]
        )
        self.targets_table.setAccessibleName(self.tr("Targets of the year"))
        self.targets_table.verticalHeader().hide()
        self.targets_table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.targets_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.targets_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.targets_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.targets_table.horizontalHeader()
        header.setSectionResizeMode(self.MEASURE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.SUBJECT_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.VALUE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_label = QLabel(self.tr("No target is set for this year."))

        self.measure_combo = QComboBox()
        for measure in Measure:
            self.measure_combo.addItem(measure_label(measure), measure.value)
        self.subject_combo = QComboBox()
        self.value_spin = QDoubleSpinBox()
        self.value_spin.setDecimals(1)
        form = QFormLayout()
        form.addRow(self.tr("&Measure:"), self.measure_combo)
        form.addRow(self.tr("Placement &type:"), self.subject_combo)
        form.addRow(self.tr("T&arget:"), self.value_spin)

        self.set_action = screen_action(
            self,
            self.tr("Se&t target"),
            self._on_set_button_clicked,
            tip=self.tr("Set this target for the year chosen, in place of any set before"),
        )
        self.set_button = ActionButton(self.set_action)
        self.remove_action = screen_action(
            self, self.tr("Re&move target"), self._on_remove_button_clicked
        )
        self.remove_button = ActionButton(self.remove_action)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status of the targets"))
        self.error_label = error_label()
        self.error_label.hide()

        chooser = QHBoxLayout()
        chooser.addWidget(year_label)
        chooser.addWidget(self.year_spin)
        chooser.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.set_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.status_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help_label)
        layout.addLayout(chooser)
        layout.addWidget(self.targets_table)
        layout.addWidget(self.empty_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.year_spin.valueChanged.connect(self._on_year_spin_changed)
        self.measure_combo.currentIndexChanged.connect(self._on_measure_combo_changed)
        self.targets_table.itemSelectionChanged.connect(self._on_targets_table_selection_changed)
        self._on_measure_combo_changed()

    # Loading ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._targets = self._services.targets.targets()
        self._fill_subjects()
        self._show_year()

    def year(self) -> int:
        return self.year_spin.value()

    def shown_targets(self) -> list[Target]:
        return [t for t in self._targets if t.year == self.year()]

    def _fill_subjects(self) -> None:
        chosen = self.subject_combo.currentData()
        types = list(self._services.settings.list_labels(ListName.PLACEMENT_TYPES))
        types += [t.subject for t in self._targets if t.subject and t.subject not in types]
        self.subject_combo.blockSignals(True)
        self.subject_combo.clear()
        self.subject_combo.addItem(self.tr("All types"), "")
        for kind in types:
            self.subject_combo.addItem(list_name(ListName.PLACEMENT_TYPES, kind), kind)
        self.subject_combo.setCurrentIndex(max(self.subject_combo.findData(chosen), 0))
        self.subject_combo.blockSignals(False)

    def _show_year(self) -> None:
        shown = self.shown_targets()
        language = current_language()
        table = self.targets_table
        table.blockSignals(True)
        table.setRowCount(len(shown))
        for row, target in enumerate(shown):
            cells = (
                measure_label(target.measure),
                list_name(ListName.PLACEMENT_TYPES, target.subject) if target.subject else "",
                measure_text(target.measure, target.value, language),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row)
                if column == self.VALUE_COLUMN:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.blockSignals(False)
        table.resizeRowsToContents()
        # Every row in view: the page scrolls, not a little window inside it.
        frame = 2 * table.frameWidth()
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height() + table.verticalHeader().length() + frame
        )
        table.setVisible(bool(shown))
        self.empty_label.setVisible(not shown)
        self.remove_action.setEnabled(False)

    # Editing ------------------------------------------------------------------------------

    def chosen_measure(self) -> Measure:
        return Measure(self.measure_combo.currentData())

    def choose(self, measure: Measure, subject: str = "", value: float | None = None) -> None:
        """Fill the form as a person would (for tests and a row selected)."""
        self.measure_combo.setCurrentIndex(self.measure_combo.findData(measure.value))
        self.subject_combo.setCurrentIndex(max(self.subject_combo.findData(subject), 0))
        if value is not None:
            self.value_spin.setValue(value)

    def set_target(self) -> bool:
        try:
            changes = self._services.targets.save_target(
                self.chosen_measure().value,
                str(self.subject_combo.currentData() or ""),
                self.year(),
                self.value_spin.value(),
            )
        except ValidationError as error:
            self.error_label.setText("\n".join(problem_text(p) for p in error.problems))
            self.error_label.show()
            self.status_label.setText(self.tr("Nothing was saved."))
            return False
        except (StorageError, RuleViolationError) as error:
            dialogs.show_failure(self, self.tr("The target was not saved"), error)
            return False
        self.error_label.hide()
        self.refresh()
        self.status_label.setText(self.tr("Saved."))
        self._navigator.publish(changes)
        return True

    def remove_selected(self) -> bool:
        rows = self.targets_table.selectionModel().selectedRows()
        if not rows:
            return False
        target = self.shown_targets()[rows[0].row()]
        try:
            changes = self._services.targets.remove_target(
                target.measure, target.subject, target.year
            )
        except (StorageError, RuleViolationError) as error:
            dialogs.show_failure(self, self.tr("The target was not removed"), error)
            return False
        self.refresh()
        self.status_label.setText(self.tr("Removed."))
        self._navigator.publish(changes)
        return True

    # Slots --------------------------------------------------------------------------------

    def _on_year_spin_changed(self, *_args: object) -> None:
        self.status_label.clear()
        self._show_year()

    def _on_measure_combo_changed(self, *_args: object) -> None:
        measure = self.chosen_measure()
        self.subject_combo.setEnabled(measure.may_have_subject)
        if not measure.may_have_subject:
            self.subject_combo.setCurrentIndex(0)
        if measure.is_percent:
            self.value_spin.setRange(0, 100)
            self.value_spin.setDecimals(1)
            self.value_spin.setSuffix(self.tr(" %"))
        else:
            self.value_spin.setRange(0, COUNT_MOST)
            self.value_spin.setDecimals(0)
            self.value_spin.setSuffix("")

    def _on_targets_table_selection_changed(self) -> None:
        rows = self.targets_table.selectionModel().selectedRows()
        self.remove_action.setEnabled(bool(rows))
        if rows:
            target = self.shown_targets()[rows[0].row()]
            self.choose(target.measure, target.subject, target.value)

    def _on_set_button_clicked(self) -> None:
        self.set_target()

    def _on_remove_button_clicked(self) -> None:
        self.remove_selected()
