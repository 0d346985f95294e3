"""What data safety costs on a large file: backups, encryption, unlocking, a purge.

    python bench/safety.py [--runs N] [--db PATH] [--json OUT]

Builds the `decade` sample database (or uses --db) and works on copies. Times, as a median
over repeated runs with the spread: a plain file copy of the database (the floor a backup is
compared with); a checked backup through the backup API; opening the plain file and the
encrypted one (the floor: opening the plain one); a query over every note, plain and
encrypted (SQLCipher's cost per page read); the key derivation of an unlock; encrypting the
whole file once; and the scrub after a purge (FTS5 optimize, checkpoint, VACUUM). Prints a
table and writes JSON.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from sample import Rows, report, sample_database, timed

from ambassador.domain.clock import SystemClock
from ambassador.services import encryption
from ambassador.services.bundle import Services
from ambassador.storage.backup import backup_file
from ambassador.storage.opening import open_database

PASSPHRASE = "en lång lösenfras för mätningen"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--json", type=Path, default=Path("bench-safety.json"))
    args = parser.parse_args()
    source = args.db or sample_database(Path(tempfile.gettempdir()) / "ambassador-bench", "decade")
    work = Path(tempfile.mkdtemp(prefix="ambassador-safety-"))
    plain = work / "plain.db"
    shutil.copyfile(source, plain)
    clock = SystemClock()
    rows: Rows = {}

    copy_floor = timed(args.runs, lambda: shutil.copyfile(plain, work / "copy.db"))
    rows["backup (backup API, checked)"] = (
        timed(args.runs, lambda: backup_file(plain, work / "backups" / "b.db")),
        copy_floor,
    )

    def open_plain() -> None:
        database, _report = open_database(plain, work / "backups", clock.now())
        database.dispose()

    open_floor = timed(args.runs, open_plain)
    rows["open plain file"] = (open_floor, open_floor)

    encrypted = work / "encrypted.db"
    shutil.copyfile(plain, encrypted)
    database, _report = open_database(encrypted, work / "backups", clock.now())
    services = Services.build(database, clock)
    rows["encrypt the whole file (once)"] = (
        timed(1, lambda: services.encryption.encrypt(PASSPHRASE)),
        copy_floor,
    )
    key = database.key
    database.dispose()
    rows["unlock: key derivation (scrypt)"] = (
        timed(args.runs, lambda: encryption.unlock(encrypted, PASSPHRASE)),
        None,
    )

    def open_encrypted() -> None:
        opened, _report = open_database(encrypted, work / "backups", clock.now(), key)
        opened.dispose()

    rows["open encrypted file"] = (timed(args.runs, open_encrypted), open_floor)

    def scan(path: Path, with_key: bytes | None) -> Callable[[], object]:
        opened, _report = open_database(path, work / "backups", clock.now(), with_key)

        def run() -> object:
            with opened.engine.connect() as connection:
                return connection.exec_driver_sql("SELECT sum(length(text)) FROM notes").scalar()

        return run

    scan_floor = timed(args.runs, scan(plain, None))
    rows["read every note, plain"] = (scan_floor, scan_floor)
    rows["read every note, encrypted"] = (timed(args.runs, scan(encrypted, key)), scan_floor)

    database, _report = open_database(plain, work / "backups", clock.now())
    rows["scrub after a purge (optimize, VACUUM)"] = (timed(1, database.scrub), copy_floor)
    database.dispose()

    size_mb = plain.stat().st_size / 1e6
    report(rows, f"database: {source} ({size_mb:.1f} MB), {args.runs} runs", args.json)
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
