"""Driving the window in tests: show a dialog, press Save, choose an entry, and a Navigator
that records what a screen asked of the window."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from ambassador.services.changes import Changes
from ambassador.ui.common import printing
from ambassador.ui.common.busy import Busy
from ambassador.ui.common.printing import Write
from ambassador.ui.common.when_seen import WhenSeen
from ambassador.ui.ui_state import UiState

W = TypeVar("W", bound=QWidget)


def show(qtbot: QtBot, dialog: W) -> W:
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def finish_work(qtbot: QtBot) -> None:
    """Wait until the slow work a click started on a worker (ui.common.busy) has ended and
    its result is shown."""

    def idle() -> bool:
        return not any(
            busy.running
            for window in QApplication.topLevelWidgets()
            for busy in window.findChildren(Busy)
        )

    qtbot.waitUntil(idle, timeout=10_000)


def see(qtbot: QtBot, when_seen: WhenSeen) -> None:
    """Do what a coordinator does to see a part of a page read when it comes into view
    (ui.common.when_seen): show its window, scroll to it; wait until it has been read."""
    widget = when_seen.widget
    window = widget.window()
    if not window.isVisible():
        window.resize(1366, 768)
        window.show()
        QApplication.processEvents()  # laid out
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()

    def scrolled_to_and_read() -> bool:
        # Again each time: the page grows as what came into view above it is read.
        if parent is not None:
            parent.ensureWidgetVisible(widget)
        return not when_seen.is_stale

    qtbot.waitUntil(scrolled_to_and_read)


def click_save(qtbot: QtBot, dialog: Any) -> None:
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)


def choose(combo: QComboBox, value: object) -> None:
    """Select the entry whose data is `value` (an enum, an id)."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            combo.setCurrentIndex(index)
            return
    raise AssertionError(f"{value!r} is not in the list")


class RecordingNavigator:
    def __init__(self) -> None:
        self.calls: list[tuple[object, ...]] = []  # every request, in order
        self.opened: list[tuple[int, int | None]] = []  # placements opened, with check-in
        self.published: list[Changes] = []
        self.ui_state = UiState()  # in memory: remembers the documents folder for one test
        # The window the screens' slow work would block: a stand-in, never shown.
        self._window = QWidget()
        self.busy = Busy(self._window)

    def open_participant(self, participant_id: int) -> None:
        self.calls.append(("participant", participant_id))

    def open_employer(self, employer_id: int) -> None:
        self.calls.append(("employer", employer_id))

    def open_placement(self, placement_id: int, check_in_id: int | None = None) -> None:
        self.calls.append(("placement", placement_id, check_in_id))
        self.opened.append((placement_id, check_in_id))

    def publish(self, changes: Changes) -> None:
        self.calls.append(("publish", changes))
        self.published.append(changes)

    def print_document(self, parent: QWidget, suggested_name: str, write: Write) -> None:
        self.calls.append(("print", suggested_name))
        printing.print_document(parent, self.ui_state, self.busy, suggested_name, write)

    def save_file(self, parent: QWidget, suggested_name: str, write: Write) -> None:
        self.calls.append(("save", suggested_name))
        printing.save_file(parent, self.ui_state, self.busy, suggested_name, write)

    def choose_file_to_read(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        self.calls.append(("read", title))
        return printing.choose_file_to_read(parent, self.ui_state, title, name_filter)
