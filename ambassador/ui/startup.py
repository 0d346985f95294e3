"""Opening the database from the window: its passphrase if it is encrypted, and a file that
cannot be opened replaced by its newest good backup if the person agrees. Opening itself is
the shared service (services/opening.py) the command line uses too; this adds the dialogs.

A file that cannot be written (a read-only file, a read-only disk) opens read-only, and the
window says so in its title and in a bar above the screens. A file that is not there is made
only where the window was asked to: its own database and the sample data, or, asked first,
a new file named with `--db`.

Never a traceback and never a half-open database: each way out either returns an opened
database or says which file could not be opened and why, and returns None.
"""

from __future__ import annotations

import dataclasses
import errno
import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStyle, QToolBar

from ambassador.domain.clock import Clock
from ambassador.domain.errors import (
    DamagedDatabaseError,
    NotAnAmbassadorDatabaseError,
    StorageError,
)
from ambassador.services import credentials, encryption
from ambassador.services.bundle import Services
from ambassador.services.connection import ServerState
from ambassador.services.encryption import Unlocked
from ambassador.services.opening import (
    Database,
    IntegrityCheck,
    PasswordNeededError,
    ServerAddress,
    SignInRefusedError,
    is_encrypted,
    newest_good_backup,
    open_services,
    recover,
)
from ambassador.ui.common import dialogs
from ambassador.ui.common.formatting import long_moment
from ambassador.ui.i18n import message
from ambassador.ui.safety.sign_in_dialog import SignInDialog
from ambassador.ui.safety.unlock_form import UnlockDialog

if TYPE_CHECKING:
    from ambassador.ui.main_window import MainWindow


def ask_key(path: Path) -> Unlocked | None:
    """The key of an encrypted file from its passphrase; None when the person gives up."""
    found: list[Unlocked] = []

    def attempt(secret: str, recovery: bool) -> None:
        found.append(
            encryption.unlock_with_recovery_code(path, secret)
            if recovery
            else encryption.unlock(path, secret)
        )

    dialog = UnlockDialog(path.name, attempt)
    return found[-1] if dialogs.run_dialog(dialog) and found else None


def open_interactively(
    path: Path,
    clock: Clock,
    *,
    with_sample_data: bool = False,
    create: bool = False,
    check: IntegrityCheck | None = None,
) -> tuple[Database, Services] | None:
    """Open `path`; `create`: a missing file is made without asking (the window's own
    database, the sample data); otherwise the person is asked first. `check`: the file's
    integrity check, started while the window loaded; opening waits for its answer."""
    if not create and not path.exists() and not path.is_symlink():
        if check is not None:
            check.cancel()
        if not _ask_to_create(path):
            return None
        create = True
    unlocked: Unlocked | None = None
    if is_encrypted(path):
        if check is not None:
            check.cancel()  # of no use without the key
            check = None
        unlocked = ask_key(path)
        if unlocked is None:
            return None
    try:
        return open_services(
            path,
            clock,
            unlocked=unlocked,
            with_sample_data=with_sample_data,
            create=create,
            check=check,
        )
    except (DamagedDatabaseError, NotAnAmbassadorDatabaseError) as error:
        if not _offer_backup(path, error, clock, unlocked.key if unlocked else None):
            return None
        return open_services(path, clock, unlocked=unlocked)
    except StorageError as error:
        cannot_open(error)
        return None
    except OSError as error:  # the system's: a folder given for the file, a file not ours
        cannot_read(path, error)
        return None


def open_on_server(
    address: ServerAddress, clock: Clock
) -> tuple[Database, Services, ServerState] | None:
    """Open the database on the server: with the password kept in the keyring, else none
    (a .pgpass or Kerberos may sign in); when the server asks for a password or refuses the
    one given, the person is asked, and may have it remembered. A kept password the server
    refuses is forgotten. With the connection's state, for the title; None when the person
    gives up or it cannot be opened (said)."""
    opened = _sign_in(address, clock)
    if opened is None:
        return None
    database, services = opened
    try:
        state = services.connection.state()
    except StorageError as error:  # the server went away a moment after it opened
        database.dispose()
        cannot_open(error)
        return None
    return database, services, state


def _sign_in(address: ServerAddress, clock: Clock) -> tuple[Database, Services] | None:
    password = credentials.saved_password(address)
    try:
        return open_services(address, clock, password=password)
    except (PasswordNeededError, SignInRefusedError) as error:
        if password is not None:
            credentials.forget_password(address)
        refused = error if isinstance(error, SignInRefusedError) else None
    except StorageError as error:
        cannot_open(error)
        return None
    return _ask_password(address, clock, refused)


def _ask_password(
    address: ServerAddress, clock: Clock, refused: StorageError | None
) -> tuple[Database, Services] | None:
    opened: list[tuple[Database, Services]] = []

    def attempt(password: str) -> None:
        opened.append(open_services(address, clock, password=password))

    dialog = SignInDialog(
        server_name(address),
        address.user or _account_name(),
        attempt,
        offer_remember=credentials.keyring_available(),
        refused=refused,
    )
    if dialogs.run_dialog(dialog) and opened:
        if dialog.remember:
            credentials.save_password(address, dialog.password())
        return opened[-1]
    if dialog.failure is not None:
        cannot_open(dialog.failure)
    return None


def _account_name() -> str:
    """The user libpq signs in as when the address names none: this computer's account."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no account name in the environment or the system's list
        return ""


def server_name(address: ServerAddress) -> str:
    """The server and database, without the user: host[:port]/database."""
    return dataclasses.replace(address, user=None).describe()


def cannot_read(path: Path, error: OSError) -> None:
    if error.errno == errno.EISDIR:
        text = QCoreApplication.translate("Startup", "%1 is a folder, not a database file.")
    else:
        text = QCoreApplication.translate(
            "Startup", "%1 could not be read: this user may not read it, or the disk failed."
        )
    dialogs.show_error(
        None,
        QCoreApplication.translate("Startup", "Ambassador cannot open the database"),
        text.replace("%1", str(path)),
    )


def _ask_to_create(path: Path) -> bool:
    return dialogs.ask(
        None,
        QCoreApplication.translate("Startup", "No database here"),
        QCoreApplication.translate(
            "Startup", "There is no database at %1. Make a new, empty one there?"
        ).replace("%1", str(path)),
        QCoreApplication.translate("Startup", "&Make a new database"),
    )


class _BarLabel(QLabel):
    """A wrapped sentence in a tool bar, as tall as the bar's width makes it: a wrapped label
    on its own asks for a narrow column of many lines, and the bar would be that tall."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        window = self.window()
        width = max(200, window.width() - 60) if window is not None else 600
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.updateGeometry()  # a narrower window: more lines, a taller bar


def mark_read_only(window: MainWindow) -> None:
    """Say on the window, for as long as it is open, that its database is read-only: in the
    title, and in a bar above the screens that cannot be closed (a word and an icon, not a
    colour). Backups are not taken: a file that cannot change needs none."""
    window.show_read_only()
    bar = QToolBar(QCoreApplication.translate("Startup", "Read-only"), window)
    bar.setObjectName("read_only_bar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setVisible(False)
    icon = QLabel()
    style = window.style()
    size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
    icon.setPixmap(
        style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size)
    )
    bar.addWidget(icon)
    text = _BarLabel(
        QCoreApplication.translate(
            "Startup",
            "This database is read-only: you can read everything in it, but not change it. "
            "Documents and lists cannot be written either, because each must be recorded in "
            "the database's export log.",
        )
    )
    text.setWordWrap(True)
    text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    text.setAccessibleName(QCoreApplication.translate("Startup", "The database is read-only"))
    bar.addWidget(text)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.show()  # the window is already on the screen


def cannot_open(error: StorageError, extra: str = "") -> None:
    text = message(error.message) + (f"\n\n{error.path}" if error.path else "") + extra
    dialogs.show_error(
        None, QCoreApplication.translate("Startup", "Ambassador cannot open the database"), text
    )


def _offer_backup(path: Path, error: StorageError, clock: Clock, key: bytes | None) -> bool:
    """Offer the newest backup that passes its check; True when it is now in place."""
    newest = newest_good_backup(path, key)
    if newest is None:
        cannot_open(
            error,
            "\n\n"
            + QCoreApplication.translate("Startup", "No backup that passes its check was found."),
        )
        return False
    question = (
        message(error.message)
        + f"\n\n{path}\n\n"
        + QCoreApplication.translate(
            "Startup",
            "The newest backup that passes its check was taken %1. Put it in place? The file "
            "that cannot be opened is kept beside it, renamed, and not changed.",
        ).replace("%1", long_moment(newest.taken_at))
    )
    if not dialogs.ask(
        None,
        QCoreApplication.translate("Startup", "Ambassador cannot open the database"),
        question,
        QCoreApplication.translate("Startup", "&Restore the backup"),
    ):
        return False
    try:
        kept = recover(path, newest.path, clock.now(), key)
    except StorageError as failure:
        cannot_open(failure)
        return False
    dialogs.inform(
        None,
        QCoreApplication.translate("Startup", "The backup is in place"),
        QCoreApplication.translate(
            "Startup", "The file that could not be opened is kept as %1."
        ).replace("%1", str(kept)),
    )
    return True
