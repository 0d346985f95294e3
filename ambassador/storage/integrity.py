"""SQLite's own check of a database file, run on a read-only connection of its own in a thread.

`PRAGMA quick_check` reads every page: about a tenth of a second for a decade's register and
more than a second for ten times that. SQLite lets go of Python's lock while it reads, so the
check runs beside what the window loads meanwhile (SQLAlchemy, the services). Opening
(storage/opening.py) waits for its answer before the file is written, backed up, migrated or
handed to anything that shows it: starting early changes when the check runs, never what
happens to a file that fails it.

Only the standard library and a raw connection: the window starts a check before SQLAlchemy
is even imported.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from ambassador.storage.engine import SQLITE_HEADER, connect

OK = "ok"
SIDE_SUFFIXES = ("-wal", "-shm")

# What the check found: "ok", SQLite's first complaint, or the driver's exception (a file
# that is not a database, a key that does not open it, pages that cannot be read).
Outcome = str | Exception


def side_files(path: Path) -> list[Path]:
    """The write-ahead log and the shared memory SQLite keeps beside a WAL file."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]


def existing_side_files(path: Path) -> set[Path]:
    return {side for side in side_files(path) if side.exists()}


class IntegrityCheck:
    """`PRAGMA quick_check` of `path` (`full`: `integrity_check`), started when made.

    `outcome()` waits for the answer. `cancel()` stops a check whose answer is no longer
    wanted (the file is refused on other grounds) and waits until it has stopped. Either way,
    once they return the check's connection is closed, so a refused file's new side files
    may be removed; `side_files_before` are those that were there before it opened one."""

    def __init__(self, path: Path, key: bytes | None = None, *, full: bool = False) -> None:
        self.path = path
        self.key = key
        self.full = full
        self.side_files_before = existing_side_files(path)
        self._lock = threading.Lock()
        self._connection: Any = None
        self._cancelled = False
        self._outcome: Outcome | None = None
        self._thread = threading.Thread(target=self._run, name="integrity check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            connection = connect(self.path, self.key, readonly=True)
        except Exception as error:  # either driver's: the file cannot even be opened
            self._outcome = error
            return
        try:
            with self._lock:
                if self._cancelled:
                    return
                self._connection = connection
            pragma = "integrity_check" if self.full else "quick_check"
            (result,) = connection.execute(f"PRAGMA {pragma}").fetchone()
            self._outcome = str(result)
        except Exception as error:  # either driver's, or interrupted by `cancel`
            self._outcome = error
        finally:
            with self._lock:
                self._connection = None
            connection.close()

    def outcome(self) -> Outcome:
        """The check's answer, once it has one (never asked of a cancelled check)."""
        self._thread.join()
        assert self._outcome is not None and not self._cancelled
        return self._outcome

    def cancel(self) -> None:
        """Stop the check (its answer is not wanted) and wait until its connection is closed."""
        with self._lock:
            self._cancelled = True
            if self._connection is not None:
                self._connection.interrupt()
        self._thread.join()

    def is_of(self, path: Path, key: bytes | None, *, full: bool = False) -> bool:
        """Whether this is the check an open of `path` with `key` would start."""
        return self.path == path and self.key == key and self.full == full


def check_in_background(path: Path) -> IntegrityCheck | None:
    """A check started now of a plain SQLite file at `path`; None where there is nothing such
    to check (no file, an empty one, an encrypted one, whose key is not known yet)."""
    try:
        path = path.expanduser().resolve()
        if not path.is_file() or path.stat().st_size == 0:
            return None
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
    except OSError:
        return None
    return IntegrityCheck(path)
