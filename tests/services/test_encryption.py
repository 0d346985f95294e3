"""Encryption at rest: nothing readable in the file, its WAL or its backups; any passphrase
works; a wrong one is told and counted; the recovery key opens everything; the lock drops the
key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import StorageError, ValidationError
from ambassador.services import encryption
from ambassador.services.backups import MANUAL
from ambassador.services.bundle import Services
from ambassador.services.encryption import TOO_SHORT
from ambassador.storage import backup
from ambassador.storage.database import CLOSED, Database
from ambassador.storage.engine import SQLITE_HEADER
from ambassador.storage.keys import (
    WRONG_PASSPHRASE,
    WRONG_RECOVERY_KEY,
    WrongKeyError,
    key_path,
)
from ambassador.storage.opening import EncryptedDatabaseError, open_database
from tests.factories import make_employer, make_identity_number, make_participant, note_fields

# Encryption at rest is SQLCipher's, a file's; on a server it is IT's (disk encryption, TLS).
pytestmark = pytest.mark.sqlite_only

MARKER = "Krypteringsmarkör-7741"
PASSPHRASES = [
    "enkel men lång fras",
    "citat \" och ' och ; DROP TABLE",
    "Åsa äter ölbröd på Öland",
    "🔐 nyckel med emoji 😀 och mer",
    "x" * 500,
]


def fill(services: Services, birth: date = date(1985, 3, 12)) -> tuple[int, str]:
    number = make_identity_number(birth)
    participant = make_participant(services, personal_identity_number=number)
    services.follow_up.add_note(
        note_fields(participant, None, services.clock.now(), text=f"{MARKER} om samtalet")
    )
    make_employer(services, name="Markörs Verkstad AB")
    return participant, number


def raw_files(database_path: Path) -> list[Path]:
    folder = database_path.parent
    return [p for p in folder.rglob("*") if p.is_file() and not p.name.endswith(".key")]


def reopen(path: Path, key: bytes, clock: FixedClock) -> tuple[Database, Services]:
    database, _report = open_database(path, path.parent / "backups", clock.now(), key)
    return database, Services.build(database, clock)


def test_encrypted_database_wal_and_backups_hold_no_readable_personal_data(
    services: Services, database: Database, database_path: Path
) -> None:
    participant, number = fill(services)
    services.backups.take(MANUAL)  # a plain backup, from before: encrypted along with the file
    services.encryption.encrypt(PASSPHRASES[0])
    fill(services, date(1991, 7, 30))  # written after: through the WAL
    services.backups.take(MANUAL)
    wal = database_path.with_name(database_path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    files = raw_files(database_path)
    assert len([f for f in files if f.suffix == ".db"]) >= 3
    for path in files:
        data = path.read_bytes()
        assert not data.startswith(SQLITE_HEADER), path.name
        for secret in (MARKER, number, number.replace("-", ""), "Åsa", "Markörs"):
            assert secret.encode("utf-8") not in data, (path.name, secret)
    assert services.participants.get(participant).personal_identity_number == number.replace(
        "-", ""
    )
    assert services.search.search(MARKER.split("-")[0])


@pytest.mark.parametrize("passphrase", PASSPHRASES, ids=range(len(PASSPHRASES)))
def test_any_passphrase_opens_after_restart(
    services: Services,
    database: Database,
    database_path: Path,
    clock: FixedClock,
    passphrase: str,
) -> None:
    participant, _number = fill(services)
    services.encryption.encrypt(passphrase)
    database.dispose()
    with pytest.raises(EncryptedDatabaseError):
        open_database(database_path, database_path.parent / "backups", clock.now())
    unlocked = encryption.unlock(database_path, passphrase)
    reopened, again = reopen(database_path, unlocked.key, clock)
    try:
        assert again.participants.get(participant).id == participant
    finally:
        reopened.dispose()


def test_wrong_passphrase_is_told_counted_and_audited(
    services: Services, database: Database, database_path: Path, clock: FixedClock
) -> None:
    services.encryption.encrypt(PASSPHRASES[2])
    database.dispose()
    for wrong in ("åsa äter ölbröd på öland", "", PASSPHRASES[2] + " "):
        with pytest.raises(WrongKeyError) as refused:
            encryption.unlock(database_path, wrong)
        assert refused.value.message == WRONG_PASSPHRASE
        assert wrong not in str(refused.value) or not wrong
    unlocked = encryption.unlock(database_path, PASSPHRASES[2])
    assert unlocked.failed_before == 3
    reopened, again = reopen(database_path, unlocked.key, clock)
    try:
        again.encryption.unlocked(unlocked.failed_before)
        entry = next(e for e in again.audit.recent() if e.action == "failed_unlock")
        assert entry.count == 3 and entry.detail == ""
        assert encryption.unlock(database_path, PASSPHRASES[2]).failed_before == 0
    finally:
        reopened.dispose()


def test_recovery_key_opens_database_and_backups_without_the_key_file(
    services: Services, database: Database, database_path: Path, clock: FixedClock
) -> None:
    participant, _number = fill(services)
    code = services.encryption.encrypt(PASSPHRASES[1])
    copy = services.backups.take(MANUAL)
    database.dispose()
    key_path(database_path).unlink()
    with pytest.raises(StorageError):
        encryption.unlock(database_path, PASSPHRASES[1])
    unlocked = encryption.unlock_with_recovery_code(database_path, code.lower().replace("-", " "))
    assert backup.is_good(copy, unlocked.key)
    reopened, again = reopen(database_path, unlocked.key, clock)
    try:
        assert again.participants.get(participant).id == participant
        again.encryption.change_passphrase(None, "en ny fras efter förlust")
        assert encryption.unlock(database_path, "en ny fras efter förlust").key == unlocked.key
    finally:
        reopened.dispose()


def test_wrong_recovery_key_is_refused(
    services: Services, database: Database, database_path: Path
) -> None:
    code = services.encryption.encrypt(PASSPHRASES[0])
    database.dispose()
    wrong = ("B" if code[0] != "B" else "C") + code[1:]
    for attempt in (wrong, "inte en nyckel", ""):
        with pytest.raises(WrongKeyError) as refused:
            encryption.unlock_with_recovery_code(database_path, attempt)
        assert refused.value.message == WRONG_RECOVERY_KEY


def test_changed_passphrase_opens_database_and_backups_and_old_one_does_not(
    services: Services, database: Database, database_path: Path
) -> None:
    services.encryption.encrypt(PASSPHRASES[0])
    copy = services.backups.take(MANUAL)
    with pytest.raises(WrongKeyError):
        services.encryption.change_passphrase("inte den gamla", PASSPHRASES[3])
    services.encryption.change_passphrase(PASSPHRASES[0], PASSPHRASES[3])
    database.dispose()
    with pytest.raises(WrongKeyError):
        encryption.unlock(database_path, PASSPHRASES[0])
    key = encryption.unlock(database_path, PASSPHRASES[3]).key
    assert encryption.unlock(copy, PASSPHRASES[3]).key == key
    assert backup.is_good(copy, key)


def test_short_passphrase_refused_and_nothing_changes(
    services: Services, database_path: Path
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.encryption.encrypt("kort")
    assert refused.value.problems[0].message == TOO_SHORT
    assert not services.encryption.encrypted
    assert database_path.read_bytes().startswith(SQLITE_HEADER)
    assert not key_path(database_path).exists()


def test_lock_drops_the_key_and_unlock_brings_it_back(
    services: Services, database: Database
) -> None:
    participant, _number = fill(services)
    services.encryption.encrypt(PASSPHRASES[0])
    services.encryption.lock()
    assert database.key is None and not database.is_open
    with pytest.raises(StorageError) as refused:
        services.participants.get(participant)
    assert refused.value.message == CLOSED
    with pytest.raises(WrongKeyError):
        services.encryption.unlock("fel fras igen och igen")
    services.encryption.unlock(PASSPHRASES[0])
    assert services.participants.get(participant).id == participant
    assert [e.count for e in services.audit.recent() if e.action == "failed_unlock"] == [1]


def test_encrypting_fails_cleanly_when_the_disk_refuses(
    services: Services, database: Database, database_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    participant, _number = fill(services)

    def refuse(_path: Path, _key: bytes) -> None:
        raise StorageError("no room")

    monkeypatch.setattr(encryption, "encrypt_file", refuse)
    with pytest.raises(StorageError):
        services.encryption.encrypt(PASSPHRASES[0])
    assert not services.encryption.encrypted
    assert not key_path(database_path).exists()
    assert services.participants.get(participant).id == participant
