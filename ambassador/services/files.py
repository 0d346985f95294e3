"""Files that leave the program: written whole or not at all, and never without their line
in the export log.

The file and its log line are one transaction: a file that cannot be written leaves no log
line, and a log that cannot be written takes the file away again. The file is its owner's
alone (0600; one written over keeps a stricter mode it had).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ambassador.domain.clock import Clock
from ambassador.domain.errors import StorageError
from ambassador.domain.messages import QT_TRANSLATE_NOOP
from ambassador.paths import settle_mode
from ambassador.storage.database import Database

CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Messages", "The document could not be written to this file; check the folder and try again."
)

NOT_LOGGED = QT_TRANSLATE_NOOP(
    "Messages",
    "Nothing was written: every document and list is recorded in the database's export log, "
    "and this database is open read-only.",
)

Write = Callable[[BinaryIO], object]


@dataclass(frozen=True)
class WrittenDocument:
    kind: str
    path: Path
    size: int  # bytes
    subject_id: int | None = None
    rows: int = 1  # the lines of a list, the events of a calendar


def write_logged(
    database: Database,
    clock: Clock,
    *,
    kind: str,
    subject_kind: str,
    subject_ids: Sequence[int],
    path: Path,
    write: Write | bytes,
    rows: int = 1,
) -> WrittenDocument:
    if database.read_only:  # no line in the export log, no file (docs/data-safety.md)
        raise StorageError(NOT_LOGGED)
    written = False
    try:
        with database.write() as uow:
            uow.export_log.add(
                kind=kind,
                subject_kind=subject_kind,
                subject_ids=list(subject_ids),
                file_path=str(path),
                row_count=rows,
                now=clock.now(),
            )
            write_atomically(path, write)
            written = True
    except Exception:
        if written:  # the log could not be committed: no unlogged file may stay
            path.unlink(missing_ok=True)
        raise
    subject = subject_ids[0] if len(subject_ids) == 1 else None
    return WrittenDocument(kind, path, path.stat().st_size, subject, rows)


def write_atomically(path: Path, write: Write | bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it into place:
    a crash leaves the old file or the new one, never half of one. mkstemp makes the file
    0600 whatever the process's mask."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=".", suffix=".part", dir=path.parent)
    except OSError:
        raise StorageError(CANNOT_WRITE, str(path)) from None
    try:
        with os.fdopen(handle, "wb") as file:
            if isinstance(write, bytes):
                file.write(write)
            else:
                write(file)
            file.flush()
            os.fsync(file.fileno())
        settle_mode(Path(temporary), path)
        os.replace(temporary, path)
    except OSError:
        Path(temporary).unlink(missing_ok=True)
        raise StorageError(CANNOT_WRITE, str(path)) from None
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
