"""Building blocks the screens share: titles and headings, rows of actions, facts as
label–value pairs that read as a form, and tables whose rows open on Enter or a double-click."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTabBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ambassador.services.bundle import Services
from ambassador.ui.common.column_sizing import ColumnSizer
from ambassador.ui.common.forms import Fields, FormDialog
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.table_model import Column, RowsTableModel

Row = TypeVar("Row")


def title_label(text: str) -> QLabel:
    """A screen's title."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    label.setFont(font)
    return label


def heading(text: str = "", scale: float = 1.3) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def section_heading(text: str) -> QLabel:
    return heading(text, 1.1)


def action_button(icon: QIcon, text: str, tooltip: str = "") -> QPushButton:
    button = QPushButton(icon, text)
    button.setAccessibleName(text.replace("&", ""))
    if tooltip:
        button.setToolTip(tooltip)
    return button


def action_row(buttons: Sequence[QPushButton]) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class Facts(QWidget):
    """Label–value rows; empty values are left out rather than shown as blanks. The rows
    already there are given the new texts: a selectable label costs a millisecond or more to
    make and to lay out, and a pane shows twenty of them. (Laid out when set, hidden or not:
    rows laid out only as their tab was shown kept the heights of the texts they had.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.values: dict[str, QLabel] = {}

    def set_rows(self, rows: Sequence[tuple[str, str]], *, keep_empty: bool = False) -> None:
        shown = [(name, value) for name, value in rows if value or keep_empty]
        while self.form.rowCount() > len(shown):
            self.form.removeRow(self.form.rowCount() - 1)
        self.values = {}
        for number, (name, value) in enumerate(shown):
            if number < self.form.rowCount():
                name_label, value_label = self._row(number)
                name_label.setText(name)
                value_label.setText(value)
            else:
                value_label = QLabel(value)
                value_label.setTextFormat(Qt.TextFormat.PlainText)
                value_label.setWordWrap(True)
                value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                name_label = QLabel(name)
                name_label.setBuddy(value_label)
                self.form.addRow(name_label, value_label)
            value_label.setAccessibleName(name)
            self.values[name] = value_label

    def _row(self, number: int) -> tuple[QLabel, QLabel]:
        name_item = self.form.itemAt(number, QFormLayout.ItemRole.LabelRole)
        value_item = self.form.itemAt(number, QFormLayout.ItemRole.FieldRole)
        name_label = name_item.widget() if name_item is not None else None
        value_label = value_item.widget() if value_item is not None else None
        assert isinstance(name_label, QLabel) and isinstance(value_label, QLabel)
        return name_label, value_label


class DetailPane(QWidget):
    """The record beside a list: the services it reads, the window it asks to open other
    records, and the form it has open (tests reach the form through `open_dialog`)."""

    def __init__(self, services: Services, navigator: Navigator, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self.open_dialog: QDialog | None = None

    def open_form(self, dialog: FormDialog[Fields], then: Callable[[], None] | None = None) -> None:
        """Open a form beside the window; what it saves is published, then `then` runs."""
        self.open_dialog = dialog
        dialog.saved.connect(self._navigator.publish)
        if then is not None:
            dialog.accepted.connect(then)
        dialog.finished.connect(lambda _result: setattr(self, "open_dialog", None))
        dialog.open()


def scroll_area(content: QWidget) -> QScrollArea:
    """`content` scrolling when the window is smaller than it, with no frame of its own."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(content)
    return scroll


def fill_with_scrolling(screen: QWidget, content: QWidget) -> None:
    """Make `content`, scrolling, the whole of `screen`."""
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll_area(content))


# Marks the tab bars `pane_tabs` made.
PANE_TABS = "ambassador_pane_tabs"


def pane_tabs() -> QTabWidget:
    """A detail pane's tabs, their names never elided ("Konta…"). The list beside the pane
    opens it as wide as its tabs need (ui.common.list_screen, `whole_tabs_width`), leaving out
    its last columns first; only on a screen too narrow for both the tabs and the list's names
    (911 px: a laptop at 150 %) does the bar get narrower and scroll, the names staying whole."""
    tabs = QTabWidget()
    bar = tabs.tabBar()
    bar.setUsesScrollButtons(True)
    bar.setElideMode(Qt.TextElideMode.ElideNone)
    bar.setExpanding(False)
    bar.setProperty(PANE_TABS, True)
    return tabs


def whole_tabs_width(widget: QWidget) -> int:
    """`widget`'s minimum width were its pane tabs (`pane_tabs`) all in view, unscrolled."""
    bars = [bar for bar in widget.findChildren(QTabBar) if bar.property(PANE_TABS)]

    def measure_with_scroll_buttons(scrolling: bool) -> int:
        for bar in bars:
            bar.setUsesScrollButtons(scrolling)
            # The layouts between the bar and `widget` remember their minimum: forget it.
            parent = bar.parentWidget()
            while parent is not None and parent is not widget:
                parent.updateGeometry()
                parent = parent.parentWidget()
        return widget.minimumSizeHint().width()

    try:
        return measure_with_scroll_buttons(False)
    finally:
        measure_with_scroll_buttons(True)


def pane_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(12, 0, 0, 0)
    layout.setSpacing(10)
    return layout


class OpenKeys(QObject):
    """Makes a view's item open on Enter or double-click, on every platform (macOS sends no
    `activated` for Enter, and single-click platforms would open on a mere selection)."""

    opened = Signal(QModelIndex)

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)
        view.doubleClicked.connect(self.opened.emit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self._view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self._view.currentIndex().isValid()
        ):
            self.opened.emit(self._view.currentIndex())
            return True
        return super().eventFilter(watched, event)


# Rows measured to size a column to its contents: about a screenful. Qt's default (1,000)
# measured every row of a 200-row page at each change, tens of ms per list.
SIZED_ROWS = 50


def fit_columns_to_contents(table: QTableView) -> QHeaderView:
    """Columns as wide as their contents, measured over the first screenful of rows."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setResizeContentsPrecision(SIZED_ROWS)
    # Then fitted to the table's width by priority, names first, once it is shown.
    ColumnSizer(table)
    return header


class SmallTable(QTableView, Generic[Row]):
    """A short table inside a detail pane: a person's placements, an employer's contacts."""

    def __init__(self, columns: Sequence[Column[Row]], name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.model_rows: RowsTableModel[Row] = RowsTableModel(columns, self)
        self.setModel(self.model_rows)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = fit_columns_to_contents(self)
        header.setStretchLastSection(True)
        self.opened = OpenKeys(self).opened  # Enter or a double-click

    def selected_row(self) -> Row | None:
        rows = self.selectionModel().selectedRows()
        return self.model_rows.row_at(rows[0].row()) if rows else None


def row_of(table: SmallTable[Row], index: QModelIndex) -> Row:
    return table.model_rows.row_at(index.row())
