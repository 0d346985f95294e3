"""Datasäkerhet: the screen that hosts the six tabs (backups, encryption, the safety settings,
purge, the audit log, the change log) under one status line, and keeps them showing the same
state.

On a database on a server, what is a file's alone (backups, encryption at rest, the lock) is
not there: the Server tab comes first instead, saying which server and connection, and why.

Nothing personal is shown here: backups by time and reason, the log by ids and counts.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ambassador.services.bundle import Services
from ambassador.ui.common.navigation import Navigator
from ambassador.ui.common.widgets import title_label
from ambassador.ui.safety.audit_tab import AuditTab
from ambassador.ui.safety.backups_tab import BackupsTab
from ambassador.ui.safety.changes_tab import ChangesTab
from ambassador.ui.safety.encryption_tab import EncryptionTab, OpenDialog
from ambassador.ui.safety.purge_tab import PurgeTab
from ambassador.ui.safety.server_tab import ServerTab
from ambassador.ui.safety.settings_tab import SettingsTab
from ambassador.ui.safety.tab import SafetyTab, wrapped_label


class SafetyScreen(QWidget):
    # A restore or a purge replaced or removed records anywhere: every screen must reload.
    restored = Signal()
    # The database was encrypted, or its passphrase changed.
    encryption_changed = Signal()

    # The tabs on a file; on a server the Server tab is inserted before them (and the
    # backups and encryption tabs hidden), so there a tab is found by its widget.
    TAB_BACKUPS = 0
    TAB_ENCRYPTION = 1
    TAB_SETTINGS = 2
    TAB_PURGE = 3
    TAB_AUDIT = 4
    TAB_CHANGES = 5

    def __init__(
        self, services: Services, navigator: Navigator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._navigator = navigator
        self._build_ui()

    def _build_ui(self) -> None:
        self.title_label = title_label(self.tr("Data safety"))
        busy = self._navigator.busy
        self.backups_tab = BackupsTab(self._services, busy)
        self.encryption_tab = EncryptionTab(self._services, busy)
        self.settings_tab = SettingsTab(self._services, self._navigator)
        self.purge_tab = PurgeTab(self._services, busy)
        self.audit_tab = AuditTab(self._services)
        self.changes_tab = ChangesTab(self._services)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Data safety"))
        self.tabs.addTab(self.backups_tab, self.tr("&Backups"))
        self.tabs.addTab(self.encryption_tab, self.tr("&Encryption"))
        self.tabs.addTab(self.settings_tab, self.tr("&Settings"))
        self.tabs.addTab(self.purge_tab, self.tr("&Purge"))
        self.tabs.addTab(self.audit_tab, self.tr("&Audit log"))
        self.tabs.addTab(self.changes_tab, self.tr("&Changes"))
        self.status_label = wrapped_label()
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.server_tab: ServerTab | None = None
        self.on_server = self._services.connection.on_server
        if self.on_server:
            self.server_tab = ServerTab(self._services.connection)
            self.tabs.insertTab(0, self.server_tab, self.tr("Se&rver"))
            self.tabs.setCurrentIndex(0)
            for file_tab in (self.backups_tab, self.encryption_tab):
                self.tabs.setTabVisible(self.tabs.indexOf(file_tab), False)
            self.settings_tab.show_for_server()
            self.purge_tab.show_for_server()

        self._action_tabs: tuple[SafetyTab, ...] = (
            (self.settings_tab, self.purge_tab)
            if self.on_server
            else (self.backups_tab, self.encryption_tab, self.settings_tab, self.purge_tab)
        )
        for tab in self._action_tabs:
            tab.status_changed.connect(self.status_label.setText)
            tab.state_changed.connect(self._refresh_state)
            # An action chosen from the menu shows its tab, where its result is seen.
            tab.action_chosen.connect(partial(self.tabs.setCurrentWidget, tab))
        self.backups_tab.restored.connect(self._on_backups_tab_restored)
        self.encryption_tab.encryption_changed.connect(self._on_encryption_tab_changed)
        self.settings_tab.saved.connect(self.refresh)
        self.purge_tab.purged.connect(self._on_purge_tab_purged)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)

    def actions_for_menu(self) -> list[QAction | None]:
        """The Data safety menu: the actions of each tab, in the tabs' order, apart."""
        entries: list[QAction | None] = []
        for tab in self._action_tabs:
            if entries:
                entries.append(None)
            entries.extend(tab.menu_actions)
        return entries

    @property
    def open_dialog(self) -> OpenDialog | None:
        """The passphrase, recovery key or readable copies dialog open over the screen (tests
        reach it here)."""
        return self.encryption_tab.open_dialog

    def encrypt_database(self) -> None:
        """Ask for a passphrase twice, encrypt, show the recovery key once."""
        self.encryption_tab.encrypt_database()

    def refresh(self) -> None:
        """Everything from the database, the settings form included."""
        self.settings_tab.load(self._services.settings.get())
        self.settings_tab.set_editable(self._services.settings.organisation_editable())
        self._refresh_state()

    def _refresh_state(self) -> None:
        """Everything but the settings form, which may hold edits not saved yet."""
        settings = self._services.settings.get()
        if self.server_tab is not None:
            self.server_tab.show_state()
        else:
            self.backups_tab.show_state(settings)
            self.encryption_tab.show_state(settings)
        self.purge_tab.show_state(settings)
        self.audit_tab.show_state()
        self.changes_tab.show_state()

    def _on_backups_tab_restored(self) -> None:
        self.refresh()
        self.restored.emit()

    def _on_purge_tab_purged(self) -> None:
        self._refresh_state()
        self.restored.emit()

    def _on_encryption_tab_changed(self) -> None:
        self._refresh_state()
        self.encryption_changed.emit()
