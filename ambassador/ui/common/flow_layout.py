"""A row of widgets that wraps onto the next line when the row is too narrow for them all, as
words do: filters above a list keep their whole texts on a small laptop instead of squeezing
each other to "Alla statusa" or pushing the window wider than the screen."""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._apart: list[QLayoutItem] = []  # at the far right of their line
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def add_apart(self, widget: QWidget) -> None:
        """`widget` after the others, at the right edge of the line it lands on (a
        destructive action, kept away from the everyday ones)."""
        self.addWidget(widget)
        self._apart.append(self._items[-1])

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._apart = [apart for apart in self._apart if apart is not item]
        return item

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """All on one line."""
        hints = [item.sizeHint() for item in self._shown()]
        width = sum(hint.width() for hint in hints) + self._spacing * max(len(hints) - 1, 0)
        height = max((hint.height() for hint in hints), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """As wide as the widest widget: the others wrap below it."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out from the left in `rect`'s width, each at its size; the height
        used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            width = item.sizeHint().width()
            if lines[-1] and used + self._spacing + width > area.width():
                lines.append([])
                used = 0
            used += (self._spacing if lines[-1] else 0) + width
            lines[-1].append(item)
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(item.sizeHint().height() for item in line)
            widths = [min(item.sizeHint().width(), area.width()) for item in line]
            x = area.x()
            lefts = []
            for width in widths:
                lefts.append(x)
                x += width + self._spacing
            apart = [number for number, item in enumerate(line) if item in self._apart]
            if apart:
                shift = area.right() + 1 - (lefts[-1] + widths[-1])
                lefts = [left + shift if n in apart else left for n, left in enumerate(lefts)]
            if move:
                for item, left, width in zip(line, lefts, widths, strict=True):
                    item.setGeometry(QRect(QPoint(left, y), QSize(width, height)))
            y += height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom()
