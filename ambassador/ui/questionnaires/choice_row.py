"""One question's answer row in Registrera enkätsvar: its choices set with a key each, so a
pile of forms is keyed without the mouse; a key that answers moves on to the next row."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QRadioButton

BLANK_KEYS = {Qt.Key.Key_0, Qt.Key.Key_Minus, Qt.Key.Key_Space, Qt.Key.Key_Delete}


class ChoiceRow(QFrame):
    """One question's answer: a row of choices set with a key each, so a coordinator keying a
    pile of forms never reaches for the mouse. A key that answers moves to the next row."""

    answered = Signal()

    def __init__(self, choices: list[tuple[str, object, list[Qt.Key]]], blank: object = None):
        """`choices`: the text, the value and the keys of each; `blank` is the value when
        nothing is ticked (0, - or space clear the row)."""
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._blank = blank
        self._values: list[object] = []
        self._keys: dict[Qt.Key, int] = {}
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # a ticked choice can be cleared again
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        for index, (text, value, keys) in enumerate(choices):
            button = QRadioButton(text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the row takes the keys
            button.setAccessibleName(text)
            self.group.addButton(button, index)
            row.addWidget(button)
            self._values.append(value)
            for key in keys:
                self._keys[key] = index
        row.addStretch(1)
        self.group.idClicked.connect(self._on_group_id_clicked)

    def value(self) -> object:
        checked = self.group.checkedId()
        return self._blank if checked < 0 else self._values[checked]

    def set_value(self, value: object) -> None:
        for index, candidate in enumerate(self._values):
            self.group.button(index).setChecked(candidate == value and value != self._blank)
        self._describe()

    def clear(self) -> None:
        self.set_value(self._blank)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = Qt.Key(event.key())
        if key in self._keys and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.set_value(self._values[self._keys[key]])
            self.answered.emit()
        elif key in BLANK_KEYS:
            self.clear()
            self.answered.emit()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        # Where the next key goes is shown by a frame, not by colour alone.
        self.setFrameShape(QFrame.Shape.Box)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        self.setFrameShape(QFrame.Shape.NoFrame)
        super().focusOutEvent(event)

    def _on_group_id_clicked(self, index: int) -> None:
        # Exclusive by hand, so a second click on the ticked choice clears it.
        for other in self.group.buttons():
            if self.group.id(other) != index:
                other.setChecked(False)
        self._describe()

    def _describe(self) -> None:
        checked = self.group.checkedButton()
        self.setAccessibleDescription(checked.text() if checked is not None else "–")


def rating_row() -> ChoiceRow:
    digits = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
    return ChoiceRow([(str(value), value, [digits[value - 1]]) for value in range(1, 6)])
