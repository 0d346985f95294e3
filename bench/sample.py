"""The benchmarks' shared parts: their databases (an empty file or sample data, made once in a
folder and reused) and the timing of an action over repeated runs."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from ambassador.domain.clock import SystemClock
from ambassador.services.sample_data import SampleDataService, Size
from ambassador.storage.opening import open_database


def sample_database(folder: Path, name: str) -> Path:
    """`folder/<name>.db`: "empty" (migrated, no records) or a sample size, built when missing."""
    path = folder / f"{name}.db"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        clock = SystemClock()
        database, _report = open_database(path, folder / "backups", clock.now())
        if name != "empty":
            SampleDataService(database, clock).generate(Size(name), seed=1)
        database.dispose()
    return path


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
