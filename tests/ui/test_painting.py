"""The window paints in the GUI thread alone: Qt's raster engine does not hand its fills to a
pool of threads and wait for them (ambassador.ui.painting)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ambassador import app
from ambassador.services.bundle import Services
from ambassador.ui.painting import SWITCH

# A scroll bar taller than a hundred lines, painted: the fills Qt would share out to its pool.
PAINT_A_TALL_SCROLL_BAR = """
import os
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollBar
from ambassador.ui.painting import paint_in_one_thread

application = QApplication([])
if os.environ.get("CALL") == "1":
    paint_in_one_thread()
bar = QScrollBar(Qt.Orientation.Vertical)
bar.resize(16, 700)
bar.setRange(0, 10)
bar.show()
application.processEvents()
for _ in range(5):
    bar.grab()
print(len(os.listdir("/proc/self/task")))
"""


def threads_after_painting(call: bool) -> int:
    environment = {key: value for key, value in os.environ.items() if key != SWITCH}
    environment.update(QT_QPA_PLATFORM="offscreen", CALL="1" if call else "0")
    done = subprocess.run(
        [sys.executable, "-c", PAINT_A_TALL_SCROLL_BAR],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return int(done.stdout.split()[-1])


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="threads counted in /proc")
def test_qt_paints_in_the_one_thread_once_the_switch_is_set() -> None:
    """Set after the application object is made (as build_window does), before any paint."""
    one_thread = threads_after_painting(call=True)
    assert one_thread == 1
    assert threads_after_painting(call=False) > one_thread  # Qt's pool, without the switch


def test_the_program_and_a_window_built_for_tests_set_the_switch(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(SWITCH, raising=False)
    window = app.build_window(services, "a.db")
    qtbot.addWidget(window)
    assert os.environ.get(SWITCH) == "1"
    monkeypatch.delenv(SWITCH)

    def stop(*_args: object, **_kwargs: object) -> int:
        raise SystemExit(os.environ.get(SWITCH))

    monkeypatch.setattr(app, "_run_window", stop)
    with pytest.raises(SystemExit, match="1"):
        app.run_window(None, demo=True, language="en")
