"""The opening service: what the caller will do with the file decides how it is opened, and a
read-only database stays read-only through an idle lock and an unlock."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import NotAnAmbassadorDatabaseError, StorageError
from ambassador.services import opening
from ambassador.services.bundle import Services
from ambassador.services.encryption import unlock
from ambassador.services.opening import (
    Access,
    PasswordNeededError,
    SignInRefusedError,
    create_services,
    open_services,
)
from ambassador.storage.address import ServerAddress
from ambassador.storage.database import READ_ONLY, Database
from ambassador.storage.opening import READ_ONLY_FILE
from tests.conftest import ScratchDatabases
from tests.factories import make_participant

PASSPHRASE = "en lång och hemlig lösenfras"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize(
    ("access", "looks_writable", "read_only"),
    [
        (Access.READ, True, True),
        (Access.AS_ALLOWED, True, False),
        (Access.AS_ALLOWED, False, True),
        (Access.WRITE, True, False),
    ],
)
def test_the_access_asked_for_decides_how_the_file_is_opened(
    database_path: Path,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
    access: Access,
    looks_writable: bool,
    read_only: bool,
) -> None:
    monkeypatch.setattr(opening, "writable", lambda _path: looks_writable)
    database, services = open_services(database_path, clock, access=access)
    try:
        assert database.read_only is read_only
        assert services.settings.get().language == "sv"
    finally:
        database.dispose()


def test_a_change_to_a_read_only_file_is_refused_before_it_is_opened(
    database_path: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opening, "writable", lambda _path: False)
    with pytest.raises(StorageError) as raised:
        open_services(database_path, clock, access=Access.WRITE)
    assert raised.value.message == READ_ONLY_FILE


def test_a_missing_file_is_made_only_when_asked(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "ny.db"
    with pytest.raises(StorageError):
        open_services(path, clock)
    assert not path.exists()
    database, _services = open_services(path, clock, create=True)
    database.dispose()
    assert path.exists()


@pytest.mark.sqlite_only
def test_an_encrypted_read_only_database_stays_read_only_through_a_lock(
    database_path: Path,
    database: Database,
    services: Services,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    kept = make_participant(services)
    services.encryption.encrypt(PASSPHRASE)
    database.dispose()
    before = _digest(database_path)
    monkeypatch.setattr(opening, "writable", lambda _path: False)
    unlocked = unlock(database_path, PASSPHRASE)
    database, services = open_services(database_path, clock, unlocked=unlocked)
    try:
        assert database.read_only
        services.encryption.lock()
        services.encryption.unlock(PASSPHRASE)
        assert database.read_only and services.participants.get(kept).id == kept
        with pytest.raises(StorageError) as raised:
            services.participants.delete(kept)
        assert raised.value.message == READ_ONLY
    finally:
        database.dispose()
    assert _digest(database_path) == before


@pytest.mark.sqlite_only
def test_work_that_leads_up_to_a_write_is_refused_before_it_starts(
    database_path: Path,
    database: Database,
    services: Services,
    clock: FixedClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A restore, a purge, encrypting and a new passphrase take a backup or write a key file
    first: on a read-only database none of it is begun."""
    chosen = services.backups.take()
    database.dispose()
    before = _digest(database_path)
    backups = sorted((database_path.parent / "backups").iterdir())
    monkeypatch.setattr(opening, "writable", lambda _path: False)
    database, services = open_services(database_path, clock)
    try:
        for attempt in (
            lambda: services.backups.restore(chosen),
            services.retention.purge,
            lambda: services.encryption.encrypt(PASSPHRASE),
            lambda: services.encryption.change_passphrase(None, PASSPHRASE),
        ):
            with pytest.raises(StorageError) as raised:
                attempt()
            assert raised.value.message == READ_ONLY
        assert database.is_open
    finally:
        database.dispose()
    assert _digest(database_path) == before
    assert sorted((database_path.parent / "backups").iterdir()) == backups
    assert not (database_path.parent / "ambassador.db.key").exists()


@pytest.mark.postgresql_only
def test_a_server_database_is_opened_with_the_services_over_it(
    server_address: ServerAddress, clock: FixedClock
) -> None:
    database, services = open_services(server_address, clock, access=Access.WRITE)
    try:
        assert database.server == server_address and database.path is None
        kept = make_participant(services)
        assert services.participants.get(kept).id == kept
    finally:
        database.dispose()


@pytest.mark.postgresql_only
def test_a_server_asking_for_a_password_none_was_given_says_so(
    server_address: ServerAddress, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No .pgpass: the test role has a password, and the server asks for it.
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")
    with pytest.raises(PasswordNeededError):
        open_services(server_address, clock)
    with pytest.raises(SignInRefusedError):
        open_services(server_address, clock, password="not the password")


@pytest.mark.postgresql_only
def test_a_new_server_database_is_made_only_in_an_empty_one(
    scratch_databases: ScratchDatabases, clock: FixedClock
) -> None:
    address = scratch_databases.make()
    try:
        database, services = create_services(address, clock)
        try:
            assert services.participants.page() == []
        finally:
            database.dispose()
        with pytest.raises(NotAnAmbassadorDatabaseError):
            create_services(address, clock)
        database, _services = open_services(address, clock)
        database.dispose()
    finally:
        scratch_databases.drop(address)
