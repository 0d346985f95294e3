"""Screenshots of every screen of the window on the small sample data, for looking at what a
change did: `python scripts/screenshots.py OUT_DIR [--size 1366x768] [--scale 1.25] [--lang sv]`.

Runs offscreen (no display needed), on a fresh sample database with a fixed clock, so two runs
of the same code give the same pictures and a before/after pair can be compared pixel by pixel.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--scale", default="1")
    parser.add_argument("--lang", default="sv", choices=("sv", "en"))
    args = parser.parse_args()
    os.environ["QT_SCALE_FACTOR"] = args.scale
    width, height = (int(part) for part in args.size.split("x"))

    from PySide6.QtWidgets import QApplication

    from ambassador import paths
    from ambassador.app import build_window
    from ambassador.domain.clock import FixedClock
    from ambassador.services.sample_data import SampleDataService, Size
    from ambassador.ui import i18n
    from ambassador.ui.startup import open_services
    from ambassador.ui.ui_state import UiState

    app = QApplication(sys.argv[:1])
    i18n.install(args.lang, paths.translations_dir())
    clock = FixedClock(datetime(2026, 11, 24, 9, 0))
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        database, services = open_services(Path(folder) / "shots.db", clock, create=True)
        SampleDataService(database, clock).fill_if_empty(Size.SMALL)
        window = build_window(services, "shots.db", UiState())
        window.resize(width, height)
        window.show()
        for row in range(window.navigation_list.count()):
            window.show_screen(row)
            app.processEvents()
            name = window.navigation_list.item(row).text()
            window.grab().save(str(args.out / f"{row}-{name}.png"))
        window.close()
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
