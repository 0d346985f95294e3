"""Starting the window from the command line: on a system without Qt's libraries, one sentence
naming the packages to install, not Qt's abort or a traceback; with them, the window starts
with Python's collector of reference cycles held off, and runs its event loop with it on."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ambassador import system_libraries
from ambassador.cli import program
from ambassador.cli.common import EXIT_FAILED
from ambassador.ui import startup


def test_missing_libraries_are_named_as_packages_and_the_window_is_not_tried(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(
        system_libraries, "missing_packages", lambda: ["libxcb-icccm4", "libxcb-keysyms1"]
    )
    monkeypatch.setattr("ambassador.app.run_window", lambda *a, **k: pytest.fail("tried"))
    assert program.main(["--demo"]) == EXIT_FAILED
    out, err = capsys.readouterr()
    assert out == ""
    assert err.strip().splitlines() == [
        "Fönstret kan inte öppnas: systemet saknar bibliotek som Qt behöver. På Debian eller "
        "Ubuntu installerar du dem med: sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    ]


def test_in_english_when_asked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(system_libraries, "missing_packages", lambda: ["libglib2.0-0"])
    assert program.main(["--lang", "en"]) == EXIT_FAILED
    assert capsys.readouterr().err.startswith("The window cannot open: this system lacks")


def test_with_every_library_there_the_window_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(system_libraries, "missing_packages", lambda: [])
    started: list[object] = []
    monkeypatch.setattr(
        "ambassador.app.run_window", lambda db, *, demo, language: started.append(demo) or 0
    )
    assert program.main(["--demo"]) == 0
    assert started == [True]


def test_the_window_starts_with_the_collector_held_off_and_loops_with_it_on(
    qtbot: QtBot, database_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opening_with: list[bool] = []
    open_interactively = startup.open_interactively

    def opening(*args: object, **kwargs: object) -> object:
        opening_with.append(gc.isenabled())
        return open_interactively(*args, **kwargs)  # type: ignore[arg-type]

    looping_with: list[tuple[bool, int]] = []

    def loop(_app: QApplication) -> int:
        # What the start made waits in the oldest generation, not for the young ones' passes.
        young = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
        looping_with.append((gc.isenabled(), young))
        QApplication.closeAllWindows()  # as the person would, which ends the loop
        return 0

    monkeypatch.setattr(startup, "open_interactively", opening)
    monkeypatch.setattr(QApplication, "exec", loop)
    assert program.main(["--db", str(database_path), "--lang", "en"]) == 0
    assert opening_with == [False]
    ((enabled, young),) = looping_with
    assert enabled
    assert young < 1000  # the start made some 100,000
    assert gc.isenabled()


def test_the_collector_is_back_on_whichever_way_the_start_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(system_libraries, "missing_packages", lambda: [])

    def fails(*_args: object, **_kwargs: object) -> int:
        assert not gc.isenabled()
        raise RuntimeError("a bug in the start")

    monkeypatch.setattr("ambassador.app.run_window", fails)
    with pytest.raises(RuntimeError, match="a bug in the start"):
        program.main(["--demo"])
    assert gc.isenabled()
