"""The main window's screens, in one module the window imports when it first builds one: they
load the database layer, which the window's frame does not need to be shown."""

from __future__ import annotations

from ambassador.ui.calendar.screen import CalendarScreen
from ambassador.ui.employers.screen import EmployersScreen
from ambassador.ui.overview.screen import OverviewScreen
from ambassador.ui.participants.screen import ParticipantsScreen
from ambassador.ui.placements.screen import PlacementsScreen
from ambassador.ui.reports.screen import ReportsScreen
from ambassador.ui.safety.screen import SafetyScreen
from ambassador.ui.settings.screen import SettingsScreen
from ambassador.ui.trash.screen import TrashScreen

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
