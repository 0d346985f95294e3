"""The main window's screens, in one list: what each is called, how it is built, and how it
takes a change. The window's navigation, shortcuts, lazy building, splitter memory and
refreshing all follow from `SCREENS`; adding a screen is adding an entry.

This module is imported with the window's frame, before the database is opened, so it loads
no screen: each entry's `build` imports its screen's module (which loads the database layer)
the first time that screen is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

from ambassador.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray
    from PySide6.QtWidgets import QSplitter, QStackedWidget, QTableView

    from ambassador.services.bundle import Services
    from ambassador.services.changes import Changes
    from ambassador.ui.calendar.screen import CalendarScreen
    from ambassador.ui.common.navigation import Navigator
    from ambassador.ui.common.paged_model import PagedTableModel
    from ambassador.ui.common.record_actions import RecordPane
    from ambassador.ui.employers.screen import EmployersScreen
    from ambassador.ui.overview.screen import OverviewScreen
    from ambassador.ui.participants.screen import ParticipantsScreen
    from ambassador.ui.placements.screen import PlacementsScreen
    from ambassador.ui.reports.screen import ReportsScreen
    from ambassador.ui.safety.screen import SafetyScreen
    from ambassador.ui.settings.screen import SettingsScreen
    from ambassador.ui.trash.screen import TrashScreen

    class Window(Navigator, Protocol):
        """What building a screen needs of the main window: a protocol, not `MainWindow`, so
        this module and main_window.py do not import each other (tests/test_imports.py); for
        the type checker only, since the navigation it extends loads the services."""

        def read_all_after_restore(self) -> None: ...

        def apply_lock_setting(self) -> None: ...

        def new_record_in(self, entry: RecordListEntry[RecordListScreen]) -> None: ...

        def open_import(self) -> None: ...


# The names' translations live in the window's context, where they have always been.
CONTEXT = "MainWindow"


class Screen(Protocol):
    """What the window asks of every screen (each is also a QWidget)."""

    def refresh(self) -> None:
        """Read everything the screen shows again."""


class LiveScreen(Screen, Protocol):
    """A screen taking every change at once, in view or not (the Översikt)."""

    def on_changes(self, changes: Changes) -> None:
        """Read again what `changes` concerns."""


class RecordListScreen(Screen, Protocol):
    """A list with a detail pane (Deltagare, Arbetsgivare, Placeringar): the window opens a
    record in it, keeps its place across a change of language and remembers its splitter."""

    @property
    def splitter(self) -> QSplitter: ...

    def restore_splitter(self, state: QByteArray) -> None: ...

    # What the menu bar reaches: the list (sorted from Visa, Del on it), and the pane whose
    # actions make the record menu.
    @property
    def table(self) -> QTableView: ...

    @property
    def model(self) -> PagedTableModel[Any]: ...

    @property
    def detail_stack(self) -> QStackedWidget: ...

    @property
    def detail_pane(self) -> RecordPane: ...

    @property
    def selected_id(self) -> int | None: ...

    def on_changes(self, changes: Changes) -> None:
        """Read again what `changes` concerns, keeping the chosen record."""

    def open_record(self, record_id: int) -> None: ...

    def new_record(self) -> None: ...

    def focus_search(self) -> None: ...


class Takes(Enum):
    """How a screen takes a change: at once when in view, else when it is next shown. (A
    record list takes every change through `on_changes`, which reads again only what the
    change concerns.)"""

    EVERY_CHANGE = "every change"  # anything may show here: read it all again
    # Only the settings and the mentors show here: all read again when the settings changed,
    # the mentors when they or their employers did (SettingsScreen.on_changes).
    SETTINGS = "settings"


S_co = TypeVar("S_co", bound=Screen, covariant=True)
L_co = TypeVar("L_co", bound=RecordListScreen, covariant=True)


@dataclass(frozen=True, kw_only=True)
class ScreenEntry(Generic[S_co]):
    key: str
    # Untranslated (context MainWindow): the window translates it in the language it is built in.
    name: str
    build: Callable[[Services, Window], S_co]
    takes: Takes = Takes.EVERY_CHANGE
    # The home screen: read again at once on every change and as the day goes on, in view
    # or not, so it is right whenever the person comes back to it.
    live: bool = False
    # Read again each time it comes into view, changes or not: what it shows moves with time.
    refresh_when_shown: bool = False


@dataclass(frozen=True, kw_only=True)
class RecordListEntry(ScreenEntry[L_co]):
    # Where the list | detail splitter's position is remembered (UiState.splitter).
    splitter_key: str


# How each screen is built: its module is imported here, the first time it is needed.


def _overview(services: Services, window: Window) -> OverviewScreen:
    from ambassador.ui.overview.screen import OverviewScreen
    from ambassador.ui.overview.start_page import follow_country

    screen = OverviewScreen(
        services.overview, navigator=window, outcome_checks=services.outcome_checks
    )
    # The first run's ways in: the lists' own forms and the import, as the menu bar has them.
    screen.new_employer_requested.connect(lambda: window.new_record_in(EMPLOYERS))
    screen.new_participant_requested.connect(lambda: window.new_record_in(PARTICIPANTS))
    screen.import_requested.connect(window.open_import)
    screen.follow_up_section.set_services(services, window)
    follow_country(screen.start_page, services.settings, window.publish)
    return screen


def _participants(services: Services, window: Window) -> ParticipantsScreen:
    from ambassador.ui.participants.screen import ParticipantsScreen

    return ParticipantsScreen(services, window)


def _employers(services: Services, window: Window) -> EmployersScreen:
    from ambassador.ui.employers.screen import EmployersScreen

    return EmployersScreen(services, window)


def _placements(services: Services, window: Window) -> PlacementsScreen:
    from ambassador.ui.placements.screen import PlacementsScreen

    return PlacementsScreen(services, window)


def _calendar(services: Services, window: Window) -> CalendarScreen:
    from ambassador.ui.calendar.screen import CalendarScreen

    return CalendarScreen(services, window, services.clock.today)


def _reports(services: Services, window: Window) -> ReportsScreen:
    from ambassador.ui.reports.screen import ReportsScreen

    return ReportsScreen(services, window)


def _settings(services: Services, window: Window) -> SettingsScreen:
    from ambassador.ui.settings.screen import SettingsScreen

    return SettingsScreen(services, window)


def _trash(services: Services, window: Window) -> TrashScreen:
    from ambassador.ui.trash.screen import TrashScreen

    return TrashScreen(services, window)


def _safety(services: Services, window: Window) -> SafetyScreen:
    from ambassador.ui.safety.screen import SafetyScreen

    screen = SafetyScreen(services, window)
    screen.restored.connect(window.read_all_after_restore)
    screen.encryption_changed.connect(window.apply_lock_setting)
    return screen


OVERVIEW = ScreenEntry(
    key="overview",
    name=QT_TRANSLATE_NOOP("MainWindow", "Overview"),
    build=_overview,
    live=True,
)
PARTICIPANTS = RecordListEntry(
    key="participants",
    name=QT_TRANSLATE_NOOP("MainWindow", "Participants"),
    build=_participants,
    splitter_key="participants",
)
EMPLOYERS = RecordListEntry(
    key="employers",
    name=QT_TRANSLATE_NOOP("MainWindow", "Employers"),
    build=_employers,
    splitter_key="employers",
)
PLACEMENTS = RecordListEntry(
    key="placements",
    name=QT_TRANSLATE_NOOP("MainWindow", "Placements"),
    build=_placements,
    splitter_key="placements",
)
CALENDAR = ScreenEntry(
    key="calendar", name=QT_TRANSLATE_NOOP("MainWindow", "Calendar"), build=_calendar
)
REPORTS = ScreenEntry(
    key="reports", name=QT_TRANSLATE_NOOP("MainWindow", "Reports"), build=_reports
)
SETTINGS = ScreenEntry(
    key="settings",
    name=QT_TRANSLATE_NOOP("MainWindow", "Settings"),
    build=_settings,
    takes=Takes.SETTINGS,
)
TRASH = ScreenEntry(
    key="trash",
    name=QT_TRANSLATE_NOOP("MainWindow", "Trash"),
    build=_trash,
    refresh_when_shown=True,  # what expires moves with time
)
SAFETY = ScreenEntry(
    key="safety", name=QT_TRANSLATE_NOOP("MainWindow", "Data safety"), build=_safety
)

# In the navigation's order; Ctrl+1 … Ctrl+9 follow it.
SCREENS: tuple[ScreenEntry[Screen], ...] = (
    OVERVIEW,
    PARTICIPANTS,
    EMPLOYERS,
    PLACEMENTS,
    CALENDAR,
    REPORTS,
    SETTINGS,
    TRASH,
    SAFETY,
)
# The entries marked live, as the screens they build: a change reaches them through on_changes.
LIVE_SCREENS: tuple[ScreenEntry[LiveScreen], ...] = (OVERVIEW,)
RECORD_LISTS: tuple[RecordListEntry[RecordListScreen], ...] = tuple(
    entry for entry in SCREENS if isinstance(entry, RecordListEntry)
)
