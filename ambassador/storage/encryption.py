"""Turning a plain database file into an encrypted one with SQLCipher's `sqlcipher_export`.

The encrypted copy is written beside the file, checked, and renamed over it; the plain file
is moved aside first and overwritten with zeros before it is deleted, so a crash leaves a
whole plain file or a whole encrypted one, and the plain bytes do not stay under any name.
The encrypted file is its owner's alone, as the plain one was or more so.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ambassador.domain.errors import StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.paths import create_private_file, settle_mode
from ambassador.storage.backup import is_good
from ambassador.storage.engine import APPLICATION_ID, connect

ENCRYPT_FAILED = QT_TRANSLATE_NOOP(
    "Messages", "The database could not be encrypted; it is unchanged and still readable."
)


def encrypt_file(plain: Path, key: bytes) -> None:
    """Replace the closed plain database `plain` by an encrypted copy under the same name."""
    partial = plain.with_name(plain.name + ".encrypting")
    try:
        partial.unlink(missing_ok=True)
        create_private_file(partial)  # before SQLCipher writes a page into it
        connection = connect(plain, key=None, sqlcipher=True)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            # Only hex digits and our own file name reach the statement; nothing to escape
            # but the path, which goes in as a bound parameter.
            connection.execute(
                f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(partial),)
            )
            connection.execute("SELECT sqlcipher_export('encrypted')")
            connection.execute(f"PRAGMA encrypted.application_id = {APPLICATION_ID}")
            connection.execute("DETACH DATABASE encrypted")
        finally:
            connection.close()
        if not is_good(partial, key):
            raise OSError("the encrypted copy failed its check")
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        settle_mode(partial, plain)
    except Exception as error:  # either driver's error, or the disk's
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise StorageError(ENCRYPT_FAILED, str(plain)) from error
    aside = plain.with_name(plain.name + ".plain")
    os.replace(plain, aside)
    os.replace(partial, plain)
    for suffix in ("-wal", "-shm"):
        plain.with_name(plain.name + suffix).unlink(missing_ok=True)
    shred(aside)


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush, delete. On a journalling or flash file system the
    old blocks may survive elsewhere; this is the best a program can do short of the disk's
    own encryption, which IT should turn on as well."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            chunk = b"\0" * 65536
            written = 0
            while written < size:
                handle.write(chunk[: min(len(chunk), size - written)])
                written += min(len(chunk), size - written)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def remove_plain_copy(path: Path) -> None:
    """Overwrite and delete a readable copy of a database with what belongs to it: a -wal
    (which holds plain pages too), a -shm, a key file. Raises OSError when it stays."""
    for suffix in ("-wal", "-shm", ".key"):
        sibling = path.with_name(path.name + suffix)
        if sibling.exists():
            shred(sibling)
    shred(path)
