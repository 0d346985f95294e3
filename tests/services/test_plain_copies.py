"""Readable copies after encryption: encrypting a database finds the plain backups it knows
of outside its backup folder (a folder used before, the folder beside the database, a copy
by hand to a stick, files kept aside), and encrypts or removes them on request."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from ambassador.domain.audit import AuditAction
from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import RuleViolationError
from ambassador.services import encryption
from ambassador.services.backups import FOLDERS_KEY, MANUAL, PERIODIC
from ambassador.services.bundle import Services
from ambassador.storage import backup
from ambassador.storage.database import Database
from ambassador.storage.engine import SQLITE_HEADER
from ambassador.storage.keys import key_path
from tests.factories import make_participant, note_fields

# Plain copies are a file's backups; a server's backups are IT's.
pytestmark = pytest.mark.sqlite_only

PASSPHRASE = "en fras som är lång nog"
MARKER = "Läsbar-kopia-5521"


@pytest.fixture
def filled(services: Services) -> Services:
    participant = make_participant(services)
    services.follow_up.add_note(
        note_fields(participant, None, services.clock.now(), text=f"{MARKER} vid besöket")
    )
    return services


def use_folder(services: Services, folder: Path) -> None:
    services.settings.save(replace(services.settings.get(), backup_folder=str(folder)))


def later(clock: FixedClock) -> None:
    clock.set(clock.now() + timedelta(minutes=1))  # a backup name per minute


def damage(path: Path) -> None:
    """Every page but the first overwritten: still SQLite's header, not a whole database."""
    data = bytearray(path.read_bytes())
    data[4096:] = b"\xa5" * (len(data) - 4096)
    path.write_bytes(bytes(data))


def readable(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(SQLITE_HEADER) or MARKER.encode() in data


def scatter(services: Services, clock: FixedClock, database_path: Path) -> dict[str, Path]:
    """Plain copies in every place the program can know of, the way they come about."""
    place = database_path.parent
    beside = services.backups.take(PERIODIC)  # the folder beside the database, the default
    later(clock)
    use_folder(services, place / "gamla")
    earlier = services.backups.take(PERIODIC)  # a folder chosen once, then left
    later(clock)
    stick = services.backups.take(MANUAL, folder=place / "usb")  # by hand to a stick
    later(clock)
    use_folder(services, place / "nuvarande")
    current = services.backups.take(PERIODIC)
    cut_off = place / "gamla" / (earlier.name + ".partial")  # a backup killed halfway
    shutil.copyfile(earlier, cut_off)
    aside = place / f"{database_path.name}.damaged-20261101-120000"
    shutil.copyfile(beside, aside)
    damage(aside)
    shutil.copyfile(beside, aside.with_name(aside.name + "-wal"))  # a WAL kept with it
    return {
        "beside": beside,
        "earlier": earlier,
        "stick": stick,
        "current": current,
        "cut_off": cut_off,
        "aside": aside,
    }


def test_encrypting_lists_the_plain_copies_it_knows_of_outside_its_folder(
    filled: Services, clock: FixedClock, database_path: Path
) -> None:
    copies = scatter(filled, clock, database_path)
    filled.encryption.encrypt(PASSPHRASE)
    assert not readable(copies["current"])  # the backup folder's own are encrypted at once
    found = {copy.path: copy.kind for copy in filled.encryption.plain_copies()}
    assert found == {
        copies["beside"]: backup.BACKUP,
        copies["earlier"]: backup.BACKUP,
        copies["stick"]: backup.BACKUP,
        copies["cut_off"]: backup.UNFINISHED,
        copies["aside"]: backup.SET_ASIDE,
    }
    assert all(readable(path) for path in found)


def test_encrypting_the_copies_makes_them_open_with_the_passphrase_only(
    filled: Services, clock: FixedClock, database_path: Path
) -> None:
    copies = scatter(filled, clock, database_path)
    code = filled.encryption.encrypt(PASSPHRASE)
    listed = [copy.path for copy in filled.encryption.plain_copies()]

    handled = filled.encryption.encrypt_copies(listed)

    # A file that is not a whole database cannot be encrypted: it stays, and is said to.
    assert handled.left == (copies["aside"],)
    assert len(handled.done) == 4
    for path in handled.done:
        assert not readable(path), path
        key = encryption.unlock(path, PASSPHRASE).key
        assert key == encryption.unlock_with_recovery_code(database_path, code).key
        assert backup.is_good(path, key)
    assert [copy.path for copy in filled.encryption.plain_copies()] == [
        path for path in listed if path in handled.left
    ]
    entry = filled.audit.recent()[0]
    assert (entry.action, entry.detail, entry.count) == (
        AuditAction.ENCRYPTION,
        "copies_encrypted",
        len(handled.done),
    )


def test_removing_the_copies_deletes_them_and_what_belongs_to_them(
    filled: Services, clock: FixedClock, database_path: Path
) -> None:
    copies = scatter(filled, clock, database_path)
    filled.encryption.encrypt(PASSPHRASE)
    listed = [copy.path for copy in filled.encryption.plain_copies()]

    handled = filled.encryption.remove_copies(listed)

    assert set(handled.done) == set(listed) and handled.left == ()
    assert not any(path.exists() for path in listed)
    assert not copies["aside"].with_name(copies["aside"].name + "-wal").exists()
    assert copies["current"].exists()  # the encrypted backups stay
    assert filled.encryption.plain_copies() == []
    entry = filled.audit.recent()[0]
    assert (entry.detail, entry.count) == ("copies_removed", len(listed))


def test_a_folder_that_is_gone_is_passed_over(
    filled: Services, clock: FixedClock, database_path: Path
) -> None:
    stick = filled.backups.take(MANUAL, folder=database_path.parent / "usb")
    shutil.rmtree(stick.parent)  # the stick is not plugged in
    filled.encryption.encrypt(PASSPHRASE)
    assert filled.encryption.plain_copies() == []
    assert database_path.parent / "usb" in filled.backups.known_folders()


def test_copies_encrypted_elsewhere_follow_a_new_passphrase(
    filled: Services, clock: FixedClock, database_path: Path
) -> None:
    stick = filled.backups.take(MANUAL, folder=database_path.parent / "usb")
    filled.encryption.encrypt(PASSPHRASE)
    filled.encryption.encrypt_copies([stick])
    filled.encryption.change_passphrase(PASSPHRASE, "en helt ny lång fras")
    assert encryption.unlock(stick, "en helt ny lång fras").key


def test_the_folder_beside_the_database_is_not_written_down(
    filled: Services, database: Database, database_path: Path
) -> None:
    filled.backups.take(PERIODIC)
    filled.backups.take(MANUAL, folder=database_path.parent / "usb")
    filled.backups.take(MANUAL, folder=database_path.parent / "usb")
    with database.read() as uow:
        stored = uow.settings.all()[FOLDERS_KEY]
    assert stored == f'["{(database_path.parent / "usb").resolve()}"]'
    assert filled.settings.get().backup_folder == ""  # no setting changed by it


def test_plain_database_has_nothing_to_encrypt_copies_with(
    filled: Services, database_path: Path
) -> None:
    with pytest.raises(RuleViolationError):
        filled.encryption.encrypt_copies([])
    assert not key_path(database_path).exists()
