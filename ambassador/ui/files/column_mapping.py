"""The import's column mapping: a table of the sheet's columns, each with its first value and
a choice of what it is imported as; a column of the register is read from one place."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from ambassador.domain.exports import ListKind
from ambassador.services.importing import COLUMNS_CONTEXT, IMPORT_COLUMNS, Sheet


class ColumnMappingTable(QTableWidget):
    # The person chose another column for a key, or none.
    mapping_changed = Signal()

    HEADER, SAMPLE, IMPORT_AS = range(3)
    ROWS_SHOWN = 8  # rows in view before it scrolls

    def __init__(self) -> None:
        super().__init__(0, 3)
        self._sheet: Sheet | None = None
        self._mapping: dict[int, str] = {}
        self._combos: dict[int, QComboBox] = {}
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First row"), self.tr("Import as")]
        )
        self.setAccessibleName(self.tr("Columns"))
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    @property
    def mapping(self) -> dict[int, str]:
        """The sheet's column index → the column key it is read as."""
        return dict(self._mapping)

    def show_sheet(self, kind: ListKind, sheet: Sheet | None, mapping: dict[int, str]) -> None:
        """The columns of `sheet` (none without one), chosen as `mapping` says."""
        self._sheet = sheet
        self._mapping = dict(mapping)
        self._combos = {}
        self.setRowCount(0)
        if sheet is None:
            return
        first = sheet.rows[0].cells if sheet.rows else ()
        columns = IMPORT_COLUMNS[kind]
        shown = [(index, text) for index, text in enumerate(sheet.headers) if text]
        self.setRowCount(len(shown))
        for row, (index, text) in enumerate(shown):
            self.setItem(row, self.HEADER, QTableWidgetItem(text))
            sample = first[index] if index < len(first) else ""
            self.setItem(row, self.SAMPLE, QTableWidgetItem(sample))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Import %1 as").replace("%1", text))
            combo.addItem(self.tr("Not imported"), None)
            for column in columns:
                combo.addItem(
                    QCoreApplication.translate(COLUMNS_CONTEXT, column.header), column.key
                )
            key = self._mapping.get(index)
            if key is not None:
                combo.setCurrentIndex(combo.findData(key))
            combo.currentIndexChanged.connect(partial(self._on_combo_changed, index))
            self.setCellWidget(row, self.IMPORT_AS, combo)
            self._combos[index] = combo
        # Every column of an ordinary sheet in view at once, without scrolling.
        self.resizeRowsToContents()
        visible = range(min(len(shown), self.ROWS_SHOWN))
        self.setMinimumHeight(
            self.horizontalHeader().sizeHint().height()
            + sum(self.rowHeight(row) for row in visible)
            + 2 * self.frameWidth()
        )

    def combo(self, header: str) -> QComboBox:
        """The choice for the sheet's column headed `header`."""
        assert self._sheet is not None
        return self._combos[self._sheet.headers.index(header)]

    def _on_combo_changed(self, index: int, _combo_index: int) -> None:
        key = self._combos[index].currentData()
        if key is None:
            self._mapping.pop(index, None)
        else:
            # A column is read from one place: the row that had it before lets go.
            for other, other_key in list(self._mapping.items()):
                if other != index and other_key == key:
                    del self._mapping[other]
                    combo = self._combos[other]
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
            self._mapping[index] = key
        self.mapping_changed.emit()
