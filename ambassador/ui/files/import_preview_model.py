"""The import preview as a table model: what each row of the sheet would do (new, already
registered, refused) and why."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication

from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.services.importing import PreviewRow, RowStatus
from ambassador.ui.common import icons
from ambassador.ui.i18n import problem_text

CONTEXT = "PreviewTableModel"
Index = QModelIndex | QPersistentModelIndex

RESULT_TEXTS = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("PreviewTableModel", "New"),
    RowStatus.EXISTING: QT_TRANSLATE_NOOP("PreviewTableModel", "Already registered"),
    RowStatus.UPDATED: QT_TRANSLATE_NOOP("PreviewTableModel", "Update"),
    RowStatus.BAD: QT_TRANSLATE_NOOP("PreviewTableModel", "Refused"),
}
PREVIEW_HEADERS = (
    QT_TRANSLATE_NOOP("PreviewTableModel", "Row"),
    QT_TRANSLATE_NOOP("PreviewTableModel", "Result"),
    QT_TRANSLATE_NOOP("PreviewTableModel", "Who"),
    QT_TRANSLATE_NOOP("PreviewTableModel", "Reasons"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class PreviewTableModel(QAbstractTableModel):
    """What each row of the sheet would do; refused rows in red with a warning sign."""

    COLUMN_ROW, COLUMN_RESULT, COLUMN_WHO, COLUMN_REASONS = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PreviewRow] = []
        self._column_names: dict[str, str] = {}
        dark = QGuiApplication.palette().window().color().lightness() < 128
        # The same reds as forms.error_label: readable on light and on dark backgrounds.
        self._refused = QBrush(QColor("#ff8a80" if dark else "#a4161a"))

    def set_rows(self, rows: Sequence[PreviewRow], column_names: Mapping[str, str]) -> None:
        """`column_names`: what to call each column key in the reasons (the file's headers)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._column_names = dict(column_names)
        self.endResetModel()

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row]

    def reasons(self, row: PreviewRow) -> str:
        parts = []
        for problem in row.problems:
            name = self._column_names.get(problem.field, "")
            text = problem_text(problem)
            parts.append(f"{name}: {text}" if name else text)
        return "; ".join(parts)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PREVIEW_HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COLUMN_ROW:
                return str(row.number)
            if column == self.COLUMN_RESULT:
                return _tr(RESULT_TEXTS[row.status])
            if column == self.COLUMN_WHO:
                return row.label
            if column == self.COLUMN_REASONS:
                return self.reasons(row)
        if role == Qt.ItemDataRole.ForegroundRole and row.status is RowStatus.BAD:
            return self._refused
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == self.COLUMN_RESULT
            and row.status is RowStatus.BAD
        ):
            return icons.get("missed")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COLUMN_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(PREVIEW_HEADERS)
        ):
            return _tr(PREVIEW_HEADERS[section])
        return None
