"""A working list with its detail pane: search box and filters above, the list on the left,
the chosen record on the right. Deltagare, Arbetsgivare and Placeringar are built on it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QByteArray, QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.browse import Page
from ambassador.domain.errors import NotFoundError
from ambassador.ui.common import icons
from ambassador.ui.common.column_sizing import name_columns
from ambassador.ui.common.flow_layout import FlowLayout
from ambassador.ui.common.paged_model import PagedTableModel
from ambassador.ui.common.screen_fit import DownScrolling
from ambassador.ui.common.table_model import Column
from ambassador.ui.common.widgets import (
    fit_columns_to_contents,
    title_label,
    whole_tabs_width,
)


class Record(Protocol):
    """A row of a record list: it knows the record it stands for."""

    @property
    def id(self) -> int: ...


Row = TypeVar("Row", bound=Record)
Combo = TypeVar("Combo", bound=QComboBox)  # a filter, of whatever kind of combo

# Typing in the search box waits this long for the next key before asking the database.
SEARCH_PAUSE_MS = 150
# A filter combo's width in average characters: at least, and at most (longer entries are
# whole in the opened list and in the tooltip).
FILTER_MIN_CHARACTERS = 8
FILTER_MAX_CHARACTERS = 36
# How wide, in average characters, a detail pane reads well: its timeline's When, What and
# Status side by side, its tabs' names whole.
PANE_CHARACTERS = 60


class ListScreen(QWidget, Generic[Row]):
    """Subclasses give the columns, how to fetch a page, and the detail pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selected_id: int | None = None
        self._built = False  # filters fire while being filled; nothing to fetch until then
        self._filters: list[QComboBox] = []
        self._split = False  # the splitter's sizes: set when first shown, or restored
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self.reload)

    # For subclasses ---------------------------------------------------------------------

    def columns(self) -> Sequence[Column[Row]]:
        raise NotImplementedError

    def fetch(self, offset: int, limit: int) -> Page[Row]:
        raise NotImplementedError

    def row_id(self, row: Row) -> int:
        return row.id

    def show_detail(self, record_id: int) -> None:
        raise NotImplementedError

    def new_record(self) -> None:
        raise NotImplementedError

    def on_sort(self, column: int, descending: bool) -> None:
        raise NotImplementedError

    # Building ---------------------------------------------------------------------------

    def build_list(
        self,
        title: str,
        search_placeholder: str,
        new_text: str,
        empty_text: str,
        no_match_text: str,
        detail: QWidget,
        detail_empty_text: str,
        sortable: Sequence[bool] | None = None,
        initial_sort: tuple[int, bool] = (0, False),
    ) -> None:
        self.title_label = title_label(title)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(search_placeholder)
        self.search_edit.setAccessibleName(search_placeholder)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.new_button = QPushButton(icons.get("add"), new_text)
        self.new_button.setAccessibleName(new_text)
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())
        self.new_button.clicked.connect(self.new_record)
        # The filters wrap onto a second line rather than squeeze or widen the window.
        self.filter_row = FlowLayout()
        self.count_label = QLabel()

        self.model: PagedTableModel[Row] = PagedTableModel(
            self.columns(), self.fetch, self, sortable=sortable
        )
        self.model.sort_requested.connect(self._on_model_sort_requested)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(title)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        header = fit_columns_to_contents(self.table)
        for column in self.model.stretch_columns():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Names stay readable in a narrow list: the other columns give way first
        # (ui.common.column_sizing), and the list never scrolls sideways.
        header.setMinimumSectionSize(header.fontMetrics().horizontalAdvance("M") * 2)
        header.setSortIndicatorShown(True)
        # The indicator first: enabling sorting sorts by it at once (Qt's default order is
        # descending, which put the lists from Ö to A).
        column, descending = initial_sort
        header.setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        )
        self.table.setSortingEnabled(True)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        # Empty: say what belongs here and offer the action that fills it, or, when filters
        # hide everything, say so.
        self._empty_text = empty_text
        self._no_match_text = no_match_text
        self.empty_label = QLabel(empty_text)
        self.empty_label.setWordWrap(True)
        self.empty_new_button = QPushButton(icons.get("add"), new_text)
        self.empty_new_button.setAccessibleName(new_text)
        self.empty_new_button.clicked.connect(self.new_record)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.setContentsMargins(0, 12, 0, 0)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)
        self.empty_page = empty_page
        self.list_stack = QStackedWidget()
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(empty_page)

        self.detail_empty_label = QLabel(detail_empty_text)
        self.detail_empty_label.setWordWrap(True)
        self.detail_empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_stack = QStackedWidget()
        self.detail_stack.addWidget(self.detail_empty_label)
        # On a low screen the pane scrolls down rather than make the window taller than it.
        self.detail_stack.addWidget(DownScrolling(detail))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addLayout(self.filter_row)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.list_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail_stack)
        # Two thirds to the list, where the names are; the pane beside it reads well narrower.
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        # The detail pane gives way to the list: it can be dragged narrow or shut, the list
        # never.
        self.splitter.setCollapsible(0, False)
        self.splitter.setCollapsible(1, True)

        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.splitter, 1)

        self.setFocusProxy(self.table)

    def restore_splitter(self, state: QByteArray) -> None:
        """The sizes the person last left the list and the pane at."""
        self._split = self.splitter.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._split:
            # The first time, once laid out: two thirds to the list, where the names are (the
            # pane keeps at least its minimum, and can be dragged narrower or shut).
            self._split = True
            QTimer.singleShot(0, self._split_two_thirds)

    def _split_two_thirds(self) -> None:
        total = sum(self.splitter.sizes())
        # On a laptop a third is too narrow for a timeline or a tab bar: the pane then takes
        # up to two fifths, and the list leaves out its last columns before it cuts a name.
        readable = min(total * 2 // 5, self.fontMetrics().averageCharWidth() * PANE_CHARACTERS)
        detail = max(total - total * 2 // 3, readable, whole_tabs_width(self.detail_stack))
        # The list's names whole before the pane's tabs are (a laptop at 150 %: the tab bar
        # then scrolls); the pane never narrower than its minimum.
        detail = min(detail, total - self._names_width())
        detail = max(detail, self.detail_stack.minimumSizeHint().width())
        self.splitter.setSizes([total - detail, detail])

    def _names_width(self) -> int:
        """How wide the list side must be for the names in the list to show whole."""
        table = self.table
        header = table.horizontalHeader()
        names = sum(
            max(header.sectionSizeHint(column), table.sizeHintForColumn(column))
            for column in name_columns(table)
        )
        scrollbar = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        return names + 2 * table.frameWidth() + scrollbar

    def filtering(self) -> bool:
        """Whether the search box or a filter hides records."""
        return bool(self.search_edit.text().strip()) or any(
            combo.currentIndex() > 0 or (combo.isEditable() and combo.currentText().strip())
            for combo in self._filters
        )

    def add_filter(self, combo: Combo, accessible_name: str) -> Combo:
        self._filters.append(combo)
        combo.setAccessibleName(accessible_name)
        combo.setToolTip(accessible_name)
        # As wide as its longest entry ("Alla placeringar", not "Alla placerir"), within
        # limits: a list of employers' long names shows them whole when opened.
        combo.setMinimumContentsLength(FILTER_MIN_CHARACTERS)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(combo.fontMetrics().averageCharWidth() * FILTER_MAX_CHARACTERS)
        combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        combo.currentIndexChanged.connect(lambda _index: self.reload())
        self.filter_row.addWidget(combo)
        return combo

    # Behaviour --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def finish_building(self) -> None:
        self._built = True

    def reload(self) -> None:
        """Fetch the first page again, keeping the chosen record if it is still listed."""
        self._search_timer.stop()
        if not self._built:
            return
        self.model.reload()
        self.count_label.setText(self.count_text(self.model.total))
        filtering = self.filtering()
        self.empty_label.setText(self._no_match_text if filtering else self._empty_text)
        self.empty_new_button.setVisible(not filtering)
        self.list_stack.setCurrentWidget(self.table if self.model.total else self.empty_page)
        if self._selected_id is not None:
            self._select_row_of(self._selected_id)

    def count_text(self, total: int) -> str:
        raise NotImplementedError

    def open_record(self, record_id: int) -> None:
        """Show `record_id` in the detail pane, selecting its row when it is in the list."""
        try:
            self.show_detail(record_id)
        except NotFoundError:  # deleted meanwhile: show nothing rather than a stale record
            self.clear_detail()
            return
        self._selected_id = record_id
        self.detail_stack.setCurrentIndex(1)
        self._select_row_of(record_id)

    def clear_detail(self) -> None:
        self._selected_id = None
        self.table.clearSelection()
        self.detail_stack.setCurrentIndex(0)

    @property
    def selected_id(self) -> int | None:
        return self._selected_id

    def _select_row_of(self, record_id: int) -> None:
        for number, row in enumerate(self.model.rows()):
            if self.row_id(row) == record_id:
                index = self.model.index(number, 0)
                selection = self.table.selectionModel()
                selection.blockSignals(True)
                self.table.selectRow(number)
                selection.blockSignals(False)
                self.table.scrollTo(index)
                return
        self.table.clearSelection()

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.open_record(self.row_id(self.model.row_at(indexes[0].row())))

    def _on_model_sort_requested(self, column: int, descending: bool) -> None:
        self.on_sort(column, descending)
        self.reload()
