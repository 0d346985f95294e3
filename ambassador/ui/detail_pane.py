"""Building blocks of a detail pane: a heading, a row of actions, and facts as label–value
pairs that read as a form, not as a dashboard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


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
    """Label–value rows; empty values are left out rather than shown as blanks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.values: dict[str, QLabel] = {}

    def set_rows(self, rows: Sequence[tuple[str, str]], *, keep_empty: bool = False) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values = {}
        for name, value in rows:
            if not value and not keep_empty:
                continue
            value_label = QLabel(value)
            value_label.setTextFormat(Qt.TextFormat.PlainText)
            value_label.setWordWrap(True)
            value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value_label.setAccessibleName(name)
            name_label = QLabel(name)
            name_label.setBuddy(value_label)
            self.form.addRow(name_label, value_label)
            self.values[name] = value_label


def pane_layout(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(12, 0, 0, 0)
    layout.setSpacing(10)
    return layout
