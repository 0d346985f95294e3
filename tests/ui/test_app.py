"""The composition root: a file that cannot be opened is said so, and the demo keeps its data."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ambassador import app
from ambassador.domain.clock import FixedClock


def test_run_window_explains_and_exits_when_file_is_not_a_database(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "bilder.db"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(500))
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app, "show_error", lambda _parent, title, text: shown.append((title, text)))
    assert app.run_window(path, demo=False, language="en") == 2
    ((title, text),) = shown
    assert title == "Ambassador cannot open the database"
    assert "not an Ambassador database" in text and str(path) in text
    assert path.read_bytes().startswith(b"\x89PNG")


def test_demo_database_filled_once_then_left_as_it_is(tmp_path: Path, clock: FixedClock) -> None:
    path = tmp_path / "demo.db"
    database, services = app.open_services(path, clock, with_sample_data=True)
    participant = services.participants.page()[0]
    services.participants.delete(participant.id)
    count = len(services.participants.page())
    database.dispose()
    database, services = app.open_services(path, clock, with_sample_data=True)
    assert len(services.participants.page()) == count  # not refilled, not reset
    database.dispose()
