"""Starting the window from the command line on a system without Qt's libraries: one sentence
naming the packages to install, not Qt's abort or a traceback."""

from __future__ import annotations

import pytest

from ambassador import system_libraries
from ambassador.cli import program
from ambassador.cli.common import EXIT_FAILED


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
