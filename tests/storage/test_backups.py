"""Backups: checked copies that open alone, rotated without ever losing the last good one,
never left half-written under their final name, and put back in place on request."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import StorageError
from ambassador.services.backups import MANUAL, PERIODIC
from ambassador.services.bundle import Services
from ambassador.storage import backup
from ambassador.storage.backup import BACKUP_FAILED, backup_name, is_good, newest_good
from ambassador.storage.database import Database
from tests.factories import make_employer, make_participant, make_placement, note_fields

# The backup API and restore are a file's; a server's backups are IT's (pg_dump, pgBackRest).
pytestmark = pytest.mark.sqlite_only

TABLES = (
    "participants",
    "employers",
    "placements",
    "notes",
    "check_ins",
    "search_index_names",
    "search_index_notes",
)


def counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        connection.close()


def fill(services: Services) -> int:
    participant = make_participant(services)
    placement = make_placement(services, participant, make_employer(services))
    services.follow_up.add_note(
        note_fields(participant, placement, services.clock.now(), text="Backupmarkör")
    )
    return participant


def test_backup_opens_alone_passes_its_check_and_holds_same_rows(
    services: Services, database: Database, database_path: Path
) -> None:
    fill(services)
    written = services.backups.take(MANUAL)
    assert written.parent == database_path.parent / "backups"
    assert not written.with_name(written.name + "-wal").exists()
    assert backup.is_good(written)
    database.dispose()
    assert counts(written) == counts(database_path)
    assert counts(written)["notes"] == 1


def test_rotation_keeps_the_newest_by_count_and_age(
    services: Services, database_path: Path, clock: FixedClock
) -> None:
    folder = database_path.parent / "backups"
    start = clock.now()
    for hours in range(6):  # six backups, one an hour, the newest at start + 5 h
        clock.set(start + timedelta(hours=hours))
        services.backups.take(PERIODIC)
    services.settings.save(replace(services.settings.get(), backup_keep=3))
    removed = services.backups.rotate()
    assert len(removed) == 3
    kept = backup.list_backups(folder, database_path)
    assert [b.taken_at.hour for b in kept] == [14, 13, 12]
    clock.set(start + timedelta(days=200))  # every backup is now past the 90-day maximum
    services.backups.rotate()
    (last,) = backup.list_backups(folder, database_path)
    assert last.taken_at.hour == 14  # the last good one stays, whatever its age


def test_rotation_never_counts_a_damaged_backup_as_the_last_good_one(
    services: Services, database_path: Path, clock: FixedClock
) -> None:
    good = services.backups.take(PERIODIC)
    clock.set(clock.now() + timedelta(hours=5))
    damaged = services.backups.take(PERIODIC)
    damaged.write_bytes(b"\0" * 4096)
    clock.set(clock.now() + timedelta(days=365))
    services.backups.rotate()
    assert good.exists() and not damaged.exists()


def test_read_only_backup_folder_is_refused_clearly_and_work_goes_on(
    services: Services, database_path: Path, tmp_path: Path
) -> None:
    if os.geteuid() == 0:  # root writes anywhere: use a path under a regular file instead
        folder = tmp_path / "a-file"
        folder.write_text("")
        target = folder / "backups"
    else:
        target = tmp_path / "read-only"
        target.mkdir()
        target.chmod(0o555)
    with pytest.raises(StorageError) as refused:
        services.backups.take(MANUAL, folder=target)
    assert refused.value.message == BACKUP_FAILED
    assert not list(tmp_path.glob("**/*.partial"))
    participant = fill(services)  # the database is untouched and still takes writes
    assert services.participants.get(participant).id == participant


def test_restore_puts_backup_in_place_after_a_safety_copy(
    services: Services, database_path: Path, clock: FixedClock
) -> None:
    before = fill(services)
    chosen = services.backups.take(MANUAL)
    clock.set(clock.now() + timedelta(minutes=5))
    after = make_participant(services, first_name="Senare")
    safety = services.backups.restore(chosen)
    assert services.participants.get(before).id == before
    assert [p.id for p in services.participants.page()] == [before]
    assert backup.is_good(safety) and counts(safety)["participants"] == 2
    assert after not in [p.id for p in services.participants.page()]
    assert services.audit.recent()[0].action == "restore"


def test_restore_refuses_damaged_backup_and_changes_nothing(
    services: Services, tmp_path: Path
) -> None:
    participant = fill(services)
    bad = tmp_path / "ambassador-20261124-080000-manual.db"
    bad.write_bytes(b"SQLite format 3\0" + bytes(8000))
    with pytest.raises(StorageError):
        services.backups.restore(bad)
    assert services.participants.get(participant).id == participant


CHILD = """
import sys
from pathlib import Path
from ambassador.storage.backup import backup_file
source, folder = Path(sys.argv[1]), Path(sys.argv[2])
print("ready", flush=True)
for n in range(10_000):
    backup_file(source, folder / f"ambassador-20261124-{n:06d}-periodic.db")
"""


@pytest.mark.slow
def test_kill_during_backup_never_leaves_a_final_name_that_fails_its_check(
    services: Services, database: Database, database_path: Path, tmp_path: Path
) -> None:
    for _ in range(30):
        fill(services)
    database.dispose()
    folder = tmp_path / "killed"
    folder.mkdir()
    chance = random.Random(7)
    for _round in range(20):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(database_path), str(folder)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        if _round == 0:
            # Once after a backup has finished (a busy machine may finish none within the
            # random waits), so that the check below always has a final name to look at.
            deadline = time.monotonic() + 30
            while not any(folder.glob("*.db")) and time.monotonic() < deadline:
                time.sleep(0.005)
        time.sleep(chance.uniform(0.0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    finals = list(folder.glob("*.db"))
    assert finals, "no backup was finished before a kill: the test proved nothing"
    assert all(backup.is_good(path) for path in finals)


def test_backup_name_sorts_and_reads_back(database_path: Path) -> None:
    name = backup_name(database_path, "before-0002", datetime(2026, 1, 2, 3, 4, 5))
    assert name == "ambassador-20260102-030405-before-0002.db"


def test_a_backup_missing_a_table_is_not_good(database_path: Path, tmp_path: Path) -> None:
    """A backup that passes SQLite's own check but lacks a table its revision makes would
    fail as soon as it is put in place: it is not offered, and not kept as the good one."""
    copy = tmp_path / "backups" / "ambassador-20261124-090000-manual.db"
    copy.parent.mkdir()
    shutil.copyfile(database_path, copy)
    assert is_good(copy)
    with closing(sqlite3.connect(copy)) as connection:
        connection.execute("DROP TABLE notes")
        connection.commit()
    assert not is_good(copy)
    assert newest_good(copy.parent, database_path) is None
