"""Keyboard and screen readers: every control on every screen has a name, and the window
remembers its size and layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.browse import EmployerFilter, ParticipantFilter, PlacementFilter
from ambassador.domain.clock import FixedClock
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.database import Database
from ambassador.ui.common import screen_fit
from ambassador.ui.main_window import MainWindow
from ambassador.ui.ui_state import UiState

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the widget: its own name, its text, or its label's."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(root: QWidget) -> list[str]:
    missing: list[str] = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QHeaderView):
            continue
        if isinstance(widget.parent(), QComboBox | QTabBar):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # the combo's or spin box's own editor: the parent carries the name
        if widget.isVisibleTo(root) and not spoken_name(widget):
            missing.append(
                f"{type(widget).__name__} {widget.objectName()} in {type(widget.parent()).__name__}"
            )
    return missing


def test_every_control_on_every_screen_has_a_name(
    qtbot: QtBot, database: Database, clock: FixedClock, services: Services, swedish: None
) -> None:
    SampleDataService(database, clock).generate(Size.SMALL, seed=3)
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    window.show()
    window.open_participant(services.browse.participants(ParticipantFilter()).rows[0].id)
    window.open_employer(services.browse.employers(EmployerFilter()).rows[0].id)
    window.open_placement(services.browse.placements(PlacementFilter()).rows[0].id)
    for screen in range(window.navigation_list.count()):
        window.show_screen(screen)
        widget = window.screens_stack.currentWidget()
        assert unnamed_controls(widget) == [], type(widget).__name__
    assert spoken_name(window.navigation_list) == "Navigering"


def test_window_remembers_size_screen_and_splitters(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    state = UiState(tmp_path / "ui.ini")
    window = build_window(services, "a.db", state)
    qtbot.addWidget(window)
    window.show()
    # A size the screen shows whole: a larger one is not restored (test_fits_the_screen).
    room = screen_fit.room(screen_fit.screen_of(window))
    window.resize(room.width() - 20, room.height() - 30)
    window.participants_screen.splitter.setSizes([300, 600])
    window.show_screen(MainWindow.SCREEN_CALENDAR)
    window.close()

    again = build_window(services, "a.db", UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(again)
    again.show()
    assert again.height() == room.height() - 30
    assert (
        again.participants_screen.splitter.sizes()[0]
        < again.participants_screen.splitter.sizes()[1]
    )
    assert UiState(tmp_path / "ui.ini").screen() == MainWindow.SCREEN_CALENDAR


def test_standard_shortcuts_reach_the_actions(qtbot: QtBot, services: Services) -> None:
    window = build_window(services, "a.db")
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.show_screen(MainWindow.SCREEN_PARTICIPANTS)
    screen = window.participants_screen
    screen.table.setFocus()
    qtbot.keySequence(screen.table, QKeySequence(QKeySequence.StandardKey.Find))
    assert screen.search_edit.hasFocus()
    qtbot.keySequence(screen.search_edit, QKeySequence(QKeySequence.StandardKey.New))
    dialog = screen.detail_pane.open_dialog
    assert dialog is not None and dialog.isVisible()
    # The offscreen platform never activates a second window, so Ctrl+S cannot be sent to
    # the dialog here; it is the Save button's own shortcut.
    assert dialog.save_button.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    dialog.reject()
    window.show_screen(MainWindow.SCREEN_CALENDAR)
    qtbot.keySequence(window.navigation_list, QKeySequence(QKeySequence.StandardKey.Find))
    assert window.search_dialog is not None and window.search_dialog.isVisible()
