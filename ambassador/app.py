"""Composition root of the window: the crash net → one program per file → the window shown →
unlock → open (or a backup) → services → the Översikt filled; a backup on the way out.

The window's frame is shown before the database layer is even imported, so the person sees the
program at once; what opening needs (SQLAlchemy, the migrations, the services) loads after.
"""

from __future__ import annotations

import contextlib
import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from ambassador import __version__, crash, paths
from ambassador.domain.errors import StorageError
from ambassador.domain.languages import DEFAULT_LANGUAGE
from ambassador.ui import i18n
from ambassador.ui.crash import CrashNet
from ambassador.ui.main_window import MainWindow
from ambassador.ui.painting import paint_in_one_thread
from ambassador.ui.qt_messages import QtMessageFilter
from ambassador.ui.single_instance import SingleInstance, bring_forward
from ambassador.ui.ui_state import UiState

if TYPE_CHECKING:
    from ambassador.domain.clock import Clock
    from ambassador.services.bundle import Services
    from ambassador.services.opening import Location, ServerAddress
    from ambassador.storage.database import Database
    from ambassador.ui.manager.window import ManagerWindow

__all__ = ["build_window", "close_on_termination", "open_window", "run_window", "set_identity"]


def build_window(services: Services, label: str, ui_state: UiState | None = None) -> MainWindow:
    """A window on opened services, the Översikt filled (tests and benchmarks), painted as the
    program's is."""
    paint_in_one_thread()
    window = MainWindow(label, ui_state)
    window.attach(services)
    return window


def set_identity(app: QApplication) -> None:
    """The name, version and icon every window of the program carries."""
    app.setApplicationName("Ambassador")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(paths.window_icon())))


def close_on_termination(window: QWidget) -> None:
    """A request to stop (SIGTERM from a logout, `kill` or an installer; Ctrl+C in the terminal
    that started the program) closes the windows as the person would, so the exit backup is
    taken.

    Windows has no such signals; it asks the window itself to close, which Qt turns into the
    same close.
    """
    if sys.platform == "win32":
        return
    import signal  # with socket below: once the window has painted, not before

    waker = _SignalWaker(window)
    signal.set_wakeup_fd(waker.write_end, warn_on_full_buffer=False)
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: QApplication.closeAllWindows())


class _SignalWaker(QObject):
    """Python runs a signal handler only when Python code runs, which Qt's event loop does not
    do on its own: Python also writes a byte to this socket, whose notifier wakes the loop."""

    def __init__(self, parent: QObject) -> None:
        import socket

        super().__init__(parent)  # the parent keeps this object, and so the sockets, alive
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    @property
    def write_end(self) -> int:
        return self._writer.fileno()

    def _on_notifier_activated(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)


def run_window(database: Location | None, *, demo: bool, language: str | None) -> int:
    """The window on `database`: a file (the person's own when None), or a database on a
    PostgreSQL server (a `ServerAddress`)."""
    # Before the application object is made, which reads Qt's logging rules: no name the
    # window shows reaches standard error through Qt's own debug logging.
    messages = QtMessageFilter().install()
    paint_in_one_thread()
    try:
        with paths.files_kept_private():  # the database, its backups, the log: owner-only
            return _run_window(database, demo=demo, language=language)
    finally:
        messages.uninstall()


def _run_window(database: Location | None, *, demo: bool, language: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    set_identity(app)
    i18n.install(language or DEFAULT_LANGUAGE, paths.translations_dir())
    # A bug in any slot from here on is logged and told, and the window goes on.
    crash.install_log()
    net = CrashNet(QApplication.activeWindow)
    net.install()
    if database is None and not demo:
        found = _deployed_profile()
        if found is False:
            net.uninstall()
            return 2
        database = found
    if database is not None and not isinstance(database, Path) and not demo:
        # A server's database: no lock file beside it, and the server keeps the data whole
        # with more than one program on it.
        try:
            return _run(app, database, demo=False, language=language, instance=None, net=net)
        finally:
            net.uninstall()
    path = paths.demo_database() if demo else (database or paths.default_database())
    assert isinstance(path, Path)
    instance = SingleInstance(path)
    if not instance.acquire():
        # Another window has this file open: bring it forward and leave the file to it.
        instance.notify_running()
        return 0
    try:
        return _run(app, path, demo=demo, language=language, instance=instance, net=net)
    finally:
        instance.release()
        net.uninstall()


def _deployed_profile() -> ServerAddress | None | Literal[False]:
    """The server named by the profile IT deployed (paths.server_profile), None when there is
    none; False when it cannot be read (said in one sentence)."""
    profile = paths.server_profile()
    if profile is None:
        return None
    from ambassador.storage.address import read_profile
    from ambassador.ui.startup import cannot_open, cannot_read

    try:
        return read_profile(profile)
    except StorageError as error:
        cannot_open(error)
    except OSError as error:
        cannot_read(profile, error)
    return False


def _run(
    app: QApplication,
    location: Location,
    *,
    demo: bool,
    language: str | None,
    instance: SingleInstance | None,
    net: CrashNet,
) -> int:
    opened = open_window(location, demo=demo, language=language)
    if opened is None:
        return 2
    window, database, services = opened
    net.after = window.refresh  # what a bug may have left half-updated is read again
    if instance is not None:
        instance.activation_requested.connect(lambda: bring_forward(window))
        instance.listen()
    close_on_termination(window)
    # The collector of reference cycles, held off while the window started (ambassador.cli.
    # program), comes back without a pass over what the start made: freezing and unfreezing
    # moves it all to the oldest generation unexamined, where a full pass later in the day
    # finds what garbage is among it. Turned on plainly, it would go over all of it at once.
    gc.freeze()
    gc.unfreeze()
    gc.enable()
    try:
        return app.exec()
    finally:
        # A file that cannot change needs no backup; a server's backups are IT's.
        if database.is_open and not database.read_only and database.server is None:
            from ambassador.services.backups import ON_EXIT

            # A failure here was already shown by the periodic backup; leave regardless.
            with contextlib.suppress(StorageError):
                services.backups.take(ON_EXIT)
        database.dispose()


def open_window(
    location: Location, *, demo: bool, language: str | None
) -> tuple[MainWindow | ManagerWindow, Database, Services] | None:
    """Show the window at once, then open `location` (a file's passphrase asked, a damaged
    file offered its backup; a server's password asked) and fill the Översikt; None when it
    cannot be opened or the person gives up."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    if isinstance(location, Path):
        label = app.translate("App", "sample data") if demo else location.name
    else:
        label = location.describe()
    window = MainWindow(label, UiState.for_user())
    window.show()
    app.processEvents()  # painted now, before the database layer loads

    # SQLite's check of the file reads every page in a thread of its own while the database
    # layer loads below; opening waits for it before the file is trusted or written.
    check = None
    if isinstance(location, Path):
        from ambassador.storage.integrity import check_in_background

        check = check_in_background(location)

    from ambassador.domain.clock import SystemClock
    from ambassador.ui.startup import mark_read_only, open_interactively

    if not isinstance(location, Path):
        return _open_server_window(window, location, SystemClock(), language)
    path = location

    first_start = not path.exists()
    # Its own database and the sample data are made when missing; another file, asked first.
    create = demo or path == paths.default_database()
    opened = open_interactively(
        path, SystemClock(), with_sample_data=demo, create=create, check=check
    )
    if opened is None:
        window.close()
        return None
    database, services = opened
    stored_language = services.settings.get().language
    if language is None and stored_language != i18n.current_language():
        window.set_language(stored_language)
    window.attach(services)
    if database.read_only:
        mark_read_only(window)
    if first_start and not demo:
        window.offer_encryption()
    return window, database, services


def _open_server_window(
    window: MainWindow, address: ServerAddress, clock: Clock, language: str | None
) -> tuple[MainWindow | ManagerWindow, Database, Services] | None:
    """The shown window on a server's database, its title naming the server; None when the
    person gives up signing in or the database cannot be opened (said)."""
    from ambassador.ui.startup import open_on_server

    opened = open_on_server(address, clock)
    if opened is None:
        window.close()
        return None
    database, services, state = opened
    if services.connection.identity().is_manager:
        # Figures only: a manager's role may read nothing else, the settings included.
        window.close()
        return _manager_window(database, services, address, language)
    stored_language = services.settings.get().language
    if language is None and stored_language != i18n.current_language():
        window.set_language(stored_language)
    window.show_server(state)
    window.attach(services)
    return window, database, services


def _manager_window(
    database: Database, services: Services, address: ServerAddress, language: str | None
) -> tuple[ManagerWindow, Database, Services] | None:
    """A manager's window of statistics, in the organisation's language unless one was asked
    for; None when the figures cannot be read (said)."""
    from ambassador.services.team_statistics import TeamStatisticsService
    from ambassador.ui.manager.window import ManagerWindow
    from ambassador.ui.startup import cannot_open

    statistics = TeamStatisticsService(database)
    try:
        stored_language, country = statistics.language_and_country()
    except StorageError as error:
        database.dispose()
        cannot_open(error)
        return None
    if language is None and stored_language != i18n.current_language():
        i18n.switch(stored_language, paths.translations_dir())
    window = ManagerWindow(statistics, address.describe(), country)
    window.show()
    return window, database, services
