"""A damaged or foreign file is refused before anything is changed, whoever damaged it, and
the newest backup that passes its check is found for it."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import DamagedDatabaseError, NotAnAmbassadorDatabaseError
from ambassador.services.backups import MANUAL, PERIODIC
from ambassador.services.bundle import Services
from ambassador.storage import backup
from ambassador.storage.database import Database
from ambassador.storage.opening import open_database
from tests.factories import make_participant, note_fields

# A damaged file and its header; a server checks its own pages.
pytestmark = pytest.mark.sqlite_only

REFUSED = (DamagedDatabaseError, NotAnAmbassadorDatabaseError)


def page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def fill(services: Services) -> None:
    for n in range(40):
        participant = make_participant(
            services, first_name=f"Person{chr(97 + n % 26)}{chr(97 + n // 26)}"
        )
        services.follow_up.add_note(
            note_fields(participant, None, services.clock.now(), text="Lång anteckning " * 40)
        )


def flip_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in (16, 17, 21, 22):  # page size and the payload fractions
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def flip_middle(path: Path) -> None:
    """Overwrite the b-tree header of every page in the middle third: table pages whose type
    byte and cell counts make no sense, as a failing disk sector would leave them."""
    data = bytearray(path.read_bytes())
    size = page_size(path)
    pages = len(data) // size
    for page in range(pages // 3, 2 * pages // 3):
        start = page * size
        data[start : start + 12] = b"\x0d\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
    path.write_bytes(bytes(data))


def foreign(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photos (name TEXT, taken TEXT)")
    connection.execute("INSERT INTO photos VALUES ('semester.jpg', '2025-07-01')")
    connection.commit()
    connection.close()


def zip_renamed(path: Path) -> None:
    path.unlink()
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("anteckningar.txt", "inte en databas")


@pytest.mark.parametrize("damage", [flip_header, flip_middle, foreign, zip_renamed])
def test_damaged_or_foreign_file_is_refused_untouched_and_backup_found(
    services: Services,
    database: Database,
    database_path: Path,
    clock: FixedClock,
    damage: object,
) -> None:
    fill(services)
    good = services.backups.take(MANUAL)
    clock.set(clock.now().replace(hour=11))
    newer_but_broken = services.backups.take(PERIODIC)
    newer_but_broken.write_bytes(b"SQLite format 3\0" + bytes(4096))
    database.dispose()
    assert callable(damage)
    damage(database_path)
    files = sorted(database_path.parent.glob("ambassador.db*"))
    before = [path.read_bytes() for path in files]
    with pytest.raises(REFUSED) as refused:
        open_database(database_path, database_path.parent / "backups", clock.now())
    assert str(database_path) in str(refused.value)
    assert sorted(database_path.parent.glob("ambassador.db*")) == files
    assert [path.read_bytes() for path in files] == before
    found = backup.newest_good(database_path.parent / "backups", database_path)
    assert found is not None and found.path == good
