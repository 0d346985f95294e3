"""Save and open dialogs start in the person's Documents folder, then wherever a file was last
saved or read: never in the folder the program happened to be started from."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ambassador.services.bundle import Services
from ambassador.services.files import WrittenDocument
from ambassador.ui.common import dialogs
from ambassador.ui.files.import_dialog import ImportDialog
from ambassador.ui.ui_state import UiState, user_documents_folder
from tests.ui.driving import RecordingNavigator, finish_work, show

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the Documents folder is set through XDG here"
)


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The person's Documents folder, as the desktop names it (~/.config/user-dirs.dirs)."""
    folder = tmp_path / "Dokument"
    folder.mkdir()
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{folder}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return folder


@pytest.fixture
def elsewhere(tmp_path: Path) -> Path:
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    return folder


@pytest.fixture
def informed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, _t, text: said.append(text))
    return said


def _written(path: Path) -> WrittenDocument:
    path.write_text("x", encoding="utf-8")
    return WrittenDocument(kind="list", path=path, size=1)


def test_save_dialog_starts_in_documents_then_in_the_folder_last_saved_to(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    documents: Path,
    elsewhere: Path,
    informed: list[str],
) -> None:
    offered: list[Path] = []
    answers = [elsewhere / "lista.csv", None]

    def choose_save_path(
        _parent: QWidget | None, _title: str, suggested: Path, _filter: str
    ) -> Path | None:
        offered.append(suggested)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "choose_save_path", choose_save_path)
    navigator = RecordingNavigator()
    parent = QWidget()
    qtbot.addWidget(parent)

    navigator.save_file(parent, "lista.csv", _written)
    finish_work(qtbot)
    navigator.save_file(parent, "lista.csv", _written)

    assert offered == [documents / "lista.csv", elsewhere / "lista.csv"]
    assert (elsewhere / "lista.csv").is_file()


def test_open_dialog_starts_in_documents_then_in_the_folder_last_used(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    services: Services,
    documents: Path,
    elsewhere: Path,
) -> None:
    started: list[Path] = []

    def choose_open_path(
        _parent: QWidget | None, _title: str, start: Path, _filter: str
    ) -> Path | None:
        started.append(start)
        return elsewhere / "deltagare.csv" if len(started) == 1 else None

    (elsewhere / "deltagare.csv").write_text("Förnamn;Efternamn\nAnna;Berg\n", encoding="utf-8")
    monkeypatch.setattr(dialogs, "choose_open_path", choose_open_path)
    navigator = RecordingNavigator()
    dialog = show(qtbot, ImportDialog(services, navigator))

    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    finish_work(qtbot)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)

    assert started == [documents, elsewhere]
    # One memory for both: the next save is offered where the spreadsheet came from.
    assert navigator.ui_state.documents_folder() == elsewhere


def test_a_remembered_folder_that_is_gone_gives_way_to_documents(
    documents: Path, elsewhere: Path
) -> None:
    state = UiState()
    state.set_documents_folder(elsewhere)
    elsewhere.rmdir()
    assert state.documents_folder() == documents


def test_without_a_documents_folder_the_dialogs_start_at_home(
    documents: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents.rmdir()
    assert user_documents_folder() == Path.home()
    assert UiState().documents_folder() == Path.home()
