"""Time to open the main window with the Översikt filled, as a fresh process, per dataset.

    python bench/startup.py [--runs N] [--keep DIR]

Builds (or reuses, with --keep) an empty, a `small` and a `decade` database, then starts a
fresh interpreter for each run that opens the database, builds the window, shows it and
processes events until it has painted. The floor is a bare QMainWindow shown the same way
in a fresh process. Prints medians and spread, and the ratio to the floor; writes JSON.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sample import sample_database

CHILD_WINDOW = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
started = time.perf_counter()
from pathlib import Path
from PySide6.QtWidgets import QApplication
from ambassador import paths
from ambassador.app import build_window, open_services
from ambassador.domain.clock import SystemClock
from ambassador.ui import i18n
app = QApplication([])
translator = i18n.install("sv", paths.translations_dir())
database, services = open_services(Path(sys.argv[1]), SystemClock())
window = build_window(services, "bench")
window.show()
app.processEvents()
window.grab()
print(time.perf_counter() - started)
"""

CHILD_FLOOR = """
import os, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
started = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
window.show()
app.processEvents()
window.grab()
print(time.perf_counter() - started)
"""


def run(code: str, *args: str) -> float:
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    interpreter = time.perf_counter() - started
    inside = float(result.stdout.strip().splitlines()[-1])
    return max(inside, 0.0) if inside else interpreter


def prepare(folder: Path) -> dict[str, Path]:
    """An empty (migrated) file and sample files, made once and reused with --keep."""
    return {name: sample_database(folder, name) for name in ("empty", "small", "decade")}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--json", type=Path, default=Path("bench-startup.json"))
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="ambassador-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    databases = prepare(folder)

    floor = [run(CHILD_FLOOR) for _ in range(args.runs)]
    results: dict[str, dict[str, float]] = {
        "bare window (floor)": {"median": statistics.median(floor), "spread": _spread(floor)}
    }
    for name, path in databases.items():
        times = [run(CHILD_WINDOW, str(path)) for _ in range(args.runs)]
        results[f"window, {name}"] = {"median": statistics.median(times), "spread": _spread(times)}
    floor_median = results["bare window (floor)"]["median"]
    print(f"{'action':<24} {'median s':>9} {'spread s':>9} {'× floor':>8}")
    for name, figures in results.items():
        ratio = figures["median"] / floor_median
        print(f"{name:<24} {figures['median']:>9.3f} {figures['spread']:>9.3f} {ratio:>8.1f}")
        figures["ratio"] = ratio
    args.json.write_text(json.dumps(results, indent=2))


def _spread(values: list[float]) -> float:
    return max(values) - min(values)


if __name__ == "__main__":
    main()
