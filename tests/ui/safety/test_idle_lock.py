"""The idle lock's watcher: it sees the application's key presses and mouse actions while the
lock is armed, and nothing at all while it is off (every event of every widget would pass
through it: a screen shown is hundreds)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ambassador.ui.safety.idle_lock import IdleWatcher


class CountingWatcher(IdleWatcher):
    def __init__(self) -> None:
        super().__init__()
        self.seen = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        self.seen += 1
        return super().eventFilter(watched, event)


def _seen_after_a_key_press(watcher: CountingWatcher, widget: QWidget) -> int:
    before = watcher.seen
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    QApplication.sendEvent(widget, press)
    return watcher.seen - before


def test_the_watcher_sees_events_only_while_the_lock_is_armed(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    watcher = CountingWatcher()
    assert not watcher.armed and _seen_after_a_key_press(watcher, widget) == 0
    watcher.set_minutes(5)
    once = _seen_after_a_key_press(watcher, widget)  # the press, and Qt's shortcut check
    assert watcher.armed and once > 0
    watcher.pause()  # locked: the lock page's typing is no use of the window
    assert not watcher.armed and _seen_after_a_key_press(watcher, widget) == 0
    watcher.resume()
    assert watcher.armed and _seen_after_a_key_press(watcher, widget) == once
    watcher.set_minutes(0)
    assert not watcher.armed and _seen_after_a_key_press(watcher, widget) == 0
    watcher.set_minutes(0)  # off twice: still nothing to remove
    watcher.set_minutes(1)
    watcher.set_minutes(2)  # armed twice: one filter
    assert _seen_after_a_key_press(watcher, widget) == once
