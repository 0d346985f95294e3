"""How long the window stops answering while slow work runs: on the window's thread (as before
the worker runner) and on the worker (ui/common/busy.py), on the `decade` data.

    python bench/responsiveness.py [--runs N] [--db PATH] [--json OUT]

A 5 ms timer on the window's thread records when the event loop turns; the longest gap
between two turns while a job runs is how long a click, a key or a repaint would have waited.
Each job runs both ways on the same working copy: a checked backup, restoring it, the
statistics report PDF for a year, the busiest placement's summary PDF, the placements list
as XLSX, encrypting the whole file (once: it cannot be undone). Prints the medians; the job's
own duration is the floor a frozen window reaches.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sample import default_folder, prepare_dataset, working_copy  # noqa: E402

from ambassador.domain.clock import SystemClock  # noqa: E402
from ambassador.domain.figures import Period  # noqa: E402
from ambassador.services.bundle import Services  # noqa: E402
from ambassador.services.opening import open_services  # noqa: E402
from ambassador.ui.common.busy import Busy  # noqa: E402

TICK_MS = 5
PASSPHRASE = "en lång lösenfras för mätningen"


@dataclass
class Gaps:
    longest_ms: float
    duration_ms: float


class LoopWatch:
    """The longest time between two turns of the event loop while it is watched."""

    def __init__(self) -> None:
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._on_tick)
        self._last = 0.0
        self.longest = 0.0

    def _on_tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._on_tick()  # the gap up to now counts too
        self._timer.stop()
        return self.longest * 1000


def on_the_windows_thread(app: QApplication, watch: LoopWatch, job: Callable[[], object]) -> Gaps:
    watch.start()
    started = time.perf_counter()
    app.processEvents()
    job()
    app.processEvents()
    duration = (time.perf_counter() - started) * 1000
    return Gaps(watch.stop(), duration)


def on_the_worker(
    app: QApplication, watch: LoopWatch, busy: Busy, job: Callable[[], object]
) -> Gaps:
    watch.start()
    started = time.perf_counter()
    busy.run("bench", lambda _progress: job(), lambda _r: None, lambda error: print(error))
    while busy.running:
        app.processEvents()
        time.sleep(0.001)
    duration = (time.perf_counter() - started) * 1000
    return Gaps(watch.stop(), duration)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--json", type=Path, default=Path("bench-responsiveness.json"))
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    dataset = None if args.db else prepare_dataset(default_folder(), "decade")
    source = args.db or dataset.path  # type: ignore[union-attr]
    work = Path(tempfile.mkdtemp(prefix="ambassador-responsiveness-"))
    path = working_copy(source, work)
    clock = SystemClock()
    database, services = open_services(path, clock)
    window = QWidget()
    busy = Busy(window)
    watch = LoopWatch()
    jobs = _jobs(services, work, dataset.busy_placement if dataset else None)
    rows: dict[str, dict[str, list[float]]] = {}
    for name, job, runs in jobs:
        row = rows.setdefault(name, {"window": [], "worker": [], "duration": []})
        for _ in range(runs):
            blocked = on_the_windows_thread(app, watch, job)
            row["window"].append(blocked.longest_ms)
            row["duration"].append(blocked.duration_ms)
            row["worker"].append(on_the_worker(app, watch, busy, job).longest_ms)
    encrypted = on_the_worker(app, watch, busy, lambda: services.encryption.encrypt(PASSPHRASE))
    rows["encrypt the whole file (once, on the worker)"] = {
        "window": [],
        "worker": [encrypted.longest_ms],
        "duration": [encrypted.duration_ms],
    }
    database.dispose()
    _report(rows, path)


def _jobs(
    services: Services, work: Path, busiest: int | None
) -> list[tuple[str, Callable[[], object], int]]:
    backups = services.backups
    first = backups.take(folder=work / "kept")
    year = Period(date(date.today().year, 1, 1), date(date.today().year, 12, 31))
    jobs: list[tuple[str, Callable[[], object], int]] = [
        ("checked backup", lambda: backups.take(folder=work / "bench-backups"), 3),
        ("restore a backup", lambda: backups.restore(first), 3),
        (
            "statistics report PDF (a year)",
            lambda: services.documents.write_statistics(year, work / "stats.pdf", None),
            3,
        ),
        (
            "placements list as XLSX",
            lambda: services.exports.write_placements(work / "p.xlsx"),
            3,
        ),
    ]
    if busiest is not None:
        jobs.append(
            (
                "summary PDF, the busiest placement",
                lambda: services.documents.write_summary(busiest, work / "s.pdf", None),
                3,
            )
        )
    return jobs


def _report(rows: dict[str, dict[str, list[float]]], path: Path) -> None:
    size = path.stat().st_size / 1024 / 1024
    print(f"Longest time the event loop did not turn, ms (medians; decade data, {size:.0f} MB)")
    print(f"{'job':<46} {'job ms':>8} {'window thread':>14} {'worker':>8} {'ratio':>7}")
    for name, row in rows.items():
        duration = statistics.median(row["duration"])
        worker = statistics.median(row["worker"])
        blocked = statistics.median(row["window"]) if row["window"] else None
        ratio = f"{blocked / worker:.0f}×" if blocked else "–"
        blocked_text = f"{blocked:.0f}" if blocked else "–"
        print(f"{name:<46} {duration:>8.0f} {blocked_text:>14} {worker:>8.0f} {ratio:>7}")


if __name__ == "__main__":
    main()
