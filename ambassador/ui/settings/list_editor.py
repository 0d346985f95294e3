"""One editable list of Inställningar (placement types, note kinds, …): entries renamed in
place, added, removed and moved, and whether they changed since the last save.

The editor shows and renames the entries' names in the window's language; each item keeps
the label records store, so renaming "Workplace visit" in English leaves every note filed
as "Arbetsplatsbesök" where it was, and its Swedish name as it was."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ambassador.domain.enums import ListName
from ambassador.domain.list_names import ListEntry, clean_entries
from ambassador.ui.common.forms import error_label

# Where an item keeps its entry's stored label; None for an entry added here, not saved yet.
LABEL_ROLE = Qt.ItemDataRole.UserRole


class ListEditor(QWidget):
    """One editable list: entries renamed in place (F2 or double-click), added, removed and
    moved; `edited` whenever the entries change."""

    edited = Signal()

    def __init__(self, name: ListName, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.title = title
        self._saved: list[ListEntry] = []

        self.list_widget = QListWidget()
        self.list_widget.setAccessibleName(title)
        self.list_widget.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list_widget.setMinimumHeight(140)
        # A long entry wraps onto a second line rather than scroll the list sideways (two
        # lists side by side on a laptop at 150 %).
        self.list_widget.setWordWrap(True)
        self.list_widget.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.add_button = self._button(self.tr("Add"), self.tr("Add an entry to %1"))
        self.rename_button = self._button(self.tr("Rename"), self.tr("Rename the chosen entry"))
        self.remove_button = self._button(self.tr("Remove"), self.tr("Remove the chosen entry"))
        self.up_button = self._button(self.tr("Move up"), self.tr("Move the chosen entry up"))
        self.down_button = self._button(self.tr("Move down"), self.tr("Move the chosen entry down"))
        self.error_label = error_label()

        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list_widget, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error_label)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.list_widget.currentRowChanged.connect(self._update_buttons)
        self.list_widget.itemChanged.connect(self._on_list_widget_item_changed)
        self.list_widget.itemDelegate().closeEditor.connect(self._on_editor_closed)
        self._update_buttons()

    def _button(self, text: str, description: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text)
        button.setAccessibleDescription(description.replace("%1", self.title))
        button.setToolTip(description.replace("%1", self.title))
        return button

    # Entries ----------------------------------------------------------------------------

    def labels(self) -> list[str]:
        """The entries as shown: their names in the window's language."""
        return [self.list_widget.item(row).text() for row in range(self.list_widget.count())]

    def entries(self) -> list[ListEntry]:
        items = [self.list_widget.item(row) for row in range(self.list_widget.count())]
        return [ListEntry(item.data(LABEL_ROLE), item.text()) for item in items]

    def set_entries(self, entries: list[ListEntry]) -> None:
        self._saved = list(entries)
        self.list_widget.blockSignals(True)
        self.list_widget.clear()
        for entry in entries:
            self.list_widget.addItem(self._item(entry.name, entry.label))
        self.list_widget.blockSignals(False)
        self.list_widget.setCurrentRow(0 if entries else -1)
        self._update_buttons()

    def mark_saved(self) -> None:
        self._saved = clean_entries(self.entries())

    def changed(self) -> bool:
        return clean_entries(self.entries()) != self._saved

    def _item(self, text: str, label: str | None = None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(LABEL_ROLE, label)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        return item

    # Slots ------------------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        current = self.list_widget.currentRow()
        row = current + 1 if current >= 0 else self.list_widget.count()
        item = self._item("")
        self.list_widget.insertItem(row, item)
        self.list_widget.setCurrentItem(item)
        self.list_widget.editItem(item)
        self._update_buttons()

    def _on_rename_button_clicked(self) -> None:
        item = self.list_widget.currentItem()
        if item is not None:
            self.list_widget.editItem(item)

    def _on_remove_button_clicked(self) -> None:
        row = self.list_widget.currentRow()
        if row < 0:
            return
        self.list_widget.takeItem(row)
        self.list_widget.setCurrentRow(min(row, self.list_widget.count() - 1))
        self._update_buttons()
        self.edited.emit()

    def _move(self, step: int) -> None:
        row = self.list_widget.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list_widget.count():
            return
        item = self.list_widget.takeItem(row)
        self.list_widget.insertItem(target, item)
        self.list_widget.setCurrentRow(target)
        self._update_buttons()
        self.edited.emit()

    def _on_list_widget_item_changed(self, _item: QListWidgetItem) -> None:
        self.edited.emit()

    def _on_editor_closed(self, *_args: object) -> None:
        # An entry left blank (a cancelled Add, a name wiped out) is no entry.
        for row in reversed(range(self.list_widget.count())):
            if not self.list_widget.item(row).text().strip():
                self.list_widget.takeItem(row)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row = self.list_widget.currentRow()
        chosen = 0 <= row < self.list_widget.count()
        self.rename_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.list_widget.count() - 1)
