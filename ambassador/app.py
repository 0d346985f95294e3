"""Composition root of the window: one program per file → unlock → open (or a backup) →
services → window; a backup on the way out."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

__all__ = ["build_window", "open_services", "open_window", "run_window"]

from PySide6.QtWidgets import QApplication

from ambassador import __version__, paths
from ambassador.domain.clock import SystemClock
from ambassador.domain.errors import StorageError
from ambassador.services.backups import ON_EXIT
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.ui import i18n
from ambassador.ui.main_window import MainWindow
from ambassador.ui.single_instance import SingleInstance, bring_forward
from ambassador.ui.startup import open_interactively, open_services
from ambassador.ui.ui_state import UiState


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
    path = paths.demo_database() if demo else (database_path or paths.default_database())
    instance = SingleInstance(path)
    if not instance.acquire():
        # Another window has this file open: bring it forward and leave the file to it.
        instance.notify_running()
        return 0
    try:
        return _run(app, path, demo=demo, language=language, instance=instance)
    finally:
        instance.release()


def _run(
    app: QApplication, path: Path, *, demo: bool, language: str | None, instance: SingleInstance
) -> int:
    opened = open_window(path, demo=demo, language=language)
    if opened is None:
        return 2
    window, database, services = opened
    instance.activation_requested.connect(lambda: bring_forward(window))
    try:
        return app.exec()
    finally:
        if database.is_open:
            # A failure here was already shown by the periodic backup; leave regardless.
            with contextlib.suppress(StorageError):
                services.backups.take(ON_EXIT)
        database.dispose()


def open_window(
    path: Path, *, demo: bool, language: str | None
) -> tuple[MainWindow, Database, Services] | None:
    """Open `path` (its passphrase asked, a damaged file offered its backup) in a shown main
    window with the Översikt filled; None when it cannot be opened or the person gives up."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    first_start = not path.exists()
    opened = open_interactively(path, SystemClock(), with_sample_data=demo)
    if opened is None:
        return None
    database, services = opened
    stored_language = services.settings.get().language
    if language is None and stored_language != i18n.DEFAULT_LANGUAGE:
        i18n.install(stored_language, paths.translations_dir())
    label = app.translate("App", "sample data") if demo else path.name
    window = build_window(services, label, UiState.for_user())
    window.show()
    if first_start and not demo:
        window.offer_encryption()
    return window, database, services
