"""One fresh process of the suite's cold start (bench/suite.py runs it; not meant by hand).

    python bench/cold_start.py bare|frame|orm|integrity|program T0 DATABASE

T0 is the parent's `time.perf_counter()` just before it spawned this process. On Linux that
clock is CLOCK_MONOTONIC, shared by every process, so the moments printed here, taken with the
same clock, count the interpreter's own start-up for every kind alike. Prints one JSON line:
`painted` (the first paint event delivered to a main window), `filled` (after processing the
pending events and grabbing every visible main window: what is on screen is drawn) and
`peak_kib` (this process's own peak resident memory, bench/peak.py: not its parent's).

- `bare`: a QApplication and an empty QMainWindow of the program's size.
- `frame`: the same window with the least frame the program's window has (docs/design: a
  menu bar, a sidebar listing the screens, the screens' stack with a heading, a status bar),
  in the Qt classes and enums a frame needs. Not a floor: a part no window of the program can
  paint without (the suite's "cannot" verdict, bench/measure.py).
- `orm`: the same, plus SQLAlchemy's ORM, an engine and a session on DATABASE, one query for
  the first 50 placements' rows, shown in a QTableWidget as the central widget.
- `integrity`: only the program's integrity check of DATABASE (storage/integrity.py), waited
  for: `filled` is when it answered. No window: a part the Översikt waits for before it shows
  a file's data.
- `program`: the program's own start, `ambassador.cli.main(["--db", DATABASE, "--lang",
  "sv"])`, in a QApplication subclass whose `exec()` reports and leaves with `os._exit(0)`
  instead of running the event loop, so the backup taken on exit never runs.

Only the standard library is imported before the kind's own imports, so every kind pays for
exactly what it uses.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import time
from typing import Any, NoReturn

from peak import peak_kib

WIDTH, HEIGHT = 1280, 820
FIRST_PLACEMENTS = "SELECT * FROM placements ORDER BY id LIMIT 50"
# The sidebar's screens and the menus, as the program names them in Swedish.
SCREENS = (
    "Översikt",
    "Deltagare",
    "Placeringar",
    "Arbetsgivare",
    "Kalender",
    "Rapporter",
    "Papperskorg",
    "Inställningar",
)
MENUS = ("Arkiv", "Redigera", "Visa", "Hjälp")
SIDEBAR_WIDTH = 200


def main() -> None:
    kind, database = sys.argv[1], sys.argv[3]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the application starts
    if kind == "program":
        program(database)
    elif kind == "integrity":
        integrity(database)
    else:
        floor(kind, database)


def watch_first_paint(app: Any) -> dict[str, float]:
    """Record (under "painted") the moment of the first paint event a QMainWindow receives."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QMainWindow

    moments: dict[str, float] = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and isinstance(watched, QMainWindow):
                moments.setdefault("painted", time.perf_counter())
                app.removeEventFilter(self)
            return False

    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    return moments


def settle_and_report(app: Any, moments: dict[str, float]) -> NoReturn:
    """Process pending events, draw every visible main window, print the moments, leave."""
    from PySide6.QtWidgets import QMainWindow

    app.processEvents()
    for widget in app.topLevelWidgets():
        if isinstance(widget, QMainWindow) and widget.isVisible():
            widget.grab()
    filled = time.perf_counter()
    line = {"painted": moments.get("painted"), "filled": filled, "peak_kib": peak_kib()}
    print(json.dumps(line), flush=True)
    sys.stderr.flush()
    os._exit(0)


def floor(kind: str, database: str) -> NoReturn:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    moments = watch_first_paint(app)
    window = QMainWindow()
    window.resize(WIDTH, HEIGHT)
    if kind == "orm":
        window.setCentralWidget(first_placements_table(database))
    elif kind == "frame":
        least_frame(window)
    window.show()
    settle_and_report(app, moments)


def least_frame(window: Any) -> None:
    """The menus, the sidebar of screens, the stack with the Översikt's heading, a status bar."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QListWidget, QSplitter, QStackedWidget

    for menu in MENUS:
        window.menuBar().addMenu(menu)
    sidebar = QListWidget()
    sidebar.addItems(SCREENS)
    sidebar.setCurrentRow(0)
    screens = QStackedWidget()
    heading = QLabel(SCREENS[0])
    heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    screens.addWidget(heading)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.addWidget(sidebar)
    splitter.addWidget(screens)
    splitter.setSizes([SIDEBAR_WIDTH, WIDTH - SIDEBAR_WIDTH])
    window.setCentralWidget(splitter)
    window.statusBar().showMessage(SCREENS[0])


def integrity(database: str) -> NoReturn:
    """The program's integrity check of `database`, waited for; reports when it answered."""
    from pathlib import Path

    from ambassador.storage.integrity import IntegrityCheck

    outcome = IntegrityCheck(Path(database)).outcome()
    if outcome != "ok":
        sys.exit(f"the integrity check of {database} answered {outcome!r}")
    line = {"painted": None, "filled": time.perf_counter(), "peak_kib": peak_kib()}
    print(json.dumps(line), flush=True)
    os._exit(0)


def first_placements_table(database: str) -> Any:
    import sqlalchemy.orm
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem
    from sqlalchemy import create_engine, text

    engine = create_engine(f"sqlite:///{database}")
    with sqlalchemy.orm.Session(engine) as session:
        result = session.execute(text(FIRST_PLACEMENTS))
        columns = list(result.keys())
        rows = result.all()
    table = QTableWidget(len(rows), len(columns))
    table.setHorizontalHeaderLabels(columns)
    for row_number, row in enumerate(rows):
        for column_number, value in enumerate(row):
            table.setItem(row_number, column_number, QTableWidgetItem(str(value)))
    return table


def program(database: str) -> NoReturn:
    # The command line loads before Qt, as `python -m ambassador` and the installed command
    # load it: PySide6, once loaded, looks at the source of every module imported after it
    # (ambassador/ui/source_scan.py answers that from names once the window's modules load).
    cli = importlib.import_module("ambassador.cli")
    from PySide6.QtWidgets import QApplication

    class ReportingApplication(QApplication):
        """The program's QApplication.instance(): its event loop reports and leaves."""

        def exec(self) -> int:  # type: ignore[override]
            settle_and_report(self, moments)

    app = ReportingApplication(sys.argv[:1])
    moments = watch_first_paint(app)
    code = cli.main(["--db", database, "--lang", "sv"])
    sys.exit(f"the program returned {code} without running its event loop")


if __name__ == "__main__":
    main()
