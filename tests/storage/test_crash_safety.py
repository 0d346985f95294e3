"""Killed with SIGKILL in the middle of writing, the program loses nothing it said was saved.

Writers (tests/storage/crash_child.py) work through the real services and report each commit
once it has returned; this test kills them at random moments, over and over, and checks that
every reported commit is in the file, that no multi-row action is there by halves, and that
SQLite finds the file sound. After each kill it checks a copy of the file and its WAL, as a
crash leaves them, so the next writer still opens the original in its crashed state.
"""

from __future__ import annotations

import json
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import IO

import pytest

from ambassador.domain.clock import FixedClock, SystemClock
from ambassador.domain.enums import CheckInStatus
from ambassador.domain.recurrence import occurrences
from ambassador.domain.search import HitKind
from ambassador.services.bundle import Services
from ambassador.services.placements import CHECK_IN_TIME
from ambassador.storage.opening import open_database
from tests.factories import make_employer, make_participant

CHILD = Path(__file__).with_name("crash_child.py")
SEED = 20261124
MIN_KILLS = 50
MIN_WRITES = 1000
MAX_ROUNDS = 400
# Milliseconds a writer runs after its first commit before it is killed.
KILL_AFTER_MS = (20, 200)
# Not a measurement: only so a writer that hangs fails the test instead of stalling the run.
SILENCE_LIMIT_S = 60.0

PLANNED = CheckInStatus.PLANNED.value
CANCELLED = CheckInStatus.CANCELLED.value
MISSED = CheckInStatus.MISSED.value


@dataclass
class Reported:
    """What the writers said was committed."""

    notes: dict[int, str] = field(default_factory=dict)  # note id -> marker in its text
    created: dict[int, int] = field(default_factory=dict)  # placement id -> check-ins made
    ended: dict[int, tuple[date, int]] = field(default_factory=dict)  # -> (ended on, closed)
    writes: int = 0

    def add(self, line: str) -> None:
        kind, *values = line.split()[1:]
        if kind == "note":
            self.notes[int(values[0])] = values[1]
        elif kind == "create":
            self.created[int(values[0])] = int(values[1])
        elif kind == "end":
            self.ended[int(values[0])] = (date.fromisoformat(values[1]), int(values[2]))
        else:
            raise AssertionError(f"unknown report {line!r}")
        self.writes += 1


class Lines:
    """Lines from a pipe, waiting at most SILENCE_LIMIT_S for each."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._fd = stream.fileno()
        self._buffer = b""

    def next(self) -> str:
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([self._fd], [], [], SILENCE_LIMIT_S)
            assert ready, "the writer's helper has gone silent"
            chunk = os.read(self._fd, 65536)
            assert chunk, "the writer's helper has exited"
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()


def _copy_as_crashed(database_path: Path, into: Path) -> Path:
    """The file and its WAL as the kill left them; no shared-memory index, so SQLite has to
    recover from the WAL itself when the copy is opened."""
    shutil.rmtree(into, ignore_errors=True)
    into.mkdir()
    copy = into / database_path.name
    for suffix in ("", "-wal"):
        source = Path(f"{database_path}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{copy}{suffix}")
    return copy


def check_file(path: Path, reported: Reported) -> None:
    """Every reported commit is there, every action whole, and SQLite finds the file sound."""
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        # FTS5's own check that each index matches its content.
        for table in ("search_index_names", "search_index_notes"):
            connection.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")

        notes = dict(connection.execute("SELECT id, text FROM notes"))
        for note_id, marker in reported.notes.items():
            assert marker in notes.get(note_id, ""), f"reported note {note_id} is missing"
        indexed = dict(connection.execute("SELECT rowid / 4, body FROM search_index_notes"))
        assert indexed == notes, "a note and its search entry were not written together"

        placements = {
            row[0]: row[1:]
            for row in connection.execute(
                "SELECT id, start_date, planned_end_date, follow_up_plan, ended_on, outcome "
                "FROM placements"
            )
        }
        series = {
            placement_id: (series_id, datetime.fromisoformat(first_at), every_days)
            for placement_id, series_id, first_at, every_days in connection.execute(
                "SELECT placement_id, id, first_at, every_days FROM check_in_series WHERE from_plan"
            )
        }
        in_series = dict(
            connection.execute("SELECT series_id, count(*) FROM check_ins GROUP BY series_id")
        )
        for placement_id, (start, planned_end, plan, ended_on, outcome) in placements.items():
            # Creating a placement writes it, its plan's series and every check-in, or nothing.
            # The child's plans have one phase: one series, every `cadence` days.
            assert placement_id in series, f"placement {placement_id} has no plan"
            ((cadence, _weeks, _silent),) = json.loads(plan)
            series_id, first_at, every_days = series[placement_id]
            first = datetime.combine(
                date.fromisoformat(start) + timedelta(days=cadence), CHECK_IN_TIME
            )
            assert (first_at, every_days) == (first, cadence)
            expected = len(occurrences(first, cadence, date.fromisoformat(planned_end)))
            assert in_series.get(series_id, 0) == expected, f"placement {placement_id} half made"
            assert (ended_on is None) == (outcome is None)
        for placement_id, check_ins in reported.created.items():
            assert placement_id in placements, f"reported placement {placement_id} is missing"
            assert in_series[series[placement_id][0]] == check_ins

        # Ending a placement writes the ending and closes every planned check-in: missed up
        # to the end, cancelled after it.
        planned_after_end = connection.execute(
            "SELECT DISTINCT p.id FROM placements p JOIN check_ins c ON c.placement_id = p.id "
            "WHERE p.ended_on IS NOT NULL AND c.status = ?",
            (PLANNED,),
        ).fetchall()
        assert planned_after_end == [], "an ended placement kept planned check-ins"
        cancelled = dict(
            connection.execute(
                "SELECT placement_id, count(*) FROM check_ins WHERE status IN (?, ?) "
                "GROUP BY placement_id",
                (CANCELLED, MISSED),
            )
        )
        ended = {placement_id for placement_id, row in placements.items() if row[3] is not None}
        assert set(cancelled) <= ended, "check-ins were cancelled for a placement not ended"
        for placement_id, (ended_on, count) in reported.ended.items():
            assert placements[placement_id][3] == ended_on.isoformat()
            assert cancelled.get(placement_id, 0) == count
    finally:
        connection.close()


@pytest.mark.slow
def test_writers_killed_at_random_lose_no_commit_and_no_half_action(
    database_path: Path, tmp_path: Path, clock: FixedClock
) -> None:
    database, _report = open_database(database_path, tmp_path / "backups", clock.now())
    services = Services.build(database, clock)
    participants = [
        make_participant(services, first_name=name) for name in ("Ada", "Bo", "Cim", "Dan")
    ]
    employers = [
        make_employer(services, name=f"Krasch Arbetsgivare {n}", organisation_number=None)
        for n in range(3)
    ]
    database.dispose()

    rng = random.Random(SEED)
    reported = Reported()
    kills = checks = 0
    errors = tmp_path / "writers.err"
    with errors.open("wb") as stderr:
        helper = subprocess.Popen(
            [
                sys.executable,
                str(CHILD),
                str(database_path),
                ",".join(map(str, participants)),
                ",".join(map(str, employers)),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
    assert helper.stdin is not None and helper.stdout is not None
    lines = Lines(helper.stdout)
    writer: int | None = None  # started and not yet reaped
    try:
        for round_number in range(MAX_ROUNDS):
            if kills >= MIN_KILLS and reported.writes >= MIN_WRITES:
                break
            helper.stdin.write(f"go {SEED + round_number}\n".encode())
            helper.stdin.flush()
            started = lines.next()
            assert started.startswith("writer "), started
            writer = int(started.split()[1])
            line = lines.next()
            assert line.startswith("committed "), errors.read_text()
            reported.add(line)
            # The kill lands wherever the writer happens to be: in a statement, a commit's
            # fsync, between commit and report, or opening the next transaction.
            time.sleep(rng.uniform(*KILL_AFTER_MS) / 1000)
            os.kill(writer, signal.SIGKILL)
            while not (line := lines.next()).startswith("reaped "):
                reported.add(line)
            writer = None
            status = int(line.split()[2])
            assert os.WIFSIGNALED(status), errors.read_text()
            assert os.WTERMSIG(status) == signal.SIGKILL
            kills += 1
            check_file(_copy_as_crashed(database_path, tmp_path / "crashed"), reported)
            checks += 1
    finally:
        if writer is not None:  # a failed check left it running; its helper waits for it
            os.kill(writer, signal.SIGKILL)
        helper.stdin.close()
        try:
            helper.wait(timeout=SILENCE_LIMIT_S)
        except subprocess.TimeoutExpired:
            helper.kill()
            helper.wait()
        helper.stdout.close()
    assert kills >= MIN_KILLS and reported.writes >= MIN_WRITES, (kills, reported.writes)

    # The original file, opened the way the program opens it after a crash.
    database, _report = open_database(database_path, tmp_path / "backups", clock.now())
    try:
        services = Services.build(database, SystemClock())
        for placement_id, (ended_on, _count) in reported.ended.items():
            ending = services.placements.get(placement_id).ending
            assert ending is not None and ending.ended_on == ended_on
        last_note = max(reported.notes)
        hits = services.search.search(reported.notes[last_note])
        assert last_note in [r.hit.record_id for r in hits if r.hit.kind is HitKind.NOTE]
    finally:
        database.dispose()
    check_file(database_path, reported)
    checks += 1
    print(
        f"{kills} kills, {reported.writes} reported writes ({len(reported.notes)} notes, "
        f"{len(reported.created)} placements made, {len(reported.ended)} ended), "
        f"{checks} checks of the file"
    )
