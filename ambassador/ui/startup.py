"""Opening the database from the window: its passphrase if it is encrypted, and a file that
cannot be opened replaced by its newest good backup if the person agrees. Opening itself is
the shared service (services/opening.py) the command line uses too; this adds the dialogs.

Never a traceback and never a half-open database: each way out either returns an opened
database or says which file could not be opened and why, and returns None.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ambassador.domain.clock import Clock
from ambassador.domain.errors import (
    DamagedDatabaseError,
    NotAnAmbassadorDatabaseError,
    StorageError,
)
from ambassador.services import encryption
from ambassador.services.bundle import Services
from ambassador.services.encryption import Unlocked
from ambassador.services.opening import (
    Database,
    is_encrypted,
    newest_good_backup,
    open_services,
    recover,
)
from ambassador.ui.common import dialogs
from ambassador.ui.common.formatting import iso_moment
from ambassador.ui.i18n import message
from ambassador.ui.safety.unlock_form import UnlockDialog


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
    path: Path, clock: Clock, *, with_sample_data: bool = False
) -> tuple[Database, Services] | None:
    unlocked: Unlocked | None = None
    if is_encrypted(path):
        unlocked = ask_key(path)
        if unlocked is None:
            return None
    try:
        return open_services(path, clock, unlocked=unlocked, with_sample_data=with_sample_data)
    except (DamagedDatabaseError, NotAnAmbassadorDatabaseError) as error:
        if not _offer_backup(path, error, clock, unlocked.key if unlocked else None):
            return None
        return open_services(path, clock, unlocked=unlocked)
    except StorageError as error:
        _cannot_open(error)
        return None


def _cannot_open(error: StorageError, extra: str = "") -> None:
    text = message(error.message) + (f"\n\n{error.path}" if error.path else "") + extra
    dialogs.show_error(
        None, QCoreApplication.translate("Startup", "Ambassador cannot open the database"), text
    )


def _offer_backup(path: Path, error: StorageError, clock: Clock, key: bytes | None) -> bool:
    """Offer the newest backup that passes its check; True when it is now in place."""
    newest = newest_good_backup(path, key)
    if newest is None:
        _cannot_open(
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
        ).replace("%1", iso_moment(newest.taken_at))
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
        _cannot_open(failure)
        return False
    dialogs.inform(
        None,
        QCoreApplication.translate("Startup", "The backup is in place"),
        QCoreApplication.translate(
            "Startup", "The file that could not be opened is kept as %1."
        ).replace("%1", str(kept)),
    )
    return True
