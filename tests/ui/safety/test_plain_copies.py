"""After encrypting, the window lists the readable copies it knows of elsewhere and encrypts
or removes them on request; the Encryption tab looks for them again at any time."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.services import encryption
from ambassador.services.backups import MANUAL, PERIODIC
from ambassador.services.bundle import Services
from ambassador.ui.safety.audit_tab import AuditTab
from ambassador.ui.safety.passphrase_dialogs import RecoveryKeyDialog
from ambassador.ui.safety.plain_copies_dialog import PlainCopiesDialog
from ambassador.ui.safety.screen import SafetyScreen
from tests.factories import make_participant
from tests.ui.safety.conftest import Boxes, click

PLAIN_HEADER = b"SQLite format 3\0"
PASSPHRASE = "en lång fras för testet"


@pytest.fixture
def screen(english: None, screen: SafetyScreen) -> SafetyScreen:
    """Datasäkerhet's screen (conftest), in English, on its Encryption tab."""
    screen.tabs.setCurrentIndex(SafetyScreen.TAB_ENCRYPTION)
    return screen


@pytest.fixture
def copies(services: Services, clock: FixedClock, database_path: Path) -> list[Path]:
    """Plain backups outside the backup folder: beside the database (before the folder was
    chosen) and one taken by hand to a stick."""
    make_participant(services, first_name="Åsa")
    beside = services.backups.take(PERIODIC)
    clock.set(clock.now() + timedelta(minutes=1))
    stick = services.backups.take(MANUAL, folder=database_path.parent / "usb")
    chosen = database_path.parent / "valda"
    services.settings.save(replace(services.settings.get(), backup_folder=str(chosen)))
    return [stick, beside]  # newest first, as listed


def encrypt_through_the_window(qtbot: QtBot, screen: SafetyScreen) -> None:
    click(qtbot, screen.encryption_tab.encrypt_button)
    dialog = screen.open_dialog
    assert dialog is not None and not isinstance(dialog, PlainCopiesDialog)
    assert not isinstance(dialog, RecoveryKeyDialog)
    dialog.new_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(screen.encryption_changed):
        click(qtbot, dialog.ok_button)
    shown = screen.open_dialog
    assert isinstance(shown, RecoveryKeyDialog)
    shown.stored_check.setChecked(True)
    click(qtbot, shown.close_button)  # the key first; the copies after


def offered(screen: SafetyScreen) -> PlainCopiesDialog:
    dialog = screen.open_dialog
    assert isinstance(dialog, PlainCopiesDialog) and dialog.isVisible()
    return dialog


def listed(dialog: PlainCopiesDialog) -> list[str]:
    model = dialog.copies_table.model_rows
    return [model.data(model.index(row, PlainCopiesDialog.FILE)) for row in range(model.rowCount())]


def test_encrypting_offers_the_plain_copies_and_encrypts_them(
    qtbot: QtBot, screen: SafetyScreen, services: Services, copies: list[Path], boxes: Boxes
) -> None:
    encrypt_through_the_window(qtbot, screen)

    dialog = offered(screen)
    assert listed(dialog) == [str(path) for path in copies]
    assert "2 copies" in dialog.intro_label.text()
    assert "not known to it" in dialog.unknown_label.text()
    click(qtbot, dialog.encrypt_button)

    assert screen.open_dialog is None  # closed, and let go
    assert boxes.informed[-1].startswith("2 copies encrypted")
    for path in copies:
        assert not path.read_bytes().startswith(PLAIN_HEADER)
        assert encryption.unlock(path, PASSPHRASE).key
    assert services.encryption.plain_copies() == []
    model = screen.audit_tab.audit_model
    assert model.data(model.index(0, AuditTab.ACTION)) == "Encryption changed"
    assert boxes.errors == []


def test_removing_the_copies_says_what_removal_does_on_an_ssd(
    qtbot: QtBot, screen: SafetyScreen, services: Services, copies: list[Path], boxes: Boxes
) -> None:
    encrypt_through_the_window(qtbot, screen)
    click(qtbot, offered(screen).remove_button)

    (question,) = boxes.asked
    assert "2 readable copies" in question
    assert "overwritten with zeros" in question and "SSD" in question
    assert not any(path.exists() for path in copies)
    assert boxes.informed[-1] == "2 copies removed."


def test_removal_not_confirmed_keeps_the_copies_and_the_dialog(
    qtbot: QtBot, screen: SafetyScreen, copies: list[Path], boxes: Boxes
) -> None:
    encrypt_through_the_window(qtbot, screen)
    boxes.answer = False
    dialog = offered(screen)
    click(qtbot, dialog.remove_button)
    assert dialog.isVisible() and all(path.exists() for path in copies)


def test_kept_copies_are_offered_again_from_the_tab(
    qtbot: QtBot, screen: SafetyScreen, services: Services, copies: list[Path], boxes: Boxes
) -> None:
    encrypt_through_the_window(qtbot, screen)
    click(qtbot, offered(screen).keep_button)
    assert screen.open_dialog is None and all(path.exists() for path in copies)
    assert screen.encryption_tab.plain_copies_button.isVisible()

    click(qtbot, screen.encryption_tab.plain_copies_button)
    click(qtbot, offered(screen).remove_button)

    click(qtbot, screen.encryption_tab.plain_copies_button)
    assert screen.open_dialog is None
    assert boxes.informed[-1].startswith("No readable copy of the database was found.")
    for folder in services.backups.known_folders():
        assert str(folder) in boxes.informed[-1]


def test_no_copies_no_question(
    qtbot: QtBot, screen: SafetyScreen, services: Services, boxes: Boxes
) -> None:
    services.backups.take(PERIODIC)  # in the backup folder: encrypted with the database
    encrypt_through_the_window(qtbot, screen)
    assert screen.open_dialog is None and boxes.informed == []


def test_plain_database_offers_no_look_for_copies(screen: SafetyScreen) -> None:
    assert not screen.encryption_tab.plain_copies_button.isVisible()
