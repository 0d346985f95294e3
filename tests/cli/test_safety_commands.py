"""`ambassador backup | restore | purge`, on plain and encrypted files, with clear refusals."""

from __future__ import annotations

import getpass
from dataclasses import replace
from pathlib import Path

import pytest

from ambassador.cli import EXIT_FAILED, EXIT_OK, main
from ambassador.cli import database as cli_database
from ambassador.domain.clock import FixedClock
from ambassador.services.bundle import Services
from ambassador.storage import backup
from ambassador.storage.database import Database
from tests.factories import make_participant

PASSPHRASE = "lösen med ' och \" och ; 😀"


def test_backup_to_a_folder_writes_a_checked_copy_and_is_audited(
    database_path: Path,
    database: Database,
    services: Services,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    make_participant(services)
    database.dispose()
    folder = tmp_path / "usb"
    assert main(["--lang", "en", "backup", "--db", str(database_path), "--to", str(folder)]) == 0
    (written,) = folder.glob("ambassador-*-manual.db")
    assert backup.is_good(written)
    assert f"Backup written: {written}" in capsys.readouterr().out
    # The disposed engine connects again on use: the command's audit line is in the file.
    assert services.audit.recent()[0].action == "backup"
    database.dispose()


def test_restore_over_a_live_database_keeps_a_safety_copy(
    database_path: Path,
    database: Database,
    services: Services,
    tmp_path: Path,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = make_participant(services)
    chosen = services.backups.take()
    make_participant(services, first_name="Senare")
    database.dispose()
    assert main(["--lang", "en", "restore", str(chosen), "--db", str(database_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Restored from" in out and "before-restore" in out
    assert [p.id for p in services.participants.page()] == [first]
    database.dispose()


def test_restore_over_a_damaged_file_keeps_it_aside(
    database_path: Path,
    database: Database,
    services: Services,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first = make_participant(services)
    chosen = services.backups.take()
    database.dispose()
    database_path.write_bytes(b"\0" * 8192)
    assert main(["--lang", "en", "restore", str(chosen), "--db", str(database_path)]) == EXIT_OK
    (aside,) = database_path.parent.glob("ambassador.db.damaged-*")
    assert aside.read_bytes() == b"\0" * 8192
    assert str(aside) in capsys.readouterr().out
    assert [p.id for p in services.participants.page()] == [first]
    database.dispose()


def test_restore_refuses_a_file_that_is_not_a_backup(
    database_path: Path, database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database.dispose()
    bad = tmp_path / "fake.db"
    bad.write_bytes(b"not a backup" * 100)
    before = database_path.read_bytes()
    assert main(["--lang", "en", "restore", str(bad), "--db", str(database_path)]) == EXIT_FAILED
    assert "This backup is damaged or not a backup: " in capsys.readouterr().err
    assert database_path.read_bytes() == before


def test_purge_dry_run_then_purge(
    database_path: Path,
    database: Database,
    services: Services,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services.settings.save(
        replace(services.settings.get(), log_retention_months=1, log_retention_decision="KS § 9")
    )
    database.dispose()
    assert main(["--lang", "en", "purge", "--db", str(database_path)]) == EXIT_OK
    assert "Nothing to purge" in capsys.readouterr().out
    # Time passes: the settings line is now past its month.
    clock = FixedClock(services.clock.now().replace(year=2027))
    monkey_clock = pytest.MonkeyPatch()
    monkey_clock.setattr(cli_database, "SystemClock", lambda: clock)
    try:
        assert main(["--lang", "en", "purge", "--db", str(database_path), "--dry-run"]) == 0
        out = capsys.readouterr().out
        assert "1 log entries" in out and "Dry run: nothing was removed." in out
        assert main(["--lang", "en", "purge", "--db", str(database_path)]) == EXIT_OK
        assert "Purged. A backup was taken first" in capsys.readouterr().out
    finally:
        monkey_clock.undo()


def test_encrypted_database_asks_for_its_passphrase(
    database_path: Path,
    database: Database,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services.encryption.encrypt(PASSPHRASE)
    database.dispose()
    answers = iter(["fel fras helt och hållet", PASSPHRASE])
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: next(answers))
    args = ["--lang", "en", "backup", "--db", str(database_path), "--to", str(tmp_path / "b")]
    assert main(args) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "The passphrase is not right." in err and PASSPHRASE not in err
    assert main(args) == EXIT_OK
    (written,) = (tmp_path / "b").glob("*.db")
    assert not written.read_bytes().startswith(b"SQLite format 3")


def test_check_of_an_encrypted_database_asks_for_its_passphrase_and_changes_nothing(
    database_path: Path,
    database: Database,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    services.encryption.encrypt(PASSPHRASE)
    database.dispose()
    before = database_path.read_bytes()
    monkeypatch.setattr(getpass, "getpass", lambda _prompt: PASSPHRASE)
    assert main(["--lang", "en", "check", "--db", str(database_path)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "The file is undamaged" in out and "Participants" in out and "upgrades it" not in out
    assert database_path.read_bytes() == before
