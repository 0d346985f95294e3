"""Opening files: migration from empty, pragmas, refusing foreign or damaged files, backups."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from ambassador.domain.errors import (
    DamagedDatabaseError,
    DatabaseTooNewError,
    NotAnAmbassadorDatabaseError,
    StorageError,
)
from ambassador.storage import opening
from ambassador.storage.engine import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    connect,
    create_readonly_engine,
)
from ambassador.storage.migrate import head_revision
from ambassador.storage.opening import (
    CANNOT_CREATE,
    EMPTY,
    EXISTS,
    NEEDS_UPGRADE,
    NO_FILE,
    READ_ONLY_FILE,
    check_database,
    create_database,
    open_database,
)

NOW = datetime(2026, 11, 24, 9, 0)
FROZEN_0001 = Path(__file__).parents[1] / "data" / "schema-0001.db"


def test_open_creates_schema_at_head_when_file_is_new(tmp_path: Path) -> None:
    database, report = open_database(tmp_path / "new.db", tmp_path / "backups", NOW)
    database.dispose()
    assert report.revision_before is None
    assert report.revision_after == head_revision()
    assert report.backup is None  # nothing worth keeping in a new file
    health = check_database(tmp_path / "new.db")
    assert health.revision == head_revision()
    assert health.row_counts["participants"] == 0
    assert health.row_counts["list_items"] > 0  # the default editable lists


def test_connection_pragmas_are_set_when_opened(tmp_path: Path) -> None:
    database, _report = open_database(tmp_path / "a.db", tmp_path / "backups", NOW)
    with database.engine.connect() as connection:
        values = {
            name: connection.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in (
                "journal_mode",
                "synchronous",
                "foreign_keys",
                "busy_timeout",
                "application_id",
                "secure_delete",
                "trusted_schema",
            )
        }
    database.dispose()
    assert values == {
        "journal_mode": "wal",
        "synchronous": 2,  # FULL
        "foreign_keys": 1,
        "busy_timeout": 5000,
        "application_id": APPLICATION_ID,
        "secure_delete": 1,
        "trusted_schema": 0,
    }


def test_open_refuses_file_when_not_sqlite(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"PK\x03\x04 this is a zip file renamed to .db" * 20)
    with pytest.raises(NotAnAmbassadorDatabaseError) as raised:
        open_database(path, tmp_path / "backups", NOW)
    assert str(path) in str(raised.value)
    assert path.read_bytes().startswith(b"PK")  # untouched


def test_open_refuses_sqlite_file_when_another_program_made_it(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE songs (title TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NotAnAmbassadorDatabaseError):
        open_database(path, tmp_path / "backups", NOW)
    assert path.read_bytes() == before  # not even switched to WAL


def test_open_refuses_file_when_truncated(tmp_path: Path, template_database: Path) -> None:
    path = tmp_path / "cut.db"
    data = template_database.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises((DamagedDatabaseError, NotAnAmbassadorDatabaseError)):
        open_database(path, tmp_path / "backups", NOW)
    with pytest.raises((DamagedDatabaseError, NotAnAmbassadorDatabaseError)):
        check_database(path)


def test_open_refuses_database_when_made_by_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    database, _report = open_database(path, tmp_path / "backups", NOW)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.dispose()
    with pytest.raises(DatabaseTooNewError):
        open_database(path, tmp_path / "backups", NOW)
    health = check_database(path)
    assert (health.revision, health.too_new, health.upgrade_pending) == ("9999", True, False)


def test_open_backs_up_first_when_file_with_data_needs_migration(tmp_path: Path) -> None:
    """The frozen file of the first release stands in for an older one."""
    path = tmp_path / "old.db"
    shutil.copyfile(FROZEN_0001, path)
    database, report = open_database(path, tmp_path / "backups", NOW)
    database.dispose()
    assert report.revision_before == "0001" and report.revision_after == head_revision()
    assert report.backup is not None and report.backup.parent == tmp_path / "backups"
    backup = sqlite3.connect(report.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    assert backup.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # self-contained
    backup.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_empty_file_is_never_made_into_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    with pytest.raises(NotAnAmbassadorDatabaseError) as raised:
        open_database(path, tmp_path / "backups", NOW)
    assert raised.value.message == EMPTY
    with pytest.raises(NotAnAmbassadorDatabaseError):
        open_database(path, tmp_path / "backups", NOW, read_only=True)
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.db"]


def test_another_programs_empty_sqlite_file_is_left_byte_for_byte(tmp_path: Path) -> None:
    """SQLite's header and nothing else (a program that set its version and stopped)."""
    path = tmp_path / "other.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version = 7")
    connection.close()
    before = _digest(path)
    assert path.stat().st_size > 0
    for read_only in (False, True):
        with pytest.raises(NotAnAmbassadorDatabaseError):
            open_database(path, tmp_path / "backups", NOW, read_only=read_only)
    with pytest.raises(NotAnAmbassadorDatabaseError):
        check_database(path)
    assert _digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]


def test_a_missing_file_is_made_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "missing.db"
    with pytest.raises(NotAnAmbassadorDatabaseError) as raised:
        open_database(path, tmp_path / "backups", NOW, create=False)
    assert raised.value.message == NO_FILE
    with pytest.raises(NotAnAmbassadorDatabaseError):
        open_database(path, tmp_path / "backups", NOW, read_only=True)
    assert not path.exists()


def test_a_new_database_is_made_whole_under_its_name_and_nothing_else_stays(
    tmp_path: Path,
) -> None:
    database, _report = create_database(tmp_path / "new" / "ny.db")
    database.dispose()
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["ny.db"]
    assert check_database(tmp_path / "new" / "ny.db").revision == head_revision()


@pytest.mark.parametrize("content", [b"", b"SQLite format 3\x00", b"notes of mine"])
def test_a_new_database_is_never_made_over_a_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "there.db"
    path.write_bytes(content)
    with pytest.raises(NotAnAmbassadorDatabaseError) as raised:
        create_database(path)
    assert raised.value.message == EXISTS
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["there.db"]


def test_a_file_that_appears_while_the_new_one_is_made_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "race.db"
    real = opening.upgrade_to_head

    def another_program_writes_meanwhile(engine: Any) -> None:
        real(engine)
        path.write_bytes(b"theirs")

    monkeypatch.setattr(opening, "upgrade_to_head", another_program_writes_meanwhile)
    with pytest.raises(NotAnAmbassadorDatabaseError):
        create_database(path)
    assert path.read_bytes() == b"theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["race.db"]


def test_a_database_where_no_folder_can_be_made_is_one_sentence(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError) as raised:
        open_database(blocker / "ny.db", tmp_path / "backups", NOW)
    assert raised.value.message == CANNOT_CREATE


def test_a_folder_is_the_systems_own_fault(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        open_database(tmp_path, tmp_path / "backups", NOW)


def test_reading_an_older_file_upgrades_it_first_when_it_can_be_written(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FROZEN_0001, path)
    database, report = open_database(path, tmp_path / "backups", NOW, read_only=True)
    try:
        assert database.read_only and report.backup is not None
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM notes").scalar()
    finally:
        database.dispose()


def test_reading_an_older_file_that_cannot_be_written_is_refused_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FROZEN_0001, path)
    before = _digest(path)
    monkeypatch.setattr(opening, "can_write", lambda _path: False)
    with pytest.raises(StorageError) as raised:
        open_database(path, tmp_path / "backups", NOW, read_only=True)
    assert raised.value.message == NEEDS_UPGRADE
    with pytest.raises(StorageError) as raised:
        open_database(path, tmp_path / "backups", NOW)
    assert raised.value.message == READ_ONLY_FILE
    assert _digest(path) == before


def test_every_connection_waits_for_a_writer_and_a_reading_one_only_reads(
    database_path: Path,
) -> None:
    """The busy timeout is given as each connection is made, so it covers every statement
    from the first; a read-only one also refuses any write of its own."""
    raw = connect(database_path, readonly=True)
    try:
        assert raw.execute("PRAGMA busy_timeout").fetchone() == (BUSY_TIMEOUT_MS,)
    finally:
        raw.close()
    engine = create_readonly_engine(database_path)
    try:
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == BUSY_TIMEOUT_MS
            assert connection.exec_driver_sql("PRAGMA query_only").scalar() == 1
    finally:
        engine.dispose()


# Read as a person who may only read (root may write anything, so the reader drops to
# nobody's user first when the tests run as root, as in CI).
_ONLY_READING = """
import json, os, sys
from datetime import datetime
from pathlib import Path
from ambassador.storage.opening import check_database, open_database, writable
from ambassador.storage.migrate import head_revision
path = Path(sys.argv[1])
# Everything the reading loads, loaded first: nobody may not read root's Python.
warm, _report = open_database(Path(sys.argv[2]), Path(sys.argv[2]).parent, datetime(2026, 1, 1))
warm.dispose()
check_database(Path(sys.argv[2]))
head = head_revision()
if os.geteuid() == 0:
    os.setgid(65534)
    os.setuid(65534)
database, _report = open_database(
    path, path.parent / "backups", datetime(2026, 11, 24, 9), read_only=True
)
with database.engine.connect() as connection:
    rows = connection.exec_driver_sql("SELECT count(*) FROM list_items").scalar()
database.dispose()
print(json.dumps({
    "writable": writable(path),
    "rows": rows,
    "revision_ok": check_database(path).revision == head,
    "files": sorted(p.name for p in path.parent.iterdir()),
}))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has ACLs, not modes")
def test_a_file_and_folder_only_readable_are_read_and_left_as_they_are(
    database_path: Path,
) -> None:
    # A folder of its own that anyone may enter: the test's own folder may be the owner's.
    folder = Path(tempfile.mkdtemp(prefix="ambassador-read-only-"))
    folder.chmod(0o755)
    path = folder / database_path.name
    shutil.copyfile(database_path, path)
    warm = database_path.with_name("warm.db")
    shutil.copyfile(database_path, warm)
    before = _digest(path)
    path.chmod(0o444)
    folder.chmod(0o555)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _ONLY_READING, str(path), str(warm)],
            capture_output=True,
            text=True,
            check=False,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        )
        assert done.returncode == 0, done.stderr[-2000:]
        seen = json.loads(done.stdout)
        assert seen == {
            "writable": False,
            "rows": seen["rows"],
            "revision_ok": True,
            "files": [path.name],
        }
        assert seen["rows"] > 0
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    assert _digest(path) == before
    shutil.rmtree(folder)
