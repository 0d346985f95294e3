"""A list of labels to tick, as tall as its entries: a person's task interests and limits, a
task's requirements. Space ticks the current entry. The entries of an editable list show
their names in the window's language and are read back as their labels."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ambassador.domain.enums import ListName
from ambassador.ui.i18n import list_name

# Taller lists scroll inside themselves rather than push the form's other fields away.
MAX_ROWS_SHOWN = 12
LABEL_ROLE = Qt.ItemDataRole.UserRole


class Checklist(QListWidget):
    edited = Signal()  # the person ticked or cleared an entry

    def __init__(
        self, name: str, parent: QWidget | None = None, *, entries_of: ListName | None = None
    ) -> None:
        super().__init__(parent)
        self._entries_of = entries_of
        self.setAccessibleName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.itemChanged.connect(lambda _item: self.edited.emit())

    def set_labels(self, labels: Iterable[str], checked: Iterable[str] = ()) -> None:
        """Offer `labels`, then any checked label not among them (an entry since removed from
        its list stays visible, so saving does not silently drop it)."""
        chosen = list(dict.fromkeys(checked))
        offered = list(dict.fromkeys(labels))
        offered += [label for label in chosen if label not in offered]
        self.blockSignals(True)
        self.clear()
        for label in offered:
            shown = label if self._entries_of is None else list_name(self._entries_of, label)
            item = QListWidgetItem(shown)
            item.setData(LABEL_ROLE, label)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(
                Qt.CheckState.Checked if label in chosen else Qt.CheckState.Unchecked
            )
            self.addItem(item)
        self.blockSignals(False)
        self._fit_height()

    def set_checked(self, labels: Sequence[str]) -> None:
        self.set_labels(self.labels(), labels)

    def labels(self) -> list[str]:
        return [str(self.item(row).data(LABEL_ROLE)) for row in range(self.count())]

    def checked_labels(self) -> tuple[str, ...]:
        return tuple(
            str(self.item(row).data(LABEL_ROLE))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_label_checked(self, label: str, checked: bool = True) -> None:
        """Tick or clear `label`, as a click would."""
        for row in range(self.count()):
            if self.item(row).data(LABEL_ROLE) == label:
                self.item(row).setCheckState(
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                )

    def _fit_height(self) -> None:
        rows = min(max(self.count(), 1), MAX_ROWS_SHOWN)
        row_height = (
            self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        ) + 2 * self.spacing()
        self.setFixedHeight(row_height * rows + 2 * self.frameWidth() + 8)
