"""A manager's window: the organisation's statistics on the server, per unit and in total, one
year at a time, every group under 5 withheld by the database. No list of people, no search,
no record: a manager's role reads nothing else, and the window offers nothing else."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import Gender
from ambassador.domain.errors import StorageError
from ambassador.domain.team_statistics import (
    CONTEXT,
    FEWER_THAN,
    FIGURE_LABEL,
    NO_UNIT,
    ORGANISATION,
    TOTAL,
    TOTAL_LABEL,
    Figures,
    Line,
    TeamStatistics,
    cell_text,
    is_heading,
    lines,
)
from ambassador.ui.common.labels import label
from ambassador.ui.common.table_model import DISPLAY, Column, Index, RowsTableModel
from ambassador.ui.common.widgets import title_label
from ambassador.ui.i18n import message

if TYPE_CHECKING:
    from ambassador.services.team_statistics import TeamStatisticsService

INDENT = "    "
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole


@dataclass(frozen=True)
class FigureRow:
    line: Line
    figures: Figures


def line_label(line: Line) -> str:
    text = QCoreApplication.translate(line.context, line.label) if line.context else line.label
    return INDENT * line.indent + text


def figure_columns() -> list[Column[FigureRow]]:
    fewer_than = QCoreApplication.translate(CONTEXT, FEWER_THAN)

    def cell(gender: str) -> Column[FigureRow]:
        header = QCoreApplication.translate(CONTEXT, TOTAL_LABEL)
        if gender != TOTAL:
            header = label(Gender(gender))

        def text(row: FigureRow) -> str:
            if is_heading(row.line):
                return ""
            return cell_text(
                row.figures.get(row.line.measure, row.line.category, gender), fewer_than
            )

        return Column(header, text)

    return [
        Column(
            QCoreApplication.translate(CONTEXT, FIGURE_LABEL),
            lambda row: line_label(row.line),
            stretch=True,
        ),
        *(cell(g.value) for g in Gender),
        cell(TOTAL),
    ]


class FiguresModel(RowsTableModel[FigureRow]):
    """The figures, each count aligned right as numbers are."""

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if role == ALIGNMENT and index.isValid():
            if index.column() == 0:
                return None
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)


class FiguresTable(QTableView):
    """One unit's (or the organisation's) figures: a line per figure, a column per gender."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures_model = FiguresModel(figure_columns(), self)
        self.setModel(self.figures_model)
        self.verticalHeader().hide()
        self.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.figures_model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_figures(self, shown: list[Line], figures: Figures) -> None:
        self.figures_model.set_rows([FigureRow(line, figures) for line in shown])


class ManagerWindow(QMainWindow):
    def __init__(
        self,
        service: TeamStatisticsService,
        title: str,
        country: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._country = country
        self._statistics: TeamStatistics | None = None
        self.setWindowTitle(self.tr("Ambassador – %1").replace("%1", title))
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.title_label = title_label(self.tr("Statistics"))
        self.year_combo = QComboBox()
        self.year_combo.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year_combo)
        self.year_combo.currentIndexChanged.connect(self._on_year_combo_changed)
        chooser = QHBoxLayout()
        chooser.addWidget(year_label)
        chooser.addWidget(self.year_combo)
        chooser.addStretch(1)
        self.explanation_label = QLabel(
            self.tr(
                "Placements and people of the whole organisation and of each unit. A group of "
                "fewer than 5 is not shown, nor another small group wherever it could be "
                "worked out from a total. Active: under way at some time in the year; ended: "
                "ended in it."
            )
        )
        self.explanation_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.scope_tabs = QTabWidget()
        self.scope_tabs.setDocumentMode(True)

        layout = QVBoxLayout()
        layout.addWidget(self.title_label)
        layout.addLayout(chooser)
        layout.addWidget(self.explanation_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.scope_tabs, 1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.resize(900, 700)

    def refresh(self) -> None:
        """Read the years and the chosen year's figures anew."""
        try:
            years = self._service.years()
        except StorageError as error:
            self._show_error(error)
            return
        chosen = self.year_combo.currentData()
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        index = self.year_combo.findData(chosen) if chosen is not None else 0
        self.year_combo.setCurrentIndex(max(index, 0))
        self.year_combo.blockSignals(False)
        self._show_year()

    def _on_year_combo_changed(self, _index: int) -> None:
        self._show_year()

    def _show_year(self) -> None:
        year = self.year_combo.currentData()
        current = self.scope_tabs.currentIndex()
        self.scope_tabs.clear()
        if year is None:
            self._statistics = None
            return
        try:
            statistics = self._service.statistics(int(year), self._country)
        except StorageError as error:
            self._show_error(error)
            return
        self.error_label.hide()
        self._statistics = statistics
        shown = lines(statistics, self._country)
        scopes = [(QCoreApplication.translate(CONTEXT, ORGANISATION), statistics.organisation)]
        scopes += [
            (unit.name or QCoreApplication.translate(CONTEXT, NO_UNIT), unit.figures)
            for unit in statistics.units
        ]
        for name, figures in scopes:
            table = FiguresTable()
            table.show_figures(shown, figures)
            self.scope_tabs.addTab(table, name)
        self.scope_tabs.setCurrentIndex(max(0, min(current, self.scope_tabs.count() - 1)))

    def _show_error(self, error: StorageError) -> None:
        self.error_label.setText(message(error.message))
        self.error_label.show()

    def table(self, index: int) -> FiguresTable:
        widget = self.scope_tabs.widget(index)
        assert isinstance(widget, FiguresTable)
        return widget
