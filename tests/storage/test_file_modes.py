"""Owner-only files from storage: backups, their key files, the encrypted database and a
restored one are 0600 and a backup folder the program makes is 0700, even under the usual
mask 022 (the entry points tighten the mask too; these hold without it). A file written over
keeps a stricter mode it had."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from ambassador.services.backups import MANUAL
from ambassador.services.bundle import Services
from ambassador.storage import backup
from ambassador.storage.database import Database
from ambassador.storage.keys import KeyFile, key_path, new_key
from tests.file_modes import mode, only_with_modes, usual_mask  # noqa: F401

# A file's modes: on a server the files are the server's, kept by IT.
pytestmark = [only_with_modes, pytest.mark.usefixtures("usual_mask"), pytest.mark.sqlite_only]


def test_backup_is_owner_only_in_a_folder_made_owner_only(
    services: Services, database_path: Path
) -> None:
    folder = database_path.parent / "elsewhere" / "backups"
    written = services.backups.take(MANUAL, folder=folder)
    assert mode(written) == 0o600
    assert mode(folder) == 0o700
    assert mode(folder.parent) == 0o700  # a missing parent made on the way too


def test_a_backup_folder_that_exists_keeps_its_mode(
    services: Services, database_path: Path
) -> None:
    folder = database_path.parent / "shared"
    folder.mkdir(mode=0o750)
    os.chmod(folder, 0o750)
    services.backups.take(MANUAL, folder=folder)
    assert mode(folder) == 0o750


def test_encrypted_database_key_file_and_backups_are_owner_only(
    services: Services, database: Database, database_path: Path
) -> None:
    os.chmod(database_path, 0o644)  # as an earlier release made it
    plain_backup = services.backups.take(MANUAL)
    os.chmod(plain_backup, 0o644)
    services.encryption.encrypt("en lång och hemlig fras")
    assert mode(database_path) == 0o600  # rewritten: tightened
    assert mode(key_path(database_path)) == 0o600
    assert mode(plain_backup) == 0o600 and mode(key_path(plain_backup)) == 0o600
    encrypted_backup = services.backups.take(MANUAL, folder=database_path.parent / "nya")
    assert mode(encrypted_backup) == 0o600 and mode(key_path(encrypted_backup)) == 0o600
    for name in os.listdir(database_path.parent):  # no partial file left with another mode
        assert not name.endswith((".partial", ".encrypting", ".plain")), name


def test_rewritten_key_file_keeps_a_stricter_mode(tmp_path: Path) -> None:
    database = tmp_path / "ambassador.db"
    KeyFile.wrap(new_key(), "första frasen här").write(database)
    assert mode(key_path(database)) == 0o600
    os.chmod(key_path(database), 0o400)  # made read-only by its owner
    KeyFile.wrap(new_key(), "andra frasen här").write(database)
    assert mode(key_path(database)) == 0o400


def test_restored_database_is_owner_only(
    services: Services, database: Database, database_path: Path
) -> None:
    chosen = services.backups.take(MANUAL)
    os.chmod(chosen, 0o644)
    os.chmod(database_path, 0o644)
    services.backups.restore(chosen)
    assert mode(database_path) == 0o600


def test_damaged_file_set_aside_keeps_its_mode(database_path: Path) -> None:
    os.chmod(database_path, 0o640)
    aside = backup.set_aside(database_path, datetime(2026, 11, 24, 9))
    assert mode(aside) == 0o640  # moved, not rewritten: it is someone's evidence
