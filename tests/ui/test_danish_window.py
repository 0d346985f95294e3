"""`ambassador --lang da`: the window opens in Danish, its lists writing dates as Danes do."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ambassador import app
from ambassador.domain.clock import FixedClock
from ambassador.ui import i18n, startup
from tests.factories import make_placement


@pytest.mark.usefixtures("danish")  # what run_window installs for --lang da
def test_the_window_opened_in_danish_speaks_danish(
    qtbot: QtBot, database_path: Path, clock: FixedClock
) -> None:
    database, services = startup.open_services(database_path, clock)
    make_placement(services)  # started 2026-09-01
    database.dispose()
    opened = app.open_window(database_path, demo=False, language="da")
    assert opened is not None
    window, database, _services = opened
    qtbot.addWidget(window)
    try:
        assert i18n.current_language() == "da"
        names = [
            window.navigation_list.item(n).text() for n in range(window.navigation_list.count())
        ]
        assert "Virksomheder" in names and "Forløb" in names
        model = window.placements_screen.model
        window.placements_screen.refresh()
        shown = [
            model.index(row, column).data()
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        ]
        assert "01.09.2026" in shown and "2026-09-01" not in shown
    finally:
        window.close()
        database.dispose()
