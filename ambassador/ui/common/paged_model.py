"""A table model over a list too long to load: one page at a time, sorted and filtered in SQL.

The model asks `fetch(offset, limit)` for a page when the view scrolls near the end
(Qt's `canFetchMore`/`fetchMore`), and re-asks from the start when the order or the filter
changes. Clicking a header calls `sort`, which tells the screen to re-query in that order.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ambassador.domain.browse import PAGE_SIZE, Page
from ambassador.ui.common.table_model import Column, RowsTableModel

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(RowsTableModel[Row]):
    # (column, descending): the screen re-queries in that order.
    sort_requested = Signal(int, bool)

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        fetch: Callable[[int, int], Page[Row]],
        parent: QObject | None = None,
        *,
        sortable: Sequence[bool] | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self._total = 0
        self._sortable = list(sortable) if sortable is not None else [True] * len(columns)

    @property
    def total(self) -> int:
        return self._total

    def reload(self) -> None:
        """Fetch the first page again (after a change, a new filter or a new order)."""
        page = self._fetch(0, PAGE_SIZE)
        self._total = page.total
        self.set_rows(page.rows)

    def rows(self) -> list[Row]:
        return list(self._rows)

    def is_sortable(self, column: int) -> bool:
        return self._sortable[column]

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
