"""A table model over a list too long to load: one page at a time, sorted and filtered in SQL.

The model asks `fetch(offset, limit)` for a page when the view scrolls near the end
(Qt's `canFetchMore`/`fetchMore`), and re-asks from the start when the order or the filter
changes. Clicking a header calls `sort`, which tells the screen to re-query in that order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ambassador.domain.browse import PAGE_SIZE, Page
from ambassador.ui.table_model import Column

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    # (column, descending): the screen re-queries in that order.
    sort_requested = Signal(int, bool)

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        fetch: Callable[[int, int], Page[Row]],
        parent: Any = None,
        *,
        sortable: Sequence[bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._fetch = fetch
        self._rows: list[Row] = []
        self._total = 0
        self._sortable = list(sortable) if sortable is not None else [True] * len(columns)

    @property
    def total(self) -> int:
        return self._total

    def reload(self) -> None:
        """Fetch the first page again (after a change, a new filter or a new order)."""
        page = self._fetch(0, PAGE_SIZE)
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def stretch_columns(self) -> list[int]:
        return [number for number, column in enumerate(self._columns) if column.stretch]

    def is_sortable(self, column: int) -> bool:
        return self._sortable[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._fetch(len(self._rows), PAGE_SIZE)
        if not page.rows:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self._total = page.total
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self._columns) and self._sortable[column]:
            self.sort_requested.emit(column, order == Qt.SortOrder.DescendingOrder)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None
