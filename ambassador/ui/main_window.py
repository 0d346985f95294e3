"""The main window: navigation on the left, the chosen screen on the right."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.overview_screen import OverviewScreen
from ambassador.ui.placeholder_screen import PlaceholderScreen


class MainWindow(QMainWindow):
    SCREEN_OVERVIEW = 0
    SCREEN_PARTICIPANTS = 1
    SCREEN_EMPLOYERS = 2
    SCREEN_PLACEMENTS = 3
    SCREEN_CALENDAR = 4
    SCREEN_REPORTS = 5
    SCREEN_SETTINGS = 6

    # Every change made anywhere in the window, so each screen refreshes what concerns it.
    data_changed = Signal(object)

    def __init__(self, services: Services, database_label: str) -> None:
        super().__init__()
        self._services = services
        self._database_label = database_label
        self._build_ui()
        self.data_changed.connect(self._on_data_changed)

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Ambassador – %1").replace("%1", self._database_label))
        self.navigation_list = QListWidget()
        self.navigation_list.setAccessibleName(self.tr("Navigation"))
        self.navigation_list.setFixedWidth(200)
        self.navigation_list.setSpacing(4)
        self.screens_stack = QStackedWidget()

        self.overview_screen = OverviewScreen(self._services.overview)
        placeholders = [
            (
                self.tr("Participants"),
                self.tr(
                    "Here you will find every participant in a sortable, filterable list with "
                    "their profile, consents, needs and adaptations, placements and one "
                    "timeline of everything about the person. It comes in the next version."
                ),
            ),
            (
                self.tr("Employers"),
                self.tr(
                    "Here you will find employers with their contacts and supervisors, "
                    "agreements, tasks on offer, capacity, placements and average feedback. "
                    "It comes in the next version."
                ),
            ),
            (
                self.tr("Placements"),
                self.tr(
                    "Here you will follow each placement: its plan, the timeline of notes, "
                    "check-ins and feedback, and the actions to add a note, schedule a "
                    "check-in, record feedback and end the placement. It comes in the next "
                    "version."
                ),
            ),
            (
                self.tr("Calendar"),
                self.tr(
                    "Here you will see the check-ins of a week and of a month, with week "
                    "numbers and overdue ones marked. It comes in the next version."
                ),
            ),
            (
                self.tr("Reports"),
                self.tr(
                    "Here you will see statistics for a period and print them. Until then the "
                    "Overview shows this year's key figures."
                ),
            ),
            (
                self.tr("Settings"),
                self.tr(
                    "Here you will set the organisation, your contact details, the editable "
                    "lists, the follow-up cadence, the silence threshold and the language. "
                    "It comes in the next version."
                ),
            ),
        ]
        names = [self.tr("Overview")] + [title for title, _text in placeholders]
        for position, name in enumerate(names, start=1):
            item = QListWidgetItem(name)
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(position)))
            self.navigation_list.addItem(item)
        self.screens_stack.addWidget(self.overview_screen)
        self.placeholder_screens = [PlaceholderScreen(title, text) for title, text in placeholders]
        for screen in self.placeholder_screens:
            self.screens_stack.addWidget(screen)
        self.navigation_list.currentRowChanged.connect(self.screens_stack.setCurrentIndex)
        for position in range(len(names)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{position + 1}"), self)
            shortcut.activated.connect(lambda row=position: self.navigation_list.setCurrentRow(row))

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation_list)
        layout.addWidget(self.screens_stack, 1)
        self.setCentralWidget(central)
        self.navigation_list.setCurrentRow(self.SCREEN_OVERVIEW)
        # Keyboard first: arrows move between screens from the first moment.
        self.navigation_list.setFocus()
        self.resize(1200, 800)

    def refresh(self) -> None:
        self.overview_screen.refresh()

    def _on_data_changed(self, changes: Changes) -> None:
        if not changes.empty:
            self.overview_screen.refresh()
