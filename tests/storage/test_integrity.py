"""SQLite's integrity check in a thread of its own: it answers as the check on the opening
connection did, opening waits for it before the file is backed up, migrated or handed out,
and a file it finds damaged is refused untouched even when everything else read well."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import DamagedDatabaseError, NotAnAmbassadorDatabaseError
from ambassador.services.bundle import Services
from ambassador.storage.database import Database
from ambassador.storage.integrity import OK, IntegrityCheck, Outcome, check_in_background
from ambassador.storage.migrate import HEAD_REVISION
from ambassador.storage.opening import open_database
from tests.factories import make_participant, note_fields

pytestmark = pytest.mark.sqlite_only

NOW = datetime(2026, 11, 24, 9, 0)
FROZEN_0001 = Path(__file__).parents[1] / "data" / "schema-0001.db"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(services: Services) -> None:
    for n in range(40):
        participant = make_participant(
            services, first_name=f"Person{chr(97 + n % 26)}{chr(97 + n // 26)}"
        )
        services.follow_up.add_note(
            note_fields(participant, None, services.clock.now(), text="Lång anteckning " * 40)
        )


def damage_the_last_pages(path: Path) -> None:
    """Garble the b-tree headers of the last third of the pages (the notes, written last):
    the header, the schema and the version table at the front still read well."""
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    pages = len(data) // size
    for page in range(2 * pages // 3, pages):
        data[page * size : page * size + 12] = b"\x0d" + b"\xff" * 11
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(services: Services, database: Database, database_path: Path) -> Path:
    """A file of ours, at the newest revision, whose note pages are garbage."""
    fill(services)
    database.dispose()
    damage_the_last_pages(database_path)
    return database_path


class HeldCheck(IntegrityCheck):
    """A check that starts reading only when opening asks for its answer: everything opening
    did before that, it did while the check was still to run. Records what the folder held
    at that moment."""

    def __init__(self, path: Path, key: bytes | None = None) -> None:
        self.asked = threading.Event()
        self.seen: list[tuple[str, list[str]]] = []
        super().__init__(path, key)

    def _run(self) -> None:
        self.asked.wait()
        super()._run()

    def outcome(self) -> Outcome:
        folder = self.path.parent
        self.seen.append((digest(self.path), sorted(p.name for p in folder.rglob("*.db"))))
        self.asked.set()
        return super().outcome()

    def cancel(self) -> None:
        self.asked.set()
        super().cancel()


def test_the_check_answers_ok_for_a_sound_file_and_not_for_a_damaged_one(
    database_path: Path, damaged: Path, tmp_path: Path
) -> None:
    sound = tmp_path / "sound.db"
    connection = sqlite3.connect(sound)
    connection.execute("CREATE TABLE t (x TEXT)")
    connection.executemany("INSERT INTO t VALUES (?)", [("x" * 500,)] * 200)
    connection.commit()
    connection.close()
    assert IntegrityCheck(sound).outcome() == OK
    assert IntegrityCheck(sound, full=True).outcome() == OK
    assert IntegrityCheck(damaged).outcome() != OK
    not_sqlite = tmp_path / "bild.db"
    not_sqlite.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(5000))
    assert isinstance(IntegrityCheck(not_sqlite).outcome(), Exception)


def test_a_cancelled_check_has_stopped_and_closed_its_connection_when_cancel_returns(
    damaged: Path,
) -> None:
    check = IntegrityCheck(damaged)
    check.cancel()
    assert not any(thread.name == "integrity check" for thread in threading.enumerate())
    check.cancel()  # a second time changes nothing


def test_a_check_is_started_early_only_for_a_plain_sqlite_file(
    database_path: Path, tmp_path: Path
) -> None:
    assert check_in_background(tmp_path / "missing.db") is None
    empty = tmp_path / "empty.db"
    empty.touch()
    assert check_in_background(empty) is None
    encrypted_looking = tmp_path / "secret.db"
    encrypted_looking.write_bytes(bytes(range(256)) * 16)  # no plain header: its key is unknown
    assert check_in_background(encrypted_looking) is None
    assert check_in_background(tmp_path) is None  # a folder
    check = check_in_background(database_path)
    assert check is not None and check.is_of(database_path.resolve(), None)
    assert check.outcome() == OK


def test_opening_waits_for_the_check_before_it_backs_up_and_migrates(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FROZEN_0001, path)
    before = digest(path)
    check = HeldCheck(path.resolve())
    database, report = open_database(path, tmp_path / "backups", NOW, check=check)
    database.dispose()
    # When the check was asked for its answer, the file was as it was and no backup made.
    assert check.seen == [(before, ["old.db"])]
    assert report.backup is not None and report.revision_after == HEAD_REVISION


def test_a_damaged_file_is_refused_untouched_when_its_check_fails_in_the_thread(
    damaged: Path, clock: FixedClock
) -> None:
    files = sorted(damaged.parent.glob("ambassador.db*"))
    before = [path.read_bytes() for path in files]
    check = HeldCheck(damaged.resolve())
    with pytest.raises(DamagedDatabaseError) as refused:
        open_database(damaged, damaged.parent / "backups", clock.now(), check=check)
    assert str(damaged) in str(refused.value)
    assert len(check.seen) == 1  # opening asked once, and only then did the check run
    assert sorted(damaged.parent.glob("ambassador.db*")) == files  # no side files left
    assert [path.read_bytes() for path in files] == before
    assert not list((damaged.parent / "backups").glob("*.db"))


def test_a_check_started_early_is_refused_the_same_way_as_one_started_by_opening(
    damaged: Path, clock: FixedClock
) -> None:
    early = check_in_background(damaged)
    with pytest.raises(DamagedDatabaseError):
        open_database(damaged, damaged.parent / "backups", clock.now(), check=early)
    with pytest.raises(DamagedDatabaseError):
        open_database(damaged, damaged.parent / "backups", clock.now())


def test_a_foreign_file_stops_the_check_and_is_refused_as_foreign(tmp_path: Path) -> None:
    path = tmp_path / "photos.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photos (name TEXT)")
    connection.commit()
    connection.close()
    check = HeldCheck(path.resolve())
    with pytest.raises(NotAnAmbassadorDatabaseError):
        open_database(path, tmp_path / "backups", NOW, check=check)
    assert check.seen == []  # refused before the check's answer was wanted
    assert sorted(tmp_path.iterdir()) == [path]


def test_a_check_of_another_file_or_key_is_stopped_and_opening_checks_its_own(
    template_database: Path, damaged: Path, tmp_path: Path
) -> None:
    sound = tmp_path / "sound" / "ambassador.db"
    sound.parent.mkdir()
    shutil.copyfile(template_database, sound)
    other = HeldCheck(damaged.resolve())
    database, _report = open_database(sound, sound.parent / "backups", NOW, check=other)
    database.dispose()
    assert other.seen == []  # never asked: the damaged file's answer is not the sound one's


def test_the_module_that_starts_the_check_loads_no_sqlalchemy() -> None:
    code = (
        "import sys, ambassador.storage.integrity; "
        "print(any(m.split('.')[0] == 'sqlalchemy' for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr
