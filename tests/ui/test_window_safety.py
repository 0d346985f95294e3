"""The window's share of data safety: it locks after idle time with nothing personal left on
screen, backs up while open, recommends encryption on a new file, and erases one person only
with a legal basis and a tick."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from ambassador.app import build_window
from ambassador.domain.audit import AuditAction, AuditEntry
from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import NotFoundError, StorageError
from ambassador.services.bundle import Services
from ambassador.ui.common import dialogs
from ambassador.ui.main_window import MainWindow
from ambassador.ui.participants.erasure_dialog import ErasureDialog
from ambassador.ui.safety.audit_tab import detail_text
from ambassador.ui.safety.passphrase_dialogs import NewPassphraseDialog
from tests.factories import make_participant
from tests.ui.driving import finish_work

PASSPHRASE = "en lång lösenfras för testet"
NAME = "Låsbarsdotter"


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    made = build_window(services, "test.db")
    qtbot.addWidget(made)
    made.show()
    return made


def visible_texts(widget: MainWindow) -> str:
    """Every text a person could read in the window: labels and table cells."""
    parts = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    for view in widget.findChildren(QAbstractItemView):
        if not view.isVisible() or view.model() is None:
            continue
        model = view.model()
        root = view.rootIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model keeps columnCount private: one column
            columns = 1
        for row in range(model.rowCount(root)):
            for column in range(columns):
                parts.append(str(model.data(model.index(row, column, root)) or ""))
    return "\n".join(parts)


def test_idle_window_locks_shows_nothing_personal_and_unlocks(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    person = make_participant(services, last_name=NAME)
    services.encryption.encrypt(PASSPHRASE)
    window.apply_lock_setting()
    assert window._idle.armed  # an encrypted file locks after the set minutes
    window.refresh()
    window.open_participant(person)
    assert NAME in visible_texts(window)
    stray = QDialog(window)
    stray.setModal(True)
    stray.show()

    window._idle.idle.emit()  # the minutes have passed

    assert window.locked and not stray.isVisible()
    assert NAME not in visible_texts(window)
    with pytest.raises(StorageError):  # the key and the connections are gone
        services.participants.get(person)
    form = window.lock_page.form
    form.secret_edit.setText("inte rätt lösenfras")
    assert not form.try_unlock()
    assert window.locked and form.error_label.text() == "The passphrase is not right."
    form.secret_edit.setText(PASSPHRASE)
    assert form.try_unlock()
    assert not window.locked and window.lock_page is None
    assert services.participants.get(person).id == person
    failed = [e for e in services.audit.recent() if e.action is AuditAction.FAILED_UNLOCK]
    assert [e.count for e in failed] == [1]


def test_plain_database_never_locks(services: Services, window: MainWindow) -> None:
    window.apply_lock_setting()
    assert not window._idle.armed
    window.lock()
    assert not window.locked


def test_backup_taken_while_open_when_due(
    qtbot: QtBot, services: Services, window: MainWindow, clock: FixedClock, database_path: Path
) -> None:
    window.periodic_backup.back_up_if_due()
    assert window.busy.running and not window.busy.blocking  # quiet: typing goes on
    finish_work(qtbot)
    first = services.backups.backups()
    assert len(first) == 1 and first[0].reason == "periodic"
    clock.set(clock.now() + timedelta(hours=1))
    window.periodic_backup.back_up_if_due()  # not due yet: every 4 hours by default
    finish_work(qtbot)
    assert len(services.backups.backups()) == 1
    clock.set(clock.now() + timedelta(hours=4))
    window.periodic_backup.back_up_if_due()
    finish_work(qtbot)
    assert len(services.backups.backups()) == 2


def test_the_window_closes_only_when_its_work_is_done(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restore or an encryption half-way must not meet the exit backup."""
    released = threading.Event()
    window.busy.run("Working", lambda _p: released.wait(10), lambda _r: None, pytest.fail)
    window.close()
    assert window.isVisible()
    released.set()
    finish_work(qtbot)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_idle_lock_waits_for_the_work_with_the_key(
    qtbot: QtBot, services: Services, window: MainWindow
) -> None:
    services.encryption.encrypt("en lång lösenfras för låset")
    released = threading.Event()
    window.busy.run("Working", lambda _p: released.wait(10), lambda _r: None, pytest.fail)
    window.lock()
    assert not window.locked and services.encryption.encrypted
    released.set()
    finish_work(qtbot)
    assert window.locked


def test_failing_backup_is_said_once(
    qtbot: QtBot,
    services: Services,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    services.settings.save(replace(services.settings.get(), backup_folder=str(blocker / "backups")))
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    window.periodic_backup.back_up_if_due()
    finish_work(qtbot)
    window.periodic_backup.back_up_if_due()
    finish_work(qtbot)
    assert shown == ["The backup could not be written to its folder; your data is unchanged."]


def test_new_database_is_offered_encryption(
    qtbot: QtBot, services: Services, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask", lambda *_args: True)
    window.offer_encryption()
    assert window.screens_stack.currentWidget() is window.safety_screen
    dialog = window.safety_screen.open_dialog
    assert isinstance(dialog, NewPassphraseDialog) and dialog.isVisible()
    dialog.reject()


def test_erasure_needs_basis_reference_and_tick(
    qtbot: QtBot, services: Services, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    person = make_participant(services, last_name=NAME)
    window.refresh()
    window.open_participant(person)
    pane = window.participants_screen.detail_pane
    results: list[bool] = []

    def run(dialog: ErasureDialog) -> bool:
        qtbot.addWidget(dialog)
        assert not dialog.erase_button.isEnabled()  # not before the tick
        dialog.confirm_check.setChecked(True)
        dialog.erase_button.click()  # no reference yet
        finish_work(qtbot)
        assert dialog.reference_error.text().startswith("Give the reference")
        assert services.participants.get(person).id == person
        dialog.basis_combo.setCurrentIndex(1)
        dialog.reference_edit.setText("Dnr 2026/117")
        dialog.erase_button.click()
        finish_work(qtbot)  # the erasure scrubs the file on the worker
        results.append(dialog.result() == QDialog.DialogCode.Accepted)
        return results[-1]

    monkeypatch.setattr(dialogs, "run_dialog", run)
    pane.erase_action.trigger()
    assert results == [True]
    with pytest.raises(NotFoundError):
        services.participants.get(person)
    entry = services.audit.recent()[0]
    assert entry.action is AuditAction.ERASURE and entry.subject_ids == (person,)
    assert detail_text(entry) == "Registered by mistake: Dnr 2026/117"


def test_audit_details_read_as_words(qapp: QApplication) -> None:
    entry = AuditEntry(
        at=datetime(2026, 11, 24),
        action=AuditAction.SETTINGS,
        detail="coordinator_name,list:note_kinds",
    )
    assert detail_text(entry) == "Coordinator's name, List of note kinds"
    purge = AuditEntry(
        at=entry.at, action=AuditAction.PURGE, detail="placements=3,notes=12,log=0,backups=1"
    )
    assert detail_text(purge) == "Placements 3, Notes 12, Log entries 0, Backups 1"
