"""The benchmarks' shared parts: their databases (an empty file or sample data, made once in a
folder and reused), working copies of them, and the timing of an action over repeated runs.

A dataset prepared for the suite (`prepare_dataset`) is the sample database plus, once, one
active placement whose timeline holds `BUSY_ENTRIES` entries (notes, check-ins done with their
note, missed check-ins), added through the program's own services. Which placement that is
is recorded beside the file (`<name>.db.bench.json`), so the entries are never added twice; a
file rebuilt from scratch loses its record with it.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ambassador.domain.browse import PlacementFilter, PlacementOrder
from ambassador.domain.clock import SystemClock
from ambassador.domain.enums import CheckInStatus, ListName, PlacementStatus, WithWhom
from ambassador.domain.followup import NoteFields
from ambassador.services import sample_texts
from ambassador.services.bundle import Services
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.opening import open_database

DATASETS = ("empty", "decade", "stress")
BUSY_ENTRIES = 300
RECORD_SUFFIX = ".bench.json"


def default_folder() -> Path:
    return Path(tempfile.gettempdir()) / "ambassador-bench"


def sample_database(folder: Path, name: str) -> Path:
    """`folder/<name>.db`: "empty" (migrated, no records) or a sample size, built when missing."""
    path = folder / f"{name}.db"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        _record_of(path).unlink(missing_ok=True)  # it described a file that is gone
        clock = SystemClock()
        database, _report = open_database(path, folder / "backups", clock.now())
        if name != "empty":
            SampleDataService(database, clock).generate(Size(name), seed=1)
        database.dispose()
    return path


@dataclass(frozen=True)
class Dataset:
    name: str
    path: Path
    busy_placement: int | None  # the active placement with BUSY_ENTRIES timeline entries


def prepare_dataset(folder: Path, name: str) -> Dataset:
    """The sample database with its busy placement, each made once and reused."""
    path = sample_database(folder, name)
    return Dataset(name, path, busy_placement(path))


def busy_placement(path: Path) -> int | None:
    """The placement given BUSY_ENTRIES timeline entries, adding them on first use; None when
    the file has no active placement."""
    record = _record_of(path)
    if record.exists():
        placement_id: int | None = json.loads(record.read_text(encoding="utf-8"))["placement"]
        return placement_id
    clock = SystemClock()
    database, _report = open_database(path, path.parent / "backups", clock.now())
    try:
        placement_id = fill_timeline(Services.build(database, clock), BUSY_ENTRIES)
    finally:
        database.dispose()
    record.write_text(
        json.dumps({"placement": placement_id, "entries": BUSY_ENTRIES}), encoding="utf-8"
    )
    return placement_id


def _record_of(path: Path) -> Path:
    return path.with_name(path.name + RECORD_SUFFIX)


def fill_timeline(services: Services, entries: int) -> int | None:
    """Give the longest-running active placement `entries` timeline entries, spread over the
    past up to two years: in turn a note, a check-in done with its note, a note, a missed
    check-in. Returns its id, or None when no placement is active."""
    oldest_first = PlacementFilter(
        status=PlacementStatus.ACTIVE, order=PlacementOrder.START, descending=False
    )
    rows = services.browse.placements(oldest_first, limit=1).rows
    if not rows:
        return None
    placement_id: int = rows[0].id
    participant_id: int = rows[0].participant_id
    missing = entries - len(services.browse.placement(placement_id).timeline)
    now = services.clock.now()
    start = datetime.combine(rows[0].start_date, datetime.min.time())
    first = max(start, now - timedelta(days=730))
    step = (now - timedelta(hours=1) - first) / max(missing, 1)
    kinds = services.settings.list_labels(ListName.NOTE_KINDS)
    rng = random.Random(BUSY_ENTRIES)
    for number in range(missing):
        moment = first + step * number
        note = NoteFields(
            participant_id=participant_id,
            placement_id=placement_id,
            occurred_at=moment,
            kind=rng.choice(kinds),
            with_whom=rng.choice((WithWhom.SUPERVISOR, WithWhom.PARTICIPANT, WithWhom.BOTH)),
            text=_note_text(rng),
            minutes_spent=rng.choice((15, 30, 45, 60)),
            shareable=number % 3 == 0,
        )
        if number % 2 == 0:
            services.follow_up.add_note(note)
            continue
        changes = services.follow_up.schedule_check_in(placement_id, moment, note.kind)
        check_in_id = next(iter(changes.check_ins))
        if number % 4 == 1:
            services.follow_up.complete_check_in(check_in_id, note)
        else:
            services.follow_up.mark_check_in(check_in_id, CheckInStatus.MISSED)
    return placement_id


def _note_text(rng: random.Random) -> str:
    parts = (
        rng.choice(sample_texts.NOTE_OPENINGS),
        rng.choice(sample_texts.NOTE_OBSERVATIONS),
        rng.choice(sample_texts.NOTE_NEXT_STEPS),
    )
    return " ".join(part for part in parts if part)


def working_copy(source: Path, folder: Path) -> Path:
    """A copy of `source` in `folder`, its write-ahead log folded in first so nothing that
    was committed stays behind in the original's -wal file."""
    with closing(sqlite3.connect(source)) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / source.name
    shutil.copyfile(source, copy)
    return copy


def fts_tables(connection: sqlite3.Connection) -> list[str]:
    """The file's FTS5 tables: `search_index`, or whatever the program's schema has."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%USING fts5%'"
    )
    return [str(name) for (name,) in rows]


def rare_word(connection: sqlite3.Connection, tables: list[str]) -> tuple[str, int] | None:
    """The least frequent word of six letters or more that is in at least two rows of the
    FTS5 `tables`, and in how many."""
    counts = []
    for number, table in enumerate(tables):
        vocabulary = f"temp.bench_vocabulary_{number}"
        connection.execute(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocabulary} "
            f"USING fts5vocab(main, '{table}', 'row')"
        )
        counts.append(f"SELECT term, doc FROM {vocabulary}")
    if not counts:
        return None
    found = connection.execute(
        f"SELECT term, sum(doc) AS rows FROM ({' UNION ALL '.join(counts)}) "
        "WHERE length(term) >= 6 AND term NOT GLOB '*[^a-z]*' "
        "GROUP BY term HAVING rows >= 2 ORDER BY rows, term LIMIT 1"
    ).fetchone()
    return None if found is None else (str(found[0]), int(found[1]))


def rare_word_of(path: Path) -> str | None:
    """The rare word of the file at `path` (a working copy: the lookup adds to nothing but
    the connection's temporary schema)."""
    with closing(sqlite3.connect(path)) as connection:
        found = rare_word(connection, fts_tables(connection))
    return None if found is None else found[0]


def timed(
    runs: int, action: Callable[[], object], reset: Callable[[], object] | None = None
) -> list[float]:
    """Milliseconds of `action` over `runs` runs; `reset`, untimed, before each."""
    samples: list[float] = []
    for _ in range(runs):
        if reset is not None:
            reset()
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


Rows = dict[str, tuple[list[float], list[float] | None]]


def report(rows: Rows, heading: str, json_path: Path) -> None:
    """Print each action's median, spread, floor and ratio; write the samples as JSON."""
    print(heading)
    print(f"{'action':<46} {'median ms':>10} {'spread ms':>16} {'floor ms':>10} {'ratio':>7}")
    results = {}
    for name, (samples, floor) in rows.items():
        median = statistics.median(samples)
        spread = f"{min(samples):.0f}–{max(samples):.0f}"
        floor_median = statistics.median(floor) if floor else None
        ratio = f"{median / floor_median:.1f}×" if floor_median else "–"
        floor_text = f"{floor_median:.0f}" if floor_median else "–"
        print(f"{name:<46} {median:>10.0f} {spread:>16} {floor_text:>10} {ratio:>7}")
        results[name] = {"median_ms": median, "samples_ms": samples, "floor_ms": floor_median}
    json_path.write_text(json.dumps(results, indent=2), encoding="utf-8")


def main() -> None:
    """`python bench/sample.py FOLDER NAME`: the suite prepares each dataset in a child of its
    own, so the memory building one takes is not counted in the peak memory of the children
    it starts afterwards (where a child's peak is read from ru_maxrss, which starts at its
    parent's; see bench/peak.py)."""
    parser = argparse.ArgumentParser(description="Prepare one of the suite's datasets.")
    parser.add_argument("folder", type=Path)
    parser.add_argument("name", choices=DATASETS)
    args = parser.parse_args()
    dataset = prepare_dataset(args.folder, args.name)
    print(json.dumps({"path": str(dataset.path), "placement": dataset.busy_placement}))


if __name__ == "__main__":
    main()
