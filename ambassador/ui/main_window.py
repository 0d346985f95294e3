"""The main window: navigation on the left, the chosen screen on the right, search everywhere
on Ctrl+K. Every change made anywhere is announced once, and each screen refreshes itself.

The window is shown before the database is opened: its frame and navigation need only Qt, so
this module imports nothing that loads SQLAlchemy, and the person sees the program at once.
`attach` then gives it the services and fills the Översikt. Every other screen is built the
first time it is shown, and a screen out of view is refreshed when it comes into view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ambassador import paths
from ambassador.domain.errors import StorageError
from ambassador.services.changes import Changes
from ambassador.ui import i18n
from ambassador.ui.common import dialogs
from ambassador.ui.ui_state import UiState

if TYPE_CHECKING:
    from ambassador.services.bundle import Services
    from ambassador.services.files import WrittenDocument
    from ambassador.ui.calendar.screen import CalendarScreen
    from ambassador.ui.common.printing import Write
    from ambassador.ui.employers.screen import EmployersScreen
    from ambassador.ui.overview.screen import OverviewScreen
    from ambassador.ui.participants.screen import ParticipantsScreen
    from ambassador.ui.placements.screen import PlacementsScreen
    from ambassador.ui.reports.screen import ReportsScreen
    from ambassador.ui.safety.idle_lock import LockPage
    from ambassador.ui.safety.screen import SafetyScreen
    from ambassador.ui.search.dialog import SearchDialog
    from ambassador.ui.settings.screen import SettingsScreen
    from ambassador.ui.trash.screen import TrashScreen

OVERVIEW_REFRESH_MS = 5 * 60 * 1000
# How often to look whether a backup is due (the interval itself is a setting, in hours).
BACKUP_CHECK_MS = 10 * 60 * 1000
# The lists whose splitter (list | detail pane) is remembered, by screen.
SPLITTERS = {1: "participants", 2: "employers", 3: "placements"}
ScreenT = TypeVar("ScreenT")


class _Built(Generic[ScreenT]):
    """A screen of the window as an attribute, built (and read) the first time it is used."""

    def __init__(self, row: int) -> None:
        self._row = row

    def __get__(self, window: MainWindow, _owner: type | None = None) -> ScreenT:
        return window._screen(self._row)  # type: ignore[no-any-return]


class MainWindow(QMainWindow):
    SCREEN_OVERVIEW = 0
    SCREEN_PARTICIPANTS = 1
    SCREEN_EMPLOYERS = 2
    SCREEN_PLACEMENTS = 3
    SCREEN_CALENDAR = 4
    SCREEN_REPORTS = 5
    SCREEN_SETTINGS = 6
    SCREEN_TRASH = 7
    SCREEN_SAFETY = 8

    # Every change made anywhere in the window, so each screen refreshes what concerns it.
    data_changed = Signal(object)

    def __init__(self, database_label: str, ui_state: UiState | None = None) -> None:
        super().__init__()
        self._services: Services | None = None
        self._database_label = database_label
        self._ui_state = ui_state or UiState()
        self._language = i18n.current_language()
        self.search_dialog: SearchDialog | None = None
        self.lock_page: LockPage | None = None
        self._build_ui()
        geometry = self._ui_state.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        for shortcut, action in (
            ("Ctrl+K", self.open_search),
            ("Ctrl+Shift+E", self.open_questionnaire_entry),
            (QKeySequence.StandardKey.Close, self.close),
            (QKeySequence.StandardKey.New, self._on_new_shortcut),
            (QKeySequence.StandardKey.Find, self._on_find_shortcut),
        ):
            QShortcut(QKeySequence(shortcut), self).activated.connect(action)

    def attach(self, services: Services) -> None:
        """Give the shown window its database: the Översikt fills, the timers start."""
        from ambassador.ui.safety.idle_lock import IdleWatcher  # loads the database layer

        self._services = services
        self.data_changed.connect(self._on_data_changed)
        # The window stays open all day: what is due today and what is overdue move with time.
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(OVERVIEW_REFRESH_MS)
        self._clock_timer.timeout.connect(lambda: self.overview_screen.refresh())
        self._clock_timer.start()
        self._backup_timer = QTimer(self)
        self._backup_timer.setInterval(BACKUP_CHECK_MS)
        self._backup_timer.timeout.connect(self.back_up_if_due)
        self._backup_timer.start()
        self._backup_failure_shown = False
        self._idle = IdleWatcher(self)
        self._idle.idle.connect(self.lock)
        self.apply_lock_setting()
        self.refresh()

    @property
    def services(self) -> Services:
        assert self._services is not None, "attach() gives the window its services"
        return self._services

    def _build_ui(self) -> None:
        # Changes made while a screen was out of view, applied when it is shown; screens
        # whose every record may have changed are read again whole.
        self._pending: dict[QWidget, Changes] = {}
        self._stale: set[QWidget] = set()
        self._built: dict[int, QWidget] = {}
        self.setWindowTitle(self.tr("Ambassador – %1").replace("%1", self._database_label))
        self.navigation_list = QListWidget()
        self.navigation_list.setAccessibleName(self.tr("Navigation"))
        self.navigation_list.setSpacing(4)
        self.screens_stack = QStackedWidget()
        names = [
            self.tr("Overview"),
            self.tr("Participants"),
            self.tr("Employers"),
            self.tr("Placements"),
            self.tr("Calendar"),
            self.tr("Reports"),
            self.tr("Settings"),
            self.tr("Trash"),
            self.tr("Data safety"),
        ]
        for position, name in enumerate(names, start=1):
            item = QListWidgetItem(name)
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(position)))
            self.navigation_list.addItem(item)
            self.screens_stack.addWidget(self._placeholder())
        # As wide as the longest name in the current language and font, no wider.
        metrics = self.navigation_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for name in names)
        self.navigation_list.setFixedWidth(widest + 8 * self.navigation_list.spacing() + 16)
        self.navigation_list.currentRowChanged.connect(self._on_navigation_list_row_changed)
        self._shortcuts = []
        for position in range(len(names)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{position + 1}"), self)
            shortcut.activated.connect(lambda row=position: self.show_screen(row))
            self._shortcuts.append(shortcut)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation_list)
        layout.addWidget(self.screens_stack, 1)
        self.setCentralWidget(central)
        self.navigation_list.setCurrentRow(self.SCREEN_OVERVIEW)
        # Keyboard first: arrows move between screens from the first moment.
        self.navigation_list.setFocus()

    def _placeholder(self) -> QWidget:
        """What a screen shows until it is built: a word while the database opens."""
        label = QLabel(self.tr("Opening the database…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        return label

    # The screens, each built the first time it is needed ------------------------------

    def _screen(self, row: int) -> Any:
        """The screen at `row`, built and read if this is the first time it is needed."""
        screen = self._built.get(row)
        if screen is None:
            screen = self._make_screen(row)
            self._built[row] = screen
            placeholder = self.screens_stack.widget(row)
            self.screens_stack.insertWidget(row, screen)
            self.screens_stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.screens_stack.setCurrentIndex(self.navigation_list.currentRow())
            name = SPLITTERS.get(row)
            state = self._ui_state.splitter(name) if name else None
            if state is not None:
                screen.splitter.restoreState(state)
            screen.refresh()
        return screen

    def _make_screen(self, row: int) -> QWidget:
        from ambassador.ui import screens  # the screens load the database layer

        services = self.services
        factories: list[Callable[[], QWidget]] = [
            lambda: screens.OverviewScreen(
                services.overview, navigator=self, outcome_checks=services.outcome_checks
            ),
            lambda: screens.ParticipantsScreen(services, self),
            lambda: screens.EmployersScreen(services, self),
            lambda: screens.PlacementsScreen(services, self),
            lambda: screens.CalendarScreen(services, self, services.clock.today),
            lambda: screens.ReportsScreen(services, self),
            lambda: screens.SettingsScreen(services, self),
            lambda: screens.TrashScreen(services, self),
            self._make_safety_screen,
        ]
        return factories[row]()

    def _make_safety_screen(self) -> QWidget:
        from ambassador.ui import screens

        screen = screens.SafetyScreen(self.services, self)
        screen.restored.connect(self._on_safety_screen_restored)
        screen.encryption_changed.connect(self.apply_lock_setting)
        return screen

    overview_screen: _Built[OverviewScreen] = _Built(SCREEN_OVERVIEW)
    participants_screen: _Built[ParticipantsScreen] = _Built(SCREEN_PARTICIPANTS)
    employers_screen: _Built[EmployersScreen] = _Built(SCREEN_EMPLOYERS)
    placements_screen: _Built[PlacementsScreen] = _Built(SCREEN_PLACEMENTS)
    calendar_screen: _Built[CalendarScreen] = _Built(SCREEN_CALENDAR)
    reports_screen: _Built[ReportsScreen] = _Built(SCREEN_REPORTS)
    settings_screen: _Built[SettingsScreen] = _Built(SCREEN_SETTINGS)
    trash_screen: _Built[TrashScreen] = _Built(SCREEN_TRASH)
    safety_screen: _Built[SafetyScreen] = _Built(SCREEN_SAFETY)

    # Navigation (the Navigator the screens use) ----------------------------------------

    def show_screen(self, row: int) -> None:
        self.navigation_list.setCurrentRow(row)

    def _on_navigation_list_row_changed(self, row: int) -> None:
        self.screens_stack.setCurrentIndex(row)
        if self._services is None or self.lock_page is not None:
            return  # the database is not open yet, or locked
        built = row in self._built
        screen = self._screen(row)  # a screen built now is read as it is built
        pending = self._pending.pop(screen, None)
        if not built:
            return
        if screen in self._stale:
            self._stale.discard(screen)
            screen.refresh()
        elif pending is not None:
            self._update(screen, pending)
        elif row == self.SCREEN_TRASH:
            screen.refresh()  # what expires moves with time

    def open_participant(self, participant_id: int) -> None:
        self.show_screen(self.SCREEN_PARTICIPANTS)
        self.participants_screen.open_record(participant_id)

    def open_employer(self, employer_id: int) -> None:
        self.show_screen(self.SCREEN_EMPLOYERS)
        self.employers_screen.open_record(employer_id)

    def open_placement(self, placement_id: int, check_in_id: int | None = None) -> None:
        self.show_screen(self.SCREEN_PLACEMENTS)
        self.placements_screen.open_record(placement_id)
        if check_in_id is not None:
            self.placements_screen.detail_pane.select_check_in(check_in_id)

    def _current_list(self) -> Any:
        """The list screen in view (Deltagare, Arbetsgivare, Placeringar), or None."""
        row = self.navigation_list.currentRow()
        return self._built.get(row) if row in SPLITTERS else None

    def _on_new_shortcut(self) -> None:
        screen = self._current_list()
        if screen is not None:
            screen.new_record()

    def _on_find_shortcut(self) -> None:
        """Ctrl+F searches the list in view; elsewhere, everything (as Ctrl+K)."""
        screen = self._current_list()
        if screen is not None:
            screen.focus_search()
        else:
            self.open_search()

    def publish(self, changes: Changes) -> None:
        self.data_changed.emit(changes)

    def print_document(
        self, parent: QWidget, suggested_name: str, write: Write
    ) -> WrittenDocument | None:
        from ambassador.ui.common import printing

        return printing.print_document(parent, self._ui_state, suggested_name, write)

    def save_file(
        self, parent: QWidget, suggested_name: str, write: Write
    ) -> WrittenDocument | None:
        from ambassador.ui.common import printing

        return printing.save_file(parent, self._ui_state, suggested_name, write)

    def open_search(self) -> None:
        if self._services is None or self.locked:
            return
        if self.search_dialog is None:
            from ambassador.ui.search.dialog import SearchDialog

            self.search_dialog = SearchDialog(self._services, self, parent=self)
        else:
            self.search_dialog.query_edit.clear()
        self.search_dialog.open()
        self.search_dialog.query_edit.setFocus()

    def open_questionnaire_entry(self) -> None:
        """Registrera enkätsvar, from anywhere: the returned questionnaires keyed by code."""
        if self._services is None or self.locked:
            return
        from ambassador.ui.questionnaires.dialog import open_questionnaire_dialog

        open_questionnaire_dialog(self, self._services, self.publish)

    # Refreshing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again: the Översikt and the screen in view now, the other screens
        built so far when they are next shown."""
        rows = {self.SCREEN_OVERVIEW, self.navigation_list.currentRow()}
        built = {row for row in rows if row in self._built}
        shown = [self._screen(row) for row in rows]  # a screen built now is read as it is built
        self._stale.update(self._built.values())
        for row, screen in zip(rows, shown, strict=True):
            self._stale.discard(screen)
            self._pending.pop(screen, None)
            if row in built:
                screen.refresh()

    def _on_data_changed(self, changes: Changes) -> None:
        """The Översikt and the screen in view update at once; the others when next shown."""
        if changes.empty:
            return
        if changes.settings:
            self.apply_lock_setting()
            language = self.services.settings.get().language
            if language != self._language:
                self.set_language(language)
                return
        self.overview_screen.refresh()
        current = self.screens_stack.currentWidget()
        for screen in self._built.values():
            if screen is self.overview_screen:
                continue
            if screen is current:
                self._update(screen, changes)
            else:
                self._pending[screen] = self._pending.get(screen, Changes()) | changes

    def _update(self, screen: Any, changes: Changes) -> None:
        if screen in (self._built.get(row) for row in SPLITTERS):
            screen.on_changes(changes)
        elif screen is self._built.get(self.SCREEN_SETTINGS):
            if changes.settings:
                screen.refresh()
        else:
            screen.refresh()

    def set_language(self, language: str) -> None:
        """Switch the window's language at once: the screens are built again in it, showing
        the same records."""
        i18n.switch(language, paths.translations_dir())
        self._language = language
        screen = self.navigation_list.currentRow()
        selected = {row: self._built[row].selected_id for row in SPLITTERS if row in self._built}
        self._save_splitters()
        old = self.centralWidget()
        if self.search_dialog is not None:
            self.search_dialog.deleteLater()
            self.search_dialog = None
        self._build_ui()
        old.deleteLater()
        if self._services is None:
            return  # only the frame so far: the screens are built in the new language
        self.refresh()
        for row, record_id in selected.items():
            if record_id is not None:
                self._screen(row).open_record(record_id)
        self.show_screen(screen)

    # Safety -------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.lock_page is not None

    def apply_lock_setting(self) -> None:
        """Lock after the set minutes without use; only an encrypted database locks (a plain
        file is readable on the disk anyway, so a lock would only pretend)."""
        encrypted = self.services.encryption.encrypted
        minutes = self.services.settings.get().lock_after_minutes if encrypted else 0
        self._idle.set_minutes(minutes)

    def lock(self) -> None:
        if self.locked or not self.services.encryption.encrypted:
            return
        from ambassador.ui.safety.idle_lock import LockPage, close_dialogs

        close_dialogs()
        if self.search_dialog is not None:
            self.search_dialog.hide()
        self._clock_timer.stop()
        self._backup_timer.stop()
        self._idle.pause()
        self._content = self.takeCentralWidget()
        self.lock_page = LockPage(self._attempt_unlock)
        self.lock_page.form.unlocked.connect(self._on_unlocked)
        self.setCentralWidget(self.lock_page)
        self.services.encryption.lock()
        self.lock_page.form.secret_edit.setFocus()

    def _attempt_unlock(self, secret: str, recovery: bool) -> None:
        self.services.encryption.unlock(secret, recovery=recovery)

    def _on_unlocked(self) -> None:
        self.setCentralWidget(self._content)  # the lock page goes with it
        self.lock_page = None
        self._clock_timer.start()
        self._backup_timer.start()
        self.apply_lock_setting()
        self.refresh()

    def _on_safety_screen_restored(self) -> None:
        """A restore or a purge changed anything at all: everything is read again, in the
        language the restored settings ask for."""
        language = self.services.settings.get().language
        if language != self._language:
            self.set_language(language)
        else:
            self.refresh()
        self.apply_lock_setting()

    def offer_encryption(self) -> None:
        """On a new database: recommend the passphrase before the first record is written."""
        if self.services.encryption.encrypted:
            return
        if dialogs.ask(
            self,
            self.tr("Protect the database"),
            self.tr(
                "This is a new database. It will hold notes about people, some of them "
                "sensitive. Protect it with a passphrase, so that a lost or stolen laptop "
                "gives nothing away? You get a recovery key to keep in a safe place."
            ),
            self.tr("&Choose a passphrase"),
        ):
            self.show_screen(self.SCREEN_SAFETY)
            self.safety_screen.encrypt_database()

    def back_up_if_due(self) -> None:
        """A backup every few hours while the window is open; a failure is said once."""
        if self.locked:
            return
        from ambassador.services.backups import PERIODIC

        try:
            if self.services.backups.due():
                self.services.backups.take(PERIODIC)
            self._backup_failure_shown = False
        except StorageError as error:
            if not self._backup_failure_shown:
                self._backup_failure_shown = True
                dialogs.show_failure(self, self.tr("The backup could not be taken"), error)

    # Remembering ------------------------------------------------------------------------

    def _save_splitters(self) -> None:
        for row, name in SPLITTERS.items():
            screen = self._built.get(row)
            if screen is not None:
                self._ui_state.set_splitter(name, screen.splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._ui_state.set_geometry(self.saveGeometry())
        self._ui_state.set_screen(self.navigation_list.currentRow())
        self._save_splitters()
        self._ui_state.sync()
        super().closeEvent(event)
