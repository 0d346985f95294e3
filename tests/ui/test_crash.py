"""The window's crash net: a bug in a slot is logged without personal data, told in a calm
dialog in the person's language, and the window goes on and is read again."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from ambassador import crash, paths
from ambassador.ui import crash as ui_crash
from ambassador.ui.crash import CrashDialog, CrashNet
from ambassador.ui.main_window import MainWindow

NAME = "Anna-Karin Åström"
NUMBER = "19811228-9874"


@pytest.fixture
def log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    yield crash.install_log()
    logger = logging.getLogger(crash.LOGGER_NAME)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_is_logged_shown_and_the_window_goes_on(
    qtbot: QtBot, log: Path, swedish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[CrashDialog] = []

    def exec_(dialog: CrashDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(CrashDialog, "exec", exec_)
    button = QPushButton("Spara")
    qtbot.addWidget(button)

    def broken() -> None:
        raise KeyError(f"{NAME} {NUMBER}")

    button.clicked.connect(broken)
    reread: list[bool] = []
    net = CrashNet(lambda: button, lambda: reread.append(True))
    net.install()
    try:
        button.click()
    finally:
        net.uninstall()
    text = log.read_text(encoding="utf-8")
    assert "an error escaped the window" in text and "in broken" in text
    assert NAME not in text and NUMBER not in text
    (dialog,) = shown
    assert "Inget du hade sparat har gått förlorat" in dialog.message_label.text()
    assert str(paths.log_dir()) in dialog.message_label.text()
    assert NAME not in dialog.details and "KeyError" in dialog.details
    assert reread == [True]
    # The window still answers.
    assert button.isEnabled() and button.text() == "Spara"


def test_copy_puts_the_details_on_the_clipboard(qtbot: QtBot, swedish: None) -> None:
    dialog = CrashDialog("Ambassador 0.1.0\nTraceback …")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == "Ambassador 0.1.0\nTraceback …"
    assert dialog.copy_button.text() == "&Kopiera detaljer"


def test_a_bug_while_the_dialog_is_open_is_only_logged(
    qtbot: QtBot, log: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    net = CrashNet(lambda: None, lambda: None)
    shown: list[CrashDialog] = []

    def exec_(dialog: CrashDialog) -> int:
        shown.append(dialog)
        net.handle(RuntimeError(NAME))  # a second bug while the first is told
        return 0

    monkeypatch.setattr(CrashDialog, "exec", exec_)
    net.handle(ValueError(NUMBER))
    assert len(shown) == 1
    text = log.read_text(encoding="utf-8")
    assert text.count("an error escaped the window") == 2
    assert NAME not in text and NUMBER not in text


def test_show_log_folder_opens_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(
        ui_crash.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    ui_crash.show_log_folder()
    assert opened == [str(tmp_path / "logs")] and (tmp_path / "logs").is_dir()


def test_help_shows_the_log_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, swedish: None
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(paths, "log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(
        ui_crash.QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile())
    )
    window = MainWindow("a.db")
    qtbot.addWidget(window)
    titles = [action.menu().title() for action in window.menuBar().actions()]
    assert titles[-1] == "&Hjälp"
    assert window.show_log_folder_action.text() == "Visa &loggmappen"
    window.show_log_folder_action.trigger()
    assert opened == [str(tmp_path / "logs")]
