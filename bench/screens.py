"""How quickly the window answers on a large file: each screen, each filter, search as you type.

    python bench/screens.py [--runs N] [--db PATH] [--json OUT]

Builds the `decade` sample database (or uses --db), opens the real main window offscreen in
Swedish, and times each action a coordinator takes, from the call to the window having
processed its events and painted. Prints each action's median and spread in milliseconds and
its ratio to the floor measured in the same run (painting the window with nothing changed),
and writes the figures as JSON so two runs can be compared.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402
from sample import sample_database, timed  # noqa: E402

from ambassador import paths  # noqa: E402
from ambassador.app import build_window, open_services  # noqa: E402
from ambassador.domain.browse import PlacementFilter  # noqa: E402
from ambassador.domain.clock import SystemClock  # noqa: E402
from ambassador.domain.enums import PlacementStatus  # noqa: E402
from ambassador.services.changes import Changes  # noqa: E402
from ambassador.ui import i18n  # noqa: E402
from ambassador.ui.main_window import MainWindow  # noqa: E402


def settle(app: QApplication, window: MainWindow) -> None:
    app.processEvents()
    window.grab()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--json", type=Path, default=Path("bench-screens.json"))
    args = parser.parse_args()

    folder = Path(tempfile.gettempdir()) / "ambassador-bench"
    folder.mkdir(exist_ok=True)
    path = args.db or sample_database(folder, "decade")
    app = QApplication([])
    i18n.install("sv", paths.translations_dir())
    database, services = open_services(path, SystemClock())
    window = build_window(services, "bench")
    window.show()
    settle(app, window)

    results: dict[str, list[float]] = {}

    def measure(name: str, action: Callable[[], None], reset: Callable[[], None] | None = None):
        def run() -> None:
            action()
            settle(app, window)

        def before() -> None:
            if reset is not None:
                reset()
            settle(app, window)

        results[name] = timed(args.runs, run, before)

    # The floor of every action: processing events and painting the window, nothing changed.
    measure("floor: paint the window", lambda: None)
    home = lambda: window.show_screen(MainWindow.SCREEN_OVERVIEW)  # noqa: E731
    for name, screen in (
        ("open Deltagare", MainWindow.SCREEN_PARTICIPANTS),
        ("open Arbetsgivare", MainWindow.SCREEN_EMPLOYERS),
        ("open Placeringar", MainWindow.SCREEN_PLACEMENTS),
        ("open Kalender", MainWindow.SCREEN_CALENDAR),
        ("open Rapporter", MainWindow.SCREEN_REPORTS),
        ("open Inställningar", MainWindow.SCREEN_SETTINGS),
        ("open Papperskorg", MainWindow.SCREEN_TRASH),
    ):
        measure(name, lambda s=screen: window.show_screen(s), home)

    placements = window.placements_screen
    window.show_screen(MainWindow.SCREEN_PLACEMENTS)
    measure(
        "filter placements: active",
        lambda: placements.status_combo.setCurrentIndex(2),
        lambda: placements.status_combo.setCurrentIndex(0),
    )
    measure(
        "sort placements by last contact",
        lambda: placements.model.sort(6),
        lambda: placements.model.sort(4),
    )

    def type_into(screen: object, text: str) -> Callable[[], None]:
        def action() -> None:
            screen.search_edit.setText(text)  # type: ignore[attr-defined]
            screen.reload()  # type: ignore[attr-defined]

        return action

    def clear(screen: object) -> Callable[[], None]:
        return lambda: screen.search_edit.clear()  # type: ignore[attr-defined]

    measure("type into placement search", type_into(placements, "ber"), clear(placements))
    window.show_screen(MainWindow.SCREEN_PARTICIPANTS)
    participants = window.participants_screen
    measure("type into participant search", type_into(participants, "an"), clear(participants))

    busiest = max(
        services.browse.placements(PlacementFilter(status=PlacementStatus.ENDED), limit=500).rows,
        key=lambda row: len(services.browse.placement(row.id).timeline),
    )
    entries = len(services.browse.placement(busiest.id).timeline)
    measure(
        f"open a placement ({entries} timeline entries)",
        lambda: window.open_placement(busiest.id),
        home,
    )
    measure("open a participant", lambda: window.open_participant(busiest.participant_id), home)
    measure("open an employer", lambda: window.open_employer(busiest.employer_id), home)

    window.open_search()
    dialog = window.search_dialog
    assert dialog is not None
    for word in ("handledare", "sjukskrivning", "arb"):
        measure(
            f"search everywhere: {word}",
            lambda w=word: (dialog.query_edit.setText(w), dialog.run_search_now()),
            lambda: dialog.query_edit.clear(),
        )
    dialog.close()
    measure(
        "refresh after a change",
        lambda: window.publish(Changes(placements=frozenset({busiest.id}))),
    )

    floor = statistics.median(results["floor: paint the window"])
    print(f"{'action':48} {'median ms':>10} {'min':>8} {'max':>8} {'× floor':>8}")
    for name, samples in results.items():
        median = statistics.median(samples)
        print(
            f"{name:48} {median:10.1f} {min(samples):8.1f} {max(samples):8.1f}"
            f" {median / floor:8.1f}"
        )
    args.json.write_text(
        json.dumps(
            {
                name: {"median_ms": statistics.median(s), "samples_ms": s}
                for name, s in results.items()
            },
            indent=2,
        )
    )
    window.close()
    database.dispose()


if __name__ == "__main__":
    main()
