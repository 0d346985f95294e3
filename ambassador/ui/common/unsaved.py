"""Whether a form holds changes since it opened, and closing one that does only when asked.

"Changed" compares what the form's fields hold with what they held when it opened, not
whether an edit signal fired: a word typed and deleted again is no change, and a field
filled in by the program (a supervisor list refreshed) is none either until it differs from
the start. Every input widget of the dialog counts, so a form need not list its fields here.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QWidget,
)

from ambassador.ui.common import dialogs
from ambassador.ui.common.dialogs import SaveChoice

FormValues = list[tuple[str, object]]


def _value(widget: QWidget) -> object:
    """What a widget holds, or None for one that holds nothing a person typed or chose."""
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):  # neither derives from the other
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QListWidget):  # ticked choices, as a Checklist
        return tuple(
            (widget.item(row).text(), widget.item(row).checkState().value)
            for row in range(widget.count())
        )
    if isinstance(widget, QTableWidget):  # rows a form edits, as an employer's tasks
        return tuple(
            _cell(widget.item(row, column))
            for row in range(widget.rowCount())
            for column in range(widget.columnCount())
        )
    return None


def _cell(item: QTableWidgetItem | None) -> tuple[str, int] | None:
    return None if item is None else (item.text(), item.checkState().value)


def form_values(root: QWidget, ignore: Iterable[QWidget] = ()) -> FormValues:
    """The value of every input widget in `root`'s window, in the order they were made.
    Popups (a calendar, a combo's list, a completer) are windows of their own: left out."""
    ignored = list(ignore)
    window = root.window()
    values: FormValues = []
    for widget in root.findChildren(QWidget):
        if widget.window() is not window:
            continue
        if any(widget is other or other.isAncestorOf(widget) for other in ignored):
            continue
        value = _value(widget)
        if value is not None:
            values.append((type(widget).__name__, value))
    return values


class ChangeGuard:
    """Remembers a form's values as it opens; says whether they differ now."""

    def __init__(self, root: QWidget, ignore: Iterable[QWidget] = ()) -> None:
        # Not a reference: the form holds its guard, and a cycle would keep a Python wrapper
        # alive after Qt deleted the form (with its parent), for closing a dead widget.
        self._root = weakref.ref(root)
        self._ignore = list(ignore)
        self._at_open: FormValues | None = None

    @property
    def remembered(self) -> bool:
        return self._at_open is not None

    def remember(self) -> None:
        """What the form holds now is its unchanged state (at opening, after a save)."""
        root = self._root()
        self._at_open = None if root is None else form_values(root, self._ignore)

    def changed(self) -> bool:
        root = self._root()
        if self._at_open is None or root is None:
            return False
        return form_values(root, self._ignore) != self._at_open


def may_close(
    guard: ChangeGuard,
    parent: QWidget,
    title: str,
    save: Callable[[], object],
    discard: Callable[[], None] = lambda: None,
) -> bool:
    """Whether the caller should close its form unsaved now: at once when unchanged, or
    when the person answers "Save changes?" with Discard. Save runs `save`, the form's own
    save, which closes the form when it succeeds and shows why when it is refused; Keep
    editing leaves the form as it is."""
    if not guard.changed():
        discard()
        return True
    choice = dialogs.ask_save_changes(parent, title)
    if choice is SaveChoice.SAVE:
        save()
        return False
    if choice is SaveChoice.DISCARD:
        discard()
        return True
    return False
