"""The main window's screens, in one module the window imports when it first builds one: they
load the database layer, which the window's frame does not need to be shown."""

from __future__ import annotations

from ambassador.ui.calendar_screen import CalendarScreen
from ambassador.ui.employers_screen import EmployersScreen
from ambassador.ui.overview_screen import OverviewScreen
from ambassador.ui.participants_screen import ParticipantsScreen
from ambassador.ui.placements_screen import PlacementsScreen
from ambassador.ui.reports_screen import ReportsScreen
from ambassador.ui.safety_screen import SafetyScreen
from ambassador.ui.settings_screen import SettingsScreen
from ambassador.ui.trash_screen import TrashScreen

__all__ = [
    "CalendarScreen",
    "EmployersScreen",
    "OverviewScreen",
    "ParticipantsScreen",
    "PlacementsScreen",
    "ReportsScreen",
    "SafetyScreen",
    "SettingsScreen",
    "TrashScreen",
]
