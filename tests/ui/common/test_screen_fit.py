"""A detail pane scrolling down on a low screen (DownScrolling): drawn once when it opens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ambassador.ui.common.screen_fit import DownScrolling


class PaintCounter(QObject):
    def __init__(self, watched: QWidget) -> None:
        super().__init__(watched)
        self.paints = 0
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def test_a_pane_opened_beside_its_list_is_painted_once(qtbot: QtBot) -> None:
    """The pane's content and the window around it both change as a record opens (its texts,
    the page shown): QScrollArea made the content opaque, and Qt then painted it on its own and
    again with the window, every label, table and scroll bar of the pane twice."""
    window = QWidget()
    qtbot.addWidget(window)
    stack = QStackedWidget()
    QVBoxLayout(window).addWidget(stack)
    stack.addWidget(QLabel("Choose a record."))
    content = QWidget()
    value_label = QLabel("Before")
    QVBoxLayout(content).addWidget(value_label)
    scrolling = DownScrolling(content)
    stack.addWidget(scrolling)
    window.resize(300, 200)
    window.show()
    qtbot.waitExposed(window)
    counter = PaintCounter(value_label)
    for text in ("After", "Again"):
        stack.setCurrentIndex(0)
        qtbot.wait(20)
        counter.paints = 0
        value_label.setText(text)
        stack.setCurrentIndex(1)
        qtbot.waitUntil(lambda: counter.paints > 0)
        qtbot.wait(20)
        assert counter.paints == 1
    assert not content.autoFillBackground()
    assert not scrolling.viewport().autoFillBackground()
