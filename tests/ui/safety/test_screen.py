"""Datasäkerhet: backing up and restoring, encrypting through the passphrase dialogs, the
safety settings, purging and the audit log, driven through the real widgets."""

from __future__ import annotations

import dataclasses
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from ambassador.domain.clock import FixedClock
from ambassador.domain.errors import NotFoundError
from ambassador.services.bundle import Services
from ambassador.services.changes import Changes
from ambassador.ui.common import dialogs
from ambassador.ui.safety.audit_tab import AuditTab
from ambassador.ui.safety.passphrase_dialogs import NewPassphraseDialog, RecoveryKeyDialog
from ambassador.ui.safety.screen import SafetyScreen
from tests.factories import make_participant
from tests.ui.driving import RecordingNavigator
from tests.ui.safety.conftest import Boxes, click

PLAIN_HEADER = b"SQLite format 3\0"
# Quotes and a semicolon (SQL's specials), a Swedish letter and an emoji beyond U+FFFF.
PASSPHRASE = 'Ett "långt" lösen\'ord; Åsa 🦊'


def cells(screen: SafetyScreen, row: int) -> list[str]:
    model = screen.audit_tab.audit_model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_back_up_now_adds_a_row(qtbot: QtBot, screen: SafetyScreen, boxes: Boxes) -> None:
    assert screen.backups_tab.backups_model.rowCount() == 0
    assert screen.backups_tab.no_backups_label.isVisible()
    assert not screen.backups_tab.restore_button.isEnabled()

    click(qtbot, screen.backups_tab.back_up_button)

    assert screen.backups_tab.backups_model.rowCount() == 1
    written = screen.backups_tab.backups_model.row_at(0).path
    assert written.exists()
    assert boxes.informed == [f"The backup is written to {written}."]
    assert screen.backups_tab.last_backup_label.text() == "2026-11-24 09:00"
    assert (
        screen.backups_tab.backups_table.isVisible()
        and not screen.backups_tab.no_backups_label.isVisible()
    )
    assert cells(screen, 0)[AuditTab.ACTION] == "Backup"


def test_restore_selected_brings_back_what_changed_since(
    qtbot: QtBot, services: Services, clock: FixedClock, screen: SafetyScreen, boxes: Boxes
) -> None:
    kept = make_participant(services, first_name="Åsa", last_name="Öberg")
    click(qtbot, screen.backups_tab.back_up_button)
    clock.set(clock.now() + timedelta(hours=1))
    services.participants.delete(kept)
    later = make_participant(services, first_name="Bo")
    with pytest.raises(NotFoundError):
        services.participants.get(kept)
    screen.refresh()
    screen.backups_tab.backups_table.selectRow(0)
    assert screen.backups_tab.restore_button.isEnabled()

    with qtbot.waitSignal(screen.restored):
        click(qtbot, screen.backups_tab.restore_button)

    assert "safety copy" in boxes.asked[0] and "replaced" in boxes.asked[0]
    assert services.participants.get(kept).first_name == "Åsa"
    with pytest.raises(NotFoundError):
        services.participants.get(later)
    assert boxes.errors == []
    safety = [info for info in services.backups.backups() if info.reason == "before-restore"]
    assert len(safety) == 1 and str(safety[0].path) in boxes.informed[-1]
    assert screen.backups_tab.backups_model.rowCount() == 2
    assert cells(screen, 0)[AuditTab.ACTION] == "Restored from backup"


def test_restore_not_confirmed_changes_nothing(
    qtbot: QtBot, services: Services, screen: SafetyScreen, boxes: Boxes
) -> None:
    click(qtbot, screen.backups_tab.back_up_button)
    participant_id = make_participant(services)
    screen.backups_tab.backups_table.selectRow(0)
    boxes.answer = False

    click(qtbot, screen.backups_tab.restore_button)

    assert services.participants.get(participant_id)
    assert len(services.backups.backups()) == 1


def open_encrypt_dialog(qtbot: QtBot, screen: SafetyScreen) -> NewPassphraseDialog:
    screen.tabs.setCurrentIndex(SafetyScreen.TAB_ENCRYPTION)
    click(qtbot, screen.encryption_tab.encrypt_button)
    dialog = screen.open_dialog
    assert isinstance(dialog, NewPassphraseDialog) and dialog.isVisible()
    assert dialog.new_edit.echoMode() == dialog.new_edit.EchoMode.Password
    return dialog


def test_encrypt_through_the_dialogs(
    qtbot: QtBot,
    services: Services,
    database_path: Path,
    navigator: RecordingNavigator,
    screen: SafetyScreen,
) -> None:
    participant_id = make_participant(services, first_name="Åsa")
    dialog = open_encrypt_dialog(qtbot, screen)
    dialog.new_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE)

    with qtbot.waitSignal(screen.encryption_changed):
        click(qtbot, dialog.ok_button)

    assert screen.open_dialog is not dialog  # closed, and the recovery key shown instead
    assert services.encryption.encrypted
    assert database_path.read_bytes()[:16] != PLAIN_HEADER
    assert services.participants.get(participant_id).first_name == "Åsa"
    shown = screen.open_dialog
    assert isinstance(shown, RecoveryKeyDialog) and shown.isVisible()
    code = shown._recovery_key
    assert len(code.replace("-", "")) == 52
    assert shown.key_label.text().replace("\n", "") == code
    click(qtbot, shown.copy_button)
    assert QGuiApplication.clipboard().text() == code
    assert not shown.close_button.isEnabled()
    shown.reject()  # Escape does not lose the only copy of the key
    assert shown.isVisible()
    shown.stored_check.setChecked(True)
    assert shown.close_button.isEnabled()
    click(qtbot, shown.close_button)
    # Closed and let go (the look for readable copies after it turned the event loop).
    assert screen.open_dialog is None

    assert screen.encryption_tab.encryption_state_label.text() == "The database is encrypted."
    assert (
        screen.encryption_tab.change_passphrase_button.isVisible()
        and not screen.encryption_tab.encrypt_button.isVisible()
    )
    # The passphrase went through as typed: it is the one that opens the key file now.
    services.encryption.change_passphrase(PASSPHRASE, "another long passphrase")
    assert cells(screen, 0)[AuditTab.ACTION] == "Encryption changed"
    assert navigator.calls == []


def test_mismatched_or_short_passphrases_are_refused(
    qtbot: QtBot, services: Services, database_path: Path, screen: SafetyScreen
) -> None:
    dialog = open_encrypt_dialog(qtbot, screen)
    dialog.new_edit.setText(PASSPHRASE)
    dialog.repeat_edit.setText(PASSPHRASE + "!")

    click(qtbot, dialog.ok_button)

    assert dialog.isVisible()
    assert dialog.repeat_error_label.isVisible()
    assert "differ" in dialog.repeat_error_label.text()
    dialog.new_edit.setText("kort")
    dialog.repeat_edit.setText("kort")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and not dialog.repeat_error_label.isVisible()
    assert dialog.new_error_label.text() == "A passphrase needs at least 10 characters."

    assert not services.encryption.encrypted
    assert database_path.read_bytes()[:16] == PLAIN_HEADER
    assert not Path(f"{database_path}.key").exists()
    dialog.reject()
    assert screen.open_dialog is None
    assert screen.encryption_tab.encrypt_button.isVisible()


def test_change_passphrase_with_a_wrong_current_one_says_so(
    qtbot: QtBot, services: Services, screen: SafetyScreen
) -> None:
    services.encryption.encrypt(PASSPHRASE)
    screen.refresh()
    screen.tabs.setCurrentIndex(SafetyScreen.TAB_ENCRYPTION)
    click(qtbot, screen.encryption_tab.change_passphrase_button)
    dialog = screen.open_dialog
    assert isinstance(dialog, NewPassphraseDialog) and dialog.current_edit is not None
    dialog.current_edit.setText("not the passphrase")
    dialog.new_edit.setText("a new long passphrase")
    dialog.repeat_edit.setText("a new long passphrase")

    click(qtbot, dialog.ok_button)

    assert dialog.isVisible()
    assert dialog.current_error_label.text() == "The passphrase is not right."
    dialog.current_edit.setText(PASSPHRASE)
    with qtbot.waitSignal(screen.encryption_changed):
        click(qtbot, dialog.ok_button)
    assert screen.open_dialog is None
    services.encryption.change_passphrase("a new long passphrase", PASSPHRASE)


def test_retention_period_without_a_decision_is_refused(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, screen: SafetyScreen
) -> None:
    screen.tabs.setCurrentIndex(SafetyScreen.TAB_SETTINGS)
    screen.settings_tab.case_months_spin.setValue(12)
    screen.settings_tab.backup_keep_spin.setValue(30)

    click(qtbot, screen.settings_tab.save_button)

    label = screen.settings_tab.error_labels["case_retention_decision"]
    assert label.isVisible()
    assert label.text() == "Cite the retention decision this period comes from."
    assert "Nothing was saved" in screen.status_label.text()
    stored = services.settings.get()
    assert (stored.case_retention_months, stored.backup_keep) == (0, 10)
    assert navigator.published == []
    assert services.audit.recent() == []


def test_saving_settings_is_in_the_audit_log(
    qtbot: QtBot, services: Services, navigator: RecordingNavigator, screen: SafetyScreen
) -> None:
    screen.tabs.setCurrentIndex(SafetyScreen.TAB_SETTINGS)
    screen.settings_tab.backup_keep_spin.setValue(20)
    screen.settings_tab.case_months_spin.setValue(60)
    screen.settings_tab.case_decision_edit.setText("KS 2025-03-12 § 45")

    click(qtbot, screen.settings_tab.save_button)

    stored = services.settings.get()
    assert (stored.backup_keep, stored.case_retention_months) == (20, 60)
    assert stored.case_retention_decision == "KS 2025-03-12 § 45"
    assert navigator.published == [Changes(settings=True)]
    assert screen.status_label.text() == "Saved."
    row = cells(screen, 0)
    assert row[AuditTab.AT] == "2026-11-24 09:00"
    assert row[AuditTab.ACTION] == "Settings changed"
    assert row[AuditTab.COUNT] == "3"
    assert "KS 2025-03-12 § 45" in screen.purge_tab.case_retention_label.text()


def test_preview_purge_with_nothing_due_says_why(
    qtbot: QtBot, services: Services, screen: SafetyScreen, boxes: Boxes
) -> None:
    screen.tabs.setCurrentIndex(SafetyScreen.TAB_PURGE)
    assert "nothing is removed" in screen.purge_tab.case_retention_label.text()

    click(qtbot, screen.purge_tab.preview_purge_button)

    assert boxes.asked == []
    assert len(boxes.informed) == 1
    assert "no retention period is set" in boxes.informed[0]
    assert services.audit.recent() == []


def test_purge_shows_what_goes_then_removes_it(
    qtbot: QtBot,
    services: Services,
    clock: FixedClock,
    english: None,
    screen: SafetyScreen,
    boxes: Boxes,
) -> None:
    now = clock.now()
    clock.set(now - timedelta(days=120))
    services.backups.take()  # an old backup, and its line in the log
    clock.set(now - timedelta(days=100))
    services.backups.take()
    clock.set(now)
    settings = services.settings.get()
    services.settings.save(
        dataclasses.replace(
            settings, log_retention_months=2, log_retention_decision="KS 2025-03-12 § 45"
        )
    )
    screen.refresh()
    screen.tabs.setCurrentIndex(SafetyScreen.TAB_PURGE)

    with qtbot.waitSignal(screen.restored):
        click(qtbot, screen.purge_tab.preview_purge_button)

    assert boxes.asked[0].startswith("This removes for good:")
    assert "2 log entries" in boxes.asked[0] and "1 old backup" in boxes.asked[0]
    assert "before-purge" in boxes.informed[-1]
    assert cells(screen, 0)[AuditTab.ACTION] == "Purged by retention"
    assert services.retention.preview().is_empty


def test_chosen_backup_folder_is_where_backups_go(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    services: Services,
    screen: SafetyScreen,
    tmp_path: Path,
) -> None:
    elsewhere = tmp_path / "other disk"
    monkeypatch.setattr(dialogs, "choose_folder", lambda _p, _t, _s: str(elsewhere))
    screen.tabs.setCurrentIndex(SafetyScreen.TAB_SETTINGS)
    click(qtbot, screen.settings_tab.choose_folder_button)
    assert screen.settings_tab.backup_folder_edit.text() == str(elsewhere)
    click(qtbot, screen.settings_tab.save_button)
    screen.tabs.setCurrentIndex(SafetyScreen.TAB_BACKUPS)

    click(qtbot, screen.backups_tab.back_up_button)

    assert services.backups.folder() == elsewhere
    assert screen.backups_tab.backup_folder_label.text() == str(elsewhere)
    assert screen.backups_tab.backups_model.row_at(0).path.parent == elsewhere
