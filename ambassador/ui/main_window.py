"""The main window: navigation on the left, the chosen screen on the right, search everywhere
on Ctrl+K. Every change made anywhere is announced once, and each screen refreshes itself."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from ambassador import paths
from ambassador.domain.errors import StorageError
from ambassador.services.backups import PERIODIC
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.services.documents import WrittenDocument
from ambassador.ui import dialogs, i18n, printing
from ambassador.ui.calendar_screen import CalendarScreen
from ambassador.ui.employers_screen import EmployersScreen
from ambassador.ui.idle_lock import IdleWatcher, LockPage, close_dialogs
from ambassador.ui.list_screen import ListScreen
from ambassador.ui.overview_screen import OverviewScreen
from ambassador.ui.participants_screen import ParticipantsScreen
from ambassador.ui.placements_screen import PlacementsScreen
from ambassador.ui.printing import Write
from ambassador.ui.reports_screen import ReportsScreen
from ambassador.ui.safety_screen import SafetyScreen
from ambassador.ui.search_dialog import SearchDialog
from ambassador.ui.settings_screen import SettingsScreen
from ambassador.ui.trash_screen import TrashScreen
from ambassador.ui.ui_state import UiState

OVERVIEW_REFRESH_MS = 5 * 60 * 1000
# How often to look whether a backup is due (the interval itself is a setting, in hours).
BACKUP_CHECK_MS = 10 * 60 * 1000


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

    def __init__(
        self, services: Services, database_label: str, ui_state: UiState | None = None
    ) -> None:
        super().__init__()
        self._services = services
        self._database_label = database_label
        self._ui_state = ui_state or UiState()
        self._language = i18n.current_language()
        self.search_dialog: SearchDialog | None = None
        self._build_ui()
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
        self.lock_page: LockPage | None = None
        self._idle = IdleWatcher(self)
        self._idle.idle.connect(self.lock)
        self.apply_lock_setting()
        geometry = self._ui_state.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        for shortcut, action in (
            ("Ctrl+K", self.open_search),
            (QKeySequence.StandardKey.Close, self.close),
            (QKeySequence.StandardKey.New, self._on_new_shortcut),
            (QKeySequence.StandardKey.Find, self._on_find_shortcut),
        ):
            QShortcut(QKeySequence(shortcut), self).activated.connect(action)

    def _build_ui(self) -> None:
        # Changes made while a screen was out of view, applied when it is shown.
        self._pending: dict[QWidget, Changes] = {}
        self.setWindowTitle(self.tr("Ambassador – %1").replace("%1", self._database_label))
        self.navigation_list = QListWidget()
        self.navigation_list.setAccessibleName(self.tr("Navigation"))
        self.navigation_list.setSpacing(4)
        self.screens_stack = QStackedWidget()

        self.overview_screen = OverviewScreen(self._services.overview, navigator=self)
        self.participants_screen = ParticipantsScreen(self._services, self)
        self.employers_screen = EmployersScreen(self._services, self)
        self.placements_screen = PlacementsScreen(self._services, self)
        self.calendar_screen = CalendarScreen(self._services, self, self._services.clock.today)
        self.reports_screen = ReportsScreen(self._services, self)
        self.settings_screen = SettingsScreen(self._services, self)
        self.trash_screen = TrashScreen(self._services, self)
        self.safety_screen = SafetyScreen(self._services, self)
        self.safety_screen.restored.connect(self._on_safety_screen_restored)
        self.safety_screen.encryption_changed.connect(self.apply_lock_setting)
        screens: list[tuple[str, QWidget]] = [
            (self.tr("Overview"), self.overview_screen),
            (self.tr("Participants"), self.participants_screen),
            (self.tr("Employers"), self.employers_screen),
            (self.tr("Placements"), self.placements_screen),
            (self.tr("Calendar"), self.calendar_screen),
            (self.tr("Reports"), self.reports_screen),
            (self.tr("Settings"), self.settings_screen),
            (self.tr("Trash"), self.trash_screen),
            (self.tr("Data safety"), self.safety_screen),
        ]
        for position, (name, screen) in enumerate(screens, start=1):
            item = QListWidgetItem(name)
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(position)))
            self.navigation_list.addItem(item)
            self.screens_stack.addWidget(screen)
        # As wide as the longest name in the current language and font, no wider.
        metrics = self.navigation_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for name, _screen in screens)
        self.navigation_list.setFixedWidth(widest + 8 * self.navigation_list.spacing() + 16)
        self.navigation_list.currentRowChanged.connect(self._on_navigation_list_row_changed)
        self._shortcuts = []
        for position in range(len(screens)):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{position + 1}"), self)
            shortcut.activated.connect(lambda row=position: self.show_screen(row))
            self._shortcuts.append(shortcut)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation_list)
        layout.addWidget(self.screens_stack, 1)
        self.setCentralWidget(central)
        self._restore_splitters()
        self.navigation_list.setCurrentRow(self.SCREEN_OVERVIEW)
        # Keyboard first: arrows move between screens from the first moment.
        self.navigation_list.setFocus()

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "participants": self.participants_screen.splitter,
            "employers": self.employers_screen.splitter,
            "placements": self.placements_screen.splitter,
        }

    def _restore_splitters(self) -> None:
        for name, splitter in self._splitters().items():
            state = self._ui_state.splitter(name)
            if state is not None:
                splitter.restoreState(state)

    # Navigation (the Navigator the screens use) ----------------------------------------

    def show_screen(self, row: int) -> None:
        self.navigation_list.setCurrentRow(row)

    def _on_navigation_list_row_changed(self, row: int) -> None:
        self.screens_stack.setCurrentIndex(row)
        screen = self.screens_stack.currentWidget()
        pending = self._pending.pop(screen, None)
        if pending is not None:
            self._update(screen, pending)
        elif screen is self.trash_screen:
            self.trash_screen.refresh()  # what expires moves with time

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

    def _on_new_shortcut(self) -> None:
        screen = self.screens_stack.currentWidget()
        if isinstance(screen, ListScreen):
            screen.new_record()

    def _on_find_shortcut(self) -> None:
        """Ctrl+F searches the list in view; elsewhere, everything (as Ctrl+K)."""
        screen = self.screens_stack.currentWidget()
        if isinstance(screen, ListScreen):
            screen.focus_search()
        else:
            self.open_search()

    def publish(self, changes: Changes) -> None:
        self.data_changed.emit(changes)

    def print_document(
        self, parent: QWidget, suggested_name: str, write: Write
    ) -> WrittenDocument | None:
        return printing.print_document(parent, self._ui_state, suggested_name, write)

    def save_file(
        self, parent: QWidget, suggested_name: str, write: Write
    ) -> WrittenDocument | None:
        return printing.save_file(parent, self._ui_state, suggested_name, write)

    def open_search(self) -> None:
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self._services, self, parent=self)
        else:
            self.search_dialog.query_edit.clear()
        self.search_dialog.open()
        self.search_dialog.query_edit.setFocus()

    # Refreshing -------------------------------------------------------------------------

    def refresh(self) -> None:
        self.overview_screen.refresh()
        self.participants_screen.refresh()
        self.employers_screen.refresh()
        self.placements_screen.refresh()
        self.calendar_screen.refresh()
        self.reports_screen.refresh()
        self.settings_screen.refresh()
        self.trash_screen.refresh()
        self.safety_screen.refresh()

    def _on_data_changed(self, changes: Changes) -> None:
        """The Översikt and the screen in view update at once; the others when next shown."""
        if changes.empty:
            return
        if changes.settings:
            self.apply_lock_setting()
            language = self._services.settings.get().language
            if language != self._language:
                self.set_language(language)
                return
        self.overview_screen.refresh()
        current = self.screens_stack.currentWidget()
        for screen in self._screens():
            if screen is self.overview_screen:
                continue
            if screen is current:
                self._update(screen, changes)
            else:
                self._pending[screen] = self._pending.get(screen, Changes()) | changes

    def _screens(self) -> list[QWidget]:
        return [self.screens_stack.widget(i) for i in range(self.screens_stack.count())]

    def _update(self, screen: QWidget, changes: Changes) -> None:
        if isinstance(screen, ListScreen):
            screen.on_changes(changes)
        elif screen is self.settings_screen:
            if changes.settings:
                self.settings_screen.refresh()
        else:
            screen.refresh()  # type: ignore[attr-defined]

    def set_language(self, language: str) -> None:
        """Switch the window's language at once: the screens are built again in it, showing
        the same records."""
        i18n.switch(language, paths.translations_dir())
        self._language = language
        screen = self.navigation_list.currentRow()
        selected = (
            self.participants_screen.selected_id,
            self.employers_screen.selected_id,
            self.placements_screen.selected_id,
        )
        self._save_splitters()
        old = self.centralWidget()
        if self.search_dialog is not None:
            self.search_dialog.deleteLater()
            self.search_dialog = None
        self._build_ui()
        old.deleteLater()
        self.refresh()
        for screen_widget, record_id in zip(
            (self.participants_screen, self.employers_screen, self.placements_screen),
            selected,
            strict=True,
        ):
            if record_id is not None:
                screen_widget.open_record(record_id)
        self.show_screen(screen)

    # Safety -------------------------------------------------------------------------------

    @property
    def locked(self) -> bool:
        return self.lock_page is not None

    def apply_lock_setting(self) -> None:
        """Lock after the set minutes without use; only an encrypted database locks (a plain
        file is readable on the disk anyway, so a lock would only pretend)."""
        encrypted = self._services.encryption.encrypted
        minutes = self._services.settings.get().lock_after_minutes if encrypted else 0
        self._idle.set_minutes(minutes)

    def lock(self) -> None:
        if self.locked or not self._services.encryption.encrypted:
            return
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
        self._services.encryption.lock()
        self.lock_page.form.secret_edit.setFocus()

    def _attempt_unlock(self, secret: str, recovery: bool) -> None:
        self._services.encryption.unlock(secret, recovery=recovery)

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
        language = self._services.settings.get().language
        if language != self._language:
            self.set_language(language)
        else:
            self.refresh()
        self.apply_lock_setting()

    def offer_encryption(self) -> None:
        """On a new database: recommend the passphrase before the first record is written."""
        if self._services.encryption.encrypted:
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
        try:
            if self._services.backups.due():
                self._services.backups.take(PERIODIC)
            self._backup_failure_shown = False
        except StorageError as error:
            if not self._backup_failure_shown:
                self._backup_failure_shown = True
                dialogs.show_failure(self, self.tr("The backup could not be taken"), error)

    # Remembering ------------------------------------------------------------------------

    def _save_splitters(self) -> None:
        for name, splitter in self._splitters().items():
            self._ui_state.set_splitter(name, splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._ui_state.set_geometry(self.saveGeometry())
        self._ui_state.set_screen(self.navigation_list.currentRow())
        self._save_splitters()
        self._ui_state.sync()
        super().closeEvent(event)
