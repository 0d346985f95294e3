"""The task catalogue: every task of every employer in one searchable list, with the employer's
free places and how many placements covered each task; opening a task shows its employer."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import ListName, Sector
from ambassador.domain.task_catalogue import (
    CatalogueFilter,
    CatalogueTask,
    RequirementFilter,
    filter_catalogue,
)
from ambassador.services.bundle import Services
from ambassador.ui.common import screen_fit
from ambassador.ui.common.flow_layout import FlowLayout
from ambassador.ui.common.labels import current_value, label
from ambassador.ui.common.table_model import SORT_KEY, Column, RowsTableModel
from ambassador.ui.common.widgets import fit_columns_to_contents
from ambassador.ui.i18n import list_name, list_names

# A filter's combo is this many characters wide; a longer entry shows whole in its list.
COMBO_CHARACTERS = 18


class TaskCatalogueModel(RowsTableModel[CatalogueTask]):
    TITLE, CATEGORY, REQUIREMENTS, EMPLOYER, SECTOR, FREE, COVERED = range(7)


class SortedTasks(QSortFilterProxyModel):
    """The catalogue sorted by a column's sort key; its names shown whole as the model's."""

    def whole_columns(self) -> list[int]:
        source = self.sourceModel()
        return source.whole_columns() if isinstance(source, TaskCatalogueModel) else []


class TaskCatalogueDialog(QDialog):
    employer_opened = Signal(int)  # the employer of the task opened

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("Task catalogue")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._services = services
        self._country = services.employers.country()
        self._all: list[CatalogueTask] = []
        self._build_ui()
        self.reload()
        self.resize(screen_fit.fitted_size(self, QSize(1000, 560)))

    def _build_ui(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search task or employer"))
        self.search_edit.setAccessibleName(self.tr("Search task or employer"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._show)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category"))
        self.requirement_combo = QComboBox()
        self.requirement_combo.setAccessibleName(self.tr("Requirements"))
        self.sector_combo = QComboBox()
        self.sector_combo.setAccessibleName(self.tr("Sector"))
        self.sector_combo.addItem(self.tr("All sectors"), None)
        for sector in Sector:
            self.sector_combo.addItem(label(sector), sector)
        self.free_places_box = QCheckBox(self.tr("Only employers with free places"))
        self.free_places_box.setAccessibleName(self.tr("Only employers with free places"))
        for combo in (self.category_combo, self.requirement_combo, self.sector_combo):
            combo.currentIndexChanged.connect(self._show)
        self.free_places_box.toggled.connect(self._show)

        self.model = TaskCatalogueModel(
            [
                Column(self.tr("Task"), lambda t: t.title, tooltip=lambda t: t.title, name=True),
                Column(
                    self.tr("Category"),
                    lambda t: list_name(ListName.TASK_CATEGORIES, t.category),
                ),
                Column(
                    self.tr("Requirements"),
                    lambda t: ", ".join(list_names(ListName.TASK_REQUIREMENTS, t.requirements)),
                    tooltip=lambda t: ", ".join(
                        list_names(ListName.TASK_REQUIREMENTS, t.requirements)
                    ),
                    stretch=True,
                ),
                Column(
                    self.tr("Employer"),
                    lambda t: t.employer_name,
                    tooltip=lambda t: t.employer_name,
                    name=True,
                ),
                Column(self.tr("Sector"), lambda t: label(t.sector)),
                Column(
                    self.tr("Free places"), lambda t: str(t.free_places), lambda t: t.free_places
                ),
                Column(self.tr("Placements"), lambda t: str(t.covered), lambda t: t.covered),
            ],
            self,
        )
        self.proxy = SortedTasks(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_KEY)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Tasks of every employer"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = fit_columns_to_contents(self.table)
        header.setSectionResizeMode(TaskCatalogueModel.REQUIREMENTS, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the employers' order first
        self.table.activated.connect(self._on_table_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)

        self.count_label = QLabel()
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.button_box = QDialogButtonBox()
        self.open_button = self.button_box.addButton(
            self.tr("Show employer"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setAccessibleName(self.tr("Show employer"))
        self.open_button.setToolTip(self.tr("Select the task's employer in the list"))
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.close_button = self.button_box.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        # The filters wrap onto another line rather than widen the dialog past the screen.
        filters = FlowLayout()
        for text, combo in (
            (self.tr("Category"), self.category_combo),
            (self.tr("Requirements"), self.requirement_combo),
            (self.tr("Sector"), self.sector_combo),
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_CHARACTERS)
            caption = QLabel(text)
            caption.setBuddy(combo)
            pair = QWidget()
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(caption)
            row.addWidget(combo)
            filters.addWidget(pair)
        filters.addWidget(self.free_places_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.button_box)
        self.search_edit.setFocus()

    # The tasks ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the catalogue again (an employer or placement changed), keeping the filters."""
        self._all = self._services.employers.catalogue()
        self._fill_filters()
        self._show()

    def _fill_filters(self) -> None:
        settings = self._services.settings
        categories = list(settings.list_labels(ListName.TASK_CATEGORIES))
        categories += [t.category for t in self._all if t.category not in categories]
        requirements = list(settings.list_labels(ListName.TASK_REQUIREMENTS))
        requirements += [r for t in self._all for r in t.requirements if r not in requirements]
        chosen_category = self.category_combo.currentData()
        chosen_requirement = self.requirement_combo.currentData()
        for combo in (self.category_combo, self.requirement_combo):
            combo.blockSignals(True)
            combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for category in dict.fromkeys(c for c in categories if c):
            self.category_combo.addItem(list_name(ListName.TASK_CATEGORIES, category), category)
        self.requirement_combo.addItem(
            self.tr("Any requirements"), (RequirementFilter.ANY.value, "")
        )
        self.requirement_combo.addItem(
            self.tr("No requirements"), (RequirementFilter.NONE.value, "")
        )
        for requirement in dict.fromkeys(requirements):
            name = list_name(ListName.TASK_REQUIREMENTS, requirement)
            self.requirement_combo.addItem(
                self.tr("Without: %1").replace("%1", name),
                (RequirementFilter.WITHOUT.value, requirement),
            )
            self.requirement_combo.addItem(
                self.tr("With: %1").replace("%1", name),
                (RequirementFilter.WITH.value, requirement),
            )
        for combo, chosen in (
            (self.category_combo, chosen_category),
            (self.requirement_combo, chosen_requirement),
        ):
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)

    def criteria(self) -> CatalogueFilter:
        mode, requirement = self.requirement_combo.currentData() or (RequirementFilter.ANY, "")
        return CatalogueFilter(
            text=self.search_edit.text(),
            category=self.category_combo.currentData(),
            requirement=RequirementFilter(mode),
            requirement_label=requirement,
            sector=current_value(self.sector_combo, Sector),
            only_free_places=self.free_places_box.isChecked(),
        )

    def _show(self, *_args: object) -> None:
        rows = filter_catalogue(self._all, self.criteria(), self._country)
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n task(s)", "", len(rows)))
        if not self._all:
            self.empty_label.setText(
                self.tr(
                    "No employer lists a task yet. Add the tasks each employer can offer in "
                    "the employer's form (Edit employer)."
                )
            )
        else:
            self.empty_label.setText(
                self.tr("No task matches. Clear the search or choose other filters.")
            )
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self._on_selection_changed()

    def chosen(self) -> CatalogueTask | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    # Slots ----------------------------------------------------------------------------------

    def _on_selection_changed(self, *_args: object) -> None:
        self.open_button.setEnabled(self.chosen() is not None)

    def _on_table_activated(self, index: QModelIndex) -> None:
        task = self.model.row_at(self.proxy.mapToSource(index).row())
        self.employer_opened.emit(task.employer_id)

    def _on_open_button_clicked(self) -> None:
        task = self.chosen()
        if task is not None:
            self.employer_opened.emit(task.employer_id)
