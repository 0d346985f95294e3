"""A thin, read-only Qt table model over a list of frozen rows, described by its columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
SORT_KEY = Qt.ItemDataRole.UserRole
# A view asks each cell for eight or more roles as it paints and sizes; these three are all
# a model here answers, so every other role is turned away before anything is looked up.
SERVED_ROLES = frozenset({DISPLAY, TOOLTIP, SORT_KEY})


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    # What the column sorts by when its text would sort wrongly (a date, a number).
    sort_key: Callable[[Row], object] | None = None
    tooltip: Callable[[Row], str] | None = None
    stretch: bool = False  # takes the width left over; long text is elided, not scrolled
    # A person's or an employer's name: shown whole before any other column gets its width
    # (ui.common.column_sizing).
    name: bool = False
    # Shown whole as a name is, without being one: a date and time that cut would read
    # "2026-…".
    whole: bool = False


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        # Each row's shown texts, made the first time the row is asked for: a view asks for a
        # cell's text as it sizes the columns and again as it paints, and a screen's column
        # text is a Python call (a date or a name formatted) each time. By row number; rows
        # are only ever added at the end (a next page) until the next set_rows.
        self._texts: dict[int, list[str]] = {}

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = {}
        self.endResetModel()

    def _row_texts(self, number: int) -> list[str]:
        texts = self._texts.get(number)
        if texts is None:
            row = self._rows[number]
            texts = self._texts[number] = [column.text(row) for column in self._columns]
        return texts

    def plain_texts(self, column: int) -> list[str] | None:
        """Every row's text in `column`, top to bottom, when a cell shows nothing but its text
        (this class's own `data`: no font, icon or check box of its own), so that its width
        follows from the text alone (ui.common.column_sizing); None for a model that draws
        more."""
        if type(self).data is not RowsTableModel.data:
            return None
        return [self._row_texts(number)[column] for number in range(len(self._rows))]

    def stretch_columns(self) -> list[int]:
        return [number for number, column in enumerate(self._columns) if column.stretch]

    def name_columns(self) -> list[int]:
        return [number for number, column in enumerate(self._columns) if column.name]

    def whole_columns(self) -> list[int]:
        """The names and the other columns shown whole before the rest get their width."""
        return [n for n, column in enumerate(self._columns) if column.name or column.whole]

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = DISPLAY) -> object:
        if role not in SERVED_ROLES or not index.isValid():
            return None
        number = index.row()
        if not 0 <= number < len(self._rows):
            return None
        if role == DISPLAY:
            return self._row_texts(number)[index.column()]
        column = self._columns[index.column()]
        row = self._rows[number]
        if role == TOOLTIP:
            return None if column.tooltip is None else column.tooltip(row)
        key = column.sort_key
        return key(row) if key is not None else self._row_texts(number)[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None
