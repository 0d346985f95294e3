"""Composition root of the window: paths → database → migrations → services → window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ambassador import __version__, paths
from ambassador.domain.clock import Clock, SystemClock
from ambassador.domain.errors import StorageError
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database
from ambassador.ui import i18n
from ambassador.ui.dialogs import show_error
from ambassador.ui.main_window import MainWindow
from ambassador.ui.ui_state import UiState


def open_services(
    path: Path, clock: Clock, *, with_sample_data: bool = False
) -> tuple[Database, Services]:
    """Open and migrate `path`; a demo file that is still empty gets the small sample set."""
    database, _report = open_database(path, paths.backups_dir(path), clock.now())
    if with_sample_data:
        SampleDataService(database, clock).fill_if_empty(Size.SMALL)
    return database, Services.build(database, clock)


def build_window(services: Services, label: str, ui_state: UiState | None = None) -> MainWindow:
    window = MainWindow(services, label, ui_state)
    window.refresh()
    return window


def run_window(database_path: Path | None, *, demo: bool, language: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Ambassador")
    app.setApplicationVersion(__version__)
    i18n.install(language or i18n.DEFAULT_LANGUAGE, paths.translations_dir())
    clock = SystemClock()
    path = paths.demo_database() if demo else (database_path or paths.default_database())
    try:
        database, services = open_services(path, clock, with_sample_data=demo)
    except StorageError as error:
        show_error(
            None,
            app.translate("App", "Ambassador cannot open the database"),
            i18n.message(error.message) + (f"\n\n{error.path}" if error.path else ""),
        )
        return 2
    stored_language = services.settings.get().language
    if language is None and stored_language != i18n.DEFAULT_LANGUAGE:
        i18n.install(stored_language, paths.translations_dir())
    label = app.translate("App", "sample data") if demo else path.name
    window = build_window(services, label, UiState.for_user())
    window.show()
    try:
        return app.exec()
    finally:
        database.dispose()
