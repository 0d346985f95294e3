"""The main window: navigation on the left, the chosen screen on the right, search everywhere
on Ctrl+K. Every change made anywhere is announced once, and each screen refreshes itself.

The window is shown before the database is opened: its frame and navigation need only Qt, so
this module imports nothing that loads SQLAlchemy, and the person sees the program at once.
`attach` then gives it the services and fills the Översikt. Every other screen is built the
first time it is shown, and a screen out of view is refreshed when it comes into view.

The screens are one list, `ui.screens.SCREENS`: the navigation, the Ctrl+1 … Ctrl+9
shortcuts, building, splitter memory and refreshing all follow from its entries. Every action
of the program is in the menu bar (ui.window_menus) with its shortcut; the record menu holds
the detail pane's own actions.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ambassador import paths
from ambassador.domain.country import DEFAULT_COUNTRY
from ambassador.services.changes import Changes
from ambassador.ui import i18n, screens
from ambassador.ui.common import screen_fit
from ambassador.ui.common.busy import Busy
from ambassador.ui.screens import (
    SCREENS,
    RecordListEntry,
    RecordListScreen,
    Screen,
    ScreenEntry,
    Takes,
)
from ambassador.ui.ui_state import UiState
from ambassador.ui.window_menus import WindowMenus

if TYPE_CHECKING:
    from ambassador.services.bundle import Services
    from ambassador.services.connection import ServerState
    from ambassador.services.live import LiveChanges
    from ambassador.ui.common.printing import Write
    from ambassador.ui.live import LiveUpdates
    from ambassador.ui.safety.idle_lock import LockPage
    from ambassador.ui.search.dialog import SearchDialog

OVERVIEW_REFRESH_MS = 5 * 60 * 1000
S = TypeVar("S", bound=Screen)


class _Built(Generic[S]):
    """A screen of the window as an attribute, built (and read) the first time it is used."""

    def __init__(self, entry: ScreenEntry[S]) -> None:
        self._entry = entry

    def __get__(self, window: MainWindow, _owner: type | None = None) -> S:
        return window.screen_of(self._entry)


def _record_list(entry: ScreenEntry[Screen] | None) -> RecordListEntry[RecordListScreen] | None:
    """`entry` as a record list's entry, if it is one."""
    return next((listed for listed in screens.RECORD_LISTS if listed is entry), None)


def _widget(screen: Screen) -> QWidget:
    assert isinstance(screen, QWidget), "every screen is a widget"
    return screen


class MainWindow(QMainWindow):
    # Rows of the navigation, for `show_screen` (the order is screens.SCREENS's).
    SCREEN_OVERVIEW = SCREENS.index(screens.OVERVIEW)
    SCREEN_PARTICIPANTS = SCREENS.index(screens.PARTICIPANTS)
    SCREEN_EMPLOYERS = SCREENS.index(screens.EMPLOYERS)
    SCREEN_PLACEMENTS = SCREENS.index(screens.PLACEMENTS)
    SCREEN_CALENDAR = SCREENS.index(screens.CALENDAR)
    SCREEN_REPORTS = SCREENS.index(screens.REPORTS)
    SCREEN_SETTINGS = SCREENS.index(screens.SETTINGS)
    SCREEN_TRASH = SCREENS.index(screens.TRASH)
    SCREEN_SAFETY = SCREENS.index(screens.SAFETY)

    # Every change made anywhere in the window, so each screen refreshes what concerns it.
    data_changed = Signal(object)

    def __init__(self, database_label: str, ui_state: UiState | None = None) -> None:
        super().__init__()
        self._services: Services | None = None
        self._database_label = database_label
        self._server: ServerState | None = None
        # A file opened read-only says so in the title, in every language the window is built in.
        self.read_only_title = False
        self._ui_state = ui_state or UiState()
        self._language = i18n.current_language()
        self._country = DEFAULT_COUNTRY  # the database's, once attached
        self.search_dialog: SearchDialog | None = None
        self.lock_page: LockPage | None = None
        # Slow work (backups, restores, purges, encryption, documents) runs off this thread.
        self.busy = Busy(self)
        self.busy.finished.connect(self._on_busy_finished)
        self._close_when_idle = False
        self._lock_when_idle = False
        # On a server: other people's changes as they are saved (ui/live.py).
        self.live_updates: LiveUpdates | None = None
        self._changed_elsewhere = False  # while another's change is being published
        self._build_ui()
        self._place_on_screen()

    def attach(self, services: Services) -> None:
        """Give the shown window its database: the Översikt fills, the timers start."""
        # These load the database layer, which the frame does not need to be shown.
        from ambassador.ui.safety.idle_lock import IdleWatcher
        from ambassador.ui.safety.periodic_backup import PeriodicBackup

        self._services = services
        # The labels of the identity and organisation numbers are the country's.
        self._country = services.settings.country()
        # Lists, timelines and forms show the editable lists' entries in the window's language.
        i18n.use_list_names(self, services.settings.list_names)
        self.data_changed.connect(self._on_data_changed)
        # The window stays open all day: what is due today and what is overdue move with time.
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(OVERVIEW_REFRESH_MS)
        self._clock_timer.timeout.connect(self._on_clock_timer_timeout)
        self._clock_timer.start()
        self.periodic_backup = PeriodicBackup(services.backups, self.busy, self)
        if services.connection.on_server:
            self.periodic_backup.timer.stop()  # a server's backups are IT's, not the window's
        self._idle = IdleWatcher(self)
        self._idle.idle.connect(self.lock)
        self.apply_lock_setting()
        if services.live.available:
            from ambassador.ui.live import LiveUpdates

            self.live_updates = LiveUpdates(services.live, self)
            self.live_updates.received.connect(self._on_live_updates_received)
            self.live_updates.start()
        self.refresh()

    @property
    def services(self) -> Services:
        assert self._services is not None, "attach() gives the window its services"
        return self._services

    def _build_ui(self) -> None:
        # Changes made while a screen was out of view, applied when it is shown; screens
        # whose every record may have changed are read again whole.
        self._pending: dict[ScreenEntry[Screen], Changes] = {}
        self._stale: set[ScreenEntry[Screen]] = set()
        self._built: dict[ScreenEntry[Screen], Screen] = {}
        self.navigation_list = QListWidget()
        self.navigation_list.setAccessibleName(self.tr("Navigation"))
        self.navigation_list.setSpacing(4)
        self.screens_stack = QStackedWidget()
        names = [QCoreApplication.translate(screens.CONTEXT, entry.name) for entry in SCREENS]
        for row, name in enumerate(names):
            item = QListWidgetItem(name)
            # Ctrl+1 … Ctrl+9 are Visa's actions (ui.window_menus).
            item.setToolTip(self.tr("Ctrl+%1").replace("%1", str(row + 1)))
            self.navigation_list.addItem(item)
            self.screens_stack.addWidget(self._placeholder())
        # As wide as the longest name in the current language and font, no wider.
        metrics = self.navigation_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(name) for name in names)
        self.navigation_list.setFixedWidth(widest + 8 * self.navigation_list.spacing() + 16)
        self.navigation_list.currentRowChanged.connect(self._on_navigation_list_row_changed)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation_list)
        layout.addWidget(self.screens_stack, 1)
        self.setCentralWidget(central)
        self.menus = WindowMenus(self, self)
        self._show_title()
        self.show_log_folder_action = self.menus.show_log_folder_action
        self.navigation_list.setCurrentRow(self.SCREEN_OVERVIEW)
        # Keyboard first: arrows move between screens from the first moment.
        self.navigation_list.setFocus()

    def show_read_only(self) -> None:
        self.read_only_title = True
        self._show_title()

    def show_server(self, state: ServerState) -> None:
        """Say in the title which server the database is on, as whom, and whether the
        connection to it is encrypted (as a read-only file's title says so)."""
        self._server = state
        self._show_title()

    def _show_title(self) -> None:
        if self._server is None:
            title = self.tr("Ambassador – %1").replace("%1", self._database_label)
            if self.read_only_title:
                title = QCoreApplication.translate("Startup", "%1 (read-only)").replace("%1", title)
            self.setWindowTitle(title)
            return
        self.menus.show_server()
        where = dataclasses.replace(self._server.address, user=self._server.user).describe()
        tls = (
            self.tr("encrypted connection")
            if self._server.tls
            else self.tr("unencrypted connection")
        )
        self.setWindowTitle(self.tr("Ambassador – %1 (%2)").replace("%1", where).replace("%2", tls))

    def _placeholder(self) -> QWidget:
        """What a screen shows until it is built: a word while the database opens."""
        label = QLabel(self.tr("Opening the database…"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setEnabled(False)
        return label

    # The screens, each built the first time it is needed ------------------------------

    def screen_of(self, entry: ScreenEntry[S]) -> S:
        """The screen of `entry`, built and read if this is the first time it is needed."""
        built = self._built.get(entry)
        if built is not None:
            return cast(S, built)  # what entry.build returned: the map holds every kind
        screen = entry.build(self.services, self)
        self._built[entry] = screen
        row = SCREENS.index(entry)
        placeholder = self.screens_stack.widget(row)
        self.screens_stack.insertWidget(row, _widget(screen))
        if placeholder is not None:
            self.screens_stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.screens_stack.setCurrentIndex(self.navigation_list.currentRow())
        listed = _record_list(entry)
        if listed is not None:
            state = self._ui_state.splitter(listed.splitter_key)
            if state is not None:
                self.screen_of(listed).restore_splitter(state)
            self._follow_record_actions(self.screen_of(listed))
        screen.refresh()
        return screen

    def _follow_record_actions(self, screen: RecordListScreen) -> None:
        """The menu bar's Ctrl+P and Del follow what the list's pane can do now; a pane left
        with no record (none chosen, or deleted) offers nothing."""
        pane = screen.detail_pane

        def on_detail_stack_changed(index: int) -> None:
            if index == 0:
                pane.clear_actions()
            self.menus.record_shown()

        screen.detail_stack.currentChanged.connect(on_detail_stack_changed)
        for action in pane.actions_for_menu():
            if action is not None:
                action.changed.connect(lambda: self.menus.record_shown())

    overview_screen = _Built(screens.OVERVIEW)
    participants_screen = _Built(screens.PARTICIPANTS)
    employers_screen = _Built(screens.EMPLOYERS)
    placements_screen = _Built(screens.PLACEMENTS)
    calendar_screen = _Built(screens.CALENDAR)
    reports_screen = _Built(screens.REPORTS)
    settings_screen = _Built(screens.SETTINGS)
    trash_screen = _Built(screens.TRASH)
    safety_screen = _Built(screens.SAFETY)

    # Navigation (the Navigator the screens use) ----------------------------------------

    def show_screen(self, row: int) -> None:
        self.navigation_list.setCurrentRow(row)

    def _on_navigation_list_row_changed(self, row: int) -> None:
        self.screens_stack.setCurrentIndex(row)
        self._show_record_menu()
        if self._services is None or self.lock_page is not None:
            return  # the database is not open yet, or locked
        entry = SCREENS[row]
        built = entry in self._built
        screen = self.screen_of(entry)  # a screen built now is read as it is built
        pending = self._pending.pop(entry, None)
        if not built:
            self._show_record_menu()  # built just now
            return
        if entry in self._stale:
            self._stale.discard(entry)
            screen.refresh()
        elif pending is not None:
            self._update(entry, pending)
        elif entry.refresh_when_shown:
            screen.refresh()

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

    def _current_list(self) -> RecordListScreen | None:
        """The record list in view (Deltagare, Arbetsgivare, Placeringar), or None."""
        listed = _record_list(self._current_entry())
        return self.screen_of(listed) if listed is not None and listed in self._built else None

    def _current_entry(self) -> ScreenEntry[Screen] | None:
        row = self.navigation_list.currentRow()
        return SCREENS[row] if 0 <= row < len(SCREENS) else None

    def _show_record_menu(self) -> None:
        """The menu bar follows the screen in view: Visa checks it, and a built list's pane
        gives the record menu its actions."""
        entry = self._current_entry()
        if entry is None:
            return
        self.menus.screen_shown(
            SCREENS.index(entry), _record_list(entry), self._current_list(), self._built.get(entry)
        )

    # The menu bar's actions ---------------------------------------------------------------

    def new_record_in(self, entry: RecordListEntry[RecordListScreen]) -> None:
        """A new participant, employer or placement: its list comes into view with the form."""
        if self._services is None or self.locked:
            return
        self.show_screen(SCREENS.index(entry))
        self.screen_of(entry).new_record()

    def open_import(self) -> None:
        """Import from Excel: the same dialog as at the foot of Rapporter."""
        if self._services is None or self.locked:
            return
        from ambassador.ui.common import dialogs
        from ambassador.ui.files.import_dialog import ImportDialog

        dialogs.run_dialog(ImportDialog(self._services, self, self))

    def print_current(self) -> None:
        """Ctrl+P: the document of the record in view (a placement's summary, a person's
        register extract), asking what that document asks."""
        screen = self._current_list()
        action = None if screen is None else screen.detail_pane.document_action()
        if action is not None and action.isEnabled():
            action.trigger()

    def delete_current(self) -> None:
        """Del on a list: the chosen record to the trash, after the pane's question."""
        screen = self._current_list()
        if screen is not None and screen.detail_pane.delete_action.isEnabled():
            screen.detail_pane.delete_action.trigger()

    def show_shortcuts(self) -> None:
        from ambassador.ui.help.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menus.all_actions(), self).open()

    def show_about(self) -> None:
        from ambassador.ui.help.about_dialog import AboutDialog

        AboutDialog(self).open()

    def find_in_list(self) -> None:
        """Ctrl+F searches the list in view; elsewhere, everything (as Ctrl+K)."""
        screen = self._current_list()
        if screen is not None:
            screen.focus_search()
        else:
            self.open_search()

    def publish(self, changes: Changes) -> None:
        self.data_changed.emit(changes)

    def print_document(self, parent: QWidget, suggested_name: str, write: Write) -> None:
        from ambassador.ui.common import printing

        printing.print_document(parent, self._ui_state, self.busy, suggested_name, write)

    def save_file(self, parent: QWidget, suggested_name: str, write: Write) -> None:
        from ambassador.ui.common import printing

        printing.save_file(parent, self._ui_state, self.busy, suggested_name, write)

    def choose_file_to_read(self, parent: QWidget, title: str, name_filter: str) -> Path | None:
        from ambassador.ui.common import printing

        return printing.choose_file_to_read(parent, self._ui_state, title, name_filter)

    def open_search(self, text: str = "") -> None:
        """Search everywhere, starting with `text` (what was typed in the menu bar's field)."""
        if self._services is None or self.locked:
            return
        if self.search_dialog is None:
            from ambassador.ui.search.dialog import SearchDialog

            self.search_dialog = SearchDialog(self._services, self, parent=self)
        else:
            self.search_dialog.query_edit.clear()
        if text:
            self.search_dialog.query_edit.setText(text)
        self.search_dialog.open()
        self.search_dialog.query_edit.setFocus()
        self.search_dialog.query_edit.end(False)

    def open_questionnaire_entry(self) -> None:
        """Registrera enkätsvar, from anywhere: the returned questionnaires keyed by code."""
        if self._services is None or self.locked:
            return
        from ambassador.ui.questionnaires.dialog import open_questionnaire_dialog

        open_questionnaire_dialog(self, self._services, self.publish)

    # Refreshing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again: the live screens (the Översikt) and the screen in view now,
        the other screens built so far when they are next shown."""
        current = self._current_entry()
        entries = [entry for entry in SCREENS if entry.live or entry is current]
        built = {entry for entry in entries if entry in self._built}
        shown = [self.screen_of(entry) for entry in entries]  # one built now is read as built
        self._stale.update(self._built)
        for entry, screen in zip(entries, shown, strict=True):
            self._stale.discard(entry)
            self._pending.pop(entry, None)
            if entry in built:
                screen.refresh()

    def _on_data_changed(self, changes: Changes) -> None:
        """The live screens and the screen in view update at once; the others when next
        shown."""
        if changes.empty:
            return
        if changes.settings:
            i18n.forget_list_names()
            self.apply_lock_setting()
            stored = self.services.settings.get()
            if stored.language != self._language or stored.country != self._country:
                # A new country (chosen while the register is empty) renames the numbers
                # everywhere: the screens are built again, as for a new language.
                self._country = stored.country
                self.set_language(stored.language)
                return
        for live in screens.LIVE_SCREENS:
            self.screen_of(live).on_changes(changes)  # reads again only what it concerns
        current = self._current_entry()
        for entry in self._built:
            if entry.live:
                continue
            # Inställningar is edited in place: another's change is read when it is next
            # shown, not over what the person is typing.
            edited_in_place = self._changed_elsewhere and entry.takes is Takes.SETTINGS
            if entry is current and not edited_in_place:
                self._update(entry, changes)
            else:
                self._pending[entry] = self._pending.get(entry, Changes()) | changes

    def _on_live_updates_received(self, live: LiveChanges) -> None:
        """Someone else saved on the server: the same refresh as after a save here, and a
        form open on what they saved says so. After a lost connection, everything is read
        again: what was saved meanwhile was announced to nobody."""
        if self._services is None or self.locked:
            return  # unlocking reads everything again
        if live.everything:
            i18n.forget_list_names()  # the organisation's lists may have changed too
            current = self._current_entry()
            if current is not None and current.takes is Takes.SETTINGS:
                # Not over what the person is typing: read when next shown.
                self._refresh_live_screens()
                self._stale.update(self._built)
            else:
                self.refresh()
        elif not live.changes.empty:
            self._changed_elsewhere = True
            try:
                self.publish(live.changes)
            finally:
                self._changed_elsewhere = False
        self._tell_forms(live)

    def _tell_forms(self, live: LiveChanges) -> None:
        """The window's open forms on a record someone else saved or removed say so."""
        if not live.notices:
            return
        from ambassador.ui.common.versioned_form import VersionedFormDialog

        # The last word on each record (an import may bring ten thousand), looked up once
        # for each form open on one.
        last = {(notice.table, notice.record_id): notice for notice in live.notices}
        for form in QApplication.topLevelWidgets():
            if not isinstance(form, VersionedFormDialog) or not form.isVisible():
                continue
            record_id = getattr(form.loaded_record, "id", None)
            if not isinstance(record_id, int):
                continue  # a new record's form: nobody else has it
            notice = last.get((form.record_table, record_id))
            if notice is not None and form.editing(notice.table, record_id) and self._owns(form):
                form.record_changed_elsewhere(notice.user_name, deleted=notice.action == "delete")

    def _owns(self, widget: QWidget) -> bool:
        """Whether `widget` was opened from this window (a dialog is a window of its own, so
        Qt's isAncestorOf does not reach it)."""
        parent = widget.parentWidget()
        while parent is not None and parent is not self:
            parent = parent.parentWidget()
        return parent is self

    def _refresh_live_screens(self) -> None:
        for entry in SCREENS:
            if entry.live:
                self.screen_of(entry).refresh()

    def _update(self, entry: ScreenEntry[Screen], changes: Changes) -> None:
        """Apply `changes` to the built screen of `entry` as the entry says it takes them."""
        listed = _record_list(entry)
        if listed is not None:
            self.screen_of(listed).on_changes(changes)
        elif entry is screens.SETTINGS:
            self.screen_of(screens.SETTINGS).on_changes(changes)  # its settings, or mentors
        elif entry.takes is Takes.EVERY_CHANGE or changes.settings:
            self.screen_of(entry).refresh()

    def set_language(self, language: str) -> None:
        """Switch the window's language at once: the screens are built again in it, showing
        the same records."""
        i18n.switch(language, paths.translations_dir())
        self._language = language
        row = self.navigation_list.currentRow()
        selected = {
            entry: self.screen_of(entry).selected_id
            for entry in screens.RECORD_LISTS
            if entry in self._built
        }
        self._save_splitters()
        old = self.centralWidget()
        if self.search_dialog is not None:
            self.search_dialog.deleteLater()
            self.search_dialog = None
        self._build_ui()
        if old is not None:
            old.deleteLater()
        if self._services is None:
            return  # only the frame so far: the screens are built in the new language
        self.refresh()
        for entry, record_id in selected.items():
            if record_id is not None:
                self.screen_of(entry).open_record(record_id)
        self.show_screen(row)

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
        if self.busy.running:  # the key must stay until the work with it is done
            self._lock_when_idle = True
            return
        from ambassador.ui.safety.idle_lock import LockPage, close_dialogs

        close_dialogs()
        self.menuBar().setEnabled(False)  # nothing in it is for a locked window
        if self.search_dialog is not None:
            self.search_dialog.hide()
        self._clock_timer.stop()
        self.periodic_backup.timer.stop()
        self._idle.pause()
        content = self.takeCentralWidget()
        assert content is not None, "the window's frame is built with the window"
        self._content = content
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
        self.menuBar().setEnabled(True)
        self._clock_timer.start()
        self.periodic_backup.timer.start()
        self.apply_lock_setting()
        self.refresh()

    def read_all_after_restore(self) -> None:
        """A restore or a purge changed anything at all: everything is read again, in the
        language the restored settings ask for."""
        i18n.forget_list_names()
        language = self.services.settings.get().language
        if language != self._language:
            self.set_language(language)
        else:
            self.refresh()
        self.apply_lock_setting()

    def offer_encryption(self) -> None:
        """On a new database: recommend the passphrase before the first record is written."""
        from ambassador.ui.safety.encryption_tab import encryption_wanted

        if not self.services.encryption.encrypted and encryption_wanted(self):
            self.show_screen(self.SCREEN_SAFETY)
            self.safety_screen.encrypt_database()

    def _on_clock_timer_timeout(self) -> None:
        # Not while a restore or an encryption swaps the database under the screens.
        if not self.busy.blocking:
            self._refresh_live_screens()

    def _on_busy_finished(self) -> None:
        """What waited for the worker: the idle lock, closing the window."""
        if self._lock_when_idle:
            self._lock_when_idle = False
            self.lock()
        if self._close_when_idle:
            self._close_when_idle = False
            self.close()

    # Remembering ------------------------------------------------------------------------

    def _save_splitters(self) -> None:
        for entry in screens.RECORD_LISTS:
            if entry in self._built:
                splitter = self.screen_of(entry).splitter
                self._ui_state.set_splitter(entry.splitter_key, splitter.saveState())

    def _place_on_screen(self) -> None:
        """Where the window was last on this screen, if that still lies whole on it; else
        1280×820, or less on a smaller screen, in its middle."""
        screen = screen_fit.screen_of(self)
        geometry = self._ui_state.geometry(screen_fit.screen_key(screen))
        if (
            geometry is not None
            and self.restoreGeometry(geometry)
            and screen_fit.fits(self, self.frameGeometry())
        ):
            return
        self.setWindowState(Qt.WindowState.WindowNoState)
        self.resize(screen_fit.fitted_size(self, QSize(1280, 820)))
        screen_fit.centre(self)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.busy.running:
            # A restore or an encryption half-way must not meet the exit backup: the window
            # closes as soon as the work is done.
            self._close_when_idle = True
            event.ignore()
            return
        self._ui_state.set_geometry(
            self.saveGeometry(), screen_fit.screen_key(screen_fit.screen_of(self))
        )
        self._ui_state.set_screen(self.navigation_list.currentRow())
        self._save_splitters()
        self._ui_state.sync()
        i18n.stop_list_names(self)
        if self.live_updates is not None:
            self.live_updates.stop()
        super().closeEvent(event)
