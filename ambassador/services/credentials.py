"""A server's password kept in the operating system's keyring, if the person asks for it.

Keyed by the service "Ambassador" and the server's `describe()` (user@host/database), so one
computer may keep a password for each server and user. Where there is no keyring (a headless
Linux, whose backend is keyring's `fail` or `null` one) or the keyring fails in any way (a
locked or absent Secret Service, a D-Bus error), nothing is kept and the password is asked each
time: a keyring's fault is never the person's problem and never a traceback.

`keyring` is imported when it is first needed, not with the services: opening a file never
loads it.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from ambassador.storage.address import ServerAddress

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "Ambassador"
# keyring's backends that keep nothing: none found (`fail`) or none wanted (`null`).
_NO_KEYRING = ("keyring.backends.fail", "keyring.backends.null")

log = logging.getLogger(__name__)


def _backend() -> KeyringBackend | None:
    """The keyring in use, None when there is none that keeps anything."""
    try:
        import keyring

        backend = keyring.get_keyring()
    except Exception as error:  # a broken installation or configuration: no keyring
        _note(error)
        return None
    if type(backend).__module__ in _NO_KEYRING:
        return None
    return backend


def _note(error: BaseException) -> None:
    # The kind of fault alone: a keyring's message may name the account or the secret's path.
    log.info("the keyring failed (%s); the password is asked each time", type(error).__name__)


def keyring_available() -> bool:
    """Whether a password can be kept on this computer (the window offers to only then)."""
    return _backend() is not None


def saved_password(address: ServerAddress) -> str | None:
    """The password kept for this server and user, None when none is (or no keyring)."""
    backend = _backend()
    if backend is None:
        return None
    try:
        password: Any = backend.get_password(SERVICE, address.describe())
    except Exception as error:
        _note(error)
        return None
    return password if isinstance(password, str) and password else None


def save_password(address: ServerAddress, password: str) -> bool:
    """Keep the password for this server and user; False when it could not be kept."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, address.describe(), password)
    except Exception as error:
        _note(error)
        return False
    return True


def forget_password(address: ServerAddress) -> None:
    """Drop the kept password (one the server refused, or on the person's word); nothing kept
    is nothing to forget."""
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, address.describe())
    except Exception as error:  # keyring's PasswordDeleteError when none was kept, among others
        import keyring.errors

        if not isinstance(error, keyring.errors.PasswordDeleteError):
            _note(error)
